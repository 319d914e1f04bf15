//! Search and cart pages as they stand before the catalog exists: honest, translated, working.

use crate::{context::use_locale, i18n::t};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// `/search?q=…`
#[component]
pub fn SearchPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map()
        .with_untracked(|q| q.get("q"))
        .unwrap_or_default();
    let query = query.trim().chars().take(200).collect::<String>();
    view! {
        <Title text=t(locale, "search-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "search-title")}</h1>
            {(!query.is_empty()).then(|| view! { <p class="search-query">{t(locale, "search-you-searched")} " " <bdi>{query.clone()}</bdi></p> })}
            <p>{t(locale, "search-empty-catalog")}</p>
        </section>
    }
}

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
