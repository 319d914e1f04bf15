//! Accounts over the wire: sign up, sign in, sign out, change password.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::{
        context::CurrentUser,
        error::AppError,
        ssr::request::{SESSION_USER_KEY, session},
    };

    /// Starts a fresh session for `user`: a new id defeats session fixation.
    pub async fn start_session(user: &CurrentUser) -> Result<(), AppError> {
        let session = session()?;
        session.cycle_id().await.map_err(|e| {
            tracing::error!(error = %e, "session rotation failed");
            AppError::Internal
        })?;
        session
            .insert(SESSION_USER_KEY, user.id)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "session write failed");
                AppError::Internal
            })?;
        // What the visitor put in their cart before signing in stays in it.
        let state = crate::ssr::AppState::current()?;
        backend::services::cart::merge_guest_cart(&state.db, &session, user).await
    }
}

/// Creates a consumer account and signs it in.
#[server(endpoint = "account/sign-up")]
pub async fn sign_up(
    display_name: String,
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    use backend::services::accounts;
    let state = AppState::current()?;
    let locale = request_ctx()?.locale;
    let form = accounts::SignUpForm {
        display_name,
        email,
        password,
    };
    let user = accounts::sign_up(&state.db, &form, locale).await?;
    server::start_session(&user).await?;
    leptos_axum::redirect(&super::safe_next(next.as_deref()));
    Ok(())
}

/// Signs in with e-mail and password. Throttled per client and per (account, client).
#[server(endpoint = "account/sign-in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request::client_ip};
    use backend::services::accounts;
    let state = AppState::current()?;
    let key = email.trim().to_lowercase();
    if let Err(retry_after_secs) = state.sign_in_limiter.check(&key, client_ip()?) {
        tracing::warn!("sign-in throttled");
        return Err(AppError::RateLimited { retry_after_secs });
    }
    let user = accounts::authenticate(&state.db, &email, &password).await?;
    server::start_session(&user).await?;
    leptos_axum::redirect(&super::safe_next(next.as_deref()));
    Ok(())
}

/// Ends the session, everywhere it is stored.
#[server(endpoint = "account/sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = crate::ssr::request::session()?;
    session.flush().await.map_err(|e| {
        tracing::error!(error = %e, "session delete failed");
        AppError::Internal
    })?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Changes the signed-in user's password.
#[server(endpoint = "account/change-password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::accounts;
    let user = crate::ssr::request::signed_in()?;
    let state = AppState::current()?;
    let form = accounts::ChangePasswordForm {
        current_password,
        new_password,
        confirm_password,
    };
    accounts::change_password(&state.db, user.id, &form).await?;
    leptos_axum::redirect("/account?changed=1");
    Ok(())
}
