//! Card disputes: a buyer's bank contesting an order's charge. While one is open, what the
//! order's cooperatives earned on it (and earn on it, if a part is delivered meanwhile) is
//! frozen out of their positions, so it is not paid out; when it closes the frozen money goes
//! back to them, and a lost dispute then takes the order's money back as a full refund does.
//!
//! One row per provider dispute (its id is unique): the events about it arrive at least once and
//! in any order. A close read before the opening stores the dispute closed, so the late opening
//! freezes nothing.

use super::{db_error, ledger, refunds};
use crate::{
    audit,
    entity::{card_dispute, order, shipment},
    error::AppError,
};
use domain::card::DisputeState;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    sea_query::{Expr, OnConflict},
};
use uuid::Uuid;

/// Inserts dispute `dispute` of order `o` in `state`, once; false when it was there already.
async fn insert(
    db: &impl ConnectionTrait,
    o: &order::Model,
    dispute: &str,
    amount: i64,
    state: DisputeState,
) -> Result<bool, AppError> {
    let now = chrono::Utc::now();
    let written = card_dispute::Entity::insert(card_dispute::ActiveModel {
        id: Set(Uuid::now_v7()),
        order_id: Set(o.id),
        provider_ref: Set(dispute.chars().take(255).collect()),
        amount_centimes: Set(amount),
        state: Set(state),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(card_dispute::Column::ProviderRef)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map_err(db_error)?;
    Ok(written == 1)
}

/// Freezes what part `s` added to its cooperative's position, for dispute `dispute` (once).
async fn hold_part(
    db: &impl ConnectionTrait,
    dispute: &str,
    s: &shipment::Model,
) -> Result<(), AppError> {
    let amount = ledger::part_position(db, s.id).await?;
    if let Some(t) = domain::ledger::dispute_held(s.cooperative_id, amount.max(0)) {
        let about = ledger::About {
            reference: Some(dispute.to_owned()),
            ..ledger::About::part(s)
        };
        ledger::post(db, &format!("hold:{dispute}:{}", s.id), about, &t).await?;
    }
    Ok(())
}

/// `charge.dispute.created` for order `o`: the dispute is stored open and what the order's
/// parts earned is frozen. False when it was known already (nothing done again).
pub async fn opened(
    db: &impl ConnectionTrait,
    o: &order::Model,
    dispute: &str,
    amount: i64,
) -> Result<bool, AppError> {
    if !insert(db, o, dispute, amount, DisputeState::Open).await? {
        return Ok(false);
    }
    let parts = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(o.id))
        .order_by_asc(shipment::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    for s in &parts {
        hold_part(db, dispute, s).await?;
    }
    audit::record(
        db,
        None,
        "dispute.opened",
        Some(o.number.clone()),
        serde_json::json!({ "dispute": dispute, "amount": amount }),
    )
    .await?;
    tracing::warn!(order = %o.number, dispute, amount, "card dispute opened: earnings frozen");
    Ok(true)
}

/// A part of order `order` was just delivered: if the order's charge is disputed, what it earned
/// is frozen too.
pub async fn hold_if_disputed(
    db: &impl ConnectionTrait,
    order: Uuid,
    s: &shipment::Model,
) -> Result<(), AppError> {
    let open = card_dispute::Entity::find()
        .filter(card_dispute::Column::OrderId.eq(order))
        .filter(card_dispute::Column::State.eq(DisputeState::Open.code()))
        .all(db)
        .await
        .map_err(db_error)?;
    for d in open {
        hold_part(db, &d.provider_ref, s).await?;
    }
    Ok(())
}

/// `charge.dispute.closed` for order `o` with `outcome`: the frozen earnings go back to the
/// cooperatives; a lost dispute then takes all that is left of the order's money back (a refund
/// made by the bank). Returns whether the close was new and lost — the caller then marks the
/// order's payment refunded.
pub async fn closed(
    db: &impl ConnectionTrait,
    o: &order::Model,
    dispute: &str,
    amount: i64,
    outcome: DisputeState,
) -> Result<bool, AppError> {
    let existing = card_dispute::Entity::find()
        .filter(card_dispute::Column::ProviderRef.eq(dispute))
        .one(db)
        .await
        .map_err(db_error)?;
    let new = match existing {
        None => insert(db, o, dispute, amount, outcome).await?,
        Some(d) if d.state == DisputeState::Open => {
            let moved = card_dispute::Entity::update_many()
                .col_expr(card_dispute::Column::State, Expr::value(outcome.code()))
                .col_expr(
                    card_dispute::Column::UpdatedAt,
                    Expr::value(chrono::Utc::now()),
                )
                .filter(card_dispute::Column::Id.eq(d.id))
                .filter(card_dispute::Column::State.eq(DisputeState::Open.code()))
                .exec(db)
                .await
                .map_err(db_error)?;
            moved.rows_affected == 1
        }
        Some(_) => false,
    };
    if !new {
        return Ok(false);
    }
    for (shipment, cooperative, amount) in ledger::held(db, dispute).await? {
        if let Some(t) = domain::ledger::dispute_released(cooperative, amount) {
            let about = ledger::About {
                order: Some(o.id),
                shipment: Some(shipment),
                cooperative: Some(cooperative),
                reference: Some(dispute.to_owned()),
                ..ledger::About::default()
            };
            ledger::post(db, &format!("release:{dispute}:{shipment}"), about, &t).await?;
        }
    }
    let lost = outcome == DisputeState::Lost;
    if lost {
        refunds::take_outside(db, o, o.total_centimes, &format!("dispute:{dispute}")).await?;
    }
    audit::record(
        db,
        None,
        &format!("dispute.{}", outcome.code()),
        Some(o.number.clone()),
        serde_json::json!({ "dispute": dispute }),
    )
    .await?;
    tracing::info!(order = %o.number, dispute, outcome = outcome.code(), "card dispute closed");
    Ok(lost)
}
