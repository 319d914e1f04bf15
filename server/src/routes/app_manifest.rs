//! The web app manifest (`/manifest.webmanifest?lang=…`), so a phone can add Taawon to its home
//! screen: the name and description in the page's language (Arabic right to left), the icons
//! phones ask for (192 and 512 px, a maskable one, drawn from `public/favicon.svg` by
//! `scripts/site.sh` at build time), the theme colour the pages' `theme-color` also names.
//! Browsers fetch a manifest without cookies, so each page links the one of its own language.

use axum::{
    extract::Request,
    response::{IntoResponse, Response},
};
use domain::Locale;
use http::{HeaderValue, header};

/// The pages' theme colour (the brand's green), also their `<meta name="theme-color">`.
pub const THEME_COLOUR: &str = app::THEME_COLOUR;

/// `GET /manifest.webmanifest`
pub async fn manifest(req: Request) -> Response {
    let locale = req
        .extensions()
        .get::<app::context::RequestCtx>()
        .map_or(Locale::default(), |c| c.locale);
    let t = |key: &str| backend::i18n::t(locale, key);
    let icon = |src: &str, sizes: &str, purpose: &str| serde_json::json!({ "src": src, "sizes": sizes, "type": "image/png", "purpose": purpose });
    let body = serde_json::json!({
        "id": "/",
        "name": format!("{} — {}", t("brand-name"), t("manifest-name")),
        "short_name": t("brand-name"),
        "description": t("home-description"),
        "lang": locale.tag(),
        "dir": locale.direction().as_str(),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "categories": ["shopping", "food"],
        "icons": [
            icon("/icons/icon-192.png", "192x192", "any"),
            icon("/icons/icon-512.png", "512x512", "any"),
            icon("/icons/maskable-512.png", "512x512", "maskable"),
            { "src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" },
        ],
    });
    let mut response = body.to_string().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/manifest+json"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}
