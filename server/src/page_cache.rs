//! Rendered public pages for anonymous visitors (the people a shared WhatsApp link brings, and
//! everyone browsing before they sign in), kept in memory and checked against the database on
//! every request.
//!
//! Each request is still checked by a database read. A product page is checked against the
//! revision of the product's cooperative, which database triggers move whenever anything the
//! page shows changes (migration 8). The home page, category grids and search answers show
//! many cooperatives at once: they are checked against the catalog clock (migration 14), which
//! moves whenever any cooperative's revision moves or the search index takes a batch. A page
//! rendered at the same revision is served again with the request's own CSP nonce; any other
//! revision renders afresh. So a replica's memory is only ever a copy it can check, never state
//! another replica needs (ARCHITECTURE.md §4), and a change shows on the next request everywhere.
//!
//! Revision reads are batched: one task reads, for every request waiting when it starts, the
//! revisions of all their slugs (and the clock, if any asks) in one query each. A request is only
//! ever answered by a read that began after it arrived, so it never sees a revision older than a
//! change committed before it came; under load, many requests share one read instead of each
//! taking a pooled connection.
//!
//! Cached: `GET /p/{slug}` without a query string, and `GET /`, `/categories/{code}` and
//! `/search` with any query string (it is part of the key), from a visitor who is not signed in
//! and has no session cookie: everything else on such a page depends on the URL and the language
//! alone. Pages other than `200 OK` and responses setting cookies are never kept.

use crate::error_page;
use app::{context::RequestCtx, error::AppError};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use domain::Locale;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use std::{
    collections::HashMap,
    sync::{Arc, OnceLock},
};
use tokio::sync::{mpsc, oneshot};

/// Response header saying whether the page came from the cache (`hit`) or was rendered.
pub const CACHE_HEADER: &str = "x-taawon-cache";

/// Memory the cache may use, in bytes of page bodies.
const CAPACITY_BYTES: u64 = 64 * 1024 * 1024;

/// The largest page worth keeping.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The most requests one revision read answers.
const MAX_BATCH: usize = 256;

/// The product-page cache and the database it checks against.
#[derive(Clone)]
pub struct PageCache {
    db: DatabaseConnection,
    /// The settings a page shows (the fee split, delivery): a page rendered under others is stale.
    settings: app::ssr::state::LiveSettings,
    /// Pages by path and query, and language.
    pages: moka::sync::Cache<(String, Locale), Arc<Page>>,
    /// Where requests queue for the next revision read (the reading task starts on first use,
    /// inside the runtime serving the requests).
    reader: Arc<OnceLock<mpsc::UnboundedSender<Ask>>>,
}

/// A request's question to the revision reader: the revision at `slug`, if it is a product, or
/// (no slug) the catalog clock.
struct Ask {
    slug: Option<String>,
    reply: oneshot::Sender<Result<Option<i64>, sea_orm::DbErr>>,
}

/// What a cacheable request is checked against.
#[derive(Debug, PartialEq, Eq)]
enum Check<'a> {
    /// The revision of the cooperative selling the product at this slug.
    Product(&'a str),
    /// The catalog clock.
    Catalog,
}

/// A rendered page, cut where the nonce it was rendered with appeared.
struct Page {
    revision: i64,
    rules: domain::settings::PlatformRules,
    headers: HeaderMap,
    pieces: Vec<Bytes>,
}

impl Page {
    fn len(&self) -> usize {
        self.pieces.iter().map(Bytes::len).sum()
    }

    /// The page with `nonce` where its own nonce was.
    fn body(&self, nonce: &str) -> Bytes {
        let mut out = Vec::with_capacity(self.len() + self.pieces.len() * nonce.len());
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(nonce.as_bytes());
            }
            out.extend_from_slice(piece);
        }
        out.into()
    }
}

impl PageCache {
    /// An empty cache reading revisions from `db`.
    pub fn new(db: DatabaseConnection, settings: app::ssr::state::LiveSettings) -> Self {
        let pages = moka::sync::Cache::builder()
            .weigher(|_, page: &Arc<Page>| u32::try_from(page.len()).unwrap_or(u32::MAX))
            .max_capacity(CAPACITY_BYTES)
            .build();
        Self {
            db,
            settings,
            pages,
            reader: Arc::new(OnceLock::new()),
        }
    }

    /// The revision of the cooperative selling the product at `slug` (if there is one; `None`
    /// asks for the catalog clock), from a read that starts after this call.
    async fn revision(&self, slug: Option<&str>) -> Result<Option<i64>, sea_orm::DbErr> {
        let reader = self.reader.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(read_revisions(self.db.clone(), rx));
            tx
        });
        let (reply, answer) = oneshot::channel();
        let ask = Ask {
            slug: slug.map(str::to_owned),
            reply,
        };
        if reader.send(ask).is_err() {
            return Err(sea_orm::DbErr::Custom("the revision reader stopped".into()));
        }
        answer
            .await
            .unwrap_or_else(|_| Err(sea_orm::DbErr::Custom("the revision reader stopped".into())))
    }
}

/// Answers queued asks in batches until every sender is gone: each round takes whatever is
/// waiting and reads all its slugs in one query.
async fn read_revisions(db: DatabaseConnection, mut asks: mpsc::UnboundedReceiver<Ask>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while asks.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let mut slugs: Vec<&str> = batch.iter().filter_map(|ask| ask.slug.as_deref()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        let read = if slugs.is_empty() {
            Ok(HashMap::new())
        } else {
            revisions_at(&db, &slugs).await
        };
        if let Err(e) = &read {
            tracing::warn!(error = %e, "product revisions could not be read");
        }
        let clock = if batch.iter().any(|ask| ask.slug.is_none()) {
            let clock = app::ssr::services::catalog::clock(&db).await;
            if let Err(e) = &clock {
                tracing::warn!(error = %e, "the catalog clock could not be read");
            }
            Some(clock)
        } else {
            None
        };
        for ask in batch.drain(..) {
            let answer = match (&ask.slug, &read, &clock) {
                (Some(slug), Ok(revisions), _) => Ok(revisions.get(slug.as_str()).copied()),
                (None, _, Some(Ok(clock))) => Ok(Some(*clock)),
                (Some(_), Err(e), _) | (None, _, Some(Err(e))) => {
                    Err(sea_orm::DbErr::Custom(e.to_string()))
                }
                (None, _, None) => Err(sea_orm::DbErr::Custom("the clock was not read".into())),
            };
            // The request may be gone (its client hung up); nobody is left to tell.
            let _ = ask.reply.send(answer);
        }
    }
}

/// The revisions of the cooperatives selling the products at `slugs`, by slug, in one query.
async fn revisions_at(
    db: &DatabaseConnection,
    slugs: &[&str],
) -> Result<HashMap<String, i64>, sea_orm::DbErr> {
    let backend = db.get_database_backend();
    let placeholders: Vec<String> = (1..=slugs.len())
        .map(|i| {
            if backend == DbBackend::Postgres {
                format!("${i}")
            } else {
                "?".to_owned()
            }
        })
        .collect();
    let sql = format!(
        "SELECT p.slug, c.catalog_revision FROM products p \
         JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.slug IN ({})",
        placeholders.join(", ")
    );
    let values = slugs.iter().map(|&slug| slug.into());
    db.query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?
        .into_iter()
        .map(|row| Ok((row.try_get_by_index(0)?, row.try_get_by_index(1)?)))
        .collect()
}

/// What a request that may be served from the cache is checked against.
fn cacheable<'a>(req: &'a Request, ctx: &RequestCtx) -> Option<Check<'a>> {
    if req.method() != Method::GET || ctx.user.is_some() {
        return None;
    }
    let has_session = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|c| {
            c.trim()
                .split('=')
                .next()
                .is_some_and(|n| n.ends_with("taawon_session"))
        });
    if has_session {
        return None;
    }
    let path = req.uri().path();
    if let Some(slug) = path.strip_prefix("/p/") {
        let plain = !slug.is_empty() && !slug.contains('/') && req.uri().query().is_none();
        return plain.then_some(Check::Product(slug));
    }
    let listing = match path.strip_prefix("/categories/") {
        Some(code) => !code.is_empty() && !code.contains('/'),
        None => path == "/" || path == "/search",
    };
    listing.then_some(Check::Catalog)
}

/// Serves anonymous public pages from the cache when their revision still holds.
pub async fn public_pages(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<RequestCtx>().cloned() else {
        return next.run(req).await;
    };
    let Some(check) = cacheable(&req, &ctx) else {
        return next.run(req).await;
    };
    let slug = match check {
        Check::Product(slug) => Some(slug),
        Check::Catalog => None,
    };
    let revision = match cache.revision(slug).await {
        Ok(Some(revision)) => revision,
        // Unknown products render their 404; a failing read renders (and reports) as usual.
        _ => return next.run(req).await,
    };
    let key = (
        req.uri()
            .path_and_query()
            .map_or_else(|| req.uri().path().to_owned(), |p| p.as_str().to_owned()),
        ctx.locale,
    );
    let rules = cache.settings.get().rules();
    if let Some(page) = cache.pages.get(&key)
        && page.revision == revision
        && page.rules == rules
    {
        metrics::counter!("page_cache_total", "outcome" => "hit").increment(1);
        let mut response = Response::new(Body::from(page.body(&ctx.nonce)));
        *response.headers_mut() = page.headers.clone();
        response
            .headers_mut()
            .insert(CACHE_HEADER, HeaderValue::from_static("hit"));
        return response;
    }
    metrics::counter!("page_cache_total", "outcome" => "miss").increment(1);
    let response = next.run(req).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "a page could not be read for the cache");
            return error_page::render(
                ctx.locale,
                StatusCode::INTERNAL_SERVER_ERROR,
                &AppError::Internal,
            );
        }
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    let page = Page {
        revision,
        rules,
        headers: parts.headers.clone(),
        pieces: split_at_nonce(&bytes, &ctx.nonce),
    };
    cache.pages.insert(key, Arc::new(page));
    parts
        .headers
        .insert(CACHE_HEADER, HeaderValue::from_static("miss"));
    Response::from_parts(parts, Body::from(bytes))
}

/// `body` cut at every occurrence of `nonce`.
fn split_at_nonce(body: &Bytes, nonce: &str) -> Vec<Bytes> {
    let mut pieces = Vec::new();
    let mut start = 0;
    if !nonce.is_empty() {
        for at in memchr::memmem::find_iter(body, nonce.as_bytes()) {
            pieces.push(body.slice(start..at));
            start = at + nonce.len();
        }
    }
    pieces.push(body.slice(start..));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_comes_back_with_the_new_nonce_everywhere_the_old_one_was() {
        let body = Bytes::from_static(
            b"<script nonce=\"AAA+/=\">x</script><style nonce=\"AAA+/=\"></style>end",
        );
        let page = Page {
            revision: 1,
            rules: settings().get().rules(),
            headers: HeaderMap::new(),
            pieces: split_at_nonce(&body, "AAA+/="),
        };
        assert_eq!(page.pieces.len(), 3);
        assert_eq!(
            page.body("BBB"),
            Bytes::from_static(b"<script nonce=\"BBB\">x</script><style nonce=\"BBB\"></style>end")
        );
        assert_eq!(page.body("AAA+/="), body);
    }

    fn settings() -> app::ssr::state::LiveSettings {
        app::ssr::state::LiveSettings::new(app::ssr::state::AppSettings {
            public_url: "http://localhost".into(),
            secure_cookies: false,
            platform_fee: rust_decimal::Decimal::ZERO,
            delivery: domain::order::DeliveryPolicy {
                flat_fee: 3000,
                free_from: None,
            },
            cash_on_delivery: true,
            card_payments: false,
            currency: "MAD".into(),
            card_window_minutes: 30,
            support: domain::expert::SupportPolicy::default(),
        })
    }

    /// A one-connection in-memory database with just what the revision read touches.
    async fn revisions_db() -> DatabaseConnection {
        let mut options = sea_orm::ConnectOptions::new("sqlite::memory:");
        options.max_connections(1).sqlx_logging(false);
        let db = sea_orm::Database::connect(options).await.expect("sqlite");
        for sql in [
            "CREATE TABLE cooperatives (id INTEGER PRIMARY KEY, catalog_revision INTEGER NOT NULL)",
            "CREATE TABLE products (slug TEXT UNIQUE NOT NULL, cooperative_id INTEGER NOT NULL)",
            "INSERT INTO cooperatives VALUES (1, 10), (2, 20)",
            "INSERT INTO products VALUES ('argan', 1), ('amlou', 1), ('safran', 2)",
            "CREATE TABLE catalog_clock (shard INTEGER PRIMARY KEY, ticks INTEGER NOT NULL)",
            "INSERT INTO catalog_clock VALUES (0, 5), (1, 2)",
        ] {
            db.execute_unprepared(sql).await.expect("schema");
        }
        db
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_waiting_requests_each_get_their_own_slugs_revision() {
        let cache = PageCache::new(revisions_db().await, settings());
        let slugs = ["argan", "safran", "nothing", "amlou"];
        let asks = (0..200).map(|i| {
            let cache = cache.clone();
            let slug = slugs[i % slugs.len()];
            tokio::spawn(async move { (slug, cache.revision(Some(slug)).await.expect("read")) })
        });
        for ask in asks {
            let (slug, revision) = ask.await.expect("task");
            let expected = match slug {
                "argan" | "amlou" => Some(10),
                "safran" => Some(20),
                _ => None,
            };
            assert_eq!(revision, expected, "{slug}");
        }
    }

    #[tokio::test]
    async fn a_change_committed_before_a_request_is_what_it_reads() {
        let db = revisions_db().await;
        let cache = PageCache::new(db.clone(), settings());
        assert_eq!(cache.revision(Some("argan")).await.expect("read"), Some(10));
        db.execute_unprepared("UPDATE cooperatives SET catalog_revision = 11 WHERE id = 1")
            .await
            .expect("update");
        assert_eq!(cache.revision(Some("argan")).await.expect("read"), Some(11));
        db.execute_unprepared("DROP TABLE products")
            .await
            .expect("drop");
        assert!(
            cache.revision(Some("argan")).await.is_err(),
            "a failing read is an error, not a missing product"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn clock_and_slug_asks_waiting_together_each_get_their_answer() {
        let db = revisions_db().await;
        let cache = PageCache::new(db.clone(), settings());
        let asks = (0..100).map(|i| {
            let cache = cache.clone();
            tokio::spawn(async move {
                let slug = (i % 2 == 0).then_some("safran");
                (slug, cache.revision(slug).await.expect("read"))
            })
        });
        for ask in asks {
            let (slug, revision) = ask.await.expect("task");
            let expected = if slug.is_some() { 20 } else { 7 };
            assert_eq!(revision, Some(expected), "{slug:?}");
        }
        db.execute_unprepared("UPDATE catalog_clock SET ticks = ticks + 1 WHERE shard = 0")
            .await
            .expect("tick");
        assert_eq!(cache.revision(None).await.expect("read"), Some(8));
    }

    #[test]
    fn public_listings_and_plain_product_pages_are_cacheable_and_nothing_else() {
        let ctx = RequestCtx::default();
        let check = |uri: &str| {
            let req = Request::builder()
                .uri(uri)
                .body(Body::empty())
                .expect("request");
            cacheable(&req, &ctx).map(|c| format!("{c:?}"))
        };
        assert_eq!(check("/p/argan").as_deref(), Some("Product(\"argan\")"));
        for listing in [
            "/",
            "/?lang=ar",
            "/categories/honey",
            "/categories/honey?sort=price_asc&page=2",
            "/search?q=argan",
        ] {
            assert_eq!(check(listing).as_deref(), Some("Catalog"), "{listing}");
        }
        for other in [
            "/p/argan?x=1",
            "/p/",
            "/p/a/b",
            "/categories/",
            "/cart",
            "/admin",
            "/orders/1",
            "/search/x",
            "/api/search/suggest?q=a",
        ] {
            assert_eq!(check(other), None, "{other}");
        }
        let post = Request::builder()
            .method(Method::POST)
            .uri("/search")
            .body(Body::empty())
            .expect("request");
        assert!(cacheable(&post, &ctx).is_none());
        let with_session = Request::builder()
            .uri("/")
            .header(header::COOKIE, "a=b; __Host-taawon_session=xyz")
            .body(Body::empty())
            .expect("request");
        assert!(cacheable(&with_session, &ctx).is_none());
    }

    #[test]
    fn a_page_without_the_nonce_is_one_piece() {
        let body = Bytes::from_static(b"<p>plain</p>");
        assert_eq!(split_at_nonce(&body, "zzz"), vec![body.clone()]);
        assert_eq!(split_at_nonce(&body, ""), vec![body]);
    }
}
