//! What search engines read: `robots.txt` (private areas closed, the sitemap named) and the
//! sitemap: `sitemap.xml`, an index of files of at most 50,000 addresses (the home and category
//! pages, every verified cooperative's storefront, every public product), each address with its
//! ar/fr/en variants and `x-default` (see [`backend::services::sitemaps`]).

use app::ssr::AppState;
use axum::{
    body::Body,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use backend::services::sitemaps;
use domain::sitemap::SitemapFile;
use http::{HeaderValue, StatusCode, header};

/// `GET /robots.txt`
pub async fn robots(State(state): State<AppState>) -> Response {
    let settings = state.settings();
    let base = settings.public_url.trim_end_matches('/');
    let body = format!(
        "User-agent: *\nDisallow: /account\nDisallow: /api/\nDisallow: /admin/\nDisallow: /cooperatives/\nDisallow: /products/\nDisallow: /invitations/\nDisallow: /labels/\nDisallow: /sign-in\nDisallow: /sign-up\nDisallow: /cart\n\nSitemap: {base}/sitemap.xml\n"
    );
    text(body, "text/plain; charset=utf-8")
}

/// `GET /sitemap.xml`: the index of the sitemap's files.
pub async fn sitemap_index(State(state): State<AppState>) -> Response {
    let origin = state.settings().public_url.trim_end_matches('/').to_owned();
    match sitemaps::files(&state.db).await {
        Ok(files) => text(sitemaps::index(&origin, &files), XML),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

/// `GET /sitemaps/{file}`: one file of at most 50,000 addresses, streamed; 404 for a name the
/// index does not list.
pub async fn sitemap_file(State(state): State<AppState>, Path(name): Path<String>) -> Response {
    let Some(file) = SitemapFile::parse(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match sitemaps::files(&state.db).await {
        Ok(files) if files.contains(&file) => {}
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    let origin = state.settings().public_url.trim_end_matches('/').to_owned();
    let mut response = Response::new(Body::from_stream(sitemaps::stream(
        state.db.clone(),
        origin,
        file,
    )));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(XML));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

const XML: &str = "application/xml; charset=utf-8";

fn text(body: String, mime: &'static str) -> Response {
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}
