//! Product pages: the grid shared by home, category and storefront pages (with sort and
//! pagination as plain links and a GET form), the public product page `/p/{slug}`, and the
//! cooperative's product management (`/cooperatives/{id}/products`, `/products/{id}/edit`).

use crate::components::{
    cart_form::AddToCartForm,
    guard::require_sign_in,
    product_grid::{price, unit_price},
};
use crate::{
    api::{
        orders::AddToCart,
        products::{
            ChangePhoto, CreateProduct, ImportProducts, ModerateProduct, TransitionProduct,
            UpdateProduct, UploadProductPhoto, my_products, product, product_editor,
        },
        url_error,
    },
    components::page_state::data_view,
    components::{
        brand::brand_css,
        copy_link::CopyLink,
        form::{Choices, ErrorSummary},
    },
    context::{use_locale, use_request_ctx},
    dto::{ProductDto, ProductEditorDto},
    error::AppError,
    i18n::{t, t_args},
};
use domain::{Locale, product::ProductState};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
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
    let whatsapp = format!("https://wa.me/?text={}", encode_component(&share_text));
    let in_stock = p.stock > 0;
    let alternates: Vec<(&'static str, String)> = Locale::ALL
        .iter()
        .map(|l| (l.tag(), format!("{}?lang={}", p.canonical_url, l.tag())))
        .collect();
    let title = p.title.clone();
    let hidden = p.can_moderate || p.can_edit;
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=meta_description.clone()/>
        <Link rel="canonical" href=p.canonical_url.clone()/>
        {alternates.into_iter().map(|(tag, href)| view! { <Link rel="alternate" hreflang=tag href=href/> }).collect_view()}
        <Link rel="alternate" hreflang="x-default" href=p.canonical_url.clone()/>
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
                    <p class="product-price"><strong>{price(p.price.price, locale)}</strong> " · " {p.quantity.clone()}</p>
                    <p class="product-unit-price">{unit_price(p.unit_price_centimes, &p.per, locale)}</p>
                    <p class=if in_stock { "stock stock-in" } else { "stock stock-out" }>
                        {if in_stock {
                            t_args(locale, "product-in-stock", &[("count", p.stock.into())])
                        } else {
                            t(locale, "product-out-of-stock")
                        }}
                    </p>
                    {(p.on_sale && in_stock).then(|| view! {
                        <AddToCartForm product_id=p.id.clone() max=p.stock.clamp(1, domain::order::MAX_LINE_QUANTITY) error=url_error(AddToCart::PATH) locale/>
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

/// Percent-encodes a query component (RFC 3986 unreserved characters stay).
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `/cooperatives/{id}/products`
#[component]
pub fn MyProductsPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/products")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let import_error = url_error(ImportProducts::PATH);
    let imported = use_query_map().with_untracked(|q| {
        Some((
            q.get("created")?.parse::<u64>().ok()?,
            q.get("updated")?.parse::<u64>().ok()?,
        ))
    });
    let data = Resource::new_blocking(move || id.clone(), my_products);
    view! {
        <Title text=t(locale, "my-products-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let import_error = import_error.clone();
                Suspend::new(async move {
                data_view(data.await, |mine| {
                        let name = if locale == Locale::Ar { mine.name_ar.clone() } else { mine.name_fr.clone() };
                        view! {
                            <section>
                                <h1>{t(locale, "my-products-title")}</h1>
                                <p class="lead"><bdi>{name}</bdi></p>
                                {if mine.verified {
                                    view! {
                                        <p class="actions">
                                            <a class="button" href=format!("/cooperatives/{}/products/new", mine.cooperative_id)>{t(locale, "product-new")}</a>
                                            <a class="button button-secondary" href=format!("/cooperatives/{}/labels", mine.cooperative_id)>{t(locale, "labels-title")}</a>
                                        </p>
                                    }.into_any()
                                } else {
                                    view! { <div class="alert alert-error" role="alert">{t(locale, "products-not-verified")}</div> }.into_any()
                                }}
                                {if mine.products.is_empty() {
                                    view! { <p class="empty">{t(locale, "my-products-empty")}</p> }.into_any()
                                } else {
                                    view! {
                                        <table class="table">
                                            <thead><tr>
                                                <th scope="col">{t(locale, "product-field-title")}</th>
                                                <th scope="col">{t(locale, "product-field-sku")}</th>
                                                <th scope="col">{t(locale, "product-field-price")}</th>
                                                <th scope="col">{t(locale, "product-field-stock")}</th>
                                                <th scope="col">{t(locale, "product-state")}</th>
                                            </tr></thead>
                                            <tbody>
                                                {mine.products.into_iter().map(|p| view! {
                                                    <tr data-sku=p.sku.clone()>
                                                        <td><a href=format!("/products/{}/edit", p.id)>{if p.title.is_empty() { p.sku.clone() } else { p.title.clone() }}</a></td>
                                                        <td><code>{p.sku.clone()}</code></td>
                                                        <td>{price(p.price_centimes, locale)}</td>
                                                        <td>{p.stock}</td>
                                                        <td>
                                                            <span class=format!("badge state-{}", p.state.code())>{crate::i18n::state_name(locale, p.state)}</span>
                                                            {p.hidden_reason.clone().map(|r| view! { <p class="hidden-reason">{t(locale, "product-hidden")} " " <q>{r}</q></p> })}
                                                        </td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    }.into_any()
                                }}
                                {mine.verified.then(|| view! {
                                    <CsvPanel cooperative_id=mine.cooperative_id.clone() error=import_error imported locale/>
                                })}
                            </section>
                        }.into_any()
                    })
            })}}
        </Suspense>
    }
    .into_any()
}

/// Bulk import and export: the template, the export, and the upload form with its report.
#[component]
fn CsvPanel(
    cooperative_id: String,
    error: Option<AppError>,
    imported: Option<(u64, u64)>,
    locale: Locale,
) -> impl IntoView {
    let problems = match &error {
        Some(AppError::ProductsImportRefused { problems, total }) => {
            Some((problems.clone(), *total))
        }
        _ => None,
    };
    view! {
        <section class="csv-panel" aria-labelledby="csv-heading">
            <h2 id="csv-heading">{t(locale, "csv-title")}</h2>
            <p>{t(locale, "csv-lead")}</p>
            <p class="actions">
                <a href="/products/template.csv" download>{t(locale, "csv-template")}</a>
                <a href=format!("/cooperatives/{cooperative_id}/products.csv") download>{t(locale, "csv-export")}</a>
            </p>
            {imported.filter(|_| error.is_none()).map(|(created, updated)| view! {
                <div class="alert alert-success" role="status" data-import-report=format!("{created}/{updated}")>
                    {t_args(locale, "csv-imported", &[("created", created.into()), ("updated", updated.into())])}
                </div>
            })}
            <ErrorSummary error=error.clone()/>
            {problems.map(|(problems, total)| view! {
                <ul class="problems">
                    {problems.iter().map(|p| view! { <li>{csv_problem_text(locale, p)}</li> }).collect_view()}
                </ul>
                {(total > problems.len()).then(|| view! { <p>{t_args(locale, "registry-more-problems", &[("count", (total - problems.len()).into())])}</p> })}
            })}
            <form method="post" action=ImportProducts::url() enctype="multipart/form-data" class="stack">
                <input type="hidden" name="cooperative_id" value=cooperative_id/>
                <div class="field">
                    <label for="file">{t(locale, "csv-file")}</label>
                    <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint"/>
                    <p class="hint" id="file-hint">{t(locale, "csv-file-hint")}</p>
                </div>
                <button type="submit" class="button">{t(locale, "csv-import")}</button>
            </form>
        </section>
    }
}

/// One problem of a refused CSV, in the reader's language.
fn csv_problem_text(locale: Locale, problem: &crate::error::CsvProblem) -> String {
    use crate::error::CsvProblem;
    match problem {
        CsvProblem::NotUtf8 => t(locale, "registry-problem-not-utf8"),
        CsvProblem::Empty => t(locale, "registry-problem-empty"),
        CsvProblem::MissingColumn { column } => t_args(
            locale,
            "registry-problem-missing-column",
            &[("column", column.clone().into())],
        ),
        CsvProblem::TooManyLines { max } => {
            t_args(locale, "csv-too-many-lines", &[("max", (*max).into())])
        }
        CsvProblem::Field {
            line,
            column,
            issue,
        } => t_args(
            locale,
            "csv-problem-field",
            &[
                ("line", (*line).into()),
                ("column", column.clone().into()),
                ("reason", t(locale, &issue.message_key()).into()),
            ],
        ),
    }
}

/// `/cooperatives/{id}/products/new`
#[component]
pub fn ProductNewPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/products/new")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(CreateProduct::PATH);
    let data = Resource::new_blocking(move || id.clone(), |id| product_editor(id, String::new()));
    view! {
        <Title text=t(locale, "product-new")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |editor| view! { <EditorView editor error saved=false locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// `/products/{id}/edit`
#[component]
pub fn ProductEditPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/products/{id}/edit")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(UpdateProduct::PATH)
        .or_else(|| url_error(TransitionProduct::PATH))
        .or_else(|| url_error(UploadProductPhoto::PATH))
        .or_else(|| url_error(ChangePhoto::PATH));
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some()) && error.is_none();
    let data = Resource::new_blocking(move || id.clone(), |id| product_editor(String::new(), id));
    view! {
        <Title text=t(locale, "product-edit")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |editor| view! { <EditorView editor error saved locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn EditorView(
    editor: ProductEditorDto,
    error: Option<AppError>,
    saved: bool,
    locale: Locale,
) -> impl IntoView {
    use crate::components::form::{SelectField, TextField};
    if !editor.cooperative_verified {
        return view! {
            <section class="narrow">
                <h1>{t(locale, "product-edit")}</h1>
                <div class="alert alert-error" role="alert">{t(locale, "products-not-verified")}</div>
            </section>
        }
        .into_any();
    }
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    let value = |name: &str, stored: &str| -> String {
        match &fields {
            Some(f) => f.value(name).unwrap_or_default().to_owned(),
            None => stored.to_owned(),
        }
    };
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let categories = category_choices(locale);
    let units = Choices::Flat(
        domain::product::Unit::ALL
            .iter()
            .map(|u| {
                (
                    u.code().to_owned(),
                    t(locale, &format!("unit-{}", u.code())),
                )
            })
            .collect(),
    );
    let is_new = editor.product_id.is_none();
    let action = if is_new {
        CreateProduct::url()
    } else {
        UpdateProduct::url()
    };
    let heading = if is_new {
        t(locale, "product-new")
    } else {
        t(locale, "product-edit")
    };
    let kept_labels: Option<Vec<String>> = fields.as_ref().map(|f| {
        f.values
            .iter()
            .filter(|(k, _)| k == "labels")
            .map(|(_, v)| v.clone())
            .collect()
    });
    let texts: Vec<(&'static str, &'static str, String, bool)> = vec![
        (
            "title_ar",
            "product-field-title-ar",
            value("title_ar", &editor.titles[0]),
            false,
        ),
        (
            "title_fr",
            "product-field-title-fr",
            value("title_fr", &editor.titles[1]),
            false,
        ),
        (
            "title_en",
            "product-field-title-en",
            value("title_en", &editor.titles[2]),
            false,
        ),
        (
            "description_ar",
            "product-field-description-ar",
            value("description_ar", &editor.descriptions[0]),
            true,
        ),
        (
            "description_fr",
            "product-field-description-fr",
            value("description_fr", &editor.descriptions[1]),
            true,
        ),
        (
            "description_en",
            "product-field-description-en",
            value("description_en", &editor.descriptions[2]),
            true,
        ),
    ];
    let state = editor.state;
    let product_id = editor.product_id.clone().unwrap_or_default();
    view! {
        <section class="narrow">
            <p><a href=format!("/cooperatives/{}/products", editor.cooperative_id)>{t(locale, "my-products-title")}</a></p>
            <h1>{heading}</h1>
            {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "product-saved")}</div> })}
            <ErrorSummary error=error.clone()/>
            {editor.hidden_reason.clone().map(|r| view! {
                <div class="alert alert-error" role="alert">{t(locale, "product-hidden")} " " <q>{r}</q></div>
            })}
            {(!is_new).then(|| view! {
                <StatePanel state product_id=product_id.clone() slug=editor.slug.clone().unwrap_or_default() blockers=editor.blockers.clone() locale/>
            })}
            <form method="post" action=action class="stack" novalidate>
                {if is_new {
                    view! { <input type="hidden" name="cooperative_id" value=editor.cooperative_id.clone()/> }.into_any()
                } else {
                    view! { <input type="hidden" name="product_id" value=product_id.clone()/> }.into_any()
                }}
                <fieldset>
                    <legend>{t(locale, "product-texts")}</legend>
                    <p class="hint">{t(locale, "product-texts-hint")}</p>
                    {texts.into_iter().map(|(name, key, value, long)| {
                        let lang = &name[name.len() - 2..];
                        let dir = if lang == "ar" { "rtl" } else { "ltr" };
                        let problem = issue(name);
                        let invalid = problem.is_some();
                        view! {
                            <div class="field" class:field-invalid=invalid>
                                <label for=name>{t(locale, key)}</label>
                                {if long {
                                    view! { <textarea id=name name=name rows="5" lang=lang.to_owned() dir=dir aria-describedby="format-hint">{value}</textarea> }.into_any()
                                } else {
                                    view! { <input id=name name=name type="text" value=value lang=lang.to_owned() dir=dir maxlength="160"/> }.into_any()
                                }}
                                {problem.map(|m| view! { <p class="field-error">{m}</p> })}
                            </div>
                        }
                    }).collect_view()}
                    <p class="hint" id="format-hint">{t(locale, "product-format-hint")}</p>
                </fieldset>
                <fieldset>
                    <legend>{t(locale, "product-offer")}</legend>
                    <TextField name="sku" label_key="product-field-sku" autocomplete="off" error=error.clone() initial=Some(editor.sku.clone())/>
                    <SelectField name="category" label_key="product-field-category" choices=categories error=error.clone() initial=Some(editor.category.clone())/>
                    <TextField name="price" label_key="product-field-price" kind="text" autocomplete="off" error=error.clone() initial=Some(editor.price.clone())/>
                    <TextField name="stock" label_key="product-field-stock" kind="number" autocomplete="off" error=error.clone() initial=Some(editor.stock.clone())/>
                    <div class="colour-row">
                        <TextField name="quantity" label_key="product-field-quantity" kind="text" autocomplete="off" error=error.clone() initial=Some(editor.quantity.clone())/>
                        <SelectField name="unit" label_key="product-field-unit" choices=units error=error.clone() initial=Some(editor.unit.clone())/>
                    </div>
                    <TextField name="weight" label_key="product-field-weight" kind="number" autocomplete="off" error=error.clone() initial=Some(editor.weight.clone())/>
                </fieldset>
                <fieldset>
                    <legend>{t(locale, "product-labels")}</legend>
                    {if editor.labels.is_empty() {
                        view! { <p class="hint">{t(locale, "product-labels-none")} " " <a href=format!("/cooperatives/{}/labels", editor.cooperative_id)>{t(locale, "labels-title")}</a></p> }.into_any()
                    } else {
                        editor.labels.iter().enumerate().map(|(i, l)| {
                            let checked = match &kept_labels {
                                Some(kept) => kept.contains(&l.id),
                                None => l.selected,
                            };
                            let id = format!("label-{i}");
                            view! {
                                <div class="check">
                                    <input type="checkbox" id=id.clone() name=format!("labels[{i}]") value=l.id.clone() checked=checked/>
                                    <label for=id>
                                        {crate::i18n::label_name(locale, l.kind)} " (" {l.reference.clone()} ") · "
                                        {t(locale, &crate::i18n::state_key("label", &l.state))}
                                    </label>
                                </div>
                            }
                        }).collect_view().into_any()
                    }}
                    {issue("labels").map(|m| view! { <p class="field-error">{m}</p> })}
                </fieldset>
                <button type="submit" class="button">{if is_new { t(locale, "product-create") } else { t(locale, "product-save") }}</button>
            </form>
        </section>
        {(!is_new).then(|| view! { <PhotosPanel product_id=product_id.clone() photos=editor.photos.clone() issue=issue("photo") locale/> })}
    }
    .into_any()
}

/// The category choices, grouped under their top-level category.
fn category_choices(locale: Locale) -> Choices {
    Choices::Grouped(
        domain::category::TREE
            .iter()
            .map(|top| {
                let mut items = vec![(top.code.to_owned(), top.name(locale).to_owned())];
                items.extend(
                    top.children
                        .iter()
                        .map(|c| (c.code.to_owned(), format!("— {}", c.name(locale)))),
                );
                (top.name(locale).to_owned(), items)
            })
            .collect(),
    )
}

/// The state, what stands in the way of publishing, and the transition buttons.
#[component]
fn StatePanel(
    state: ProductState,
    product_id: String,
    slug: String,
    blockers: Vec<String>,
    locale: Locale,
) -> impl IntoView {
    let events: &[&str] = match state {
        ProductState::Draft => &["publish", "archive"],
        ProductState::Published => &["unpublish", "archive"],
        ProductState::Archived => &["restore"],
    };
    view! {
        <div class="state-panel">
            <p>
                {t(locale, "product-state")} ": "
                <span class=format!("badge state-{}", state.code())>{crate::i18n::state_name(locale, state)}</span>
                " · " <a href=format!("/p/{slug}")>{t(locale, "product-preview")}</a>
            </p>
            {(state == ProductState::Draft && !blockers.is_empty()).then(|| view! {
                <div class="blockers">
                    <p>{t(locale, "publish-blocked-lead")}</p>
                    <ul>{blockers.iter().map(|b| view! { <li>{t(locale, &format!("publish-blocker-{b}"))}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="actions">
                {events.iter().map(|event| view! {
                    <form method="post" action=TransitionProduct::url() class="inline-form">
                        <input type="hidden" name="product_id" value=product_id.clone()/>
                        <input type="hidden" name="event" value=*event/>
                        <button type="submit" class=if *event == "publish" { "button" } else { "button button-secondary" }>
                            {t(locale, &format!("product-event-{event}"))}
                        </button>
                    </form>
                }).collect_view()}
            </div>
        </div>
    }
}

/// The photos: upload with alternative texts, reorder, remove, describe.
#[component]
fn PhotosPanel(
    product_id: String,
    photos: Vec<crate::dto::PhotoDto>,
    issue: Option<String>,
    locale: Locale,
) -> impl IntoView {
    let count = photos.len();
    let invalid = issue.is_some();
    view! {
        <section class="narrow" id="photos" aria-labelledby="photos-heading">
            <h2 id="photos-heading">{t(locale, "product-photos")}</h2>
            <ol class="photo-list">
                {photos.into_iter().enumerate().map(|(i, photo)| {
                    let op_form = |op: &'static str, label: String, disabled: bool| view! {
                        <form method="post" action=ChangePhoto::url() class="inline-form">
                            <input type="hidden" name="product_id" value=product_id.clone()/>
                            <input type="hidden" name="photo_id" value=photo.id.clone()/>
                            <input type="hidden" name="op" value=op/>
                            <button type="submit" class="button button-secondary" disabled=disabled>{label}</button>
                        </form>
                    };
                    view! {
                        <li class="photo-item">
                            <img src=photo.image.src.clone() srcset=photo.image.srcset.clone() sizes="10rem"
                                width=photo.image.width height=photo.image.height alt=photo.image.alt.clone() loading="lazy"/>
                            <div class="actions">
                                {op_form("earlier", t(locale, "photo-earlier"), i == 0)}
                                {op_form("later", t(locale, "photo-later"), i + 1 == count)}
                                {op_form("remove", t(locale, "photo-remove"), false)}
                            </div>
                            <form method="post" action=ChangePhoto::url() class="stack">
                                <input type="hidden" name="product_id" value=product_id.clone()/>
                                <input type="hidden" name="photo_id" value=photo.id.clone()/>
                                <input type="hidden" name="op" value="describe"/>
                                {[("alt_ar", "photo-alt-ar", photo.alt_ar.clone()), ("alt_fr", "photo-alt-fr", photo.alt_fr.clone()), ("alt_en", "photo-alt-en", photo.alt_en.clone())]
                                    .into_iter().map(|(name, key, value)| {
                                        let id = format!("{name}-{i}");
                                        view! {
                                            <div class="field">
                                                <label for=id.clone()>{t(locale, key)}</label>
                                                <input id=id name=name type="text" value=value maxlength="200"/>
                                            </div>
                                        }
                                    }).collect_view()}
                                <button type="submit" class="button button-secondary">{t(locale, "photo-describe")}</button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <form method="post" action=UploadProductPhoto::url() enctype="multipart/form-data" class="stack">
                <input type="hidden" name="product_id" value=product_id.clone()/>
                <div class="field" class:field-invalid=invalid>
                    <label for="photo">{t(locale, "photo-add")}</label>
                    <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="photo-hint"/>
                    <p class="hint" id="photo-hint">{t(locale, "identity-image-hint")}</p>
                    {issue.map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
                {[("alt_ar", "photo-alt-ar"), ("alt_fr", "photo-alt-fr"), ("alt_en", "photo-alt-en")].into_iter().map(|(name, key)| {
                    let id = format!("new-{name}");
                    view! {
                        <div class="field">
                            <label for=id.clone()>{t(locale, key)}</label>
                            <input id=id name=name type="text" maxlength="200"/>
                        </div>
                    }
                }).collect_view()}
                <button type="submit" class="button">{t(locale, "photo-upload")}</button>
            </form>
        </section>
    }
}
