//! The translated 404 page (with a real 404 status).

use crate::{context::use_locale, i18n::t};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Any path no route matches.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = use_locale();
    view! {
        <Title text=t(locale, "not-found-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "not-found-heading")}</h1>
            <p>{t(locale, "not-found-text")}</p>
            <a class="button" href="/">{t(locale, "not-found-home")}</a>
        </section>
    }
}
