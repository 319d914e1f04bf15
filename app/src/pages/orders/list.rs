//! `/orders`: the buyer's orders.

use crate::{
    api::orders::my_orders,
    components::form::ErrorSummary,
    components::{guard::require_sign_in, product_grid::price},
    context::use_locale,
    dto::OrderSummaryDto,
    i18n::{state_name, t},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::Title;

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
