//! What the platform and the cooperatives owe each other, over the wire: a cooperative's
//! statement (its members and admins), the cooperatives with money open either way, and
//! recording a bank transfer in either direction (admins).

use crate::{
    dto::{PayoutDueDto, RefundWaitingDto, StatementDto},
    error::AppError,
};
use leptos::prelude::*;

/// A cooperative's statement and balance.
#[server(endpoint = "payouts/statement")]
pub async fn statement(cooperative_id: String) -> Result<StatementDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::payouts;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    let id = uuid::Uuid::parse_str(cooperative_id.trim()).map_err(|_| AppError::NotFound)?;
    payouts::statement(&state.db, &user, id, ctx.locale).await
}

/// The cooperatives with money open either way: owed first, then owing (admins).
#[server(endpoint = "payouts/due")]
pub async fn payouts_due() -> Result<Vec<PayoutDueDto>, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::payouts;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    payouts::due(&state.db, &user, ctx.locale).await
}

/// Card refunds not settled: waiting for the provider, or refused by it (admins).
#[server(endpoint = "payouts/refunds")]
pub async fn refunds_waiting() -> Result<Vec<RefundWaitingDto>, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::payouts;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    payouts::refunds_waiting(&state.db, &user).await
}

/// Records a bank transfer to or from a cooperative (admins), then shows its statement.
#[server(endpoint = "payouts/record")]
pub async fn record_payout(
    cooperative_id: String,
    direction: String,
    amount: String,
    reference: String,
    paid_on: String,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::payouts::{self, PayoutForm};
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let id = uuid::Uuid::parse_str(cooperative_id.trim()).map_err(|_| AppError::NotFound)?;
    let form = PayoutForm {
        direction,
        amount,
        reference,
        paid_on,
    };
    payouts::record(&state.db, &user, id, &form).await?;
    leptos_axum::redirect(&format!("/cooperatives/{id}/payouts?saved=1"));
    Ok(())
}

/// A period's reconciliation (admins); `from` and `to` are `YYYY-MM-DD` or empty.
#[server(endpoint = "payouts/reconciliation")]
pub async fn reconciliation(
    from: String,
    to: String,
) -> Result<crate::dto::ReconciliationDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::reconciliation;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    let state = AppState::current()?;
    reconciliation::view(&state.db, &user, &from, &to, ctx.locale).await
}
