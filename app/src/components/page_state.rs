//! What a page shows when it cannot show its data, once for every page: the translated 404 page
//! (with a real 404 status), the 403 page, and any other error in a narrow section.

use crate::{components::form::ErrorSummary, context::use_locale, error::AppError, i18n::t};
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

/// A 403 page body (and status).
pub fn forbidden() -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    view! { <section class="narrow"><ErrorSummary error=Some(AppError::Forbidden)/></section> }
        .into_any()
}

/// The page for a read's result: `show` the data, the 404 page when there is none (or the reader
/// may not know of it), or the error.
pub fn data_view<T>(result: Result<T, AppError>, show: impl FnOnce(T) -> AnyView) -> AnyView {
    match result {
        Ok(data) => show(data),
        Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
        Err(e) => {
            view! { <section class="narrow"><ErrorSummary error=Some(e)/></section> }.into_any()
        }
    }
}
