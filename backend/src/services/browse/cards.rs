//! Product cards for grids and search results: which hits are public, their photos, prices per unit and verified labels, kept in the card cache.

use super::{cooperatives_by_id, public};
use crate::services::{Sql, db_error, identity, products};
use crate::{
    dto::{LabelBadgeDto, ProductCardDto},
    entity::{cooperative_label, product, product_label},
    error::AppError,
};
use domain::{
    Locale,
    cooperative::CooperativeState,
    label::LabelState,
    product::{ProductState, Quantity, Unit},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;
use uuid::Uuid;

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
pub(super) fn id_numbers(
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
                several_prices: p.several_prices,
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

/// The pack quantity as shown, and the unit price with what it is per (of the cheapest
/// option).
pub(super) fn measure(p: &product::Model, locale: Locale) -> (String, i64, String) {
    measure_of(&p.unit, p.quantity_milli, p.price_centimes, locale)
}

/// A pack of `milli` thousandths of `unit` sold at `price`: its quantity as shown, and the unit
/// price with what it is per.
pub(super) fn measure_of(
    unit: &str,
    milli: i64,
    price: i64,
    locale: Locale,
) -> (String, i64, String) {
    match Unit::from_code(unit) {
        Some(unit) => {
            let q = Quantity { milli, unit };
            let (price, per) = q.unit_price(price);
            (q.display(locale), price, per.code().to_owned())
        }
        None => (String::new(), price, "piece".to_owned()),
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
        if let Some(label) = labels.get(&link.label_id) {
            out.entry(link.product_id).or_default().push(LabelBadgeDto {
                kind: label.kind,
                reference: label.reference.clone(),
            });
        }
    }
    for badges in out.values_mut() {
        badges.sort_by_key(|b| b.kind as u8);
    }
    Ok(out)
}
