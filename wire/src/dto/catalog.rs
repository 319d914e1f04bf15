//! The catalog: categories, product cards and pages, the product editor, quality labels.

use super::media::ImageDto;
use super::reviews::ReviewsDto;
use domain::label::LabelKind;
use domain::product::ProductState;
use serde::{Deserialize, Serialize};

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
    /// The cheapest option's price.
    pub price_centimes: i64,
    /// Whether its options differ in price (the card says "from").
    pub several_prices: bool,
    /// `250 ml`, `1 kg` (the cheapest option's).
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
    /// The description's plain text (read from its Markdown).
    pub description_text: String,
    /// The description as plain text, cut to 160 characters (meta description).
    pub summary: String,
    pub price: domain::money::Split,
    /// The ISO 4217 code of its prices (`MAD`).
    pub currency: String,
    /// The platform fee in percent, as shown (`0`, `2.5`).
    pub fee_percent: String,
    pub quantity: String,
    pub unit_price_centimes: i64,
    pub per: String,
    /// The options' total stock.
    pub stock: i32,
    /// Whether its options differ in price.
    pub several_prices: bool,
    /// What it is sold as, in order (one, without a label, for most products).
    pub options: Vec<ProductOptionDto>,
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
    /// The cooperative's WhatsApp click-to-chat link (the product named), when it published a
    /// number.
    pub whatsapp: Option<String>,
}

/// An option of a product, as its page offers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductOptionDto {
    pub id: String,
    /// Empty for a single-option product.
    pub label: String,
    pub sku: String,
    pub price_centimes: i64,
    /// `250 ml`.
    pub quantity: String,
    pub unit_price_centimes: i64,
    pub per: String,
    pub stock: i32,
    pub photo: Option<ImageDto>,
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
    /// Where the claim stands (the reason of a rejection beside it).
    pub state: domain::label::LabelStatus,
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
    /// The options table (empty for a new product).
    pub options: Vec<OptionRowDto>,
    /// Whether shopping feeds list it.
    pub in_feeds: bool,
    /// Codes of what stands in the way of publishing (`domain::product::PublishBlocker`).
    pub blockers: Vec<String>,
}

/// A row of the product editor's options table, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionRowDto {
    pub id: String,
    pub label: String,
    pub sku: String,
    pub price: String,
    pub quantity: String,
    pub stock: String,
    pub photo: String,
    pub gtin: String,
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
