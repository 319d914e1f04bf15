//! The buyer calls off one cooperative's part of their order before it ships (signed in, or with
//! the order's secret link): one conditional update from the state it was read in, the stock
//! back once, the order paid if what is left was all collected, the cooperative and the buyer
//! mailed, and for a part paid by card its refund asked for — in one transaction. The refund is
//! sent to the provider once that is committed (`refunds`).

use super::{begin_write, db_error, fulfilment, notifications, orders, refunds, stock};
use crate::{
    audit,
    entity::shipment,
    error::{AppError, FieldErrors},
    payments::CardGateway,
    state::AppSettings,
};
use domain::{
    InputError, Locale,
    order::{ShipmentState, buyer_may_cancel},
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};
use uuid::Uuid;

/// The longest reason a buyer may give, in characters.
pub const REASON_MAX: usize = 500;

/// Calls off part `shipment_id` of order `number` for its buyer (`viewer`: signed in, holding
/// the link's secret, or having found it by number and phone), with an optional `reason` the
/// cooperative reads.
pub async fn cancel_part(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: Option<&dyn CardGateway>,
    number: &str,
    viewer: orders::Viewer<'_>,
    shipment_id: Uuid,
    reason: &str,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    // Whose order it is first: nobody else learns anything from the answer.
    let o = orders::visible(&txn, number, viewer).await?;
    let reason = reason.trim();
    if reason.chars().count() > REASON_MAX || reason.chars().any(|c| c.is_control() && c != '\n') {
        let mut errors = FieldErrors::default().keep("reason", reason);
        errors.add("reason", InputError::TooLong);
        return Err(errors.into());
    }
    let part = shipment::Entity::find_by_id(shipment_id)
        .filter(shipment::Column::OrderId.eq(o.id))
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if !buyer_may_cancel(o.payment_method, o.payment_state, part.state) {
        return Err(AppError::Conflict);
    }
    let locale = Locale::from_tag(&o.locale).unwrap_or_default();
    let said = crate::i18n::t(locale, "order-cancel-by-buyer");
    let stored_reason = if reason.is_empty() {
        said
    } else {
        format!("{said} {reason}")
    };
    let now = chrono::Utc::now();
    let changed = shipment::Entity::update_many()
        .col_expr(
            shipment::Column::State,
            Expr::value(ShipmentState::Cancelled.code()),
        )
        .col_expr(shipment::Column::CancelledAt, Expr::value(now))
        .col_expr(
            shipment::Column::CancelReason,
            Expr::value(stored_reason.clone()),
        )
        .col_expr(shipment::Column::UpdatedAt, Expr::value(now))
        .filter(shipment::Column::Id.eq(part.id))
        .filter(shipment::Column::State.eq(part.state.code()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if changed.rows_affected != 1 {
        // The cooperative shipped or cancelled it meanwhile.
        return Err(AppError::Conflict);
    }
    stock::give_back(&txn, part.id).await?;
    fulfilment::settle_cash(&txn, &o, o.payment_state).await?;
    let refund = refunds::request_rest(&txn, &o, &part).await?;
    audit::record(
        &txn,
        viewer.user.map(|u| u.id),
        "shipment.cancel_by_buyer",
        Some(part.id.to_string()),
        serde_json::json!({ "order": o.number, "from": part.state.code(), "to": ShipmentState::Cancelled.code() }),
    )
    .await?;
    fulfilment::notify_buyer(&txn, settings, &o, &part, ShipmentState::Cancelled).await?;
    notifications::notify_owners(
        &txn,
        settings,
        &o.number,
        [part.cooperative_id],
        "mail-part-updated",
        Some(ShipmentState::Cancelled),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    if let Some(id) = refund {
        refunds::send_now(db, gateway, id).await;
    }
    tracing::info!(order = %o.number, shipment = %part.id, "part cancelled by its buyer");
    Ok(())
}
