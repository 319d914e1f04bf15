//! Reading the current request inside a server function: its context, who is signed in, ids from
//! the URL or form, session and client IP.

use crate::{
    context::{CurrentUser, RequestCtx},
    error::AppError,
};
use std::net::IpAddr;
use tower_sessions::Session;

/// Client address as seen by the server (set by the server's middleware from the socket or a
/// trusted proxy header).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

fn parts() -> Result<http::request::Parts, AppError> {
    leptos::prelude::use_context::<http::request::Parts>().ok_or_else(|| {
        tracing::error!("request parts missing from the Leptos context");
        AppError::Internal
    })
}

/// The request context the middleware resolved.
pub fn request_ctx() -> Result<RequestCtx, AppError> {
    parts()?
        .extensions
        .get::<RequestCtx>()
        .cloned()
        .ok_or_else(|| {
            tracing::error!("RequestCtx missing from the request");
            AppError::Internal
        })
}

/// The signed-in user, or `Unauthorized` (the sign-in page) for a visitor.
pub fn signed_in() -> Result<CurrentUser, AppError> {
    request_ctx()?.signed_in()
}

/// The signed-in admin: `Unauthorized` for a visitor, `Forbidden` for anyone else.
pub fn admin() -> Result<CurrentUser, AppError> {
    let user = signed_in()?;
    backend::services::access::admin(&user)?;
    Ok(user)
}

/// An id from a URL or a form; anything that is not one is `NotFound`, as an unknown id is.
pub fn parse_id(id: &str) -> Result<uuid::Uuid, AppError> {
    uuid::Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound)
}

/// The record of the request's search time (`Server-Timing`); a fresh one, that nobody reads,
/// when the middleware put none.
pub fn spent() -> backend::timing::Spent {
    parts()
        .ok()
        .and_then(|p| p.extensions.get::<backend::timing::Spent>().cloned())
        .unwrap_or_default()
}

/// The tower-sessions session of the request.
pub fn session() -> Result<Session, AppError> {
    parts()?
        .extensions
        .get::<Session>()
        .cloned()
        .ok_or_else(|| {
            tracing::error!("session layer missing");
            AppError::Internal
        })
}

/// The client's IP address.
pub fn client_ip() -> Result<IpAddr, AppError> {
    Ok(parts()?
        .extensions
        .get::<ClientIp>()
        .map(|c| c.0)
        .unwrap_or(IpAddr::from([0, 0, 0, 0])))
}

/// The session key holding the signed-in user's id.
pub const SESSION_USER_KEY: &str = backend::session_store::USER_KEY;

/// The request's `User-Agent`, when it sent one.
pub fn user_agent() -> Option<String> {
    parts()
        .ok()?
        .headers
        .get(http::header::USER_AGENT)?
        .to_str()
        .ok()
        .map(str::to_owned)
}

/// The page the request came from, as a local path and query, when it carried `lang=` (a
/// one-response language from an `hreflang` link): that parameter removed, so going back to the
/// page shows the language just chosen. `None` when there is nothing to remove.
pub fn referer_without_lang() -> Option<String> {
    let parts = parts().ok()?;
    let referer = parts.headers.get(http::header::REFERER)?.to_str().ok()?;
    let after_scheme = referer.split_once("://").map_or(referer, |(_, rest)| rest);
    let path = &after_scheme[after_scheme.find('/')?..];
    let (path, query) = path.split_once('?')?;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    if kept.len() == query.split('&').filter(|p| !p.is_empty()).count() {
        return None;
    }
    let back = if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    };
    Some(crate::api::safe_next(Some(&back)))
}
