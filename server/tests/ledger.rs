//! The double-entry ledger in the database: the old single-entry rows move into it with every
//! right balance kept and the cash-on-delivery credits corrected, and the whole ledger sums to
//! zero.

use crate::{
    cooperatives::{setup, verified_cooperative},
    helpers::*,
    orders::amal_cooperative,
};
use backend::{
    entity::{ledger_line, ledger_transaction, order, shipment},
    services::ledger,
};
use chrono::Utc;
use domain::{
    ledger::{Account, Kind},
    order::{PaymentMethod, PaymentState, ShipmentState},
};
use migrations::MigratorTrait;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, EntityTrait, PaginatorTrait, Set,
    sea_query::{Alias, ColumnDef, Query, Table},
};
use uuid::Uuid;

/// A delivered (or refunded) order of one part, written straight to the database as the old
/// code left it; returns the part.
async fn delivered_order(
    app: &TestApp,
    cooperative: Uuid,
    method: PaymentMethod,
    payment: PaymentState,
    (goods, delivery, fee): (i64, i64, i64),
) -> shipment::Model {
    let now = Utc::now();
    let id = Uuid::now_v7();
    let number = format!("T-{}", &id.simple().to_string()[20..]);
    order::ActiveModel {
        id: Set(id),
        number: Set(number.clone()),
        idempotency_key: Set(Uuid::now_v7().to_string()),
        buyer_id: Set(None),
        email: Set("buyer@example.ma".into()),
        locale: Set("fr".into()),
        payment_method: Set(method),
        payment_state: Set(payment),
        currency: Set("MAD".into()),
        goods_centimes: Set(goods),
        delivery_centimes: Set(delivery),
        total_centimes: Set(goods + delivery),
        fee_permille: Set(100),
        recipient_name: Set("Salma".into()),
        phone: Set("0661234567".into()),
        region: Set("rabat_sale_kenitra".into()),
        city: Set("Rabat".into()),
        address_line: Set("12 rue des Orangers".into()),
        notes: Set(None),
        access_token_hash: Set(format!("hash-{number}")),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("order");
    shipment::ActiveModel {
        id: Set(Uuid::now_v7()),
        order_id: Set(id),
        cooperative_id: Set(cooperative),
        state: Set(ShipmentState::Delivered),
        goods_centimes: Set(goods),
        delivery_centimes: Set(delivery),
        platform_fee_centimes: Set(fee),
        cooperative_share_centimes: Set(goods + delivery - fee),
        carrier: Set(None),
        tracking_number: Set(None),
        cancel_reason: Set(None),
        cash_collected_at: Set((method == PaymentMethod::CashOnDelivery).then_some(now)),
        confirmed_at: Set(Some(now)),
        shipped_at: Set(Some(now)),
        delivered_at: Set(Some(now)),
        cancelled_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("shipment")
}

async fn run(app: &TestApp, statement: &impl sea_orm::StatementBuilder) {
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(backend.build(statement))
        .await
        .expect("statement");
}

/// Takes the database back to before the ledger migration: its tables gone, the old table back.
async fn before_the_ledger(app: &TestApp) {
    for table in ["ledger_lines", "ledger_transactions"] {
        run(app, &Table::drop().table(Alias::new(table)).to_owned()).await;
    }
    app.db
        .execute_unprepared(
            "DELETE FROM seaql_migrations WHERE version = 'm20261206_000016_ledger'",
        )
        .await
        .expect("forget the migration");
    let col = |name: &str| ColumnDef::new(Alias::new(name));
    run(
        app,
        &Table::create()
            .table(Alias::new("ledger_entries"))
            .col(col("id").uuid().not_null().primary_key())
            .col(col("cooperative_id").uuid().not_null())
            .col(col("kind").string_len(8).not_null())
            .col(col("amount_centimes").big_integer().not_null())
            .col(col("shipment_id").uuid().null().unique_key())
            .col(col("reference").string_len(120).null())
            .col(col("paid_on").date().null())
            .col(col("recorded_by").uuid().null())
            .col(col("created_at").timestamp_with_time_zone().not_null())
            .to_owned(),
    )
    .await;
}

/// One row of the old ledger: a credit for a shipment, or a payout with its reference.
async fn old_entry(app: &TestApp, cooperative: Uuid, amount: i64, shipment: Option<Uuid>) {
    let payout = shipment.is_none();
    run(
        app,
        Query::insert()
            .into_table(Alias::new("ledger_entries"))
            .columns(
                [
                    "id",
                    "cooperative_id",
                    "kind",
                    "amount_centimes",
                    "shipment_id",
                    "reference",
                    "paid_on",
                    "recorded_by",
                    "created_at",
                ]
                .map(Alias::new),
            )
            .values([
                Uuid::now_v7().into(),
                cooperative.into(),
                (if payout { "payout" } else { "credit" }).into(),
                amount.into(),
                shipment.into(),
                payout.then(|| "VIR-OLD-1".to_owned()).into(),
                payout.then(|| Utc::now().date_naive()).into(),
                None::<Uuid>.into(),
                Utc::now().into(),
            ])
            .expect("values"),
    )
    .await;
}

#[tokio::test]
async fn the_old_ledger_moves_in_whole_with_cash_on_delivery_corrected() {
    let (app, admin) = setup().await;
    let card_coop = verified_cooperative(&app, &admin).await.id;
    let cash_coop = amal_cooperative(&app).await.id;
    let card = delivered_order(
        &app,
        card_coop,
        PaymentMethod::Card,
        PaymentState::Paid,
        (10_000, 3_000, 1_000),
    )
    .await;
    let cash = delivered_order(
        &app,
        cash_coop,
        PaymentMethod::CashOnDelivery,
        PaymentState::Paid,
        (9_500, 3_000, 950),
    )
    .await;
    let refunded = delivered_order(
        &app,
        card_coop,
        PaymentMethod::Card,
        PaymentState::Refunded,
        (5_000, 0, 500),
    )
    .await;

    before_the_ledger(&app).await;
    // What the old code wrote: a credit of the share per delivered part (the cash one too, and
    // the refunded one left in place) and a payout of 50 MAD.
    old_entry(&app, card_coop, 12_000, Some(card.id)).await;
    old_entry(&app, cash_coop, 11_550, Some(cash.id)).await;
    old_entry(&app, card_coop, 4_500, Some(refunded.id)).await;
    old_entry(&app, card_coop, 5_000, None).await;
    migrations::Migrator::up(&app.db, None)
        .await
        .expect("the ledger migration");
    let gone = app
        .db
        .execute_unprepared("SELECT 1 FROM ledger_entries")
        .await;
    assert!(gone.is_err(), "the old table is gone");

    // The card cooperative's right balance is kept (120 − 50 owed), less the refunded sale
    // the old ledger had left credited; the cash cooperative owes its fee instead of being owed
    // 115,50 MAD.
    assert_eq!(
        ledger::position(&app.db, card_coop)
            .await
            .expect("position"),
        7_000
    );
    assert_eq!(
        ledger::position(&app.db, cash_coop)
            .await
            .expect("position"),
        -950
    );
    let balances: std::collections::BTreeMap<Account, i64> = ledger::account_balances(&app.db)
        .await
        .expect("balances")
        .into_iter()
        .collect();
    assert_eq!(balances.values().sum::<i64>(), 0, "{balances:?}");
    assert_eq!(
        balances.get(&Account::CardClearing),
        Some(&13_000),
        "card money held"
    );
    assert_eq!(
        balances.get(&Account::PlatformFees),
        Some(&-1_950),
        "fees earned"
    );
    assert_eq!(
        balances.get(&Account::Bank),
        Some(&-5_000),
        "the payout left the bank"
    );
    for account in [Account::BuyerFunds, Account::DeliveryFees] {
        assert_eq!(
            balances.get(&account).copied().unwrap_or(0),
            0,
            "nothing owed to buyers"
        );
    }
    let rows = ledger::statement_rows(&app.db, card_coop, &[], None)
        .await
        .expect("statement");
    let transfer = rows
        .iter()
        .find(|r| r.kind == Kind::TransferToCooperative)
        .expect("the payout");
    assert_eq!(transfer.reference.as_deref(), Some("VIR-OLD-1"));
    assert_eq!(transfer.amount, -5_000);

    // Each migrated event keeps its key: delivering again writes nothing twice.
    let before = ledger_transaction::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    ledger::delivered(&app.db, &cash, domain::ledger::Collector::Cooperative)
        .await
        .expect("again");
    assert_eq!(
        ledger_transaction::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        before
    );
    let lines = ledger_line::Entity::find()
        .all(&app.db)
        .await
        .expect("lines");
    let by_transaction = lines.iter().fold(
        std::collections::HashMap::<Uuid, i64>::new(),
        |mut sums, l| {
            *sums.entry(l.transaction_id).or_default() += l.amount_centimes;
            sums
        },
    );
    assert!(
        by_transaction.values().all(|s| *s == 0),
        "every transaction balances"
    );
}
