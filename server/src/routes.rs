//! Plain axum routes beside the Leptos ones.

pub mod account_data;
pub mod api_v1;
pub mod app_manifest;
pub mod documents;
pub mod exports;
pub mod feeds;
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

/// `body` as a private attachment named `file_name`: never kept by a cache, and sandboxed so that
/// nothing in it can run as the site if a browser shows it.
pub fn private_attachment(body: axum::body::Body, content_type: &str, file_name: &str) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    response
}

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
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .oneshot(req)
        .await;
    match served {
        Ok(response)
            if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED =>
        {
            let mut response = response.into_response();
            let cache = cache_control(&path);
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            // The same address answers brotli, gzip or plain bytes by `Accept-Encoding`: a shared
            // cache must keep them apart.
            let varies = headers.get_all(header::VARY).iter().any(|v| {
                v.to_str()
                    .is_ok_and(|v| v.to_ascii_lowercase().contains("accept-encoding"))
            });
            if !varies {
                headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
            }
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

/// The name of the built client (`taawon-<hash>`, from `pkg/output-name`, written by
/// `scripts/build.sh`), or `taawon` when the site was built another way.
pub fn client_name(site_root: &std::path::Path) -> String {
    std::fs::read_to_string(site_root.join("pkg").join("output-name"))
        .ok()
        .map(|name| name.trim().to_owned())
        .filter(|name| is_hashed_client(name))
        .unwrap_or_else(|| "taawon".to_owned())
}

/// `taawon-` and 12 hexadecimal digits: a name that changes whenever the content does.
fn is_hashed_client(stem: &str) -> bool {
    stem.strip_prefix("taawon-")
        .is_some_and(|hash| hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// How long browsers may keep a static file: a year, never asking again, for the client's
/// content-named files; five minutes then a cheap revalidation for other `/pkg` files; an hour
/// for the public assets.
fn cache_control(path: &str) -> &'static str {
    let Some(file) = path.strip_prefix("/pkg/") else {
        return "public, max-age=3600";
    };
    let stem = file.split(['.', '_']).next().unwrap_or_default();
    if is_hashed_client(stem) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300, must-revalidate"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_named_client_files_are_kept_for_a_year() {
        let year = "public, max-age=31536000, immutable";
        assert_eq!(cache_control("/pkg/taawon-0123456789ab.js"), year);
        assert_eq!(cache_control("/pkg/taawon-0123456789ab_bg.wasm"), year);
        assert_eq!(cache_control("/pkg/taawon-0123456789ab.css"), year);
        assert_ne!(cache_control("/pkg/taawon.css"), year);
        assert_ne!(cache_control("/pkg/taawon-latest.js"), year);
        assert_ne!(cache_control("/pkg/output-name"), year);
        assert_eq!(cache_control("/favicon.svg"), "public, max-age=3600");
    }

    #[test]
    fn the_client_name_comes_from_the_build_or_falls_back() {
        let dir = std::env::temp_dir().join(format!("taawon-site-{}", uuid::Uuid::now_v7()));
        assert_eq!(client_name(&dir), "taawon");
        let pkg = dir.join("pkg");
        std::fs::create_dir_all(&pkg).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(pkg.join("output-name"), "taawon-0123456789ab\n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(client_name(&dir), "taawon-0123456789ab");
        std::fs::write(pkg.join("output-name"), "../../etc/passwd")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(client_name(&dir), "taawon");
        std::fs::remove_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    }
}
