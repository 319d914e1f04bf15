//! A product's life: publishing (once nothing blocks it), unpublishing, archiving, restoring, and
//! an admin hiding it with a reason.

use super::{is_verified, photos_of, writable};
use crate::services::{access, begin_write, db_error, parse_reason};
use crate::{
    audit,
    entity::{cooperative, product, product_translation},
    error::AppError,
    user::CurrentUser,
};
use domain::product::{ProductEvent, ProductState, PublishBlocker, PublishFacts};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;
use uuid::Uuid;

/// What stands in the way of publishing `product` now.
pub async fn blockers(
    db: &impl ConnectionTrait,
    product: &product::Model,
    coop: &cooperative::Model,
) -> Result<Vec<PublishBlocker>, AppError> {
    let has_title = product_translation::Entity::find()
        .filter(product_translation::Column::ProductId.eq(product.id))
        .all(db)
        .await
        .map_err(db_error)?
        .iter()
        .any(|t| !t.title.trim().is_empty());
    let photos = photos_of(db, product.id).await?.len();
    Ok(PublishFacts {
        cooperative_verified: is_verified(coop),
        has_title,
        price_centimes: product.price_centimes,
        photos,
    }
    .blockers())
}

/// Moves a product through its state machine (publish, unpublish, archive, restore).
pub async fn transition(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    event: ProductEvent,
) -> Result<ProductState, AppError> {
    let txn = begin_write(db).await?;
    let (product, coop) = writable(&txn, user, product_id).await?;
    let state = product.state;
    let next = state.apply(event).map_err(|_| AppError::Conflict)?;
    if event == ProductEvent::Publish {
        let blockers = blockers(&txn, &product, &coop).await?;
        if !blockers.is_empty() {
            return Err(AppError::PublishBlocked(blockers));
        }
    }
    let now = chrono::Utc::now();
    let first_publication = product.published_at.is_none();
    let mut active = product::ActiveModel::from(product);
    active.state = Set(next);
    if event == ProductEvent::Publish && first_publication {
        active.published_at = Set(Some(now));
    }
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        &format!("product.{}", event.code()),
        Some(product_id.to_string()),
        json!({ "from": state.code(), "to": next.code() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(next)
}

/// An admin hides a product from the public, with the reason its cooperative is shown; or shows
/// it again (`reason` `None`). Audit-logged.
pub async fn moderate(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    product_id: Uuid,
    reason: Option<&str>,
) -> Result<(), AppError> {
    access::admin(admin)?;
    let reason = reason.map(parse_reason).transpose()?;
    let txn = begin_write(db).await?;
    let product = product::Entity::find_by_id(product_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let mut active = product::ActiveModel::from(product);
    let now = chrono::Utc::now();
    active.hidden_at = Set(reason.as_ref().map(|_| now));
    active.hidden_reason = Set(reason.clone());
    active.updated_at = Set(now);
    active.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(admin.id),
        if reason.is_some() {
            "product.hidden"
        } else {
            "product.shown"
        },
        Some(product_id.to_string()),
        json!({ "reason": reason }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Keeps a product of a verified cooperative `user` belongs to in the shopping feeds, or out of
/// them (it stays on the site either way).
pub async fn set_in_feeds(
    db: &DatabaseConnection,
    user: &CurrentUser,
    product_id: Uuid,
    in_feeds: bool,
) -> Result<(), AppError> {
    writable(db, user, product_id).await?;
    let txn = begin_write(db).await?;
    let (product, _) = writable(&txn, user, product_id).await?;
    let mut active = product::ActiveModel::from(product);
    active.in_feeds = Set(in_feeds);
    active.updated_at = Set(chrono::Utc::now());
    active.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "product.feeds",
        Some(product_id.to_string()),
        json!({ "in_feeds": in_feeds }),
    )
    .await?;
    txn.commit().await.map_err(db_error)
}
