//! Cooperative pages: sign-up (`/cooperatives/new`), the member's list (`/cooperatives/mine`) and
//! the public storefront (`/c/{slug}`).

use crate::components::guard::require_sign_in;
use crate::i18n::state_name;
use crate::{
    api::{
        cooperatives::{
            RegisterCooperative, ResubmitCooperative, cooperative_for_edit, my_cooperatives,
            storefront,
        },
        url_error,
    },
    components::page_state::NotFoundPage,
    components::product_grid::PagedGrid,
    components::seo::{BreadcrumbData, LanguageLinks},
    components::{
        brand::BrandStyle,
        form::{Choices, ErrorSummary, FileField, SelectField, TextField},
    },
    context::{use_locale, use_request_ctx},
    dto::CooperativeFormDto,
    error::AppError,
    i18n::{t, t_args},
};
use domain::{
    Locale,
    cooperative::CooperativeStatus,
    geo::{Region, Sector},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// `/cooperatives/new`
#[component]
pub fn CooperativeNewPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/cooperatives/new") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(RegisterCooperative::PATH);
    view! {
        <Title text=t(locale, "coop-new-title")/>
        <section class="narrow">
            <h1>{t(locale, "coop-new-title")}</h1>
            <p class="lead">{t(locale, "coop-new-lead")}</p>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=RegisterCooperative::url() enctype="multipart/form-data" class="stack" novalidate>
                <CooperativeFields error=error.clone() initial=None certificate_hint="coop-field-certificate-hint"/>
                <button type="submit" class="button">{t(locale, "coop-new-submit")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// The fields of a cooperative's file (sign-up and correction after a rejection), filled from a
/// refused post, else from `initial`.
#[component]
fn CooperativeFields(
    error: Option<AppError>,
    initial: Option<CooperativeFormDto>,
    certificate_hint: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let regions = Choices::Flat(
        Region::ALL
            .iter()
            .map(|r| (r.code().to_owned(), r.name(locale).to_owned()))
            .collect(),
    );
    let provinces = Choices::Grouped(
        Region::ALL
            .iter()
            .map(|r| {
                let items = r
                    .provinces()
                    .iter()
                    .map(|p| (p.code.to_owned(), p.name(locale).to_owned()))
                    .collect();
                (r.name(locale).to_owned(), items)
            })
            .collect(),
    );
    let sectors = Choices::Flat(
        Sector::ALL
            .iter()
            .map(|s| (s.code().to_owned(), s.name(locale).to_owned()))
            .collect(),
    );
    let v = |f: fn(&CooperativeFormDto) -> &String| initial.as_ref().map(|i| f(i).clone());
    view! {
        <TextField name="register_number" label_key="coop-field-register-number" autocomplete="off" error=error.clone() initial=v(|i| &i.register_number)/>
        <TextField name="ice" label_key="coop-field-ice" autocomplete="off" kind="text" error=error.clone() initial=v(|i| &i.ice)/>
        <TextField name="name_ar" label_key="coop-field-name-ar" autocomplete="organization" error=error.clone() initial=v(|i| &i.name_ar)/>
        <TextField name="name_fr" label_key="coop-field-name-fr" autocomplete="organization" error=error.clone() initial=v(|i| &i.name_fr)/>
        <SelectField name="region" label_key="coop-field-region" choices=regions error=error.clone() initial=v(|i| &i.region)/>
        <SelectField name="province" label_key="coop-field-province" choices=provinces error=error.clone() initial=v(|i| &i.province)/>
        <SelectField name="sector" label_key="coop-field-sector" choices=sectors error=error.clone() initial=v(|i| &i.sector)/>
        <TextField name="founded_on" label_key="coop-field-founded-on" kind="date" autocomplete="off" error=error.clone() initial=v(|i| &i.founded_on)/>
        <TextField name="member_count" label_key="coop-field-member-count" kind="number" autocomplete="off" error=error.clone() initial=v(|i| &i.member_count)/>
        <TextField name="women_count" label_key="coop-field-women-count" kind="number" autocomplete="off" error=error.clone() initial=v(|i| &i.women_count)/>
        <TextField name="phone" label_key="coop-field-phone" kind="tel" autocomplete="tel" error=error.clone() initial=v(|i| &i.phone)/>
        <FileField name="certificate" label_key="coop-field-certificate" hint_key=certificate_hint
            accept="application/pdf,image/jpeg,image/png" error=error/>
    }
}

/// `/cooperatives/{id}/edit`: a rejected cooperative's file, corrected and sent again.
#[component]
pub fn CooperativeEditPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/edit")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(ResubmitCooperative::PATH);
    let data = Resource::new_blocking(move || id.clone(), cooperative_for_edit);
    view! {
        <Title text=t(locale, "coop-edit-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(file) if file.state != CooperativeStatus::Rejected => view! {
                            <section class="narrow">
                                <h1>{t(locale, "coop-edit-title")}</h1>
                                <p>{t(locale, "coop-edit-not-rejected")}</p>
                                <a href="/cooperatives/mine">{t(locale, "coop-mine-title")}</a>
                            </section>
                        }.into_any(),
                        Ok(file) => view! {
                            <section class="narrow">
                                <h1>{t(locale, "coop-edit-title")}</h1>
                                {file.state_reason.clone().map(|r| view! { <div class="alert alert-error" role="note">{t(locale, "coop-reason")} ": " {r}</div> })}
                                <p class="lead">{t(locale, "coop-edit-lead")}</p>
                                <ErrorSummary error=error.clone()/>
                                <form method="post" action=ResubmitCooperative::url() enctype="multipart/form-data" class="stack" novalidate>
                                    <input type="hidden" name="cooperative_id" value=file.id.clone()/>
                                    <CooperativeFields error=error.clone() initial=Some(file) certificate_hint="coop-edit-certificate-hint"/>
                                    <button type="submit" class="button">{t(locale, "coop-edit-submit")}</button>
                                </form>
                            </section>
                        }.into_any(),
                        Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                        Err(e) => view! { <section class="narrow"><ErrorSummary error=Some(e)/></section> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// `/cooperatives/mine`
#[component]
pub fn MyCooperativesPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/cooperatives/mine") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let submitted = use_query_map().with_untracked(|q| q.get("submitted").is_some());
    let joined = use_query_map().with_untracked(|q| q.get("joined").is_some());
    let mine = Resource::new_blocking(|| (), |_| my_cooperatives());
    view! {
        <Title text=t(locale, "coop-mine-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "coop-mine-title")}</h1>
            {submitted.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "coop-mine-submitted")}</div> })}
            {joined.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "team-joined")}</div> })}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(list) if list.is_empty() => view! { <p>{t(locale, "coop-mine-empty")}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="card-list single">
                                {list.into_iter().map(|c| {
                                    let name = if locale == Locale::Ar { c.name_ar.clone() } else { c.name_fr.clone() };
                                    let verified = c.state == CooperativeStatus::Verified;
                                    view! {
                                        <li class="card" data-state=c.state.code()>
                                            <h2>{name}</h2>
                                            <p><span class=format!("badge badge-{}", c.state.code())>{state_name(locale, c.state)}</span></p>
                                            {c.state_reason.clone().map(|r| view! { <p>{t(locale, "coop-reason")} ": " {r}</p> })}
                                            <p class="card-actions">
                                                <a href=format!("/cooperatives/{}/team", c.id)>{t(locale, "team-title")}</a>
                                                {c.has_certificate.then(|| view! {
                                                    " · " <a href=format!("/cooperatives/{}/certificate", c.id) download>{t(locale, "coop-certificate-download")}</a>
                                                })}
                                            </p>
                                            {(c.state == CooperativeStatus::Rejected).then(|| view! {
                                                <p><a class="button" href=format!("/cooperatives/{}/edit", c.id)>{t(locale, "coop-edit-title")}</a></p>
                                            })}
                                            {verified.then(|| view! {
                                                <p class="card-actions">
                                                    <a href=format!("/c/{}", c.slug)>{t(locale, "coop-view-storefront")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/dashboard", c.id)>{t(locale, "dash-title-coop")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/identity", c.id)>{t(locale, "identity-edit")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/products", c.id)>{t(locale, "my-products-title")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/labels", c.id)>{t(locale, "labels-title")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/orders", c.id)>{t(locale, "coop-orders")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/messages", c.id)>{t(locale, "coop-messages")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/settings", c.id)>{t(locale, "coop-settings-title")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/requests", c.id)>{t(locale, "coop-requests-title")}</a>
                                                    " · "
                                                    <a href=format!("/cooperatives/{}/fairs", c.id)>{t(locale, "fairs-title")}</a>
                                                </p>
                                            })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
            <a class="button" href="/cooperatives/new">{t(locale, "coop-mine-register")}</a>
        </section>
    }
    .into_any()
}

/// `/c/{slug}`: a verified cooperative's storefront; everything else is a 404.
#[component]
pub fn StorefrontPage() -> impl IntoView {
    let locale = use_locale();
    let slug = use_params_map()
        .with_untracked(|p| p.get("slug"))
        .unwrap_or_default();
    let query = crate::components::product_grid::grid_query();
    let data = Resource::new_blocking(
        move || (slug.clone(), query.clone()),
        |(slug, query)| async move {
            let store = storefront(slug.clone()).await?;
            let grid = crate::api::products::cooperative_products(
                slug,
                query.sort.clone(),
                query.page,
                query.label.clone(),
            )
            .await
            .ok();
            Ok::<_, AppError>((store, grid, query))
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((c, grid, query)) => {
                        let (name, other) = if locale == Locale::Ar { (c.name_ar.clone(), c.name_fr.clone()) } else { (c.name_fr.clone(), c.name_ar.clone()) };
                        let region = Region::from_code(&c.region).map(|r| r.name(locale).to_owned()).unwrap_or_default();
                        let sector = Sector::from_code(&c.sector).map(|s| s.name(locale).to_owned()).unwrap_or_default();
                        let province = domain::geo::province_by_code(&c.province).map(|(_, p)| p.name(locale).to_owned()).unwrap_or_default();
                        let women_led = c.women_led();
                        let (primary, secondary) = c.identity.as_ref().map(|i| (i.primary_colour.clone(), i.secondary_colour.clone())).unwrap_or_else(|| ("#0f5132".into(), "#f8d66d".into()));
                        let tagline = c.identity.as_ref().map(|i| i.tagline(locale).to_owned()).filter(|s| !s.is_empty());
                        let story = c.identity.as_ref().map(|i| i.story(locale).to_owned()).filter(|s| !s.is_empty());
                        let logo = c.identity.as_ref().and_then(|i| i.logo.clone());
                        let banner = c.identity.as_ref().and_then(|i| i.banner.clone());
                        view! {
                            <BrandStyle scope=".storefront" primary secondary/>
                            <Title text=name.clone()/>
                            <Meta property="og:title" content=name.clone()/>
                            <Meta property="og:type" content="website"/>
                            <Meta property="og:url" content=c.canonical_url.clone()/>
                            <LanguageLinks path=query.canonical_path(&format!("/c/{}", c.slug))/>
                            <script type="application/ld+json" nonce=use_request_ctx().nonce inner_html=c.json_ld.clone()></script>
                            <BreadcrumbData steps=vec![(t(locale, "breadcrumb-home"), "/".to_owned()), (name.clone(), format!("/c/{}", c.slug))]/>
                            {c.og_image.clone().map(|url| view! { <Meta property="og:image" content=url/> })}
                            {tagline.clone().map(|t| view! { <Meta name="description" content=t.clone()/><Meta property="og:description" content=t/> })}
                            <article class="storefront">
                                <nav class="breadcrumbs" aria-label=t(locale, "breadcrumbs")>
                                    <a href="/">{t(locale, "breadcrumb-home")}</a> " › " <span aria-current="page">{name.clone()}</span>
                                </nav>
                                {banner.map(|img| view! {
                                    <img class="storefront-banner" src=img.src srcset=img.srcset sizes="100vw"
                                        width=img.width height=img.height alt="" decoding="async" fetchpriority="high"/>
                                })}
                                <header class="storefront-header">
                                    {logo.map(|img| view! {
                                        <img class="storefront-logo" src=img.src srcset=img.srcset sizes="8rem"
                                            width=img.width height=img.height alt=t_args(locale, "storefront-logo-alt", &[("name", name.clone().into())]) decoding="async"/>
                                    })}
                                    <h1>{name}</h1>
                                    <p class="storefront-other-name">{other}</p>
                                    {tagline.map(|t| view! { <p class="storefront-tagline">{t}</p> })}
                                    <p class="badges">
                                        <span class="badge badge-verified">{t_args(locale, "storefront-verified-badge", &[("number", c.register_number.clone().into())])}</span>
                                        {women_led.then(|| view! { <span class="badge badge-women">{t(locale, "storefront-women-led")}</span> })}
                                    </p>
                                </header>
                                <dl class="facts">
                                    <dt>{t(locale, "coop-field-region")}</dt><dd>{region} " · " {province}</dd>
                                    <dt>{t(locale, "coop-field-sector")}</dt><dd>{sector}</dd>
                                    <dt>{t(locale, "coop-field-founded-on")}</dt>
                                    <dd>{t_args(locale, "storefront-founded", &[("year", c.founded_year.into())])}</dd>
                                    <dt>{t(locale, "coop-field-member-count")}</dt>
                                    <dd>{t_args(locale, "storefront-members", &[("count", c.member_count.into())])}</dd>
                                </dl>
                                {story.map(|s| view! { <div class="storefront-story">{s.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}</div> })}
                                <section aria-labelledby="products-heading">
                                    <h2 id="products-heading">{t(locale, "storefront-products")}</h2>
                                    {grid.clone().map(|data| view! { <PagedGrid data path=format!("/c/{}", c.slug) query=query.clone() locale/> })}
                                </section>
                                <crate::components::reviews::Reviews reviews=c.reviews.clone() locale show_products=true/>
                            </article>
                        }.into_any()
                    }
                    Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
