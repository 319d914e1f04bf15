//! Experts claim open requests (atomically, within their capacity) and release them; a claim
//! left without activity goes back to open (a job). The cooperative answers a claim: it accepts
//! it, or declines it (or later ends the engagement) with a reason the expert reads, and the
//! request is open again.

use super::{
    find, holds,
    notify::{notify_cooperative, notify_user},
};
use crate::{
    audit,
    entity::{claim_ending, expert, request},
    error::{AppError, FieldErrors},
    services::{access, begin_write, db_error, experts},
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    InputError,
    expert::{ExpertState, RequestEvent, RequestState},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

/// A verified expert with free capacity claims an open request. Atomic: of two experts claiming
/// at once exactly one wins; the other gets [`AppError::RequestNotOpen`]. The expert's profile row
/// is locked (PostgreSQL; SQLite writes one at a time) so two claims by one expert cannot both pass
/// the capacity check.
pub async fn claim(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let profile = expert::Entity::find_by_id(user.id.into_uuid())
        .lock_exclusive()
        .one(&txn)
        .await
        .map_err(db_error)?;
    let Some(profile) = profile.filter(|p| p.state == ExpertState::Verified) else {
        return Err(AppError::ExpertNotVerified);
    };
    let r = find(&txn, request_id).await?;
    if r.state != RequestState::Open {
        return Err(AppError::RequestNotOpen);
    }
    let held = experts::held_by(&txn, [profile.user_id])
        .await?
        .get(&profile.user_id)
        .copied()
        .unwrap_or(0);
    if i64::from(held) >= i64::from(profile.capacity) {
        return Err(AppError::OverCapacity);
    }
    let now = chrono::Utc::now();
    // The state in the WHERE clause makes the claim atomic across replicas and connections.
    let done = request::Entity::update_many()
        .col_expr(
            request::Column::State,
            Expr::value(RequestState::Claimed.code()),
        )
        .col_expr(request::Column::ExpertId, Expr::value(profile.user_id))
        .col_expr(request::Column::ClaimedAt, Expr::value(now))
        .col_expr(
            request::Column::FirstClaimedAt,
            Expr::value(r.first_claimed_at.unwrap_or(now)),
        )
        .col_expr(request::Column::LastActivityAt, Expr::value(now))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(request_id))
        .filter(request::Column::State.eq(RequestState::Open.code()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::RequestNotOpen);
    }
    audit::record(
        &txn,
        Some(user.id),
        "support.claimed",
        Some(request_id.to_string()),
        json!({}),
    )
    .await?;
    notify_cooperative(
        &txn,
        settings,
        &r,
        "mail-request-claimed",
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The holding expert gives a claimed request back: it is open again, waiting from now.
pub async fn release(
    db: &DatabaseConnection,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    if !holds(user, &r) {
        return Err(AppError::NotFound);
    }
    reopen(&txn, &r, r.state, RequestEvent::Release).await?;
    audit::record(
        &txn,
        Some(user.id),
        "support.released",
        Some(request_id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Opens `r` again (`event`: the expert's release or the cooperative's dismissal), compared and
/// set on its `state`.
async fn reopen(
    db: &impl ConnectionTrait,
    r: &request::Model,
    state: RequestState,
    event: RequestEvent,
) -> Result<(), AppError> {
    state.apply(event).map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let done = request::Entity::update_many()
        .col_expr(
            request::Column::State,
            Expr::value(RequestState::Open.code()),
        )
        .col_expr(request::Column::ExpertId, Expr::value(Option::<Uuid>::None))
        .col_expr(
            request::Column::ClaimedAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(
            request::Column::ClaimAcceptedAt,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(request::Column::OpenedAt, Expr::value(now))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .filter(request::Column::State.eq(state.code()))
        // The expert it was taken from, not one who claimed it since.
        .filter(match r.expert_id {
            Some(expert) => request::Column::ExpertId.eq(expert),
            None => request::Column::ExpertId.is_null(),
        })
        .exec(db)
        .await
        .map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(())
}

/// Releases every claimed request without a message or a delivery for the policy's number of
/// days (the job); the expert and the cooperative hear of it. Returns how many were released.
pub async fn release_inactive(
    db: &DatabaseConnection,
    settings: &AppSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, AppError> {
    let cutoff = now - chrono::Duration::days(i64::from(settings.requests.release_after_days));
    let stale = request::Entity::find()
        .filter(request::Column::State.eq(RequestState::Claimed.code()))
        .filter(request::Column::LastActivityAt.lt(cutoff))
        .limit(200)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut released = 0;
    for r in stale {
        let txn = begin_write(db).await?;
        // Another replica may have released it, or the expert may have written since.
        let current = find(&txn, r.id).await?;
        if current.state != RequestState::Claimed
            || current.last_activity_at.is_some_and(|t| t >= cutoff)
        {
            continue;
        }
        reopen(&txn, &current, RequestState::Claimed, RequestEvent::Release).await?;
        audit::record(
            &txn,
            None,
            "support.auto_released",
            Some(r.id.to_string()),
            json!({ "expert": current.expert_id, "days": settings.requests.release_after_days }),
        )
        .await?;
        if let Some(expert_id) = current.expert_id {
            notify_user(
                &txn,
                settings,
                expert_id,
                &current,
                "mail-request-auto-released",
                "",
            )
            .await?;
        }
        notify_cooperative(&txn, settings, &current, "mail-request-reopened", "").await?;
        txn.commit().await.map_err(db_error)?;
        released += 1;
    }
    Ok(released)
}

/// A member of the request's cooperative accepts the holding expert's claim (once): the expert
/// is told. A request not claimed, or a claim already accepted, is a `Conflict`; anyone but a
/// member gets `NotFound`; nothing is written then.
pub async fn accept_claim(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    access::member_of(&txn, user, r.cooperative_id).await?;
    let Some(expert_id) = r.expert_id.filter(|_| r.state == RequestState::Claimed) else {
        return Err(AppError::Conflict);
    };
    let now = chrono::Utc::now();
    let done = request::Entity::update_many()
        .col_expr(request::Column::ClaimAcceptedAt, Expr::value(now))
        .col_expr(request::Column::LastActivityAt, Expr::value(now))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .filter(request::Column::State.eq(RequestState::Claimed.code()))
        .filter(request::Column::ExpertId.eq(expert_id))
        .filter(request::Column::ClaimAcceptedAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    audit::record(
        &txn,
        Some(user.id),
        "support.claim_accepted",
        Some(request_id.to_string()),
        json!({ "expert": expert_id }),
    )
    .await?;
    notify_user(
        &txn,
        settings,
        expert_id,
        &r,
        "mail-request-claim-accepted",
        "",
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// A member of the request's cooperative declines the holding expert's claim (before accepting
/// it) or ends the engagement (after), with a reason the expert reads on the request and in a
/// mail: the request is open again, waiting from now. A missing reason is refused with nothing
/// written; so is a request nobody holds (`Conflict`) and anyone but a member (`NotFound`).
pub async fn dismiss(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    reason: &str,
) -> Result<(), AppError> {
    let reason: String = reason.trim().chars().take(1000).collect();
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    access::member_of(&txn, user, r.cooperative_id).await?;
    if reason.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("reason", InputError::Required);
        return Err(errors.into());
    }
    let Some(expert_id) = r.expert_id else {
        return Err(AppError::Conflict);
    };
    let kind = if r.claim_accepted_at.is_some() || r.state != RequestState::Claimed {
        "ended"
    } else {
        "declined"
    };
    reopen(&txn, &r, r.state, RequestEvent::Dismiss).await?;
    claim_ending::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(r.id),
        expert_id: Set(expert_id),
        kind: Set(kind.to_owned()),
        reason: Set(reason.clone()),
        ended_by: Set(user.id.into_uuid()),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        &format!("support.claim_{kind}"),
        Some(request_id.to_string()),
        json!({ "expert": expert_id }),
    )
    .await?;
    notify_user(
        &txn,
        settings,
        expert_id,
        &r,
        &format!("mail-request-claim-{kind}"),
        &reason,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
