//! Plain axum routes beside the Leptos ones.

pub mod documents;
pub mod exports;
pub mod health;
pub mod media;
pub mod search;
pub mod seo;
pub mod webhooks;

use app::{context::RequestCtx, ssr::AppState};
use axum::{
    extract::{Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderValue, StatusCode, header};
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// Static files from the site root (CSS, WASM, icons); everything else is the translated 404.
pub async fn static_or_not_found(State(state): State<AppState>, req: Request) -> Response {
    let ctx = req
        .extensions()
        .get::<RequestCtx>()
        .cloned()
        .unwrap_or_default();
    let root = state.leptos_options.site_root.to_string();
    let path = req.uri().path().to_owned();
    let served = ServeDir::new(&root)
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .oneshot(req)
        .await;
    match served {
        Ok(response)
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED =>
        {
            let mut response = response.into_response();
            // Hashing file names is future work; until then, revalidate cheaply instead of caching forever.
            let cache = if path.starts_with("/pkg/") {
                "public, max-age=300, must-revalidate"
            } else {
                "public, max-age=3600"
            };
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            response
        }
        // Not a file: let the app render it (its router answers unknown paths with a 404 page).
        _ => render_app(state, ctx, path).await,
    }
}

async fn render_app(state: AppState, ctx: RequestCtx, path: String) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        {
            let state = state.clone();
            move || {
                leptos::prelude::provide_context(state.clone());
                app::context::provide_request_context();
            }
        },
        move || app::shell(options.clone()),
    );
    let mut req = Request::builder()
        .uri(path)
        .body(axum::body::Body::empty())
        .unwrap_or_default();
    req.extensions_mut().insert(ctx);
    handler(req).await.into_response()
}
