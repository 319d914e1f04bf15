//! `GET /feeds/products.{lang}.xml` (Google Merchant Center) and `GET /feeds/products.{lang}.csv`
//! (Meta's catalog): public, streamed (`services::feeds`), and validated against the catalog
//! clock like listing pages: the ETag names the clock, so a platform fetching again after nothing
//! changed gets `304 Not Modified` and no body.

use app::ssr::AppState;
use axum::{
    body::Body,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use backend::services::feeds::{self, FeedPlan};
use http::{HeaderMap, HeaderValue, StatusCode, header};

/// `GET /feeds/{file}`.
pub async fn products(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some((format, locale)) = domain::feed::parse_file(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(clock) = state.revisions.catalog().await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let etag = format!("\"{file}-{clock}\"");
    let Ok(etag) = HeaderValue::from_str(&etag) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cache = HeaderValue::from_static("public, max-age=900");
    if headers.get(header::IF_NONE_MATCH) == Some(&etag) {
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag), (header::CACHE_CONTROL, cache)],
        )
            .into_response();
    }
    let plan = FeedPlan::new(&state.settings(), format, locale);
    let mut response = Response::new(Body::from_stream(feeds::stream(state.db.clone(), plan)));
    let out = response.headers_mut();
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    out.insert(header::ETAG, etag);
    out.insert(header::CACHE_CONTROL, cache);
    response
}
