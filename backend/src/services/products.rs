//! Products: written by the members of a verified cooperative (texts in three languages, price in
//! centimes, pack quantity, photos through the media pipeline, labels), published through the
//! state machine of `domain::product`, hidden by admins with a reason. The public sees a product
//! only when it is published, not hidden, and its cooperative is verified.
//!
//! This module holds the checks and reads the actions share; the actions are a file per group:
//! `form` (the form and its values), `write` (create and update), `options` (the options
//! table), `lifecycle` (publish, archive, hide) and `photos`.

mod form;
mod lifecycle;
mod options;
mod photos;
mod write;

pub use domain::product::option::OptionRow;
pub use form::{ParsedProduct, ProductForm, form_of, kept, parse};
pub use lifecycle::{blockers, moderate, set_in_feeds, transition};
pub use options::{Written, rows_of, save_options, write_options};
pub use photos::{
    ALT_MAX, PHOTOS_MAX, PhotoOp, add_photo, change_photo, first_photos, images_of, photo_dto,
    photo_image, photos_of,
};
pub use write::{apply, create, insert, update};

use super::{access, db_error};
use crate::{
    entity::{category, cooperative, product, product_label, product_translation},
    error::AppError,
    user::CurrentUser,
};
use domain::{Locale, cooperative::CooperativeStatus};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Every category code.
pub async fn category_codes(db: &impl ConnectionTrait) -> Result<HashSet<String>, AppError> {
    Ok(category::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| c.code)
        .collect())
}

fn is_verified(coop: &cooperative::Model) -> bool {
    coop.state == CooperativeStatus::Verified
}

/// The cooperative, if `user` is a member and it is verified (only verified cooperatives manage
/// products); a stranger gets `NotFound`, a member of an unverified one `Forbidden`.
pub async fn managed_cooperative(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<cooperative::Model, AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    if !is_verified(&coop) {
        return Err(AppError::Forbidden);
    }
    Ok(coop)
}

/// The product and its cooperative, if `user` is a member of that cooperative (else `NotFound`,
/// revealing nothing).
pub async fn of_member(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    product_id: Uuid,
) -> Result<(product::Model, cooperative::Model), AppError> {
    let product = product::Entity::find_by_id(product_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let coop = access::member_of(db, user, product.cooperative_id).await?;
    Ok((product, coop))
}

/// Like [`of_member`], and the cooperative must be verified to change anything.
async fn writable(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    product_id: Uuid,
) -> Result<(product::Model, cooperative::Model), AppError> {
    let (product, coop) = of_member(db, user, product_id).await?;
    if !is_verified(&coop) {
        return Err(AppError::Forbidden);
    }
    Ok((product, coop))
}

/// A cooperative's products, newest first, for its members.
pub async fn of_cooperative(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<(cooperative::Model, Vec<product::Model>), AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    let products = product::Entity::find()
        .filter(product::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(product::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok((coop, products))
}

/// The texts of `products`, by product id.
pub async fn texts_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<product_translation::Model>>, AppError> {
    let mut out: HashMap<Uuid, Vec<product_translation::Model>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for text in product_translation::Entity::find()
        .filter(product_translation::Column::ProductId.is_in(ids.to_vec()))
        .all(db)
        .await
        .map_err(db_error)?
    {
        out.entry(text.product_id).or_default().push(text);
    }
    Ok(out)
}

/// The title in `locale` (with the language it is really in) and the description's HTML and
/// language, following the fallback chain.
pub fn localised(
    texts: &[product_translation::Model],
    locale: Locale,
) -> (String, String, String, String) {
    let order: [&str; 3] = match locale {
        Locale::Ar => ["ar", "fr", "en"],
        Locale::Fr => ["fr", "ar", "en"],
        Locale::En => ["en", "fr", "ar"],
    };
    let first = |has: &dyn Fn(&product_translation::Model) -> bool| {
        order
            .iter()
            .find_map(|l| texts.iter().find(|t| t.locale == *l && has(t)))
    };
    let title = first(&|t| !t.title.trim().is_empty());
    let description = first(&|t| !t.description.trim().is_empty());
    (
        title.map(|t| t.title.clone()).unwrap_or_default(),
        title
            .map(|t| t.locale.clone())
            .unwrap_or_else(|| locale.tag().to_owned()),
        description
            .map(|t| t.description_html.clone())
            .unwrap_or_default(),
        description
            .map(|t| t.locale.clone())
            .unwrap_or_else(|| locale.tag().to_owned()),
    )
}

/// The ids of a product's labels.
pub async fn label_ids_of(
    db: &impl ConnectionTrait,
    product_id: Uuid,
) -> Result<Vec<Uuid>, AppError> {
    Ok(product_label::Entity::find()
        .filter(product_label::Column::ProductId.eq(product_id))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|l| l.label_id)
        .collect())
}
