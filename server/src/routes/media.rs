//! Public image variants. Keys are content addressed, so a URL's bytes never change: they are
//! served with an immutable, year-long cache lifetime. Private documents are not reachable here.

use app::{error::AppError, ssr::AppState};
use axum::{
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use backend::media::Encoded;
use http::{HeaderValue, StatusCode, header};

/// `GET /media/images/{aa}/{hash}/{width}.{jpg|png}`.
pub async fn image(State(state): State<AppState>, Path(key): Path<String>) -> Response {
    let Some(format) = key
        .rsplit_once('.')
        .and_then(|(_, ext)| Encoded::from_extension(ext))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match state.media.get_public(&key).await {
        Ok(Some(bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(format.mime()),
            );
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
            response
        }
        Ok(None) | Err(AppError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        // The store is out of reach: a passing outage, which browsers and proxies may retry.
        Err(e) => (
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE),
            [(header::RETRY_AFTER, "30")],
        )
            .into_response(),
    }
}
