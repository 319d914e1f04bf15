//! The sessions of an account, as its owner sees and ends them. A session is named to the page
//! by a handle (a digest of its id), never by its id, which would sign in whoever read it.

use super::db_error;
use crate::{entity::session, error::AppError};
use domain::UserId;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use wire::dto::SessionDto;

/// The page's name for the session `id`.
pub fn handle(id: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(id.as_bytes())[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The account's live sessions, the most recently used first; `current` is the caller's own.
pub async fn list(
    db: &impl ConnectionTrait,
    user: UserId,
    current: Option<&str>,
) -> Result<Vec<SessionDto>, AppError> {
    let now = chrono::Utc::now().timestamp();
    let rows = session::Entity::find()
        .filter(session::Column::UserId.eq(user.into_uuid()))
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::UpdatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|row| SessionDto {
            current: current == Some(row.id.as_str()),
            handle: handle(&row.id),
            device: row.device,
            place: row.place,
            last_seen: row.updated_at.format("%Y-%m-%d %H:%M").to_string(),
        })
        .collect())
}

/// Ends the account's session named `handle` (not found: nothing happens, as for an ended one).
/// How many ended.
pub async fn end(db: &impl ConnectionTrait, user: UserId, handle_: &str) -> Result<u64, AppError> {
    let ids: Vec<String> = session::Entity::find()
        .filter(session::Column::UserId.eq(user.into_uuid()))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|row| row.id)
        .filter(|id| handle(id) == handle_)
        .collect();
    delete(db, user, ids).await
}

/// Ends every session of the account but `keep` (the caller's own; `None`: all of them).
pub async fn end_others(
    db: &impl ConnectionTrait,
    user: UserId,
    keep: Option<&str>,
) -> Result<u64, AppError> {
    let mut query =
        session::Entity::delete_many().filter(session::Column::UserId.eq(user.into_uuid()));
    if let Some(keep) = keep {
        query = query.filter(session::Column::Id.ne(keep));
    }
    let done = query.exec(db).await.map_err(db_error)?;
    if done.rows_affected > 0 {
        tracing::info!(user.id = %user, ended = done.rows_affected, "other sessions ended");
    }
    Ok(done.rows_affected)
}

async fn delete(
    db: &impl ConnectionTrait,
    user: UserId,
    ids: Vec<String>,
) -> Result<u64, AppError> {
    if ids.is_empty() {
        return Ok(0);
    }
    let done = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user.into_uuid()))
        .filter(session::Column::Id.is_in(ids))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(done.rows_affected)
}
