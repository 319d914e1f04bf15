//! Requests for an expert's help (ARCHITECTURE.md §6, §10), one file per action group: a
//! verified cooperative posts a request (`post`); verified experts see open requests ranked for
//! them with the reasons (`board`) and claim one atomically within their capacity (`claim`); the
//! two sides talk in a thread (`thread`); the expert hands in work, the cooperative asks for
//! changes or completes it and may apply a visual-identity deliverable to its storefront, undoably
//! (`delivery`); both sides rate each other and the expert logs hours (`feedback`); `report` says
//! what the programme achieved; `notify` mails the other side. The checks and reads they share
//! live here.

use crate::services::access;
mod board;
mod claim;
mod delivery;
mod feedback;
mod notify;
mod post;
mod report;
mod thread;

pub use board::{BoardFilter, board, of_cooperative, page};
pub use claim::{accept_claim, claim, dismiss, release, release_inactive};
pub use delivery::{
    DeliveryForm, apply_deliverable, complete, deliver, original, request_changes, undo_apply,
};
pub use feedback::{log_hours, rate};
pub use post::{RequestForm, cancel, invite, post};
pub use report::{public_profile, report};
pub use thread::{ensure_side, post_message};

use self::notify::notify_user;
use crate::{
    audit,
    dto::ExpertRatingDto,
    entity::{expert_rating, request, request_message},
    error::AppError,
    services::{begin_write, db_error},
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    Role,
    expert::{RequestEvent, RequestState},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, sea_query::Expr,
};
use serde_json::json;
use std::collections::HashMap;
use uuid::Uuid;

async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<request::Model, AppError> {
    request::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

fn holds(user: &CurrentUser, r: &request::Model) -> bool {
    r.expert_id == Some(user.id.into_uuid())
}

fn whole_days(since: chrono::DateTime<chrono::Utc>, now: chrono::DateTime<chrono::Utc>) -> u32 {
    u32::try_from((now - since).num_days().max(0)).unwrap_or(u32::MAX)
}

/// Applies `event` to `r` with a compare-and-set on its state, stamping the step's time
/// (a delivery also counts as activity).
async fn move_state(
    db: &impl ConnectionTrait,
    r: &request::Model,
    event: RequestEvent,
) -> Result<RequestState, AppError> {
    let state = r.state;
    let next = state.apply(event).map_err(|_| AppError::Conflict)?;
    let now = chrono::Utc::now();
    let mut update = request::Entity::update_many()
        .col_expr(request::Column::State, Expr::value(next.code()))
        .col_expr(request::Column::UpdatedAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .filter(request::Column::State.eq(state.code()));
    update = match next {
        RequestState::Delivered => update
            .col_expr(request::Column::DeliveredAt, Expr::value(now))
            .col_expr(request::Column::LastActivityAt, Expr::value(now)),
        RequestState::Completed => update.col_expr(request::Column::CompletedAt, Expr::value(now)),
        _ => update,
    };
    let done = update.exec(db).await.map_err(db_error)?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(next)
}

/// A step the cooperative takes on delivered work (`RequestChanges` with the message saying
/// what, or `Complete`), in one transaction: membership, the state, the thread, the audit log
/// and a mail to the holding expert.
async fn cooperative_step(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    request_id: Uuid,
    event: RequestEvent,
    message: Option<&str>,
) -> Result<(), AppError> {
    let (action, mail_key) = match event {
        RequestEvent::RequestChanges => ("support.changes_requested", "mail-request-changes"),
        RequestEvent::Complete => ("support.completed", "mail-request-completed"),
        _ => return Err(AppError::BadRequest),
    };
    let txn = begin_write(db).await?;
    let r = find(&txn, request_id).await?;
    access::member_of(&txn, user, r.cooperative_id).await?;
    move_state(&txn, &r, event).await?;
    if let Some(body) = message {
        insert_message(&txn, &r, user, body).await?;
    }
    audit::record(
        &txn,
        Some(user.id),
        action,
        Some(r.id.to_string()),
        json!({}),
    )
    .await?;
    if let Some(expert_id) = r.expert_id {
        notify_user(&txn, settings, expert_id, &r, mail_key, &user.display_name).await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Who may read a request's thread and deliverables: its cooperative's members, the expert
/// holding it, and admins. Anyone else — another expert included — gets `NotFound`.
async fn participant(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    r: &request::Model,
) -> Result<&'static str, AppError> {
    if holds(user, r) {
        Ok("expert")
    } else if access::is_member(db, user, r.cooperative_id).await? {
        Ok("cooperative")
    } else if user.has_role(Role::Admin) {
        Ok("admin")
    } else {
        Err(AppError::NotFound)
    }
}

/// Average stars cooperatives gave each of these experts, in tenths.
async fn ratings_of(
    db: &impl ConnectionTrait,
    experts: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, u32>, AppError> {
    let ids: Vec<Uuid> = experts.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut sums: HashMap<Uuid, (u32, u32)> = HashMap::new();
    for r in expert_rating::Entity::find()
        .filter(expert_rating::Column::ExpertId.is_in(ids))
        .filter(expert_rating::Column::FromSide.eq("cooperative"))
        .all(db)
        .await
        .map_err(db_error)?
    {
        let entry = sums.entry(r.expert_id).or_insert((0, 0));
        entry.0 += u32::try_from(r.stars).unwrap_or(0);
        entry.1 += 1;
    }
    Ok(sums
        .into_iter()
        .map(|(id, (sum, n))| (id, (sum * 10 + n / 2) / n.max(1)))
        .collect())
}

fn rating_dto(r: expert_rating::Model) -> ExpertRatingDto {
    ExpertRatingDto {
        stars: u8::try_from(r.stars).unwrap_or(0),
        body: r.body,
        from_side: r.from_side,
        created_at: r.created_at.format("%Y-%m-%d").to_string(),
    }
}

async fn insert_message(
    db: &impl ConnectionTrait,
    r: &request::Model,
    user: &CurrentUser,
    body: &str,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    request_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(r.id),
        author_id: Set(user.id.into_uuid()),
        body: Set(body.to_owned()),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(db_error)?;
    request::Entity::update_many()
        .col_expr(request::Column::LastActivityAt, Expr::value(now))
        .filter(request::Column::Id.eq(r.id))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}
