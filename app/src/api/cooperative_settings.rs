//! A cooperative's own settings over the wire: read and saved by its members.

use crate::{dto::CooperativeSettingsDto, error::AppError};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// A cooperative's settings (its members only).
#[server(endpoint = "cooperatives/settings")]
pub async fn cooperative_settings(
    cooperative_id: String,
) -> Result<CooperativeSettingsDto, AppError> {
    use crate::ssr::AppState;
    use backend::services::cooperative_settings;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    cooperative_settings::settings(&state.db, &user, parse_id(&cooperative_id)?).await
}

/// Saves a cooperative's settings (its members only); back on the page with `saved=1`.
#[server(endpoint = "cooperatives/settings/save")]
pub async fn save_cooperative_settings(
    cooperative_id: String,
    cash_on_delivery: Option<String>,
    whatsapp: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::cooperative_settings::{self, SettingsForm};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    let form = SettingsForm {
        cash_on_delivery: cash_on_delivery.is_some_and(|v| v == "on"),
        whatsapp: whatsapp.unwrap_or_default(),
    };
    cooperative_settings::save(&state.db, &user, id, form).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/settings?saved=1"));
    Ok(())
}
