//! The page guards: a signed-out visitor goes to the sign-in page; a signed-in user without the
//! right gets a 403 page.

use crate::{components::form::ErrorSummary, context::use_request_ctx, error::AppError};
use leptos::prelude::*;

/// Sends a signed-out visitor to the sign-in page (coming back to `path` after); `false` then.
pub fn require_sign_in(path: &str) -> bool {
    if use_request_ctx().user.is_none() {
        crate::ssr_redirect(&format!("/sign-in?next={path}"));
        return false;
    }
    true
}

/// A 403 page body (and status).
pub fn forbidden() -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    view! { <section class="narrow"><ErrorSummary error=Some(AppError::Forbidden)/></section> }
        .into_any()
}
