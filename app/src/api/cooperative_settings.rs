//! A cooperative's profile and settings over the wire: read and saved by its members; its legal
//! details changed by an owner's proposal an admin decides.

use crate::{
    dto::{CooperativeSettingsDto, LegalChangeDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// A cooperative's profile and settings (its members only).
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

/// Saves a cooperative's profile and settings (its members only); back on the page with
/// `saved=1`. A profile field not sent keeps its value.
#[server(endpoint = "cooperatives/settings/save")]
pub async fn save_cooperative_settings(
    cooperative_id: String,
    cash_on_delivery: Option<String>,
    whatsapp: Option<String>,
    phone: Option<String>,
    member_count: Option<String>,
    women_count: Option<String>,
    sector: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::cooperative_settings::{self, SettingsForm};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    let form = SettingsForm {
        cash_on_delivery: cash_on_delivery.is_some_and(|v| v == "on"),
        whatsapp,
        phone,
        member_count,
        women_count,
        sector,
    };
    cooperative_settings::save(&state.db, &user, id, form).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/settings?saved=1"));
    Ok(())
}

/// An owner proposes new legal details for the verified cooperative; back on the page with
/// `proposed=1`.
#[server(endpoint = "cooperatives/legal/propose")]
pub async fn propose_legal_change(
    cooperative_id: String,
    register_number: String,
    ice: String,
    name_ar: String,
    name_fr: String,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::legal_changes::{self, LegalForm};
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    let form = LegalForm {
        register_number,
        ice,
        name_ar,
        name_fr,
    };
    legal_changes::propose(&state.db, &user, id, &form).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/settings?proposed=1#legal"));
    Ok(())
}

/// The waiting legal-change proposals (admins).
#[server(endpoint = "admin/legal-changes")]
pub async fn legal_change_queue() -> Result<Vec<LegalChangeDto>, AppError> {
    use crate::ssr::AppState;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    backend::services::legal_changes::queue(&state.db, &user).await
}

/// An admin accepts or refuses (with a reason) a legal-change proposal; back on the queue.
#[server(endpoint = "admin/legal-changes/decide")]
pub async fn decide_legal_change(
    change_id: String,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    backend::services::access::admin(&user)?;
    let id = parse_id(&change_id)?;
    let accept = match decision.as_str() {
        "accept" => true,
        "refuse" => false,
        _ => return Err(AppError::BadRequest),
    };
    backend::services::legal_changes::decide(
        &state.db,
        &user,
        id,
        accept,
        reason.as_deref().unwrap_or_default(),
    )
    .await?;
    leptos_axum::redirect("/admin/cooperatives?decided=1#legal-changes");
    Ok(())
}
