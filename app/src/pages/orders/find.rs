//! `/orders/find`: a guest who lost their order's link reopens the order from its number and the
//! phone they ordered with. The same answer for a wrong pair and an unknown number.

use crate::{
    api::{orders::FindOrder, url_error},
    components::form::{ErrorSummary, TextField},
    context::use_locale,
    i18n::t,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use server_fn::ServerFn;

/// `/orders/find`
#[component]
pub fn FindOrderPage() -> impl IntoView {
    let locale = use_locale();
    let error = url_error(FindOrder::PATH);
    view! {
        <Title text=t(locale, "find-order-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "find-order-title")}</h1>
            <p>{t(locale, "find-order-lead")}</p>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=FindOrder::url() class="stack" novalidate>
                <TextField name="number" label_key="find-order-number" autocomplete="off" hint_key="find-order-number-hint" error=error.clone()/>
                <TextField name="phone" label_key="checkout-phone-label" kind="tel" autocomplete="tel" error=error/>
                <button type="submit" class="button">{t(locale, "find-order-submit")}</button>
            </form>
            <p><a href="/sign-in">{t(locale, "find-order-sign-in")}</a></p>
        </section>
    }
}
