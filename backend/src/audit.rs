//! Writing the audit log. Called inside the same transaction as the change it records.

use super::entity::audit_log;
use crate::error::AppError;
use domain::UserId;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

/// Records `action` by `actor` on `subject`; `details` must hold no secrets.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: Option<UserId>,
    action: &str,
    subject: Option<String>,
    details: serde_json::Value,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    audit_log::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        actor_id: Set(actor.map(UserId::into_uuid)),
        action: Set(action.to_owned()),
        subject: Set(subject),
        details: Set(details.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(super::services::db_error)?;
    Ok(())
}
