//! Online fairs and collections: `/collections/{slug}` (its page, anyone once it has started),
//! `/admin/collections` (create one; accept or decline the products cooperatives propose) and
//! `/cooperatives/{id}/fairs` (a cooperative's products in the running fairs, and proposals).
//! Plain forms and links; nothing needs JavaScript.

use crate::{
    api::{
        collections::{
            CreateCollection, DecideCollectionProduct, ProposeForFair, admin_collections,
            collection_page, cooperative_fairs,
        },
        url_error,
    },
    components::{
        form::{Choices, ErrorSummary, FileField, SelectField, TextField},
        guard::require_sign_in,
        page_state::data_view,
        product_grid::ProductGrid,
        seo::LanguageLinks,
    },
    context::use_locale,
    dto::{CollectionAdminDto, CollectionCardDto, CollectionPageDto, CooperativeFairsDto},
    error::AppError,
    i18n::{label_name, t, t_args},
    pages::dashboards::{AdminNav, admin_gate},
};
use domain::{
    Locale,
    geo::{Region, Sector},
    label::LabelKind,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// A collection's banner, title, days and text.
#[component]
pub fn CollectionHeader(
    card: CollectionCardDto,
    locale: Locale,
    #[prop(optional)] link: bool,
) -> impl IntoView {
    let days = t_args(
        locale,
        "collection-days",
        &[
            ("from", card.starts_on.clone().into()),
            ("to", card.ends_on.clone().into()),
        ],
    );
    let href = format!("/collections/{}", card.slug);
    view! {
        {card.banner.map(|b| view! {
            <img class="collection-banner" src=b.src srcset=b.srcset sizes="(min-width: 60rem) 60rem, 100vw" width=b.width height=b.height alt=""/>
        })}
        {if link {
            view! { <h2><a href=href>{card.title.clone()}</a></h2> }.into_any()
        } else {
            view! { <h1>{card.title.clone()}</h1> }.into_any()
        }}
        <p class="hint" data-phase=card.phase.clone()>{days}</p>
        <p class="collection-text">{card.text}</p>
    }
}

/// `/collections/{slug}`
#[component]
pub fn CollectionPage() -> impl IntoView {
    let locale = use_locale();
    let slug = use_params_map()
        .with_untracked(|p| p.get("slug"))
        .unwrap_or_default();
    let path = format!("/collections/{slug}");
    let data = Resource::new_blocking(move || slug.clone(), collection_page);
    view! {
        <LanguageLinks path/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data_view(data.await, |page| view! { <Collection page locale/> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn Collection(page: CollectionPageDto, locale: Locale) -> impl IntoView {
    let ended = page.card.phase == "ended";
    let upcoming = page.card.phase == "upcoming";
    let description: String = page.card.text.chars().take(160).collect();
    view! {
        <Title text=page.card.title.clone()/>
        <Meta name="description" content=description/>
        <section class="collection">
            <CollectionHeader card=page.card.clone() locale/>
            {ended.then(|| view! { <p class="alert alert-info" role="status">{t(locale, "collection-ended")}</p> })}
            {upcoming.then(|| view! { <p class="alert alert-info" role="status">{t(locale, "collection-upcoming")}</p> })}
            {(!ended).then(|| view! {
                {(!page.items.is_empty() || page.search_href.is_none()).then(|| view! {
                    <ProductGrid items=page.items.clone() locale/>
                })}
                {page.search_href.clone().map(|href| view! {
                    <section aria-labelledby="collection-search">
                        <h2 id="collection-search">{t(locale, "collection-more")}</h2>
                        <ProductGrid items=page.search_items.clone() locale/>
                        <p><a class="button button-secondary" href=href>{t_args(locale, "collection-see-all", &[("count", page.search_total.into())])}</a></p>
                    </section>
                })}
            })}
        </section>
    }
}

/// The running collections, for the home page.
#[component]
pub fn RunningCollections(cards: Vec<CollectionCardDto>, locale: Locale) -> impl IntoView {
    (!cards.is_empty()).then(|| view! {
        <section class="collections-running" aria-labelledby="collections-heading">
            <h2 id="collections-heading" class="visually-hidden">{t(locale, "collections-running")}</h2>
            <ul class="collection-cards">
                {cards.into_iter().map(|card| {
                    let slug = card.slug.clone();
                    view! { <li class="card collection-card" data-collection=slug><CollectionHeader card locale link=true/></li> }
                }).collect_view()}
            </ul>
        </section>
    })
}

/// A text area with its label and its translated error.
#[component]
fn Area(
    name: &'static str,
    label_key: &'static str,
    error: Option<AppError>,
    lang: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let fields = error.as_ref().and_then(AppError::field_errors);
    let issue = fields.and_then(|f| f.issue(name));
    let value = fields
        .and_then(|f| f.value(name))
        .unwrap_or_default()
        .to_owned();
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    view! {
        <div class="field" class:field-invalid=issue.is_some()>
            <label for=name>{t(locale, label_key)}</label>
            <textarea id=name name=name rows="3" lang=lang dir=dir aria-invalid=issue.map(|_| "true")>{value}</textarea>
            {issue.map(|issue| view! { <p class="field-error">{t(locale, &issue.message_key())}</p> })}
        </div>
    }
}

/// `/admin/collections`
#[component]
pub fn AdminCollectionsPage() -> impl IntoView {
    let locale = use_locale();
    if let Some(refused) = admin_gate("/admin/collections") {
        return refused;
    }
    let error = url_error(CreateCollection::PATH);
    let decide_error = url_error(DecideCollectionProduct::PATH);
    let created = use_query_map().with_untracked(|q| q.get("created"));
    let list = Resource::new_blocking(|| (), |()| admin_collections());
    let any = |locale: Locale, items: Vec<(String, String)>| {
        let mut all = vec![(String::new(), t(locale, "directory-any"))];
        all.extend(items);
        Choices::Flat(all)
    };
    let regions = any(
        locale,
        Region::ALL
            .iter()
            .map(|r| (r.code().to_owned(), r.name(locale).to_owned()))
            .collect(),
    );
    let sectors = any(
        locale,
        Sector::ALL
            .iter()
            .map(|s| (s.code().to_owned(), s.name(locale).to_owned()))
            .collect(),
    );
    let labels = any(
        locale,
        LabelKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), label_name(locale, *k)))
            .collect(),
    );
    let categories = any(
        locale,
        domain::category::flattened()
            .into_iter()
            .map(|(parent, _, c)| {
                let name = c.name(locale).to_owned();
                (
                    c.code.to_owned(),
                    if parent.is_some() {
                        format!("— {name}")
                    } else {
                        name
                    },
                )
            })
            .collect(),
    );
    let women_led = error
        .as_ref()
        .and_then(AppError::field_errors)
        .is_some_and(|f| f.value("women_led") == Some("1"));
    view! {
        <Title text=t(locale, "admin-collections-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <AdminNav locale current="/admin/collections"/>
            <h1>{t(locale, "admin-collections-title")}</h1>
            {created.map(|slug| view! {
                <div class="alert alert-success" role="status">
                    {t(locale, "collection-created")} " " <a href=format!("/collections/{slug}")>{format!("/collections/{slug}")}</a>
                </div>
            })}
            <ErrorSummary error=decide_error/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(all) if all.is_empty() => view! { <p>{t(locale, "collections-none")}</p> }.into_any(),
                        Ok(all) => view! {
                            <ul class="queue">{all.into_iter().map(|c| view! { <AdminCollection c locale/> }).collect_view()}</ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
            <h2 id="new-collection">{t(locale, "collection-new")}</h2>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=CreateCollection::url() enctype="multipart/form-data" class="stack" novalidate>
                <fieldset>
                    <legend>{t(locale, "collection-texts")}</legend>
                    <TextField name="title_ar" label_key="collection-title-ar" autocomplete="off" error=error.clone()/>
                    <TextField name="title_fr" label_key="collection-title-fr" autocomplete="off" error=error.clone()/>
                    <TextField name="title_en" label_key="collection-title-en" autocomplete="off" error=error.clone()/>
                    <Area name="text_ar" label_key="collection-text-ar" error=error.clone() lang="ar"/>
                    <Area name="text_fr" label_key="collection-text-fr" error=error.clone() lang="fr"/>
                    <Area name="text_en" label_key="collection-text-en" error=error.clone() lang="en"/>
                </fieldset>
                <fieldset>
                    <legend>{t(locale, "collection-days-legend")}</legend>
                    <TextField name="starts_on" label_key="collection-starts-on" kind="date" autocomplete="off" error=error.clone()/>
                    <TextField name="ends_on" label_key="collection-ends-on" kind="date" autocomplete="off" error=error.clone()/>
                </fieldset>
                <FileField name="banner" label_key="collection-banner" hint_key="collection-banner-hint" accept="image/jpeg,image/png,image/webp" error=error.clone()/>
                <fieldset>
                    <legend>{t(locale, "collection-search-legend")}</legend>
                    <p class="hint">{t(locale, "collection-search-hint")}</p>
                    <SelectField name="region" label_key="search-facet-region" choices=regions error=error.clone()/>
                    <SelectField name="sector" label_key="search-facet-sector" choices=sectors error=error.clone()/>
                    <SelectField name="label" label_key="search-facet-label" choices=labels error=error.clone()/>
                    <SelectField name="category" label_key="search-facet-category" choices=categories error=error.clone()/>
                    <div class="field field-check">
                        <input type="checkbox" id="women_led" name="women_led" value="1" checked=women_led/>
                        <label for="women_led">{t(locale, "search-women-led")}</label>
                    </div>
                </fieldset>
                <Area name="products" label_key="collection-products" error=error.clone() lang="en"/>
                <p class="hint">{t(locale, "collection-products-hint")}</p>
                <button type="submit" class="button">{t(locale, "collection-create")}</button>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn AdminCollection(c: CollectionAdminDto, locale: Locale) -> impl IntoView {
    let days = t_args(
        locale,
        "collection-days",
        &[
            ("from", c.card.starts_on.clone().into()),
            ("to", c.card.ends_on.clone().into()),
        ],
    );
    view! {
        <li class="card queue-item" data-collection=c.card.slug.clone()>
            <h2><a href=format!("/collections/{}", c.card.slug)>{c.card.title.clone()}</a></h2>
            <p>
                <span class="badge" data-phase=c.card.phase.clone()>{t(locale, &format!("collection-phase-{}", c.card.phase))}</span>
                " " {days} " · " {t_args(locale, "collection-product-count", &[("count", c.products.into())])}
            </p>
            {(!c.proposals.is_empty()).then(|| view! {
                <h3>{t(locale, "collection-proposals")}</h3>
                <ul class="proposals">
                    {c.proposals.into_iter().map(|p| view! {
                        <li data-proposal=p.product_id.clone()>
                            <a href=format!("/p/{}", p.product_slug)><bdi>{p.product_title}</bdi></a>
                            " · " <bdi>{p.cooperative}</bdi>
                            <div class="decisions">
                                {["accept", "decline"].into_iter().map(|decision| view! {
                                    <form method="post" action=DecideCollectionProduct::url() class="decision">
                                        <input type="hidden" name="collection_id" value=p.collection_id.clone()/>
                                        <input type="hidden" name="product_id" value=p.product_id.clone()/>
                                        <input type="hidden" name="decision" value=decision/>
                                        <button type="submit" class=if decision == "accept" { "button" } else { "button button-secondary" }>{t(locale, &format!("collection-{decision}"))}</button>
                                    </form>
                                }).collect_view()}
                            </div>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// `/cooperatives/{id}/fairs`
#[component]
pub fn CooperativeFairsPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/fairs")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(ProposeForFair::PATH);
    let proposed =
        use_query_map().with_untracked(|q| q.get("proposed").is_some()) && error.is_none();
    let data = Resource::new_blocking(move || id.clone(), cooperative_fairs);
    view! {
        <Title text=t(locale, "fairs-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |f| view! { <Fairs f error proposed locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Fairs(
    f: CooperativeFairsDto,
    error: Option<AppError>,
    proposed: bool,
    locale: Locale,
) -> impl IntoView {
    let coop = f.cooperative_id.clone();
    view! {
        <section class="narrow">
            <h1>{t(locale, "fairs-title")}</h1>
            <p class="lead"><bdi>{f.name.clone()}</bdi></p>
            {proposed.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "fairs-proposed")}</div> })}
            <ErrorSummary error/>
            {if f.fairs.is_empty() {
                view! { <p>{t(locale, "fairs-none")}</p> }.into_any()
            } else {
                f.fairs.into_iter().map(|fair| {
                    let coop = coop.clone();
                    let fair_id = fair.card.id.clone();
                    let fair_slug = fair.card.slug.clone();
                    view! {
                        <article class="card fair" data-collection=fair_slug>
                            <CollectionHeader card=fair.card locale link=true/>
                            {if fair.products.is_empty() {
                                view! { <p>{t(locale, "fairs-no-products")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="fair-products">
                                        {fair.products.into_iter().map(|p| {
                                            let state = p.state.clone();
                                            view! {
                                                <li data-product=p.product_id.clone()>
                                                    <bdi>{p.title}</bdi> " "
                                                    {match state {
                                                        Some(s) => view! { <span class="badge" data-state=s.clone()>{t(locale, &format!("fairs-state-{s}"))}</span> }.into_any(),
                                                        None => view! {
                                                            <form method="post" action=ProposeForFair::url() class="inline-form">
                                                                <input type="hidden" name="cooperative_id" value=coop.clone()/>
                                                                <input type="hidden" name="collection_id" value=fair_id.clone()/>
                                                                <input type="hidden" name="product_id" value=p.product_id.clone()/>
                                                                <button type="submit" class="button button-secondary">{t(locale, "fairs-propose")}</button>
                                                            </form>
                                                        }.into_any(),
                                                    }}
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </article>
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
}
