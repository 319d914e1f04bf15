//! The national register of cooperatives over the wire: what is loaded, and the admin's upload.

use crate::error::AppError;
use leptos::prelude::*;

/// Most problems carried back to the page (the error travels in the URL).
#[cfg(feature = "ssr")]
const PROBLEMS_SHOWN: usize = 20;

#[cfg(feature = "ssr")]
use crate::ssr::request::admin;

/// How many cooperatives the register holds (admins only).
#[server(endpoint = "admin/registry/count")]
pub async fn register_size() -> Result<u64, AppError> {
    use crate::ssr::AppState;
    use backend::services::registry;
    admin()?;
    let state = AppState::current()?;
    registry::size(&state.db).await
}

/// Imports an uploaded register file: all or nothing, idempotent (admins only).
#[server(endpoint = "upload/admin/registry", input = server_fn::codec::MultipartFormData)]
pub async fn import_registry(data: server_fn::codec::MultipartData) -> Result<(), AppError> {
    use crate::{
        error::{FieldErrors, FieldIssue},
        ssr::{AppState, multipart},
    };
    use backend::services::registry;
    let user = admin()?;
    let state = AppState::current()?;
    let form = multipart::read_with_limit(data, domain::registry::MAX_REGISTER_BYTES).await?;
    let Some(bytes) = form.file("register") else {
        let mut errors = FieldErrors::default();
        errors.add(
            "register",
            FieldIssue::Media(domain::media::MediaError::Empty),
        );
        return Err(errors.into());
    };
    let rows = registry::parse_csv(&bytes).map_err(|problems| AppError::ImportRefused {
        total: problems.len(),
        problems: problems.into_iter().take(PROBLEMS_SHOWN).collect(),
    })?;
    // The admin confirms taking cooperatives off sale after seeing them listed.
    let off_sale = if form.text("confirm_off_sale") == "1" {
        registry::OffSale::Confirmed
    } else {
        registry::OffSale::Ask
    };
    let report = registry::import(&state.db, &rows, Some(user.id), off_sale, |_| {}).await?;
    leptos_axum::redirect(&format!(
        "/admin/registry?created={}&updated={}&unchanged={}&off_sale={}",
        report.created, report.updated, report.unchanged, report.off_sale
    ));
    Ok(())
}
