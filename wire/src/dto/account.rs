//! What a person sees of their own account.

use serde::{Deserialize, Serialize};

/// One place the account is signed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDto {
    /// Names the session to end it (a digest of its id, which stays secret).
    pub handle: String,
    /// `Chrome · Android`, when the user agent said.
    pub device: Option<String>,
    /// The network it signed in from (`203.0.113.0/24`).
    pub place: Option<String>,
    /// When it was last used, UTC, `YYYY-MM-DD HH:MM`.
    pub last_seen: String,
    /// The session of the page showing the list.
    pub current: bool,
}
