//! `GET /exports/{kind}.csv`: the dashboards' CSV exports, streamed. Who may read what is
//! decided before the first byte (`exports::plan`); a refusal is the translated error page. The
//! body is a stream of chunks with no length announced, so a large export never sits in memory,
//! and it is a private, never cached attachment.

use app::{context::RequestCtx, error::AppError, ssr::AppState};
use axum::{
    Extension,
    body::Body,
    extract::{Path, RawQuery, State},
    response::Response,
};
use backend::services::exports::{self, ExportKind, ExportQuery};
use http::StatusCode;

/// `GET /exports/{file}`, `file` being `<kind>.csv`, with `from`, `to` (YYYY-MM-DD, included)
/// and `cooperative` (an id) as query values.
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(file): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let refuse = |error: AppError| {
        let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::NOT_FOUND);
        crate::error_page::render(ctx.locale, status, &error)
    };
    let Some(kind) = ExportKind::from_file_name(&file) else {
        return refuse(AppError::NotFound);
    };
    let Some(user) = ctx.user.as_ref() else {
        return refuse(AppError::Unauthorized);
    };
    let query = ExportQuery::from_query_string(query.as_deref().unwrap_or_default());
    let plan = match exports::plan(&state.db, user, kind, &query, ctx.locale).await {
        Ok(plan) => plan,
        Err(error) => return refuse(error),
    };
    tracing::info!(
        export.kind = kind.code(),
        user.id = %user.id,
        "export started"
    );
    let file_name = plan.file_name();
    super::private_attachment(
        Body::from_stream(exports::stream(state.db.clone(), plan)),
        "text/csv; charset=utf-8",
        &file_name,
    )
}
