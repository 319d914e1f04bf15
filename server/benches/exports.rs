//! The orders export at 100,000 orders (`TAAWON_BENCH_ORDERS`), in bounded memory. A temporary
//! SQLite database is filled with generated orders (big batched inserts), then each measurement
//! runs in a fresh child process of this benchmark, so one cannot profit from memory another
//! left to the allocator:
//! - the export stream of `exports::stream`, consumed chunk by chunk (batches of 500 rows),
//! - `GET /exports/orders.csv` through the real router, read chunk by chunk by an HTTP client,
//! - for contrast, the same CSV built whole in memory (every row read at once, kept until done).
//!
//! Each prints rows, bytes, seconds, rows/s, the process's resident memory before, its peak
//! during (VmHWM after resetting it; sampled VmRSS where that is not possible) and the growth.
//! Not a timed test: it prints figures and asserts only that every row came out.
//! Run with `cargo bench -p server --bench exports`.

#![expect(
    clippy::expect_used,
    clippy::print_stdout,
    reason = "a benchmark that cannot set up should stop, and it reports on standard output"
)]

use app::context::CurrentUser;
use backend::{
    entity::order,
    services::exports::{self, ExportKind, ExportQuery},
};
use domain::{Locale, Role, UserId};
use futures::StreamExt;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, PaginatorTrait, TransactionTrait};
use server::{Application, Overrides, config::Config};
use std::{
    path::{Path, PathBuf},
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};
use uuid::Uuid;

/// Rows per INSERT while generating (24 columns each: under SQLite's 32,766 parameters).
const CHUNK: usize = 1_000;
/// Which measurement a child process runs, and the folder holding the database.
const MODE_VAR: &str = "TAAWON_BENCH_EXPORT_MODE";
const DIR_VAR: &str = "TAAWON_BENCH_EXPORT_DIR";
const ADMIN_EMAIL: &str = "admin@bench.ma";
const ADMIN_PASSWORD: &str = "argan-oil-from-souss";

/// What each measurement is called in the report, and its mode.
const MEASUREMENTS: [(&str, &str); 3] = [
    ("stream (service, 500 rows/batch)", "service"),
    ("stream (GET /exports/orders.csv)", "http"),
    ("whole CSV in memory (contrast)", "memory"),
];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    match (std::env::var(MODE_VAR), std::env::var(DIR_VAR)) {
        (Ok(mode), Ok(dir)) => runtime.block_on(measure(&mode, Path::new(&dir))),
        _ => runtime.block_on(run()),
    }
}

async fn run() {
    let target: usize = std::env::var("TAAWON_BENCH_ORDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Application::build(&config(dir.path(), &dir.path().join("setup")), overrides())
        .await
        .expect("application");
    let db = app.state().db.clone();
    backend::services::accounts::create_admin(&db, ADMIN_EMAIL, "Admin", ADMIN_PASSWORD, false)
        .await
        .expect("admin");
    let started = Instant::now();
    generate(&db, target).await;
    let count = order::Entity::find().count(&db).await.expect("count");
    println!(
        "orders export: {count} orders in a SQLite file ({:.1} s to generate)",
        started.elapsed().as_secs_f64()
    );
    drop(app);
    db.close().await.expect("close");

    println!(
        "\n{:<34} {:>8} {:>10} {:>8} {:>9} {:>11} {:>11} {:>12}",
        "", "rows", "MiB", "seconds", "rows/s", "RSS before", "peak RSS", "peak growth"
    );
    let exe = std::env::current_exe().expect("own path");
    for (name, mode) in MEASUREMENTS {
        let output = std::process::Command::new(&exe)
            .env(MODE_VAR, mode)
            .env(DIR_VAR, dir.path())
            .output()
            .expect("measurement runs");
        let line = String::from_utf8_lossy(&output.stdout);
        if output.status.success() {
            println!("{name:<34} {}", line.trim());
        } else {
            println!(
                "{name:<34} failed: {}{}",
                line.trim(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    println!(
        "\nMiB of CSV; memory is the whole process's resident set (MiB), each measurement in a \
         fresh process."
    );
}

fn config(db_dir: &Path, data_dir: &Path) -> Config {
    Config {
        listen: "127.0.0.1:0".parse().expect("address"),
        database_url: Some(
            format!("sqlite://{}?mode=rwc", db_dir.join("bench.db").display())
                .parse()
                .expect("url"),
        ),
        data_dir: data_dir.to_path_buf(),
        public_url: "http://127.0.0.1".into(),
        secure_cookies: None,
        site_root: PathBuf::from(data_dir),
        trusted_proxies: server::client_addr::TrustedProxies::Count(1),
        mail_from: "Taawon <no-reply@taawon.test>".into(),
        log_format: "pretty".into(),
        platform_fee: Default::default(),
        delivery_fee: 3_000,
        free_delivery_from: server::config::Threshold(Some(40_000)),
        cash_on_delivery: true,
        cash_orders_waiting: 3,
        checkout_per_client: 100_000,
        api_per_minute: 100_000,
        sign_in_per_client: 100_000,
        sign_up_per_client: 100_000,
        operator_name: "Taawon".into(),
        metrics_listen: None,
        operator_address: String::new(),
        contact_email: None,
        cndp_declaration: None,
        max_open_requests: 3,
        claim_release_days: 14,
        meilisearch_url: None,
        meilisearch_api_key: None,
        smtp_url: None,
        smtp_ca_file: None,
        media_url: None,
        search_index: "products".into(),
        search_niceness: backend::search::embedded::SEARCH_NICENESS,
        payments: Default::default(),
    }
}

fn overrides() -> Overrides {
    Overrides::default()
}

/// Recipients and cities, so the file carries Arabic and French as real ones do.
const PEOPLE: &[(&str, &str, &str)] = &[
    ("فاطمة الزهراء بنعلي", "الدار البيضاء", "casablanca_settat"),
    ("Salma Idrissi", "Salé", "rabat_sale_kenitra"),
    ("يوسف أمزيان", "أكادير", "souss_massa"),
    ("Khadija Ait Lahcen", "Ouarzazate", "draa_tafilalet"),
    ("محمد العلوي", "فاس", "fes_meknes"),
];

/// `target` orders over the past year, inserted `CHUNK` rows per statement.
async fn generate(db: &sea_orm::DatabaseConnection, target: usize) {
    let start = chrono::Utc::now() - chrono::Duration::days(365);
    let mut made = 0;
    while made < target {
        let txn = db.begin().await.expect("begin");
        for _ in 0..10 {
            let n = CHUNK.min(target - made);
            if n == 0 {
                break;
            }
            let rows: Vec<order::ActiveModel> = (made..made + n)
                .map(|k| {
                    let (name, city, region) = PEOPLE[k % PEOPLE.len()];
                    let when = start + chrono::Duration::seconds(k as i64 * 300);
                    let goods = 5_000 + (k as i64 * 7_919) % 40_000;
                    let delivery = if goods >= 40_000 { 0 } else { 3_000 };
                    order::ActiveModel {
                        id: Set(Uuid::now_v7()),
                        number: Set(format!("TA-B{k:07}")),
                        idempotency_key: Set(format!("bench-{k}")),
                        buyer_id: Set(None),
                        email: Set(format!("buyer{k}@example.ma")),
                        locale: Set("ar".into()),
                        payment_method: Set(if k % 4 == 0 {
                            domain::order::PaymentMethod::Card
                        } else {
                            domain::order::PaymentMethod::CashOnDelivery
                        }),
                        payment_state: Set(if k % 3 == 0 {
                            domain::order::PaymentState::Paid
                        } else {
                            domain::order::PaymentState::Pending
                        }),
                        currency: Set("MAD".into()),
                        goods_centimes: Set(goods),
                        delivery_centimes: Set(delivery),
                        total_centimes: Set(goods + delivery),
                        fee_permille: Set(0),
                        recipient_name: Set(name.into()),
                        phone: Set("0661234567".into()),
                        region: Set(region.into()),
                        city: Set(city.into()),
                        address_line: Set("12 rue des Orangers, Hay Salam".into()),
                        notes: Set(None),
                        access_token_hash: Set(format!("{k:064}")),
                        created_at: Set(when),
                        updated_at: Set(when),
                    }
                })
                .collect();
            order::Entity::insert_many(rows)
                .exec(&txn)
                .await
                .expect("insert orders");
            made += n;
        }
        txn.commit().await.expect("commit");
    }
    db.execute_unprepared("ANALYZE").await.expect("analyze");
}

/// What one measurement read.
#[derive(Default)]
struct Read {
    lines: u64,
    bytes: u64,
}

impl Read {
    fn add(&mut self, chunk: &[u8]) {
        self.bytes += chunk.len() as u64;
        self.lines += memchr::memchr_iter(b'\n', chunk).count() as u64;
    }
}

/// Runs one measurement (in a child process) and prints its figures on one line.
async fn measure(mode: &str, dir: &Path) {
    let data = tempfile::tempdir_in(dir).expect("data dir");
    let app = Application::build(&config(dir, data.path()), overrides())
        .await
        .expect("application");
    let db = app.state().db.clone();
    let expected = order::Entity::find().count(&db).await.expect("count");
    let admin = CurrentUser {
        id: UserId::new(),
        email: ADMIN_EMAIL.into(),
        display_name: "Admin".into(),
        roles: vec![Role::Admin],
        email_verified: true,
    };
    let plan = exports::plan(
        &db,
        &admin,
        ExportKind::Orders,
        &ExportQuery::default(),
        Locale::Fr,
    )
    .await
    .expect("plan");
    let http = if mode == "http" {
        let address = app.address().expect("address");
        tokio::spawn(app.serve());
        let base = format!("http://{address}");
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let signed_in = client
            .post(format!("{base}/api/account/sign-in"))
            .header("accept", "text/html")
            .header("origin", &base)
            .header("sec-fetch-site", "same-origin")
            .header("referer", format!("{base}/sign-in"))
            .form(&[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)])
            .send()
            .await
            .expect("sign in");
        assert_eq!(signed_in.status().as_u16(), 302, "the admin signs in");
        Some((client, base))
    } else {
        None
    };
    // Let start-up work settle before the baseline.
    tokio::time::sleep(Duration::from_millis(300)).await;

    let before = rss_kib("VmRSS").unwrap_or(0);
    // Writing 5 to clear_refs resets the peak (VmHWM) to the current size (Linux).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let sampler = Sampler::start();
    let started = Instant::now();
    let mut read = Read::default();
    let mut kept = Vec::new();
    match (mode, http) {
        ("service", _) => {
            let mut stream = std::pin::pin!(exports::stream(db.clone(), plan));
            while let Some(chunk) = stream.next().await {
                read.add(&chunk.expect("chunk"));
            }
        }
        ("http", Some((client, base))) => {
            let mut response = client
                .get(format!("{base}/exports/orders.csv"))
                .header("accept-language", "fr")
                .send()
                .await
                .expect("GET");
            assert_eq!(response.status().as_u16(), 200);
            assert!(response.content_length().is_none(), "streamed");
            while let Some(chunk) = response.chunk().await.expect("chunk") {
                read.add(&chunk);
            }
        }
        ("memory", _) => {
            // Every row in one read, and the whole file kept until the end.
            let mut stream = std::pin::pin!(exports::stream(
                db.clone(),
                plan.with_batch_rows(1_000_000_000)
            ));
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.expect("chunk");
                read.add(&chunk);
                kept.push(chunk);
            }
        }
        (other, _) => panic!("unknown measurement {other}"),
    }
    let took = started.elapsed().as_secs_f64();
    let sampled = sampler.stop();
    let peak = match (reset, rss_kib("VmHWM")) {
        (true, Some(hwm)) => hwm,
        _ => sampled,
    }
    .max(before);
    drop(kept);
    let rows = read.lines.saturating_sub(1);
    assert_eq!(rows, expected, "a header line and every order");
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!(
        "{rows:>8} {:>10.1} {took:>8.2} {:>9.0} {:>11.1} {:>11.1} {:>12.1}{}",
        read.bytes as f64 / (1024.0 * 1024.0),
        rows as f64 / took,
        mib(before),
        mib(peak),
        mib(peak - before),
        if reset { "" } else { " (sampled)" }
    );
}

/// Samples VmRSS every millisecond on a thread of its own, keeping the largest.
struct Sampler {
    stop: Arc<AtomicBool>,
    peak: Arc<AtomicU64>,
    thread: std::thread::JoinHandle<()>,
}

impl Sampler {
    fn start() -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let peak = Arc::new(AtomicU64::new(0));
        let thread = {
            let (stop, peak) = (stop.clone(), peak.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    if let Some(rss) = rss_kib("VmRSS") {
                        peak.fetch_max(rss, Ordering::Relaxed);
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
            })
        };
        Self { stop, peak, thread }
    }

    /// The largest VmRSS seen, in KiB.
    fn stop(self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.join().expect("sampler");
        self.peak.load(Ordering::Relaxed)
    }
}

/// A field of /proc/self/status, in KiB.
fn rss_kib(field: &str) -> Option<u64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
