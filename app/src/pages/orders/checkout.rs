//! `/checkout`: delivery details and the way to pay.

use crate::{
    api::{
        orders::{PlaceOrder, checkout},
        url_error,
    },
    components::form::{Choices, ErrorSummary, SelectField, TextField},
    components::product_grid::price,
    context::use_locale,
    dto::CheckoutDto,
    error::AppError,
    i18n::{t, t_args},
};
use domain::{Locale, geo::Region};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use server_fn::ServerFn;

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
                <TextField name="name" label_key="checkout-name" autocomplete="name" error=error.clone() initial=Some(dto.name)/>
                <TextField name="phone" label_key="checkout-phone" kind="tel" autocomplete="tel" hint_key="checkout-phone-hint" error=error.clone()/>
                // A guest is reached on the phone; an address is optional.
                {dto.needs_email.then(|| view! {
                    <TextField name="email" label_key="checkout-email" kind="email" autocomplete="email" hint_key="checkout-email-hint" error=error.clone()/>
                })}
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
            <p class="hint">{t(locale, "checkout-privacy")} " " <a href="/privacy">{t(locale, "footer-privacy")}</a></p>
            <button type="submit" class="button" disabled=!(cash || card)>{t(locale, "checkout-place")}</button>
        </form>
    }
    .into_any()
}
