//! `GET /api/search/suggest?q=…`: results as you type for the header's search box, as the
//! options of its list, rendered here in the reader's language (the island only inserts them).
//! The page cache keeps answers by query and language, checked against the catalog clock
//! (`crate::page_cache`).

use app::{
    components::search_box::suggestions_html, context::RequestCtx, error::AppError, ssr::AppState,
};
use axum::{
    Extension,
    extract::{RawQuery, State},
    response::{IntoResponse, Response},
};
use backend::services::search;
use http::{StatusCode, header};

/// The options for `q` (an empty body when nothing matched and no respelling is known).
pub async fn suggest(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    RawQuery(query): RawQuery,
) -> Response {
    let q = form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(key, _)| key == "q")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    match search::suggest_products(&state, &q, ctx.locale, ctx.catalog_clock).await {
        // The answer depends on the reader's language and changes with the catalog.
        Ok(answer) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "private, max-age=60"),
                (header::VARY, "cookie, accept-language"),
            ],
            suggestions_html(answer, ctx.locale),
        )
            .into_response(),
        Err(AppError::SearchUnavailable) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
