//! The ledger on PostgreSQL (`TAAWON_BENCH_POSTGRES_URL`, default the local server; a fresh
//! database each run):
//! - writes: delivered parts posted as the fulfilment service posts them (each a database
//!   transaction holding its ledger transactions), by 8 tasks at once; transactions/s and lines/s;
//! - reconciliation: the ledger of 100,000 orders (`TAAWON_BENCH_ORDERS`; card and cash, with
//!   refunds and transfers, bulk-inserted), then the period report and the positions, each timed
//!   five times (median printed).
//!
//! Not a timed test: it prints figures, asserting only that the ledger balances.
//! Run with `cargo bench -p server --bench ledger`.

#![expect(
    clippy::expect_used,
    clippy::print_stdout,
    reason = "a benchmark that cannot set up should stop, and it reports on standard output"
)]

use backend::{
    entity::cooperative,
    services::{ledger, reconciliation},
};
use domain::{
    export::DateRange,
    ledger::{Collector, Part, Transaction},
};
use migrations::MigratorTrait;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, Database, DatabaseConnection, Set, Statement,
    TransactionTrait,
};
use std::time::Instant;
use uuid::Uuid;

const COOPERATIVES: usize = 50;
const WRITERS: usize = 8;
const WRITES_PER_WRITER: usize = 500;
/// Transactions per multi-row INSERT while generating.
const CHUNK: usize = 2_000;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn fresh_database() -> (DatabaseConnection, String, String) {
    let base = std::env::var("TAAWON_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let admin = Database::connect(format!("{base}/postgres"))
        .await
        .expect("PostgreSQL is needed for this benchmark");
    let name = format!("taawon_bench_ledger_{}", Uuid::now_v7().simple());
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create database");
    admin.close().await.ok();
    let db = Database::connect(format!("{base}/{name}"))
        .await
        .expect("connect");
    migrations::Migrator::up(&db, None).await.expect("migrate");
    (db, base, name)
}

async fn cooperatives(db: &DatabaseConnection) -> Vec<Uuid> {
    let now = chrono::Utc::now();
    let mut ids = Vec::new();
    for i in 0..COOPERATIVES {
        let id = Uuid::now_v7();
        cooperative::ActiveModel {
            id: Set(id),
            slug: Set(format!("bench-{i}")),
            register_number: Set(format!("2020/{i:04}")),
            ice: Set(format!("{:015}", 7_000 + i)),
            name_ar: Set(format!("تعاونية {i}")),
            name_fr: Set(format!("Coopérative {i}")),
            region: Set("souss_massa".into()),
            province: Set("agadir_ida_ou_tanane".into()),
            sector: Set("agriculture".into()),
            founded_on: Set(chrono::NaiveDate::from_ymd_opt(2019, 5, 2).expect("date")),
            member_count: Set(12),
            women_count: Set(6),
            phone: Set("0612121212".into()),
            state: Set(domain::cooperative::CooperativeStatus::Verified),
            state_reason: Set(None),
            certificate_key: Set(None),
            certificate_type: Set(None),
            submitted_at: Set(Some(now)),
            verified_at: Set(Some(now)),
            created_at: Set(now),
            updated_at: Set(now),
            accepts_cash_on_delivery: Set(true),
            whatsapp: Set(None),
            register_flag: Set(None),
        }
        .insert(db)
        .await
        .expect("cooperative");
        ids.push(id);
    }
    ids
}

fn part(coop: Uuid, n: usize) -> Part {
    let goods = 5_000 + (n as i64 * 7_919) % 95_000;
    Part {
        cooperative: coop,
        goods,
        delivery: 3_000,
        fee: goods / 10,
    }
}

/// What order `n` writes: card or cash, delivered, now and then refunded or settled.
fn events(coop: Uuid, n: usize) -> Vec<(Option<Uuid>, Transaction)> {
    let p = part(coop, n);
    let mut out = Vec::new();
    if n.is_multiple_of(3) {
        for t in domain::ledger::delivered(Collector::Cooperative, &p) {
            out.push((Some(coop), t));
        }
    } else {
        out.extend(domain::ledger::card_paid(&[p]).map(|t| (None, t)));
        for t in domain::ledger::delivered(Collector::Platform, &p) {
            out.push((Some(coop), t));
        }
        if n.is_multiple_of(17) {
            out.extend(
                domain::ledger::refunded_after_delivery(&p, p.total() / 2, 0)
                    .ok()
                    .map(|t| (Some(coop), t)),
            );
        }
    }
    out
}

/// Bulk-inserts `entries` (transactions and their lines) in multi-row INSERTs.
async fn insert(db: &DatabaseConnection, entries: &[(Option<Uuid>, Transaction)]) {
    let now = chrono::Utc::now().to_rfc3339();
    let today = chrono::Utc::now().date_naive();
    for chunk in entries.chunks(CHUNK) {
        let txn = db.begin().await.expect("begin");
        let mut transactions = Vec::new();
        let mut lines = Vec::new();
        for (about, t) in chunk {
            let id = Uuid::now_v7();
            transactions.push(format!(
                "('{id}', 'bench:{id}', '{}', {}, '{today}', '{now}')",
                t.kind().code(),
                about.map_or("NULL".to_owned(), |c| format!("'{c}'")),
            ));
            for l in t.lines() {
                lines.push(format!(
                    "('{}', '{id}', '{}', {}, {}, '{now}')",
                    Uuid::now_v7(),
                    l.account.code(),
                    l.account
                        .cooperative()
                        .map_or("NULL".to_owned(), |c| format!("'{c}'")),
                    l.amount,
                ));
            }
        }
        txn.execute_unprepared(&format!(
            "INSERT INTO ledger_transactions (id, event_key, kind, cooperative_id, occurred_on, \
             created_at) VALUES {}",
            transactions.join(", ")
        ))
        .await
        .expect("transactions");
        for lines in lines.chunks(CHUNK * 2) {
            txn.execute_unprepared(&format!(
                "INSERT INTO ledger_lines (id, transaction_id, account, cooperative_id, \
                 amount_centimes, created_at) VALUES {}",
                lines.join(", ")
            ))
            .await
            .expect("lines");
        }
        txn.commit().await.expect("commit");
    }
}

async fn run() {
    let orders: usize = std::env::var("TAAWON_BENCH_ORDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let (db, base, name) = fresh_database().await;
    let coops = cooperatives(&db).await;

    // Writes, as the services post them: one database transaction per delivered part.
    let started = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..WRITERS {
        let db = db.clone();
        let coops = coops.clone();
        tasks.push(tokio::spawn(async move {
            let mut lines = 0usize;
            let mut written = 0usize;
            for i in 0..WRITES_PER_WRITER {
                let n = w * WRITES_PER_WRITER + i;
                let p = part(coops[n % COOPERATIVES], n);
                let collector = if n.is_multiple_of(3) {
                    Collector::Cooperative
                } else {
                    Collector::Platform
                };
                let txn = db.begin().await.expect("begin");
                for t in domain::ledger::delivered(collector, &p) {
                    let about = ledger::About {
                        cooperative: Some(p.cooperative),
                        ..ledger::About::default()
                    };
                    ledger::post(&txn, &format!("w:{n}:{}", t.kind().code()), about, &t)
                        .await
                        .expect("post");
                    lines += t.lines().len();
                    written += 1;
                }
                txn.commit().await.expect("commit");
            }
            (written, lines)
        }));
    }
    let (mut written, mut lines) = (0, 0);
    for task in tasks {
        let (w, l) = task.await.expect("writer");
        written += w;
        lines += l;
    }
    let took = started.elapsed().as_secs_f64();
    println!(
        "ledger writes ({WRITERS} writers, PostgreSQL): {written} transactions, {lines} lines in \
         {took:.2} s: {:.0} transactions/s, {:.0} lines/s",
        written as f64 / took,
        lines as f64 / took
    );

    // The ledger of `orders` orders, then the reconciliation over it.
    let started = Instant::now();
    let mut entries = Vec::new();
    for n in 0..orders {
        entries.extend(events(coops[n % COOPERATIVES], n));
        if entries.len() >= CHUNK * 10 {
            insert(&db, &entries).await;
            entries.clear();
        }
    }
    insert(&db, &entries).await;
    let counted = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT CAST(COUNT(*) AS BIGINT), (SELECT CAST(COUNT(*) AS BIGINT) FROM ledger_lines) \
             FROM ledger_transactions",
        ))
        .await
        .expect("count")
        .expect("a row");
    let transactions: i64 = counted.try_get_by_index(0).expect("count");
    let all_lines: i64 = counted.try_get_by_index(1).expect("count");
    db.execute_unprepared("ANALYZE").await.expect("analyze");
    println!(
        "ledger of {orders} orders: {transactions} transactions, {all_lines} lines ({:.1} s to \
         generate)",
        started.elapsed().as_secs_f64()
    );
    let range = DateRange::parse(None, None).expect("all time");
    let mut report_ms = Vec::new();
    let mut positions_ms = Vec::new();
    let mut report = None;
    for _ in 0..5 {
        let started = Instant::now();
        report = Some(reconciliation::report(&db, &range).await.expect("report"));
        report_ms.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        ledger::positions(&db, None).await.expect("positions");
        positions_ms.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let report = report.expect("a report");
    assert_eq!(report.imbalance, 0, "the ledger balances");
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "reconciliation of {orders} orders ({} cooperatives): report {:.0} ms, positions {:.0} ms \
         (median of 5); sales {} MAD, fees {} MAD",
        report.cooperatives.len(),
        median(&mut report_ms),
        median(&mut positions_ms),
        domain::money::plain(report.total().sales),
        domain::money::plain(report.total().fees),
    );
    db.close().await.ok();
    if let Ok(admin) = Database::connect(format!("{base}/postgres")).await {
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
            .await
            .ok();
    }
}
