//! Search at 100,000 products: the demo marketplace is loaded, its public products are copied
//! (titles varied, prices jittered, photos shared) until the catalog holds `TAAWON_BENCH_PRODUCTS`
//! (default 100,000); then the Google product feed of the whole catalog is streamed (items/s,
//! peak memory: it must not grow with the catalog), a full reindex is timed (documents/s, peak
//! memory of the process), and
//! 20 concurrent clients run the judged queries of `demo/relevance/queries.tsv`:
//! - against the engine alone (with facets, as the search page asks; and without, as the
//!   results-as-you-type endpoint asks),
//! - through HTTP: `/api/search/suggest` and the whole `/search` page.
//!
//! Prints p50/p95/p99 and requests/s for each; for the endpoints also, per request, the latency
//! less the engine time the server reports in `Server-Timing` (the endpoint's own overhead, under
//! the same load) and less the whole application's time (what the client and the connection
//! add), beside the older estimate, the engine's p95 subtracted from the endpoint's. The embedded
//! engine always, its search threads `TAAWON_SEARCH_NICENESS` steps below the server's priority
//! (as the server runs them; 0 for the same priority); Meilisearch too when `MEILISEARCH_URL` is
//! set (it says it skipped otherwise).
//! Not a timed test: it prints figures. Run with `cargo bench -p server --bench search`.

#![expect(
    clippy::expect_used,
    clippy::print_stdout,
    reason = "a benchmark that cannot set up should stop, and it reports on standard output"
)]

use backend::{
    entity::{product, product_option, product_photo, product_translation, search_queue},
    search::{
        SearchIndex, SearchRequest,
        embedded::{EmbeddedIndex, SEARCH_NICENESS},
        meili::MeiliIndex,
        sync,
    },
    timing,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    TransactionTrait,
};
use server::{Application, Overrides, config::Config};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};
use uuid::Uuid;

/// The server binary's allocator (`server/src/main.rs`), so the figures are the server's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Concurrent clients.
const CLIENTS: usize = 20;
/// Requests each client makes per measurement, unless `TAAWON_BENCH_ROUNDS` says otherwise
/// (more rounds make each phase long enough to profile).
const ROUNDS: usize = 200;
/// Rows per INSERT while generating.
const CHUNK: usize = 400;

/// Words that make copies of a product differ, in ar / fr / en.
const VARIANTS: &[(&str, &str, &str)] = &[
    ("بلدي", "du terroir", "traditional"),
    ("ممتاز", "extra", "premium"),
    ("عضوي", "bio", "organic"),
    ("من الأطلس", "de l'Atlas", "from the Atlas"),
    ("من سوس", "du Souss", "from Souss"),
    ("حرفي", "artisanal", "handmade"),
    ("عائلي", "format famille", "family size"),
    ("هدية", "coffret cadeau", "gift box"),
    ("موسم جديد", "nouvelle récolte", "new harvest"),
    ("صغير", "petit format", "small size"),
    ("من الريف", "du Rif", "from the Rif"),
    ("من درعة", "du Drâa", "from Draa"),
    ("مختار", "sélection", "selected"),
];

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    let target: usize = std::env::var("TAAWON_BENCH_PRODUCTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let embedded: Arc<dyn SearchIndex> = Arc::new(
        EmbeddedIndex::open(&dir.path().join("search"), niceness())
            .expect("embedded index")
            .0,
    );
    let app = Application::build(&config(dir.path()), overrides(embedded.clone()))
        .await
        .expect("application");
    let db = app.state().db.clone();
    println!("loading the demo marketplace…");
    demo::seed(&db, &app.state().media).await.expect("demo");
    let started = Instant::now();
    let total = grow(&db, target).await;
    println!(
        "catalog: {total} public products ({:.1} s to generate)",
        started.elapsed().as_secs_f64()
    );
    feed(&db, &app.state().settings()).await;
    // The generated rows' outbox entries: the reindex below covers them.
    search_queue::Entity::delete_many()
        .exec(&db)
        .await
        .expect("outbox");
    let queries: Vec<String> = demo::relevance::parse(demo::relevance::QUERIES)
        .into_iter()
        .map(|j| j.query)
        .collect();

    println!(
        "\n== embedded (tantivy), search threads {} nice steps below the server ==",
        niceness()
    );
    reindex(&db, embedded.as_ref()).await;
    let address = app.address().expect("address");
    tokio::spawn(app.serve());
    slowest(embedded.as_ref(), &queries).await;
    measure(embedded.clone(), &format!("http://{address}"), &queries).await;

    match std::env::var("MEILISEARCH_URL") {
        Ok(url) => {
            println!("\n== meilisearch ({url}) ==");
            let key = std::env::var("MEILISEARCH_API_KEY").ok();
            let meili: Arc<dyn SearchIndex> = Arc::new(
                MeiliIndex::connect(&url, key.as_deref(), "taawon-bench")
                    .await
                    .expect("meilisearch"),
            );
            reindex(&db, meili.as_ref()).await;
            let other = tempfile::tempdir().expect("temp dir");
            let mut meili_config = config(other.path());
            meili_config.database_url = Some(
                format!("sqlite://{}", dir.path().join("bench.db").display())
                    .parse()
                    .expect("url"),
            );
            let app = Application::build(&meili_config, overrides(meili.clone()))
                .await
                .expect("application");
            let address = app.address().expect("address");
            tokio::spawn(app.serve());
            slowest(meili.as_ref(), &queries).await;
            measure(meili, &format!("http://{address}"), &queries).await;
        }
        Err(_) => println!("\nmeilisearch: skipped (MEILISEARCH_URL is not set)"),
    }
}

fn config(dir: &Path) -> Config {
    Config {
        listen: "127.0.0.1:0".parse().expect("address"),
        database_url: Some(
            format!("sqlite://{}?mode=rwc", dir.join("bench.db").display())
                .parse()
                .expect("url"),
        ),
        data_dir: dir.to_path_buf(),
        public_url: "http://127.0.0.1".into(),
        secure_cookies: None,
        site_root: PathBuf::from(dir),
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
        search_niceness: niceness(),
        payments: Default::default(),
    }
}

fn overrides(search: Arc<dyn SearchIndex>) -> Overrides {
    Overrides {
        account_limits: None,
        search: Some(search),
        ..Overrides::default()
    }
}

/// Copies the demo's public products (varied) until `target` are public; returns how many are.
async fn grow(db: &DatabaseConnection, target: usize) -> usize {
    let templates = backend::services::browse::public()
        .all(db)
        .await
        .expect("products");
    assert!(!templates.is_empty(), "the demo has public products");
    let ids: Vec<Uuid> = templates.iter().map(|p| p.id).collect();
    let mut texts: HashMap<Uuid, Vec<product_translation::Model>> = HashMap::new();
    for t in product_translation::Entity::find()
        .filter(product_translation::Column::ProductId.is_in(ids.clone()))
        .all(db)
        .await
        .expect("texts")
    {
        texts.entry(t.product_id).or_default().push(t);
    }
    let mut photos: HashMap<Uuid, product_photo::Model> = HashMap::new();
    for p in product_photo::Entity::find()
        .filter(product_photo::Column::ProductId.is_in(ids))
        .all(db)
        .await
        .expect("photos")
    {
        photos.entry(p.product_id).or_insert(p);
    }
    let missing = target.saturating_sub(templates.len());
    let mut made = 0;
    while made < missing {
        let n = CHUNK.min(missing - made);
        let (mut rows, mut words, mut pictures) = (Vec::new(), Vec::new(), Vec::new());
        let mut options = Vec::new();
        for k in made..made + n {
            let template = &templates[k % templates.len()];
            let (ar, fr, en) = VARIANTS[(k / templates.len()) % VARIANTS.len()];
            let id = Uuid::now_v7();
            let mut row = template.clone();
            row.id = id;
            row.slug = format!("{}-{k}", template.slug);
            row.sku = format!("BENCH-{k}");
            row.price_centimes = template.price_centimes * (80 + (k as i64 * 7919) % 41) / 100;
            row.stock = ((k * 31) % 40) as i32;
            // Sold one way, as most products are.
            options.push(product_option::ActiveModel {
                id: Set(id),
                product_id: Set(id),
                cooperative_id: Set(row.cooperative_id),
                position: Set(0),
                label: Set(String::new()),
                sku: Set(row.sku.clone()),
                price_centimes: Set(row.price_centimes),
                quantity_milli: Set(row.quantity_milli),
                stock: Set(row.stock),
                photo_id: Set(None),
                gtin: Set(None),
                created_at: Set(row.created_at),
                updated_at: Set(row.updated_at),
            });
            rows.push(product::ActiveModel::from(row));
            for t in texts.get(&template.id).into_iter().flatten() {
                let extra = match t.locale.as_str() {
                    "ar" => ar,
                    "fr" => fr,
                    _ => en,
                };
                words.push(product_translation::ActiveModel {
                    product_id: Set(id),
                    locale: Set(t.locale.clone()),
                    title: Set(format!("{} {extra}", t.title)),
                    description: Set(t.description.clone()),
                    description_html: Set(t.description_html.clone()),
                });
            }
            if let Some(p) = photos.get(&template.id) {
                let mut p = p.clone();
                p.id = Uuid::now_v7();
                p.product_id = id;
                pictures.push(product_photo::ActiveModel::from(p));
            }
        }
        let txn = db.begin().await.expect("begin");
        product::Entity::insert_many(rows)
            .exec(&txn)
            .await
            .expect("insert products");
        product_option::Entity::insert_many(options)
            .exec(&txn)
            .await
            .expect("insert options");
        for chunk in words.chunks(CHUNK) {
            product_translation::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await
                .expect("insert texts");
        }
        if !pictures.is_empty() {
            product_photo::Entity::insert_many(pictures)
                .exec(&txn)
                .await
                .expect("insert photos");
        }
        txn.commit().await.expect("commit");
        made += n;
    }
    db.execute_unprepared("ANALYZE").await.expect("analyze");
    use sea_orm::PaginatorTrait;
    backend::services::browse::public()
        .count(db)
        .await
        .expect("count") as usize
}

/// A full reindex: documents/s and the process's peak memory while it ran.
async fn reindex(db: &DatabaseConnection, index: &dyn SearchIndex) {
    let before = rss_kib("VmRSS");
    // Writing 5 to clear_refs resets the peak (VmHWM) to the current size (Linux).
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let started = Instant::now();
    let written = sync::reindex(db, index, |_, _| {}).await.expect("reindex");
    let took = started.elapsed().as_secs_f64();
    println!(
        "reindex: {written} documents in {took:.1} s = {:.0} documents/s",
        written as f64 / took
    );
    print_peak(before, reset, "during the reindex");
}

/// The Google feed of the whole catalog, streamed to nowhere: items, bytes and time, and the
/// process's peak memory while it ran (streamed, it stays near the start however large the
/// catalog).
async fn feed(db: &DatabaseConnection, settings: &backend::state::AppSettings) {
    use backend::services::feeds::{self, FeedPlan};
    use futures::StreamExt;
    let before = rss_kib("VmRSS");
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let plan = FeedPlan::new(
        settings,
        domain::feed::FeedFormat::Google,
        domain::Locale::Fr,
    );
    let started = Instant::now();
    let mut stream = std::pin::pin!(feeds::stream(db.clone(), plan));
    let (mut bytes, mut items) = (0usize, 0usize);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.expect("feed");
        bytes += chunk.len();
        items += chunk.windows(6).filter(|w| w == b"<item>").count();
    }
    let took = started.elapsed().as_secs_f64();
    println!(
        "feed (Google, fr): {items} items, {:.1} MiB in {took:.1} s = {:.0} items/s",
        bytes as f64 / 1_048_576.0,
        items as f64 / took
    );
    print_peak(before, reset, "while the feed streamed");
}

/// The process's memory before something and its peak since (`reset`: the peak was reset).
fn print_peak(before: Option<u64>, reset: bool, when: &str) {
    match (before, rss_kib("VmHWM"), reset) {
        (Some(before), Some(peak), true) => println!(
            "memory: {:.0} MiB before, peak {:.0} MiB {when} (whole process)",
            before as f64 / 1024.0,
            peak as f64 / 1024.0
        ),
        _ => println!("memory: not measurable here (needs Linux /proc)"),
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

/// One client alone: the mean time of a query with facets, and the queries that take longest
/// (median of three runs each), which are what the p95 under load is made of.
async fn slowest(index: &dyn SearchIndex, queries: &[String]) {
    let mut times = Vec::with_capacity(queries.len());
    for q in queries {
        let request = SearchRequest {
            query: q.clone(),
            limit: 24,
            ..SearchRequest::default()
        };
        let mut runs = Vec::with_capacity(3);
        let mut total = 0;
        for _ in 0..3 {
            let at = Instant::now();
            total = index.search(&request).await.expect("search").total;
            runs.push(at.elapsed());
        }
        runs.sort();
        times.push((runs[1], total, q));
    }
    let mean = times.iter().map(|t| t.0).sum::<Duration>() / times.len().max(1) as u32;
    times.sort_by_key(|t| std::cmp::Reverse(t.0));
    println!(
        "one client, with facets: mean {:.2} ms; slowest queries (median of 3):",
        mean.as_secs_f64() * 1000.0
    );
    for (took, total, q) in times.iter().take(8) {
        println!(
            "  {:>7.2} ms {total:>7} hits  {q}",
            took.as_secs_f64() * 1000.0
        );
    }
}

async fn measure(index: Arc<dyn SearchIndex>, base: &str, queries: &[String]) {
    let queries = Arc::new(queries.to_vec());
    println!(
        "{CLIENTS} concurrent clients × {} requests, {} judged queries in turn",
        rounds(),
        queries.len()
    );
    println!(
        "{:<44} {:>8} {:>8} {:>8} {:>9}",
        "", "p50 ms", "p95 ms", "p99 ms", "req/s"
    );
    let mut engine = Vec::new();
    for (name, limit, skip_facets) in [
        ("engine, 24 results + facets", 24, false),
        ("engine, 6 results, no facets", 6, true),
    ] {
        let index = index.clone();
        let figures = load(queries.clone(), move |q| {
            let index = index.clone();
            async move {
                index
                    .search(&SearchRequest {
                        query: q,
                        limit,
                        skip_facets,
                        ..SearchRequest::default()
                    })
                    .await
                    .map(|_| Reported::default())
                    .map_err(|e| e.to_string())
            }
        })
        .await;
        engine.push(report(name, &figures));
    }
    let (engine_page, engine_suggest) = (engine[0], engine[1]);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .expect("client");
    let mut endpoints = Vec::new();
    // Both endpoints' answers are kept by the page cache (the page for anonymous visitors). The
    // "every request a miss" rows add a parameter the endpoint ignores, new each time: what a
    // query nobody asked before costs, and what the overhead is measured on. The "as deployed"
    // rows are the plain URLs, so repeats of the judged queries are served from the cache, as
    // they would be.
    let fresh = Arc::new(std::sync::atomic::AtomicU64::new(0));
    for (name, path, miss) in [
        (
            "GET /api/search/suggest (every one a miss)",
            "/api/search/suggest",
            true,
        ),
        (
            "GET /search (whole page, every one a miss)",
            "/search",
            true,
        ),
        (
            "GET /api/search/suggest (as deployed)",
            "/api/search/suggest",
            false,
        ),
        ("GET /search (anonymous, as deployed)", "/search", false),
    ] {
        let (client, base, fresh) = (client.clone(), base.to_owned(), fresh.clone());
        let figures = load(queries.clone(), move |q| {
            let (client, base, fresh) = (client.clone(), base.clone(), fresh.clone());
            async move {
                let mut request = client
                    .get(format!("{base}{path}"))
                    .query(&[("q", q.as_str())])
                    .header("accept-language", "fr");
                if miss {
                    let n = fresh.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    request = request.query(&[("bench", n)]);
                }
                let response = request.send().await.map_err(|e| e.to_string())?;
                if !response.status().is_success() {
                    return Err(format!("{path}: {}", response.status()));
                }
                let said = response
                    .headers()
                    .get("server-timing")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default();
                let reported = Reported {
                    search: timing::search_of(said),
                    app: timing::app_of(said),
                };
                response.bytes().await.map_err(|e| e.to_string())?;
                Ok(reported)
            }
        })
        .await;
        endpoints.push(report(name, &figures));
        // Per request, from the server's `Server-Timing`: what the client waited less what the
        // engine took (the endpoint's own overhead, under the same load), and less what the
        // whole application took (the client, the connection, sessions and compression).
        breakdown(
            "  own overhead: latency − its engine time",
            &figures,
            |r| r.search,
        );
        breakdown("  outside the app: latency − app time", &figures, |r| {
            r.app
        });
    }
    println!(
        "endpoint overhead over the engine, p95 of separate runs subtracted: suggest {:+.1} ms \
         (over the engine without facets), whole page {:+.1} ms (over the engine with facets)",
        endpoints[0] - engine_suggest,
        endpoints[1] - engine_page
    );
}

/// What the server said a request's time went to (`Server-Timing`).
#[derive(Default, Clone, Copy)]
struct Reported {
    search: Option<Duration>,
    app: Option<Duration>,
}

/// A row of p50/p95/p99 of each request's latency less the part `part` picks, over the requests
/// that reported it (none: says so).
fn breakdown(name: &str, f: &Figures, part: impl Fn(&Reported) -> Option<Duration>) {
    let mut rest: Vec<Duration> = f
        .requests
        .iter()
        .filter_map(|(latency, r)| part(r).map(|p| latency.saturating_sub(p)))
        .collect();
    if rest.is_empty() {
        println!("{name:<44} (not reported)");
        return;
    }
    rest.sort();
    println!(
        "{name:<44} {:>8.1} {:>8.1} {:>8.1}   ({} of {} requests)",
        percentile(&rest, 50.0),
        percentile(&rest, 95.0),
        percentile(&rest, 99.0),
        rest.len(),
        f.requests.len()
    );
}

/// Latencies of every request (sorted), what each request's server reported, and the wall time
/// of the whole run.
struct Figures {
    latencies: Vec<Duration>,
    requests: Vec<(Duration, Reported)>,
    wall: Duration,
}

/// Requests each client makes per measurement.
/// How far below the server's priority the search threads run (`TAAWON_SEARCH_NICENESS`, as for
/// the server; 0 compares with searches at the server's own priority).
fn niceness() -> u8 {
    std::env::var("TAAWON_SEARCH_NICENESS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(SEARCH_NICENESS, |n: u8| n.min(19))
}

fn rounds() -> usize {
    std::env::var("TAAWON_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROUNDS)
}

/// The clients' own runtime, on one thread of its own as a separate load generator would be, so
/// the server's runtime runs only the server's tasks (the cores are still shared).
static CLIENTS_RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> =
    std::sync::LazyLock::new(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("bench-client")
            .enable_all()
            .build()
            .expect("clients' runtime")
    });

/// `CLIENTS` tasks on the clients' runtime, each running [`rounds`] requests through the
/// queries, after a warm-up pass.
async fn load<F, Fut>(queries: Arc<Vec<String>>, request: F) -> Figures
where
    F: Fn(String) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<Reported, String>> + Send + 'static,
{
    CLIENTS_RUNTIME
        .spawn(clients(queries, request))
        .await
        .expect("clients")
}

async fn clients<F, Fut>(queries: Arc<Vec<String>>, request: F) -> Figures
where
    F: Fn(String) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<Reported, String>> + Send + 'static,
{
    for q in queries.iter().take(20) {
        request(q.clone()).await.expect("warm-up request");
    }
    let started = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let (queries, request) = (queries.clone(), request.clone());
            tokio::spawn(async move {
                let rounds = rounds();
                let mut times = Vec::with_capacity(rounds);
                for round in 0..rounds {
                    let q = queries[(client * rounds + round) % queries.len()].clone();
                    let at = Instant::now();
                    let reported = request(q).await.expect("request");
                    times.push((at.elapsed(), reported));
                }
                times
            })
        })
        .collect();
    let mut requests = Vec::new();
    for task in tasks {
        requests.extend(task.await.expect("client"));
    }
    let wall = started.elapsed();
    let mut latencies: Vec<Duration> = requests.iter().map(|r| r.0).collect();
    latencies.sort();
    Figures {
        latencies,
        requests,
        wall,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
}

/// Prints a row; returns p95 in milliseconds.
fn report(name: &str, f: &Figures) -> f64 {
    println!(
        "{name:<44} {:>8.1} {:>8.1} {:>8.1} {:>9.0}",
        percentile(&f.latencies, 50.0),
        percentile(&f.latencies, 95.0),
        percentile(&f.latencies, 99.0),
        f.latencies.len() as f64 / f.wall.as_secs_f64()
    );
    percentile(&f.latencies, 95.0)
}
