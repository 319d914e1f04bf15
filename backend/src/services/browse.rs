//! What the public sees of the catalog: product grids (category, storefront, newest) with sort
//! and pagination, the product page, and the home page's cooperatives. A product is public when
//! it is published, not hidden by an admin, and its cooperative is verified.

use super::access;
use super::{Sql, db_error, identity, media, products};
use crate::{
    dto::{
        CategoryDto, CooperativeCardDto, LabelBadgeDto, ProductCardDto, ProductDto, ProductPageOf,
    },
    entity::{category, cooperative, cooperative_label, product, product_label},
    error::AppError,
};
use domain::{
    Locale,
    cooperative::CooperativeState,
    label::LabelState,
    product::{ProductState, Quantity, Unit},
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
    sea_query::{Expr, Query},
};
use std::collections::HashMap;
use uuid::Uuid;

/// How a grid is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Sort {
    /// Most recently published first.
    #[default]
    Newest,
    /// Cheapest first.
    #[strum(serialize = "price_asc")]
    PriceUp,
    /// Dearest first.
    #[strum(serialize = "price_desc")]
    PriceDown,
}

impl Sort {
    /// Every sort, in menu order.
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::PriceUp, Sort::PriceDown];

    /// The `sort` query value.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The sort named by a `sort` query value; anything else is the default.
    pub fn from_code(code: &str) -> Sort {
        code.parse().unwrap_or_default()
    }
}

/// Products per page of a grid.
pub const PER_PAGE: u64 = 24;

/// Products the public may see.
pub fn public() -> Select<product::Entity> {
    use sea_orm::sea_query::ExprTrait;
    product::Entity::find()
        .filter(product::Column::State.eq(ProductState::Published.code()))
        .filter(product::Column::HiddenAt.is_null())
        .filter(
            product::Column::CooperativeId.in_subquery(
                Query::select()
                    .column(cooperative::Column::Id)
                    .from(cooperative::Entity)
                    .and_where(
                        Expr::col(cooperative::Column::State).eq(CooperativeState::Verified.code()),
                    )
                    .to_owned(),
            ),
        )
}

/// Slugs of the products among `ids` the public may see (and buy) now, by id.
pub async fn public_slugs(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, AppError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(public()
        .filter(product::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.id, p.slug))
        .collect())
}

/// A page of public products, optionally of one category (with its sub-categories) or one
/// cooperative; `clock` is the catalog clock if the request read it (its cards are then checked
/// against it, not read again).
pub async fn grid(
    state: &crate::state::Core,
    category_codes: Option<&[String]>,
    cooperative_id: Option<Uuid>,
    label: Option<domain::label::LabelKind>,
    sort: Sort,
    page: u64,
    per_page: u64,
    locale: Locale,
    clock: Option<i64>,
) -> Result<ProductPageOf, AppError> {
    let db = &state.db;
    let mut query = public().select_only().column(product::Column::Id);
    if let Some(kind) = label {
        query = query.filter(with_verified_label(kind));
    }
    if let Some(codes) = category_codes {
        query = query.filter(product::Column::CategoryCode.is_in(codes.to_vec()));
    }
    if let Some(id) = cooperative_id {
        query = query.filter(product::Column::CooperativeId.eq(id));
    }
    query = match sort {
        Sort::Newest => query.order_by_desc(product::Column::PublishedAt),
        Sort::PriceUp => query.order_by_asc(product::Column::PriceCentimes),
        Sort::PriceDown => query.order_by_desc(product::Column::PriceCentimes),
    }
    .order_by_asc(product::Column::Id);
    let paginator = query.into_tuple::<Uuid>().paginate(db, per_page.max(1));
    let total = paginator.num_items().await.map_err(db_error)?;
    let pages = total.div_ceil(per_page.max(1)).max(1);
    let page = page.clamp(1, pages);
    let ids = paginator.fetch_page(page - 1).await.map_err(db_error)?;
    Ok(ProductPageOf {
        items: public_cards(state, &ids, locale, CardDetail::Full, clock).await?,
        page,
        pages,
        total,
    })
}

/// Products carrying a verified label of `kind`.
fn with_verified_label(kind: domain::label::LabelKind) -> sea_orm::sea_query::SimpleExpr {
    use sea_orm::sea_query::ExprTrait;
    product::Column::Id.in_subquery(
        Query::select()
            .column((product_label::Entity, product_label::Column::ProductId))
            .from(product_label::Entity)
            .inner_join(
                cooperative_label::Entity,
                Expr::col((cooperative_label::Entity, cooperative_label::Column::Id))
                    .equals((product_label::Entity, product_label::Column::LabelId)),
            )
            .and_where(
                Expr::col((cooperative_label::Entity, cooperative_label::Column::Kind))
                    .eq(kind.code()),
            )
            .and_where(
                Expr::col((cooperative_label::Entity, cooperative_label::Column::State))
                    .eq(LabelState::Verified.code()),
            )
            .to_owned(),
    )
}

/// The codes of a category and its sub-categories (empty when it does not exist).
pub async fn category_and_children(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<Vec<String>, AppError> {
    let rows = category::Entity::find()
        .filter(
            Condition::any()
                .add(category::Column::Code.eq(code))
                .add(category::Column::ParentCode.eq(code)),
        )
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows.into_iter().map(|c| c.code).collect())
}

/// The cooperatives with these ids (repeats are fine), by id.
pub async fn cooperatives_by_id(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, cooperative::Model>, AppError> {
    let ids: std::collections::HashSet<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(cooperative::Entity::find()
        .filter(cooperative::Column::Id.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect())
}

/// What a card shows beyond its title, photo, price and cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardDetail {
    /// Labels and the cooperative's colours too (grids of cards).
    Full,
    /// Without them: two reads fewer (the results as you type show neither).
    Brief,
}

/// Cards for the public products among `ids` (a search engine's hits), in `ids`' order.
///
/// The catalog clock is `clock` when the request already read it (the page cache does), or is
/// read now (in a read other requests share); which hits are public and their
/// cooperatives' revisions come from `state.cards` where a read at that clock found them, and
/// from one query for the rest (see `card_cache`). Cards kept at those revisions are used as
/// they are, the others are built from the database (and kept). A hit the engine still holds but
/// the database no longer shows (unpublished, hidden, its cooperative suspended) is left out.
pub async fn public_cards(
    state: &crate::state::Core,
    ids: &[Uuid],
    locale: Locale,
    detail: CardDetail,
    clock: Option<i64>,
) -> Result<Vec<ProductCardDto>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let db = &state.db;
    let clock = match clock {
        Some(clock) => clock,
        None => state.revisions.catalog().await.map_err(db_error)?,
    };
    let mut revisions: HashMap<Uuid, i64> = HashMap::with_capacity(ids.len());
    let mut unknown = Vec::new();
    for id in ids {
        match state.cards.checked(id, clock) {
            Some(Some(revision)) => {
                revisions.insert(*id, revision);
            }
            Some(None) => {}
            None => unknown.push(*id),
        }
    }
    if !unknown.is_empty() {
        let read = public_revisions(db, &unknown).await?;
        for id in unknown {
            state.cards.check(id, clock, read.get(&id).copied());
        }
        revisions.extend(read);
    }
    let mut cards: HashMap<Uuid, ProductCardDto> = HashMap::with_capacity(ids.len());
    let mut missing = Vec::new();
    for id in ids {
        let Some(&revision) = revisions.get(id) else {
            continue;
        };
        match state.cards.get(&(*id, locale, detail), revision) {
            Some(card) => {
                cards.insert(*id, card);
            }
            None => missing.push(*id),
        }
    }
    if !missing.is_empty() {
        let models = public()
            .filter(product::Column::Id.is_in(missing))
            .all(db)
            .await
            .map_err(db_error)?;
        let built = cards_with(db, &models, locale, detail).await?;
        for (model, card) in models.iter().zip(built) {
            // Built after the revision was read: at that revision or later, never earlier.
            if let Some(&revision) = revisions.get(&model.id) {
                state
                    .cards
                    .insert((model.id, locale, detail), revision, card.clone());
            }
            cards.insert(model.id, card);
        }
    }
    Ok(ids.iter().filter_map(|id| cards.remove(id)).collect())
}

/// The public products among `ids`, with their cooperatives' catalog revisions, in one query.
async fn public_revisions(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, i64>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT p.id, c.catalog_revision FROM products p \
         JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.state = ",
    )
    .bind(ProductState::Published.code())
    .push(" AND p.hidden_at IS NULL AND c.state = ")
    .bind(CooperativeState::Verified.code())
    .push(" AND p.id IN (")
    .bind_list(ids)
    .push(")");
    Ok(id_numbers(sql.rows(db).await?, "id", "catalog_revision")?
        .into_iter()
        .collect())
}

/// Rows read as (id, number) pairs from two named columns.
fn id_numbers(
    rows: Vec<sea_orm::QueryResult>,
    id: &str,
    number: &str,
) -> Result<Vec<(Uuid, i64)>, AppError> {
    rows.into_iter()
        .map(|row| {
            Ok((
                row.try_get::<Uuid>("", id)?,
                row.try_get::<i64>("", number)?,
            ))
        })
        .collect::<Result<_, sea_orm::DbErr>>()
        .map_err(db_error)
}

/// Product cards for `models`, in their order.
pub async fn cards(
    db: &impl ConnectionTrait,
    models: &[product::Model],
    locale: Locale,
) -> Result<Vec<ProductCardDto>, AppError> {
    cards_with(db, models, locale, CardDetail::Full).await
}

/// Product cards for `models`, in their order, with `detail`.
pub async fn cards_with(
    db: &impl ConnectionTrait,
    models: &[product::Model],
    locale: Locale,
    detail: CardDetail,
) -> Result<Vec<ProductCardDto>, AppError> {
    let ids: Vec<Uuid> = models.iter().map(|p| p.id).collect();
    let texts = products::texts_of(db, &ids).await?;
    let photos = products::first_photos(db, &ids).await?;
    let images = products::images_of(db, photos.values().map(|p| p.image_hash.clone())).await?;
    let coops = cooperatives_by_id(db, models.iter().map(|p| p.cooperative_id)).await?;
    let (labels, colours): (_, HashMap<Uuid, (String, String)>) = match detail {
        CardDetail::Full => (
            verified_labels(db, &ids).await?,
            identity::current_of_each(db, coops.keys().copied())
                .await?
                .into_iter()
                .map(|(id, current)| (id, (current.primary_colour, current.secondary_colour)))
                .collect(),
        ),
        CardDetail::Brief => (HashMap::new(), HashMap::new()),
    };
    Ok(models
        .iter()
        .map(|p| {
            let (title, title_lang, _, _) =
                products::localised(texts.get(&p.id).map_or(&[][..], Vec::as_slice), locale);
            let (quantity, unit_price, per) = measure(p, locale);
            let coop = coops.get(&p.cooperative_id);
            ProductCardDto {
                slug: p.slug.clone(),
                image: photos
                    .get(&p.id)
                    .and_then(|photo| products::photo_image(photo, &images, title.clone())),
                title,
                title_lang,
                price_centimes: p.price_centimes,
                quantity,
                unit_price_centimes: unit_price,
                per,
                in_stock: p.stock > 0,
                cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
                brand_primary: colours
                    .get(&p.cooperative_id)
                    .map(|c| c.0.clone())
                    .unwrap_or_else(|| identity::DEFAULT_PRIMARY.to_owned()),
                brand_secondary: colours
                    .get(&p.cooperative_id)
                    .map(|c| c.1.clone())
                    .unwrap_or_else(|| identity::DEFAULT_SECONDARY.to_owned()),
                cooperative_name: coop
                    .map(|c| {
                        if locale == Locale::Ar {
                            c.name_ar.clone()
                        } else {
                            c.name_fr.clone()
                        }
                    })
                    .unwrap_or_default(),
                labels: labels
                    .get(&p.id)
                    .map(|l| l.iter().map(|b| b.kind.code().to_owned()).collect())
                    .unwrap_or_default(),
            }
        })
        .collect())
}

/// The pack quantity as shown, and the unit price with what it is per.
fn measure(p: &product::Model, locale: Locale) -> (String, i64, String) {
    match Unit::from_code(&p.unit) {
        Some(unit) => {
            let q = Quantity {
                milli: p.quantity_milli,
                unit,
            };
            let (price, per) = q.unit_price(p.price_centimes);
            (q.display(locale), price, per.code().to_owned())
        }
        None => (String::new(), p.price_centimes, "piece".to_owned()),
    }
}

/// The verified labels of each of `products`, by product id.
pub async fn verified_labels(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<LabelBadgeDto>>, AppError> {
    let mut out: HashMap<Uuid, Vec<LabelBadgeDto>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let links = product_label::Entity::find()
        .filter(product_label::Column::ProductId.is_in(ids.to_vec()))
        .all(db)
        .await
        .map_err(db_error)?;
    if links.is_empty() {
        return Ok(out);
    }
    let labels: HashMap<Uuid, cooperative_label::Model> = cooperative_label::Entity::find()
        .filter(cooperative_label::Column::Id.is_in(links.iter().map(|l| l.label_id)))
        .filter(cooperative_label::Column::State.eq(LabelState::Verified.code()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|l| (l.id, l))
        .collect();
    for link in links {
        if let Some((label, kind)) = labels
            .get(&link.label_id)
            .and_then(|label| Some((label, label.kind()?)))
        {
            out.entry(link.product_id).or_default().push(LabelBadgeDto {
                kind,
                reference: label.reference.clone(),
            });
        }
    }
    for badges in out.values_mut() {
        badges.sort_by_key(|b| b.kind as u8);
    }
    Ok(out)
}

/// The card of one cooperative (its storefront's header, a product page's seller).
pub async fn cooperative_card(
    db: &impl ConnectionTrait,
    coop: &cooperative::Model,
) -> Result<CooperativeCardDto, AppError> {
    let products = public()
        .filter(product::Column::CooperativeId.eq(coop.id))
        .count(db)
        .await
        .map_err(db_error)?;
    cooperative_cards(db, vec![(coop.clone(), products)])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}

/// Cards for these cooperatives (each with its number of products on sale), in their order,
/// from two reads whatever their number: their current identities, then their logos.
async fn cooperative_cards(
    db: &impl ConnectionTrait,
    coops: Vec<(cooperative::Model, u64)>,
) -> Result<Vec<CooperativeCardDto>, AppError> {
    let identities = identity::current_of_each(db, coops.iter().map(|(c, _)| c.id)).await?;
    let logos =
        products::images_of(db, identities.values().filter_map(|i| i.logo_key.clone())).await?;
    Ok(coops
        .into_iter()
        .map(|(coop, products)| {
            let current = identities.get(&coop.id);
            CooperativeCardDto {
                logo: current
                    .and_then(|i| i.logo_key.as_ref())
                    .and_then(|hash| logos.get(hash))
                    .and_then(|m| media::to_dto(m, String::new())),
                primary_colour: current.map_or_else(
                    || identity::DEFAULT_PRIMARY.to_owned(),
                    |i| i.primary_colour.clone(),
                ),
                secondary_colour: current.map_or_else(
                    || identity::DEFAULT_SECONDARY.to_owned(),
                    |i| i.secondary_colour.clone(),
                ),
                women_led: is_women_led(&coop),
                slug: coop.slug,
                name_ar: coop.name_ar,
                name_fr: coop.name_fr,
                region: coop.region,
                products,
            }
        })
        .collect())
}

/// At least half of its members are women (a cooperative with no members declared is not).
fn is_women_led(coop: &cooperative::Model) -> bool {
    coop.member_count > 0 && coop.women_count * 2 >= coop.member_count
}

/// Verified cooperatives with the most products on sale (the home page's "featured"), or only
/// women-led ones, at most `limit`; ties go to the most recently verified.
///
/// The ranking is one grouped query limited in the database: the home page never reads every
/// verified cooperative (the register holds tens of thousands), and the cards take two reads
/// more, not a few per cooperative.
pub async fn cooperatives(
    db: &impl ConnectionTrait,
    women_led: bool,
    limit: u64,
) -> Result<Vec<CooperativeCardDto>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT p.cooperative_id, COUNT(*) AS n FROM products p \
         JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.state = ",
    )
    .bind(ProductState::Published.code())
    .push(" AND p.hidden_at IS NULL AND c.state = ")
    .bind(CooperativeState::Verified.code());
    if women_led {
        sql.push(" AND c.member_count > 0 AND c.women_count * 2 >= c.member_count");
    }
    sql.push(
        " GROUP BY p.cooperative_id, c.verified_at \
         ORDER BY n DESC, c.verified_at DESC, p.cooperative_id LIMIT ",
    )
    .bind(i64::try_from(limit).unwrap_or(i64::MAX));
    let ranked = id_numbers(sql.rows(db).await?, "cooperative_id", "n")?;
    let mut coops = cooperatives_by_id(db, ranked.iter().map(|(id, _)| *id)).await?;
    let ordered = ranked
        .into_iter()
        .filter_map(|(id, n)| Some((coops.remove(&id)?, u64::try_from(n).unwrap_or(0))))
        .collect();
    cooperative_cards(db, ordered).await
}

/// Everything the product page shows, for a public product (else `NotFound`). `viewer` decides
/// whether moderation and editing links show.
pub async fn product_page(
    db: &impl ConnectionTrait,
    slug: &str,
    locale: Locale,
    viewer: Option<&crate::user::CurrentUser>,
    settings: &crate::state::AppSettings,
) -> Result<ProductDto, AppError> {
    let model = product::Entity::find()
        .filter(product::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let coop = cooperative::Entity::find_by_id(model.cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let is_admin = viewer.is_some_and(|u| u.has_role(domain::Role::Admin));
    let is_member = match viewer {
        Some(user) => access::member_of(db, user, coop.id).await.is_ok(),
        None => false,
    };
    let public = model.state == ProductState::Published.code()
        && model.hidden_at.is_none()
        && coop.state == CooperativeState::Verified.code();
    // Members preview their drafts and admins see hidden products; nobody else learns they exist.
    if !public && !is_member && !is_admin {
        return Err(AppError::NotFound);
    }
    let texts = products::texts_of(db, &[model.id])
        .await?
        .remove(&model.id)
        .unwrap_or_default();
    let (title, title_lang, description_html, description_lang) =
        products::localised(&texts, locale);
    let photos = products::photos_of(db, model.id).await?;
    let images = products::images_of(db, photos.iter().map(|p| p.image_hash.clone())).await?;
    let photo_dtos: Vec<_> = photos
        .iter()
        .filter_map(|p| {
            let alt = domain::product::pick(locale, [&p.alt_ar, &p.alt_fr, &p.alt_en]);
            let alt = if alt.is_empty() { title.as_str() } else { alt };
            products::photo_image(p, &images, alt.to_owned())
        })
        .collect();
    use sea_orm::sea_query::ExprTrait;
    let categories = category::Entity::find()
        .filter(
            Condition::any()
                .add(category::Column::Code.eq(&model.category_code))
                .add(
                    category::Column::Code.in_subquery(
                        Query::select()
                            .column(category::Column::ParentCode)
                            .from(category::Entity)
                            .and_where(Expr::col(category::Column::Code).eq(&model.category_code))
                            .to_owned(),
                    ),
                ),
        )
        .all(db)
        .await
        .map_err(db_error)?;
    let this = categories
        .iter()
        .find(|c| c.code == model.category_code)
        .map(CategoryDto::from)
        .ok_or(AppError::Internal)?;
    let parent = categories
        .iter()
        .find(|c| Some(&c.code) == this.parent_code.as_ref())
        .map(CategoryDto::from);
    let labels = verified_labels(db, &[model.id])
        .await?
        .remove(&model.id)
        .unwrap_or_default();
    let card = cooperative_card(db, &coop).await?;
    let (quantity, unit_price, per) = measure(&model, locale);
    let base = settings.public_url.trim_end_matches('/');
    let canonical_url = format!("{base}/p/{}", model.slug);
    let og_image = photo_dtos.first().map(|i| format!("{base}{}", i.largest));
    let split = domain::money::split(model.price_centimes, settings.platform_fee);
    let fee_percent = (settings.platform_fee * rust_decimal::Decimal::ONE_HUNDRED)
        .normalize()
        .to_string();
    let plain = strip_tags(&description_html);
    let json_ld = json_ld(&JsonLdFacts {
        url: &canonical_url,
        name: &title,
        description: &plain,
        images: photo_dtos
            .iter()
            .map(|i| format!("{base}{}", i.largest))
            .collect(),
        sku: &model.sku,
        category: this.name(locale),
        brand: card.name(locale),
        price_centimes: model.price_centimes,
        currency: &model.currency,
        in_stock: model.stock > 0,
        seller_url: &format!("{base}/c/{}", coop.slug),
    });
    Ok(ProductDto {
        id: model.id.to_string(),
        slug: model.slug.clone(),
        sku: model.sku.clone(),
        title,
        title_lang,
        description_html,
        description_lang,
        summary: plain.chars().take(160).collect(),
        price: split,
        fee_percent,
        quantity,
        unit_price_centimes: unit_price,
        per,
        stock: model.stock,
        weight_grams: model.weight_grams,
        photos: photo_dtos,
        category: this,
        parent_category: parent,
        cooperative: card,
        labels,
        canonical_url,
        og_image,
        json_ld,
        can_moderate: is_admin,
        can_edit: is_member,
        reviews: super::reviews::of_product(db, &model, viewer).await?,
        on_sale: public,
    })
}

/// The facts the structured data is made of.
pub struct JsonLdFacts<'a> {
    pub url: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub images: Vec<String>,
    pub sku: &'a str,
    pub category: &'a str,
    pub brand: &'a str,
    pub price_centimes: i64,
    pub currency: &'a str,
    pub in_stock: bool,
    pub seller_url: &'a str,
}

/// A schema.org `Product` with its `Offer`, as JSON that is safe inside `<script>` (`<` is
/// escaped, so no text can close the element).
pub fn json_ld(f: &JsonLdFacts<'_>) -> String {
    let price = format!("{}.{:02}", f.price_centimes / 100, f.price_centimes % 100);
    let value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f.name,
        "description": f.description,
        "image": f.images,
        "sku": f.sku,
        "category": f.category,
        "url": f.url,
        "brand": { "@type": "Brand", "name": f.brand },
        "offers": {
            "@type": "Offer",
            "url": f.url,
            "price": price,
            "priceCurrency": f.currency,
            "availability": if f.in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
            "itemCondition": "https://schema.org/NewCondition",
            "seller": { "@type": "Organization", "name": f.brand, "url": f.seller_url },
        },
    });
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The text of sanitised HTML (for meta descriptions and structured data).
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Public product slugs and their last change, and verified cooperative slugs, for the sitemap.
pub async fn sitemap_entries(
    db: &impl ConnectionTrait,
) -> Result<(Vec<(String, chrono::DateTime<chrono::Utc>)>, Vec<String>), AppError> {
    let products: Vec<(String, chrono::DateTime<chrono::Utc>)> = public()
        .select_only()
        .column(product::Column::Slug)
        .column(product::Column::UpdatedAt)
        .order_by_asc(product::Column::Slug)
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    let coops: Vec<String> = cooperative::Entity::find()
        .select_only()
        .column(cooperative::Column::Slug)
        .filter(cooperative::Column::State.eq(CooperativeState::Verified.code()))
        .order_by_asc(cooperative::Column::Slug)
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    Ok((products, coops))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_data_cannot_close_its_script() {
        let facts = JsonLdFacts {
            url: "https://taawon.ma/p/x",
            name: "</script><script>alert(1)</script>",
            description: "a & b",
            images: vec![],
            sku: "X",
            category: "Miel",
            brand: "Coop",
            price_centimes: 12_050,
            currency: "MAD",
            in_stock: true,
            seller_url: "https://taawon.ma/c/coop",
        };
        let json = json_ld(&facts);
        assert!(!json.contains('<') && !json.contains('>'), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
        assert_eq!(back["offers"]["price"], "120.50");
    }

    #[test]
    fn tags_are_stripped_for_plain_text() {
        assert_eq!(
            strip_tags("<p>Pure <strong>argan</strong> &amp; honey</p>\n<ul><li>250 ml</li></ul>"),
            "Pure argan & honey 250 ml"
        );
    }

    #[test]
    fn unknown_sorts_fall_back_to_newest() {
        assert_eq!(Sort::from_code("price_asc"), Sort::PriceUp);
        assert_eq!(Sort::from_code("' OR 1=1"), Sort::Newest);
    }
}
