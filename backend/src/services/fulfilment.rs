//! A cooperative's order inbox: its members confirm, ship (with an optional carrier and tracking
//! number), mark delivered (for cash on delivery: the cash collected too) or refused at the door
//! and then returned (the stock comes back), or cancel with a reason (the stock returns) each
//! shipment of theirs. Every change is one conditional update of the
//! shipment's state (two members clicking at once: one wins, the other is told), in a
//! transaction with its consequences: stock back, the order paid once every live part is paid
//! for, the sale written to the ledger once per delivered, paid shipment (for cash on delivery,
//! with the cash the cooperative collected), the buyer e-mailed.

use super::{
    access, begin_write, cart, db_error, disputes, ledger, notifications, order_links, refunds,
    stock,
};
use crate::{
    audit,
    dto::{InboxShipmentDto, OrderLineDto},
    entity::{order, order_line, shipment},
    error::{AppError, FieldErrors},
    payments::CardGateway,
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    InputError,
    ledger::Collector,
    order::{PaymentEvent, PaymentMethod, PaymentState, ShipmentEvent, ShipmentState},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

/// The most shipments the inbox lists at once.
pub const INBOX_LIMIT: u64 = 200;

/// A cooperative's shipments, newest first; `state` filters (`None`: all).
pub async fn inbox(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    state: Option<ShipmentState>,
) -> Result<Vec<InboxShipmentDto>, AppError> {
    access::member_of(db, user, cooperative_id).await?;
    let mut query = shipment::Entity::find()
        .filter(shipment::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(shipment::Column::CreatedAt)
        .limit(INBOX_LIMIT);
    if let Some(state) = state {
        query = query.filter(shipment::Column::State.eq(state.code()));
    }
    let shipments = query.all(db).await.map_err(db_error)?;
    let order_ids: Vec<Uuid> = shipments.iter().map(|s| s.order_id).collect();
    let orders: std::collections::HashMap<Uuid, order::Model> = order::Entity::find()
        .filter(order::Column::Id.is_in(order_ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let lines = order_line::Entity::find()
        .filter(order_line::Column::ShipmentId.is_in(shipments.iter().map(|s| s.id)))
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(shipments
        .into_iter()
        .filter_map(|s| {
            let o = orders.get(&s.order_id)?;
            // A card order is the cooperatives' to fulfil once it is paid.
            if o.payment_method == PaymentMethod::Card && o.payment_state == PaymentState::Pending {
                return None;
            }
            Some(InboxShipmentDto {
                id: s.id.to_string(),
                order_number: o.number.clone(),
                created_at: s.created_at.to_rfc3339(),
                state: s.state,
                payment_method: o.payment_method,
                recipient_name: o.recipient_name.clone(),
                phone: o.phone.clone(),
                region: o.region.clone(),
                city: o.city.clone(),
                address_line: o.address_line.clone(),
                notes: o.notes.clone(),
                goods_centimes: s.goods_centimes,
                delivery_centimes: s.delivery_centimes,
                cooperative_share_centimes: s.cooperative_share_centimes,
                carrier: s.carrier.clone(),
                tracking_number: s.tracking_number.clone(),
                cancel_reason: s.cancel_reason.clone(),
                lines: lines
                    .iter()
                    .filter(|l| l.shipment_id == s.id)
                    .map(|l| OrderLineDto {
                        id: l.id.to_string(),
                        review: None,
                        title: l.title.clone(),
                        option_label: l.option_label.clone(),
                        sku: l.sku.clone(),
                        product_slug: None,
                        quantity: l.quantity,
                        unit_price_centimes: l.unit_price_centimes,
                        line_centimes: l.line_centimes,
                    })
                    .collect(),
            })
        })
        .collect())
}

/// What a member does to a shipment, with what the form gave.
#[derive(Debug, Clone, Default)]
pub struct Action {
    pub event: String,
    pub carrier: String,
    pub tracking_number: String,
    pub reason: String,
}

fn optional(errors: &mut FieldErrors, field: &str, raw: &str, max: usize) -> Option<String> {
    let value = raw.trim();
    if value.is_empty() {
        return None;
    }
    if value.chars().count() > max || value.chars().any(char::is_control) {
        errors.add(field, InputError::TooLong);
        return None;
    }
    Some(value.to_owned())
}

/// Applies `action` to the shipment `shipment_id` of cooperative `cooperative_id`, as `user` (a
/// member of it). Returns the shipment's new state. A paid card part called off, or back after a
/// refusal, is refunded through `gateway` once the change is committed.
pub async fn act(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: Option<&dyn CardGateway>,
    user: &CurrentUser,
    cooperative_id: Uuid,
    shipment_id: Uuid,
    action: &Action,
) -> Result<ShipmentState, AppError> {
    access::member_of(db, user, cooperative_id).await?;
    let event = ShipmentEvent::from_code(action.event.trim()).ok_or(AppError::BadRequest)?;
    let mut errors = FieldErrors::default().keep_all(&[
        ("carrier", &action.carrier),
        ("tracking_number", &action.tracking_number),
        ("reason", &action.reason),
    ]);
    let carrier = optional(&mut errors, "carrier", &action.carrier, 80);
    let tracking = optional(&mut errors, "tracking_number", &action.tracking_number, 80);
    let reason = if event == ShipmentEvent::Cancel {
        match super::parse_reason(&action.reason) {
            Ok(r) => Some(r),
            Err(AppError::Invalid(f)) => {
                errors.errors.extend(f.errors);
                None
            }
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    errors.into_result()?;

    let txn = begin_write(db).await?;
    let current = shipment::Entity::find_by_id(shipment_id)
        .filter(shipment::Column::CooperativeId.eq(cooperative_id))
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let from = current.state;
    let to = from.apply(event).map_err(|_| AppError::Conflict)?;
    let o = order::Entity::find_by_id(current.order_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Internal)?;
    let cash = o.payment_method == PaymentMethod::CashOnDelivery;
    if !cash && event != ShipmentEvent::Cancel && o.payment_state != PaymentState::Paid {
        return Err(AppError::Conflict);
    }
    let now = chrono::Utc::now();
    let mut update = shipment::Entity::update_many()
        .col_expr(shipment::Column::State, Expr::value(to.code()))
        .col_expr(shipment::Column::UpdatedAt, Expr::value(now));
    update = match to {
        ShipmentState::Confirmed => {
            update.col_expr(shipment::Column::ConfirmedAt, Expr::value(now))
        }
        ShipmentState::Shipped => update
            .col_expr(shipment::Column::ShippedAt, Expr::value(now))
            .col_expr(shipment::Column::Carrier, Expr::value(carrier))
            .col_expr(shipment::Column::TrackingNumber, Expr::value(tracking)),
        ShipmentState::Delivered => {
            let update = update.col_expr(shipment::Column::DeliveredAt, Expr::value(now));
            if cash {
                update.col_expr(shipment::Column::CashCollectedAt, Expr::value(now))
            } else {
                update
            }
        }
        ShipmentState::Cancelled => update
            .col_expr(shipment::Column::CancelledAt, Expr::value(now))
            .col_expr(shipment::Column::CancelReason, Expr::value(reason.clone())),
        ShipmentState::Pending | ShipmentState::Refused | ShipmentState::Returned => update,
    };
    // Only from the state it was read in: a member acting at the same time wins or loses whole.
    let changed = update
        .filter(shipment::Column::Id.eq(shipment_id))
        .filter(shipment::Column::State.eq(from.code()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    // Once: the update above moved this part out of the state it was read in.
    if to.gives_stock_back() {
        stock::give_back(&txn, shipment_id).await?;
    }
    let payment = o.payment_state;
    // A delivered shipment is paid when its cash was collected at the door, or when the card
    // payment of its order went through (card orders cannot be shipped before that).
    if to == ShipmentState::Delivered && (cash || payment == PaymentState::Paid) {
        let collector = if cash {
            Collector::Cooperative
        } else {
            Collector::Platform
        };
        ledger::delivered(&txn, &current, collector).await?;
        if !cash {
            disputes::hold_if_disputed(&txn, o.id, &current).await?;
        }
    }
    // A paid card part that will not be delivered goes back to its buyer.
    let refund = if !cash && to.gives_stock_back() {
        refunds::request_rest(&txn, &o, &current).await?
    } else {
        None
    };
    if cash && (to == ShipmentState::Delivered || !to.is_live()) {
        settle_cash(&txn, &o, payment).await?;
    }
    audit::record(
        &txn,
        Some(user.id),
        &format!("shipment.{}", event.code()),
        Some(shipment_id.to_string()),
        serde_json::json!({ "order": o.number, "from": from.code(), "to": to.code(), "reason": reason }),
    )
    .await?;
    notify_buyer(&txn, settings, &o, &current, to).await?;
    notifications::notify_owners(
        &txn,
        settings,
        &o.number,
        [cooperative_id],
        "mail-part-updated",
        Some(to),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    if let Some(id) = refund {
        refunds::send_now(db, gateway, id).await;
    }
    Ok(to)
}

/// A cash order is paid once every part still live (not cancelled nor refused) is delivered, its
/// cash collected.
pub(super) async fn settle_cash(
    db: &impl ConnectionTrait,
    o: &order::Model,
    payment: PaymentState,
) -> Result<(), AppError> {
    let parts = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(o.id))
        .all(db)
        .await
        .map_err(db_error)?;
    let live: Vec<&shipment::Model> = parts.iter().filter(|s| s.state.is_live()).collect();
    let all_collected = !live.is_empty() && live.iter().all(|s| s.cash_collected_at.is_some());
    if !all_collected {
        return Ok(());
    }
    let Ok(paid) = payment.apply(PaymentEvent::Succeed) else {
        return Ok(());
    };
    order::Entity::update_many()
        .col_expr(order::Column::PaymentState, Expr::value(paid.code()))
        .col_expr(order::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(order::Column::Id.eq(o.id))
        .filter(order::Column::PaymentState.eq(payment.code()))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Tells the buyer what happened to one cooperative's part of their order.
pub(super) async fn notify_buyer(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    o: &order::Model,
    s: &shipment::Model,
    to: ShipmentState,
) -> Result<(), AppError> {
    let buyer = notifications::Buyer::of(o);
    let locale = buyer.locale;
    let coop = super::browse::cooperatives_by_id(db, [s.cooperative_id]).await?;
    let name = coop
        .get(&s.cooperative_id)
        .map(|c| cart::name_of(c, locale))
        .unwrap_or_default();
    let link = order_links::link(settings, &o.number, &o.idempotency_key);
    let args = [
        ("number", o.number.clone().into()),
        ("cooperative", name.into()),
        (
            "state",
            crate::i18n::t(locale, &crate::i18n::state_key("shipment", to.code())).into(),
        ),
        ("link", link.clone().into()),
    ];
    let news = notifications::News::new(buyer.locale, "mail-shipment", &args, &link);
    notifications::tell_buyer(db, buyer, news).await
}
