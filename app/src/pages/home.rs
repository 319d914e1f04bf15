//! The home page: what Taawon is, and the way in for each kind of user.

use crate::{context::use_locale, i18n::t};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
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
