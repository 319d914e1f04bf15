//! The home page: what Taawon is, the fairs and collections running, the categories, featured and women-led cooperatives, and the
//! newest products.

use crate::{
    api::{collections::running_collections, products::home},
    components::brand::brand_css,
    components::{category_grid::CategoryGrid, product_grid::ProductGrid},
    context::{use_locale, use_request_ctx},
    dto::CooperativeCardDto,
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new_blocking(|| (), |_| home());
    let running = Resource::new_blocking(|| (), |()| running_collections());
    view! {
        <Title text=t(locale, "home-title")/>
        <Meta name="description" content=t(locale, "home-description")/>
        <crate::components::seo::LanguageLinks path="/"/>
        <section class="hero">
            <h1>{t(locale, "home-heading")}</h1>
            <p class="lead">{t(locale, "home-lead")}</p>
            <div class="hero-actions">
                <a class="button" href="/categories">{t(locale, "home-cta-browse")}</a>
                <a class="button button-secondary" href="/cooperatives">{t(locale, "directory-link")}</a>
                <a class="button button-secondary" href="/sign-up">{t(locale, "home-cta-join")}</a>
            </div>
        </section>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                running.await.ok().map(|cards| view! { <crate::pages::collections::RunningCollections cards locale/> })
            })}
        </Suspense>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().map(|home| view! {
                    <section aria-labelledby="categories-heading">
                        <h2 id="categories-heading">{t(locale, "categories-title")}</h2>
                        <CategoryGrid all=home.categories locale/>
                    </section>
                    {(!home.featured.is_empty()).then(|| view! {
                        <section aria-labelledby="featured-heading">
                            <h2 id="featured-heading">{t(locale, "home-featured")}</h2>
                            <CooperativeCards cards=home.featured prefix="fc" locale/>
                        </section>
                    })}
                    <section aria-labelledby="newest-heading">
                        <h2 id="newest-heading">{t(locale, "home-newest")}</h2>
                        <ProductGrid items=home.newest locale/>
                    </section>
                    {(!home.women_led.is_empty()).then(|| view! {
                        <section aria-labelledby="women-heading">
                            <h2 id="women-heading">{t(locale, "home-women-led")}</h2>
                            <p>{t(locale, "home-women-led-lead")}</p>
                            <CooperativeCards cards=home.women_led prefix="wc" locale/>
                        </section>
                    })}
                })
            })}
        </Suspense>
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
                    <p><a href="/experts/apply">{t(locale, "expert-apply-title")}</a></p>
                </li>
            </ul>
        </section>
    }
}

/// Cooperative cards in their brand colours, linking to their storefronts.
#[component]
pub fn CooperativeCards(
    cards: Vec<CooperativeCardDto>,
    /// Class prefix, distinct per list on a page.
    prefix: &'static str,
    locale: Locale,
) -> impl IntoView {
    let nonce = use_request_ctx().nonce;
    let css: String = cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            brand_css(
                &format!(".{prefix}-{i}"),
                &c.primary_colour,
                &c.secondary_colour,
            )
        })
        .collect();
    view! {
        <style nonce=nonce>{css}</style>
        <ul class="coop-grid">
            {cards.into_iter().enumerate().map(|(i, c)| {
                let region = domain::geo::Region::from_code(&c.region).map(|r| r.name(locale).to_owned()).unwrap_or_default();
                view! {
                    <li class=format!("coop-card {prefix}-{i}")>
                        {c.logo.clone().map(|img| view! {
                            <img class="coop-card-logo" src=img.src srcset=img.srcset sizes="4rem" width=img.width height=img.height alt="" loading="lazy" decoding="async"/>
                        })}
                        <div>
                            <h3><a href=format!("/c/{}", c.slug)><bdi>{c.name(locale).to_owned()}</bdi></a></h3>
                            <p>{region}</p>
                            <p>{t_args(locale, "coop-card-products", &[("count", c.products.into())])}</p>
                            {c.women_led.then(|| view! { <p class="badge badge-women">{t(locale, "storefront-women-led")}</p> })}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
