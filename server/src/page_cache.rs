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
//! Revision reads are batched (`backend::revisions`): a request is only ever answered by a read
//! that began after it arrived, and under load many requests share one read. Misses of one page
//! share one rendering: a request finding the page being rendered for another waits for it (up
//! to two seconds) and is answered from it if it is at its own revision, so a crowd arriving
//! after a catalog change, or visitors asking the same new query at once, cost one rendering.
//!
//! Cached: `GET /p/{slug}` without a query string, and `GET /`, `/categories/{code}`, `/search`,
//! `/cooperatives` (the directory) and `/collections/{slug}` with any query string (it is part of the key), from a visitor who is not signed in
//! and has no session cookie: everything else on such a page depends on the URL and the language
//! alone. Also `GET /api/search/suggest` (results as you type), for everyone: its answer depends
//! on the query and the language alone, and people typing the same first letters ask it again
//! and again. Pages other than `200 OK` and responses setting cookies are never kept, and a page
//! is kept for the day (UTC) it was rendered only, since fairs start and end with the day.

use crate::error_page;
use app::{context::RequestCtx, error::AppError};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use backend::revisions::RevisionReader;
use domain::Locale;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use std::{collections::HashMap, sync::Arc};
use tokio::sync::Notify;

/// Response header saying whether the page came from the cache (`hit`) or was rendered.
pub const CACHE_HEADER: &str = "x-taawon-cache";

/// Memory the cache may use, in bytes of page bodies.
const CAPACITY_BYTES: u64 = 64 * 1024 * 1024;

/// The largest page worth keeping.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The page cache and the revisions it checks against.
#[derive(Clone)]
pub struct PageCache {
    /// Where the revisions pages are checked against are read (in batches).
    revisions: RevisionReader,
    /// The settings a page shows (the fee split, delivery): a page rendered under others is stale.
    settings: app::ssr::state::LiveSettings,
    /// Pages by path and query, and language.
    pages: moka::sync::Cache<Key, Arc<Page>>,
    /// Pages being rendered for a miss now: a second miss of the same page waits for that
    /// rendering instead of rendering it again.
    rendering: InFlight,
}

/// A page's key: its path and query, and the language.
type Key = (String, Locale);

/// The pages being rendered, each with what wakes the requests waiting for it.
type InFlight = Arc<std::sync::Mutex<HashMap<Key, Arc<Notify>>>>;

/// How long a miss waits for another request's rendering of the same page before rendering its
/// own.
const WAIT_FOR_RENDERING: std::time::Duration = std::time::Duration::from_secs(2);

/// While it lives, the page at `key` is being rendered; dropped (rendered, failed or abandoned),
/// it wakes the requests waiting for it.
struct Rendering {
    key: Key,
    rendering: InFlight,
}

impl Drop for Rendering {
    fn drop(&mut self) {
        let mut rendering = self
            .rendering
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(done) = rendering.remove(&self.key) {
            done.notify_waiters();
        }
    }
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
    /// The day (UTC) it was rendered: fairs and collections start and end with the day, so a
    /// page kept from another day is rendered afresh.
    day: chrono::NaiveDate,
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
    /// An empty cache checking pages against `revisions`.
    pub fn new(revisions: RevisionReader, settings: app::ssr::state::LiveSettings) -> Self {
        let pages = moka::sync::Cache::builder()
            .weigher(|_, page: &Arc<Page>| u32::try_from(page.len()).unwrap_or(u32::MAX))
            .max_capacity(CAPACITY_BYTES)
            .build();
        Self {
            revisions,
            settings,
            pages,
            rendering: Arc::default(),
        }
    }

    /// The page at `key` if it was kept at `revision` under `rules`.
    fn kept(
        &self,
        key: &Key,
        revision: i64,
        rules: &domain::settings::PlatformRules,
    ) -> Option<Arc<Page>> {
        self.pages.get(key).filter(|page| {
            page.revision == revision
                && page.rules == *rules
                && page.day == chrono::Utc::now().date_naive()
        })
    }

    /// Either the right to render `key` (no one else is), or what to wait on: the end of the
    /// rendering under way (listened for before the lock is let go, so it cannot be missed).
    fn render_or_wait(&self, key: &Key) -> Result<Rendering, tokio::sync::futures::OwnedNotified> {
        let mut rendering = self
            .rendering
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(done) = rendering.get(key) {
            return Err(done.clone().notified_owned());
        }
        rendering.insert(key.clone(), Arc::new(Notify::new()));
        Ok(Rendering {
            key: key.clone(),
            rendering: self.rendering.clone(),
        })
    }

    /// The revision a page checked by `check` is at now (`None`: an unknown product).
    async fn revision(&self, check: &Check<'_>) -> Result<Option<i64>, sea_orm::DbErr> {
        match check {
            Check::Product(slug) => self.revisions.product(slug).await,
            Check::Catalog => self.revisions.catalog().await.map(Some),
        }
    }
}

/// What a request that may be served from the cache is checked against.
fn cacheable<'a>(req: &'a Request, ctx: &RequestCtx) -> Option<Check<'a>> {
    if req.method() != Method::GET {
        return None;
    }
    // Results as you type are the same for everyone who reads the language, signed in or not.
    if req.uri().path() == app::components::search_box::SUGGEST_PATH {
        return Some(Check::Catalog);
    }
    if ctx.user.is_some() {
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
    let one_segment = |rest: &str| !rest.is_empty() && !rest.contains('/');
    let listing = match (
        path.strip_prefix("/categories/"),
        path.strip_prefix("/collections/"),
    ) {
        (Some(code), _) => one_segment(code),
        (_, Some(slug)) => one_segment(slug),
        _ => path == "/" || path == "/search" || path == "/cooperatives",
    };
    listing.then_some(Check::Catalog)
}

/// Serves anonymous public pages from the cache when their revision still holds.
pub async fn public_pages(
    State(cache): State<PageCache>,
    mut req: Request,
    next: Next,
) -> Response {
    let Some(ctx) = req.extensions().get::<RequestCtx>().cloned() else {
        return next.run(req).await;
    };
    let Some(check) = cacheable(&req, &ctx) else {
        return next.run(req).await;
    };
    let revision = match cache.revision(&check).await {
        Ok(Some(revision)) => revision,
        // Unknown products render their 404; a failing read renders (and reports) as usual.
        _ => return next.run(req).await,
    };
    if check == Check::Catalog
        && let Some(ctx) = req.extensions_mut().get_mut::<RequestCtx>()
    {
        // Read after the request came: the answer, if rendered, checks its cards against it.
        ctx.catalog_clock = Some(revision);
    }
    let key = (
        req.uri()
            .path_and_query()
            .map_or_else(|| req.uri().path().to_owned(), |p| p.as_str().to_owned()),
        ctx.locale,
    );
    let rules = cache.settings.get().rules();
    if let Some(page) = cache.kept(&key, revision, &rules) {
        return hit(&page, &ctx.nonce);
    }
    // Another request rendering this page now: wait for it (the page it keeps is used only if
    // it is at this request's revision), then render if it did not do.
    let _rendering = match cache.render_or_wait(&key) {
        Ok(rendering) => Some(rendering),
        Err(done) => {
            let _ = tokio::time::timeout(WAIT_FOR_RENDERING, done).await;
            if let Some(page) = cache.kept(&key, revision, &rules) {
                return hit(&page, &ctx.nonce);
            }
            None
        }
    };
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
        day: chrono::Utc::now().date_naive(),
        headers: parts.headers.clone(),
        pieces: split_at_nonce(&bytes, &ctx.nonce),
    };
    cache.pages.insert(key, Arc::new(page));
    parts
        .headers
        .insert(CACHE_HEADER, HeaderValue::from_static("miss"));
    Response::from_parts(parts, Body::from(bytes))
}

/// A kept page, with this request's nonce.
fn hit(page: &Page, nonce: &str) -> Response {
    metrics::counter!("page_cache_total", "outcome" => "hit").increment(1);
    let mut response = Response::new(Body::from(page.body(nonce)));
    *response.headers_mut() = page.headers.clone();
    response
        .headers_mut()
        .insert(CACHE_HEADER, HeaderValue::from_static("hit"));
    response
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
            day: chrono::Utc::now().date_naive(),
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
            cash_orders_waiting: 3,
            checkout_per_client: 20,
            api_per_minute: 300,
            account_limits: Default::default(),
            legal: Default::default(),
            card_payments: false,
            currency: "MAD".into(),
            card_window_minutes: 30,
            requests: domain::expert::RequestPolicy::default(),
        })
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
            "/api/search/suggestions?q=a",
        ] {
            assert_eq!(check(other), None, "{other}");
        }
        let signed_in = RequestCtx {
            user: Some(app::context::CurrentUser {
                id: domain::UserId::new(),
                email: "a@b.ma".into(),
                display_name: "A".into(),
                roles: vec![domain::Role::Consumer],
                email_verified: true,
            }),
            ..RequestCtx::default()
        };
        for (uri, cached) in [("/api/search/suggest?q=a", true), ("/search?q=a", false)] {
            let req = Request::builder()
                .uri(uri)
                .header(header::COOKIE, "taawon_session=xyz")
                .body(Body::empty())
                .expect("request");
            assert_eq!(cacheable(&req, &signed_in).is_some(), cached, "{uri}");
        }
        assert_eq!(check("/api/search/suggest?q=a").as_deref(), Some("Catalog"));
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
