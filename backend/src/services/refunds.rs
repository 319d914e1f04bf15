//! Card refunds (ARCHITECTURE.md §8): money going back to a buyer who paid by card, part by
//! part, written in the ledger once the provider has it.
//!
//! - **Asked by Taawon.** A paid card part that will not be delivered (its cooperative or its
//!   buyer calls it off, or it came back refused) gets a *requested* refund of what is left of
//!   it, in the same transaction as the change that calls for it ([`request_rest`]). Once that
//!   transaction is committed the refund is sent ([`send`]) with an idempotency key of its own,
//!   so however often it is sent again (the provider was down, the server stopped in between:
//!   [`send_due`]) the buyer is refunded once. The provider's answer moves it once, by a
//!   conditional update, to *sent* (and the ledger) or *failed* (an admin settles it by hand).
//! - **Made at the provider.** `charge.refunded` says how much of the charge was refunded so
//!   far. What Taawon has not counted yet (its own refunds, requested or sent, and the ones
//!   already read) was made at the provider's dashboard: it is shared out among the order's parts
//!   in proportion to what is left of each ([`take_outside`]). Events read in any order, or twice,
//!   add nothing twice, because the total is a running one.
//!
//! Before a part is delivered, its refund gives the buyer's money back out of card clearing;
//! after, the cooperative gives back its share and the platform its fee (`domain::ledger`).

use super::{begin_write, db_error, ledger};
use crate::{
    audit,
    entity::{order, payment, refund, shipment},
    error::AppError,
    payments::{CardGateway, RefundAnswer, RefundRequest},
};
use domain::{
    card::{RefundOrigin, RefundState},
    order::{PaymentMethod, PaymentState},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
    sea_query::{Expr, ExprTrait, OnConflict},
};
use std::collections::HashMap;
use uuid::Uuid;

/// The most refunds one [`send_due`] pass sends.
pub const SEND_BATCH: u64 = 50;

/// What counts of order `order`'s refunds (all but those the provider refused), per part.
pub async fn counted(
    db: &impl ConnectionTrait,
    order: Uuid,
) -> Result<HashMap<Option<Uuid>, i64>, AppError> {
    let rows = refund::Entity::find()
        .filter(refund::Column::OrderId.eq(order))
        .filter(refund::Column::State.ne(RefundState::Failed.code()))
        .all(db)
        .await
        .map_err(db_error)?;
    let mut out: HashMap<Option<Uuid>, i64> = HashMap::new();
    for r in rows {
        *out.entry(r.shipment_id).or_default() += r.amount_centimes;
    }
    Ok(out)
}

/// The idempotency key of Taawon's refund of part `shipment`: one per part, whoever calls the
/// part off and however often the refund is sent.
pub fn part_key(shipment: Uuid) -> String {
    format!("taawon-refund-{shipment}")
}

/// In the caller's transaction: asks for what is left of part `s` of the paid card order `o`
/// back to its buyer. Returns the refund to [`send`] once the transaction is committed; `None`
/// when there is nothing to refund (not a paid card order, nothing left, or asked before).
pub async fn request_rest(
    db: &impl ConnectionTrait,
    o: &order::Model,
    s: &shipment::Model,
) -> Result<Option<Uuid>, AppError> {
    if o.payment_method != PaymentMethod::Card || o.payment_state != PaymentState::Paid {
        return Ok(None);
    }
    let counted = counted(db, o.id)
        .await?
        .get(&Some(s.id))
        .copied()
        .unwrap_or(0);
    let rest = ledger::part(s).total() - counted;
    if rest <= 0 {
        return Ok(None);
    }
    let id = Uuid::now_v7();
    let now = chrono::Utc::now();
    let written = refund::Entity::insert(refund::ActiveModel {
        id: Set(id),
        order_id: Set(o.id),
        shipment_id: Set(Some(s.id)),
        amount_centimes: Set(rest),
        currency: Set(o.currency.clone()),
        origin: Set(RefundOrigin::Taawon),
        state: Set(RefundState::Requested),
        idempotency_key: Set(part_key(s.id)),
        provider_ref: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(refund::Column::IdempotencyKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map_err(db_error)?;
    if written == 0 {
        return Ok(None);
    }
    audit::record(
        db,
        None,
        "refund.requested",
        Some(o.number.clone()),
        serde_json::json!({ "refund": id, "shipment": s.id, "amount": rest }),
    )
    .await?;
    Ok(Some(id))
}

/// Sends the requested refund `id` to the provider and records its answer. Returns where the
/// refund stands after: still `Requested` when the provider could not be asked (no provider
/// configured, or it did not answer) — [`send_due`] sends it again.
pub async fn send(
    db: &DatabaseConnection,
    gateway: Option<&dyn CardGateway>,
    id: Uuid,
) -> Result<RefundState, AppError> {
    let r = refund::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if r.state != RefundState::Requested {
        return Ok(r.state);
    }
    let Some(gateway) = gateway else {
        tracing::warn!(refund = %r.id, "no card payment provider configured: refund waits");
        return Ok(r.state);
    };
    let paid = payment::Entity::find()
        .filter(payment::Column::OrderId.eq(r.order_id))
        .filter(payment::Column::Provider.eq(crate::payments::PROVIDER))
        .filter(
            payment::Column::State
                .is_in([PaymentState::Paid.code(), PaymentState::Refunded.code()]),
        )
        .order_by_desc(payment::Column::CreatedAt)
        .one(db)
        .await
        .map_err(db_error)?;
    let Some(paid) = paid else {
        tracing::error!(refund = %r.id, order = %r.order_id, "refund of an order with no paid card payment");
        return record(db, &r, None, Some("no paid card payment".into())).await;
    };
    refund::Entity::update_many()
        .col_expr(
            refund::Column::Attempts,
            Expr::col(refund::Column::Attempts).add(1),
        )
        .col_expr(refund::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(refund::Column::Id.eq(r.id))
        .exec(db)
        .await
        .map_err(db_error)?;
    let request = RefundRequest {
        order_id: r.order_id,
        shipment_id: r.shipment_id,
        session_id: paid.provider_ref.clone(),
        payment_intent: paid.payment_intent.clone(),
        amount: r.amount_centimes,
        currency: r.currency.clone(),
        idempotency_key: r.idempotency_key.clone(),
    };
    match gateway.refund(&request).await {
        Ok(RefundAnswer::Accepted { refund_id }) => record(db, &r, Some(refund_id), None).await,
        Ok(RefundAnswer::Refused(why)) => {
            tracing::error!(refund = %r.id, order = %r.order_id, why, "the provider refused a refund");
            record(db, &r, None, Some(why)).await
        }
        Err(e) => {
            tracing::warn!(refund = %r.id, error = %e, "refund not sent: the provider will be asked again");
            refund::Entity::update_many()
                .col_expr(refund::Column::LastError, Expr::value(e.to_string()))
                .filter(refund::Column::Id.eq(r.id))
                .exec(db)
                .await
                .map_err(db_error)?;
            Ok(RefundState::Requested)
        }
    }
}

/// [`send`] right after the change that asked for the refund was committed: a failure here is
/// logged, not the caller's (the change stands, and [`send_due`] sends the refund again).
pub async fn send_now(db: &DatabaseConnection, gateway: Option<&dyn CardGateway>, id: Uuid) {
    if let Err(e) = send(db, gateway, id).await {
        tracing::warn!(refund = %id, error = %e, "refund not sent now: it will be sent again");
    }
}

/// Records the provider's answer to refund `r`, once: accepted (`provider_ref` given) it is
/// sent and written in the ledger; refused (`refusal` given) it failed.
async fn record(
    db: &DatabaseConnection,
    r: &refund::Model,
    provider_ref: Option<String>,
    refusal: Option<String>,
) -> Result<RefundState, AppError> {
    let Some(to) = r.state.answered(provider_ref.is_some()) else {
        return Ok(r.state);
    };
    let txn = begin_write(db).await?;
    let moved = refund::Entity::update_many()
        .col_expr(refund::Column::State, Expr::value(to.code()))
        .col_expr(
            refund::Column::ProviderRef,
            Expr::value(provider_ref.clone()),
        )
        .col_expr(refund::Column::LastError, Expr::value(refusal.clone()))
        .col_expr(refund::Column::UpdatedAt, Expr::value(chrono::Utc::now()))
        .filter(refund::Column::Id.eq(r.id))
        .filter(refund::Column::State.eq(r.state.code()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if moved.rows_affected != 1 {
        // Answered meanwhile (another replica sent it too): that answer stands.
        return Ok(refund::Entity::find_by_id(r.id)
            .one(&txn)
            .await
            .map_err(db_error)?
            .map_or(r.state, |r| r.state));
    }
    let answered = refund::Model {
        state: to,
        provider_ref,
        ..r.clone()
    };
    if to == RefundState::Sent {
        write_ledger(&txn, &answered).await?;
    }
    audit::record(
        &txn,
        None,
        &format!("refund.{}", to.code()),
        Some(r.order_id.to_string()),
        serde_json::json!({ "refund": r.id, "shipment": r.shipment_id, "amount": r.amount_centimes, "error": refusal }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(to)
}

/// Writes the ledger entries of refund `r` (sent, or made at the provider), once, inside the
/// caller's transaction: before its part was delivered the buyer's money leaves card clearing;
/// after, the cooperative and the platform give back their shares.
async fn write_ledger(db: &impl ConnectionTrait, r: &refund::Model) -> Result<(), AppError> {
    let Some(shipment_id) = r.shipment_id else {
        return Ok(());
    };
    let s = shipment::Entity::find_by_id(shipment_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Internal)?;
    let money = ledger::part(&s);
    let already = ledger::refunded(db, s.id).await?;
    let transaction = if ledger::earned(db, s.id).await? {
        domain::ledger::refunded_after_delivery(&money, r.amount_centimes, already)
    } else {
        domain::ledger::refunded_before_delivery(&money, r.amount_centimes, already)
    };
    match transaction {
        Ok(t) => {
            let about = ledger::About {
                reference: r.provider_ref.clone(),
                ..ledger::About::part(&s)
            };
            ledger::post(db, &format!("refund:{}", r.id), about, &t).await?;
        }
        Err(e) => {
            tracing::error!(refund = %r.id, already, error = %e, "refund not written in the ledger: it does not fit the part");
        }
    }
    Ok(())
}

/// Sends again the refunds still requested `older_than` after they were last tried (the job
/// waits a minute, so a refund being sent right after its change is not sent twice at once);
/// how many the provider answered.
pub async fn send_due(
    db: &DatabaseConnection,
    gateway: &dyn CardGateway,
    older_than: chrono::Duration,
) -> Result<usize, AppError> {
    let due = refund::Entity::find()
        .filter(refund::Column::State.eq(RefundState::Requested.code()))
        .filter(refund::Column::UpdatedAt.lte(chrono::Utc::now() - older_than))
        .order_by_asc(refund::Column::CreatedAt)
        .limit(SEND_BATCH)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut answered = 0;
    for r in due {
        if send(db, Some(gateway), r.id).await? != RefundState::Requested {
            answered += 1;
        }
    }
    Ok(answered)
}

/// A refund made at the provider, read from an event saying `refunded_total` of order `o`'s
/// charge was refunded so far: what Taawon has not counted yet is shared out among the order's
/// parts (in proportion to what is left of each), recorded as sent and written in the ledger,
/// inside the caller's transaction (which holds the order's row). `source` names the event.
/// Returns how much was new; a total above what was paid is logged and changes nothing.
pub async fn take_outside(
    db: &impl ConnectionTrait,
    o: &order::Model,
    refunded_total: i64,
    source: &str,
) -> Result<i64, AppError> {
    let counted = counted(db, o.id).await?;
    let new = refunded_total - counted.values().sum::<i64>();
    if new <= 0 {
        return Ok(0);
    }
    let parts = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(o.id))
        .order_by_asc(shipment::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    let room: Vec<i64> = parts
        .iter()
        .map(|s| ledger::part(s).total() - counted.get(&Some(s.id)).copied().unwrap_or(0))
        .collect();
    let Some(shares) = domain::ledger::allocate(new, &room) else {
        tracing::error!(order = %o.number, refunded_total, new, "refund for more than was paid: nothing written");
        return Ok(0);
    };
    let now = chrono::Utc::now();
    for (s, share) in parts.iter().zip(shares) {
        if share <= 0 {
            continue;
        }
        let r = refund::Model {
            id: Uuid::now_v7(),
            order_id: o.id,
            shipment_id: Some(s.id),
            amount_centimes: share,
            currency: o.currency.clone(),
            origin: RefundOrigin::Provider,
            state: RefundState::Sent,
            idempotency_key: format!("{source}:{}", s.id),
            provider_ref: None,
            attempts: 0,
            last_error: None,
            created_at: now,
            updated_at: now,
        };
        let written = refund::Entity::insert(refund::ActiveModel::from(r.clone()))
            .on_conflict(
                OnConflict::column(refund::Column::IdempotencyKey)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await
            .map_err(db_error)?;
        if written == 1 {
            write_ledger(db, &r).await?;
        }
    }
    audit::record(
        db,
        None,
        "refund.outside",
        Some(o.number.clone()),
        serde_json::json!({ "source": source, "amount": new, "refunded_total": refunded_total }),
    )
    .await?;
    Ok(new)
}

/// Refunds not settled: still requested, or refused by the provider (for the admins' view),
/// newest first.
pub async fn unsettled(db: &impl ConnectionTrait) -> Result<Vec<refund::Model>, AppError> {
    refund::Entity::find()
        .filter(refund::Column::State.ne(RefundState::Sent.code()))
        .order_by_desc(refund::Column::CreatedAt)
        .limit(200)
        .all(db)
        .await
        .map_err(db_error)
}
