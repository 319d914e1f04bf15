//! What every page needs to know about the request: its language and who is signed in.
//!
//! The server's request middleware builds a [`RequestCtx`] once per request (session, cookie,
//! `Accept-Language`, CSP nonce) and the renderer provides it as Leptos context.

use domain::Locale;

pub use wire::user::CurrentUser;

/// Per-request facts resolved by the server before rendering.
#[derive(Debug, Clone, Default)]
pub struct RequestCtx {
    /// Language of the response.
    pub locale: Locale,
    /// Who is signed in, if anyone.
    pub user: Option<CurrentUser>,
    /// The Content-Security-Policy nonce of this response.
    pub nonce: String,
    /// Path and query of the current page, so forms can come back to it.
    pub path: String,
    /// The catalog clock, when the page cache read it for this request (after it arrived).
    pub catalog_clock: Option<i64>,
    /// The site's public address, without a trailing `/` (for canonical links).
    pub origin: String,
    /// Whether the address chose the language (`?lang=`), rather than the cookie or browser.
    pub lang_pinned: bool,
}

impl RequestCtx {
    /// The signed-in user, or `Unauthorized` (the sign-in page) for a visitor.
    pub fn signed_in(&self) -> Result<CurrentUser, crate::error::AppError> {
        self.user
            .clone()
            .ok_or(crate::error::AppError::Unauthorized)
    }
}

/// The current request's context; a default (Arabic, signed out) when there is none.
pub fn use_request_ctx() -> RequestCtx {
    leptos::prelude::use_context::<RequestCtx>().unwrap_or_default()
}

/// Makes the middleware's [`RequestCtx`] and CSP nonce available to the render. Call it from the
/// renderer's additional-context hook, after Leptos has provided the request parts.
#[cfg(feature = "ssr")]
pub fn provide_request_context() {
    use leptos::prelude::{provide_context, use_context};
    let ctx = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestCtx>().cloned());
    if let Some(ctx) = ctx {
        provide_context(leptos::nonce::Nonce::from_value(ctx.nonce.clone()));
        provide_context(ctx);
    }
}

/// The current request's language.
pub fn use_locale() -> Locale {
    use_request_ctx().locale
}
