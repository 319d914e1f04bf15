//! Money rows: orders, the cooperatives' shipments of them, and the payout ledger.

use super::{
    ExportPlan, ExportScope,
    rows::{Batch, day, day_of, names_of, numbers_of, page, region_name, word},
};
use crate::{
    entity::{ledger_line, ledger_transaction, order, shipment},
    error::AppError,
    i18n::t,
    services::db_error,
};
use domain::order::PaymentMethod;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::{Expr, Query, SimpleExpr},
};
use std::collections::HashMap;
use uuid::Uuid;

/// Orders: all of them for the platform; for one cooperative, the orders it has a part of, with
/// its part's figures only (another cooperative's goods are not its business).
pub(super) async fn orders(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = order::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(with_a_part_of(id));
    }
    let rows = page(
        select,
        plan,
        order::Column::Id,
        order::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let parts: HashMap<Uuid, shipment::Model> = match plan.scope {
        ExportScope::Platform => HashMap::new(),
        ExportScope::Cooperative(id) if !rows.is_empty() => shipment::Entity::find()
            .filter(shipment::Column::CooperativeId.eq(id))
            .filter(shipment::Column::OrderId.is_in(rows.iter().map(|o| o.id)))
            .all(db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|s| (s.order_id, s))
            .collect(),
        ExportScope::Cooperative(_) => HashMap::new(),
    };
    let locale = plan.locale;
    let records = rows
        .iter()
        .map(|o| {
            let (goods, delivery, total) = match plan.scope {
                ExportScope::Platform => (o.goods_centimes, o.delivery_centimes, o.total_centimes),
                ExportScope::Cooperative(_) => parts.get(&o.id).map_or((0, 0, 0), |s| {
                    (
                        s.goods_centimes,
                        s.delivery_centimes,
                        s.goods_centimes + s.delivery_centimes,
                    )
                }),
            };
            let mut record = vec![o.number.clone(), day(o.created_at)];
            if plan.admin {
                record.push(o.email.clone());
            }
            record.extend([
                o.recipient_name.clone(),
                region_name(locale, &o.region),
                o.city.clone(),
                match o.payment_method {
                    PaymentMethod::CashOnDelivery => t(locale, "checkout-pay-cod"),
                    PaymentMethod::Card => t(locale, "export-payment-card"),
                },
                word(locale, "export-payment", o.payment_state.code()),
                domain::money::plain(goods),
                domain::money::plain(delivery),
                domain::money::plain(total),
            ]);
            record
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|o| o.id),
    })
}

/// Orders that have a shipment of cooperative `id`.
fn with_a_part_of(id: Uuid) -> SimpleExpr {
    // Imported here only: its methods would shadow `ColumnTrait`'s elsewhere in the file.
    use sea_orm::sea_query::ExprTrait;
    order::Column::Id.in_subquery(
        Query::select()
            .column(shipment::Column::OrderId)
            .from(shipment::Entity)
            .and_where(Expr::col(shipment::Column::CooperativeId).eq(id))
            .to_owned(),
    )
}

/// Shipments: each cooperative's part of an order and what it earns.
pub(super) async fn shipments(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = shipment::Entity::find();
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(shipment::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        shipment::Column::Id,
        shipment::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let numbers = numbers_of(db, rows.iter().map(|s| s.order_id)).await?;
    let names = names_of(db, plan.locale, rows.iter().map(|s| s.cooperative_id)).await?;
    let records = rows
        .iter()
        .map(|s| {
            vec![
                numbers.get(&s.order_id).cloned().unwrap_or_default(),
                day(s.created_at),
                names.get(&s.cooperative_id).cloned().unwrap_or_default(),
                word(plan.locale, "shipment-state", s.state.code()),
                domain::money::plain(s.goods_centimes),
                domain::money::plain(s.delivery_centimes),
                domain::money::plain(s.platform_fee_centimes),
                domain::money::plain(s.cooperative_share_centimes),
                s.carrier.clone().unwrap_or_default(),
                s.tracking_number.clone().unwrap_or_default(),
                day_of(s.delivered_at),
            ]
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|s| s.id),
    })
}

/// The cooperatives' positions, movement by movement, as on the statement: in the cooperative's
/// favour (above zero the platform owes it more, below zero it owes the platform more).
pub(super) async fn payouts(
    db: &DatabaseConnection,
    plan: &ExportPlan,
    after: Option<Uuid>,
) -> Result<Batch, AppError> {
    let mut select = ledger_line::Entity::find()
        .filter(ledger_line::Column::Account.eq(domain::ledger::Account::COOPERATIVE));
    if let ExportScope::Cooperative(id) = plan.scope {
        select = select.filter(ledger_line::Column::CooperativeId.eq(id));
    }
    let rows = page(
        select,
        plan,
        ledger_line::Column::Id,
        ledger_line::Column::CreatedAt,
        after,
    )
    .all(db)
    .await
    .map_err(db_error)?;
    let transactions: HashMap<Uuid, ledger_transaction::Model> = ledger_transaction::Entity::find()
        .filter(ledger_transaction::Column::Id.is_in(rows.iter().map(|l| l.transaction_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let numbers = numbers_of(db, transactions.values().filter_map(|t| t.order_id)).await?;
    let names = names_of(
        db,
        plan.locale,
        rows.iter().filter_map(|l| l.cooperative_id),
    )
    .await?;
    let records = rows
        .iter()
        .filter_map(|l| {
            let tx = transactions.get(&l.transaction_id)?;
            Some(vec![
                tx.occurred_on.to_string(),
                l.cooperative_id
                    .and_then(|c| names.get(&c))
                    .cloned()
                    .unwrap_or_default(),
                t(plan.locale, &crate::i18n::ledger_kind_key(tx.kind)),
                tx.order_id
                    .and_then(|o| numbers.get(&o))
                    .cloned()
                    .unwrap_or_default(),
                tx.reference.clone().unwrap_or_default(),
                domain::money::plain(-l.amount_centimes),
            ])
        })
        .collect();
    Ok(Batch {
        records,
        last: rows.last().map(|l| l.id),
    })
}
