//! Reviews over the wire: a buyer reviews a delivered product, a cooperative member answers a
//! review, an admin hides one. Each form posts without JavaScript and comes back to its page.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// Rates (1–5) and reviews the product of a delivered order line, then shows the order.
#[server(endpoint = "reviews/write")]
pub async fn write_review(
    line_id: String,
    rating: Option<String>,
    body: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::reviews;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let number = reviews::write(
        &state.db,
        &user,
        parse_id(&line_id)?,
        rating.as_deref().unwrap_or_default(),
        body.as_deref().unwrap_or_default(),
    )
    .await?;
    leptos_axum::redirect(&format!("/orders/{number}?reviewed=1"));
    Ok(())
}

/// The cooperative's answer to a review, then the product page.
#[server(endpoint = "reviews/reply")]
pub async fn reply_review(review_id: String, reply: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::reviews;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let slug = reviews::reply(&state.db, &user, parse_id(&review_id)?, &reply).await?;
    leptos_axum::redirect(&format!("/p/{slug}#reviews"));
    Ok(())
}

/// Hides a review with a reason (admins), then the product page.
#[server(endpoint = "reviews/hide")]
pub async fn hide_review(review_id: String, reason: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::reviews;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let slug = reviews::hide(&state.db, &user, parse_id(&review_id)?, &reason).await?;
    leptos_axum::redirect(&format!("/p/{slug}#reviews"));
    Ok(())
}
