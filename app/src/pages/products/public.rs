//! The public product page `/p/{slug}`, with an admin's moderation form.

use crate::components::{
    cart_form::AddToCartForm,
    product_grid::{price, unit_price},
};
use crate::{
    api::{
        orders::AddToCart,
        products::{ModerateProduct, product},
        url_error,
    },
    components::page_state::data_view,
    components::seo::{BreadcrumbData, LanguageLinks},
    components::{brand::brand_css, copy_link::CopyLink, form::ErrorSummary},
    context::{use_locale, use_request_ctx},
    dto::ProductDto,
    error::AppError,
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use server_fn::ServerFn;

/// `/p/{slug}`
#[component]
pub fn ProductPage() -> impl IntoView {
    let locale = use_locale();
    let slug = use_params_map()
        .with_untracked(|p| p.get("slug"))
        .unwrap_or_default();
    let moderation_error = url_error(ModerateProduct::PATH);
    let data = Resource::new_blocking(move || slug.clone(), product);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let moderation_error = moderation_error.clone();
                Suspend::new(async move {
                    data_view(data.await, |p| view! { <ProductView p locale moderation_error/> }.into_any())
                })
            }}
        </Suspense>
    }
}

#[component]
fn ProductView(p: ProductDto, locale: Locale, moderation_error: Option<AppError>) -> impl IntoView {
    let nonce = use_request_ctx().nonce;
    let meta_description = if p.summary.is_empty() {
        p.title.clone()
    } else {
        p.summary.clone()
    };
    let category_name = p.category.name(locale).to_owned();
    let coop = p.cooperative.clone();
    let coop_name = coop.name(locale).to_owned();
    let region = domain::geo::Region::from_code(&coop.region)
        .map(|r| r.name(locale).to_owned())
        .unwrap_or_default();
    let share_text = format!("{} — {}", p.title, p.canonical_url);
    let whatsapp = domain::conversation::whatsapp_share(&share_text);
    let in_stock = p.stock > 0;
    let mut trail = vec![(t(locale, "categories-title"), "/categories".to_owned())];
    if let Some(parent) = &p.parent_category {
        trail.push((
            parent.name(locale).to_owned(),
            format!("/categories/{}", parent.code),
        ));
    }
    trail.push((
        category_name.clone(),
        format!("/categories/{}", p.category.code),
    ));
    trail.push((p.title.clone(), format!("/p/{}", p.slug)));
    let title = p.title.clone();
    let hidden = p.can_moderate || p.can_edit;
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=meta_description.clone()/>
        <LanguageLinks path=format!("/p/{}", p.slug)/>
        <Meta property="og:type" content="product"/>
        <Meta property="og:title" content=title.clone()/>
        <Meta property="og:description" content=meta_description.clone()/>
        <Meta property="og:url" content=p.canonical_url.clone()/>
        <Meta property="og:locale" content=og_locale(locale)/>
        {p.og_image.clone().map(|url| view! { <Meta property="og:image" content=url/> })}
        <Meta property="product:price:amount" content=format!("{}.{:02}", p.price.price / 100, p.price.price % 100)/>
        <Meta property="product:price:currency" content="MAD"/>
        <Meta name="twitter:card" content=if p.og_image.is_some() { "summary_large_image" } else { "summary" }/>
        <Meta name="twitter:title" content=title.clone()/>
        <Meta name="twitter:description" content=meta_description/>
        {p.og_image.clone().map(|url| view! { <Meta name="twitter:image" content=url/> })}
        {hidden.then(|| view! { <Meta name="robots" content="noindex"/> })}
        <script type="application/ld+json" nonce=nonce.clone() inner_html=p.json_ld.clone()></script>
        <BreadcrumbData steps=trail/>
        <style nonce=nonce>{brand_css(".product-coop", &coop.primary_colour, &coop.secondary_colour)}</style>
        <article class="product">
            <nav class="breadcrumbs" aria-label=t(locale, "breadcrumbs")>
                <a href="/categories">{t(locale, "categories-title")}</a>
                {p.parent_category.clone().map(|c| view! { " › " <a href=format!("/categories/{}", c.code)>{c.name(locale).to_owned()}</a> })}
                " › " <a href=format!("/categories/{}", p.category.code)>{category_name}</a>
            </nav>
            <div class="product-layout">
                <div class="gallery">
                    {p.photos.iter().enumerate().map(|(i, img)| view! {
                        <img class=if i == 0 { "gallery-main" } else { "gallery-thumb" } src=img.src.clone() srcset=img.srcset.clone()
                            sizes=if i == 0 { "(max-width: 48rem) 100vw, 32rem" } else { "8rem" }
                            width=img.width height=img.height alt=img.alt.clone()
                            loading=if i == 0 { "eager" } else { "lazy" } decoding="async"
                            fetchpriority=if i == 0 { "high" } else { "auto" }/>
                    }).collect_view()}
                </div>
                <div class="product-info">
                    <h1 lang=p.title_lang.clone()>{p.title.clone()}</h1>
                    <p class="product-price">
                        <strong>{if p.several_prices {
                            t_args(locale, "price-from", &[("price", price(p.price.price, locale).into())])
                        } else {
                            price(p.price.price, locale)
                        }}</strong>
                        " · " {p.quantity.clone()}
                    </p>
                    <p class="product-unit-price">{unit_price(p.unit_price_centimes, &p.per, locale)}</p>
                    <p class=if in_stock { "stock stock-in" } else { "stock stock-out" }>
                        {if in_stock {
                            t_args(locale, "product-in-stock", &[("count", p.stock.into())])
                        } else {
                            t(locale, "product-out-of-stock")
                        }}
                    </p>
                    {(p.on_sale && in_stock).then(|| view! {
                        <AddToCartForm product_id=p.id.clone() options=p.options.clone() error=url_error(AddToCart::PATH) locale/>
                    })}
                    {(!p.labels.is_empty()).then(|| view! {
                        <ul class="badges" aria-label=t(locale, "product-labels")>
                            {p.labels.iter().map(|l| view! {
                                <li class="badge badge-label" title=l.reference.clone()>
                                    {crate::i18n::label_name(locale, l.kind)}
                                    {(l.kind == domain::label::LabelKind::Onssa).then(|| view! { " " <span class="label-ref">{l.reference.clone()}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    <details class="price-breakdown">
                        <summary>{t(locale, "price-breakdown")}</summary>
                        <dl>
                            <dt>{t(locale, "price-breakdown-price")}</dt><dd>{price(p.price.price, locale)}</dd>
                            <dt>{t_args(locale, "price-breakdown-fee", &[("percent", p.fee_percent.clone().into())])}</dt><dd>{price(p.price.fee, locale)}</dd>
                            <dt>{t(locale, "price-breakdown-cooperative")}</dt><dd><strong>{price(p.price.cooperative, locale)}</strong></dd>
                        </dl>
                    </details>
                    <div class="share">
                        <a class="button button-secondary" href=whatsapp rel="noopener" target="_blank">{t(locale, "product-share-whatsapp")}</a>
                        <CopyLink
                            url=p.canonical_url.clone()
                            label=t(locale, "product-share-link")
                            copy_label=t(locale, "product-share-copy")
                            copied_label=t(locale, "product-share-copied")
                        />
                    </div>
                    {p.can_edit.then(|| view! { <p><a class="button" href=format!("/products/{}/edit", p.id)>{t(locale, "product-edit")}</a></p> })}
                </div>
            </div>
            {(!p.description_html.is_empty()).then(|| view! {
                <section class="product-description" aria-labelledby="description-heading">
                    <h2 id="description-heading">{t(locale, "product-description")}</h2>
                    <div lang=p.description_lang.clone() inner_html=p.description_html.clone()></div>
                </section>
            })}
            <aside class="product-coop" aria-labelledby="coop-heading">
                {coop.logo.clone().map(|img| view! {
                    <img class="coop-card-logo" src=img.src srcset=img.srcset sizes="4rem" width=img.width height=img.height alt="" loading="lazy" decoding="async"/>
                })}
                <div>
                    <h2 id="coop-heading"><a href=format!("/c/{}", coop.slug)><bdi>{coop_name}</bdi></a></h2>
                    <p class="badges">
                        <span class="badge badge-verified">{t(locale, "product-coop-verified")}</span>
                        {coop.women_led.then(|| view! { <span class="badge badge-women">{t(locale, "storefront-women-led")}</span> })}
                    </p>
                    <p>{region}</p>
                    <p><a href=format!("/c/{}", coop.slug)>{t_args(locale, "product-coop-more", &[("count", coop.products.into())])}</a></p>
                </div>
            </aside>
            {p.on_sale.then(|| view! {
                <crate::pages::conversations::AskAboutProduct
                    product_id=p.id.clone()
                    slug=p.slug.clone()
                    cooperative_name=coop.name(locale).to_owned()
                    whatsapp=p.whatsapp.clone()
                    signed_in=crate::context::use_request_ctx().user.is_some()
                    locale
                />
            })}
            <crate::components::reviews::Reviews reviews=p.reviews.clone() locale/>
            {p.can_moderate.then(|| view! { <ModerationForm p=p.clone() error=moderation_error locale/> })}
        </article>
    }
}

/// An admin's hide / show form on the product page.
#[component]
fn ModerationForm(p: ProductDto, error: Option<AppError>, locale: Locale) -> impl IntoView {
    view! {
        <section class="moderation" aria-labelledby="moderation-heading">
            <h2 id="moderation-heading">{t(locale, "moderation-title")}</h2>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=ModerateProduct::url() class="stack">
                <input type="hidden" name="product_id" value=p.id.clone()/>
                <input type="hidden" name="slug" value=p.slug.clone()/>
                <div class="field">
                    <label for="reason">{t(locale, "moderation-reason")}</label>
                    <textarea id="reason" name="reason" rows="2" required></textarea>
                    {error.as_ref().and_then(AppError::field_errors).and_then(|f| f.issue("reason")).map(|i| view! { <p class="field-error">{t(locale, &i.message_key())}</p> })}
                </div>
                <button type="submit" class="button button-danger">{t(locale, "moderation-hide")}</button>
            </form>
            <form method="post" action=ModerateProduct::url()>
                <input type="hidden" name="product_id" value=p.id/>
                <input type="hidden" name="slug" value=p.slug/>
                <button type="submit" class="button button-secondary">{t(locale, "moderation-show")}</button>
            </form>
        </section>
    }
}

fn og_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::Ar => "ar_MA",
        Locale::Fr => "fr_MA",
        Locale::En => "en_GB",
    }
}
