//! The open, read-only JSON API for partners (the office's portal, mobile apps): `/api/v1/…`.
//! Public data only (see [`backend::services::open_catalog`]), a language per request (`lang`),
//! opaque cursors, an `ETag` on every answer (`304` when it has not changed) with
//! `Cache-Control`, CORS for reading from any site, a limit per client counted in the database
//! (so it holds across replicas), and errors as JSON with a stable code and the right status.
//!
//! The OpenAPI 3.1 document at `/api/v1/openapi.json` is generated from the handlers and types
//! themselves (`utoipa`): a route is added to the router and to the document by the same
//! `routes!` call, so neither can have a route the other lacks. `/api/v1/docs` shows it as a page.

mod catalog;
mod docs;

use app::ssr::AppState;
use axum::{
    Router,
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use backend::services::{limits, open_catalog::ApiRefusal};
use domain::Locale;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use serde::Serialize;
use std::sync::Arc;
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Where the API lives.
pub const PREFIX: &str = "/api/v1";

/// How long clients and shared caches may keep an answer before asking again (with its ETag).
const CACHE: &str = "public, max-age=60";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Taawon open catalog API",
        version = "1.0.0",
        description = "Read-only access to the public catalog of Taawon, the marketplace of Morocco's verified cooperatives: published products, verified cooperatives, the category tree and search, in Arabic, French or English. Lists are paged with opaque cursors (`next_cursor`). Every answer has an `ETag`; send it back in `If-None-Match` to get `304 Not Modified` when nothing changed. Each client may make a limited number of requests a minute (`429` with `Retry-After` past it). Errors are JSON: `{\"error\": {\"code\": \"bad_cursor\", \"message\": \"…\"}}`; codes are stable, messages are in the language asked for.",
        license(name = "Data: public catalog of Taawon"),
    ),
    tags((name = "catalog", description = "Products, cooperatives, categories and search"))
)]
struct ApiDoc;

/// The API's routes under [`PREFIX`] and its OpenAPI document.
pub fn router(state: &AppState) -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(catalog::products))
        .routes(routes!(catalog::product))
        .routes(routes!(catalog::cooperatives))
        .routes(routes!(catalog::cooperative))
        .routes(routes!(catalog::categories))
        .routes(routes!(catalog::search))
        .split_for_parts();
    doc.servers = Some(vec![utoipa::openapi::Server::new(format!(
        "{}{PREFIX}",
        state.settings().public_url.trim_end_matches('/')
    ))]);
    let document = Arc::new(docs::Document::new(&doc));
    let router = router
        .route(
            "/openapi.json",
            axum::routing::get({
                let document = document.clone();
                move |headers: HeaderMap| docs::json(document.clone(), headers)
            }),
        )
        .route(
            "/docs",
            axum::routing::get({
                let document = document.clone();
                move |req: Request| docs::page(document.clone(), req)
            }),
        )
        .fallback(|req: Request| async move { refuse(locale_of(&req), Refusal::NotFound) })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            per_client,
        ))
        .layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(tower_http::cors::Any)
                .allow_methods([Method::GET, Method::HEAD])
                .allow_headers([header::IF_NONE_MATCH])
                .expose_headers([header::ETAG, header::RETRY_AFTER])
                .max_age(std::time::Duration::from_secs(86_400)),
        );
    (router, doc)
}

/// The error every refusal answers with.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiError {
    pub error: ErrorBody,
}

/// The answers every read may give besides its own.
#[derive(utoipa::IntoResponses)]
pub enum Common {
    /// Unchanged since the ETag sent in `If-None-Match`
    #[response(status = 304)]
    NotModified,
    /// Too many requests from this client (`Retry-After` says when to come back)
    #[response(status = 429)]
    TooManyRequests(ApiError),
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable: `unknown_language`, `bad_cursor`, `bad_limit`, `limit_too_large`, `bad_query`,
    /// `not_found`, `rate_limited`, `unavailable`.
    #[schema(example = "bad_cursor")]
    pub code: &'static str,
    /// For people, in the language asked for.
    pub message: String,
}

/// A refusal: the input's ([`ApiRefusal`]) or the server's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Input(ApiRefusal),
    NotFound,
    RateLimited(u64),
    Unavailable,
}

impl Refusal {
    fn code(self) -> &'static str {
        match self {
            Self::Input(refusal) => refusal.code(),
            Self::NotFound => "not_found",
            Self::RateLimited(_) => "rate_limited",
            Self::Unavailable => "unavailable",
        }
    }

    fn status(self) -> StatusCode {
        match self {
            Self::Input(_) => StatusCode::BAD_REQUEST,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl From<backend::error::AppError> for Refusal {
    fn from(error: backend::error::AppError) -> Self {
        match error {
            backend::error::AppError::NotFound => Self::NotFound,
            other => {
                tracing::error!(error = %other, "open API request failed");
                Self::Unavailable
            }
        }
    }
}

fn refuse(locale: Locale, refusal: Refusal) -> Response {
    let message = backend::i18n::t(
        locale,
        &format!("api-error-{}", refusal.code().replace('_', "-")),
    );
    let body = ApiError {
        error: ErrorBody {
            code: refusal.code(),
            message,
        },
    };
    let mut response = (refusal.status(), axum::Json(body)).into_response();
    if let Refusal::RateLimited(secs) = refusal {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

/// The language of an error message: the `lang` asked for when it is one of ours, else English.
fn locale_of(req: &Request) -> Locale {
    query_pairs(req.uri().query())
        .into_iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Locale::from_tag(&v).filter(|l| l.tag() == v))
        .unwrap_or(Locale::En)
}

fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect()
}

/// Counts the request against its client's allowance (all replicas together).
async fn per_client(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() == Method::OPTIONS {
        return next.run(req).await;
    }
    let ip = req
        .extensions()
        .get::<app::ssr::request::ClientIp>()
        .map_or(std::net::IpAddr::from([127, 0, 0, 1]), |c| c.0);
    let limit = limits::Limit {
        scope: "api",
        max: state.settings().api_per_minute,
        window_secs: 60,
    };
    let now = chrono::Utc::now().timestamp();
    match limits::take(&state.db, limit, &limits::client_key(ip), now).await {
        Ok(()) => next.run(req).await,
        Err(backend::error::AppError::RateLimited { retry_after_secs }) => {
            refuse(locale_of(&req), Refusal::RateLimited(retry_after_secs))
        }
        Err(error) => refuse(locale_of(&req), Refusal::from(error)),
    }
}

/// `value` as JSON with its ETag and cache lifetime, or `304` when the client holds it already.
fn cached_json(headers: &HeaderMap, value: &impl Serialize) -> Response {
    let Ok(body) = serde_json::to_vec(value) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    with_etag(headers, body, "application/json")
}

fn with_etag(headers: &HeaderMap, body: Vec<u8>, content_type: &'static str) -> Response {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(&body);
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let Ok(etag) = HeaderValue::from_str(&format!("\"{hex}\"")) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let cache = HeaderValue::from_static(CACHE);
    let matches = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| {
            let tag = tag.trim();
            tag == "*" || tag.trim_start_matches("W/") == etag.to_str().unwrap_or_default()
        });
    if matches {
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag), (header::CACHE_CONTROL, cache)],
        )
            .into_response();
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::ETAG, etag),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}
