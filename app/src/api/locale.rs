//! The language switcher: remembers the chosen language in a cookie (and on the account).

use crate::error::AppError;
use leptos::prelude::*;

/// Cookie holding the chosen language.
pub const LOCALE_COOKIE: &str = "taawon_locale";

/// Switches the interface language, then goes back to the page the user was on.
#[server(endpoint = "locale")]
pub async fn set_locale(locale: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::accounts;
    use http::{HeaderValue, header::SET_COOKIE};
    let locale = domain::Locale::from_tag(&locale)
        .filter(|l| l.tag() == locale)
        .ok_or(AppError::BadRequest)?;
    let state = AppState::current()?;
    let ctx = request_ctx()?;
    if let Some(user) = &ctx.user {
        accounts::set_locale(&state.db, user.id, locale).await?;
    }
    let secure = if state.settings().secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        // The session cookie's attributes (HttpOnly, SameSite=Lax, Path=/, Secure over HTTPS):
        // no script reads either.
        "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}",
        locale.tag()
    );
    let response = expect_context::<leptos_axum::ResponseOptions>();
    response.append_header(
        SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|_| AppError::Internal)?,
    );
    // Back to a page opened with `?lang=`: without it, or the page would stay in that language.
    if let Some(back) = crate::ssr::request::referer_without_lang() {
        leptos_axum::redirect(&back);
    }
    Ok(())
}
