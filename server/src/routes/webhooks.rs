//! `POST /webhooks/stripe`: Stripe's signed events. The signature (and its timestamp, 300 s
//! tolerance) is checked before anything is read; each event is applied once, in one transaction
//! with the row that records it, and answered quickly with a 2xx so Stripe stops resending.
//! A refused delivery gets a 400 and changes nothing; a database failure gets a 500 and nothing
//! is recorded, so Stripe's next attempt applies it.

use crate::{config::Secret, stripe};
use app::ssr::AppState;
use axum::{
    body::Bytes,
    extract::State,
    response::{IntoResponse, Response},
};
use backend::services::payments;
use http::{HeaderMap, StatusCode};

/// Where Stripe delivers events (set this URL in Stripe's dashboard).
pub const STRIPE_PATH: &str = "/webhooks/stripe";

/// The largest event body taken (Stripe's events are a few kilobytes).
pub const BODY_LIMIT: usize = 512 * 1024;

/// Verifies and applies one Stripe event.
pub async fn stripe(
    State(state): State<AppState>,
    secret: Option<Secret>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(secret) = secret else {
        // Not configured: nobody can sign events for us.
        return StatusCode::NOT_FOUND.into_response();
    };
    let signature = headers
        .get("stripe-signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let Ok(payload) = std::str::from_utf8(&body) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let event = match stripe::verify_event(payload, signature, secret.expose()) {
        Ok(event) => event,
        Err(refusal) => {
            tracing::warn!(error = %refusal, "Stripe webhook refused");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    match payments::apply_event(&state.db, &state.settings(), &event).await {
        Ok(applied) => {
            tracing::info!(event.id = %event.id, kind = %event.type_name, ?applied, "Stripe event");
            metrics::counter!("stripe_webhook_events_total", "outcome" => format!("{applied:?}").to_lowercase()).increment(1);
            StatusCode::OK.into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
