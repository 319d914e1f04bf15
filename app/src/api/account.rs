//! Accounts over the wire: sign up, sign in, sign out, change password, reset a forgotten one,
//! see and end one's sessions.

use crate::{dto::SessionDto, error::AppError};
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
        let write = |e: tower_sessions::session::Error| {
            tracing::error!(error = %e, "session write failed");
            AppError::Internal
        };
        session
            .insert(SESSION_USER_KEY, user.id)
            .await
            .map_err(write)?;
        // What the person is shown on /account/sessions to recognise this one.
        use backend::session_store::{DEVICE_KEY, PLACE_KEY};
        if let Some(device) =
            crate::ssr::request::user_agent().and_then(|ua| domain::device::describe(&ua))
        {
            session.insert(DEVICE_KEY, device).await.map_err(write)?;
        }
        let place = domain::device::place(crate::ssr::request::client_ip()?);
        session.insert(PLACE_KEY, place).await.map_err(write)?;
        // What the visitor put in their cart before signing in stays in it.
        let state = crate::ssr::AppState::current()?;
        backend::services::cart::merge_guest_cart(&state.db, &session, user).await
    }

    /// The id of this request's session, once it has one.
    pub fn session_id() -> Result<Option<String>, AppError> {
        Ok(session()?.id().map(|id| id.to_string()))
    }

    /// Counts one attempt of `limit` by this request's client (the account's attempts count
    /// under a digest of `account` as well, when given); past a limit, `RateLimited`.
    pub async fn take_limit(
        limit: backend::services::limits::Limit,
        account: Option<&str>,
    ) -> Result<(), AppError> {
        use backend::services::limits;
        let state = crate::ssr::AppState::current()?;
        let client = limits::client_key(crate::ssr::request::client_ip()?);
        let who = match account {
            Some(email) => limits::account_key(email, &client),
            None => client,
        };
        limits::take(&state.db, limit, &who, chrono::Utc::now().timestamp()).await
    }
}

/// Creates a consumer account, signs it in and mails it a link to verify its address. Limited
/// per client.
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
    server::take_limit(state.settings().account_limits.sign_up_per_client, None).await?;
    let form = accounts::SignUpForm {
        display_name,
        email,
        password,
    };
    let public_url = state.settings().public_url.clone();
    let verification = accounts::Verification::Mail {
        public_url: &public_url,
    };
    // An address that has an account gets the same answer, and its owner a mail.
    if let Some(user) = accounts::sign_up(&state.db, &form, locale, verification).await? {
        server::start_session(&user).await?;
    }
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
    use crate::ssr::AppState;
    use backend::services::accounts;
    let state = AppState::current()?;
    let limits = state.settings().account_limits;
    server::take_limit(limits.sign_in_per_client, None).await?;
    server::take_limit(limits.sign_in_per_account, Some(&email)).await?;
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
    let keep = server::session_id()?;
    accounts::change_password(&state.db, user.id, &form, keep.as_deref()).await?;
    leptos_axum::redirect("/account?changed=1");
    Ok(())
}

/// Mails a password-reset link when the address has an account; the answer is the same either
/// way. Limited per client and per address.
#[server(endpoint = "account/forgot-password")]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    use crate::ssr::AppState;
    use backend::services::recovery;
    let state = AppState::current()?;
    let limits = state.settings().account_limits;
    server::take_limit(limits.reset_per_client, None).await?;
    let anywhere = backend::services::limits::account_key(&email, "*");
    backend::services::limits::take(
        &state.db,
        limits.reset_per_address,
        &anywhere,
        chrono::Utc::now().timestamp(),
    )
    .await?;
    recovery::request(&state.db, &email, &state.settings().public_url).await?;
    leptos_axum::redirect("/forgot-password?sent=1");
    Ok(())
}

/// Whether a reset link still works (its page shows the form only then).
#[server(endpoint = "account/reset-link")]
pub async fn reset_link(token: String) -> Result<(), AppError> {
    let state = crate::ssr::AppState::current()?;
    backend::services::recovery::check(&state.db, &token).await
}

/// Sets a new password through a reset link; every session of the account ends, this
/// browser's too, and the person signs in with the new password.
#[server(endpoint = "account/reset-password")]
pub async fn reset_password(
    token: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    use backend::services::recovery;
    let state = crate::ssr::AppState::current()?;
    let form = domain::account::NewPasswordForm {
        new_password,
        confirm_password,
    };
    recovery::reset(&state.db, &token, &form).await?;
    let _ = crate::ssr::request::session()?.flush().await;
    leptos_axum::redirect("/sign-in?reset=1");
    Ok(())
}

/// Where the signed-in account is signed in.
#[server(endpoint = "account/sessions")]
pub async fn my_sessions() -> Result<Vec<SessionDto>, AppError> {
    let user = crate::ssr::request::signed_in()?;
    let state = crate::ssr::AppState::current()?;
    let current = server::session_id()?;
    backend::services::sessions::list(&state.db, user.id, current.as_deref()).await
}

/// Signs out one of the account's sessions (elsewhere), by its handle.
#[server(endpoint = "account/sessions/end")]
pub async fn end_session(handle: String) -> Result<(), AppError> {
    let user = crate::ssr::request::signed_in()?;
    let state = crate::ssr::AppState::current()?;
    backend::services::sessions::end(&state.db, user.id, handle.trim()).await?;
    leptos_axum::redirect("/account/sessions?ended=1");
    Ok(())
}

/// Signs out every session of the account but this one.
#[server(endpoint = "account/sessions/end-others")]
pub async fn end_other_sessions() -> Result<(), AppError> {
    let user = crate::ssr::request::signed_in()?;
    let state = crate::ssr::AppState::current()?;
    let keep = server::session_id()?;
    backend::services::sessions::end_others(&state.db, user.id, keep.as_deref()).await?;
    leptos_axum::redirect("/account/sessions?ended=1");
    Ok(())
}

/// Deletes the signed-in account after the password is typed again: personal fields are wiped
/// or pseudonymised; orders and the books keep their amounts. The session ends.
#[server(endpoint = "account/delete")]
pub async fn delete_account(password: String) -> Result<(), AppError> {
    let user = crate::ssr::request::signed_in()?;
    let state = crate::ssr::AppState::current()?;
    backend::services::personal_data::erase(&state.db, user.id, &password).await?;
    let _ = crate::ssr::request::session()?.flush().await;
    leptos_axum::redirect("/account/delete?done=1");
    Ok(())
}

/// Mails a new link to verify the signed-in person's address. Limited per client.
#[server(endpoint = "account/verify/resend")]
pub async fn resend_verification() -> Result<(), AppError> {
    use crate::ssr::request::request_ctx;
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = crate::ssr::AppState::current()?;
    server::take_limit(state.settings().account_limits.verify_per_client, None).await?;
    backend::services::verification::resend(
        &state.db,
        &user,
        ctx.locale,
        &state.settings().public_url,
    )
    .await?;
    leptos_axum::redirect("/account?verify=sent");
    Ok(())
}

/// Whether an address-verification link can still be followed.
#[server(endpoint = "account/verify/check")]
pub async fn verify_link(token: String) -> Result<(), AppError> {
    let state = crate::ssr::AppState::current()?;
    backend::services::verification::check(&state.db, &token).await
}

/// Follows an address-verification link (a button on the link's page, so a mail scanner that
/// opens links verifies nothing).
#[server(endpoint = "account/verify")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    let state = crate::ssr::AppState::current()?;
    let keep = server::session_id()?;
    backend::services::verification::confirm(
        &state.db,
        &token,
        keep.as_deref(),
        &state.settings().public_url,
    )
    .await?;
    leptos_axum::redirect("/account?verified=1");
    Ok(())
}

/// Changes the signed-in person's display name.
#[server(endpoint = "account/rename")]
pub async fn rename(display_name: String) -> Result<(), AppError> {
    let user = crate::ssr::request::signed_in()?;
    let state = crate::ssr::AppState::current()?;
    backend::services::accounts::rename(&state.db, user.id, &display_name).await?;
    leptos_axum::redirect("/account?renamed=1");
    Ok(())
}

/// Asks to change the signed-in person's address: a link goes to the new one (the password is
/// typed again first). Limited per client, as verification links are.
#[server(endpoint = "account/change-email")]
pub async fn change_email(email: String, current_password: String) -> Result<(), AppError> {
    use crate::ssr::request::request_ctx;
    let ctx = request_ctx()?;
    let user = ctx.signed_in()?;
    let state = crate::ssr::AppState::current()?;
    server::take_limit(state.settings().account_limits.verify_per_client, None).await?;
    backend::services::verification::request_change(
        &state.db,
        &user,
        &email,
        &current_password,
        ctx.locale,
        &state.settings().public_url,
    )
    .await?;
    leptos_axum::redirect("/account?email=sent");
    Ok(())
}
