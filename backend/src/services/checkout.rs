//! Checkout: the visitor's cart becomes an order with one shipment per cooperative, in one
//! transaction (ARCHITECTURE.md §6, §8).
//!
//! - The form carries an idempotency key: the order row is written first under that unique key,
//!   so a second submission of the same form (even at the same instant) finds the first order
//!   instead of making another.
//! - Stock is taken per option with `UPDATE … SET stock = stock - n WHERE id = ? AND stock >= n`
//!   (`services::stock`): when a line cannot be taken, the whole transaction rolls back and
//!   nothing is ordered, reserved or lost. Options are never oversold, whatever runs at the same
//!   time.
//! - Prices are those the buyer saw: a price changed since it was put in the cart stops the
//!   checkout until the buyer accepts it.

use super::{
    Sql, begin_write, browse, cart, db_error, is_unique_violation, notifications, order_links,
    product_options::Offer, stock,
};
use crate::{
    entity::{cooperative, order, order_line, shipment},
    error::{AppError, FieldErrors},
    services::products,
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    Locale,
    order::{
        Line, PaymentMethod, PaymentState, ShipmentState,
        form::{Delivery, Offered},
    },
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, sea_query::Expr,
};
use std::collections::HashMap;
use tower_sessions::Session;
use uuid::Uuid;

pub use domain::order::form::CheckoutForm;

/// An order that was placed (or found again for the same form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub number: String,
    /// The secret of the buyer's order link: the form's idempotency key.
    pub key: String,
    /// How the buyer pays: a card order sends them on to the payment page.
    pub payment: PaymentMethod,
}

/// The form's key and its parsed delivery (see `domain::order::form`); a refused form comes
/// back with its values.
fn parse(
    form: &CheckoutForm,
    user: Option<&CurrentUser>,
    offered: Offered,
) -> Result<(Uuid, Delivery), AppError> {
    // The key comes from our own form; a missing or garbled one is not the buyer's mistake to fix.
    let key = Uuid::parse_str(form.idempotency_key.trim()).map_err(|_| AppError::BadRequest)?;
    let delivery = form
        .parse(user.map(|u| u.email.as_str()), offered)
        .map_err(|problems| {
            FieldErrors::default()
                .keep_all(&[
                    ("name", &form.name),
                    ("phone", &form.phone),
                    ("email", &form.email),
                    ("region", &form.region),
                    ("city", &form.city),
                    ("address", &form.address),
                    ("notes", &form.notes),
                    ("payment", &form.payment),
                ])
                .with(&problems)
        })?;
    Ok((key, delivery))
}

/// An order number people can read out: `TA-` and eight letters and digits without look-alikes.
fn order_number() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let bytes: [u8; 8] = rand::random();
    let code: String = bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    format!("TA-{code}")
}

/// Places the visitor's cart as an order. The same form posted again returns the same order.
pub async fn place(
    db: &DatabaseConnection,
    settings: &AppSettings,
    session: &Session,
    user: Option<&CurrentUser>,
    form: &CheckoutForm,
    locale: Locale,
) -> Result<Placed, AppError> {
    // A form already turned into an order (a double click, a retry): that order.
    if let Some(existing) = by_key(db, form.idempotency_key.trim()).await? {
        return Ok(existing);
    }
    let Some(cart_id) = cart::find(db, session, user).await? else {
        return Err(AppError::CartEmpty);
    };
    place_cart(db, settings, cart_id, user, form, locale).await
}

/// Places the cart `cart_id` (of `user`, or a guest's) as an order. The same form posted again
/// returns the same order.
pub async fn place_cart(
    db: &DatabaseConnection,
    settings: &AppSettings,
    cart_id: Uuid,
    user: Option<&CurrentUser>,
    form: &CheckoutForm,
    locale: Locale,
) -> Result<Placed, AppError> {
    let key = form.idempotency_key.trim().to_owned();
    if let Some(existing) = by_key(db, &key).await? {
        return Ok(existing);
    }
    let cash_offered = cart::cash_on_delivery_offered(db, settings, cart_id).await?;
    let offered = Offered {
        cash: cash_offered,
        card: settings.card_payments,
    };
    let (key, parsed) = parse(form, user, offered)?;
    let key = key.to_string();
    match place_in_transaction(db, settings, cart_id, user, &key, &parsed, locale).await {
        Err(PlaceError::Duplicate) => by_key(db, &key).await?.ok_or(AppError::Conflict),
        Err(PlaceError::App(e)) => Err(e),
        Ok(placed) => Ok(placed),
    }
}

async fn by_key(db: &DatabaseConnection, key: &str) -> Result<Option<Placed>, AppError> {
    Ok(order::Entity::find()
        .filter(order::Column::IdempotencyKey.eq(key))
        .one(db)
        .await
        .map_err(db_error)?
        .map(|o| Placed {
            payment: o.payment_method,
            number: o.number,
            key: o.idempotency_key,
        }))
}

enum PlaceError {
    /// Another submission of the same form made the order first.
    Duplicate,
    App(AppError),
}

impl From<AppError> for PlaceError {
    fn from(e: AppError) -> Self {
        PlaceError::App(e)
    }
}

async fn place_in_transaction(
    db: &DatabaseConnection,
    settings: &AppSettings,
    cart_id: Uuid,
    user: Option<&CurrentUser>,
    key: &str,
    parsed: &Delivery,
    locale: Locale,
) -> Result<Placed, PlaceError> {
    let txn = begin_write(db).await?;
    let now = chrono::Utc::now();
    let order_id = Uuid::now_v7();
    let number = order_number();
    let fee_permille = (settings.platform_fee * rust_decimal::Decimal::ONE_THOUSAND)
        .round()
        .try_into()
        .unwrap_or(0i32);
    // The order first: its unique key is what makes a second submission fail here.
    let inserted = order::ActiveModel {
        id: Set(order_id),
        number: Set(number.clone()),
        idempotency_key: Set(key.to_owned()),
        buyer_id: Set(user.map(|u| u.id.into_uuid())),
        email: Set(parsed.email.clone().unwrap_or_default()),
        locale: Set(locale.tag().to_owned()),
        payment_method: Set(parsed.payment),
        payment_state: Set(PaymentState::Pending),
        currency: Set(settings.currency.clone()),
        goods_centimes: Set(0),
        delivery_centimes: Set(0),
        total_centimes: Set(0),
        fee_permille: Set(fee_permille),
        recipient_name: Set(parsed.name.clone()),
        phone: Set(parsed.phone.clone()),
        region: Set(parsed.region.code().to_owned()),
        city: Set(parsed.city.clone()),
        address_line: Set(parsed.address.clone()),
        notes: Set(parsed.notes.clone()),
        access_token_hash: Set(order_links::token_hash(key)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await;
    if let Err(e) = inserted {
        return Err(if is_unique_violation(&e) {
            PlaceError::Duplicate
        } else {
            PlaceError::App(db_error(e))
        });
    }

    let rows = cart::items_with_offers(&txn, cart_id).await?;
    if rows.is_empty() {
        return Err(AppError::CartEmpty.into());
    }
    let public = cart::public_ids(
        &txn,
        rows.iter()
            .filter_map(|(_, o)| o.as_ref().map(|o| o.product.id)),
    )
    .await?;
    let mut by_coop: Vec<(Uuid, Vec<(i32, Offer)>)> = Vec::new();
    for (item, offer) in rows {
        let Some(offer) = offer else {
            return Err(AppError::CartChanged.into());
        };
        let public = public.contains(&offer.product.id);
        if cart::line_problem(item.quantity, &offer.option, public).is_some() {
            return Err(AppError::CartChanged.into());
        }
        if item.price_seen_centimes != offer.option.price_centimes {
            return Err(AppError::PricesChanged.into());
        }
        let coop = offer.product.cooperative_id;
        match by_coop.iter_mut().find(|(c, _)| *c == coop) {
            Some((_, lines)) => lines.push((item.quantity, offer)),
            None => by_coop.push((coop, vec![(item.quantity, offer)])),
        }
    }
    let coops = browse::cooperatives_by_id(&txn, by_coop.iter().map(|(c, _)| *c))
        .await
        .map_err(PlaceError::App)?;
    if parsed.payment == PaymentMethod::CashOnDelivery
        && by_coop
            .iter()
            .any(|(c, _)| !coops.get(c).is_some_and(|c| c.accepts_cash_on_delivery))
    {
        return Err(AppError::CartChanged.into());
    }
    refuse_own_cooperative(&txn, user, parsed, &coops).await?;
    if parsed.payment == PaymentMethod::CashOnDelivery {
        refuse_too_many_waiting(&txn, settings, user, parsed, order_id).await?;
    }
    let ids: Vec<Uuid> = by_coop
        .iter()
        .flat_map(|(_, l)| l.iter().map(|(_, o)| o.product.id))
        .collect();
    let texts = products::texts_of(&txn, &ids).await?;

    let (mut goods, mut delivery) = (0i64, 0i64);
    for (coop_id, lines) in &by_coop {
        let priced: Vec<Line> = lines
            .iter()
            .map(|(q, o)| Line {
                unit_price: o.option.price_centimes,
                quantity: *q,
            })
            .collect();
        let totals = domain::order::price_part(&priced, settings.delivery, settings.platform_fee)
            .map_err(|_| AppError::CartChanged)?;
        goods += totals.goods;
        delivery += totals.delivery;
        let shipment_id = Uuid::now_v7();
        shipment::ActiveModel {
            id: Set(shipment_id),
            order_id: Set(order_id),
            cooperative_id: Set(*coop_id),
            state: Set(ShipmentState::Pending),
            goods_centimes: Set(totals.goods),
            delivery_centimes: Set(totals.delivery),
            platform_fee_centimes: Set(totals.platform_fee),
            cooperative_share_centimes: Set(totals.cooperative_share),
            carrier: Set(None),
            tracking_number: Set(None),
            cancel_reason: Set(None),
            cash_collected_at: Set(None),
            confirmed_at: Set(None),
            shipped_at: Set(None),
            delivered_at: Set(None),
            cancelled_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await
        .map_err(db_error)?;
        for (quantity, Offer { product: p, option }) in lines {
            stock::take(&txn, option.id, p.id, *quantity).await?;
            let (title, _, _, _) =
                products::localised(texts.get(&p.id).map_or(&[][..], Vec::as_slice), locale);
            order_line::ActiveModel {
                id: Set(Uuid::now_v7()),
                order_id: Set(order_id),
                shipment_id: Set(shipment_id),
                product_id: Set(p.id),
                option_id: Set(Some(option.id)),
                sku: Set(option.sku.clone()),
                title: Set(title.chars().take(200).collect()),
                option_label: Set(option.label.clone()),
                unit_price_centimes: Set(option.price_centimes),
                quantity: Set(*quantity),
                line_centimes: Set(option.price_centimes * i64::from(*quantity)),
            }
            .insert(&txn)
            .await
            .map_err(db_error)?;
        }
    }
    order::Entity::update_many()
        .col_expr(order::Column::GoodsCentimes, Expr::value(goods))
        .col_expr(order::Column::DeliveryCentimes, Expr::value(delivery))
        .col_expr(order::Column::TotalCentimes, Expr::value(goods + delivery))
        .filter(order::Column::Id.eq(order_id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    crate::entity::cart_item::Entity::delete_many()
        .filter(crate::entity::cart_item::Column::CartId.eq(cart_id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    notify_placed(
        &txn,
        settings,
        &number,
        key,
        parsed,
        goods + delivery,
        &coops,
        locale,
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    tracing::info!(order = %number, total = goods + delivery, "order placed");
    Ok(Placed {
        number,
        key: key.to_owned(),
        payment: parsed.payment,
    })
}

/// Refuses an order from a cooperative to one of its own: the buyer's account is a member's,
/// the e-mail a member's account's, or the phone the cooperative's. (A member buying from their
/// own cooperative could otherwise mark their own parcels delivered and inflate its sales.)
async fn refuse_own_cooperative(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    parsed: &Delivery,
    coops: &HashMap<Uuid, cooperative::Model>,
) -> Result<(), AppError> {
    let phone_is_theirs = coops
        .values()
        .any(|c| domain::input::parse_phone(&c.phone).is_ok_and(|phone| phone == parsed.phone));
    if phone_is_theirs {
        return Err(AppError::OwnCooperative);
    }
    let ids: Vec<Uuid> = coops.keys().copied().collect();
    let mut sql = Sql::new(db.get_database_backend());
    sql.push(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM cooperative_members m \
         JOIN users u ON u.id = m.user_id WHERE m.cooperative_id IN (",
    )
    .bind_list(&ids)
    .push(") AND (1 = 0");
    if let Some(email) = &parsed.email {
        sql.push(" OR LOWER(u.email) = ").bind(email.to_lowercase());
    }
    if let Some(user) = user {
        sql.push(" OR m.user_id = ").bind(user.id.into_uuid());
    }
    sql.push(")");
    let members = sql.number(db).await?;
    if members > 0 {
        return Err(AppError::OwnCooperative);
    }
    Ok(())
}

/// Refuses a cash-on-delivery order when its buyer — the same phone, address, account or
/// e-mail — already has as many waiting for a cooperative's confirmation as the settings allow,
/// so nobody can lock stock up anonymously. (Two checkouts racing may both pass on PostgreSQL;
/// the limit is about abuse, not money, and the next one is refused.)
async fn refuse_too_many_waiting(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    user: Option<&CurrentUser>,
    parsed: &Delivery,
    this_order: Uuid,
) -> Result<(), AppError> {
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("SELECT CAST(COUNT(*) AS BIGINT) FROM orders o WHERE o.payment_method = ")
        .bind(PaymentMethod::CashOnDelivery.code())
        .push(" AND o.payment_state = ")
        .bind(PaymentState::Pending.code())
        .push(" AND o.id <> ")
        .bind(this_order)
        .push(" AND EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id AND s.state = ")
        .bind(ShipmentState::Pending.code())
        .push(") AND (o.phone = ")
        .bind(parsed.phone.clone());
    if let Some(email) = &parsed.email {
        sql.push(" OR LOWER(o.email) = ").bind(email.to_lowercase());
    }
    // Both sides through the database's LOWER, so they fold alike (SQLite folds ASCII only).
    sql.push(" OR (LOWER(o.address_line) = LOWER(")
        .bind(parsed.address.clone())
        .push(") AND LOWER(o.city) = LOWER(")
        .bind(parsed.city.clone())
        .push("))");
    if let Some(user) = user {
        sql.push(" OR o.buyer_id = ").bind(user.id.into_uuid());
    }
    sql.push(")");
    let waiting = sql.number(db).await?;
    if waiting >= i64::from(settings.cash_orders_waiting) {
        return Err(AppError::CashOrdersLimit);
    }
    Ok(())
}

/// For cash orders, the confirmation to the buyer and the news to each cooperative, sent after
/// commit. A card order's buyer and cooperatives hear of it once it is paid (or expired).
async fn notify_placed(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    number: &str,
    key: &str,
    parsed: &Delivery,
    total: i64,
    coops: &HashMap<Uuid, cooperative::Model>,
    locale: Locale,
) -> Result<(), AppError> {
    if parsed.payment == PaymentMethod::Card {
        return Ok(());
    }
    let link = order_links::link(settings, number, key);
    let args = [
        ("number", number.to_owned().into()),
        ("total", domain::money::format(total, locale).into()),
        ("link", link.clone().into()),
    ];
    let buyer = notifications::Buyer {
        email: parsed.email.as_deref(),
        phone: &parsed.phone,
        locale,
    };
    let news = notifications::News::new(buyer.locale, "mail-order-placed", &args, &link);
    notifications::tell_buyer(db, buyer, news).await?;
    notifications::notify_cooperatives(db, settings, number, coops.keys().copied()).await
}
