//! Outgoing mail goes through the outbox: a message is written in the same transaction as the
//! change it reports, and the server's outbox worker delivers it (to files by default).

use crate::error::AppError;
use sea_orm::ConnectionTrait;
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
    crate::outbox::push(db, MAIL_KIND, mail).await
}
