//! Buying pages: the cart (grouped by cooperative), checkout, an order, and the buyer's orders.
//! Every action is a plain form post; nothing needs JavaScript.

use crate::{
    api::{
        orders::{
            AcceptPrices, AddToCart, PayOrder, PlaceOrder, RemoveCartLine, ShipmentAction,
            UpdateCartLine, cart, checkout, inbox, my_orders, order,
        },
        reviews::WriteReview,
        url_error,
    },
    components::form::{Choices, ErrorSummary, SelectField, TextField},
    components::page_state::{NotFoundPage, data_view},
    components::{guard::require_sign_in, product_grid::price},
    context::use_locale,
    dto::{
        CartDto, CartLineDto, CartPartDto, CheckoutDto, InboxDto, InboxShipmentDto, OrderDto,
        OrderLineDto, OrderSummaryDto,
    },
    error::AppError,
    i18n::{state_name, t, t_args},
};
use domain::{
    Locale,
    geo::Region,
    order::{PaymentMethod, PaymentState},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The first error a cart form left in the URL.
fn cart_error() -> Option<AppError> {
    [
        AddToCart::PATH,
        UpdateCartLine::PATH,
        RemoveCartLine::PATH,
        AcceptPrices::PATH,
        PlaceOrder::PATH,
    ]
    .into_iter()
    .find_map(url_error)
}

/// `/cart`
#[component]
pub fn CartPage() -> impl IntoView {
    let locale = use_locale();
    let error = cart_error();
    let added = use_query_map().with_untracked(|q| q.get("added").is_some());
    let data = Resource::new_blocking(|| (), |_| cart());
    view! {
        <Title text=t(locale, "cart-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="cart">
            <h1>{t(locale, "cart-title")}</h1>
            {added.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "cart-added")}</p> })}
            <ErrorSummary error=error/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(cart) => view! { <CartView cart locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CartView(cart: CartDto, locale: Locale) -> impl IntoView {
    if cart.parts.is_empty() {
        return view! {
            <p>{t(locale, "cart-empty")}</p>
            <a class="button" href="/categories">{t(locale, "cart-continue")}</a>
        }
        .into_any();
    }
    let ready = cart.problems == 0 && cart.price_changes == 0;
    view! {
        {(cart.price_changes > 0).then(|| view! {
            <div class="alert alert-warning" role="alert">
                <p>{t(locale, "cart-prices-changed")}</p>
                <form method="post" action=AcceptPrices::url()>
                    <button type="submit" class="button">{t(locale, "cart-accept-prices")}</button>
                </form>
            </div>
        })}
        {(cart.problems > 0).then(|| view! {
            <p class="alert alert-warning" role="alert">{t(locale, "cart-has-problems")}</p>
        })}
        {cart.parts.into_iter().map(|part| view! { <CartPart part locale/> }).collect_view()}
        <section class="cart-summary" aria-labelledby="cart-summary-heading">
            <h2 id="cart-summary-heading">{t(locale, "cart-summary")}</h2>
            <dl class="totals">
                <dt>{t(locale, "cart-goods")}</dt><dd>{price(cart.goods_centimes, locale)}</dd>
                <dt>{t(locale, "cart-delivery")}</dt><dd>{price(cart.delivery_centimes, locale)}</dd>
                <dt class="total">{t(locale, "cart-total")}</dt><dd class="total">{price(cart.total_centimes, locale)}</dd>
            </dl>
            {if ready {
                view! { <a class="button" href="/checkout">{t(locale, "cart-checkout")}</a> }.into_any()
            } else {
                view! { <p>{t(locale, "cart-fix-first")}</p> }.into_any()
            }}
        </section>
    }
    .into_any()
}

#[component]
fn CartPart(part: CartPartDto, locale: Locale) -> impl IntoView {
    let heading_id = format!("part-{}", part.cooperative_id);
    view! {
        <section class="cart-part" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>
                {t(locale, "cart-from")} " "
                <a href=format!("/c/{}", part.cooperative_slug)>{part.cooperative_name.clone()}</a>
            </h2>
            <ul class="cart-lines">
                {part.lines.into_iter().map(|line| view! { <CartLine line locale/> }).collect_view()}
            </ul>
            <dl class="totals">
                <dt>{t(locale, "cart-goods")}</dt><dd>{price(part.goods_centimes, locale)}</dd>
                <dt>{t(locale, "cart-delivery")}</dt>
                <dd>
                    {if part.delivery_centimes == 0 && part.goods_centimes > 0 {
                        t(locale, "cart-delivery-free")
                    } else {
                        price(part.delivery_centimes, locale)
                    }}
                </dd>
                <dt>{t(locale, "cart-share")}</dt><dd>{price(part.cooperative_share_centimes, locale)}</dd>
            </dl>
            {part.free_delivery_missing_centimes.filter(|m| *m > 0).map(|missing| view! {
                <p class="hint">{t_args(locale, "cart-free-delivery-missing", &[("amount", price(missing, locale).into())])}</p>
            })}
        </section>
    }
}

#[component]
fn CartLine(line: CartLineDto, locale: Locale) -> impl IntoView {
    let field_id = format!("quantity-{}", line.product_id);
    let problem = line.problem.clone().map(|p| match p.as_str() {
        "not_enough" => t_args(
            locale,
            "cart-problem-not-enough",
            &[("count", line.stock.into())],
        ),
        "sold_out" => t(locale, "cart-problem-sold-out"),
        _ => t(locale, "cart-problem-unavailable"),
    });
    let image = line.card.image.clone();
    let has_problem = problem.is_some();
    view! {
        <li class="cart-line" class:cart-line-problem=has_problem>
            {image.map(|img| view! {
                <img src=img.src srcset=img.srcset sizes="4rem" width=img.width height=img.height alt="" loading="lazy"/>
            })}
            <div class="cart-line-text">
                <a href=format!("/p/{}", line.card.slug) lang=line.card.title_lang.clone()>{line.card.title.clone()}</a>
                <p>
                    {price(line.unit_price_centimes, locale)}
                    {line.price_was_centimes.map(|was| view! {
                        " " <span class="price-was">{t_args(locale, "cart-price-was", &[("price", price(was, locale).into())])}</span>
                    })}
                </p>
                {problem.map(|p| view! { <p class="field-error">{p}</p> })}
            </div>
            <form method="post" action=UpdateCartLine::url() class="cart-quantity">
                <input type="hidden" name="product_id" value=line.product_id.clone()/>
                <label for=field_id.clone()>{t(locale, "cart-quantity")}</label>
                <input id=field_id type="number" name="quantity" inputmode="numeric" min="0" max=line.max_quantity value=line.quantity/>
                <button type="submit" class="button button-secondary">{t(locale, "cart-update")}</button>
            </form>
            <form method="post" action=RemoveCartLine::url()>
                <input type="hidden" name="product_id" value=line.product_id/>
                <button type="submit" class="button button-secondary">{t(locale, "cart-remove")}</button>
            </form>
            <p class="cart-line-total">{price(line.line_centimes, locale)}</p>
        </li>
    }
}

/// `/checkout`
#[component]
pub fn CheckoutPage() -> impl IntoView {
    let locale = use_locale();
    let error = url_error(PlaceOrder::PATH);
    let data = Resource::new_blocking(|| (), |_| checkout());
    view! {
        <Title text=t(locale, "checkout-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="checkout">
            <h1>{t(locale, "checkout-title")}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(dto) => view! { <CheckoutView dto error locale/> }.into_any(),
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

#[component]
fn CheckoutView(dto: CheckoutDto, error: Option<AppError>, locale: Locale) -> impl IntoView {
    let cart = dto.cart;
    if cart.parts.is_empty() {
        return view! {
            <ErrorSummary error=error/>
            <p>{t(locale, "cart-empty")}</p>
            <a class="button" href="/categories">{t(locale, "cart-continue")}</a>
        }
        .into_any();
    }
    if cart.problems > 0 || cart.price_changes > 0 {
        return view! {
            <ErrorSummary error=error/>
            <p class="alert alert-warning" role="alert">{t(locale, "cart-fix-first")}</p>
            <a class="button" href="/cart">{t(locale, "checkout-back-to-cart")}</a>
        }
        .into_any();
    }
    let regions = Choices::Flat(
        Region::ALL
            .iter()
            .map(|r| (r.code().to_owned(), r.name(locale).to_owned()))
            .collect(),
    );
    let payment_issue = error
        .as_ref()
        .and_then(AppError::field_errors)
        .and_then(|f| f.issue("payment"));
    let cash = cart.cash_on_delivery;
    let card = dto.card;
    view! {
        <ErrorSummary error=error.clone()/>
        <section class="checkout-summary" aria-labelledby="checkout-summary-heading">
            <h2 id="checkout-summary-heading">{t(locale, "cart-summary")}</h2>
            <ul class="checkout-parts">
                {cart.parts.iter().map(|part| view! {
                    <li>
                        <strong>{part.cooperative_name.clone()}</strong>
                        " · " {t_args(locale, "checkout-items", &[("count", part.lines.iter().map(|l| l.quantity).sum::<i32>().into())])}
                        " · " {price(part.total_centimes, locale)}
                        <span class="hint">" (" {t(locale, "cart-share")} " " {price(part.cooperative_share_centimes, locale)} ")"</span>
                    </li>
                }).collect_view()}
            </ul>
            <dl class="totals">
                <dt>{t(locale, "cart-goods")}</dt><dd>{price(cart.goods_centimes, locale)}</dd>
                <dt>{t(locale, "cart-delivery")}</dt><dd>{price(cart.delivery_centimes, locale)}</dd>
                <dt class="total">{t(locale, "cart-total")}</dt><dd class="total">{price(cart.total_centimes, locale)}</dd>
            </dl>
        </section>
        <form method="post" action=PlaceOrder::url() class="stack checkout-form">
            <input type="hidden" name="idempotency_key" value=dto.key/>
            <fieldset>
                <legend>{t(locale, "checkout-delivery")}</legend>
                {dto.needs_email.then(|| view! {
                    <TextField name="email" label_key="checkout-email" kind="email" autocomplete="email" error=error.clone()/>
                })}
                <TextField name="name" label_key="checkout-name" autocomplete="name" error=error.clone() initial=Some(dto.name)/>
                <TextField name="phone" label_key="checkout-phone" kind="tel" autocomplete="tel" error=error.clone()/>
                <SelectField name="region" label_key="checkout-region" choices=regions error=error.clone()/>
                <TextField name="city" label_key="checkout-city" autocomplete="address-level2" error=error.clone()/>
                <TextField name="address" label_key="checkout-address" autocomplete="street-address" error=error.clone()/>
                <TextField name="notes" label_key="checkout-notes" autocomplete="off" error=error.clone()/>
            </fieldset>
            <fieldset aria-describedby=payment_issue.map(|_| "payment-error")>
                <legend>{t(locale, "checkout-payment")}</legend>
                {cash.then(|| view! {
                    <label class="choice">
                        <input type="radio" name="payment" value="cod" checked=true/>
                        " " {t(locale, "checkout-pay-cod")}
                    </label>
                    <p class="hint">{t(locale, "checkout-pay-cod-hint")}</p>
                })}
                {card.then(|| view! {
                    <label class="choice">
                        <input type="radio" name="payment" value="card" checked=!cash/>
                        " " {t(locale, "checkout-pay-card")}
                    </label>
                    <p class="hint">{t(locale, "checkout-pay-card-hint")}</p>
                })}
                {(!cash && !card).then(|| view! { <p>{t(locale, "checkout-no-payment")}</p> })}
                {payment_issue.map(|i| view! { <p class="field-error" id="payment-error">{t(locale, &i.message_key())}</p> })}
            </fieldset>
            <button type="submit" class="button" disabled=!(cash || card)>{t(locale, "checkout-place")}</button>
        </form>
    }
    .into_any()
}

/// `/orders/{number}`
#[component]
pub fn OrderPage() -> impl IntoView {
    let locale = use_locale();
    let number = use_params_map()
        .with_untracked(|p| p.get("number"))
        .unwrap_or_default();
    let (key, placed, returned, pay_error, reviewed) = use_query_map().with_untracked(|q| {
        (
            q.get("key"),
            q.get("placed").is_some(),
            q.get("paid").is_some(),
            q.get("pay"),
            q.get("reviewed").is_some(),
        )
    });
    let link_key = key.clone();
    let data = Resource::new_blocking(
        move || (number.clone(), key.clone()),
        |(number, key)| order(number, key),
    );
    view! {
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let payment = PaymentNotice { returned, error: pay_error.clone(), key: link_key.clone() };
                Suspend::new(async move {
                data_view(data.await, |o| view! { <OrderView o placed payment reviewed locale/> }.into_any())
            })}}
        </Suspense>
    }
}

fn region_name(code: &str, locale: Locale) -> String {
    Region::from_code(code)
        .map(|r| r.name(locale).to_owned())
        .unwrap_or_default()
}

/// What the order page says about a card payment: whether the buyer just came back from the
/// payment page, and a failure to open it.
#[derive(Debug, Clone, Default)]
struct PaymentNotice {
    returned: bool,
    error: Option<String>,
    /// The order link's secret, carried into the "pay" form.
    key: Option<String>,
}

/// The state of a card payment, and the way to pay while the order can still be paid.
#[component]
fn CardPayment(o: OrderDto, notice: PaymentNotice, locale: Locale) -> impl IntoView {
    let pending = o.payment_state == PaymentState::Pending;
    let unavailable = notice
        .error
        .is_some_and(|code| code == AppError::PaymentUnavailable.code());
    view! {
        {unavailable.then(|| view! {
            <div class="alert alert-error" role="alert"><p>{AppError::PaymentUnavailable.message(locale)}</p></div>
        })}
        {(pending && notice.returned).then(|| view! {
            <div class="alert" role="status"><p>{t(locale, "order-payment-confirming")}</p></div>
        })}
        {(o.payment_state == PaymentState::Failed).then(|| view! {
            <div class="alert alert-warning" role="status"><p>{t(locale, "order-payment-failed")}</p></div>
        })}
        {(pending && !notice.returned).then(|| view! { <p>{t(locale, "order-awaiting-payment")}</p> })}
        {o.can_pay.then(|| view! {
            <form method="post" action=PayOrder::url() class="inline-form">
                <input type="hidden" name="number" value=o.number.clone()/>
                {notice.key.clone().map(|k| view! { <input type="hidden" name="key" value=k/> })}
                <button type="submit" class="button">{t(locale, "order-pay-card")}</button>
            </form>
        })}
    }
}

/// Rating and reviewing one delivered product.
#[component]
fn ReviewForm(line: OrderLineDto, locale: Locale) -> impl IntoView {
    let legend = t_args(
        locale,
        "reviews-rate",
        &[("product", line.title.clone().into())],
    );
    let body_id = format!("review-body-{}", line.id);
    view! {
        <form method="post" action=WriteReview::url() class="stack review-form">
            <input type="hidden" name="line_id" value=line.id.clone()/>
            <fieldset class="rating-choice">
                <legend>{legend}</legend>
                {(1..=5u8).rev().map(|n| view! {
                    <label class="choice">
                        <input type="radio" name="rating" value=n.to_string() required=true checked=n == 5/>
                        " " <crate::components::reviews::Stars rating=n locale/>
                    </label>
                }).collect_view()}
            </fieldset>
            <label for=body_id.clone()>{t(locale, "reviews-body")}</label>
            <textarea id=body_id name="body" rows="3" maxlength="2000"></textarea>
            <button type="submit" class="button">{t(locale, "reviews-submit")}</button>
        </form>
    }
}

#[component]
fn OrderView(
    o: OrderDto,
    placed: bool,
    payment: PaymentNotice,
    reviewed: bool,
    locale: Locale,
) -> impl IntoView {
    let title = t_args(
        locale,
        "order-title",
        &[("number", o.number.clone().into())],
    );
    let payment_label = if o.payment_method == PaymentMethod::CashOnDelivery {
        t(locale, "order-payment-cod")
    } else {
        t(locale, "order-payment-card")
    };
    view! {
        <Title text=title.clone()/>
        <article class="order">
            <h1>{title}</h1>
            <ErrorSummary error=url_error(WriteReview::PATH)/>
            {reviewed.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "reviews-thanks")}</p> })}
            {placed.then(|| view! {
                <div class="alert alert-success" role="status">
                    <p>{t(locale, "order-placed-thanks")}</p>
                    <p>{t(locale, "order-keep-link")}</p>
                </div>
            })}
            <p class="order-state" data-state=o.state.code()>
                <strong>{state_name(locale, o.state)}</strong>
                " · " {payment_label}
            </p>
            {(o.payment_method == PaymentMethod::Card).then(|| view! { <CardPayment o=o.clone() notice=payment.clone() locale/> })}
            {o.shipments.into_iter().map(|s| view! {
                <section class="shipment" aria-labelledby=format!("shipment-{}", s.id)>
                    <h2 id=format!("shipment-{}", s.id)>
                        {t(locale, "cart-from")} " "
                        <a href=format!("/c/{}", s.cooperative_slug)>{s.cooperative_name.clone()}</a>
                    </h2>
                    <p class="shipment-state" data-state=s.state.code()>
                        {state_name(locale, s.state)}
                        {s.tracking_number.clone().map(|n| view! {
                            " · " {t_args(locale, "order-tracking", &[("carrier", s.carrier.clone().unwrap_or_default().into()), ("number", n.into())])}
                        })}
                    </p>
                    {s.cancel_reason.clone().map(|r| view! { <p class="hint">{t(locale, "order-cancel-reason")} " " {r}</p> })}
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{t(locale, "order-product")}</th>
                            <th scope="col">{t(locale, "cart-quantity")}</th>
                            <th scope="col">{t(locale, "order-line-total")}</th>
                        </tr></thead>
                        <tbody>
                            {s.lines.clone().into_iter().map(|l| view! {
                                <tr>
                                    <td>{match l.product_slug {
                                        Some(slug) => view! { <a href=format!("/p/{slug}")>{l.title.clone()}</a> }.into_any(),
                                        None => view! { <span>{l.title.clone()}</span> }.into_any(),
                                    }}</td>
                                    <td>{l.quantity}</td>
                                    <td>{price(l.line_centimes, locale)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {s.lines.into_iter().filter_map(|l| l.review.map(|r| (l, r))).map(|(l, r)| match r {
                        Some(stars) => view! {
                            <p class="review-done">
                                {t_args(locale, "reviews-yours", &[("product", l.title.clone().into())])} " "
                                <crate::components::reviews::Stars rating=stars locale/>
                            </p>
                        }.into_any(),
                        None => view! { <ReviewForm line=l locale/> }.into_any(),
                    }).collect_view()}
                    <dl class="totals">
                        <dt>{t(locale, "cart-delivery")}</dt><dd>{price(s.delivery_centimes, locale)}</dd>
                        <dt>{t(locale, "cart-total")}</dt><dd>{price(s.total_centimes, locale)}</dd>
                    </dl>
                </section>
            }).collect_view()}
            <section class="order-summary" aria-labelledby="order-summary-heading">
                <h2 id="order-summary-heading">{t(locale, "checkout-delivery")}</h2>
                <p>
                    {o.recipient_name} <br/>
                    <span dir="ltr">{o.phone}</span> <br/>
                    {o.address_line} <br/>
                    {o.city} " · " {region_name(&o.region, locale)}
                </p>
                {o.notes.map(|n| view! { <p class="hint">{n}</p> })}
                <dl class="totals">
                    <dt>{t(locale, "cart-goods")}</dt><dd>{price(o.goods_centimes, locale)}</dd>
                    <dt>{t(locale, "cart-delivery")}</dt><dd>{price(o.delivery_centimes, locale)}</dd>
                    <dt class="total">{t(locale, "cart-total")}</dt><dd class="total">{price(o.total_centimes, locale)}</dd>
                </dl>
            </section>
        </article>
    }
}

/// `/orders`
#[component]
pub fn MyOrdersPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/orders") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let data = Resource::new_blocking(|| (), |_| my_orders());
    view! {
        <Title text=t(locale, "orders-title")/>
        <section>
            <h1>{t(locale, "orders-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(list) => view! { <OrderList list locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn OrderList(list: Vec<OrderSummaryDto>, locale: Locale) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t(locale, "orders-empty")}</p> }.into_any();
    }
    view! {
        <table class="table">
            <thead><tr>
                <th scope="col">{t(locale, "orders-number")}</th>
                <th scope="col">{t(locale, "orders-date")}</th>
                <th scope="col">{t(locale, "orders-state")}</th>
                <th scope="col">{t(locale, "cart-total")}</th>
            </tr></thead>
            <tbody>
                {list.into_iter().map(|o| view! {
                    <tr>
                        <td><a href=format!("/orders/{}", o.number)>{o.number.clone()}</a></td>
                        <td>{o.created_at.get(..10).unwrap_or_default().to_owned()}</td>
                        <td>{state_name(locale, o.state)}</td>
                        <td>{price(o.total_centimes, locale)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// `/cooperatives/{id}/orders`: the cooperative's shipments to fulfil.
#[component]
pub fn InboxPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/orders")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let (filter, saved) =
        use_query_map().with_untracked(|q| (q.get("state"), q.get("saved").is_some()));
    let error = url_error(ShipmentAction::PATH);
    let data = Resource::new_blocking(
        move || (id.clone(), filter.clone()),
        |(id, filter)| inbox(id, filter),
    );
    view! {
        <Title text=t(locale, "inbox-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="inbox">
            <h1>{t(locale, "inbox-title")}</h1>
            {saved.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "inbox-saved")}</p> })}
            <ErrorSummary error=error/>
            <Suspense fallback=|| ()>
                {move || {
                    Suspend::new(async move {
                        match data.await {
                            Ok(inbox) => view! { <InboxView inbox locale/> }.into_any(),
                            Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn InboxView(inbox: InboxDto, locale: Locale) -> impl IntoView {
    let base = format!("/cooperatives/{}/orders", inbox.cooperative_id);
    let filters = std::iter::once(("", t(locale, "inbox-filter-all")))
        .chain(domain::order::ShipmentState::ALL.map(|s| (s.code(), state_name(locale, s))))
        .map(|(code, label)| {
            let href = if code.is_empty() {
                base.clone()
            } else {
                format!("{base}?state={code}")
            };
            let current = code == inbox.filter;
            view! { <li><a href=href aria-current=current.then_some("page")>{label}</a></li> }
        })
        .collect_view();
    let coop = inbox.cooperative_id.clone();
    view! {
        <p class="lead">{inbox.cooperative_name.clone()}</p>
        <p><a href=format!("/cooperatives/{coop}/payouts")>{t(locale, "payouts-link")}</a></p>
        <nav aria-label=t(locale, "orders-state")><ul class="filters">{filters}</ul></nav>
        {if inbox.shipments.is_empty() {
            view! { <p>{t(locale, "inbox-empty")}</p> }.into_any()
        } else {
            inbox.shipments.into_iter().map(|s| view! { <InboxShipment s coop=coop.clone() locale/> }).collect_view().into_any()
        }}
    }
}

#[component]
fn InboxShipment(s: InboxShipmentDto, coop: String, locale: Locale) -> impl IntoView {
    let heading = format!("inbox-{}", s.id);
    let cash = s.payment_method == PaymentMethod::CashOnDelivery;
    let state = s.state;
    let shipment_id = s.id.clone();
    let action = move |event: &'static str, label: String, extra: AnyView| {
        view! {
            <form method="post" action=ShipmentAction::url() class="stack inbox-action">
                <input type="hidden" name="cooperative_id" value=coop.clone()/>
                <input type="hidden" name="shipment_id" value=shipment_id.clone()/>
                <input type="hidden" name="event" value=event/>
                {extra}
                <button type="submit" class=if event == "cancel" { "button button-danger" } else { "button" }>{label}</button>
            </form>
        }
    };
    use domain::order::ShipmentState as S;
    let field = |name: &'static str, key: &'static str, required: bool| {
        let id = format!("{name}-{}", s.id);
        view! {
            <div class="field">
                <label for=id.clone()>{t(locale, key)}</label>
                <input id=id type="text" name=name maxlength="80" required=required/>
            </div>
        }
        .into_any()
    };
    let actions = match state {
        S::Pending => view! {
            {action("confirm", t(locale, "inbox-confirm"), ().into_any())}
            {action("cancel", t(locale, "inbox-cancel"), field("reason", "inbox-reason", true))}
        }
        .into_any(),
        S::Confirmed => view! {
            {action("ship", t(locale, "inbox-ship"), view! { {field("carrier", "inbox-carrier", false)} {field("tracking_number", "inbox-tracking", false)} }.into_any())}
            {action("cancel", t(locale, "inbox-cancel"), field("reason", "inbox-reason", true))}
        }
        .into_any(),
        S::Shipped => action(
            "deliver",
            t(locale, if cash { "inbox-deliver-cash" } else { "inbox-deliver" }),
            ().into_any(),
        )
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        <section class="shipment" aria-labelledby=heading.clone() data-order=s.order_number.clone()>
            <h2 id=heading.clone()>{t_args(locale, "inbox-order", &[("number", s.order_number.clone().into())])}</h2>
            <p class="shipment-state" data-state=s.state.code()>
                <strong>{state_name(locale, s.state)}</strong>
                " · " {s.created_at.get(..10).unwrap_or_default().to_owned()}
            </p>
            <ul>
                {s.lines.iter().map(|l| view! { <li>{l.quantity} " × " {l.title.clone()} " · " {price(l.line_centimes, locale)}</li> }).collect_view()}
            </ul>
            <p>
                {s.recipient_name.clone()} " · " <span dir="ltr">{s.phone.clone()}</span> <br/>
                {s.address_line.clone()} ", " {s.city.clone()} " · " {region_name(&s.region, locale)}
            </p>
            {s.notes.clone().map(|n| view! { <p class="hint">{n}</p> })}
            <p>
                {if cash {
                    t_args(locale, "inbox-collect", &[("amount", price(s.goods_centimes + s.delivery_centimes, locale).into())])
                } else {
                    String::new()
                }}
                " " {t_args(locale, "inbox-share", &[("amount", price(s.cooperative_share_centimes, locale).into())])}
            </p>
            {s.cancel_reason.clone().map(|r| view! { <p class="hint">{t(locale, "order-cancel-reason")} " " {r}</p> })}
            <div class="inbox-actions">{actions}</div>
        </section>
    }
}
