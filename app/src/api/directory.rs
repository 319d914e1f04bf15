//! The directory of cooperatives over the wire: public, read-only.

use crate::{
    dto::{DirectoryPageDto, DirectoryQueryDto},
    error::AppError,
};
use leptos::prelude::*;

/// A page of the directory of verified cooperatives (anyone).
#[server(endpoint = "cooperatives/directory")]
pub async fn cooperative_directory(query: DirectoryQueryDto) -> Result<DirectoryPageDto, AppError> {
    use crate::ssr::{AppState, request::request_ctx};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    backend::services::directory::page(&state.db, query, ctx.locale).await
}
