//! Creating and editing a product: the form, its state and the photos.

use crate::components::guard::require_sign_in;
use crate::{
    api::{
        products::{
            ChangePhoto, CreateProduct, SaveProductOptions, SetProductFeeds, TransitionProduct,
            UpdateProduct, UploadProductPhoto, product_editor,
        },
        url_error,
    },
    components::form::{Choices, ErrorSummary},
    components::page_state::data_view,
    context::use_locale,
    dto::ProductEditorDto,
    error::AppError,
    i18n::{t, t_args},
};
use domain::{Locale, product::ProductState};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

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
                    data_view(data.await, |editor| view! { <EditorView editor error options_error=None saved=false locale/> }.into_any())
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
        .or_else(|| url_error(ChangePhoto::PATH))
        .or_else(|| url_error(SetProductFeeds::PATH));
    let options_error = url_error(SaveProductOptions::PATH);
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some())
        && error.is_none()
        && options_error.is_none();
    let data = Resource::new_blocking(move || id.clone(), |id| product_editor(String::new(), id));
    view! {
        <Title text=t(locale, "product-edit")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                let options_error = options_error.clone();
                Suspend::new(async move {
                    data_view(data.await, |editor| view! { <EditorView editor error options_error saved locale/> }.into_any())
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
    /// A refused options table (shown in its panel, not over the product form).
    options_error: Option<AppError>,
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
    let several_options = editor.options.len() > 1;
    view! {
        <section class="narrow">
            <p><a href=format!("/cooperatives/{}/products", editor.cooperative_id)>{t(locale, "my-products-title")}</a></p>
            <h1>{heading}</h1>
            {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "product-saved")}</div> })}
            <ErrorSummary error=error.clone().or_else(|| options_error.clone())/>
            {editor.hidden_reason.clone().map(|r| view! {
                <div class="alert alert-error" role="alert">{t(locale, "product-hidden")} " " <q>{r}</q></div>
            })}
            {(!is_new).then(|| view! {
                <StatePanel state product_id=product_id.clone() slug=editor.slug.clone().unwrap_or_default() blockers=editor.blockers.clone() in_feeds=editor.in_feeds locale/>
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
                    {if several_options {
                        // Kept per option below; the form carries today's summary unchanged.
                        view! {
                            <input type="hidden" name="price" value=editor.price.clone()/>
                            <input type="hidden" name="stock" value=editor.stock.clone()/>
                            <input type="hidden" name="quantity" value=editor.quantity.clone()/>
                            <p class="hint"><a href="#options">{t(locale, "product-options-priced-apart")}</a></p>
                            <SelectField name="unit" label_key="product-field-unit" choices=units error=error.clone() initial=Some(editor.unit.clone())/>
                        }.into_any()
                    } else {
                        view! {
                            <TextField name="price" label_key="product-field-price" kind="text" autocomplete="off" error=error.clone() initial=Some(editor.price.clone())/>
                            <TextField name="stock" label_key="product-field-stock" kind="number" autocomplete="off" error=error.clone() initial=Some(editor.stock.clone())/>
                            <div class="colour-row">
                                <TextField name="quantity" label_key="product-field-quantity" kind="text" autocomplete="off" error=error.clone() initial=Some(editor.quantity.clone())/>
                                <SelectField name="unit" label_key="product-field-unit" choices=units error=error.clone() initial=Some(editor.unit.clone())/>
                            </div>
                        }.into_any()
                    }}
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
                                        {crate::i18n::state_name(locale, l.state)}
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
        {(!is_new).then(|| view! { <OptionsPanel product_id=product_id.clone() options=editor.options.clone() photos=editor.photos.clone() error=options_error locale/> })}
    }
    .into_any()
}

/// The options table: a fieldset per option (stacked, so it fits a phone), a blank one to add an
/// option, a checkbox to remove one; one form, so it works without JavaScript.
#[component]
fn OptionsPanel(
    product_id: String,
    options: Vec<crate::dto::OptionRowDto>,
    photos: Vec<crate::dto::PhotoDto>,
    error: Option<AppError>,
    locale: Locale,
) -> impl IntoView {
    use crate::dto::OptionRowDto;
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    // A refused table comes back as it was typed; otherwise the stored options and a blank row.
    let rows: Vec<(OptionRowDto, bool)> = match &fields {
        Some(f) => (0..)
            .take_while(|i| f.value(&format!("options[{i}][id]")).is_some())
            .map(|i| {
                let v = |field: &str| {
                    f.value(&format!("options[{i}][{field}]"))
                        .unwrap_or_default()
                        .to_owned()
                };
                let row = OptionRowDto {
                    id: v("id"),
                    label: v("label"),
                    sku: v("sku"),
                    price: v("price"),
                    quantity: v("quantity"),
                    stock: v("stock"),
                    photo: v("photo"),
                    gtin: v("gtin"),
                };
                (row, v("remove") == "on")
            })
            .collect(),
        None => options
            .into_iter()
            .map(|o| (o, false))
            .chain(std::iter::once((OptionRowDto::default(), false)))
            .collect(),
    };
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let photo_count = photos.len();
    view! {
        <section class="narrow" id="options" aria-labelledby="options-heading">
            <h2 id="options-heading">{t(locale, "product-options")}</h2>
            <p class="hint">{t(locale, "product-options-hint")}</p>
            {error.clone().filter(|e| e.field_errors().is_none()).map(|e| view! { <ErrorSummary error=Some(e)/> })}
            <form method="post" action=SaveProductOptions::url() class="stack" novalidate>
                <input type="hidden" name="product_id" value=product_id/>
                {rows.into_iter().enumerate().map(|(i, (row, removed))| {
                    let name = |field: &str| format!("options[{i}][{field}]");
                    let is_new = row.id.is_empty();
                    let legend = if is_new {
                        t(locale, "product-option-new")
                    } else {
                        t_args(locale, "product-option-n", &[("n", (i + 1).into())])
                    };
                    let text = |field: &'static str, key: &'static str, value: String, mode: &'static str| {
                        let id = format!("option-{i}-{field}");
                        let problem = issue(&name(field));
                        let invalid = problem.is_some();
                        view! {
                            <div class="field" class:field-invalid=invalid>
                                <label for=id.clone()>{t(locale, key)}</label>
                                <input id=id type="text" name=name(field) value=value inputmode=mode autocomplete="off"/>
                                {problem.map(|m| view! { <p class="field-error">{m}</p> })}
                            </div>
                        }
                    };
                    let photo_id = format!("option-{i}-photo");
                    let remove_id = format!("option-{i}-remove");
                    let chosen_photo = row.photo.clone();
                    view! {
                        <fieldset class="option-row" data-testid="option-row">
                            <legend>{legend}</legend>
                            <input type="hidden" name=name("id") value=row.id.clone()/>
                            {text("label", "product-option-label", row.label.clone(), "text")}
                            {text("sku", "product-field-sku", row.sku.clone(), "text")}
                            <div class="colour-row">
                                {text("price", "product-field-price", row.price.clone(), "decimal")}
                                {text("quantity", "product-field-quantity", row.quantity.clone(), "decimal")}
                            </div>
                            <div class="colour-row">
                                {text("stock", "product-field-stock", row.stock.clone(), "numeric")}
                                {text("gtin", "product-option-gtin", row.gtin.clone(), "numeric")}
                            </div>
                            {(photo_count > 0).then(|| {
                                let problem = issue(&name("photo"));
                                let invalid = problem.is_some();
                                view! {
                                    <div class="field" class:field-invalid=invalid>
                                        <label for=photo_id.clone()>{t(locale, "product-option-photo")}</label>
                                        <select id=photo_id name=name("photo")>
                                            <option value="" selected=chosen_photo.is_empty()>{t(locale, "product-option-photo-none")}</option>
                                            {photos.iter().enumerate().map(|(n, p)| view! {
                                                <option value=p.id.clone() selected=chosen_photo == p.id>
                                                    {t_args(locale, "product-option-photo-n", &[("n", (n + 1).into())])}
                                                </option>
                                            }).collect_view()}
                                        </select>
                                        {problem.map(|m| view! { <p class="field-error">{m}</p> })}
                                    </div>
                                }
                            })}
                            {(!is_new).then(|| view! {
                                <div class="check">
                                    <input type="checkbox" id=remove_id.clone() name=name("remove") checked=removed/>
                                    <label for=remove_id>{t(locale, "product-option-remove")}</label>
                                </div>
                            })}
                            {issue(&name("remove")).map(|m| view! { <p class="field-error">{m}</p> })}
                        </fieldset>
                    }
                }).collect_view()}
                <button type="submit" class="button">{t(locale, "product-options-save")}</button>
            </form>
        </section>
    }
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
    in_feeds: bool,
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
            <form method="post" action=SetProductFeeds::url() class="inline-form" id="feeds">
                <input type="hidden" name="product_id" value=product_id.clone()/>
                <div class="check">
                    <input type="checkbox" id="in-feeds" name="in_feeds" checked=in_feeds/>
                    <label for="in-feeds">{t(locale, "product-in-feeds")}</label>
                </div>
                <button type="submit" class="button button-secondary">{t(locale, "product-in-feeds-save")}</button>
            </form>
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
