//! Reading the current request inside a server function: its context, session and client IP.

use crate::{context::RequestCtx, error::AppError};
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
pub const SESSION_USER_KEY: &str = "user_id";
