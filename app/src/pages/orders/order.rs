//! `/orders/{number}`: one order, its parts, its payment and reviews of what was delivered.

use super::region_name;
use crate::{
    api::{
        orders::{CancelPart, PayOrder, order},
        reviews::WriteReview,
        url_error,
    },
    components::copy_link::CopyLink,
    components::form::ErrorSummary,
    components::page_state::data_view,
    components::product_grid::price,
    context::use_locale,
    dto::{OrderDto, OrderLineDto},
    error::AppError,
    i18n::{state_name, t, t_args},
};
use domain::{
    Locale,
    order::{PaymentMethod, PaymentState},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// `/orders/{number}`
#[component]
pub fn OrderPage() -> impl IntoView {
    let locale = use_locale();
    let number = use_params_map()
        .with_untracked(|p| p.get("number"))
        .unwrap_or_default();
    let (key, placed, returned, pay_error, reviewed, cancelled) =
        use_query_map().with_untracked(|q| {
            (
                q.get("key"),
                q.get("placed").is_some(),
                q.get("paid").is_some(),
                q.get("pay"),
                q.get("reviewed").is_some(),
                q.get("cancelled").is_some(),
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
                data_view(data.await, |o| view! { <OrderView o placed payment reviewed cancelled locale/> }.into_any())
            })}}
        </Suspense>
    }
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

/// The order's private link to keep: copied with a button, or sent to oneself on WhatsApp (the
/// way most of our buyers keep a link).
#[component]
fn KeepLink(link: String, number: String, locale: Locale) -> impl IntoView {
    let message = t_args(
        locale,
        "order-link-message",
        &[("number", number.into()), ("link", link.clone().into())],
    );
    view! {
        <section class="share keep-link" aria-labelledby="keep-link-heading">
            <h2 id="keep-link-heading">{t(locale, "order-link-heading")}</h2>
            <a class="button button-secondary" href=domain::conversation::whatsapp_share(&message) rel="noopener" target="_blank" data-testid="order-whatsapp">
                {t(locale, "order-link-whatsapp")}
            </a>
            <CopyLink
                url=link
                label=t(locale, "order-link-label")
                copy_label=t(locale, "product-share-copy")
                copied_label=t(locale, "product-share-copied")
            />
        </section>
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
    cancelled: bool,
    locale: Locale,
) -> impl IntoView {
    let key = payment.key.clone();
    let number = o.number.clone();
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
            <ErrorSummary error=url_error(CancelPart::PATH)/>
            {cancelled.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "order-cancelled-part")}</p> })}
            {reviewed.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "reviews-thanks")}</p> })}
            {placed.then(|| view! {
                <div class="alert alert-success" role="status">
                    <p>{t(locale, "order-placed-thanks")}</p>
                    <p>{t(locale, "order-keep-link")}</p>
                </div>
                <KeepLink link=o.private_link.clone() number=o.number.clone() locale/>
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
                    {s.can_cancel.then(|| {
                        let reason_id = format!("cancel-reason-{}", s.id);
                        view! {
                            <details class="cancel-part">
                                <summary>{t(locale, "order-cancel-part")}</summary>
                                <form method="post" action=CancelPart::url() class="stack">
                                    <input type="hidden" name="number" value=number.clone()/>
                                    {key.clone().map(|k| view! { <input type="hidden" name="key" value=k/> })}
                                    <input type="hidden" name="shipment_id" value=s.id.clone()/>
                                    <label for=reason_id.clone()>{t(locale, "order-cancel-why")}</label>
                                    <textarea id=reason_id name="reason" rows="2" maxlength="500"></textarea>
                                    <button type="submit" class="button button-danger">{t(locale, "order-cancel-confirm")}</button>
                                </form>
                            </details>
                        }
                    })}
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
                                    }}
                                    {(!l.option_label.is_empty()).then(|| view! { <br/><bdi class="hint" data-testid="line-option">{l.option_label.clone()}</bdi> })}
                                    </td>
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
                    <crate::pages::conversations::AskAboutOrderPart
                        number=number.clone()
                        key=key.clone()
                        cooperative_id=s.cooperative_id.clone()
                        locale
                    />
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
