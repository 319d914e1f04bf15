//! The double-entry ledger: `ledger_transactions`, each a balanced set of `ledger_lines` between
//! named accounts, written once per money event (`event_key` is unique). The rows of the old
//! `ledger_entries` move into it, and that table goes (docs/ledger-migration.md):
//! - a paid (or since refunded) card order: the buyer's payment into card clearing, owed to the
//!   buyer until delivery (`card_paid:{order}`);
//! - a credit for a card part: the sale, earned (`earned:{shipment}`): the cooperative's balance
//!   is what it was;
//! - a credit for a cash-on-delivery part: corrected. The cooperative collected that cash at the
//!   door, so the cash it holds is written beside the sale (`cash:{shipment}`): it owes the
//!   platform's fee instead of being owed goods and delivery;
//! - a refunded card order: each part's money back to the buyer; a delivered part's sale is taken
//!   back from its cooperative (the old ledger left it credited);
//! - a payout: a transfer to the cooperative, same amount, reference and day.
//!
//! The lines are written out here rather than by the domain's functions, so this migration
//! does what it did when it shipped whatever the domain becomes.

use sea_orm_migration::{
    prelude::*,
    schema::{
        big_integer, date, string_len, string_len_null, timestamp_with_time_zone, uuid, uuid_null,
    },
    sea_orm::{
        ConnectionTrait, QueryResult, Statement,
        prelude::{Date, DateTimeUtc, Uuid},
    },
};
use std::collections::{BTreeMap, HashSet};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LedgerTransactions {
    Table,
    Id,
    EventKey,
    Kind,
    OrderId,
    ShipmentId,
    CooperativeId,
    Reference,
    OccurredOn,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LedgerLines {
    Table,
    Id,
    TransactionId,
    Account,
    CooperativeId,
    AmountCentimes,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LedgerEntries {
    Table,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

/// One line as written: an account code, its cooperative (for a cooperative's position) and a
/// signed amount (debit > 0).
struct Line(&'static str, Option<Uuid>, i64);

/// One transaction as written.
struct Entry {
    key: String,
    kind: &'static str,
    order: Option<Uuid>,
    shipment: Option<Uuid>,
    cooperative: Option<Uuid>,
    reference: Option<String>,
    on: Date,
    by: Option<Uuid>,
    at: DateTimeUtc,
    lines: Vec<Line>,
}

/// A part's money: goods, delivery and the platform's fee.
#[derive(Clone, Copy)]
struct Part {
    shipment: Uuid,
    cooperative: Uuid,
    goods: i64,
    delivery: i64,
    fee: i64,
}

impl Part {
    fn total(&self) -> i64 {
        self.goods + self.delivery
    }
}

fn custom(e: impl std::fmt::Display) -> DbErr {
    DbErr::Migration(format!("ledger migration: {e}"))
}

fn get<T: sea_orm_migration::sea_orm::TryGetable>(row: &QueryResult, i: usize) -> Result<T, DbErr> {
    row.try_get_by_index(i)
}

async fn write(manager: &SchemaManager<'_>, e: Entry) -> Result<(), DbErr> {
    let lines: Vec<&Line> = e.lines.iter().filter(|l| l.2 != 0).collect();
    if lines.len() < 2 || lines.iter().map(|l| l.2).sum::<i64>() != 0 {
        return Err(custom(format!("{} does not balance", e.key)));
    }
    let id = ::uuid::Uuid::now_v7();
    let mut insert = Query::insert();
    insert
        .into_table(LedgerTransactions::Table)
        .columns([
            LedgerTransactions::Id,
            LedgerTransactions::EventKey,
            LedgerTransactions::Kind,
            LedgerTransactions::OrderId,
            LedgerTransactions::ShipmentId,
            LedgerTransactions::CooperativeId,
            LedgerTransactions::Reference,
            LedgerTransactions::OccurredOn,
            LedgerTransactions::RecordedBy,
            LedgerTransactions::CreatedAt,
        ])
        .values([
            id.into(),
            e.key.into(),
            e.kind.into(),
            e.order.into(),
            e.shipment.into(),
            e.cooperative.into(),
            e.reference.into(),
            e.on.into(),
            e.by.into(),
            e.at.into(),
        ])
        .map_err(custom)?;
    manager.exec_stmt(insert.to_owned()).await?;
    for line in lines {
        let mut insert = Query::insert();
        insert
            .into_table(LedgerLines::Table)
            .columns([
                LedgerLines::Id,
                LedgerLines::TransactionId,
                LedgerLines::Account,
                LedgerLines::CooperativeId,
                LedgerLines::AmountCentimes,
                LedgerLines::CreatedAt,
            ])
            .values([
                ::uuid::Uuid::now_v7().into(),
                id.into(),
                line.0.into(),
                line.1.into(),
                line.2.into(),
                e.at.into(),
            ])
            .map_err(custom)?;
        manager.exec_stmt(insert.to_owned()).await?;
    }
    Ok(())
}

async fn create_tables(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(LedgerTransactions::Table)
                .if_not_exists()
                .col(uuid(LedgerTransactions::Id).primary_key())
                // Each money event is written once, however often it is reported.
                .col(string_len(LedgerTransactions::EventKey, 200).unique_key())
                .col(string_len(LedgerTransactions::Kind, 32))
                .col(uuid_null(LedgerTransactions::OrderId))
                .col(uuid_null(LedgerTransactions::ShipmentId))
                .col(uuid_null(LedgerTransactions::CooperativeId))
                .col(string_len_null(LedgerTransactions::Reference, 120))
                .col(date(LedgerTransactions::OccurredOn))
                .col(uuid_null(LedgerTransactions::RecordedBy))
                .col(timestamp_with_time_zone(LedgerTransactions::CreatedAt))
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(LedgerLines::Table)
                .if_not_exists()
                .col(uuid(LedgerLines::Id).primary_key())
                .col(uuid(LedgerLines::TransactionId))
                .col(string_len(LedgerLines::Account, 16))
                .col(uuid_null(LedgerLines::CooperativeId))
                .col(big_integer(LedgerLines::AmountCentimes))
                .col(timestamp_with_time_zone(LedgerLines::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(LedgerLines::Table, LedgerLines::TransactionId)
                        .to(LedgerTransactions::Table, LedgerTransactions::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(LedgerLines::Table, LedgerLines::CooperativeId)
                        .to(Cooperatives::Table, Cooperatives::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
    for (name, table, cols) in [
        (
            "ledger_lines_transaction",
            LedgerLines::Table.into_iden(),
            vec![LedgerLines::TransactionId.into_iden()],
        ),
        (
            "ledger_lines_cooperative",
            LedgerLines::Table.into_iden(),
            vec![
                LedgerLines::CooperativeId.into_iden(),
                LedgerLines::CreatedAt.into_iden(),
            ],
        ),
        (
            "ledger_lines_account",
            LedgerLines::Table.into_iden(),
            vec![LedgerLines::Account.into_iden()],
        ),
        (
            "ledger_transactions_created",
            LedgerTransactions::Table.into_iden(),
            vec![LedgerTransactions::CreatedAt.into_iden()],
        ),
        (
            "ledger_transactions_order",
            LedgerTransactions::Table.into_iden(),
            vec![LedgerTransactions::OrderId.into_iden()],
        ),
    ] {
        let mut index = Index::create();
        index.name(name).table(table).if_not_exists();
        for col in cols {
            index.col(col);
        }
        manager.create_index(index.to_owned()).await?;
    }
    Ok(())
}

/// The old ledger's credits and payouts, written as the new ledger's transactions; returns the
/// shipments that were credited.
async fn move_entries(manager: &SchemaManager<'_>) -> Result<HashSet<Uuid>, DbErr> {
    let db = manager.get_connection();
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT e.id, e.cooperative_id, e.kind, e.amount_centimes, e.shipment_id, e.reference, \
             e.paid_on, e.recorded_by, e.created_at, s.order_id, s.goods_centimes, \
             s.delivery_centimes, o.payment_method \
             FROM ledger_entries e LEFT JOIN shipments s ON s.id = e.shipment_id \
             LEFT JOIN orders o ON o.id = s.order_id ORDER BY e.created_at, e.id",
        ))
        .await?;
    let mut credited = HashSet::new();
    for row in &rows {
        let old: Uuid = get(row, 0)?;
        let coop: Uuid = get(row, 1)?;
        let kind: String = get(row, 2)?;
        let amount: i64 = get(row, 3)?;
        let at: DateTimeUtc = get(row, 8)?;
        if kind == "payout" {
            write(
                manager,
                Entry {
                    key: format!("transfer:{old}"),
                    kind: "transfer_to_cooperative",
                    order: None,
                    shipment: None,
                    cooperative: Some(coop),
                    reference: get(row, 5)?,
                    on: get::<Option<Date>>(row, 6)?.unwrap_or(at.date_naive()),
                    by: get(row, 7)?,
                    at,
                    lines: vec![
                        Line("cooperative", Some(coop), amount),
                        Line("bank", None, -amount),
                    ],
                },
            )
            .await?;
            continue;
        }
        let shipment: Uuid = get::<Option<Uuid>>(row, 4)?
            .ok_or_else(|| custom(format!("credit {old} has no shipment")))?;
        let order: Uuid = get::<Option<Uuid>>(row, 9)?
            .ok_or_else(|| custom(format!("credit {old}'s shipment is gone")))?;
        let goods: i64 = get(row, 10)?;
        let delivery: i64 = get(row, 11)?;
        let method: String = get(row, 12)?;
        credited.insert(shipment);
        let on = at.date_naive();
        if method == "cod" {
            write(
                manager,
                Entry {
                    key: format!("cash:{shipment}"),
                    kind: "cash_collected",
                    order: Some(order),
                    shipment: Some(shipment),
                    cooperative: Some(coop),
                    reference: None,
                    on,
                    by: None,
                    at,
                    lines: vec![
                        Line("cooperative", Some(coop), goods + delivery),
                        Line("buyer_funds", None, -goods),
                        Line("delivery_fees", None, -delivery),
                    ],
                },
            )
            .await?;
        }
        // The old credit was the share (goods and delivery less the fee): the fee is the rest.
        write(
            manager,
            Entry {
                key: format!("earned:{shipment}"),
                kind: "earned",
                order: Some(order),
                shipment: Some(shipment),
                cooperative: Some(coop),
                reference: None,
                on,
                by: None,
                at,
                lines: vec![
                    Line("buyer_funds", None, goods),
                    Line("delivery_fees", None, delivery),
                    Line("cooperative", Some(coop), -amount),
                    Line("platform_fees", None, amount - goods - delivery),
                ],
            },
        )
        .await?;
    }
    Ok(credited)
}

/// Card orders paid (and those since refunded): the payment, and for the refunded ones each
/// part's refund.
async fn card_payments(manager: &SchemaManager<'_>, credited: &HashSet<Uuid>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT o.id, o.payment_state, o.created_at, o.updated_at, s.id, s.cooperative_id, \
             s.goods_centimes, s.delivery_centimes, s.platform_fee_centimes \
             FROM orders o JOIN shipments s ON s.order_id = o.id \
             WHERE o.payment_method = 'card' AND o.payment_state IN ('paid', 'refunded') \
             ORDER BY o.created_at, o.id, s.id",
        ))
        .await?;
    type Order = (bool, DateTimeUtc, DateTimeUtc, Vec<Part>);
    let mut orders: BTreeMap<(DateTimeUtc, Uuid), Order> = BTreeMap::new();
    for row in &rows {
        let id: Uuid = get(row, 0)?;
        let state: String = get(row, 1)?;
        let created: DateTimeUtc = get(row, 2)?;
        let updated: DateTimeUtc = get(row, 3)?;
        let part = Part {
            shipment: get(row, 4)?,
            cooperative: get(row, 5)?,
            goods: get(row, 6)?,
            delivery: get(row, 7)?,
            fee: get(row, 8)?,
        };
        orders
            .entry((created, id))
            .or_insert_with(|| (state == "refunded", created, updated, Vec::new()))
            .3
            .push(part);
    }
    for ((_, order), (refunded, created, updated, parts)) in orders {
        let mut lines = vec![Line(
            "card_clearing",
            None,
            parts.iter().map(Part::total).sum(),
        )];
        lines.push(Line(
            "buyer_funds",
            None,
            -parts.iter().map(|p| p.goods).sum::<i64>(),
        ));
        lines.push(Line(
            "delivery_fees",
            None,
            -parts.iter().map(|p| p.delivery).sum::<i64>(),
        ));
        write(
            manager,
            Entry {
                key: format!("card_paid:{order}"),
                kind: "card_paid",
                order: Some(order),
                shipment: None,
                cooperative: None,
                reference: None,
                on: created.date_naive(),
                by: None,
                at: created,
                lines,
            },
        )
        .await?;
        if !refunded {
            continue;
        }
        for p in parts {
            let total = p.total();
            let mut lines = vec![
                Line("refunds", None, total),
                Line("card_clearing", None, -total),
            ];
            if credited.contains(&p.shipment) {
                lines.push(Line("cooperative", Some(p.cooperative), total - p.fee));
                lines.push(Line("platform_fees", None, p.fee));
            } else {
                lines.push(Line("buyer_funds", None, p.goods));
                lines.push(Line("delivery_fees", None, p.delivery));
            }
            lines.push(Line("refunds", None, -total));
            write(
                manager,
                Entry {
                    key: format!("refund:{}:migrated", p.shipment),
                    kind: "refund",
                    order: Some(order),
                    shipment: Some(p.shipment),
                    cooperative: Some(p.cooperative),
                    reference: None,
                    on: updated.date_naive(),
                    by: None,
                    at: updated,
                    lines,
                },
            )
            .await?;
        }
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_tables(manager).await?;
        let credited = move_entries(manager).await?;
        card_payments(manager, &credited).await?;
        manager
            .drop_table(Table::drop().table(LedgerEntries::Table).to_owned())
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(custom(
            "the ledger cannot go back to single entries: restore the backup taken before",
        ))
    }
}
