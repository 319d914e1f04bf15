//! Volunteer certificates over the wire: an expert's own (preview and issue), and any
//! certificate's public page by its code.

use crate::{
    dto::{CertificatePreviewDto, VolunteerCertificateDto},
    error::AppError,
};
use leptos::prelude::*;

/// What a certificate would say now, and those issued (the signed-in user's own).
#[server(endpoint = "certificates/preview")]
pub async fn certificate_preview() -> Result<CertificatePreviewDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    backend::services::certificates::preview(&state.db, &user, ctx.locale).await
}

/// Issues the signed-in expert a certificate; on to its page.
#[server(endpoint = "certificates/issue")]
pub async fn issue_certificate() -> Result<(), AppError> {
    use crate::ssr::AppState;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let code = backend::services::certificates::issue(&state.db, &user).await?;
    leptos_axum::redirect(&format!("/certificates/{code}"));
    Ok(())
}

/// A certificate by its code (anyone).
#[server(endpoint = "certificates/public")]
pub async fn public_certificate(code: String) -> Result<VolunteerCertificateDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    backend::services::certificates::public(&state.db, &code, ctx.locale, &ctx.origin).await
}
