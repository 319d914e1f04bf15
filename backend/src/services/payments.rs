//! Card payments (ARCHITECTURE.md §8): a hosted checkout per card order, verified provider
//! events applied exactly once, and the settling of card orders nobody told us about.
//!
//! - The order and its stock are taken at checkout, like every order; the card order waits in
//!   `pending` until the provider says it was paid. Nothing here trusts the buyer's browser: the
//!   return page asks the provider itself ([`refresh`]).
//! - Events arrive at least once and in any order. Each is stored under its provider id in the
//!   transaction that applies it, so a redelivery finds it and changes nothing; the payment state
//!   moves only by a conditional update from the state it was read in, so two different events
//!   racing for one order move it once.
//! - Two events about one order apply one after the other: the order's row is held for the
//!   transaction. Refunds made at the provider (`charge.refunded`, a running total) are shared
//!   out among the parts by `refunds`; disputes freeze and release earnings by `disputes`.
//! - A session that expires (or whose bank payment fails) gives the stock back and cancels the
//!   order's parts, once. [`reconcile`] settles card orders still pending after their window by
//!   asking the provider, so a lost webhook never leaves stock held for ever.

use super::{
    begin_write, db_error, disputes, is_unique_violation, ledger, notifications, order_links,
    refunds, stock,
};
use crate::{
    audit,
    entity::{order, order_line, payment, shipment, webhook_event},
    error::AppError,
    payments::{
        CardEvent, CardEventKind, CardGateway, CheckoutLine, CheckoutRequest, CheckoutStatus,
    },
    state::AppSettings,
};
use domain::{
    Locale,
    order::{PaymentEvent, PaymentMethod, PaymentState, ShipmentState},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
    sea_query::{Expr, OnConflict},
};
use uuid::Uuid;

pub use crate::payments::PROVIDER;

/// Stripe accepts a session that expires no sooner than this after it is opened.
pub const MIN_SESSION_MINUTES: i64 = 30;

/// When the card checkout of an order stops accepting payment: a fixed time after ordering, so
/// that asking again for the same order sends the provider the same request.
pub fn window_end(o: &order::Model, settings: &AppSettings) -> chrono::DateTime<chrono::Utc> {
    o.created_at + chrono::Duration::minutes(settings.card_window_minutes)
}

/// Whether the buyer can still be sent to pay for this order.
pub fn can_pay(
    o: &order::Model,
    settings: &AppSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    settings.card_payments
        && o.payment_method == PaymentMethod::Card
        && o.payment_state == PaymentState::Pending
        && now + chrono::Duration::minutes(MIN_SESSION_MINUTES) < window_end(o, settings)
}

/// [`start`] for the order numbered `number`; an order that cannot be read (or is not there)
/// cannot be paid now: [`AppError::PaymentUnavailable`], as when the provider is unreachable.
pub async fn start_by_number(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: &dyn CardGateway,
    number: &str,
) -> Result<String, AppError> {
    let o = order::Entity::find()
        .filter(order::Column::Number.eq(number))
        .one(db)
        .await
        .ok()
        .flatten()
        .ok_or(AppError::PaymentUnavailable)?;
    start(db, settings, gateway, &o).await
}

/// Opens (or finds again: the provider's idempotency key is the order's) the hosted checkout of
/// a pending card order and returns where to send the buyer.
pub async fn start(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: &dyn CardGateway,
    o: &order::Model,
) -> Result<String, AppError> {
    if !can_pay(o, settings, chrono::Utc::now()) {
        return Err(AppError::Conflict);
    }
    let locale = Locale::from_tag(&o.locale).unwrap_or_default();
    let mut lines: Vec<CheckoutLine> = order_line::Entity::find()
        .filter(order_line::Column::OrderId.eq(o.id))
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|l| CheckoutLine {
            name: l.title,
            unit_amount: l.unit_price_centimes,
            quantity: l.quantity,
        })
        .collect();
    if o.delivery_centimes > 0 {
        lines.push(CheckoutLine {
            name: crate::i18n::t(locale, "cart-delivery"),
            unit_amount: o.delivery_centimes,
            quantity: 1,
        });
    }
    let link = order_links::link(settings, &o.number, &o.idempotency_key);
    let request = CheckoutRequest {
        order_id: o.id,
        order_number: o.number.clone(),
        idempotency_key: format!("taawon-order-{}", o.id),
        currency: settings.currency.clone(),
        lines,
        customer_email: o.buyer_email().map(str::to_owned),
        success_url: format!("{link}&paid=1"),
        cancel_url: link,
        expires_at: window_end(o, settings).timestamp(),
        locale: locale.tag(),
    };
    let hosted = gateway.open_checkout(&request).await.map_err(|e| {
        tracing::warn!(order = %o.number, error = %e, "card checkout could not be opened");
        AppError::PaymentUnavailable
    })?;
    let now = chrono::Utc::now();
    payment::Entity::insert(payment::ActiveModel {
        id: Set(Uuid::now_v7()),
        order_id: Set(o.id),
        provider: Set(PROVIDER.to_owned()),
        provider_ref: Set(hosted.session_id.clone()),
        amount_centimes: Set(o.total_centimes),
        currency: Set(settings.currency.clone()),
        state: Set(PaymentState::Pending),
        payment_intent: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(payment::Column::ProviderRef)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map_err(db_error)?;
    Ok(hosted.url)
}

/// What applying an event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The event moved an order's payment.
    Settled,
    /// Stored; it changed nothing (not about a known card order, or too late for its state).
    Ignored,
    /// Seen before: nothing was done again.
    Duplicate,
}

/// Applies a verified provider event, once.
pub async fn apply_event(
    db: &DatabaseConnection,
    settings: &AppSettings,
    event: &CardEvent,
) -> Result<Applied, AppError> {
    let txn = begin_write(db).await?;
    let stored = webhook_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        provider: Set(PROVIDER.to_owned()),
        event_id: Set(event.id.chars().take(255).collect()),
        kind: Set(event.type_name.chars().take(80).collect()),
        received_at: Set(chrono::Utc::now()),
    }
    .insert(&txn)
    .await;
    match stored {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Ok(Applied::Duplicate),
        Err(e) => return Err(db_error(e)),
    }
    let Some(o) = order_of(&txn, event).await? else {
        if event.kind != CardEventKind::Other {
            tracing::warn!(event.id = %event.id, kind = %event.type_name, "event about no known card order");
        }
        txn.commit().await.map_err(db_error)?;
        return Ok(Applied::Ignored);
    };
    let applied = if o.payment_method != PaymentMethod::Card {
        tracing::warn!(event.id = %event.id, order = %o.number, "card event about a cash order");
        false
    } else {
        apply_to(&txn, settings, &o, event).await?
    };
    txn.commit().await.map_err(db_error)?;
    Ok(if applied {
        Applied::Settled
    } else {
        Applied::Ignored
    })
}

/// The order an event is about, its row held until the transaction ends (so two events about
/// one order apply one after the other): named in the object's metadata, or found by the
/// provider's payment (a dispute names nothing else).
async fn order_of(
    db: &impl ConnectionTrait,
    event: &CardEvent,
) -> Result<Option<order::Model>, AppError> {
    let id = match (event.order_id, &event.payment_intent) {
        (Some(id), _) => Some(id),
        (None, Some(intent)) => payment::Entity::find()
            .filter(payment::Column::PaymentIntent.eq(intent.as_str()))
            .one(db)
            .await
            .map_err(db_error)?
            .map(|p| p.order_id),
        (None, None) => None,
    };
    let Some(id) = id else {
        return Ok(None);
    };
    order::Entity::find_by_id(id)
        .lock_exclusive()
        .one(db)
        .await
        .map_err(db_error)
}

/// What event `event` does to card order `o`; false when it changes nothing (late, repeated,
/// or not about money).
async fn apply_to(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    o: &order::Model,
    event: &CardEvent,
) -> Result<bool, AppError> {
    let source = event.type_name.as_str();
    match &event.kind {
        CardEventKind::CheckoutPaid | CardEventKind::AsyncPaymentSucceeded => {
            if !amount_matches(o, event.amount, &event.currency) {
                tracing::error!(order = %o.number, event.id = %event.id, "paid amount differs from the order total; not marked paid");
                return Ok(false);
            }
            keep_payment_intent(db, o, event.payment_intent.as_deref()).await?;
            settle(db, settings, o, PaymentEvent::Succeed, source, &event.id).await
        }
        CardEventKind::AsyncPaymentFailed | CardEventKind::CheckoutExpired => {
            settle(db, settings, o, PaymentEvent::Fail, source, &event.id).await
        }
        CardEventKind::Refunded { full } => {
            if o.payment_state != PaymentState::Paid && o.payment_state != PaymentState::Refunded {
                tracing::warn!(order = %o.number, event.id = %event.id, "refund of an order not paid: ignored");
                return Ok(false);
            }
            let total = event
                .amount
                .unwrap_or(if *full { o.total_centimes } else { 0 });
            if total > o.total_centimes {
                tracing::error!(order = %o.number, event.id = %event.id, total, "refund for more than was paid: nothing written");
                return Ok(false);
            }
            let new = refunds::take_outside(db, o, total, &event.id).await?;
            let settled =
                *full && settle(db, settings, o, PaymentEvent::Refund, source, &event.id).await?;
            Ok(new > 0 || settled)
        }
        CardEventKind::DisputeOpened { dispute } => {
            disputes::opened(db, o, dispute, event.amount.unwrap_or(0)).await
        }
        CardEventKind::DisputeClosed { dispute, outcome } => {
            let lost =
                disputes::closed(db, o, dispute, event.amount.unwrap_or(0), *outcome).await?;
            if lost {
                settle(db, settings, o, PaymentEvent::Refund, source, &event.id).await?;
            }
            Ok(lost || *outcome != domain::card::DisputeState::Lost)
        }
        CardEventKind::CheckoutAwaitingPayment | CardEventKind::Other => Ok(false),
    }
}

/// Keeps the provider's payment a paid session made, by which its refunds are asked and its
/// disputes found.
async fn keep_payment_intent(
    db: &impl ConnectionTrait,
    o: &order::Model,
    intent: Option<&str>,
) -> Result<(), AppError> {
    let Some(intent) = intent else {
        return Ok(());
    };
    payment::Entity::update_many()
        .col_expr(payment::Column::PaymentIntent, Expr::value(intent))
        .filter(payment::Column::OrderId.eq(o.id))
        .filter(payment::Column::PaymentIntent.is_null())
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

fn amount_matches(o: &order::Model, amount: Option<i64>, currency: &Option<String>) -> bool {
    amount.is_none_or(|a| a == o.total_centimes)
        && currency
            .as_deref()
            .is_none_or(|c| c.eq_ignore_ascii_case(&o.currency))
}

/// Moves the order's payment by `change` if it fits its state, with the consequences, inside the
/// caller's transaction. False when it did not fit (a late or repeated event): nothing changed.
async fn settle(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    o: &order::Model,
    change: PaymentEvent,
    source: &str,
    event_id: &str,
) -> Result<bool, AppError> {
    let from = o.payment_state;
    let Ok(to) = from.apply(change) else {
        return Ok(false);
    };
    let now = chrono::Utc::now();
    let moved = order::Entity::update_many()
        .col_expr(order::Column::PaymentState, Expr::value(to.code()))
        .col_expr(order::Column::UpdatedAt, Expr::value(now))
        .filter(order::Column::Id.eq(o.id))
        .filter(order::Column::PaymentState.eq(from.code()))
        .exec(db)
        .await
        .map_err(db_error)?;
    if moved.rows_affected != 1 {
        return Ok(false);
    }
    payment::Entity::update_many()
        .col_expr(payment::Column::State, Expr::value(to))
        .col_expr(payment::Column::UpdatedAt, Expr::value(now))
        .filter(payment::Column::OrderId.eq(o.id))
        .exec(db)
        .await
        .map_err(db_error)?;
    let locale = Locale::from_tag(&o.locale).unwrap_or_default();
    let cancelled = match to {
        PaymentState::Failed => {
            let reason = crate::i18n::t(locale, "order-cancel-unpaid");
            cancel_open_parts(db, settings, o, &reason, false).await?
        }
        PaymentState::Refunded => {
            let reason = crate::i18n::t(locale, "order-cancel-refunded");
            cancel_open_parts(db, settings, o, &reason, true).await?
        }
        PaymentState::Paid | PaymentState::Pending => 0,
    };
    if matches!(to, PaymentState::Paid | PaymentState::Refunded) {
        let parts = shipment::Entity::find()
            .filter(shipment::Column::OrderId.eq(o.id))
            .order_by_asc(shipment::Column::Id)
            .all(db)
            .await
            .map_err(db_error)?;
        if to == PaymentState::Paid {
            ledger::card_paid(db, o.id, &parts).await?;
            let coops = parts.iter().map(|s| s.cooperative_id);
            notifications::notify_cooperatives(db, settings, &o.number, coops).await?;
        } else {
            // All that is left of the order's money went back to the buyer.
            refunds::take_outside(db, o, o.total_centimes, event_id).await?;
        }
    }
    notify_buyer(db, settings, o, to, locale).await?;
    audit::record(
        db,
        None,
        &format!("payment.{}", to.code()),
        Some(o.number.clone()),
        serde_json::json!({ "from": from.code(), "to": to.code(), "source": source, "parts_cancelled": cancelled }),
    )
    .await?;
    tracing::info!(order = %o.number, from = from.code(), to = to.code(), source, "card payment settled");
    Ok(true)
}

/// Cancels the order's parts not shipped yet and gives their stock back; returns how many.
/// Their cooperatives are told (a failed payment's parts were never announced to them).
async fn cancel_open_parts(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    o: &order::Model,
    reason: &str,
    tell_cooperatives: bool,
) -> Result<usize, AppError> {
    let open = [
        ShipmentState::Pending.code(),
        ShipmentState::Confirmed.code(),
    ];
    let parts = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(o.id))
        .filter(shipment::Column::State.is_in(open))
        .all(db)
        .await
        .map_err(db_error)?;
    let now = chrono::Utc::now();
    let mut cancelled = 0;
    for part in parts {
        let changed = shipment::Entity::update_many()
            .col_expr(
                shipment::Column::State,
                Expr::value(ShipmentState::Cancelled.code()),
            )
            .col_expr(shipment::Column::CancelledAt, Expr::value(now))
            .col_expr(shipment::Column::CancelReason, Expr::value(reason))
            .col_expr(shipment::Column::UpdatedAt, Expr::value(now))
            .filter(shipment::Column::Id.eq(part.id))
            .filter(shipment::Column::State.eq(part.state))
            .exec(db)
            .await
            .map_err(db_error)?;
        if changed.rows_affected == 1 {
            stock::give_back(db, part.id).await?;
            if tell_cooperatives {
                notifications::notify_owners(
                    db,
                    settings,
                    &o.number,
                    [part.cooperative_id],
                    "mail-part-updated",
                    Some(ShipmentState::Cancelled),
                )
                .await?;
            }
            cancelled += 1;
        }
    }
    Ok(cancelled)
}

async fn notify_buyer(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    o: &order::Model,
    to: PaymentState,
    locale: Locale,
) -> Result<(), AppError> {
    let link = order_links::link(settings, &o.number, &o.idempotency_key);
    let args = [
        ("number", o.number.clone().into()),
        (
            "total",
            domain::money::format(o.total_centimes, locale).into(),
        ),
        ("link", link.clone().into()),
    ];
    let buyer = notifications::Buyer {
        locale,
        ..notifications::Buyer::of(o)
    };
    let key = format!("mail-payment-{}", to.code());
    let news = notifications::News::new(buyer.locale, &key, &args, &link);
    notifications::tell_buyer(db, buyer, news).await
}

/// Asks the provider what became of a pending card order and settles it accordingly. Used by the
/// return page (which never trusts the redirect) and by [`reconcile`].
pub async fn refresh(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: &dyn CardGateway,
    o: &order::Model,
    source: &str,
) -> Result<bool, AppError> {
    if o.payment_method != PaymentMethod::Card || o.payment_state != PaymentState::Pending {
        return Ok(false);
    }
    let sessions = payment::Entity::find()
        .filter(payment::Column::OrderId.eq(o.id))
        .filter(payment::Column::Provider.eq(PROVIDER))
        .order_by_desc(payment::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let now = chrono::Utc::now();
    let mut change = None;
    let mut intent = None;
    for session in &sessions {
        match gateway.checkout_status(&session.provider_ref).await {
            Ok(CheckoutStatus::Paid {
                amount_total,
                payment_intent,
            }) => {
                if amount_matches(o, amount_total, &None) {
                    change = Some(PaymentEvent::Succeed);
                    intent = payment_intent;
                } else {
                    tracing::error!(order = %o.number, "paid amount differs from the order total; not marked paid");
                }
                break;
            }
            Ok(CheckoutStatus::Expired) => change = change.or(Some(PaymentEvent::Fail)),
            Ok(CheckoutStatus::Open | CheckoutStatus::AwaitingAsyncPayment) => return Ok(false),
            Err(e) => {
                tracing::warn!(order = %o.number, error = %e, "card payment provider did not answer");
                return Ok(false);
            }
        }
    }
    // Never opened at the provider (it was down at checkout) and past its window: nothing can be
    // paid any more, so the stock goes back.
    if sessions.is_empty() && now > window_end(o, settings) {
        change = Some(PaymentEvent::Fail);
    }
    let Some(change) = change else {
        return Ok(false);
    };
    let txn = begin_write(db).await?;
    keep_payment_intent(&txn, o, intent.as_deref()).await?;
    let settled = settle(&txn, settings, o, change, source, source).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(settled)
}

/// The most orders one reconciliation pass looks at.
pub const RECONCILE_BATCH: u64 = 100;

/// Settles card orders still pending a while after ordering by asking the provider: paid ones
/// become paid, expired ones give their stock back. Returns how many were settled.
pub async fn reconcile(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: &dyn CardGateway,
    older_than: chrono::Duration,
) -> Result<usize, AppError> {
    let stuck = order::Entity::find()
        .filter(order::Column::PaymentMethod.eq(PaymentMethod::Card.code()))
        .filter(order::Column::PaymentState.eq(PaymentState::Pending.code()))
        .filter(order::Column::CreatedAt.lt(chrono::Utc::now() - older_than))
        .order_by_asc(order::Column::CreatedAt)
        .limit(RECONCILE_BATCH)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut settled = 0;
    for o in stuck {
        if refresh(db, settings, gateway, &o, "reconciliation").await? {
            settled += 1;
        }
    }
    Ok(settled)
}
