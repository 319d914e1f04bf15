//! "Ask the cooperative": a buyer and a cooperative's members talking, before buying (from a
//! product page: a signed-in buyer's one conversation per cooperative) or after (from the order
//! page: one per order and cooperative, open to whoever may see the order, guests included).
//!
//! - Strangers get `NotFound` for everything, as for an order they cannot see.
//! - Each message is plain text (`domain::conversation::parse_message`: no markup), written with
//!   the conversation's clock and the writer's reading mark in one transaction, and the other
//!   side is told through the outbox: the cooperative's owners by mail in Arabic and French, the
//!   buyer in their language (mail, and a text message for an order's buyer).
//! - Unread counts come from each side's last reading.
//! - A buyer may report a conversation; from then on admins may read it (never write in it).

use super::{access, begin_write, db_error, display_names, notifications, orders};
use crate::{
    audit,
    dto::{ConversationDto, ConversationSummaryDto, CooperativeMessagesDto, MessageDto},
    entity::{conversation, conversation_message, cooperative, order, product, user},
    error::{AppError, FieldErrors},
    state::AppSettings,
    user::CurrentUser,
};
use domain::{Locale, Role};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, sea_query::Expr,
};
use std::collections::HashMap;
use uuid::Uuid;

/// The most conversations a list shows (the newest first).
const LISTED: u64 = 100;

/// Who is reading or writing a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Buyer,
    Cooperative,
    /// An admin reading a reported conversation.
    Admin,
}

impl Side {
    pub fn code(self) -> &'static str {
        match self {
            Side::Buyer => "buyer",
            Side::Cooperative => "cooperative",
            Side::Admin => "admin",
        }
    }
}

/// A message as typed, or the form's field error (the text kept, so it comes back filled in).
fn parse_body(body: &str) -> Result<String, AppError> {
    domain::conversation::parse_message(body).map_err(|problem| {
        let kept: String = body
            .chars()
            .take(domain::conversation::MESSAGE_MAX)
            .collect();
        let mut errors = FieldErrors::default().keep("body", &kept);
        errors.add("body", problem);
        AppError::from(errors)
    })
}

/// The verified cooperative `id`, or `NotFound`.
async fn verified_cooperative(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<cooperative::Model, AppError> {
    cooperative::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|c| c.state == domain::cooperative::CooperativeStatus::Verified)
        .ok_or(AppError::NotFound)
}

/// A signed-in buyer asks a product's cooperative a question: their conversation with it (made
/// on the first question). A member of the cooperative cannot ask it.
pub async fn ask_about_product(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: &CurrentUser,
    product_id: Uuid,
    body: &str,
) -> Result<Uuid, AppError> {
    let body = parse_body(body)?;
    let txn = begin_write(db).await?;
    let p = product::Entity::find_by_id(product_id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .filter(|p| p.state == domain::product::ProductState::Published && p.hidden_at.is_none())
        .ok_or(AppError::NotFound)?;
    let coop = verified_cooperative(&txn, p.cooperative_id).await?;
    if access::is_member(&txn, user, coop.id).await? {
        return Err(AppError::OwnCooperative);
    }
    let topic = format!("buyer:{}", user.id.into_uuid());
    let c = find_or_start(
        &txn,
        coop.id,
        &topic,
        Some(user.id.into_uuid()),
        None,
        Some(p.id),
    )
    .await?;
    write(&txn, &c, Side::Buyer, Some(user), &body).await?;
    tell_cooperative(&txn, settings, &c, &user.display_name).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(c.id)
}

/// Whoever may see order `number` (`viewer`) asks one of its cooperatives about it: the order's
/// conversation with that cooperative.
pub async fn ask_about_order(
    db: &DatabaseConnection,
    settings: &AppSettings,
    viewer: orders::Viewer<'_>,
    number: &str,
    cooperative_id: Uuid,
    body: &str,
) -> Result<Uuid, AppError> {
    let txn = begin_write(db).await?;
    // Whose order it is first: nobody else learns anything from the answer.
    let o = orders::visible(&txn, number, viewer).await?;
    let body = parse_body(body)?;
    let in_order = crate::entity::shipment::Entity::find()
        .filter(crate::entity::shipment::Column::OrderId.eq(o.id))
        .filter(crate::entity::shipment::Column::CooperativeId.eq(cooperative_id))
        .one(&txn)
        .await
        .map_err(db_error)?
        .is_some();
    if !in_order {
        return Err(AppError::NotFound);
    }
    let topic = format!("order:{}", o.id);
    let c = find_or_start(&txn, cooperative_id, &topic, o.buyer_id, Some(o.id), None).await?;
    write(&txn, &c, Side::Buyer, viewer.user, &body).await?;
    tell_cooperative(&txn, settings, &c, &o.recipient_name).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(c.id)
}

/// A reply in conversation `id` from whoever `user` / `order_viewer` is in it; the other side is
/// told. Admins read reported conversations but do not write in them.
pub async fn reply(
    db: &DatabaseConnection,
    settings: &AppSettings,
    user: Option<&CurrentUser>,
    key: Option<&str>,
    found: &[String],
    id: Uuid,
    body: &str,
) -> Result<Side, AppError> {
    let txn = begin_write(db).await?;
    let (c, o) = find(&txn, id).await?;
    let side = side_of(&txn, user, key, found, &c, o.as_ref()).await?;
    let body = parse_body(body)?;
    match side {
        Side::Admin => return Err(AppError::Forbidden),
        Side::Buyer => {
            let who = user
                .map(|u| u.display_name.clone())
                .or_else(|| o.as_ref().map(|o| o.recipient_name.clone()))
                .unwrap_or_default();
            write(&txn, &c, side, user, &body).await?;
            tell_cooperative(&txn, settings, &c, &who).await?;
        }
        Side::Cooperative => {
            write(&txn, &c, side, user, &body).await?;
            tell_buyer(&txn, settings, &c, o.as_ref()).await?;
        }
    }
    txn.commit().await.map_err(db_error)?;
    Ok(side)
}

/// Conversation `id` as `user` (or an order's guest) sees it; reading it marks it read for their
/// side.
pub async fn thread(
    db: &DatabaseConnection,
    user: Option<&CurrentUser>,
    key: Option<&str>,
    found: &[String],
    id: Uuid,
    locale: Locale,
) -> Result<ConversationDto, AppError> {
    let (c, o) = find(db, id).await?;
    let side = side_of(db, user, key, found, &c, o.as_ref()).await?;
    let coop = cooperative::Entity::find_by_id(c.cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let messages = conversation_message::Entity::find()
        .filter(conversation_message::Column::ConversationId.eq(c.id))
        .order_by_asc(conversation_message::Column::CreatedAt)
        .order_by_asc(conversation_message::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    let names = display_names(db, messages.iter().filter_map(|m| m.author_id)).await?;
    let buyer_name = buyer_name(db, &c, o.as_ref()).await?;
    let coop_name = super::cart::name_of(&coop, locale);
    let mark = match side {
        Side::Buyer => Some(conversation::Column::BuyerReadAt),
        Side::Cooperative => Some(conversation::Column::CooperativeReadAt),
        Side::Admin => None,
    };
    if let Some(column) = mark {
        conversation::Entity::update_many()
            .col_expr(column, Expr::value(chrono::Utc::now()))
            .filter(conversation::Column::Id.eq(c.id))
            .exec(db)
            .await
            .map_err(db_error)?;
    }
    let about = about(db, &c, o.as_ref(), side, key, locale).await?;
    Ok(ConversationDto {
        id: c.id.to_string(),
        side: side.code().to_owned(),
        cooperative_name: coop_name.clone(),
        cooperative_slug: coop.slug.clone(),
        buyer_name: buyer_name.clone(),
        about_label: about.0,
        about_href: about.1,
        reported: c.reported_at.is_some(),
        whatsapp: (side == Side::Buyer)
            .then(|| {
                coop.whatsapp
                    .as_deref()
                    .map(|n| domain::conversation::whatsapp_chat(n, ""))
            })
            .flatten(),
        messages: messages
            .iter()
            .map(|m| MessageDto {
                from_buyer: m.from_buyer,
                author: if m.from_buyer {
                    buyer_name.clone()
                } else {
                    let member = m
                        .author_id
                        .and_then(|a| names.get(&a).cloned())
                        .unwrap_or_default();
                    format!("{member} · {coop_name}")
                },
                body: m.body.clone(),
                created_at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
                mine: match side {
                    Side::Buyer => m.from_buyer,
                    Side::Cooperative => !m.from_buyer,
                    Side::Admin => false,
                },
            })
            .collect(),
    })
}

/// What the conversation is about, and where that is for this side: the product's page, or the
/// order (the buyer's page, with their key when they came with one; the cooperative's inbox).
async fn about(
    db: &DatabaseConnection,
    c: &conversation::Model,
    o: Option<&order::Model>,
    side: Side,
    key: Option<&str>,
    locale: Locale,
) -> Result<(String, String), AppError> {
    if let Some(o) = o {
        let href = match (side, key) {
            (Side::Buyer, Some(k)) => format!("/orders/{}?key={k}", o.number),
            (Side::Buyer, None) => format!("/orders/{}", o.number),
            _ => format!("/cooperatives/{}/orders", c.cooperative_id),
        };
        return Ok((o.number.clone(), href));
    }
    if let Some(product_id) = c.product_id {
        let texts = super::products::texts_of(db, &[product_id]).await?;
        let p = product::Entity::find_by_id(product_id)
            .one(db)
            .await
            .map_err(db_error)?;
        if let Some(p) = p {
            let title = texts
                .get(&product_id)
                .map(|t| super::products::localised(t, locale).0)
                .unwrap_or_default();
            return Ok((title, format!("/p/{}", p.slug)));
        }
    }
    Ok((String::new(), String::new()))
}

/// The signed-in buyer's conversations, newest first.
pub async fn mine(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
) -> Result<Vec<ConversationSummaryDto>, AppError> {
    let list = conversation::Entity::find()
        .filter(conversation::Column::BuyerId.eq(user.id.into_uuid()))
        .order_by_desc(conversation::Column::LastMessageAt)
        .limit(LISTED)
        .all(db)
        .await
        .map_err(db_error)?;
    summaries(db, list, Side::Buyer, locale).await
}

/// A cooperative's conversations, newest first, with the unread count of each (its members).
pub async fn of_cooperative(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    locale: Locale,
) -> Result<CooperativeMessagesDto, AppError> {
    let (coop, _) = access::member_row(db, user, cooperative_id).await?;
    let list = conversation::Entity::find()
        .filter(conversation::Column::CooperativeId.eq(cooperative_id))
        .order_by_desc(conversation::Column::LastMessageAt)
        .limit(LISTED)
        .all(db)
        .await
        .map_err(db_error)?;
    let conversations = summaries(db, list, Side::Cooperative, locale).await?;
    Ok(CooperativeMessagesDto {
        cooperative_id: coop.id.to_string(),
        cooperative_name: super::cart::name_of(&coop, locale),
        unread: conversations.iter().map(|c| c.unread).sum(),
        conversations,
    })
}

/// The conversations buyers reported, newest first (admins).
pub async fn reported(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: Locale,
) -> Result<Vec<ConversationSummaryDto>, AppError> {
    access::admin(user)?;
    let list = conversation::Entity::find()
        .filter(conversation::Column::ReportedAt.is_not_null())
        .order_by_desc(conversation::Column::ReportedAt)
        .limit(LISTED)
        .all(db)
        .await
        .map_err(db_error)?;
    summaries(db, list, Side::Admin, locale).await
}

/// The buyer reports conversation `id` (abuse, a scam, harassment): admins may read it from then
/// on. Audit-logged.
pub async fn report(
    db: &DatabaseConnection,
    user: Option<&CurrentUser>,
    key: Option<&str>,
    found: &[String],
    id: Uuid,
    reason: &str,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let (c, o) = find(&txn, id).await?;
    if side_of(&txn, user, key, found, &c, o.as_ref()).await? != Side::Buyer {
        return Err(AppError::Forbidden);
    }
    // The reason is optional; when given, it follows the usual rules (500 characters).
    let reason = if reason.trim().is_empty() {
        None
    } else {
        Some(super::parse_reason(reason)?)
    };
    // One conditional update: a conversation is reported once.
    let reported = conversation::Entity::update_many()
        .col_expr(
            conversation::Column::ReportedAt,
            Expr::value(chrono::Utc::now()),
        )
        .col_expr(conversation::Column::ReportReason, Expr::value(reason))
        .filter(conversation::Column::Id.eq(c.id))
        .filter(conversation::Column::ReportedAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if reported.rows_affected == 1 {
        audit::record(
            &txn,
            user.map(|u| u.id),
            "conversation.report",
            Some(c.id.to_string()),
            serde_json::json!({ "cooperative": c.cooperative_id }),
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The conversation `id` and its order, if it is about one.
async fn find(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<(conversation::Model, Option<order::Model>), AppError> {
    let c = conversation::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let o = match c.order_id {
        Some(order_id) => order::Entity::find_by_id(order_id)
            .one(db)
            .await
            .map_err(db_error)?,
        None => None,
    };
    Ok((c, o))
}

/// Which side `user` (or a guest holding the order's `key`, or having found it: `found`) is on
/// in conversation `c`; `NotFound` for a stranger.
async fn side_of(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    key: Option<&str>,
    found: &[String],
    c: &conversation::Model,
    o: Option<&order::Model>,
) -> Result<Side, AppError> {
    if let Some(u) = user {
        if access::is_member(db, u, c.cooperative_id).await? {
            return Ok(Side::Cooperative);
        }
        if c.buyer_id == Some(u.id.into_uuid()) {
            return Ok(Side::Buyer);
        }
    }
    if let Some(o) = o {
        let viewer = orders::Viewer {
            user,
            key,
            found: found.contains(&o.number),
        };
        if orders::visible(db, &o.number, viewer).await.is_ok() {
            return Ok(Side::Buyer);
        }
    }
    if user.is_some_and(|u| u.has_role(Role::Admin)) && c.reported_at.is_some() {
        return Ok(Side::Admin);
    }
    Err(AppError::NotFound)
}

/// The conversation of `cooperative_id` on `topic`, started if there is none. Two first messages
/// at the same instant: the topic is unique, the second gets `Conflict` and nothing of it is
/// written (on PostgreSQL the failed insert ends the transaction, so it is not looked up again).
async fn find_or_start(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
    topic: &str,
    buyer_id: Option<Uuid>,
    order_id: Option<Uuid>,
    product_id: Option<Uuid>,
) -> Result<conversation::Model, AppError> {
    let existing = conversation::Entity::find()
        .filter(conversation::Column::CooperativeId.eq(cooperative_id))
        .filter(conversation::Column::Topic.eq(topic))
        .one(db)
        .await
        .map_err(db_error)?;
    if let Some(c) = existing {
        return Ok(c);
    }
    let now = chrono::Utc::now();
    let started = conversation::ActiveModel {
        id: Set(Uuid::now_v7()),
        cooperative_id: Set(cooperative_id),
        topic: Set(topic.to_owned()),
        buyer_id: Set(buyer_id),
        order_id: Set(order_id),
        product_id: Set(product_id),
        buyer_read_at: Set(None),
        cooperative_read_at: Set(None),
        last_message_at: Set(now),
        reported_at: Set(None),
        report_reason: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await;
    started.map_err(super::conflict_on_duplicate)
}

/// Adds a message from `side` and moves the conversation's clock and the writer's reading mark.
async fn write(
    db: &impl ConnectionTrait,
    c: &conversation::Model,
    side: Side,
    author: Option<&CurrentUser>,
    body: &str,
) -> Result<(), AppError> {
    let now = chrono::Utc::now();
    conversation_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        conversation_id: Set(c.id),
        from_buyer: Set(side == Side::Buyer),
        author_id: Set(author.map(|u| u.id.into_uuid())),
        body: Set(body.to_owned()),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(db_error)?;
    let read = if side == Side::Buyer {
        conversation::Column::BuyerReadAt
    } else {
        conversation::Column::CooperativeReadAt
    };
    conversation::Entity::update_many()
        .col_expr(conversation::Column::LastMessageAt, Expr::value(now))
        .col_expr(read, Expr::value(now))
        .filter(conversation::Column::Id.eq(c.id))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// Mails the cooperative's owners (in Arabic and French) that `who` wrote.
async fn tell_cooperative(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    c: &conversation::Model,
    who: &str,
) -> Result<(), AppError> {
    let link = format!(
        "{}/conversations/{}",
        settings.public_url.trim_end_matches('/'),
        c.id
    );
    notifications::mail_owners(
        db,
        c.cooperative_id,
        (
            "mail-conversation-to-cooperative-subject",
            "mail-conversation-to-cooperative-body",
        ),
        |_| vec![("who", who.to_owned()), ("link", link.clone())],
    )
    .await
}

/// Tells the buyer the cooperative answered: an order's buyer by mail and text message in the
/// order's language (the link opens their order's conversation), a signed-in buyer by mail.
async fn tell_buyer(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    c: &conversation::Model,
    o: Option<&order::Model>,
) -> Result<(), AppError> {
    let coop = cooperative::Entity::find_by_id(c.cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let base = settings.public_url.trim_end_matches('/');
    if let Some(o) = o {
        let buyer = notifications::Buyer::of(o);
        let link = format!(
            "{base}/conversations/{}?key={}",
            c.id,
            // The order link's secret opens its conversations too.
            o.idempotency_key
        );
        let args = [
            (
                "cooperative",
                super::cart::name_of(&coop, buyer.locale).into(),
            ),
            ("link", link.clone().into()),
        ];
        let news =
            notifications::News::new(buyer.locale, "mail-conversation-to-buyer", &args, &link);
        return notifications::tell_buyer(db, buyer, news).await;
    }
    let Some(buyer_id) = c.buyer_id else {
        return Ok(());
    };
    let Some(account) = user::Entity::find_by_id(buyer_id)
        .one(db)
        .await
        .map_err(db_error)?
    else {
        return Ok(());
    };
    let locale = Locale::from_tag(&account.locale).unwrap_or_default();
    let link = format!("{base}/conversations/{}", c.id);
    let args = [
        ("cooperative", super::cart::name_of(&coop, locale).into()),
        ("link", link.clone().into()),
    ];
    let news = notifications::News::new(locale, "mail-conversation-to-buyer", &args, &link);
    let buyer = notifications::Buyer {
        email: Some(&account.email),
        // A product question's buyer is reached by mail: their account holds no phone.
        phone: "",
        locale,
    };
    notifications::tell_buyer(db, buyer, news).await
}

/// The buyer's name as the cooperative sees it: the account's, else the order's recipient.
async fn buyer_name(
    db: &impl ConnectionTrait,
    c: &conversation::Model,
    o: Option<&order::Model>,
) -> Result<String, AppError> {
    if let Some(id) = c.buyer_id
        && let Some(name) = display_names(db, [id]).await?.remove(&id)
    {
        return Ok(name);
    }
    Ok(o.map(|o| o.recipient_name.clone()).unwrap_or_default())
}

/// Lines of a list: who with whom, about what, when, and what `side` has not read.
async fn summaries(
    db: &DatabaseConnection,
    list: Vec<conversation::Model>,
    side: Side,
    locale: Locale,
) -> Result<Vec<ConversationSummaryDto>, AppError> {
    let coop_ids: Vec<Uuid> = list.iter().map(|c| c.cooperative_id).collect();
    let coops = super::browse::cooperatives_by_id(db, coop_ids).await?;
    let order_ids: Vec<Uuid> = list.iter().filter_map(|c| c.order_id).collect();
    let numbers: HashMap<Uuid, order::Model> = order::Entity::find()
        .filter(order::Column::Id.is_in(order_ids))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let names = display_names(db, list.iter().filter_map(|c| c.buyer_id)).await?;
    let unread = unread_counts(db, &list, side).await?;
    Ok(list
        .iter()
        .map(|c| {
            let o = c.order_id.and_then(|id| numbers.get(&id));
            ConversationSummaryDto {
                id: c.id.to_string(),
                cooperative_name: coops
                    .get(&c.cooperative_id)
                    .map(|coop| super::cart::name_of(coop, locale))
                    .unwrap_or_default(),
                buyer_name: c
                    .buyer_id
                    .and_then(|id| names.get(&id).cloned())
                    .or_else(|| o.map(|o| o.recipient_name.clone()))
                    .unwrap_or_default(),
                order_number: o.map(|o| o.number.clone()),
                last_message_at: c.last_message_at.format("%Y-%m-%d %H:%M").to_string(),
                unread: unread.get(&c.id).copied().unwrap_or(0),
                reported: c.reported_at.is_some(),
            }
        })
        .collect())
}

/// How many messages of the other side each conversation holds that `side` has not read.
async fn unread_counts(
    db: &DatabaseConnection,
    list: &[conversation::Model],
    side: Side,
) -> Result<HashMap<Uuid, u32>, AppError> {
    let mut out = HashMap::new();
    if side == Side::Admin || list.is_empty() {
        return Ok(out);
    }
    let ids: Vec<Uuid> = list.iter().map(|c| c.id).collect();
    let messages = conversation_message::Entity::find()
        .filter(conversation_message::Column::ConversationId.is_in(ids))
        .filter(conversation_message::Column::FromBuyer.eq(side == Side::Cooperative))
        .all(db)
        .await
        .map_err(db_error)?;
    let read: HashMap<Uuid, Option<chrono::DateTime<chrono::Utc>>> = list
        .iter()
        .map(|c| {
            let mark = if side == Side::Buyer {
                c.buyer_read_at
            } else {
                c.cooperative_read_at
            };
            (c.id, mark)
        })
        .collect();
    for m in messages {
        let after = read
            .get(&m.conversation_id)
            .copied()
            .flatten()
            .is_none_or(|at| m.created_at > at);
        if after {
            *out.entry(m.conversation_id).or_insert(0) += 1;
        }
    }
    Ok(out)
}
