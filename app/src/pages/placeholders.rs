//! The cart page as it stands before ordering exists: honest, translated, working.

use crate::{context::use_locale, i18n::t};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/cart`
#[component]
pub fn CartPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t(locale, "cart-title")/>
        <section class="narrow">
            <h1>{t(locale, "cart-title")}</h1>
            <p>{t(locale, "cart-empty")}</p>
            <a class="button" href="/">{t(locale, "not-found-home")}</a>
        </section>
    }
}
