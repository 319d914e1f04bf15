//! "Ask the cooperative": conversations between a buyer and a cooperative.

use serde::{Deserialize, Serialize};

/// One line of a list of conversations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationSummaryDto {
    pub id: String,
    pub cooperative_name: String,
    pub buyer_name: String,
    /// The order it is about, if any.
    pub order_number: Option<String>,
    /// `YYYY-MM-DD HH:MM`, UTC.
    pub last_message_at: String,
    /// Messages of the other side the reader has not read.
    pub unread: u32,
    pub reported: bool,
}

/// One message, as its reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageDto {
    pub from_buyer: bool,
    pub author: String,
    /// Plain text, shown escaped.
    pub body: String,
    /// `YYYY-MM-DD HH:MM`, UTC.
    pub created_at: String,
    /// Written by the reader's side.
    pub mine: bool,
}

/// A conversation as one of its sides (or an admin, once reported) sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationDto {
    pub id: String,
    /// `buyer`, `cooperative` or `admin`.
    pub side: String,
    pub cooperative_name: String,
    pub cooperative_slug: String,
    pub buyer_name: String,
    /// What it is about (a product's title, an order's number) and where that is; empty when
    /// neither exists any more.
    pub about_label: String,
    pub about_href: String,
    pub reported: bool,
    /// The cooperative's WhatsApp click-to-chat link, for the buyer, when it published a number.
    pub whatsapp: Option<String>,
    pub messages: Vec<MessageDto>,
}

/// A cooperative's conversations, for its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CooperativeMessagesDto {
    pub cooperative_id: String,
    pub cooperative_name: String,
    /// Unread messages over every conversation.
    pub unread: u32,
    pub conversations: Vec<ConversationSummaryDto>,
}
