//! Online fairs and collections (`domain::collection`): admins create them (three languages,
//! days, a banner, a saved search, hand-picked products); the home page shows those running; each
//! has its own page, cached like the listings and named in the sitemap while it runs; it ends by
//! itself after its last day (UTC). While a fair runs, a cooperative's members propose its
//! products and an admin accepts or declines each. Every change is audit-logged and moves the
//! catalog clock, so cached pages show it at once.

use super::{
    access, begin_write, browse, catalog, conflict_on_duplicate, db_error, media, products,
};
use crate::{
    audit,
    dto::{
        CollectionAdminDto, CollectionCardDto, CollectionPageDto, CooperativeFairDto,
        CooperativeFairsDto, FairProductDto, ProposalDto,
    },
    entity::{collection, collection_product, cooperative, product},
    error::{AppError, FieldErrors},
    media::MediaStore,
    search::{SearchFilters, SearchRequest},
    state::Core,
    user::CurrentUser,
};
use chrono::NaiveDate;
use domain::{
    InputError, Locale, Role,
    collection::{Collection, CollectionForm, Phase, phase},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set, sea_query::Expr,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

/// Products of the saved search a collection's page shows (the rest is a link to the search).
const SEARCH_ITEMS: usize = 24;
/// Picked and accepted products a collection's page shows.
const PICKED_ITEMS: u64 = 200;

/// Today, as collections count days (UTC).
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The form's values, to put back in it when it is refused.
fn kept(form: &CollectionForm) -> FieldErrors {
    FieldErrors::default().keep_all(&[
        ("title_ar", &form.title_ar),
        ("title_fr", &form.title_fr),
        ("title_en", &form.title_en),
        ("text_ar", &form.text_ar),
        ("text_fr", &form.text_fr),
        ("text_en", &form.text_en),
        ("starts_on", &form.starts_on),
        ("ends_on", &form.ends_on),
        ("region", &form.region),
        ("sector", &form.sector),
        ("label", &form.label),
        ("category", &form.category),
        ("products", &form.products),
    ])
}

/// An admin creates a collection, with its banner if one was sent. Refused with nothing written:
/// a non-admin, an invalid form (a collection ending before it starts among others), a picked
/// address that names no product on sale, a banner that is not an image. Returns its slug.
pub async fn create(
    db: &DatabaseConnection,
    store: &MediaStore,
    admin: &CurrentUser,
    form: &CollectionForm,
    banner: Option<bytes::Bytes>,
) -> Result<String, AppError> {
    access::admin(admin)?;
    let parsed: Collection = form
        .parse()
        .map_err(|problems| AppError::from(kept(form).with(&problems)))?;
    let picked = browse::public()
        .filter(product::Column::Slug.is_in(parsed.picks.clone()))
        .all(db)
        .await
        .map_err(db_error)?;
    if picked.len() != parsed.picks.len() {
        let mut errors = kept(form);
        errors.add("products", InputError::ProductUnknown);
        return Err(errors.into());
    }
    // The banner is checked (and stored, by its content's hash) before anything refers to it.
    let banner = match banner {
        Some(bytes) => Some(
            media::save_image(db, store, Some(admin.id), "banner", bytes)
                .await
                .map_err(|e| match e {
                    AppError::Invalid(mut errors) => {
                        errors.values = kept(form).values;
                        AppError::Invalid(errors)
                    }
                    other => other,
                })?
                .hash,
        ),
        None => None,
    };
    let id = Uuid::now_v7();
    let [title_ar, title_fr, title_en] = parsed.titles.clone();
    let [text_ar, text_fr, text_en] = parsed.texts.clone();
    let slug = domain::product::slug(
        &title_fr,
        &title_en,
        "collection",
        &id.simple().to_string()[26..],
    );
    let now = chrono::Utc::now();
    let search = &parsed.search;
    let txn = begin_write(db).await?;
    collection::ActiveModel {
        id: Set(id),
        slug: Set(slug.clone()),
        title_ar: Set(title_ar),
        title_fr: Set(title_fr),
        title_en: Set(title_en),
        text_ar: Set(text_ar),
        text_fr: Set(text_fr),
        text_en: Set(text_en),
        starts_on: Set(parsed.starts_on),
        ends_on: Set(parsed.ends_on),
        banner_key: Set(banner),
        search_region: Set(search.region.map(|r| r.code().to_owned())),
        search_sector: Set(search.sector.map(|s| s.code().to_owned())),
        search_label: Set(search.label.map(|l| l.code().to_owned())),
        search_category: Set(search.category.map(str::to_owned)),
        search_women_led: Set(search.women_led),
        created_by: Set(Some(admin.id.into_uuid())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(conflict_on_duplicate)?;
    for p in &picked {
        add_product(&txn, id, p.id, Entry::Picked(admin.id.into_uuid())).await?;
    }
    audit::record(
        &txn,
        Some(admin.id),
        "collection.created",
        Some(id.to_string()),
        json!({
            "slug": slug,
            "starts_on": parsed.starts_on.to_string(),
            "ends_on": parsed.ends_on.to_string(),
            "picked": picked.len(),
            "saved_search": !search.is_empty(),
        }),
    )
    .await?;
    catalog::tick_clock(&txn).await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(collection.id = %id, "collection created");
    Ok(slug)
}

/// How a product enters a collection: picked by an admin (accepted at once) or proposed by a
/// member of its cooperative (waiting for an admin's decision); each by the user's id.
enum Entry {
    Picked(Uuid),
    Proposed(Uuid),
}

/// Puts a product in a collection; one already in it (or proposed) is a `Conflict`.
async fn add_product(
    db: &impl ConnectionTrait,
    collection_id: Uuid,
    product_id: Uuid,
    entry: Entry,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    let (state, proposed_by, decided_by, decided_at) = match entry {
        Entry::Picked(admin) => ("accepted", None, Some(admin), Some(now)),
        Entry::Proposed(member) => ("proposed", Some(member), None, None),
    };
    collection_product::ActiveModel {
        collection_id: Set(collection_id),
        product_id: Set(product_id),
        state: Set(state.to_owned()),
        proposed_by: Set(proposed_by),
        decided_by: Set(decided_by),
        created_at: Set(now),
        decided_at: Set(decided_at),
    }
    .insert(db)
    .await
    .map_err(conflict_on_duplicate)?;
    Ok(())
}

fn phase_code(phase: Phase) -> &'static str {
    match phase {
        Phase::Upcoming => "upcoming",
        Phase::Running => "running",
        Phase::Ended => "ended",
    }
}

/// The card of `c` in `locale`, on `today`.
async fn card(
    db: &impl ConnectionTrait,
    c: &collection::Model,
    locale: Locale,
    today: NaiveDate,
) -> Result<CollectionCardDto, AppError> {
    let title = domain::product::pick(locale, [&c.title_ar, &c.title_fr, &c.title_en]).to_owned();
    let banner = match c.banner_key.as_deref() {
        Some(hash) => media::find(db, hash)
            .await?
            .and_then(|m| media::to_dto(&m, String::new())),
        None => None,
    };
    Ok(CollectionCardDto {
        id: c.id.to_string(),
        slug: c.slug.clone(),
        text: domain::product::pick(locale, [&c.text_ar, &c.text_fr, &c.text_en]).to_owned(),
        title,
        starts_on: c.starts_on.to_string(),
        ends_on: c.ends_on.to_string(),
        phase: phase_code(phase(c.starts_on, c.ends_on, today)).to_owned(),
        banner,
    })
}

/// The collections running on `today`, ending soonest first.
async fn running_models(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> Result<Vec<collection::Model>, AppError> {
    collection::Entity::find()
        .filter(collection::Column::StartsOn.lte(today))
        .filter(collection::Column::EndsOn.gte(today))
        .order_by_asc(collection::Column::EndsOn)
        .order_by_asc(collection::Column::Id)
        .all(db)
        .await
        .map_err(db_error)
}

/// The collections running today, for the home page (anyone).
pub async fn running(
    db: &impl ConnectionTrait,
    locale: Locale,
) -> Result<Vec<CollectionCardDto>, AppError> {
    let today = today();
    let mut out = Vec::new();
    for c in running_models(db, today).await? {
        out.push(card(db, &c, locale, today).await?);
    }
    Ok(out)
}

/// Slugs of the collections running today (the sitemap names them).
pub async fn running_slugs(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(running_models(db, today())
        .await?
        .into_iter()
        .map(|c| c.slug)
        .collect())
}

/// The saved search of `c` as search filters (`None`: it has none).
fn saved_filters(c: &collection::Model) -> Option<SearchFilters> {
    let one = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    let filters = SearchFilters {
        categories: one(&c.search_category),
        regions: one(&c.search_region),
        sectors: one(&c.search_sector),
        labels: one(&c.search_label),
        women_led: c.search_women_led,
        ..SearchFilters::default()
    };
    (filters != SearchFilters::default()).then_some(filters)
}

/// The search page of `c`'s saved search.
fn search_href(c: &collection::Model) -> String {
    let mut parts: Vec<String> = [
        ("category", &c.search_category),
        ("region", &c.search_region),
        ("sector", &c.search_sector),
        ("label", &c.search_label),
    ]
    .into_iter()
    .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={v}")))
    .collect();
    if c.search_women_led {
        parts.push("women_led=1".to_owned());
    }
    format!("/search?{}", parts.join("&"))
}

/// A collection's page (anyone, once it has started; admins also before). An unknown slug, or
/// a collection not yet started for anyone else, is `NotFound`. An ended one still answers (its
/// links keep working) and says it has ended, without products.
pub async fn page(
    state: &Core,
    user: Option<&CurrentUser>,
    slug: &str,
    locale: Locale,
    clock: Option<i64>,
) -> Result<CollectionPageDto, AppError> {
    let db = &state.db;
    let c = collection::Entity::find()
        .filter(collection::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let today = today();
    let now = phase(c.starts_on, c.ends_on, today);
    let admin = user.is_some_and(|u| u.has_role(Role::Admin));
    if now == Phase::Upcoming && !admin {
        return Err(AppError::NotFound);
    }
    let card = card(db, &c, locale, today).await?;
    if now == Phase::Ended {
        return Ok(CollectionPageDto {
            card,
            items: Vec::new(),
            search_items: Vec::new(),
            search_total: 0,
            search_href: None,
        });
    }
    let picked: Vec<Uuid> = collection_product::Entity::find()
        .filter(collection_product::Column::CollectionId.eq(c.id))
        .filter(collection_product::Column::State.eq("accepted"))
        .order_by_asc(collection_product::Column::CreatedAt)
        .order_by_asc(collection_product::Column::ProductId)
        .paginate(db, PICKED_ITEMS)
        .fetch_page(0)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| p.product_id)
        .collect();
    let items =
        browse::public_cards(state, &picked, locale, browse::CardDetail::Full, clock).await?;
    let (search_items, search_total, href) = match saved_filters(&c) {
        Some(filters) => {
            let request = SearchRequest {
                filters,
                limit: SEARCH_ITEMS,
                skip_facets: true,
                ..SearchRequest::default()
            };
            let results = super::search::run(state, &request).await?;
            let cards =
                browse::public_cards(state, &results.ids, locale, browse::CardDetail::Full, clock)
                    .await?;
            (cards, results.total, Some(search_href(&c)))
        }
        None => (Vec::new(), 0, None),
    };
    Ok(CollectionPageDto {
        card,
        items,
        search_items,
        search_total,
        search_href: href,
    })
}

/// Every collection, newest first, with its proposals waiting (admins).
pub async fn admin_list(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    locale: Locale,
) -> Result<Vec<CollectionAdminDto>, AppError> {
    access::admin(admin)?;
    let today = today();
    let all = collection::Entity::find()
        .order_by_desc(collection::Column::StartsOn)
        .order_by_desc(collection::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    let rows = collection_product::Entity::find()
        .filter(collection_product::Column::State.is_in(["accepted", "proposed"]))
        .order_by_asc(collection_product::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let waiting: Vec<&collection_product::Model> =
        rows.iter().filter(|r| r.state == "proposed").collect();
    let ids: Vec<Uuid> = waiting.iter().map(|r| r.product_id).collect();
    let models: HashMap<Uuid, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(ids.clone()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let titles = product_titles(db, &ids, locale).await?;
    let coops = browse::cooperatives_by_id(db, models.values().map(|p| p.cooperative_id)).await?;
    let mut out = Vec::with_capacity(all.len());
    for c in &all {
        let proposals = waiting
            .iter()
            .filter(|r| r.collection_id == c.id)
            .filter_map(|r| {
                let p = models.get(&r.product_id)?;
                let coop = coops.get(&p.cooperative_id)?;
                Some(ProposalDto {
                    collection_id: c.id.to_string(),
                    product_id: p.id.to_string(),
                    product_slug: p.slug.clone(),
                    product_title: titles.get(&p.id).cloned().unwrap_or_default(),
                    cooperative: if locale == Locale::Ar {
                        coop.name_ar.clone()
                    } else {
                        coop.name_fr.clone()
                    },
                    proposed_at: r.created_at.format("%Y-%m-%d %H:%M").to_string(),
                })
            })
            .collect();
        out.push(CollectionAdminDto {
            card: card(db, c, locale, today).await?,
            products: rows
                .iter()
                .filter(|r| r.collection_id == c.id && r.state == "accepted")
                .count() as u64,
            proposals,
        });
    }
    Ok(out)
}

/// Each product's title in `locale` (with the fallback chain).
async fn product_titles(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
    locale: Locale,
) -> Result<HashMap<Uuid, String>, AppError> {
    Ok(products::texts_of(db, ids)
        .await?
        .into_iter()
        .map(|(id, texts)| {
            let of = |tag: &str| {
                texts
                    .iter()
                    .find(|t| t.locale == tag)
                    .map_or("", |t| t.title.as_str())
            };
            let title = domain::product::pick(locale, [of("ar"), of("fr"), of("en")]).to_owned();
            (id, title)
        })
        .collect())
}

/// The running fairs and, in each, the cooperative's products on sale with where they stand
/// (its members).
pub async fn for_cooperative(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    locale: Locale,
) -> Result<CooperativeFairsDto, AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    let today = today();
    let fairs = running_models(db, today).await?;
    let mine = browse::public()
        .filter(product::Column::CooperativeId.eq(coop.id))
        .order_by_asc(product::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let ids: Vec<Uuid> = mine.iter().map(|p| p.id).collect();
    let titles = product_titles(db, &ids, locale).await?;
    let states: HashMap<(Uuid, Uuid), String> = collection_product::Entity::find()
        .filter(collection_product::Column::ProductId.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|r| ((r.collection_id, r.product_id), r.state))
        .collect();
    let mut out = Vec::with_capacity(fairs.len());
    for fair in &fairs {
        out.push(CooperativeFairDto {
            card: card(db, fair, locale, today).await?,
            products: mine
                .iter()
                .map(|p| FairProductDto {
                    product_id: p.id.to_string(),
                    title: titles.get(&p.id).cloned().unwrap_or_default(),
                    state: states.get(&(fair.id, p.id)).cloned(),
                })
                .collect(),
        });
    }
    Ok(CooperativeFairsDto {
        cooperative_id: coop.id.to_string(),
        name: if locale == Locale::Ar {
            coop.name_ar
        } else {
            coop.name_fr
        },
        fairs: out,
    })
}

/// A member proposes one of the cooperative's products on sale for a running fair. Refused with
/// nothing written: a non-member (`NotFound`), a product of another cooperative or not on sale
/// (`NotFound`), a fair not running (`Conflict`), a product already in it or proposed
/// (`Conflict`).
pub async fn propose(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    collection_id: Uuid,
    product_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let coop: cooperative::Model = access::member_of(&txn, user, cooperative_id).await?;
    let product = browse::public()
        .filter(product::Column::Id.eq(product_id))
        .filter(product::Column::CooperativeId.eq(coop.id))
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let fair = collection::Entity::find_by_id(collection_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if phase(fair.starts_on, fair.ends_on, today()) != Phase::Running {
        return Err(AppError::Conflict);
    }
    add_product(
        &txn,
        fair.id,
        product.id,
        Entry::Proposed(user.id.into_uuid()),
    )
    .await?;
    audit::record(
        &txn,
        Some(user.id),
        "collection.product_proposed",
        Some(fair.id.to_string()),
        json!({ "product": product.id.to_string(), "cooperative": coop.id.to_string() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// An admin accepts or declines a proposed product, in one conditional update: a proposal
/// already decided (or never made) is a `Conflict`, with nothing written.
pub async fn decide(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    collection_id: Uuid,
    product_id: Uuid,
    accept: bool,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let state = if accept { "accepted" } else { "declined" };
    let txn = begin_write(db).await?;
    let decided = collection_product::Entity::update_many()
        .col_expr(collection_product::Column::State, Expr::value(state))
        .col_expr(
            collection_product::Column::DecidedBy,
            Expr::value(admin.id.into_uuid()),
        )
        .col_expr(
            collection_product::Column::DecidedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(collection_product::Column::CollectionId.eq(collection_id))
        .filter(collection_product::Column::ProductId.eq(product_id))
        .filter(collection_product::Column::State.eq("proposed"))
        .exec(&txn)
        .await
        .map_err(db_error)?
        .rows_affected;
    if decided != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Some(admin.id),
        &format!("collection.product_{state}"),
        Some(collection_id.to_string()),
        json!({ "product": product_id.to_string() }),
    )
    .await?;
    catalog::tick_clock(&txn).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
