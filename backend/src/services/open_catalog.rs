//! The open, read-only catalog API's data (`/api/v1`, served by the server crate): public
//! products (published, not hidden, of verified cooperatives), verified cooperatives, the
//! category tree and search, in one language, a page at a time with opaque cursors. Only what
//! the public pages show: no stock counts beyond "in stock", no people, no addresses, no
//! phone numbers.
//!
//! The types here are the API's JSON, described for its OpenAPI document (`utoipa`).

use super::{browse, catalog, db_error, reviews, search};
use crate::{
    entity::{cooperative, product},
    error::AppError,
    search::{SearchRequest, SearchSort},
    state::{AppSettings, Core},
};
use base64::Engine;
use domain::{Locale, cooperative::CooperativeState, geo::Region};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, prelude::Expr,
};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;
use uuid::Uuid;

/// The most items one page may ask for.
pub const MAX_LIMIT: u64 = 100;
/// Items per page when the client does not say.
pub const DEFAULT_LIMIT: u64 = 24;
/// The deepest a search may page (engines rank only so far).
pub const MAX_SEARCH_OFFSET: u64 = 10_000;

/// A page of items and the cursor of the next page (`null` on the last).
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` for the next page; `null` when there is none.
    pub next_cursor: Option<String>,
}

/// A price: an amount in minor units (centimes) and its ISO 4217 currency.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Money {
    /// Minor units: `15000` is 150.00.
    #[schema(example = 15000)]
    pub amount_minor: i64,
    #[schema(example = "MAD")]
    pub currency: String,
}

/// A cooperative as a product names it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CooperativeRef {
    pub slug: String,
    pub name: String,
    /// Its storefront.
    pub url: String,
}

/// A product in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProductSummary {
    pub slug: String,
    /// Its page.
    pub url: String,
    pub title: String,
    /// The language of `title` (another one when the product has none in the language asked).
    pub title_language: String,
    /// The cheapest option's price.
    pub price: Money,
    /// Whether its options differ in price.
    pub several_prices: bool,
    /// `250 ml`, `1 kg`: the cheapest option's quantity.
    pub quantity: String,
    pub in_stock: bool,
    /// The category's code (see `/api/v1/categories`).
    pub category: String,
    pub cooperative: CooperativeRef,
    /// The largest size of its first photo.
    pub image: Option<String>,
    /// Codes of its verified labels (`organic`, `fair_trade`, …).
    pub labels: Vec<String>,
}

/// A product with everything its page shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct Product {
    pub slug: String,
    pub url: String,
    pub sku: String,
    pub title: String,
    pub title_language: String,
    /// The description's plain text.
    pub description: String,
    /// The description as the page shows it (sanitised HTML: paragraphs, lists, bold, italic).
    pub description_html: String,
    pub description_language: String,
    pub category: Category,
    pub cooperative: CooperativeRef,
    /// The ways it is sold (sizes, packs), each with its own price.
    pub options: Vec<ProductOption>,
    /// The largest size of each photo.
    pub images: Vec<String>,
    pub labels: Vec<String>,
    pub rating: Option<Rating>,
}

/// One way a product is sold.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProductOption {
    pub id: String,
    /// Empty for a product sold one way.
    pub label: String,
    pub sku: String,
    pub price: Money,
    /// `250 ml`, `1 kg`, `6 pieces`.
    pub quantity: String,
    /// The price per kilogram, litre or piece, minor units.
    pub unit_price_minor: i64,
    /// `kg`, `l` or `piece`.
    pub per: String,
    pub in_stock: bool,
}

/// The buyers' ratings.
#[derive(Debug, Serialize, ToSchema)]
pub struct Rating {
    /// 1 to 5, one decimal.
    #[schema(example = "4.5")]
    pub average: String,
    pub count: u32,
}

/// A category of the tree.
#[derive(Debug, Serialize, ToSchema)]
pub struct Category {
    pub code: String,
    /// `null` for a top-level category.
    pub parent: Option<String>,
    pub name: String,
}

/// A verified cooperative in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct CooperativeSummary {
    pub slug: String,
    pub url: String,
    pub name: String,
    /// Its name in Arabic and in French, as the national register holds them.
    pub name_ar: String,
    pub name_fr: String,
    /// The region's code (see the `region` filter).
    pub region: String,
    pub region_name: String,
    pub sector: String,
    /// At least half of its members are women.
    pub women_led: bool,
    /// The largest size of its logo.
    pub logo: Option<String>,
}

/// A verified cooperative with what its storefront shows.
#[derive(Debug, Serialize, ToSchema)]
pub struct Cooperative {
    #[serde(flatten)]
    pub summary: CooperativeSummary,
    /// Its number in the national register of cooperatives.
    pub register_number: String,
    pub province: String,
    pub founded_year: i32,
    pub member_count: i32,
    pub women_count: i32,
    pub tagline: Option<String>,
    pub story: Option<String>,
    /// Its products on sale.
    pub product_count: u64,
    pub rating: Option<Rating>,
}

/// Why a request was refused; `code` is stable, `message` is for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiRefusal {
    UnknownLanguage,
    BadCursor,
    BadLimit,
    LimitTooLarge,
    BadQuery,
}

impl ApiRefusal {
    pub fn code(self) -> &'static str {
        match self {
            Self::UnknownLanguage => "unknown_language",
            Self::BadCursor => "bad_cursor",
            Self::BadLimit => "bad_limit",
            Self::LimitTooLarge => "limit_too_large",
            Self::BadQuery => "bad_query",
        }
    }
}

/// The page size asked for: 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] when not given.
pub fn parse_limit(raw: Option<&str>) -> Result<u64, ApiRefusal> {
    let Some(raw) = raw else {
        return Ok(DEFAULT_LIMIT);
    };
    let n: u64 = raw.parse().map_err(|_| ApiRefusal::BadLimit)?;
    match n {
        0 => Err(ApiRefusal::BadLimit),
        n if n > MAX_LIMIT => Err(ApiRefusal::LimitTooLarge),
        n => Ok(n),
    }
}

/// The language asked for (`ar`, `fr`, `en`); Arabic when not given.
pub fn parse_language(raw: Option<&str>) -> Result<Locale, ApiRefusal> {
    match raw {
        None => Ok(Locale::Ar),
        Some(tag) => Locale::from_tag(tag)
            .filter(|l| l.tag() == tag)
            .ok_or(ApiRefusal::UnknownLanguage),
    }
}

/// A cursor: where the next page starts, opaque to clients (`kind:value`, base64url).
fn cursor(kind: &str, value: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{value}"))
}

/// The value of a cursor of `kind`; anything else is [`ApiRefusal::BadCursor`].
fn read_cursor(kind: &str, raw: &str) -> Result<String, ApiRefusal> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(raw.as_bytes())
        .map_err(|_| ApiRefusal::BadCursor)?;
    let text = String::from_utf8(bytes).map_err(|_| ApiRefusal::BadCursor)?;
    text.strip_prefix(kind)
        .and_then(|rest| rest.strip_prefix(':'))
        .map(str::to_owned)
        .ok_or(ApiRefusal::BadCursor)
}

/// Cuts `models` (read with one more than `limit`, to learn whether a next page exists) to
/// `limit`; the cursor after the last one kept when there is more.
fn cut_to_page<M>(
    models: &mut Vec<M>,
    limit: u64,
    kind: &str,
    id: impl Fn(&M) -> Uuid,
) -> Option<String> {
    let more = models.len() as u64 > limit;
    models.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    more.then(|| models.last().map(|m| cursor(kind, &id(m).to_string())))
        .flatten()
}

fn read_id_cursor(kind: &str, raw: Option<&str>) -> Result<Option<Uuid>, ApiRefusal> {
    raw.map(|raw| Uuid::parse_str(&read_cursor(kind, raw)?).map_err(|_| ApiRefusal::BadCursor))
        .transpose()
}

/// The list of products: filters and page.
#[derive(Debug, Default)]
pub struct ProductQuery {
    /// A category's code: its products and its sub-categories'.
    pub category: Option<String>,
    /// A cooperative's slug.
    pub cooperative: Option<String>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// A page of public products, oldest first (a stable order: new products arrive at the end).
pub async fn products(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    locale: Locale,
    query: &ProductQuery,
) -> Result<Result<Page<ProductSummary>, ApiRefusal>, AppError> {
    let after = match read_id_cursor("p", query.cursor.as_deref()) {
        Ok(after) => after,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let mut select = browse::public()
        .order_by_asc(product::Column::Id)
        .limit(query.limit + 1);
    if let Some(after) = after {
        select = select.filter(product::Column::Id.gt(after));
    }
    if let Some(code) = &query.category {
        let codes = browse::category_and_children(db, code).await?;
        select = select.filter(product::Column::CategoryCode.is_in(codes));
    }
    if let Some(slug) = &query.cooperative {
        use sea_orm::sea_query::ExprTrait;
        select = select.filter(
            product::Column::CooperativeId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(cooperative::Column::Id)
                    .from(cooperative::Entity)
                    .and_where(Expr::col(cooperative::Column::Slug).eq(slug.as_str()))
                    .to_owned(),
            ),
        );
    }
    let mut models = select.all(db).await.map_err(db_error)?;
    let next_cursor = cut_to_page(&mut models, query.limit, "p", |p| p.id);
    Ok(Ok(Page {
        items: summaries(db, settings, &models, locale).await?,
        next_cursor,
    }))
}

/// Products found by `q`, best first, a page at a time.
pub async fn search(
    state: &Core,
    locale: Locale,
    q: &str,
    cursor_raw: Option<&str>,
    limit: u64,
) -> Result<Result<Page<ProductSummary>, ApiRefusal>, AppError> {
    let (query, _) = domain::search::clean_query(q);
    if query.is_empty() {
        return Ok(Err(ApiRefusal::BadQuery));
    }
    let offset = match cursor_raw {
        None => 0,
        Some(raw) => match read_cursor("s", raw).map(|v| v.parse::<u64>()) {
            Ok(Ok(offset)) if offset <= MAX_SEARCH_OFFSET => offset,
            _ => return Ok(Err(ApiRefusal::BadCursor)),
        },
    };
    let results = search::run(
        state,
        &SearchRequest {
            query,
            sort: SearchSort::Relevance,
            offset: offset as usize,
            limit: limit as usize,
            skip_facets: true,
            ..SearchRequest::default()
        },
    )
    .await?;
    // The engine may lag the database by a moment: only what is public now is listed.
    let mut models: HashMap<Uuid, product::Model> = browse::public()
        .filter(product::Column::Id.is_in(results.ids.clone()))
        .all(&state.db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let ordered: Vec<product::Model> = results
        .ids
        .iter()
        .filter_map(|id| models.remove(id))
        .collect();
    let next = offset + limit;
    let next_cursor =
        (next < results.total && next <= MAX_SEARCH_OFFSET).then(|| cursor("s", &next.to_string()));
    Ok(Ok(Page {
        items: summaries(&state.db, &state.settings(), &ordered, locale).await?,
        next_cursor,
    }))
}

/// Summaries of `models`, in their order, from a fixed number of reads.
async fn summaries(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    models: &[product::Model],
    locale: Locale,
) -> Result<Vec<ProductSummary>, AppError> {
    let base = settings.public_url.trim_end_matches('/');
    let cards = browse::cards_with(db, models, locale, browse::CardDetail::Full).await?;
    Ok(models
        .iter()
        .zip(cards)
        .map(|(model, card)| ProductSummary {
            url: format!("{base}/p/{}", card.slug),
            slug: card.slug,
            title: card.title,
            title_language: card.title_lang,
            price: Money {
                amount_minor: card.price_centimes,
                currency: model.currency.clone(),
            },
            several_prices: card.several_prices,
            quantity: card.quantity,
            in_stock: card.in_stock,
            category: model.category_code.clone(),
            cooperative: CooperativeRef {
                url: format!("{base}/c/{}", card.cooperative_slug),
                slug: card.cooperative_slug,
                name: card.cooperative_name,
            },
            image: card.image.map(|i| format!("{base}{}", i.largest)),
            labels: card.labels,
        })
        .collect())
}

/// A public product by its slug; `NotFound` for drafts, hidden products and unknown slugs alike.
pub async fn product(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    locale: Locale,
    slug: &str,
) -> Result<Product, AppError> {
    let page = browse::product_page(db, slug, locale, None, settings).await?;
    let base = settings.public_url.trim_end_matches('/');
    let currency = page.currency.clone();
    let money = |amount_minor| Money {
        amount_minor,
        currency: currency.clone(),
    };
    Ok(Product {
        url: page.canonical_url.clone(),
        slug: page.slug,
        sku: page.sku,
        title: page.title,
        title_language: page.title_lang,
        description: page.description_text,
        description_html: page.description_html,
        description_language: page.description_lang,
        category: Category {
            name: page.category.name(locale).to_owned(),
            code: page.category.code,
            parent: page.category.parent_code,
        },
        cooperative: CooperativeRef {
            url: format!("{base}/c/{}", page.cooperative.slug),
            name: page.cooperative.name(locale).to_owned(),
            slug: page.cooperative.slug,
        },
        options: page
            .options
            .into_iter()
            .map(|o| ProductOption {
                id: o.id,
                label: o.label,
                sku: o.sku,
                price: money(o.price_centimes),
                quantity: o.quantity,
                unit_price_minor: o.unit_price_centimes,
                per: o.per,
                in_stock: o.stock > 0,
            })
            .collect(),
        images: page
            .photos
            .iter()
            .map(|i| format!("{base}{}", i.largest))
            .collect(),
        labels: page
            .labels
            .iter()
            .map(|l| l.kind.code().to_owned())
            .collect(),
        rating: rating(&page.reviews),
    })
}

fn rating(reviews: &crate::dto::ReviewsDto) -> Option<Rating> {
    reviews
        .average
        .clone()
        .filter(|_| reviews.count > 0)
        .map(|average| Rating {
            average,
            count: reviews.count,
        })
}

/// The category tree, parents before their children.
pub fn categories(locale: Locale) -> Vec<Category> {
    catalog::categories()
        .iter()
        .map(|c| {
            let dto = crate::dto::CategoryDto::from(c);
            Category {
                name: dto.name(locale).to_owned(),
                code: dto.code,
                parent: dto.parent_code,
            }
        })
        .collect()
}

/// The list of cooperatives: filters and page.
#[derive(Debug, Default)]
pub struct CooperativeQuery {
    /// A region's code.
    pub region: Option<String>,
    /// A sector's code.
    pub sector: Option<String>,
    pub cursor: Option<String>,
    pub limit: u64,
}

fn verified() -> sea_orm::Select<cooperative::Entity> {
    cooperative::Entity::find()
        .filter(cooperative::Column::State.eq(CooperativeState::Verified.code()))
}

/// A page of verified cooperatives, in the order they joined.
pub async fn cooperatives(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    locale: Locale,
    query: &CooperativeQuery,
) -> Result<Result<Page<CooperativeSummary>, ApiRefusal>, AppError> {
    let after = match read_id_cursor("c", query.cursor.as_deref()) {
        Ok(after) => after,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let mut select = verified()
        .order_by_asc(cooperative::Column::Id)
        .limit(query.limit + 1);
    if let Some(after) = after {
        select = select.filter(cooperative::Column::Id.gt(after));
    }
    if let Some(region) = &query.region {
        select = select.filter(cooperative::Column::Region.eq(region.as_str()));
    }
    if let Some(sector) = &query.sector {
        select = select.filter(cooperative::Column::Sector.eq(sector.as_str()));
    }
    let mut models = select.all(db).await.map_err(db_error)?;
    let next_cursor = cut_to_page(&mut models, query.limit, "c", |c| c.id);
    let cards = browse::cooperative_cards_of(db, models.clone()).await?;
    let base = settings.public_url.trim_end_matches('/');
    Ok(Ok(Page {
        items: models
            .iter()
            .zip(cards)
            .map(|(model, card)| cooperative_summary(model, card, locale, base))
            .collect(),
        next_cursor,
    }))
}

fn cooperative_summary(
    model: &cooperative::Model,
    card: crate::dto::CooperativeCardDto,
    locale: Locale,
    base: &str,
) -> CooperativeSummary {
    CooperativeSummary {
        url: format!("{base}/c/{}", model.slug),
        slug: model.slug.clone(),
        name: card.name(locale).to_owned(),
        name_ar: model.name_ar.clone(),
        name_fr: model.name_fr.clone(),
        region_name: Region::from_code(&model.region)
            .map(|r| r.name(locale).to_owned())
            .unwrap_or_default(),
        region: model.region.clone(),
        sector: model.sector.clone(),
        women_led: card.women_led,
        logo: card.logo.map(|i| format!("{base}{}", i.largest)),
    }
}

/// A verified cooperative by its slug; `NotFound` for every other state and unknown slugs.
pub async fn cooperative(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    locale: Locale,
    slug: &str,
) -> Result<Cooperative, AppError> {
    use chrono::Datelike;
    let model = verified()
        .filter(cooperative::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let card = browse::cooperative_card(db, &model).await?;
    let product_count = card.products;
    let current = super::identity::current(db, model.id).await?;
    let words = |[ar, fr, en]: [&str; 3]| {
        let text = domain::product::pick(locale, [ar, fr, en]).trim();
        (!text.is_empty()).then(|| text.to_owned())
    };
    let tagline = current
        .as_ref()
        .and_then(|i| words([&i.tagline_ar, &i.tagline_fr, &i.tagline_en]));
    let story = current
        .as_ref()
        .and_then(|i| words([&i.story_ar, &i.story_fr, &i.story_en]));
    let base = settings.public_url.trim_end_matches('/');
    let reviews = reviews::of_cooperative(db, model.id).await?;
    Ok(Cooperative {
        register_number: model.register_number.clone(),
        province: domain::geo::province_by_code(&model.province)
            .map(|(_, p)| p.name(locale).to_owned())
            .unwrap_or_default(),
        founded_year: model.founded_on.year(),
        member_count: model.member_count,
        women_count: model.women_count,
        tagline,
        story,
        product_count,
        rating: rating(&reviews),
        summary: cooperative_summary(&model, card, locale, base),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_languages_are_checked() {
        assert_eq!(parse_limit(None), Ok(DEFAULT_LIMIT));
        assert_eq!(parse_limit(Some("100")), Ok(100));
        assert_eq!(parse_limit(Some("101")), Err(ApiRefusal::LimitTooLarge));
        assert_eq!(parse_limit(Some("0")), Err(ApiRefusal::BadLimit));
        assert_eq!(parse_limit(Some("-1")), Err(ApiRefusal::BadLimit));
        assert_eq!(parse_limit(Some("ten")), Err(ApiRefusal::BadLimit));
        assert_eq!(parse_language(None), Ok(Locale::Ar));
        assert_eq!(parse_language(Some("fr")), Ok(Locale::Fr));
        assert_eq!(parse_language(Some("FR")), Err(ApiRefusal::UnknownLanguage));
        assert_eq!(parse_language(Some("de")), Err(ApiRefusal::UnknownLanguage));
    }

    #[test]
    fn cursors_are_read_back_only_by_their_kind() {
        let id = Uuid::now_v7();
        let c = cursor("p", &id.to_string());
        assert_eq!(read_id_cursor("p", Some(&c)), Ok(Some(id)));
        assert_eq!(read_id_cursor("c", Some(&c)), Err(ApiRefusal::BadCursor));
        for bad in ["", "!!", "cDp4", "not-base64=="] {
            assert_eq!(
                read_id_cursor("p", Some(bad)),
                Err(ApiRefusal::BadCursor),
                "{bad}"
            );
        }
    }
}
