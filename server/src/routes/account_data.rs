//! `GET /account/data`: everything the platform holds about the signed-in person, as one JSON
//! file streamed part by part (loi 09-08's right of access). Private, never cached, and served as
//! an attachment that cannot run in the page.

use app::{context::RequestCtx, error::AppError, ssr::AppState};
use axum::{Extension, body::Body, extract::State, response::Response};
use backend::services::personal_data;
use http::StatusCode;

/// `GET /account/data`
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
) -> Response {
    let Some(user) = ctx.user.as_ref() else {
        return crate::error_page::render(
            ctx.locale,
            StatusCode::UNAUTHORIZED,
            &AppError::Unauthorized,
        );
    };
    tracing::info!(user.id = %user.id, "personal data downloaded");
    super::private_attachment(
        Body::from_stream(personal_data::export(state.db.clone(), user.id)),
        "application/json; charset=utf-8",
        "taawon-my-data.json",
    )
}
