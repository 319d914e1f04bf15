//! Reviews of delivered products: a signed-in buyer rates each product they received once (1–5
//! stars, optional words); reviews and their average show on the product and the cooperative
//! pages; the cooperative answers each review once; an admin hides one with a reason (audit-logged).
//! A write moves the cooperative's catalog revision (a trigger, migration 11), so cached product
//! pages show it at once.

use super::access;
use super::{begin_write, conflict_on_duplicate, db_error, parse_reason};
use crate::{
    audit,
    dto::{ReviewDto, ReviewsDto},
    entity::{order, order_line, product, review, shipment, user},
    error::{AppError, FieldErrors},
    user::CurrentUser,
};
use domain::{
    Role,
    order::ShipmentState,
    review::{Review, average, parse_review, parse_text},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, sea_query::Expr,
};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// The most reviews a product page lists (the average counts them all).
pub const PRODUCT_LIMIT: u64 = 50;
/// The most reviews a storefront lists.
pub const STOREFRONT_LIMIT: u64 = 5;

/// What the reviews of a product or a cooperative show; `viewer` decides the reply and hide forms.
async fn summary(
    db: &impl ConnectionTrait,
    filter: sea_orm::Condition,
    limit: u64,
    viewer: Option<&CurrentUser>,
    member_of: Option<Uuid>,
) -> Result<ReviewsDto, AppError> {
    let visible = filter.clone().add(review::Column::HiddenAt.is_null());
    let stars: Vec<i16> = review::Entity::find()
        .select_only()
        .column(review::Column::Rating)
        .filter(visible.clone())
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    let stars: Vec<u8> = stars
        .into_iter()
        .filter_map(|s| u8::try_from(s).ok())
        .collect();
    let is_admin = viewer.is_some_and(|u| u.has_role(Role::Admin));
    let listed = review::Entity::find()
        .filter(if is_admin { filter } else { visible })
        .order_by_desc(review::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await
        .map_err(db_error)?;
    let authors: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(listed.iter().map(|r| r.user_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        // The first name only: a review is public, its author's full name need not be.
        .map(|u| {
            let first = u.display_name.split_whitespace().next().unwrap_or_default();
            (u.id, first.to_owned())
        })
        .collect();
    let products: HashMap<Uuid, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(listed.iter().map(|r| r.product_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let members: HashSet<Uuid> = match (viewer, member_of) {
        (Some(v), Some(coop)) if access::member_of(db, v, coop).await.is_ok() => {
            HashSet::from([coop])
        }
        _ => HashSet::new(),
    };
    Ok(ReviewsDto {
        average: average(&stars).map(|a| format!("{a:.1}")),
        count: u32::try_from(stars.len()).unwrap_or(u32::MAX),
        items: listed
            .into_iter()
            .map(|r| ReviewDto {
                id: r.id.to_string(),
                product_slug: products.get(&r.product_id).map(|p| p.slug.clone()),
                rating: u8::try_from(r.rating).unwrap_or(0),
                author: authors.get(&r.user_id).cloned().unwrap_or_default(),
                date: r.created_at.date_naive().to_string(),
                can_reply: r.reply.is_none() && members.contains(&r.cooperative_id),
                can_hide: is_admin && r.hidden_at.is_none(),
                body: r.body,
                reply: r.reply,
                hidden_reason: r.hidden_reason,
            })
            .collect(),
    })
}

/// The reviews of a product.
pub async fn of_product(
    db: &impl ConnectionTrait,
    p: &product::Model,
    viewer: Option<&CurrentUser>,
) -> Result<ReviewsDto, AppError> {
    summary(
        db,
        sea_orm::Condition::all().add(review::Column::ProductId.eq(p.id)),
        PRODUCT_LIMIT,
        viewer,
        Some(p.cooperative_id),
    )
    .await
}

/// The latest reviews of a cooperative's products, with the average of all of them.
pub async fn of_cooperative(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
) -> Result<ReviewsDto, AppError> {
    summary(
        db,
        sea_orm::Condition::all().add(review::Column::CooperativeId.eq(cooperative_id)),
        STOREFRONT_LIMIT,
        None,
        None,
    )
    .await
}

/// For each line of `o` that `viewer` may review or has reviewed: their stars (`None`: not yet).
pub async fn of_order_lines(
    db: &impl ConnectionTrait,
    o: &order::Model,
    viewer: Option<&CurrentUser>,
) -> Result<HashMap<Uuid, Option<u8>>, AppError> {
    let Some(viewer) = viewer.filter(|v| o.buyer_id == Some(v.id.into_uuid())) else {
        return Ok(HashMap::new());
    };
    let delivered: HashSet<Uuid> = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(o.id))
        .filter(shipment::Column::State.eq(ShipmentState::Delivered.code()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let lines: Vec<order_line::Model> = order_line::Entity::find()
        .filter(order_line::Column::OrderId.eq(o.id))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .filter(|l| delivered.contains(&l.shipment_id))
        .collect();
    let mine: HashMap<Uuid, u8> = review::Entity::find()
        .filter(review::Column::UserId.eq(viewer.id.into_uuid()))
        .filter(review::Column::ProductId.is_in(lines.iter().map(|l| l.product_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|r| (r.product_id, u8::try_from(r.rating).unwrap_or(0)))
        .collect();
    Ok(lines
        .into_iter()
        .map(|l| (l.id, mine.get(&l.product_id).copied()))
        .collect())
}

/// Reviews the product of a delivered order line of `user`'s; returns the order's number.
pub async fn write(
    db: &DatabaseConnection,
    user: &CurrentUser,
    line_id: Uuid,
    rating: &str,
    body: &str,
) -> Result<String, AppError> {
    let line = order_line::Entity::find_by_id(line_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let o = order::Entity::find_by_id(line.order_id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|o| o.buyer_id == Some(user.id.into_uuid()))
        .ok_or(AppError::NotFound)?;
    let part = shipment::Entity::find_by_id(line.shipment_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Internal)?;
    if part.state != ShipmentState::Delivered {
        return Err(AppError::Conflict);
    }
    let Review {
        rating: stars,
        text,
    } = parse_review(rating, body).map_err(|problems| {
        FieldErrors::default()
            .keep_all(&[("rating", rating), ("body", body)])
            .with(&problems)
    })?;
    let written = review::ActiveModel {
        id: Set(Uuid::now_v7()),
        product_id: Set(line.product_id),
        cooperative_id: Set(part.cooperative_id),
        user_id: Set(user.id.into_uuid()),
        order_line_id: Set(line.id),
        rating: Set(i16::from(stars.stars())),
        body: Set(text),
        reply: Set(None),
        replied_at: Set(None),
        hidden_reason: Set(None),
        hidden_at: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(db)
    .await;
    // One review per product and buyer, however often the form is sent.
    written.map_err(conflict_on_duplicate)?;
    Ok(o.number)
}

async fn review_with_product(
    db: &impl ConnectionTrait,
    review_id: Uuid,
) -> Result<(review::Model, product::Model), AppError> {
    let r = review::Entity::find_by_id(review_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let p = product::Entity::find_by_id(r.product_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    Ok((r, p))
}

/// The cooperative's one answer to a review of its product, by one of its members; returns the
/// product's slug.
pub async fn reply(
    db: &DatabaseConnection,
    user: &CurrentUser,
    review_id: Uuid,
    text: &str,
) -> Result<String, AppError> {
    let (r, p) = review_with_product(db, review_id).await?;
    access::member_of(db, user, r.cooperative_id).await?;
    let text = parse_text(text, true).map_err(|e| {
        let mut errors = FieldErrors::default().keep("reply", text);
        errors.add("reply", e);
        AppError::from(errors)
    })?;
    // Only while there is none: two members answering at once, one answer stays.
    let answered = review::Entity::update_many()
        .col_expr(review::Column::Reply, Expr::value(text))
        .col_expr(review::Column::RepliedAt, Expr::value(chrono::Utc::now()))
        .filter(review::Column::Id.eq(r.id))
        .filter(review::Column::Reply.is_null())
        .exec(db)
        .await
        .map_err(db_error)?;
    if answered.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(p.slug)
}

/// Hides a review from everyone (admins only), with the reason; returns the product's slug.
pub async fn hide(
    db: &DatabaseConnection,
    admin: &CurrentUser,
    review_id: Uuid,
    reason: &str,
) -> Result<String, AppError> {
    access::admin(admin)?;
    let reason = parse_reason(reason)?;
    let txn = begin_write(db).await?;
    let (r, p) = review_with_product(&txn, review_id).await?;
    let hidden = review::Entity::update_many()
        .col_expr(review::Column::HiddenReason, Expr::value(reason.clone()))
        .col_expr(review::Column::HiddenAt, Expr::value(chrono::Utc::now()))
        .filter(review::Column::Id.eq(r.id))
        .filter(review::Column::HiddenAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if hidden.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Some(admin.id),
        "review.hide",
        Some(r.id.to_string()),
        serde_json::json!({ "product": p.slug, "reason": reason }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(p.slug)
}
