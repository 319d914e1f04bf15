//! Data shapes sent from server functions to pages.

use domain::{
    expert::{ExpertState, RequestState},
    label::LabelKind,
    order::{OrderState, PaymentMethod, PaymentState, ShipmentState},
    product::ProductState,
};
use serde::{Deserialize, Serialize};

/// A cooperative as its members see it (any state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeSummary {
    pub id: String,
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub register_number: String,
    pub state: String,
    pub state_reason: Option<String>,
    /// Whether a certificate was uploaded (members and admins may download it).
    pub has_certificate: bool,
}

/// A line of the admin verification queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItemDto {
    pub cooperative: CooperativeSummary,
    pub ice: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub member_count: i32,
    pub women_count: i32,
    pub submitted_at: String,
    /// The register entry of that number, `(name_ar, name_fr, region)`.
    pub register_entry: Option<(String, String, String)>,
    pub register_match: domain::registry::RegisterMatch,
}

/// A verified cooperative's public storefront.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorefrontDto {
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub register_number: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub founded_year: i32,
    pub member_count: i32,
    pub women_count: i32,
    /// The current visual identity, once one was saved.
    pub identity: Option<IdentityDto>,
    /// Absolute URL of the storefront (for Open Graph).
    pub canonical_url: String,
    /// Absolute URL of the logo (else the banner), for link previews.
    pub og_image: Option<String>,
    /// The latest reviews of its products and their average.
    pub reviews: ReviewsDto,
}

impl StorefrontDto {
    /// Women are at least half of the members.
    pub fn women_led(&self) -> bool {
        self.member_count > 0 && self.women_count * 2 >= self.member_count
    }
}

/// A stored image as a page shows it: fallback `src`, `srcset` of every variant, intrinsic size
/// (so the layout does not jump while it loads) and alternative text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageDto {
    pub src: String,
    pub srcset: String,
    /// The largest variant (for Open Graph).
    pub largest: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// One version of a visual identity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityDto {
    pub version: i32,
    pub logo: Option<ImageDto>,
    pub banner: Option<ImageDto>,
    pub primary_colour: String,
    pub secondary_colour: String,
    pub tagline_ar: String,
    pub tagline_fr: String,
    pub tagline_en: String,
    pub story_ar: String,
    pub story_fr: String,
    pub story_en: String,
    pub created_at: String,
}

impl IdentityDto {
    /// The tagline in `locale`, falling back through the other languages.
    pub fn tagline(&self, locale: domain::Locale) -> &str {
        pick(
            locale,
            [&self.tagline_ar, &self.tagline_fr, &self.tagline_en],
        )
    }

    /// The story in `locale`, falling back through the other languages.
    pub fn story(&self, locale: domain::Locale) -> &str {
        pick(locale, [&self.story_ar, &self.story_fr, &self.story_en])
    }
}

/// The text in `locale` if any, else the next language of the fallback chain
/// ([`domain::product::pick`]).
pub fn pick(locale: domain::Locale, [ar, fr, en]: [&String; 3]) -> &str {
    domain::product::pick(locale, [ar.as_str(), fr.as_str(), en.as_str()])
}

/// The identity editor's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityEditorDto {
    pub cooperative_id: String,
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    pub verified: bool,
    /// Colours suggested from the current logo's palette.
    pub palette: Vec<String>,
    pub current: Option<IdentityDto>,
    pub versions: Vec<IdentityDto>,
}

/// A cooperative's team: members, pending invitations (owners see them), who may invite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamDto {
    pub cooperative_id: String,
    pub name_ar: String,
    pub name_fr: String,
    pub can_invite: bool,
    pub members: Vec<TeamMemberDto>,
    pub pending: Vec<InvitationDto>,
}

/// One member of a cooperative's team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamMemberDto {
    pub display_name: String,
    pub email: String,
    /// `owner` or `manager`.
    pub role: String,
}

/// An invitation waiting to be accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationDto {
    pub email: String,
    pub expires_at: String,
}

/// What the invitation page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationPreviewDto {
    pub name_ar: String,
    pub name_fr: String,
    pub email: String,
}

/// A cooperative's file as its form shows it (to correct it after a rejection).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeFormDto {
    pub id: String,
    pub state: String,
    pub state_reason: Option<String>,
    pub register_number: String,
    pub ice: String,
    pub name_ar: String,
    pub name_fr: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub founded_on: String,
    pub member_count: String,
    pub women_count: String,
    pub phone: String,
}

/// A category of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryDto {
    pub code: String,
    pub parent_code: Option<String>,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
}

impl CategoryDto {
    /// The name in `locale`.
    pub fn name(&self, locale: domain::Locale) -> &str {
        match locale {
            domain::Locale::Ar => &self.name_ar,
            domain::Locale::Fr => &self.name_fr,
            domain::Locale::En => &self.name_en,
        }
    }
}

/// A cooperative as a product card or product page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeCardDto {
    pub slug: String,
    pub name_ar: String,
    pub name_fr: String,
    /// Region code (`domain::geo::Region`).
    pub region: String,
    pub logo: Option<ImageDto>,
    pub primary_colour: String,
    pub secondary_colour: String,
    pub women_led: bool,
    /// How many of its products are on sale.
    pub products: u64,
}

impl CooperativeCardDto {
    /// The name to show in `locale` (Arabic, else the French name).
    pub fn name(&self, locale: domain::Locale) -> &str {
        if locale == domain::Locale::Ar {
            &self.name_ar
        } else {
            &self.name_fr
        }
    }
}

/// A product in a grid (home, category, storefront): texts already in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductCardDto {
    pub slug: String,
    pub title: String,
    /// Language of `title` (it may be a fallback).
    pub title_lang: String,
    pub price_centimes: i64,
    /// `250 ml`, `1 kg`.
    pub quantity: String,
    pub unit_price_centimes: i64,
    /// `kg`, `l` or `piece`.
    pub per: String,
    pub in_stock: bool,
    pub image: Option<ImageDto>,
    pub cooperative_slug: String,
    pub cooperative_name: String,
    /// The cooperative's brand colours (the card uses them).
    pub brand_primary: String,
    pub brand_secondary: String,
    /// Codes of its verified labels.
    pub labels: Vec<String>,
}

/// A page of products.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductPageOf {
    pub items: Vec<ProductCardDto>,
    /// 1-based.
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// What the home page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HomeDto {
    pub categories: Vec<CategoryDto>,
    pub featured: Vec<CooperativeCardDto>,
    pub newest: Vec<ProductCardDto>,
    pub women_led: Vec<CooperativeCardDto>,
}

/// A verified label as a badge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelBadgeDto {
    pub kind: LabelKind,
    pub reference: String,
}

/// The public product page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductDto {
    pub id: String,
    pub slug: String,
    pub sku: String,
    pub title: String,
    pub title_lang: String,
    /// Sanitised HTML (safe to insert).
    pub description_html: String,
    pub description_lang: String,
    /// The description as plain text, cut to 160 characters (meta description).
    pub summary: String,
    pub price: domain::money::Split,
    /// The platform fee in percent, as shown (`0`, `2.5`).
    pub fee_percent: String,
    pub quantity: String,
    pub unit_price_centimes: i64,
    pub per: String,
    pub stock: i32,
    pub weight_grams: Option<i32>,
    pub photos: Vec<ImageDto>,
    pub category: CategoryDto,
    pub parent_category: Option<CategoryDto>,
    pub cooperative: CooperativeCardDto,
    pub labels: Vec<LabelBadgeDto>,
    /// Absolute URL of the page (without a language).
    pub canonical_url: String,
    /// Absolute URL of the first photo's largest variant.
    pub og_image: Option<String>,
    /// The schema.org `Product` as JSON, safe to put inside a `<script>`.
    pub json_ld: String,
    /// Whether the reader may hide it (an admin).
    pub can_moderate: bool,
    /// Whether the reader edits it (a member of its cooperative).
    pub can_edit: bool,
    /// Its reviews and their average.
    pub reviews: ReviewsDto,
    /// Whether the public can buy it now (published, not hidden, its cooperative verified).
    pub on_sale: bool,
}

/// One photo of a product, in the editor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoDto {
    pub id: String,
    pub image: ImageDto,
    pub alt_ar: String,
    pub alt_fr: String,
    pub alt_en: String,
}

/// A label the cooperative declared, as the product form offers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelChoiceDto {
    pub id: String,
    pub kind: LabelKind,
    pub reference: String,
    /// `pending`, `verified` or `rejected`.
    pub state: String,
    pub state_reason: Option<String>,
    /// Whether the product carries it (product form).
    pub selected: bool,
    /// Whether an evidence document was uploaded.
    pub has_evidence: bool,
}

/// The product editor (a new product has no `product_id`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductEditorDto {
    pub cooperative_id: String,
    pub cooperative_verified: bool,
    pub product_id: Option<String>,
    pub slug: Option<String>,
    pub state: ProductState,
    pub hidden_reason: Option<String>,
    pub sku: String,
    pub category: String,
    pub price: String,
    pub stock: String,
    pub unit: String,
    pub quantity: String,
    pub weight: String,
    pub titles: [String; 3],
    pub descriptions: [String; 3],
    pub labels: Vec<LabelChoiceDto>,
    pub photos: Vec<PhotoDto>,
    /// Codes of what stands in the way of publishing (`domain::product::PublishBlocker`).
    pub blockers: Vec<String>,
}

/// A line of a cooperative's product list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductRowDto {
    pub id: String,
    pub slug: String,
    pub sku: String,
    pub title: String,
    pub state: ProductState,
    pub hidden_reason: Option<String>,
    pub price_centimes: i64,
    pub stock: i32,
    pub image: Option<ImageDto>,
}

/// A cooperative's products, as its members manage them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyProductsDto {
    pub cooperative_id: String,
    pub name_ar: String,
    pub name_fr: String,
    pub verified: bool,
    pub products: Vec<ProductRowDto>,
}

/// A cooperative's labels, as its members manage them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelsDto {
    pub cooperative_id: String,
    pub name_ar: String,
    pub name_fr: String,
    pub verified: bool,
    pub labels: Vec<LabelChoiceDto>,
}

/// A label waiting for an admin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelQueueItemDto {
    pub label: LabelChoiceDto,
    pub cooperative_name_ar: String,
    pub cooperative_name_fr: String,
    pub cooperative_slug: String,
}

/// What the search page asks for: every part of it is in the URL, so any state can be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchQueryDto {
    /// The words typed (cleaned: at most 200 characters, no control characters).
    pub q: String,
    /// Category code (a top-level one includes its sub-categories).
    pub category: String,
    /// Region code.
    pub region: String,
    /// Cooperative slug.
    pub cooperative: String,
    /// Verified label code.
    pub label: String,
    /// Price bounds as typed (`50`, `120,50`); empty when unset.
    pub min: String,
    pub max: String,
    pub in_stock: bool,
    pub women_led: bool,
    /// `relevance`, `price_asc`, `price_desc`, `newest`, `rating`.
    pub sort: String,
    /// 1-based.
    pub page: u64,
}

/// One value of a facet with how many results carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetValueDto {
    pub value: String,
    /// The value's name in the page's language.
    pub name: String,
    pub count: u64,
    pub selected: bool,
}

/// Results as you type: a few products for the header's search box.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SuggestDto {
    /// The words as understood (cleaned, cut to 200 characters).
    pub q: String,
    pub items: Vec<SuggestItemDto>,
    /// How many products match in all (the full results page shows them).
    pub total: u64,
    /// A respelling the catalog knows, when nothing matched.
    pub suggestion: Option<String>,
}

/// One product in the results as you type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestItemDto {
    pub slug: String,
    /// The title in pieces, the matching words marked.
    pub title: Vec<(String, bool)>,
    /// Language of the title (it may be a fallback).
    pub title_lang: String,
    pub cooperative: String,
    /// The price as shown in the page's language.
    pub price: String,
    /// The smallest variant of the first photo.
    pub thumbnail: Option<String>,
}

/// A page of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchPageDto {
    /// The query as understood (values the page does not know are dropped).
    pub query: SearchQueryDto,
    /// The words were cut to 200 characters.
    pub truncated: bool,
    pub items: Vec<ProductCardDto>,
    /// Each item's title in pieces, the matching words marked.
    pub titles: Vec<Vec<(String, bool)>>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub categories: Vec<FacetValueDto>,
    pub regions: Vec<FacetValueDto>,
    pub cooperatives: Vec<FacetValueDto>,
    pub labels: Vec<FacetValueDto>,
    pub in_stock_count: u64,
    pub women_led_count: u64,
    /// A respelling of the query that the catalog knows, when nothing matched.
    pub suggestion: Option<String>,
    /// Top-level categories to browse instead, when nothing matched.
    pub popular: Vec<CategoryDto>,
}

/// A visitor's cart, grouped by cooperative (the cart and checkout pages).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CartDto {
    pub parts: Vec<CartPartDto>,
    /// How many items in all.
    pub count: i32,
    /// Sums over the lines that can be ordered.
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    /// Lines that cannot be ordered as they are (gone, sold out, not enough left).
    pub problems: usize,
    /// Lines whose price changed since they were added (the buyer must accept it).
    pub price_changes: usize,
    /// Whether cash on delivery is offered for this cart (by the platform and every cooperative).
    pub cash_on_delivery: bool,
}

/// One cooperative's part of a cart: its lines, delivery fee and share.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CartPartDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub accepts_cash_on_delivery: bool,
    pub lines: Vec<CartLineDto>,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    pub platform_fee_centimes: i64,
    pub cooperative_share_centimes: i64,
    /// How much more of this cooperative's products would make delivery free.
    pub free_delivery_missing_centimes: Option<i64>,
}

/// A cart line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartLineDto {
    pub product_id: String,
    pub card: ProductCardDto,
    pub quantity: i32,
    pub unit_price_centimes: i64,
    pub line_centimes: i64,
    pub stock: i32,
    /// The most the quantity field offers.
    pub max_quantity: i32,
    /// `unavailable`, `sold_out` or `not_enough` when the line cannot be ordered as it is.
    pub problem: Option<String>,
    /// The price when it was added, when it has changed since.
    pub price_was_centimes: Option<i64>,
}

/// What the checkout page needs: the cart and a fresh idempotency key for its form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckoutDto {
    pub cart: CartDto,
    /// The form's idempotency key (a new one each time the page is shown).
    pub key: String,
    /// Whether the buyer must give an e-mail address (guests).
    pub needs_email: bool,
    /// The signed-in buyer's name, to prefill the recipient.
    pub name: String,
    /// Whether paying by card is offered.
    pub card: bool,
}

/// An order as its buyer sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderDto {
    pub number: String,
    /// RFC 3339.
    pub created_at: String,
    pub state: OrderState,
    pub payment_method: PaymentMethod,
    pub payment_state: PaymentState,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    pub recipient_name: String,
    pub phone: String,
    pub region: String,
    pub city: String,
    pub address_line: String,
    pub notes: Option<String>,
    pub shipments: Vec<ShipmentDto>,
    /// Whether the buyer can (still) be sent to pay this card order.
    pub can_pay: bool,
}

/// One cooperative's part of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShipmentDto {
    pub id: String,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub state: ShipmentState,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub total_centimes: i64,
    pub cooperative_share_centimes: i64,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    pub cancel_reason: Option<String>,
    pub lines: Vec<OrderLineDto>,
}

/// A product as it was bought.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderLineDto {
    pub id: String,
    pub title: String,
    pub product_slug: Option<String>,
    pub quantity: i32,
    pub unit_price_centimes: i64,
    pub line_centimes: i64,
    /// For the buyer of a delivered line: `Some(None)` may review it, `Some(Some(n))` gave n stars.
    pub review: Option<Option<u8>>,
}

/// A line of the buyer's order list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderSummaryDto {
    pub number: String,
    pub created_at: String,
    pub state: OrderState,
    pub total_centimes: i64,
    pub items: i32,
}

/// A shipment in its cooperative's order inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxShipmentDto {
    pub id: String,
    pub order_number: String,
    pub created_at: String,
    pub state: ShipmentState,
    pub payment_method: PaymentMethod,
    pub recipient_name: String,
    pub phone: String,
    pub region: String,
    pub city: String,
    pub address_line: String,
    pub notes: Option<String>,
    pub goods_centimes: i64,
    pub delivery_centimes: i64,
    pub cooperative_share_centimes: i64,
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    pub cancel_reason: Option<String>,
    pub lines: Vec<OrderLineDto>,
}

/// A cooperative's order inbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InboxDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    /// The state filter in use (`""`: all).
    pub filter: String,
    pub shipments: Vec<InboxShipmentDto>,
}

/// A cooperative's payout statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    /// What the platform still owes the cooperative.
    pub balance_centimes: i64,
    /// Everything credited for delivered, paid shipments.
    pub credited_centimes: i64,
    /// Everything sent to the cooperative.
    pub paid_out_centimes: i64,
    /// Whether the viewer (an admin) may record a payout.
    pub can_record: bool,
    /// Oldest first.
    pub rows: Vec<LedgerRowDto>,
}

/// One movement of a cooperative's payout account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerRowDto {
    /// `YYYY-MM-DD`: the delivery's credit day, or the day a transfer was sent.
    pub date: String,
    /// `credit` or `payout`.
    pub kind: String,
    pub amount_centimes: i64,
    /// The order a credit came from.
    pub order_number: Option<String>,
    /// A payout's bank-transfer reference.
    pub reference: Option<String>,
}

/// A cooperative the platform owes money.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PayoutDueDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    pub balance_centimes: i64,
}

/// The reviews a product or cooperative page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ReviewsDto {
    /// The average of the visible ratings, one decimal (`4.5`).
    pub average: Option<String>,
    /// How many visible ratings.
    pub count: u32,
    /// Newest first (hidden ones only for admins).
    pub items: Vec<ReviewDto>,
}

/// One review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewDto {
    pub id: String,
    pub product_slug: Option<String>,
    /// 1 to 5 stars.
    pub rating: u8,
    pub body: Option<String>,
    /// The reviewer's first name.
    pub author: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The cooperative's answer.
    pub reply: Option<String>,
    /// Why an admin hid it (admins only see hidden reviews).
    pub hidden_reason: Option<String>,
    /// Whether the viewer (a member of the cooperative) may answer it.
    pub can_reply: bool,
    /// Whether the viewer (an admin) may hide it.
    pub can_hide: bool,
}

/// An expert's profile as its owner, an admin or (once verified) anyone sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertProfileDto {
    pub user_id: String,
    pub display_name: String,
    pub state: ExpertState,
    pub state_reason: Option<String>,
    pub bio: String,
    pub skills: Vec<domain::expert::Skill>,
    pub languages: Vec<domain::expert::Language>,
    pub regions: Vec<domain::geo::Region>,
    pub remote: bool,
    pub on_site: bool,
    pub capacity: u32,
    /// Requests held now.
    pub held: u32,
    pub portfolio: Vec<ImageDto>,
    /// The media hash of each portfolio image, in the same order (for removing one).
    pub portfolio_keys: Vec<String>,
    /// Filled in for admins only.
    pub email: Option<String>,
}

/// A completed request on an expert's public profile: the identity before and after, and the
/// cooperative's sales in the 30 days before and after it went live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletedWorkDto {
    pub request_id: String,
    pub title: String,
    pub skill: domain::expert::Skill,
    pub cooperative_name_ar: String,
    pub cooperative_name_fr: String,
    pub cooperative_slug: String,
    pub completed_at: String,
    pub before: Option<IdentityDto>,
    pub after: Option<IdentityDto>,
    /// When the new identity went live (`YYYY-MM-DD`).
    pub live_since: Option<String>,
    /// Centimes of delivered or ongoing sales in the 30 days before going live.
    pub sales_before: i64,
    /// The same, in the 30 days after (so far).
    pub sales_after: i64,
}

/// A rating one side gave the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertRatingDto {
    pub stars: u8,
    pub body: Option<String>,
    /// `cooperative` (about the expert) or `expert` (about the cooperative).
    pub from_side: String,
    pub created_at: String,
}

/// An expert's public profile with its impact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertPublicDto {
    pub profile: ExpertProfileDto,
    pub completed: u32,
    pub minutes: i64,
    /// Average rating from cooperatives in tenths of a star.
    pub rating_tenths: Option<u32>,
    pub ratings: Vec<ExpertRatingDto>,
    pub work: Vec<CompletedWorkDto>,
}

/// A request for help in a list or on its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestDto {
    pub id: String,
    pub cooperative_id: String,
    pub cooperative_slug: String,
    pub cooperative_name_ar: String,
    pub cooperative_name_fr: String,
    pub region: Option<domain::geo::Region>,
    pub skill: domain::expert::Skill,
    pub title: String,
    pub description: String,
    pub languages: Vec<domain::expert::Language>,
    pub on_site: bool,
    pub deadline: Option<String>,
    pub state: RequestState,
    pub expert_id: Option<String>,
    pub expert_name: Option<String>,
    pub created_at: String,
    pub waited_days: u32,
    pub minutes_logged: i32,
    /// Why it was suggested to the viewing expert (empty elsewhere).
    pub reasons: Vec<domain::expert::Reason>,
    /// Whether the cooperative invited the viewing expert.
    pub invited_me: bool,
}

/// One message of a request's thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestMessageDto {
    pub author: String,
    /// `cooperative`, `expert` or `admin`.
    pub side: String,
    pub mine: bool,
    pub body: String,
    pub created_at: String,
}

/// Work an expert handed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeliverableDto {
    pub id: String,
    pub note: String,
    pub image: Option<ImageDto>,
    pub primary_colour: Option<String>,
    pub secondary_colour: Option<String>,
    pub created_at: String,
    /// A logo and a palette the cooperative can make its storefront's identity.
    pub applicable: bool,
}

/// An expert suggested to a cooperative for its request, with the reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestedExpertDto {
    pub user_id: String,
    pub display_name: String,
    pub reasons: Vec<domain::expert::Reason>,
    pub invited: bool,
}

/// Everything the page of one request shows, cut to what the viewer may see and do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestPageDto {
    pub request: RequestDto,
    /// The viewer is an owner or manager of the cooperative.
    pub member: bool,
    /// The viewer is the expert holding it.
    pub holder: bool,
    /// The viewer is a verified expert who could claim it now.
    pub can_claim: bool,
    pub admin: bool,
    /// Shown to the cooperative and the holding expert (and admins) only.
    pub messages: Vec<RequestMessageDto>,
    pub deliverables: Vec<DeliverableDto>,
    /// For the cooperative, while the request is open.
    pub suggested: Vec<SuggestedExpertDto>,
    pub ratings: Vec<ExpertRatingDto>,
    /// Whether the viewer's side has rated already.
    pub rated: bool,
    /// The identity version an applied deliverable became (undo shows while set).
    pub applied_version: Option<i32>,
}

/// What the expert's request list shows: suggestions and every open request, filtered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestBoardDto {
    /// The viewer's profile, if they applied.
    pub profile: Option<ExpertProfileDto>,
    pub suggested: Vec<RequestDto>,
    pub open: Vec<RequestDto>,
    /// Requests the viewer holds or held.
    pub mine: Vec<RequestDto>,
}

/// A cooperative's requests and whether it may post another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeRequestsDto {
    pub cooperative_id: String,
    pub name_ar: String,
    pub name_fr: String,
    pub verified: bool,
    pub requests: Vec<RequestDto>,
    pub max_open: u32,
    pub open_count: u32,
}

/// The admin report of the expert programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestsReportDto {
    pub by_state: Vec<(RequestState, u32)>,
    pub by_skill: Vec<(domain::expert::Skill, u32)>,
    /// Median hours from posting to the first claim, over claimed requests.
    pub median_hours_to_claim: Option<u32>,
    /// Completed over completed-or-cancelled-or-held, in percent.
    pub completion_percent: Option<u32>,
    pub total_minutes: i64,
}

/// The admin page of experts: the queue of one state and the programme's report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpertQueueDto {
    pub experts: Vec<ExpertProfileDto>,
    pub report: RequestsReportDto,
}

/// A chart (server-rendered SVG) and the table of the same figures, its text alternative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartDto {
    /// Unique on the page (for `aria-labelledby`).
    pub id: String,
    pub title: String,
    /// `None` when it could not be drawn: the table still says everything.
    pub svg: Option<String>,
    /// The table's two column headers.
    pub label_header: String,
    pub value_header: String,
    /// `(label, value)` rows, values written for the page's language.
    pub rows: Vec<(String, String)>,
}

/// A headline figure: what it is and its value, written for the page's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureDto {
    pub label: String,
    pub value: String,
}

/// The period a dashboard covers, as its form shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodDto {
    pub from: String,
    pub to: String,
    /// `day`, `week` or `month` (coarser than asked for long periods).
    pub granularity: String,
    /// Whether the buckets were made coarser than asked.
    pub coarsened: bool,
}

/// A row of a dashboard's list: text, a detail, and where it leads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DashboardRowDto {
    pub text: String,
    pub detail: String,
    pub href: Option<String>,
}

/// A cooperative's dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CooperativeDashboardDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    pub period: PeriodDto,
    pub figures: Vec<FigureDto>,
    pub charts: Vec<ChartDto>,
    pub low_stock: Vec<DashboardRowDto>,
    pub payouts: Vec<DashboardRowDto>,
    pub requests: Vec<DashboardRowDto>,
}

/// The admin dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminDashboardDto {
    pub period: PeriodDto,
    pub figures: Vec<FigureDto>,
    pub charts: Vec<ChartDto>,
    /// The cooperatives owed most (the full list is on the payouts page).
    pub due: Vec<DashboardRowDto>,
}

/// The settings page's values, as the form shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsDto {
    pub platform_fee_percent: String,
    pub delivery_fee: String,
    pub free_delivery_from: String,
    pub cash_on_delivery: bool,
    pub max_open_requests: String,
    pub claim_release_days: String,
    /// Whether a card gateway is configured (set at start-up, not here).
    pub card_payments: bool,
    /// When a setting was last changed here (UTC), if ever.
    pub changed_at: Option<String>,
}

/// One audit log entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntryDto {
    pub at: String,
    /// The actor's e-mail address (`None`: the system, or an account since deleted).
    pub actor: Option<String>,
    pub action: String,
    pub subject: Option<String>,
    /// JSON, never secrets.
    pub details: String,
}

/// A page of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditPageDto {
    pub entries: Vec<AuditEntryDto>,
    /// The `before` of the next (older) page, if there is one.
    pub next_before: Option<String>,
    /// Every action recorded so far (the filter's choices).
    pub actions: Vec<String>,
}
