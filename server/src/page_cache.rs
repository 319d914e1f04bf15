//! Rendered product pages for anonymous visitors (the people a shared WhatsApp link brings), kept
//! in memory and checked against the database on every request.
//!
//! Each request still makes one indexed read: the revision of the product's cooperative, which
//! database triggers move whenever anything the page shows changes (migration 8). A page
//! rendered at the same revision is served again with the request's own CSP nonce; any other
//! revision renders afresh. So a replica's memory is only ever a copy it can check, never state
//! another replica needs (ARCHITECTURE.md §4), and a change shows on the next request everywhere.
//!
//! Only `GET /p/{slug}` without a query string, from a visitor who is not signed in and has no
//! session cookie, is cached: everything else on such a page depends on the path and the
//! language alone. Pages other than `200 OK` and responses setting cookies are never kept.

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
use std::sync::Arc;

/// Response header saying whether the page came from the cache (`hit`) or was rendered.
pub const CACHE_HEADER: &str = "x-taawon-cache";

/// Memory the cache may use, in bytes of page bodies.
const CAPACITY_BYTES: u64 = 64 * 1024 * 1024;

/// The largest page worth keeping.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The product-page cache and the database it checks against.
#[derive(Clone)]
pub struct PageCache {
    db: DatabaseConnection,
    pages: moka::sync::Cache<(String, Locale), Arc<Page>>,
}

/// A rendered page, cut where the nonce it was rendered with appeared.
struct Page {
    revision: i64,
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
    pub fn new(db: DatabaseConnection) -> Self {
        let pages = moka::sync::Cache::builder()
            .weigher(|_, page: &Arc<Page>| u32::try_from(page.len()).unwrap_or(u32::MAX))
            .max_capacity(CAPACITY_BYTES)
            .build();
        Self { db, pages }
    }

    /// The revision of the cooperative selling the product at `slug`, if there is one.
    async fn revision(&self, slug: &str) -> Result<Option<i64>, sea_orm::DbErr> {
        let backend = self.db.get_database_backend();
        let placeholder = if backend == DbBackend::Postgres {
            "$1"
        } else {
            "?"
        };
        let sql = format!(
            "SELECT c.catalog_revision FROM products p \
             JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.slug = {placeholder}"
        );
        let row = self
            .db
            .query_one_raw(Statement::from_sql_and_values(backend, sql, [slug.into()]))
            .await?;
        row.map(|r| r.try_get_by_index::<i64>(0)).transpose()
    }
}

/// The slug of a product-page request that may be served from the cache.
fn cacheable_slug<'a>(req: &'a Request, ctx: &RequestCtx) -> Option<&'a str> {
    if req.method() != Method::GET || req.uri().query().is_some() || ctx.user.is_some() {
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
    let slug = req.uri().path().strip_prefix("/p/")?;
    (!slug.is_empty() && !slug.contains('/')).then_some(slug)
}

/// Serves anonymous product pages from the cache when their revision still holds.
pub async fn product_pages(State(cache): State<PageCache>, req: Request, next: Next) -> Response {
    let Some(ctx) = req.extensions().get::<RequestCtx>().cloned() else {
        return next.run(req).await;
    };
    let Some(slug) = cacheable_slug(&req, &ctx) else {
        return next.run(req).await;
    };
    let revision = match cache.revision(slug).await {
        Ok(Some(revision)) => revision,
        // Unknown products render their 404; a failing read renders (and reports) as usual.
        _ => return next.run(req).await,
    };
    let key = (slug.to_owned(), ctx.locale);
    if let Some(page) = cache.pages.get(&key)
        && page.revision == revision
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
            tracing::error!(error = %e, "product page could not be read for the cache");
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

    #[test]
    fn a_page_without_the_nonce_is_one_piece() {
        let body = Bytes::from_static(b"<p>plain</p>");
        assert_eq!(split_at_nonce(&body, "zzz"), vec![body.clone()]);
        assert_eq!(split_at_nonce(&body, ""), vec![body]);
    }
}
