//! What search engines read: `robots.txt` (private areas closed, the sitemap named) and
//! `sitemap.xml` (the home and category pages, every public product and every verified
//! cooperative's storefront, each with its ar/fr/en alternates).

use app::ssr::AppState;
use axum::{
    extract::State,
    response::{IntoResponse, Response},
};
use backend::services::browse;
use http::{HeaderValue, StatusCode, header};
use std::fmt::Write;

/// `GET /robots.txt`
pub async fn robots(State(state): State<AppState>) -> Response {
    let settings = state.settings();
    let base = settings.public_url.trim_end_matches('/');
    let body = format!(
        "User-agent: *\nDisallow: /account\nDisallow: /api/\nDisallow: /admin/\nDisallow: /cooperatives/\nDisallow: /products/\nDisallow: /invitations/\nDisallow: /labels/\nDisallow: /sign-in\nDisallow: /sign-up\nDisallow: /cart\n\nSitemap: {base}/sitemap.xml\n"
    );
    text(body, "text/plain; charset=utf-8")
}

/// `GET /sitemap.xml`
pub async fn sitemap(State(state): State<AppState>) -> Response {
    let settings = state.settings();
    let base = settings.public_url.trim_end_matches('/');
    let (products, coops) = match browse::sitemap_entries(&state.db).await {
        Ok(entries) => entries,
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    let categories = domain::category::flattened()
        .into_iter()
        .map(|(_, _, c)| format!("/categories/{}", c.code))
        .collect::<Vec<_>>();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut url = |path: &str, lastmod: Option<String>| {
        let loc = escape(&format!("{base}{path}"));
        let _ = write!(xml, "<url><loc>{loc}</loc>");
        if let Some(date) = lastmod {
            let _ = write!(xml, "<lastmod>{date}</lastmod>");
        }
        for tag in ["ar", "fr", "en"] {
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{loc}?lang={tag}\"/>"
            );
        }
        xml.push_str("</url>\n");
    };
    url("/", None);
    url("/categories", None);
    for path in &categories {
        url(path, None);
    }
    for slug in &coops {
        url(&format!("/c/{slug}"), None);
    }
    for (slug, updated) in &products {
        url(
            &format!("/p/{slug}"),
            Some(updated.format("%Y-%m-%d").to_string()),
        );
    }
    xml.push_str("</urlset>\n");
    text(xml, "application/xml; charset=utf-8")
}

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

/// XML-escapes text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
