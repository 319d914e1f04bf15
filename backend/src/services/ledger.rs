//! The double-entry ledger as stored (`domain::ledger` holds the rules): each money event is one
//! transaction of balanced lines, written once — its `event_key` is unique, so a repeated event
//! (a webhook delivered twice, two members clicking at once) writes nothing the second time.
//! A leaf: fulfilment, payments and payouts write it; payouts, reports and exports read it.
//!
//! Positions are shown from the cooperative's side: above zero the platform owes it, below zero
//! it owes the platform (the account's credit balance, the opposite of its debit sum).

use super::{Sql, db_error, get};
use crate::{
    entity::{ledger_line, ledger_transaction, shipment},
    error::AppError,
};
use chrono::{DateTime, NaiveDate, Utc};
use domain::ledger::{self, Account, Collector, Part, Transaction};
use sea_orm::{ConnectionTrait, EntityTrait, Set, sea_query::OnConflict};
use uuid::Uuid;

/// What a transaction is about, besides its lines.
#[derive(Debug, Clone, Default)]
pub struct About {
    pub order: Option<Uuid>,
    pub shipment: Option<Uuid>,
    pub cooperative: Option<Uuid>,
    pub reference: Option<String>,
    /// The day it happened; today when `None`.
    pub on: Option<NaiveDate>,
    pub recorded_by: Option<Uuid>,
}

impl About {
    /// A part (shipment) of an order, of its cooperative.
    pub fn part(s: &shipment::Model) -> Self {
        Self {
            order: Some(s.order_id),
            shipment: Some(s.id),
            cooperative: Some(s.cooperative_id),
            ..Self::default()
        }
    }
}

/// The money of a shipment, as the ledger reads it.
pub fn part(s: &shipment::Model) -> Part {
    Part {
        cooperative: s.cooperative_id,
        goods: s.goods_centimes,
        delivery: s.delivery_centimes,
        fee: s.platform_fee_centimes,
    }
}

/// Writes `transaction` for the event `key`, once: false (nothing written) when that event was
/// written before. Inside the caller's database transaction, so the event and its consequences
/// are written whole or not at all.
pub async fn post(
    db: &impl ConnectionTrait,
    key: &str,
    about: About,
    transaction: &Transaction,
) -> Result<bool, AppError> {
    let id = Uuid::now_v7();
    let now = Utc::now();
    let written = ledger_transaction::Entity::insert(ledger_transaction::ActiveModel {
        id: Set(id),
        event_key: Set(key.to_owned()),
        kind: Set(transaction.kind()),
        order_id: Set(about.order),
        shipment_id: Set(about.shipment),
        cooperative_id: Set(about.cooperative),
        reference: Set(about.reference),
        occurred_on: Set(about.on.unwrap_or_else(|| now.date_naive())),
        recorded_by: Set(about.recorded_by),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(ledger_transaction::Column::EventKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map_err(db_error)?;
    if written == 0 {
        return Ok(false);
    }
    ledger_line::Entity::insert_many(transaction.lines().iter().map(|l| {
        ledger_line::ActiveModel {
            id: Set(Uuid::now_v7()),
            transaction_id: Set(id),
            account: Set(l.account.code().to_owned()),
            cooperative_id: Set(l.account.cooperative()),
            amount_centimes: Set(l.amount),
            created_at: Set(now),
        }
    }))
    .exec_without_returning(db)
    .await
    .map_err(db_error)?;
    Ok(true)
}

/// Posts each of `transactions` under its key; how many were new.
async fn post_all(
    db: &impl ConnectionTrait,
    entries: impl IntoIterator<Item = (String, About, Transaction)>,
) -> Result<usize, AppError> {
    let mut written = 0;
    for (key, about, transaction) in entries {
        written += usize::from(post(db, &key, about, &transaction).await?);
    }
    Ok(written)
}

/// A buyer's card payment of order `order`, whose parts are `parts` (once per order).
pub async fn card_paid(
    db: &impl ConnectionTrait,
    order: Uuid,
    parts: &[shipment::Model],
) -> Result<bool, AppError> {
    let money: Vec<Part> = parts.iter().map(part).collect();
    let Some(transaction) = ledger::card_paid(&money) else {
        return Ok(false);
    };
    let about = About {
        order: Some(order),
        ..About::default()
    };
    post(db, &format!("card_paid:{order}"), about, &transaction).await
}

/// A part was delivered: for cash on delivery, the cash its cooperative collected; then the
/// sale of what was not refunded before (once per part, whoever records it and however often).
pub async fn delivered(
    db: &impl ConnectionTrait,
    s: &shipment::Model,
    collector: Collector,
) -> Result<(), AppError> {
    let money = ledger::remaining(&part(s), refunded(db, s.id).await?);
    let entries = ledger::delivered(collector, &money).into_iter().map(|t| {
        let key = match t.kind() {
            ledger::Kind::CashCollected => format!("cash:{}", s.id),
            _ => format!("earned:{}", s.id),
        };
        (key, About::part(s), t)
    });
    post_all(db, entries).await?;
    Ok(())
}

/// What was refunded of part `shipment` so far (the refunds' turnover).
pub async fn refunded(db: &impl ConnectionTrait, shipment: Uuid) -> Result<i64, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT CAST(COALESCE(SUM(l.amount_centimes), 0) AS BIGINT) FROM ledger_lines l \
         JOIN ledger_transactions t ON t.id = l.transaction_id WHERE l.account = 'refunds' \
         AND l.amount_centimes > 0 AND t.shipment_id = ",
    )
    .bind(shipment);
    sql.number(db).await
}

/// Whether part `shipment`'s sale was written (it was delivered, and paid for).
pub async fn earned(db: &impl ConnectionTrait, shipment: Uuid) -> Result<bool, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT CAST(COUNT(*) AS BIGINT) FROM ledger_transactions WHERE event_key = ")
        .bind(format!("earned:{shipment}"));
    Ok(sql.number(db).await? > 0)
}

/// What part `shipment` added to its cooperative's position so far (its sale, less what its
/// refunds took back; above zero in the cooperative's favour).
pub async fn part_position(db: &impl ConnectionTrait, shipment: Uuid) -> Result<i64, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT CAST(COALESCE(-SUM(l.amount_centimes), 0) AS BIGINT) FROM ledger_lines l \
         JOIN ledger_transactions t ON t.id = l.transaction_id WHERE l.account = 'cooperative' \
         AND t.shipment_id = ",
    )
    .bind(shipment);
    sql.number(db).await
}

/// What dispute `reference` froze, per part: (shipment, cooperative, amount).
pub async fn held(
    db: &impl ConnectionTrait,
    reference: &str,
) -> Result<Vec<(Uuid, Uuid, i64)>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT t.shipment_id, l.cooperative_id, CAST(-SUM(l.amount_centimes) AS BIGINT) \
         FROM ledger_lines l JOIN ledger_transactions t ON t.id = l.transaction_id \
         WHERE l.account = 'disputed' AND t.kind = 'dispute_hold' AND t.reference = ",
    )
    .bind(reference.to_owned());
    sql.push(" GROUP BY t.shipment_id, l.cooperative_id ORDER BY 1");
    sql.rows(db)
        .await?
        .iter()
        .map(|r| Ok((get(r, 0)?, get(r, 1)?, get(r, 2)?)))
        .collect()
}

/// What the platform owes each cooperative (below zero: what it owes the platform), for those
/// with anything open either way, most owed first; `cooperative` narrows to one.
pub async fn positions(
    db: &impl ConnectionTrait,
    cooperative: Option<Uuid>,
) -> Result<Vec<(Uuid, i64)>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT l.cooperative_id, CAST(-SUM(l.amount_centimes) AS BIGINT) FROM ledger_lines l \
         WHERE l.account = 'cooperative'",
    );
    if let Some(id) = cooperative {
        sql.push(" AND l.cooperative_id = ").bind(id);
    }
    sql.push(" GROUP BY l.cooperative_id ORDER BY 2 DESC, 1");
    sql.rows(db)
        .await?
        .iter()
        .map(|r| Ok((get::<Uuid>(r, 0)?, get::<i64>(r, 1)?)))
        .filter(|row| !matches!(row, Ok((_, 0))))
        .collect()
}

/// One cooperative's position (see [`positions`]).
pub async fn position(db: &impl ConnectionTrait, cooperative: Uuid) -> Result<i64, AppError> {
    Ok(positions(db, Some(cooperative))
        .await?
        .first()
        .map_or(0, |(_, p)| *p))
}

/// One transaction as a cooperative's statement shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRow {
    pub id: Uuid,
    pub kind: ledger::Kind,
    pub on: NaiveDate,
    pub at: DateTime<Utc>,
    pub order_number: Option<String>,
    pub reference: Option<String>,
    /// In the cooperative's favour: above zero it is owed more, below zero it owes more.
    pub amount: i64,
}

/// The transactions that moved `cooperative`'s position, oldest first: those of `kinds` (all
/// when empty), at most `limit` (the newest ones) when given.
pub async fn statement_rows(
    db: &impl ConnectionTrait,
    cooperative: Uuid,
    kinds: &[ledger::Kind],
    limit: Option<u64>,
) -> Result<Vec<StatementRow>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT t.id, t.kind, t.occurred_on, t.created_at, o.number, t.reference, \
         CAST(-SUM(l.amount_centimes) AS BIGINT) FROM ledger_lines l \
         JOIN ledger_transactions t ON t.id = l.transaction_id \
         LEFT JOIN orders o ON o.id = t.order_id \
         WHERE l.account = 'cooperative' AND l.cooperative_id = ",
    )
    .bind(cooperative);
    if !kinds.is_empty() {
        let codes: Vec<&'static str> = kinds.iter().map(|k| k.code()).collect();
        sql.push(" AND t.kind IN (").bind_list(&codes).push(")");
    }
    sql.push(
        " GROUP BY t.id, t.kind, t.occurred_on, t.created_at, o.number, t.reference \
         ORDER BY t.created_at DESC, t.id DESC",
    );
    if let Some(limit) = limit {
        sql.push(" LIMIT ")
            .bind(i64::try_from(limit).unwrap_or(i64::MAX));
    }
    let mut rows = sql
        .rows(db)
        .await?
        .iter()
        .map(|r| {
            let kind: String = get(r, 1)?;
            Ok(StatementRow {
                id: get(r, 0)?,
                kind: ledger::Kind::stored(&kind).map_err(|e| {
                    tracing::error!(error = %e, "damaged ledger row");
                    AppError::Internal
                })?,
                on: get(r, 2)?,
                at: get(r, 3)?,
                order_number: get(r, 4)?,
                reference: get(r, 5)?,
                amount: get(r, 6)?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    rows.reverse();
    Ok(rows)
}

/// Every account's balance (debit > 0) over the whole ledger: the sum of all of them is zero.
pub async fn account_balances(db: &impl ConnectionTrait) -> Result<Vec<(Account, i64)>, AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT l.account, l.cooperative_id, CAST(SUM(l.amount_centimes) AS BIGINT) \
         FROM ledger_lines l GROUP BY l.account, l.cooperative_id ORDER BY 1, 2",
    );
    sql.rows(db)
        .await?
        .iter()
        .map(|r| {
            let code: String = get(r, 0)?;
            let cooperative: Option<Uuid> = get(r, 1)?;
            let account = Account::from_parts(&code, cooperative).ok_or_else(|| {
                tracing::error!(code, "damaged ledger line");
                AppError::Internal
            })?;
            Ok((account, get::<i64>(r, 2)?))
        })
        .collect()
}
