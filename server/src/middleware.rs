//! Per-request middleware: client address, cross-site refusal, who is signed in, language,
//! CSP nonce, security headers, metrics, `Server-Timing`; and HTTP statuses for server-function
//! errors.

use crate::error_page;
use app::{
    api::locale::LOCALE_COOKIE,
    context::RequestCtx,
    error::AppError,
    ssr::{
        AppState,
        request::{ClientIp, SESSION_USER_KEY},
    },
};
use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use backend::services::accounts;
use base64::Engine;
use domain::{Locale, UserId};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use std::{net::SocketAddr, time::Instant};
use tower_sessions::Session;

/// What the request middleware needs besides the app state (cloned for every request, so the
/// state sits behind one `Arc`).
#[derive(Clone)]
pub struct MiddlewareState {
    /// Shared application state.
    pub app: std::sync::Arc<AppState>,
    /// The proxies whose `X-Forwarded-For` entries are believed.
    pub trusted_proxies: crate::client_addr::TrustedProxies,
}

/// The `Server-Timing` header (`http` has no constant for it).
pub const SERVER_TIMING: header::HeaderName = header::HeaderName::from_static("server-timing");

/// Resolves the request context, refuses cross-site writes, and sets security headers.
pub async fn request_context(
    State(ms): State<MiddlewareState>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let kind = route_kind(req.uri().path());
    let pinned = query_locale(req.uri().query());
    let locale = pinned.unwrap_or_else(|| resolve_locale(req.headers()));
    let nonce = new_nonce();
    let mut personal = false;
    let spent = backend::timing::Spent::default();

    let mut response = if is_state_changing(&method)
        && is_cross_site(req.headers(), &ms.app.settings().public_url)
    {
        tracing::warn!(http.method = %method, http.path = req.uri().path(), "cross-site request refused");
        error_page::render(locale, StatusCode::FORBIDDEN, &AppError::CrossSite)
    } else if let Some(error) = body_refusal(&req) {
        refuse_body(&req, locale, &error)
    } else {
        let limit = body_limit(req.uri().path());
        let mut req = req.map(|body| Body::new(http_body_util::Limited::new(body, limit)));
        let ip = client_ip(&req, &ms.trusted_proxies);
        let user = current_user(&ms.app, &session).await;
        personal = user.is_some();
        let path = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".into());
        req.extensions_mut().insert(ClientIp(ip));
        req.extensions_mut().insert(RequestCtx {
            locale,
            user,
            nonce: nonce.clone(),
            path,
            catalog_clock: None,
            origin: ms
                .app
                .settings()
                .public_url
                .trim_end_matches('/')
                .to_owned(),
            lang_pinned: pinned.is_some(),
        });
        req.extensions_mut().insert(spent.clone());
        let response = backend::timing::scope(spent.clone(), next.run(req)).await;
        let response = if kind == "server_fn" {
            server_fn_status(response).await
        } else {
            response
        };
        if response.status() == StatusCode::INTERNAL_SERVER_ERROR
            && response.headers().contains_key(error_page::PANIC_MARKER)
        {
            error_page::render(
                locale,
                StatusCode::INTERNAL_SERVER_ERROR,
                &AppError::Internal,
            )
        } else {
            response
        }
    };
    let https = ms.app.settings().public_url.starts_with("https://");
    set_security_headers(response.headers_mut(), &nonce, https);
    // What a signed-in person sees is theirs: no shared cache may keep it.
    if personal && !response.headers().contains_key(header::CACHE_CONTROL) {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
    // How long the application and its searches took, for developer tools and load tests.
    if let Ok(value) = HeaderValue::from_str(&backend::timing::header_value(
        spent.search(),
        started.elapsed(),
    )) {
        response.headers_mut().insert(SERVER_TIMING, value);
    }
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method.to_string(), "kind" => kind, "status" => status).increment(1);
    metrics::histogram!("http_request_duration_seconds", "kind" => kind)
        .record(started.elapsed().as_secs_f64());
    response
}

/// The most a request body to `path` may hold: uploads get room for one file, the rest is forms.
pub fn body_limit(path: &str) -> usize {
    if path == crate::REGISTER_UPLOAD_PATH {
        domain::registry::MAX_REGISTER_BYTES + 64 * 1024
    } else if path.starts_with(crate::UPLOAD_PREFIX) {
        crate::UPLOAD_BODY_LIMIT
    } else if path == crate::routes::webhooks::STRIPE_PATH {
        crate::routes::webhooks::BODY_LIMIT
    } else {
        crate::DEFAULT_BODY_LIMIT
    }
}

/// Refuses, before reading it, a body that declares more than its route takes, and a post to an
/// upload route that is not `multipart/form-data` (the server function would not parse it).
fn body_refusal(req: &Request) -> Option<AppError> {
    let path = req.uri().path();
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|len| len > body_limit(path)) {
        return Some(AppError::PayloadTooLarge);
    }
    if path.starts_with(crate::UPLOAD_PREFIX) && req.method() == Method::POST {
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| multer::parse_boundary(ct).is_ok());
        if !multipart {
            return Some(AppError::BadRequest);
        }
    }
    None
}

/// A refused body: a form post goes back to its page with the error in the URL (as the server
/// function itself would do); other clients get the status and the error as JSON.
fn refuse_body(req: &Request, locale: Locale, error: &AppError) -> Response {
    use server_fn::error::{FromServerFnError, ServerFnUrlError};
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let accepts_html = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    let referer = req
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok());
    if let (true, Some(referer)) = (accepts_html, referer)
        && let Ok(url) = ServerFnUrlError::new(req.uri().path(), error.clone()).to_url(referer)
        && let Ok(location) = HeaderValue::from_str(url.as_str())
    {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    }
    if accepts_html {
        return error_page::render(locale, status, error);
    }
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        error.ser(),
    )
        .into_response()
}

fn route_kind(path: &str) -> &'static str {
    if path.starts_with("/api/v1/") {
        "api"
    } else if path.starts_with("/api/") {
        "server_fn"
    } else if path.starts_with("/pkg/") || path.contains('.') {
        "static"
    } else if path == "/healthz" || path == "/metrics" {
        "ops"
    } else {
        "page"
    }
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

/// True when the browser tells us the request comes from another site. Browsers send
/// `Sec-Fetch-Site` (and `Origin` on every POST); clients that send neither are not browsers,
/// so no ambient cookie is being abused.
pub fn is_cross_site(headers: &HeaderMap, public_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => false,
        Some(origin) => {
            let origin = origin.trim_end_matches('/');
            let public = origin_of(public_url);
            let host = headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or_default();
            let same_host = origin
                .split_once("://")
                .is_some_and(|(_, rest)| !host.is_empty() && rest == host);
            !(origin == public || same_host)
        }
    }
}

fn origin_of(url: &str) -> &str {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url;
    };
    let host_end = rest.find('/').unwrap_or(rest.len());
    &url[..scheme.len() + 3 + host_end]
}

/// The language asked for by `?lang=` (the `hreflang` alternates of public pages link there): it
/// applies to this response only and is not remembered.
pub fn query_locale(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| Locale::from_tag(value).filter(|l| l.tag() == value))
}

/// Cookie, else `Accept-Language`, else Arabic. Unknown values are ignored, never trusted.
pub fn resolve_locale(headers: &HeaderMap) -> Locale {
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LOCALE_COOKIE)
        .and_then(|(_, value)| Locale::from_tag(value).filter(|l| l.tag() == value));
    from_cookie
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

fn new_nonce() -> String {
    let bytes: [u8; 16] = rand::random();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The client's address: the connection's, or behind trusted proxies the first hop of
/// `X-Forwarded-For` from the right that is not one of them (see [`crate::client_addr`]).
fn client_ip(req: &Request, trusted: &crate::client_addr::TrustedProxies) -> std::net::IpAddr {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(std::net::IpAddr::from([127, 0, 0, 1]), |c| c.0.ip());
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok());
    trusted.client(peer, forwarded)
}

/// The signed-in user of this session. A session pointing at a deleted account, or holding
/// garbage, is treated as signed out.
async fn current_user(state: &AppState, session: &Session) -> Option<app::context::CurrentUser> {
    let id = match session.get::<UserId>(SESSION_USER_KEY).await {
        Ok(id) => id?,
        Err(e) => {
            tracing::warn!(error = %e, "unreadable session");
            return None;
        }
    };
    match accounts::load_user(&state.db, id).await {
        Ok(Some(user)) => Some(user),
        Ok(None) => {
            let _ = session.flush().await;
            None
        }
        Err(_) => None,
    }
}

/// The Content-Security-Policy of a response whose inline scripts carry `nonce`.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self' 'nonce-{nonce}'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         frame-ancestors 'none'; form-action 'self'"
    )
}

fn set_security_headers(headers: &mut HeaderMap, nonce: &str, https: bool) {
    // Served over HTTPS: browsers are told to never come back over plain HTTP (a year).
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    // A handler that set a stricter policy (private documents: `sandbox`) keeps it.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(csp) = HeaderValue::from_str(&content_security_policy(nonce))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
}

/// Gives server-function error responses the status their `AppError` maps to. Form posts
/// (redirected back to the page with the error in the URL) are left alone.
pub async fn server_fn_status(response: Response<Body>) -> Response {
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || response.headers().contains_key(header::LOCATION)
    {
        return response.into_response();
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let Some(secs) = error.retry_after_secs() {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            if let Ok(v) = HeaderValue::from_str(v) {
                map.append(*k, v);
            }
        }
        map
    }

    const PUBLIC: &str = "https://taawon.ma";

    #[test]
    fn same_origin_posts_are_allowed() {
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            PUBLIC
        ));
        assert!(!is_cross_site(
            &headers(&[("origin", "https://taawon.ma")]),
            PUBLIC
        ));
        assert!(!is_cross_site(
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            PUBLIC
        ));
    }

    #[test]
    fn cross_site_posts_are_refused() {
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            PUBLIC
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "same-site")]),
            PUBLIC
        ));
        assert!(is_cross_site(
            &headers(&[("origin", "https://evil.example")]),
            PUBLIC
        ));
        assert!(is_cross_site(&headers(&[("origin", "null")]), PUBLIC));
        assert!(is_cross_site(
            &headers(&[
                ("origin", "https://taawon.ma.evil.example"),
                ("host", "taawon.ma")
            ]),
            PUBLIC
        ));
    }

    #[test]
    fn requests_without_browser_headers_are_not_treated_as_cross_site() {
        assert!(!is_cross_site(&headers(&[]), PUBLIC));
    }

    #[test]
    fn locale_comes_from_the_cookie_then_accept_language_then_arabic() {
        assert_eq!(
            resolve_locale(&headers(&[
                ("cookie", "a=b; taawon_locale=fr"),
                ("accept-language", "en")
            ])),
            Locale::Fr
        );
        assert_eq!(
            resolve_locale(&headers(&[("accept-language", "en-GB,en;q=0.9")])),
            Locale::En
        );
        assert_eq!(
            resolve_locale(&headers(&[("accept-language", "de")])),
            Locale::Ar
        );
        assert_eq!(resolve_locale(&headers(&[])), Locale::Ar);
    }

    #[test]
    fn a_lang_query_picks_the_language_of_one_response() {
        assert_eq!(query_locale(Some("sort=newest&lang=fr")), Some(Locale::Fr));
        assert_eq!(query_locale(Some("lang=xx")), None);
        assert_eq!(query_locale(Some("language=fr")), None);
        assert_eq!(query_locale(None), None);
    }

    #[test]
    fn unknown_locale_cookies_are_ignored() {
        assert_eq!(
            resolve_locale(&headers(&[
                ("cookie", "taawon_locale=xx"),
                ("accept-language", "fr")
            ])),
            Locale::Fr
        );
        assert_eq!(
            resolve_locale(&headers(&[("cookie", "taawon_locale=fr-evil")])),
            Locale::Ar
        );
    }

    #[test]
    fn the_csp_forbids_plugins_base_tags_and_framing() {
        let csp = content_security_policy("abc");
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "'nonce-abc'",
        ] {
            assert!(csp.contains(directive), "{directive} missing from {csp}");
        }
    }
}
