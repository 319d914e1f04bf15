//! Buying over the wire: the cart (guests and signed-in buyers), checkout, and the buyer's
//! orders. Every form posts without JavaScript and comes back to its page.

use crate::{
    dto::{CartDto, CheckoutDto, InboxDto, OrderDto, OrderSummaryDto},
    error::AppError,
};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ssr::request::parse_id;

/// The visitor's cart.
#[server(endpoint = "cart")]
pub async fn cart() -> Result<CartDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::cart;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    cart::view(
        &state.db,
        &state.settings(),
        &request::session()?,
        ctx.user.as_ref(),
        ctx.locale,
    )
    .await
}

/// Puts a product in the cart, in the chosen option (none for a single-option product), then
/// shows the cart.
#[server(endpoint = "cart/add")]
pub async fn add_to_cart(
    product_id: String,
    option: Option<String>,
    quantity: String,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::cart;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let id = parse_id(&product_id)?;
    cart::add(
        &state.db,
        &request::session()?,
        ctx.user.as_ref(),
        id,
        option.as_deref(),
        &quantity,
    )
    .await?;
    leptos_axum::redirect("/cart?added=1");
    Ok(())
}

/// Changes how many of an option the cart holds (`0` removes it).
#[server(endpoint = "cart/set")]
pub async fn update_cart_line(option_id: String, quantity: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::cart;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let id = parse_id(&option_id)?;
    cart::set_quantity(
        &state.db,
        &request::session()?,
        ctx.user.as_ref(),
        id,
        &quantity,
    )
    .await?;
    leptos_axum::redirect("/cart");
    Ok(())
}

/// Takes an option out of the cart.
#[server(endpoint = "cart/remove")]
pub async fn remove_cart_line(option_id: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::cart;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let id = parse_id(&option_id)?;
    cart::remove_line(&state.db, &request::session()?, ctx.user.as_ref(), id).await?;
    leptos_axum::redirect("/cart");
    Ok(())
}

/// Accepts the prices that changed since the products were put in the cart.
#[server(endpoint = "cart/accept-prices")]
pub async fn accept_prices() -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::cart;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    cart::accept_prices(&state.db, &request::session()?, ctx.user.as_ref()).await?;
    leptos_axum::redirect("/cart");
    Ok(())
}

/// The checkout page's cart and a fresh idempotency key for its form.
#[server(endpoint = "checkout")]
pub async fn checkout() -> Result<CheckoutDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::cart;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let cart = cart::view(
        &state.db,
        &state.settings(),
        &request::session()?,
        ctx.user.as_ref(),
        ctx.locale,
    )
    .await?;
    Ok(CheckoutDto {
        cart,
        key: uuid::Uuid::new_v4().to_string(),
        needs_email: ctx.user.is_none(),
        name: ctx.user.map(|u| u.display_name).unwrap_or_default(),
        card: state.settings().card_payments,
    })
}

/// Places the order, then shows it.
#[server(endpoint = "checkout/place")]
pub async fn place_order(
    idempotency_key: String,
    email: Option<String>,
    name: String,
    phone: String,
    region: String,
    city: String,
    address: String,
    notes: Option<String>,
    payment: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::{
        checkout::{self, CheckoutForm},
        limits,
    };
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let limit = limits::Limit {
        scope: "checkout",
        max: state.settings().checkout_per_client,
        window_secs: limits::CHECKOUT_WINDOW_SECS,
    };
    let client = limits::client_key(request::client_ip()?);
    limits::take(&state.db, limit, &client, chrono::Utc::now().timestamp()).await?;
    let form = CheckoutForm {
        idempotency_key,
        email: email.unwrap_or_default(),
        name,
        phone,
        region,
        city,
        address,
        notes: notes.unwrap_or_default(),
        payment: payment.unwrap_or_default(),
    };
    let placed = checkout::place(
        &state.db,
        &state.settings(),
        &request::session()?,
        ctx.user.as_ref(),
        &form,
        ctx.locale,
    )
    .await?;
    let page = format!("/orders/{}?key={}", placed.number, placed.key);
    if placed.payment == domain::order::PaymentMethod::Card {
        send_to_payment(&state, &placed.number, &page).await;
    } else {
        leptos_axum::redirect(&format!("{page}&placed=1"));
    }
    Ok(())
}

/// Sends the buyer to the card payment page of order `number`, or back to the order's `page`
/// (which offers to try again) when the provider cannot be reached.
#[cfg(feature = "ssr")]
async fn send_to_payment(state: &crate::ssr::AppState, number: &str, page: &str) {
    use backend::services::payments;
    let started = match state.payments.as_deref() {
        Some(gateway) => {
            payments::start_by_number(&state.db, &state.settings(), gateway, number).await
        }
        None => Err(AppError::PaymentUnavailable),
    };
    match started {
        Ok(url) => leptos_axum::redirect(&url),
        Err(e) => leptos_axum::redirect(&format!("{page}&pay={}", e.code())),
    }
}

/// Sends the buyer of a pending card order (signed in, or holding the link's `key`) to pay.
#[server(endpoint = "orders/pay")]
pub async fn pay_order(number: String, key: Option<String>) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::orders;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let viewer = orders::Viewer {
        user: ctx.user.as_ref(),
        key: key.as_deref(),
        found: orders::found_in(&request::session()?, &number).await?,
    };
    let o = orders::visible(&state.db, &number, viewer).await?;
    let page = match key {
        Some(k) => format!("/orders/{}?key={k}", o.number),
        None => format!("/orders/{}?", o.number),
    };
    send_to_payment(&state, &o.number, &page).await;
    Ok(())
}

/// The buyer (signed in, or holding the link's `key`) calls off one part not shipped yet.
#[server(endpoint = "orders/cancel")]
pub async fn cancel_part(
    number: String,
    key: Option<String>,
    shipment_id: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::{cancellation, orders};
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let key = key.filter(|k| !k.is_empty());
    let viewer = orders::Viewer {
        user: ctx.user.as_ref(),
        key: key.as_deref(),
        found: orders::found_in(&request::session()?, &number).await?,
    };
    cancellation::cancel_part(
        &state.db,
        &state.settings(),
        state.payments.as_deref(),
        &number,
        viewer,
        parse_id(&shipment_id)?,
        reason.as_deref().unwrap_or_default(),
    )
    .await?;
    let page = match key {
        Some(k) => format!("/orders/{}?key={k}&cancelled=1", number.trim()),
        None => format!("/orders/{}?cancelled=1", number.trim()),
    };
    leptos_axum::redirect(&page);
    Ok(())
}

/// One order, for its buyer (signed in, or holding the link's `key`).
#[server(endpoint = "orders/one")]
pub async fn order(number: String, key: Option<String>) -> Result<OrderDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::orders;
    let ctx = request::request_ctx()?;
    let state = AppState::current()?;
    let viewer = orders::Viewer {
        user: ctx.user.as_ref(),
        key: key.as_deref(),
        found: orders::found_in(&request::session()?, &number).await?,
    };
    orders::detail(
        &state.db,
        &state.settings(),
        state.payments.as_deref(),
        &number,
        viewer,
        ctx.locale,
    )
    .await
}

/// A guest reopens an order from its number and the phone they ordered with: this browser may
/// then see it (and act on it) without the link. Limited per client and per number; a wrong
/// pair and an unknown number get the same answer.
#[server(endpoint = "orders/find")]
pub async fn find_order(number: String, phone: String) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::{limits, orders};
    let state = AppState::current()?;
    let now = chrono::Utc::now().timestamp();
    let client = limits::client_key(request::client_ip()?);
    limits::take(&state.db, limits::FIND_ORDER_PER_CLIENT, &client, now).await?;
    let wanted: String = number.trim().to_uppercase().chars().take(32).collect();
    limits::take(&state.db, limits::FIND_ORDER_PER_NUMBER, &wanted, now).await?;
    let found = orders::find(&state.db, &number, &phone).await?;
    orders::remember_found(&request::session()?, &found.number).await?;
    leptos_axum::redirect(&format!("/orders/{}", found.number));
    Ok(())
}

/// The signed-in buyer's orders.
#[server(endpoint = "orders/mine")]
pub async fn my_orders() -> Result<Vec<OrderSummaryDto>, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::orders;
    let user = request::signed_in()?;
    let state = AppState::current()?;
    orders::of_buyer(&state.db, &user).await
}

/// A cooperative's order inbox, for its members; `state` filters by shipment state.
#[server(endpoint = "orders/inbox")]
pub async fn inbox(cooperative_id: String, state: Option<String>) -> Result<InboxDto, AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::{access, cart, fulfilment};
    let ctx = request::request_ctx()?;
    let user = ctx.signed_in()?;
    let state_db = AppState::current()?;
    let id = parse_id(&cooperative_id)?;
    let coop = access::member_of(&state_db.db, &user, id).await?;
    // An unknown filter shows everything rather than failing.
    let filter = state
        .as_deref()
        .and_then(domain::order::ShipmentState::from_code);
    Ok(InboxDto {
        cooperative_id: id.to_string(),
        cooperative_name: cart::name_of(&coop, ctx.locale),
        filter: filter.map(|f| f.code().to_owned()).unwrap_or_default(),
        shipments: fulfilment::inbox(&state_db.db, &user, id, filter).await?,
    })
}

/// A member confirms, ships, delivers or cancels one of the cooperative's shipments.
#[server(endpoint = "orders/shipment")]
pub async fn shipment_action(
    cooperative_id: String,
    shipment_id: String,
    event: String,
    carrier: Option<String>,
    tracking_number: Option<String>,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{AppState, request};
    use backend::services::fulfilment::{self, Action};
    let user = request::signed_in()?;
    let state = AppState::current()?;
    let coop = parse_id(&cooperative_id)?;
    let action = Action {
        event,
        carrier: carrier.unwrap_or_default(),
        tracking_number: tracking_number.unwrap_or_default(),
        reason: reason.unwrap_or_default(),
    };
    fulfilment::act(
        &state.db,
        &state.settings(),
        state.payments.as_deref(),
        &user,
        coop,
        parse_id(&shipment_id)?,
        &action,
    )
    .await?;
    leptos_axum::redirect(&format!("/cooperatives/{coop}/orders?saved=1"));
    Ok(())
}
