//! After the work: both sides rate each other, and the expert logs hours.

use super::{find, holds, participant};
use crate::{
    audit,
    entity::{expert_rating, request},
    error::{AppError, FieldErrors},
    services::{begin_write, conflict_on_duplicate, db_error},
    user::CurrentUser,
};
use domain::{
    expert::{RequestState, parse_hours},
    review::{Review, parse_review},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
    sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

/// One side rates the other once the request is completed: the cooperative rates the expert,
/// the expert the cooperative.
pub async fn rate(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
    stars: &str,
    body: &str,
) -> Result<(), AppError> {
    let Review { rating, text } = parse_review(stars, body).map_err(|problems| {
        FieldErrors::default()
            .keep_all(&[("rating", stars), ("body", body)])
            .with(&problems)
    })?;
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    let side = participant(&txn, user, &r).await?;
    let (Some(expert_id), RequestState::Completed, "cooperative" | "expert") =
        (r.expert_id, r.state, side)
    else {
        return Err(AppError::Conflict);
    };
    let inserted = expert_rating::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(r.id),
        from_side: Set(side.to_owned()),
        rater_id: Set(user.id.into_uuid()),
        expert_id: Set(expert_id),
        cooperative_id: Set(r.cooperative_id),
        stars: Set(i16::from(rating.stars())),
        body: Set(text),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await;
    inserted.map_err(conflict_on_duplicate)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.rated",
        Some(r.id.to_string()),
        json!({ "side": side, "stars": rating.stars() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The holding expert logs hours of work on the request.
pub async fn log_hours(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
    hours: &str,
) -> Result<(), AppError> {
    let minutes = parse_hours(hours).map_err(|e| {
        let mut errors = FieldErrors::default().keep("hours", hours);
        errors.add("hours", e);
        AppError::from(errors)
    })?;
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    if !holds(user, &r) {
        return Err(AppError::NotFound);
    }
    if !(r.state.is_held() || r.state == RequestState::Completed) {
        return Err(AppError::Conflict);
    }
    let minutes = i32::try_from(minutes).map_err(|_| AppError::BadRequest)?;
    request::Entity::update_many()
        .col_expr(
            request::Column::MinutesLogged,
            sea_orm::sea_query::ExprTrait::add(Expr::col(request::Column::MinutesLogged), minutes),
        )
        .filter(request::Column::Id.eq(r.id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "support.hours_logged",
        Some(r.id.to_string()),
        json!({ "minutes": minutes }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
