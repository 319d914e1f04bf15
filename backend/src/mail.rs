//! Outgoing mail goes through the outbox: a message is written in the same transaction as the
//! change it reports, and the server's outbox worker delivers it (to files by default).

use super::{entity::outbox, services::db_error};
use crate::error::AppError;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::{Deserialize, Serialize};

/// Outbox kind of an e-mail.
pub const MAIL_KIND: &str = "mail";

/// A plain-text e-mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mail {
    /// Recipient address.
    pub to: String,
    /// Subject, already translated.
    pub subject: String,
    /// Body, already translated.
    pub body: String,
    /// The languages it is written in, as a `Content-Language` value (`fr`; `ar, fr` for the
    /// messages to cooperatives, which come in both). Absent in rows queued before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// The `Content-Language` of the messages cooperatives get in Arabic and French at once.
pub const ARABIC_AND_FRENCH: &str = "ar, fr";

/// Queues `mail` for delivery after the surrounding transaction commits.
pub async fn enqueue(db: &impl ConnectionTrait, mail: &Mail) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    let payload = serde_json::to_string(mail).map_err(|e| {
        tracing::error!(error = %e, "mail could not be serialised");
        AppError::Internal
    })?;
    outbox::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        kind: Set(MAIL_KIND.to_owned()),
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
