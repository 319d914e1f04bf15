//! The operator's particulars for the privacy, terms and legal-notice pages.

use crate::{dto::LegalNotice, error::AppError};
use leptos::prelude::*;

/// Who runs the platform (public).
#[server(endpoint = "legal/notice")]
pub async fn operator_particulars() -> Result<LegalNotice, AppError> {
    Ok(crate::ssr::AppState::current()?.settings().legal.clone())
}
