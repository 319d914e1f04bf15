//! Orders as buyers see them: their list, and one order with each cooperative's shipment. A
//! signed-in buyer sees their own orders; a guest follows theirs with the link in their e-mail
//! or text message (its secret is checked against a stored hash), or reopens it in their browser
//! from its number and phone ([`find`]). Anyone else gets `NotFound`.

use super::{browse, cart, db_error, order_links, payments};
use crate::{
    dto::{OrderDto, OrderLineDto, OrderSummaryDto, ShipmentDto},
    entity::{order, order_line, shipment},
    error::AppError,
    payments::CardGateway,
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    Locale,
    order::{OrderState, ShipmentState},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;
use tower_sessions::Session;
use uuid::Uuid;

/// The buyer's view of an order: derived from its payment and its shipments.
pub fn state_of(o: &order::Model, shipments: &[shipment::Model]) -> OrderState {
    let states: Vec<ShipmentState> = shipments.iter().map(|s| s.state).collect();
    OrderState::derive(o.payment_method, o.payment_state, &states)
}

/// Who asks for an order: its signed-in buyer, whoever holds its link's secret, or a visitor
/// whose session proved its number and phone ([`find`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Viewer<'a> {
    pub user: Option<&'a CurrentUser>,
    pub key: Option<&'a str>,
    /// The session found this order by its number and phone.
    pub found: bool,
}

/// The order numbered `number`, if `viewer` may see it.
pub async fn visible(
    db: &impl ConnectionTrait,
    number: &str,
    viewer: Viewer<'_>,
) -> Result<order::Model, AppError> {
    let order = order::Entity::find()
        .filter(order::Column::Number.eq(number.trim()))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let own = viewer
        .user
        .is_some_and(|u| order.buyer_id == Some(u.id.into_uuid()));
    let linked = viewer.key.is_some_and(|k| {
        let hash = order_links::token_hash(k);
        // Both are hex digests of the same length: compare without an early exit.
        same_digest(&hash, &order.access_token_hash)
    });
    if own || linked || viewer.found {
        Ok(order)
    } else {
        Err(AppError::NotFound)
    }
}

/// Whether two hex digests are equal, compared without an early exit.
fn same_digest(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The order numbered `number` whose buyer gave `phone` (written any way people write it), for
/// a guest who lost the link. A wrong pair and an unknown number get the same answer (the
/// field issue `OrderNotFound`), after the same work; the caller limits how often a client may
/// ask.
pub async fn find(
    db: &impl ConnectionTrait,
    number: &str,
    phone: &str,
) -> Result<order::Model, AppError> {
    use crate::error::{FieldErrors, FieldIssue};
    let typed = FieldErrors::default().keep_all(&[("number", number), ("phone", phone)]);
    let number = number.trim().to_uppercase();
    let phone = domain::input::parse_phone(phone).map_err(|problem| {
        let mut errors = typed.clone();
        errors.add("phone", problem);
        AppError::from(errors)
    })?;
    let found = order::Entity::find()
        .filter(order::Column::Number.eq(number.as_str()))
        .one(db)
        .await
        .map_err(db_error)?;
    let stored = found.as_ref().map_or("", |o| o.phone.as_str());
    // The same comparison whether or not the number exists.
    let matches = same_digest(
        &crate::media::content_hash(stored.as_bytes()),
        &crate::media::content_hash(phone.as_bytes()),
    );
    match found {
        Some(o) if matches && !o.phone.is_empty() => Ok(o),
        _ => {
            let mut errors = typed;
            errors.add("number", FieldIssue::OrderNotFound);
            Err(errors.into())
        }
    }
}

/// The session key of the order numbers this session found by number and phone.
const FOUND_KEY: &str = "found_orders";

/// The most orders one session remembers having found.
const FOUND_MAX: usize = 20;

/// Remembers in `session` that it found order `number`, so its pages open without the link.
pub async fn remember_found(session: &Session, number: &str) -> Result<(), AppError> {
    let mut found: Vec<String> = session
        .get(FOUND_KEY)
        .await
        .map_err(|_| AppError::Internal)?
        .unwrap_or_default();
    if !found.iter().any(|n| n == number) {
        found.push(number.to_owned());
    }
    let skip = found.len().saturating_sub(FOUND_MAX);
    found.drain(..skip);
    session
        .insert(FOUND_KEY, found)
        .await
        .map_err(|_| AppError::Internal)
}

/// The order numbers `session` found by number and phone.
pub async fn found_list(session: &Session) -> Result<Vec<String>, AppError> {
    Ok(session
        .get(FOUND_KEY)
        .await
        .map_err(|_| AppError::Internal)?
        .unwrap_or_default())
}

/// Whether `session` found order `number` by its number and phone.
pub async fn found_in(session: &Session, number: &str) -> Result<bool, AppError> {
    Ok(found_list(session)
        .await?
        .iter()
        .any(|n| n == number.trim()))
}

/// One order with its shipments and lines.
pub async fn detail(
    db: &DatabaseConnection,
    settings: &AppSettings,
    gateway: Option<&dyn CardGateway>,
    number: &str,
    viewer: Viewer<'_>,
    locale: Locale,
) -> Result<OrderDto, AppError> {
    let mut order = visible(db, number, viewer).await?;
    // A card order still pending: ask the provider, never the buyer's redirect.
    if let Some(gateway) = gateway
        && payments::refresh(db, settings, gateway, &order, "order page").await?
    {
        order = visible(db, number, viewer).await?;
    }
    let shipments = shipment::Entity::find()
        .filter(shipment::Column::OrderId.eq(order.id))
        .order_by_asc(shipment::Column::CreatedAt)
        .order_by_asc(shipment::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    let lines = order_line::Entity::find()
        .filter(order_line::Column::OrderId.eq(order.id))
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await
        .map_err(db_error)?;
    let slugs = browse::public_slugs(db, lines.iter().map(|l| l.product_id)).await?;
    let coops = browse::cooperatives_by_id(db, shipments.iter().map(|s| s.cooperative_id)).await?;
    let state = state_of(&order, &shipments);
    let reviews = super::reviews::of_order_lines(db, &order, viewer.user).await?;
    Ok(OrderDto {
        can_pay: payments::can_pay(&order, settings, chrono::Utc::now()),
        private_link: order_links::link(settings, &order.number, &order.idempotency_key),
        number: order.number.clone(),
        created_at: order.created_at.to_rfc3339(),
        state,
        payment_method: order.payment_method,
        payment_state: order.payment_state,
        goods_centimes: order.goods_centimes,
        delivery_centimes: order.delivery_centimes,
        total_centimes: order.total_centimes,
        recipient_name: order.recipient_name.clone(),
        phone: order.phone.clone(),
        region: order.region.clone(),
        city: order.city.clone(),
        address_line: order.address_line.clone(),
        notes: order.notes.clone(),
        shipments: shipments
            .iter()
            .map(|s| {
                let coop = coops.get(&s.cooperative_id);
                ShipmentDto {
                    id: s.id.to_string(),
                    cooperative_id: s.cooperative_id.to_string(),
                    cooperative_name: coop.map(|c| cart::name_of(c, locale)).unwrap_or_default(),
                    cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
                    state: s.state,
                    goods_centimes: s.goods_centimes,
                    delivery_centimes: s.delivery_centimes,
                    total_centimes: s.goods_centimes + s.delivery_centimes,
                    cooperative_share_centimes: s.cooperative_share_centimes,
                    carrier: s.carrier.clone(),
                    tracking_number: s.tracking_number.clone(),
                    cancel_reason: s.cancel_reason.clone(),
                    can_cancel: domain::order::buyer_may_cancel(
                        order.payment_method,
                        order.payment_state,
                        s.state,
                    ),
                    lines: lines
                        .iter()
                        .filter(|l| l.shipment_id == s.id)
                        .map(|l| OrderLineDto {
                            id: l.id.to_string(),
                            review: reviews.get(&l.id).copied(),
                            title: l.title.clone(),
                            option_label: l.option_label.clone(),
                            sku: l.sku.clone(),
                            product_slug: slugs.get(&l.product_id).cloned(),
                            quantity: l.quantity,
                            unit_price_centimes: l.unit_price_centimes,
                            line_centimes: l.line_centimes,
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}

/// The most orders the buyer's list shows.
pub const LIST_LIMIT: u64 = 100;

/// The signed-in buyer's orders, newest first.
pub async fn of_buyer(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> Result<Vec<OrderSummaryDto>, AppError> {
    let orders = order::Entity::find()
        .filter(order::Column::BuyerId.eq(user.id.into_uuid()))
        .order_by_desc(order::Column::CreatedAt)
        .limit(LIST_LIMIT)
        .all(db)
        .await
        .map_err(db_error)?;
    let ids: Vec<Uuid> = orders.iter().map(|o| o.id).collect();
    let mut shipments: HashMap<Uuid, Vec<shipment::Model>> = HashMap::new();
    for s in shipment::Entity::find()
        .filter(shipment::Column::OrderId.is_in(ids.clone()))
        .all(db)
        .await
        .map_err(db_error)?
    {
        shipments.entry(s.order_id).or_default().push(s);
    }
    let mut items: HashMap<Uuid, i32> = HashMap::new();
    for l in order_line::Entity::find()
        .filter(order_line::Column::OrderId.is_in(ids))
        .all(db)
        .await
        .map_err(db_error)?
    {
        *items.entry(l.order_id).or_default() += l.quantity;
    }
    Ok(orders
        .iter()
        .map(|o| OrderSummaryDto {
            number: o.number.clone(),
            created_at: o.created_at.to_rfc3339(),
            state: state_of(o, shipments.get(&o.id).map_or(&[][..], Vec::as_slice)),
            total_centimes: o.total_centimes,
            items: items.get(&o.id).copied().unwrap_or(0),
        })
        .collect())
}
