//! The add-to-cart form of a product page.

use crate::{api::orders::AddToCart, components::form::ErrorSummary, error::AppError, i18n::t};
use domain::Locale;
use leptos::prelude::*;
use server_fn::ServerFn;

/// The add-to-cart form of a product page (the page is cached for visitors: the form holds
/// nothing personal), with the refusal of a previous try when the page shows one.
#[component]
pub fn AddToCartForm(
    product_id: String,
    max: i32,
    error: Option<AppError>,
    locale: Locale,
) -> impl IntoView {
    let fields = error.as_ref().and_then(AppError::field_errors);
    let issue = fields.and_then(|f| f.issue("quantity"));
    let value = fields
        .and_then(|f| f.value("quantity"))
        .map_or_else(|| "1".to_owned(), str::to_owned);
    view! {
        {error.clone().filter(|e| e.field_errors().is_none()).map(|e| view! { <ErrorSummary error=Some(e)/> })}
        <form method="post" action=AddToCart::url() class="add-to-cart">
            <input type="hidden" name="product_id" value=product_id/>
            <label for="add-quantity">{t(locale, "cart-quantity")}</label>
            <input
                id="add-quantity"
                type="number"
                name="quantity"
                inputmode="numeric"
                min="1"
                max=max
                value=value
                aria-invalid=issue.map(|_| "true")
                aria-describedby=issue.map(|_| "add-quantity-error")
            />
            <button type="submit" class="button">{t(locale, "product-add-to-cart")}</button>
            {issue.map(|i| view! { <p class="field-error" id="add-quantity-error">{t(locale, &i.message_key())}</p> })}
        </form>
    }
}
