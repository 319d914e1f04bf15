//! The outbox: work to do after a commit (e-mails, text messages), written in the same
//! transaction as the change it reports and delivered by the server's worker. A leaf: `mail` and
//! `texts` queue through it.

use super::{entity::outbox, services::db_error};
use crate::error::AppError;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::Serialize;

/// Queues `payload` (as JSON) under `kind` for delivery after the surrounding transaction commits.
pub async fn push(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &impl Serialize,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    let payload = serde_json::to_string(payload).map_err(|e| {
        tracing::error!(error = %e, kind, "outbox payload could not be serialised");
        AppError::Internal
    })?;
    outbox::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        kind: Set(kind.to_owned()),
        payload: Set(payload),
        attempts: Set(0),
        available_at: Set(now),
        processed_at: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(db_error)?;
    Ok(())
}
