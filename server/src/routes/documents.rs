//! Private documents: a cooperative's certificate, the evidence of its labels and the original
//! files experts hand in, downloadable by the cooperative's members (and that expert) and admins
//! only. Sent as an attachment, never cached, and sandboxed so a PDF
//! cannot run anything on our origin.

use app::{
    context::{CurrentUser, RequestCtx},
    error::AppError,
    ssr::AppState,
};
use axum::{
    Extension,
    extract::{Path, Query, State},
    response::{IntoResponse, Response},
};
use backend::services::{cooperatives, labels};
use http::{HeaderValue, StatusCode, header};

/// `GET /cooperatives/{id}/certificate`.
pub async fn certificate(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
) -> Response {
    private(&ctx, &id, "certificate", |user, id| {
        let state = state.clone();
        async move { cooperatives::certificate(&state.db, &state.media, &user, id).await }
    })
    .await
}

/// `GET /labels/{id}/evidence`.
pub async fn label_evidence(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
) -> Response {
    private(&ctx, &id, "label-evidence", |user, id| {
        let state = state.clone();
        async move { labels::evidence(&state.db, &state.media, &user, id).await }
    })
    .await
}

/// `GET /deliverables/{id}/original`: the file an expert handed in (an SVG logo for print, a
/// print-ready PDF), for the request's cooperative, that expert and admins.
pub async fn deliverable_original(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
) -> Response {
    private(&ctx, &id, "deliverable", |user, id| {
        let state = state.clone();
        async move {
            backend::services::requests::original(&state.db, &state.media, &user, id).await
        }
    })
    .await
}

/// Loads a private document for the signed-in user and sends it as a sandboxed attachment.
async fn private<F, Fut>(ctx: &RequestCtx, id: &str, name: &str, load: F) -> Response
where
    F: FnOnce(CurrentUser, uuid::Uuid) -> Fut,
    Fut: std::future::Future<Output = Result<(bytes::Bytes, String, String), AppError>>,
{
    let refuse = |error: AppError| {
        let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::NOT_FOUND);
        crate::error_page::render(ctx.locale, status, &error)
    };
    let Some(user) = ctx.user.clone() else {
        return refuse(AppError::Unauthorized);
    };
    let Ok(id) = uuid::Uuid::parse_str(id) else {
        return refuse(AppError::NotFound);
    };
    match load(user, id).await {
        Ok((bytes, mime, extension)) => {
            super::private_attachment(bytes.into(), &mime, &format!("{name}-{id}.{extension}"))
        }
        Err(error) => refuse(error),
    }
}

/// `GET /cooperatives/{id}/products.csv`: a cooperative's products, for its members.
pub async fn products_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
) -> Response {
    private(&ctx, &id, "products", |user, id| {
        let state = state.clone();
        async move {
            let text = backend::services::product_csv::export(&state.db, &user, id).await?;
            Ok((
                bytes::Bytes::from(text),
                "text/csv; charset=utf-8".to_owned(),
                "csv".to_owned(),
            ))
        }
    })
    .await
}

/// `GET /cooperatives/{id}/statement.csv`: a cooperative's payout statement, for its members and
/// admins, with column names in the reader's language.
pub async fn statement_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
) -> Response {
    let locale = ctx.locale;
    private(&ctx, &id, "statement", |user, id| {
        let state = state.clone();
        async move {
            let text =
                backend::services::payouts::statement_csv(&state.db, &user, id, locale).await?;
            Ok((
                bytes::Bytes::from(text),
                "text/csv; charset=utf-8".to_owned(),
                "csv".to_owned(),
            ))
        }
    })
    .await
}

/// `GET /admin/reconciliation.csv?from=&to=`: a period's reconciliation, for admins, with column
/// names in the reader's language.
pub async fn reconciliation_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Query(period): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let refuse = |error: AppError| {
        let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::NOT_FOUND);
        crate::error_page::render(ctx.locale, status, &error)
    };
    let Some(user) = ctx.user.as_ref() else {
        return refuse(AppError::Unauthorized);
    };
    let day = |k: &str| period.get(k).map(String::as_str).unwrap_or_default();
    match backend::services::reconciliation::csv(
        &state.db,
        user,
        day("from"),
        day("to"),
        ctx.locale,
    )
    .await
    {
        Ok(text) => super::private_attachment(
            text.into(),
            "text/csv; charset=utf-8",
            "taawon-reconciliation.csv",
        ),
        Err(error) => refuse(error),
    }
}

/// `GET /products/template.csv`: the import template (public).
pub async fn products_template() -> Response {
    let mut response = backend::services::product_csv::template().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"taawon-products-template.csv\""),
    );
    response
}
