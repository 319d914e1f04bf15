//! Product search over the wire: the search page's data.

use crate::{
    dto::{SearchPageDto, SearchQueryDto},
    error::AppError,
};
use leptos::prelude::*;

/// One page of results for the search page's URL.
#[server(endpoint = "catalog/search")]
pub async fn search_products(query: SearchQueryDto) -> Result<SearchPageDto, AppError> {
    use crate::ssr::{
        AppState,
        request::{request_ctx, spent},
    };
    use backend::{services::search, timing};
    let ctx = request_ctx()?;
    let state = AppState::current()?;
    // Leptos runs this in a task of its own: the search time goes to the request's record.
    timing::scope(
        spent(),
        search::search_page(&state, query, ctx.locale, ctx.catalog_clock),
    )
    .await
}
