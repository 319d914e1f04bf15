//! "Ask the cooperative" over the wire: a question from a product page (signed in) or an order
//! page (whoever may see the order), replies, the lists of each side, and reports. Every form
//! posts without JavaScript; messages are limited per client.

use crate::{
    dto::{ConversationDto, ConversationSummaryDto, CooperativeMessagesDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// Counts one message from this client against the limit.
#[cfg(feature = "ssr")]
async fn limit_messages(state: &crate::ssr::AppState) -> Result<(), AppError> {
    use backend::services::limits;
    let client = limits::client_key(crate::ssr::request::client_ip()?);
    limits::take(
        &state.db,
        limits::MESSAGES_PER_CLIENT,
        &client,
        chrono::Utc::now().timestamp(),
    )
    .await
}

/// The order numbers this browser found by number and phone.
#[cfg(feature = "ssr")]
async fn found() -> Result<Vec<String>, AppError> {
    backend::services::orders::found_list(&crate::ssr::request::session()?).await
}

/// `/conversations/{id}`, with the order link's `key` when a guest came with it.
#[cfg(feature = "ssr")]
fn conversation_page(id: uuid::Uuid, key: Option<&str>, flag: &str) -> String {
    match key {
        Some(k) => format!("/conversations/{id}?key={k}&{flag}=1"),
        None => format!("/conversations/{id}?{flag}=1"),
    }
}

/// A signed-in buyer asks a product's cooperative a question.
#[server(endpoint = "conversations/ask")]
pub async fn ask_cooperative(product_id: String, body: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    limit_messages(&state).await?;
    let id = conversations::ask_about_product(
        &state.db,
        &state.settings(),
        &user,
        parse_id(&product_id)?,
        &body,
    )
    .await?;
    leptos_axum::redirect(&conversation_page(id, None, "sent"));
    Ok(())
}

/// Whoever may see an order asks one of its cooperatives about it.
#[server(endpoint = "conversations/ask-order")]
pub async fn ask_about_order(
    number: String,
    key: Option<String>,
    cooperative_id: String,
    body: String,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::{conversations, orders};
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    limit_messages(&state).await?;
    let key = key.filter(|k| !k.is_empty());
    let viewer = orders::Viewer {
        user: ctx.user.as_ref(),
        key: key.as_deref(),
        found: orders::found_in(&request::session()?, &number).await?,
    };
    let id = conversations::ask_about_order(
        &state.db,
        &state.settings(),
        viewer,
        &number,
        parse_id(&cooperative_id)?,
        &body,
    )
    .await?;
    leptos_axum::redirect(&conversation_page(id, key.as_deref(), "sent"));
    Ok(())
}

/// A reply in a conversation, from either side.
#[server(endpoint = "conversations/reply")]
pub async fn reply_conversation(
    id: String,
    key: Option<String>,
    body: String,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    let key = key.filter(|k| !k.is_empty());
    limit_messages(&state).await?;
    conversations::reply(
        &state.db,
        &state.settings(),
        ctx.user.as_ref(),
        key.as_deref(),
        &found().await?,
        id,
        &body,
    )
    .await?;
    leptos_axum::redirect(&conversation_page(id, key.as_deref(), "sent"));
    Ok(())
}

/// The buyer reports a conversation to the admins.
#[server(endpoint = "conversations/report")]
pub async fn report_conversation(
    id: String,
    key: Option<String>,
    reason: String,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let id = parse_id(&id)?;
    let key = key.filter(|k| !k.is_empty());
    conversations::report(
        &state.db,
        ctx.user.as_ref(),
        key.as_deref(),
        &found().await?,
        id,
        &reason,
    )
    .await?;
    leptos_axum::redirect(&conversation_page(id, key.as_deref(), "reported"));
    Ok(())
}

/// One conversation, for one of its sides (or an admin once it is reported).
#[server(endpoint = "conversations/one")]
pub async fn conversation(id: String, key: Option<String>) -> Result<ConversationDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let key = key.filter(|k| !k.is_empty());
    conversations::thread(
        &state.db,
        ctx.user.as_ref(),
        key.as_deref(),
        &found().await?,
        parse_id(&id)?,
        ctx.locale,
    )
    .await
}

/// The signed-in buyer's conversations.
#[server(endpoint = "conversations/mine")]
pub async fn my_conversations() -> Result<Vec<ConversationSummaryDto>, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    conversations::mine(&AppState::current()?.db, &user, ctx.locale).await
}

/// A cooperative's conversations with their unread counts (its members).
#[server(endpoint = "conversations/cooperative")]
pub async fn cooperative_messages(
    cooperative_id: String,
) -> Result<CooperativeMessagesDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    conversations::of_cooperative(
        &AppState::current()?.db,
        &user,
        parse_id(&cooperative_id)?,
        ctx.locale,
    )
    .await
}

/// The conversations buyers reported (admins).
#[server(endpoint = "conversations/reported")]
pub async fn reported_conversations() -> Result<Vec<ConversationSummaryDto>, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::conversations;
    let ctx = request::request_ctx()?;
    let user = request::admin()?;
    conversations::reported(&AppState::current()?.db, &user, ctx.locale).await
}
