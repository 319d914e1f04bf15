//! The add-to-cart form of a product page.

use crate::{
    api::orders::AddToCart,
    components::{form::ErrorSummary, product_grid::price},
    dto::ProductOptionDto,
    error::AppError,
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use server_fn::ServerFn;

/// The add-to-cart form of a product page (the page is cached for visitors: the form holds
/// nothing personal), with the refusal of a previous try when the page shows one. A product
/// with several options offers them as radio buttons (no JavaScript needed); sold-out ones are
/// shown but cannot be chosen.
#[component]
pub fn AddToCartForm(
    product_id: String,
    options: Vec<ProductOptionDto>,
    error: Option<AppError>,
    locale: Locale,
) -> impl IntoView {
    let fields = error.as_ref().and_then(AppError::field_errors);
    let issue = fields.and_then(|f| f.issue("quantity"));
    let option_error = fields
        .and_then(|f| f.issue("option"))
        .map(|i| t(locale, &i.message_key()));
    let value = fields
        .and_then(|f| f.value("quantity"))
        .map_or_else(|| "1".to_owned(), str::to_owned);
    let kept_option = fields
        .and_then(|f| f.value("option"))
        .filter(|v| !v.is_empty())
        .map(str::to_owned);
    let max = options
        .iter()
        .map(|o| o.stock)
        .max()
        .unwrap_or(0)
        .clamp(1, domain::order::MAX_LINE_QUANTITY);
    let several = options.len() > 1;
    let chosen = kept_option.or_else(|| options.iter().find(|o| o.stock > 0).map(|o| o.id.clone()));
    view! {
        {error.clone().filter(|e| e.field_errors().is_none()).map(|e| view! { <ErrorSummary error=Some(e)/> })}
        <form method="post" action=AddToCart::url() class="add-to-cart">
            <input type="hidden" name="product_id" value=product_id/>
            {several.then(|| view! {
                <fieldset class="product-options" aria-describedby=option_error.as_ref().map(|_| "add-option-error")>
                    <legend>{t(locale, "product-option-choose")}</legend>
                    {options.into_iter().enumerate().map(|(i, o)| {
                        let id = format!("option-{i}");
                        let sold_out = o.stock <= 0;
                        let checked = chosen.as_deref() == Some(o.id.as_str());
                        view! {
                            <div class="product-option" class:product-option-out=sold_out>
                                <input type="radio" name="option" id=id.clone() value=o.id.clone() checked=checked disabled=sold_out required=true/>
                                <label for=id>
                                    {o.photo.clone().map(|img| view! {
                                        <img src=img.src srcset=img.srcset sizes="3rem" width=img.width height=img.height alt="" loading="lazy"/>
                                    })}
                                    <bdi class="product-option-label">{o.label.clone()}</bdi>
                                    <span class="product-option-price">
                                        <strong>{price(o.price_centimes, locale)}</strong>
                                        {(!o.quantity.is_empty()).then(|| view! { " · " {o.quantity.clone()} })}
                                    </span>
                                    <span class="product-option-stock">
                                        {if sold_out {
                                            t(locale, "product-out-of-stock")
                                        } else {
                                            t_args(locale, "product-in-stock", &[("count", o.stock.into())])
                                        }}
                                    </span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                    {option_error.clone().map(|e| view! { <p class="field-error" id="add-option-error">{e}</p> })}
                </fieldset>
            })}
            {option_error.filter(|_| !several).map(|e| view! { <p class="field-error" id="add-option-error">{e}</p> })}
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
