//! `/cart`: the cart, grouped by cooperative.

use crate::{
    api::{
        orders::{AcceptPrices, AddToCart, PlaceOrder, RemoveCartLine, UpdateCartLine, cart},
        url_error,
    },
    components::form::ErrorSummary,
    components::product_grid::price,
    context::use_locale,
    dto::{CartDto, CartLineDto, CartPartDto},
    error::AppError,
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
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
    let field_id = format!("quantity-{}", line.option_id);
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
                {(!line.option_label.is_empty()).then(|| view! { <p class="cart-option" data-testid="cart-option"><bdi>{line.option_label.clone()}</bdi></p> })}
                <p>
                    {price(line.unit_price_centimes, locale)}
                    {line.price_was_centimes.map(|was| view! {
                        " " <span class="price-was">{t_args(locale, "cart-price-was", &[("price", price(was, locale).into())])}</span>
                    })}
                </p>
                {problem.map(|p| view! { <p class="field-error">{p}</p> })}
            </div>
            <form method="post" action=UpdateCartLine::url() class="cart-quantity">
                <input type="hidden" name="option_id" value=line.option_id.clone()/>
                <label for=field_id.clone()>{t(locale, "cart-quantity")}</label>
                <input id=field_id type="number" name="quantity" inputmode="numeric" min="0" max=line.max_quantity value=line.quantity/>
                <button type="submit" class="button button-secondary">{t(locale, "cart-update")}</button>
            </form>
            <form method="post" action=RemoveCartLine::url()>
                <input type="hidden" name="option_id" value=line.option_id/>
                <button type="submit" class="button button-secondary">{t(locale, "cart-remove")}</button>
            </form>
            <p class="cart-line-total">{price(line.line_centimes, locale)}</p>
        </li>
    }
}
