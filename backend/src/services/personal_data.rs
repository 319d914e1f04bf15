//! What the platform holds about a person, handed to them (loi 09-08's right of access), and
//! their account erased at their request. Erasing wipes or pseudonymises personal fields; the
//! orders, ledger entries, reviews' ratings and audit records that cooperatives and the law still
//! need keep their amounts and dates, without the person's name, address or phone.

use super::{db_error, sessions};
use crate::{
    audit,
    entity::{
        account_token, audit_log, cart, cart_item, conversation_message, cooperative,
        cooperative_invitation, cooperative_member, expert, order, order_line, request_message,
        review, session, user, user_role,
    },
    error::{AppError, FieldErrors, FieldIssue},
    passwords,
};
use bytes::Bytes;
use domain::{UserId, cooperative::CooperativeStatus};
use futures_util::{Stream, StreamExt};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};
use serde_json::{Value, json};

/// The parts of the download, in order: each is read from the database when its turn comes.
const SECTIONS: [&str; 10] = [
    "account",
    "roles",
    "sessions",
    "orders",
    "reviews",
    "cooperatives",
    "expert",
    "messages",
    "conversations",
    "audit",
];

/// Everything the platform holds about `user_id`, as one JSON object streamed part by part. A
/// part that cannot be read ends the stream with an error (the download is then cut short, never
/// silently incomplete).
pub fn export(
    db: DatabaseConnection,
    user_id: UserId,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + 'static {
    let open =
        futures_util::stream::once(async { Ok::<_, std::io::Error>(Bytes::from_static(b"{")) });
    let parts =
        futures_util::stream::iter(SECTIONS.into_iter().enumerate()).then(move |(n, name)| {
            let db = db.clone();
            async move {
                let value = section(&db, user_id, name).await.map_err(|_| {
                    std::io::Error::other(format!("the {name} part could not be read"))
                })?;
                let comma = if n == 0 { "" } else { "," };
                let text = serde_json::to_string(&value).map_err(std::io::Error::other)?;
                Ok(Bytes::from(format!("{comma}\n\"{name}\": {text}")))
            }
        });
    let close =
        futures_util::stream::once(async { Ok::<_, std::io::Error>(Bytes::from_static(b"\n}\n")) });
    open.chain(parts).chain(close)
}

fn time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339()
}

async fn section(db: &DatabaseConnection, user_id: UserId, name: &str) -> Result<Value, AppError> {
    let id = user_id.into_uuid();
    Ok(match name {
        "account" => {
            let found = user::Entity::find_by_id(id)
                .one(db)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            json!({
                "id": found.id,
                "display_name": found.display_name,
                "email": found.email,
                "language": found.locale,
                "created_at": time(found.created_at),
                "updated_at": time(found.updated_at),
            })
        }
        "roles" => Value::from(
            user_role::Entity::find()
                .filter(user_role::Column::UserId.eq(id))
                .all(db)
                .await
                .map_err(db_error)?
                .into_iter()
                .map(|r| json!({ "role": r.role, "since": time(r.created_at) }))
                .collect::<Vec<_>>(),
        ),
        "sessions" => Value::from(
            sessions::list(db, user_id, None)
                .await?
                .into_iter()
                .map(|s| json!({ "device": s.device, "network": s.place, "last_used": s.last_seen }))
                .collect::<Vec<_>>(),
        ),
        "orders" => {
            let orders = order::Entity::find()
                .filter(order::Column::BuyerId.eq(id))
                .order_by_asc(order::Column::CreatedAt)
                .all(db)
                .await
                .map_err(db_error)?;
            let lines = order_line::Entity::find()
                .filter(order_line::Column::OrderId.is_in(orders.iter().map(|o| o.id)))
                .all(db)
                .await
                .map_err(db_error)?;
            Value::from(
                orders
                    .into_iter()
                    .map(|o| {
                        let items: Vec<Value> = lines
                            .iter()
                            .filter(|l| l.order_id == o.id)
                            .map(|l| json!({ "product": l.title, "option": l.option_label, "quantity": l.quantity, "unit_price_centimes": l.unit_price_centimes }))
                            .collect();
                        json!({
                            "number": o.number,
                            "placed_at": time(o.created_at),
                            "email": o.buyer_email(),
                            "recipient_name": o.recipient_name,
                            "phone": o.phone,
                            "region": o.region,
                            "city": o.city,
                            "address": o.address_line,
                            "notes": o.notes,
                            "payment_method": o.payment_method.code(),
                            "payment_state": o.payment_state.code(),
                            "currency": o.currency,
                            "total_centimes": o.total_centimes,
                            "items": items,
                        })
                    })
                    .collect::<Vec<_>>(),
            )
        }
        "reviews" => Value::from(
            review::Entity::find()
                .filter(review::Column::UserId.eq(id))
                .all(db)
                .await
                .map_err(db_error)?
                .into_iter()
                .map(|r| json!({ "product": r.product_id, "rating": r.rating, "text": r.body, "written_at": time(r.created_at) }))
                .collect::<Vec<_>>(),
        ),
        "cooperatives" => Value::from(
            cooperative_member::Entity::find()
                .filter(cooperative_member::Column::UserId.eq(id))
                .all(db)
                .await
                .map_err(db_error)?
                .into_iter()
                .map(|m| json!({ "cooperative": m.cooperative_id, "role": m.role, "since": time(m.created_at) }))
                .collect::<Vec<_>>(),
        ),
        "expert" => expert::Entity::find_by_id(id)
            .one(db)
            .await
            .map_err(db_error)?
            .map_or(Value::Null, |e| {
                json!({
                    "state": e.state.code(),
                    "bio": e.bio,
                    "skills": e.skills,
                    "languages": e.languages,
                    "regions": e.regions,
                    "capacity": e.capacity,
                    "applied_at": time(e.created_at),
                })
            }),
        "messages" => Value::from(
            request_message::Entity::find()
                .filter(request_message::Column::AuthorId.eq(id))
                .order_by_asc(request_message::Column::CreatedAt)
                .all(db)
                .await
                .map_err(db_error)?
                .into_iter()
                .map(|m| json!({ "request": m.request_id, "text": m.body, "written_at": time(m.created_at) }))
                .collect::<Vec<_>>(),
        ),
        "conversations" => Value::from(
            conversation_message::Entity::find()
                .filter(conversation_message::Column::AuthorId.eq(id))
                .order_by_asc(conversation_message::Column::CreatedAt)
                .all(db)
                .await
                .map_err(db_error)?
                .into_iter()
                .map(|m| json!({ "conversation": m.conversation_id, "text": m.body, "written_at": time(m.created_at) }))
                .collect::<Vec<_>>(),
        ),
        "audit" => Value::from(
            audit_log::Entity::find()
                .filter(audit_log::Column::ActorId.eq(id))
                .order_by_asc(audit_log::Column::CreatedAt)
                .all(db)
                .await
                .map_err(db_error)?
                .into_iter()
                .map(|a| json!({ "action": a.action, "at": time(a.created_at) }))
                .collect::<Vec<_>>(),
        ),
        _ => Value::Null,
    })
}

/// Erases the account `user_id` after checking its `password`. Refused, with nothing changed,
/// when the password is wrong or the person is the only owner of a cooperative that is not
/// suspended (they hand it over first, or an admin suspends it).
pub async fn erase(
    db: &DatabaseConnection,
    user_id: UserId,
    password: &str,
) -> Result<(), AppError> {
    let id = user_id.into_uuid();
    let found = user::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::Unauthorized)?;
    if !passwords::verify(password, &found.password_hash).await? {
        let mut errors = FieldErrors::default();
        errors.add("password", FieldIssue::CurrentPasswordWrong);
        return Err(errors.into());
    }
    let txn = super::begin_write(db).await?;
    for membership in cooperative_member::Entity::find()
        .filter(cooperative_member::Column::UserId.eq(id))
        .filter(cooperative_member::Column::Role.eq("owner"))
        .all(&txn)
        .await
        .map_err(db_error)?
    {
        let owners = cooperative_member::Entity::find()
            .filter(cooperative_member::Column::CooperativeId.eq(membership.cooperative_id))
            .filter(cooperative_member::Column::Role.eq("owner"))
            .all(&txn)
            .await
            .map_err(db_error)?
            .len();
        let suspended = cooperative::Entity::find_by_id(membership.cooperative_id)
            .one(&txn)
            .await
            .map_err(db_error)?
            .is_some_and(|c| c.state == CooperativeStatus::Suspended);
        if owners <= 1 && !suspended {
            return Err(AppError::SoleOwner);
        }
    }
    let now = chrono::Utc::now();
    let pseudonym = format!("deleted-{}@deleted.invalid", found.id.simple());
    // The account row stays (orders, reviews and messages point at it), emptied.
    user::Entity::update_many()
        .col_expr(user::Column::Email, Expr::value(pseudonym.clone()))
        .col_expr(user::Column::DisplayName, Expr::value("—"))
        .col_expr(user::Column::PasswordHash, Expr::value("!deleted"))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    // Orders keep their amounts, dates, region and city; not who and where exactly.
    order::Entity::update_many()
        .col_expr(order::Column::Email, Expr::value(pseudonym))
        .col_expr(order::Column::RecipientName, Expr::value("—"))
        .col_expr(order::Column::Phone, Expr::value(""))
        .col_expr(order::Column::AddressLine, Expr::value(""))
        .col_expr(order::Column::Notes, Expr::value(Option::<String>::None))
        .col_expr(order::Column::UpdatedAt, Expr::value(now))
        .filter(order::Column::BuyerId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    // What they wrote to cooperatives is theirs; the cooperatives' answers stay with them.
    conversation_message::Entity::update_many()
        .col_expr(conversation_message::Column::Body, Expr::value(""))
        .filter(conversation_message::Column::AuthorId.eq(id))
        .filter(conversation_message::Column::FromBuyer.eq(true))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    // Ratings still count in products' averages; the words are the person's.
    review::Entity::update_many()
        .col_expr(review::Column::Body, Expr::value(Option::<String>::None))
        .filter(review::Column::UserId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    expert::Entity::update_many()
        .col_expr(expert::Column::Bio, Expr::value(""))
        .col_expr(expert::Column::PortfolioKeys, Expr::value(""))
        .col_expr(expert::Column::UpdatedAt, Expr::value(now))
        .filter(expert::Column::UserId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if let Some(cart) = cart::Entity::find()
        .filter(cart::Column::UserId.eq(id))
        .one(&txn)
        .await
        .map_err(db_error)?
    {
        cart_item::Entity::delete_many()
            .filter(cart_item::Column::CartId.eq(cart.id))
            .exec(&txn)
            .await
            .map_err(db_error)?;
        cart::Entity::delete_by_id(cart.id)
            .exec(&txn)
            .await
            .map_err(db_error)?;
    }
    cooperative_invitation::Entity::delete_many()
        .filter(cooperative_invitation::Column::Email.eq(found.email.as_str()))
        .filter(cooperative_invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    cooperative_member::Entity::delete_many()
        .filter(cooperative_member::Column::UserId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    account_token::Entity::delete_many()
        .filter(account_token::Column::UserId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    audit::record(&txn, None, "user.deleted", Some(id.to_string()), json!({})).await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(user.id = %user_id, "account erased at its holder's request");
    Ok(())
}
