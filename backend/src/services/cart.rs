//! Carts: a guest's cart lives in the database under an id kept in their session; a signed-in
//! buyer has one cart of their own, into which the guest cart is merged at sign-in. A cart may
//! hold products of several cooperatives; it is shown grouped by cooperative, each part with its
//! delivery fee and the cooperative's share.
//!
//! Stock is only checked here to warn; it is taken atomically when the order is placed
//! (`services::checkout`).

use super::{
    begin_write, browse, db_error, is_unique_violation,
    product_options::{self, Offer},
};
use crate::{
    dto::{CartDto, CartLineDto, CartPartDto},
    entity::{cart, cart_item, cooperative, product, product_option},
    error::{AppError, FieldErrors, FieldIssue},
    state::AppSettings,
    user::CurrentUser,
};
use domain::{
    InputError, Locale,
    order::{self, Line, MAX_LINE_QUANTITY},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, sea_query::OnConflict,
};
use std::collections::HashMap;
use tower_sessions::Session;
use uuid::Uuid;

/// The session key holding a guest's cart id.
pub const SESSION_CART_KEY: &str = "cart_id";

/// Why a cart line cannot be ordered as it is.
pub mod problem {
    /// The product is no longer on sale (unpublished, hidden, or its cooperative suspended).
    pub const UNAVAILABLE: &str = "unavailable";
    /// None left.
    pub const SOLD_OUT: &str = "sold_out";
    /// Fewer left than the line asks for.
    pub const NOT_ENOUGH: &str = "not_enough";
}

/// The cart of this visitor, if they have one: the signed-in user's, else the session's.
pub async fn find(
    db: &DatabaseConnection,
    session: &Session,
    user: Option<&CurrentUser>,
) -> Result<Option<Uuid>, AppError> {
    if let Some(user) = user {
        return Ok(cart::Entity::find()
            .filter(cart::Column::UserId.eq(user.id.into_uuid()))
            .one(db)
            .await
            .map_err(db_error)?
            .map(|c| c.id));
    }
    let Some(id) = guest_cart_id(session).await else {
        return Ok(None);
    };
    // A guest cart: it exists and belongs to no account.
    Ok(cart::Entity::find_by_id(id)
        .filter(cart::Column::UserId.is_null())
        .one(db)
        .await
        .map_err(db_error)?
        .map(|c| c.id))
}

async fn guest_cart_id(session: &Session) -> Option<Uuid> {
    match session.get::<Uuid>(SESSION_CART_KEY).await {
        Ok(id) => id,
        Err(e) => {
            tracing::warn!(error = %e, "unreadable cart id in the session");
            None
        }
    }
}

/// The visitor's cart, made if they have none yet.
async fn find_or_create(
    db: &DatabaseConnection,
    session: &Session,
    user: Option<&CurrentUser>,
) -> Result<Uuid, AppError> {
    if let Some(id) = find(db, session, user).await? {
        return Ok(id);
    }
    let now = chrono::Utc::now();
    let id = Uuid::now_v7();
    let inserted = cart::ActiveModel {
        id: Set(id),
        user_id: Set(user.map(|u| u.id.into_uuid())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => {}
        // Two first adds of one account at once: the other made the cart.
        Err(e) if user.is_some() && is_unique_violation(&e) => {
            return find(db, session, user).await?.ok_or(AppError::Internal);
        }
        Err(e) => return Err(db_error(e)),
    }
    if user.is_none() {
        session.insert(SESSION_CART_KEY, id).await.map_err(|e| {
            tracing::error!(error = %e, "session write failed");
            AppError::Internal
        })?;
    }
    Ok(id)
}

/// One product on sale, or `NotFound`.
async fn on_sale(db: &impl ConnectionTrait, product_id: Uuid) -> Result<product::Model, AppError> {
    browse::public()
        .filter(product::Column::Id.eq(product_id))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

/// The option of a product on sale the buyer chose (`raw_option` empty for a single-option
/// product): an unknown option, another product's, or none chosen among several is an error on
/// the `option` field (the quantity kept).
async fn chosen_offer(
    db: &impl ConnectionTrait,
    product_id: Uuid,
    raw_option: Option<&str>,
    raw_quantity: &str,
) -> Result<Offer, AppError> {
    let product = on_sale(db, product_id).await?;
    let options = product_options::of_product(db, product_id).await?;
    let option = product_options::chosen(&options, raw_option).map_err(|issue| {
        let mut errors = FieldErrors::default()
            .keep("quantity", raw_quantity)
            .keep("option", raw_option.unwrap_or_default());
        errors.add("option", issue);
        AppError::Invalid(errors)
    })?;
    Ok(Offer {
        option: option.clone(),
        product,
    })
}

/// The option of a cart line, on sale, or `NotFound`.
async fn offer_of_line(db: &impl ConnectionTrait, option_id: Uuid) -> Result<Offer, AppError> {
    let option = product_option::Entity::find_by_id(option_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let product = on_sale(db, option.product_id).await?;
    Ok(Offer { product, option })
}

/// The form's quantity, or the error to show on its field.
fn quantity(raw: &str) -> Result<i32, AppError> {
    domain::order::parse_quantity(raw).map_err(|e| {
        let mut errors = FieldErrors::default().keep("quantity", raw);
        errors.add("quantity", e);
        AppError::Invalid(errors)
    })
}

fn not_enough_stock(raw: &str) -> AppError {
    let mut errors = FieldErrors::default().keep("quantity", raw);
    errors.add("quantity", FieldIssue::NotEnoughStock);
    AppError::Invalid(errors)
}

/// Refuses a line of `total` when it is over the line limit or over `stock`.
fn check_total(total: i32, stock: i32, raw_quantity: &str) -> Result<(), AppError> {
    if total > MAX_LINE_QUANTITY {
        let mut errors = FieldErrors::default().keep("quantity", raw_quantity);
        errors.add("quantity", InputError::QuantityInvalid);
        return Err(errors.into());
    }
    if total > stock {
        return Err(not_enough_stock(raw_quantity));
    }
    Ok(())
}

/// Adds `raw_quantity` of a product on sale, in the option `raw_option` names (none for a
/// single-option product), to the visitor's cart (on top of what it holds).
pub async fn add(
    db: &DatabaseConnection,
    session: &Session,
    user: Option<&CurrentUser>,
    product_id: Uuid,
    raw_option: Option<&str>,
    raw_quantity: &str,
) -> Result<(), AppError> {
    let wanted = quantity(raw_quantity)?;
    let offer = chosen_offer(db, product_id, raw_option, raw_quantity).await?;
    let option_id = offer.option.id;
    // Refused before a cart is made for it, so a refused first add leaves nothing behind.
    let existing = find(db, session, user).await?;
    let held = match existing {
        Some(cart_id) => cart_item::Entity::find_by_id((cart_id, option_id))
            .one(db)
            .await
            .map_err(db_error)?
            .map_or(0, |i| i.quantity),
        None => 0,
    };
    check_total(held + wanted, offer.option.stock, raw_quantity)?;
    let cart_id = match existing {
        Some(id) => id,
        None => find_or_create(db, session, user).await?,
    };
    let txn = begin_write(db).await?;
    let held = cart_item::Entity::find_by_id((cart_id, option_id))
        .one(&txn)
        .await
        .map_err(db_error)?
        .map_or(0, |i| i.quantity);
    let total = held + wanted;
    check_total(total, offer.option.stock, raw_quantity)?;
    put(&txn, cart_id, &offer, total).await?;
    txn.commit().await.map_err(db_error)
}

/// Writes a line of `quantity` at the option's current price.
async fn put(
    db: &impl ConnectionTrait,
    cart_id: Uuid,
    offer: &Offer,
    quantity: i32,
) -> Result<(), AppError> {
    cart_item::Entity::insert(cart_item::ActiveModel {
        cart_id: Set(cart_id),
        option_id: Set(offer.option.id),
        product_id: Set(offer.product.id),
        quantity: Set(quantity),
        price_seen_centimes: Set(offer.option.price_centimes),
        added_at: Set(chrono::Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([cart_item::Column::CartId, cart_item::Column::OptionId])
            .update_columns([
                cart_item::Column::Quantity,
                cart_item::Column::PriceSeenCentimes,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map_err(db_error)?;
    Ok(())
}

/// Sets a line's quantity (the line is its option); `0` removes it. A product no longer on sale
/// can only be removed.
pub async fn set_quantity(
    db: &DatabaseConnection,
    session: &Session,
    user: Option<&CurrentUser>,
    option_id: Uuid,
    raw_quantity: &str,
) -> Result<(), AppError> {
    let Some(cart_id) = find(db, session, user).await? else {
        return Err(AppError::NotFound);
    };
    let zero = domain::normalize::ascii_digits(raw_quantity) == "0";
    if zero {
        return remove(db, cart_id, option_id).await;
    }
    let wanted = quantity(raw_quantity)?;
    let held = cart_item::Entity::find_by_id((cart_id, option_id))
        .one(db)
        .await
        .map_err(db_error)?;
    if held.is_none() {
        return Err(AppError::NotFound);
    }
    let offer = offer_of_line(db, option_id).await?;
    if wanted > offer.option.stock {
        return Err(not_enough_stock(raw_quantity));
    }
    put(db, cart_id, &offer, wanted).await
}

/// Removes a line (an option) from the visitor's cart.
pub async fn remove_line(
    db: &DatabaseConnection,
    session: &Session,
    user: Option<&CurrentUser>,
    option_id: Uuid,
) -> Result<(), AppError> {
    match find(db, session, user).await? {
        Some(cart_id) => remove(db, cart_id, option_id).await,
        None => Err(AppError::NotFound),
    }
}

async fn remove(db: &DatabaseConnection, cart_id: Uuid, option_id: Uuid) -> Result<(), AppError> {
    cart_item::Entity::delete_by_id((cart_id, option_id))
        .exec(db)
        .await
        .map_err(db_error)?;
    Ok(())
}

/// The buyer accepts today's prices: every line's seen price becomes the current one.
pub async fn accept_prices(
    db: &DatabaseConnection,
    session: &Session,
    user: Option<&CurrentUser>,
) -> Result<(), AppError> {
    let Some(cart_id) = find(db, session, user).await? else {
        return Err(AppError::NotFound);
    };
    let txn = begin_write(db).await?;
    let items = cart_item::Entity::find()
        .filter(cart_item::Column::CartId.eq(cart_id))
        .all(&txn)
        .await
        .map_err(db_error)?;
    let prices: HashMap<Uuid, i64> =
        product_options::by_ids(&txn, items.iter().map(|i| i.option_id))
            .await?
            .into_iter()
            .map(|(id, o)| (id, o.price_centimes))
            .collect();
    for item in items {
        if let Some(&price) = prices.get(&item.option_id)
            && price != item.price_seen_centimes
        {
            let mut row: cart_item::ActiveModel = item.into();
            row.price_seen_centimes = Set(price);
            row.update(&txn).await.map_err(db_error)?;
        }
    }
    txn.commit().await.map_err(db_error)
}

/// Moves a guest cart kept in `session` into `user`'s cart (quantities add up, to the line
/// limit), then forgets it. Called when the guest signs in or signs up.
pub async fn merge_guest_cart(
    db: &DatabaseConnection,
    session: &Session,
    user: &CurrentUser,
) -> Result<(), AppError> {
    let Some(guest) = find(db, session, None).await? else {
        return Ok(());
    };
    let mine = find_or_create(db, session, Some(user)).await?;
    let txn = begin_write(db).await?;
    let items = cart_item::Entity::find()
        .filter(cart_item::Column::CartId.eq(guest))
        .all(&txn)
        .await
        .map_err(db_error)?;
    for item in items {
        let held = cart_item::Entity::find_by_id((mine, item.option_id))
            .one(&txn)
            .await
            .map_err(db_error)?
            .map_or(0, |i| i.quantity);
        cart_item::Entity::insert(cart_item::ActiveModel {
            cart_id: Set(mine),
            option_id: Set(item.option_id),
            product_id: Set(item.product_id),
            quantity: Set((held + item.quantity).min(MAX_LINE_QUANTITY)),
            price_seen_centimes: Set(item.price_seen_centimes),
            added_at: Set(item.added_at),
        })
        .on_conflict(
            OnConflict::columns([cart_item::Column::CartId, cart_item::Column::OptionId])
                .update_columns([cart_item::Column::Quantity])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await
        .map_err(db_error)?;
    }
    cart::Entity::delete_by_id(guest)
        .exec(&txn)
        .await
        .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    if let Err(e) = session.remove::<Uuid>(SESSION_CART_KEY).await {
        tracing::warn!(error = %e, "could not forget the guest cart id");
    }
    Ok(())
}

/// A cart's lines with their options and products as they are now (`None` for one that no
/// longer exists at all).
pub async fn items_with_offers(
    db: &impl ConnectionTrait,
    cart_id: Uuid,
) -> Result<Vec<(cart_item::Model, Option<Offer>)>, AppError> {
    let items = cart_item::Entity::find()
        .filter(cart_item::Column::CartId.eq(cart_id))
        .order_by_asc(cart_item::Column::AddedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let products: HashMap<Uuid, product::Model> = product::Entity::find()
        .filter(product::Column::Id.is_in(items.iter().map(|i| i.product_id)))
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let options = product_options::by_ids(db, items.iter().map(|i| i.option_id)).await?;
    Ok(items
        .into_iter()
        .map(|i| {
            let offer = products
                .get(&i.product_id)
                .zip(options.get(&i.option_id))
                .map(|(p, o)| Offer {
                    product: p.clone(),
                    option: o.clone(),
                });
            (i, offer)
        })
        .collect())
}

/// What stops a line from being ordered as it is, if anything.
pub fn line_problem(
    quantity: i32,
    option: &product_option::Model,
    public: bool,
) -> Option<&'static str> {
    if !public {
        Some(problem::UNAVAILABLE)
    } else if option.stock <= 0 {
        Some(problem::SOLD_OUT)
    } else if option.stock < quantity {
        Some(problem::NOT_ENOUGH)
    } else {
        None
    }
}

/// Ids of the products among `ids` the public may buy now.
pub async fn public_ids(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<std::collections::HashSet<Uuid>, AppError> {
    Ok(browse::public_slugs(db, ids).await?.into_keys().collect())
}

/// Whether cash on delivery is offered for the cart `cart_id`: by the platform, and by every
/// cooperative whose products it holds.
pub async fn cash_on_delivery_offered(
    db: &impl ConnectionTrait,
    settings: &AppSettings,
    cart_id: Uuid,
) -> Result<bool, AppError> {
    if !settings.cash_on_delivery {
        return Ok(false);
    }
    let rows = items_with_offers(db, cart_id).await?;
    let coops = browse::cooperatives_by_id(
        db,
        rows.iter()
            .filter_map(|(_, o)| o.as_ref().map(|o| o.product.cooperative_id)),
    )
    .await?;
    Ok(coops.values().all(|c| c.accepts_cash_on_delivery))
}

/// The visitor's cart as the cart and checkout pages show it.
pub async fn view(
    db: &DatabaseConnection,
    settings: &AppSettings,
    session: &Session,
    user: Option<&CurrentUser>,
    locale: Locale,
) -> Result<CartDto, AppError> {
    match find(db, session, user).await? {
        Some(cart_id) => view_of(db, settings, cart_id, locale).await,
        None => Ok(CartDto::default()),
    }
}

/// The cart `cart_id` as the cart and checkout pages show it.
pub async fn view_of(
    db: &DatabaseConnection,
    settings: &AppSettings,
    cart_id: Uuid,
    locale: Locale,
) -> Result<CartDto, AppError> {
    let rows: Vec<(cart_item::Model, Offer)> = items_with_offers(db, cart_id)
        .await?
        .into_iter()
        .filter_map(|(i, o)| Some((i, o?)))
        .collect();
    let public = public_ids(db, rows.iter().map(|(_, o)| o.product.id)).await?;
    let models: Vec<product::Model> = rows.iter().map(|(_, o)| o.product.clone()).collect();
    let cards = browse::cards(db, &models, locale).await?;
    let coops = browse::cooperatives_by_id(db, models.iter().map(|p| p.cooperative_id)).await?;

    let mut parts: Vec<CartPartDto> = Vec::new();
    let mut lines_of: HashMap<Uuid, Vec<Line>> = HashMap::new();
    let mut order_of: Vec<Uuid> = Vec::new();
    for ((item, Offer { product: p, option }), card) in rows.iter().zip(cards) {
        let problem = line_problem(item.quantity, option, public.contains(&p.id));
        let line = CartLineDto {
            product_id: p.id.to_string(),
            option_id: option.id.to_string(),
            option_label: option.label.clone(),
            card,
            quantity: item.quantity,
            unit_price_centimes: option.price_centimes,
            line_centimes: option.price_centimes * i64::from(item.quantity),
            stock: option.stock.max(0),
            max_quantity: option.stock.clamp(1, MAX_LINE_QUANTITY),
            problem: problem.map(str::to_owned),
            price_was_centimes: (item.price_seen_centimes != option.price_centimes)
                .then_some(item.price_seen_centimes),
        };
        if !order_of.contains(&p.cooperative_id) {
            order_of.push(p.cooperative_id);
            let coop = coops.get(&p.cooperative_id);
            parts.push(CartPartDto {
                cooperative_id: p.cooperative_id.to_string(),
                cooperative_name: coop.map(|c| name_of(c, locale)).unwrap_or_default(),
                cooperative_slug: coop.map(|c| c.slug.clone()).unwrap_or_default(),
                accepts_cash_on_delivery: coop.is_some_and(|c| c.accepts_cash_on_delivery),
                ..CartPartDto::default()
            });
        }
        if problem.is_none() {
            lines_of.entry(p.cooperative_id).or_default().push(Line {
                unit_price: option.price_centimes,
                quantity: item.quantity,
            });
        }
        if let Some(part) = parts
            .iter_mut()
            .find(|part| part.cooperative_id == p.cooperative_id.to_string())
        {
            part.lines.push(line);
        }
    }
    let mut cart = CartDto {
        cash_on_delivery: settings.cash_on_delivery,
        ..CartDto::default()
    };
    for (coop_id, mut part) in order_of.into_iter().zip(parts) {
        let lines = lines_of.remove(&coop_id).unwrap_or_default();
        if !lines.is_empty() {
            let totals = order::price_part(&lines, settings.delivery, settings.platform_fee)
                .map_err(|_| AppError::Internal)?;
            part.goods_centimes = totals.goods;
            part.delivery_centimes = totals.delivery;
            part.total_centimes = totals.total;
            part.platform_fee_centimes = totals.platform_fee;
            part.cooperative_share_centimes = totals.cooperative_share;
            part.free_delivery_missing_centimes = settings
                .delivery
                .free_from
                .filter(|_| totals.delivery > 0)
                .map(|from| from - totals.goods);
        }
        cart.cash_on_delivery &= part.accepts_cash_on_delivery;
        cart.goods_centimes += part.goods_centimes;
        cart.delivery_centimes += part.delivery_centimes;
        cart.total_centimes += part.total_centimes;
        cart.count += part.lines.iter().map(|l| l.quantity).sum::<i32>();
        cart.parts.push(part);
    }
    cart.problems = cart
        .parts
        .iter()
        .flat_map(|p| &p.lines)
        .filter(|l| l.problem.is_some())
        .count();
    cart.price_changes = cart
        .parts
        .iter()
        .flat_map(|p| &p.lines)
        .filter(|l| l.price_was_centimes.is_some())
        .count();
    Ok(cart)
}

/// The cooperative's name in `locale` (Arabic for Arabic, French otherwise).
pub fn name_of(c: &cooperative::Model, locale: Locale) -> String {
    if locale == Locale::Ar {
        c.name_ar.clone()
    } else {
        c.name_fr.clone()
    }
}
