//! The home page: what Taawon is, and the way in for each kind of user.

use crate::{
    api::catalog::categories, context::use_locale, i18n::t, pages::categories::CategoryGrid,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let tree = Resource::new_blocking(|| (), |_| categories());
    view! {
        <Title text=t(locale, "home-title")/>
        <Meta name="description" content=t(locale, "home-description")/>
        <section class="hero">
            <h1>{t(locale, "home-heading")}</h1>
            <p class="lead">{t(locale, "home-lead")}</p>
            <div class="hero-actions">
                <a class="button" href="/search">{t(locale, "home-cta-browse")}</a>
                <a class="button button-secondary" href="/sign-up">{t(locale, "home-cta-join")}</a>
            </div>
        </section>
        <section aria-labelledby="categories-heading">
            <h2 id="categories-heading">{t(locale, "categories-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    tree.await.ok().map(|all| view! { <CategoryGrid all locale/> })
                })}
            </Suspense>
        </section>
        <section class="cards" aria-labelledby="who-heading">
            <h2 id="who-heading">{t(locale, "home-who-heading")}</h2>
            <ul class="card-list">
                <li class="card">
                    <h3>{t(locale, "home-who-consumers")}</h3>
                    <p>{t(locale, "home-who-consumers-text")}</p>
                </li>
                <li class="card">
                    <h3>{t(locale, "home-who-cooperatives")}</h3>
                    <p>{t(locale, "home-who-cooperatives-text")}</p>
                </li>
                <li class="card">
                    <h3>{t(locale, "home-who-experts")}</h3>
                    <p>{t(locale, "home-who-experts-text")}</p>
                </li>
            </ul>
        </section>
    }
}
