//! Dashboards, platform settings and the audit log over the wire. Dashboards read: a
//! cooperative's for its members and admins, the platform's for admins. Settings and the audit
//! log are for admins only (checked again in the services).

use crate::{
    dto::{AdminDashboardDto, AuditPageDto, CooperativeDashboardDto, SettingsDto},
    error::AppError,
};
use leptos::prelude::*;

/// A cooperative's dashboard over a period (`from`/`to` days, `g`: day, week or month).
#[server(endpoint = "dashboards/cooperative")]
pub async fn cooperative_dashboard(
    cooperative_id: String,
    from: String,
    to: String,
    g: String,
) -> Result<CooperativeDashboardDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::dashboards;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    let id = uuid::Uuid::parse_str(cooperative_id.trim()).map_err(|_| AppError::NotFound)?;
    let period = dashboards::period_of(&from, &to, &g)?;
    dashboards::cooperative(&state.db, &user, id, period, ctx.locale).await
}

/// The platform's dashboard over a period (admins).
#[server(endpoint = "dashboards/admin")]
pub async fn admin_dashboard(
    from: String,
    to: String,
    g: String,
) -> Result<AdminDashboardDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::dashboards;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    let period = dashboards::period_of(&from, &to, &g)?;
    dashboards::admin(&state.db, &user, period, ctx.locale).await
}

/// The platform settings in force (admins).
#[server(endpoint = "admin/settings")]
pub async fn platform_settings() -> Result<SettingsDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::settings;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    settings::view(&state.db, &state.live_settings, &user).await
}

/// Saves the platform settings (admins); every change is audited.
#[server(endpoint = "admin/settings/save")]
pub async fn save_settings(
    platform_fee_percent: String,
    delivery_fee: String,
    free_delivery_from: String,
    cash_on_delivery: Option<String>,
    cash_orders_waiting: String,
    max_open_requests: String,
    claim_release_days: String,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::settings;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let form = domain::settings::RulesForm {
        platform_fee_percent,
        delivery_fee,
        free_delivery_from,
        cash_on_delivery: cash_on_delivery.is_some(),
        cash_orders_waiting,
        max_open_requests,
        claim_release_days,
    };
    let changed = settings::save(&state.db, &state.live_settings, &user, &form).await?;
    leptos_axum::redirect(&format!("/admin/settings?saved={changed}"));
    Ok(())
}

/// A page of the audit log, filtered (admins).
#[server(endpoint = "admin/audit")]
pub async fn audit_log(
    action: String,
    actor: String,
    subject: String,
    from: String,
    to: String,
    before: String,
) -> Result<AuditPageDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::settings;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let filter = settings::AuditFilter {
        action,
        actor,
        subject,
        from,
        to,
        before,
    };
    settings::audit_log(&state.db, &user, &filter).await
}
