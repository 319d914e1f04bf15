//! `/cooperatives`: the directory of verified cooperatives. Filters (region, sector, verified
//! label, women-led, has products in stock) in a GET form, sorting and pages as plain links, and
//! a map of the 12 regions drawn on the server, each region a link to the list filtered to it.
//! Every state is a URL: it works without JavaScript, can be shared, and anonymous visits are
//! served from the page cache.

use crate::{
    api::directory::cooperative_directory,
    components::{form::ErrorSummary, region_map::RegionMap, seo::LanguageLinks},
    context::use_locale,
    dto::{DirectoryCardDto, DirectoryPageDto, DirectoryQueryDto},
    i18n::{label_name, t, t_args},
};
use domain::{
    Locale,
    geo::{Region, Sector},
    label::LabelKind,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// The directory's address.
pub const PATH: &str = "/cooperatives";

/// The URL of the directory page `query` describes.
pub fn directory_href(query: &DirectoryQueryDto) -> String {
    let mut url = form_urlencoded::Serializer::new(String::new());
    for (key, value) in fields(query) {
        url.append_pair(key, &value);
    }
    let encoded = url.finish();
    if encoded.is_empty() {
        PATH.to_owned()
    } else {
        format!("{PATH}?{encoded}")
    }
}

/// The query's parameters that differ from the defaults, in URL order.
fn fields(query: &DirectoryQueryDto) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = [
        ("region", &query.region),
        ("sector", &query.sector),
        ("label", &query.label),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| (k, v.clone()))
    .collect();
    if query.women_led {
        out.push(("women_led", "1".into()));
    }
    if query.in_stock {
        out.push(("in_stock", "1".into()));
    }
    if !query.sort.is_empty() && query.sort != "name" {
        out.push(("sort", query.sort.clone()));
    }
    if query.page > 1 {
        out.push(("page", query.page.to_string()));
    }
    out
}

/// The URL of `query` changed by `change`, back on its first page.
pub fn changed(query: &DirectoryQueryDto, change: impl FnOnce(&mut DirectoryQueryDto)) -> String {
    let mut next = query.clone();
    next.page = 1;
    change(&mut next);
    directory_href(&next)
}

/// `/cooperatives?region=…&sector=…&label=…&women_led=1&in_stock=1&sort=…&page=…`
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let locale = use_locale();
    let raw = use_query_map().with_untracked(|q| DirectoryQueryDto {
        region: q.get("region").unwrap_or_default(),
        sector: q.get("sector").unwrap_or_default(),
        label: q.get("label").unwrap_or_default(),
        women_led: q.get("women_led").is_some_and(|v| v == "1"),
        in_stock: q.get("in_stock").is_some_and(|v| v == "1"),
        sort: q.get("sort").unwrap_or_default(),
        page: q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
    });
    // Search engines see one list (its later pages named), not every filter of it.
    let canonical = (raw.page > 1).then(|| format!("{PATH}?page={}", raw.page));
    let data = Resource::new_blocking(move || raw.clone(), cooperative_directory);
    view! {
        <Title text=t(locale, "directory-title")/>
        <Meta name="description" content=t(locale, "directory-description")/>
        <LanguageLinks path=canonical.unwrap_or_else(|| PATH.to_owned())/>
        <section class="directory">
            <h1>{t(locale, "directory-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => view! { <Directory page locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Directory(page: DirectoryPageDto, locale: Locale) -> impl IntoView {
    let query = page.query.clone();
    let count = t_args(locale, "directory-count", &[("count", page.total.into())]);
    let map_query = query.clone();
    view! {
        <div class="directory-layout">
            <div class="directory-map">
                <RegionMap regions=page.regions.clone() selected=query.region.clone() href=move |code: &str| {
                    let code = code.to_owned();
                    changed(&map_query, |q| q.region = if q.region == code { String::new() } else { code })
                } locale/>
            </div>
            <div class="directory-main">
                <Filters query=query.clone() locale/>
                <p class="result-count" role="status">{count}</p>
                <SortLinks query=query.clone() locale/>
                {if page.items.is_empty() {
                    view! { <p>{t(locale, "directory-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="directory-cards">
                            {page.items.into_iter().map(|card| view! { <Card card locale/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <DirectoryPager query page=page.page pages=page.pages locale/>
            </div>
        </div>
    }
}

/// The filters: a GET form, so they work without JavaScript. On a phone they start closed under a
/// summary counting those in use, so the cards come sooner; from 44rem they are always open.
#[component]
fn Filters(query: DirectoryQueryDto, locale: Locale) -> impl IntoView {
    let option = |value: String, name: String, current: &str| {
        let selected = value == current;
        view! { <option value=value selected=selected>{name}</option> }
    };
    let in_use = [&query.region, &query.sector, &query.label]
        .into_iter()
        .filter(|v| !v.is_empty())
        .count()
        + usize::from(query.women_led)
        + usize::from(query.in_stock);
    let title = t_args(locale, "search-filters-count", &[("count", in_use.into())]);
    view! {
        <details class="facets-panel">
            <summary class="facets-summary">{title}</summary>
            <form method="get" action=PATH class="directory-filters">
                <div class="field">
                    <label for="region">{t(locale, "search-facet-region")}</label>
                    <select id="region" name="region">
                        <option value="">{t(locale, "directory-any")}</option>
                        {Region::ALL.into_iter().map(|r| option(r.code().to_owned(), r.name(locale).to_owned(), &query.region)).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="sector">{t(locale, "search-facet-sector")}</label>
                    <select id="sector" name="sector">
                        <option value="">{t(locale, "directory-any")}</option>
                        {Sector::ALL.into_iter().map(|s| option(s.code().to_owned(), s.name(locale).to_owned(), &query.sector)).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="label">{t(locale, "search-facet-label")}</label>
                    <select id="label" name="label">
                        <option value="">{t(locale, "directory-any")}</option>
                        {LabelKind::ALL.into_iter().map(|k| option(k.code().to_owned(), label_name(locale, k), &query.label)).collect_view()}
                    </select>
                </div>
                <div class="field field-check">
                    <input type="checkbox" id="women_led" name="women_led" value="1" checked=query.women_led/>
                    <label for="women_led">{t(locale, "search-women-led")}</label>
                </div>
                <div class="field field-check">
                    <input type="checkbox" id="in_stock" name="in_stock" value="1" checked=query.in_stock/>
                    <label for="in_stock">{t(locale, "directory-in-stock")}</label>
                </div>
                {(query.sort != "name").then(|| view! { <input type="hidden" name="sort" value=query.sort.clone()/> })}
                <button type="submit" class="button">{t(locale, "directory-apply")}</button>
                " " <a href=PATH>{t(locale, "search-clear")}</a>
            </form>
        </details>
    }
}

/// The orders, as links.
#[component]
fn SortLinks(query: DirectoryQueryDto, locale: Locale) -> impl IntoView {
    view! {
        <nav class="sort-links" aria-label=t(locale, "sort-label")>
            {t(locale, "sort-label")} " "
            {["name", "newest", "products"].into_iter().map(|code| {
                let here = query.sort == code;
                let href = changed(&query, |q| q.sort = code.to_owned());
                view! { <a href=href aria-current=here.then_some("true")>{t(locale, &format!("directory-sort-{code}"))}</a> " " }
            }).collect_view()}
        </nav>
    }
}

#[component]
fn DirectoryPager(
    query: DirectoryQueryDto,
    page: u64,
    pages: u64,
    locale: Locale,
) -> impl IntoView {
    let at = |n: u64| {
        let mut q = query.clone();
        q.page = n;
        directory_href(&q)
    };
    (pages > 1).then(|| view! {
        <nav class="pager" aria-label=t(locale, "pager-label")>
            {(page > 1).then(|| view! { <a rel="prev" href=at(page - 1)>{t(locale, "pager-previous")}</a> })}
            <span>{t_args(locale, "pager-status", &[("page", page.into()), ("pages", pages.into())])}</span>
            {(page < pages).then(|| view! { <a rel="next" href=at(page + 1)>{t(locale, "pager-next")}</a> })}
        </nav>
    })
}

#[component]
fn Card(card: DirectoryCardDto, locale: Locale) -> impl IntoView {
    let region = Region::from_code(&card.region)
        .map(|r| r.name(locale))
        .unwrap_or_default();
    let sector = Sector::from_code(&card.sector)
        .map(|s| s.name(locale))
        .unwrap_or_default();
    view! {
        <li class="card directory-card" data-cooperative=card.slug.clone()>
            <a href=format!("/c/{}", card.slug) class="directory-card-link">
                {card.logo.map(|logo| view! {
                    <img class="directory-logo" src=logo.src srcset=logo.srcset sizes="4rem" width=logo.width height=logo.height alt="" loading="lazy"/>
                })}
                <h2><bdi>{card.name}</bdi></h2>
            </a>
            <p class="hint">{region} " · " {sector}</p>
            <p>
                {t_args(locale, "storefront-members", &[("count", card.member_count.into())])}
                " · " {t_args(locale, "directory-women", &[("count", card.women_count.into())])}
            </p>
            <p class="badges">
                {card.women_led.then(|| view! { <span class="badge badge-women">{t(locale, "search-women-led")}</span> " " })}
                {card.labels.iter().filter_map(|code| LabelKind::from_code(code)).map(|k| view! { <span class="badge">{label_name(locale, k)}</span> " " }).collect_view()}
            </p>
            <p><a href=format!("/c/{}", card.slug)>{t_args(locale, "directory-products", &[("count", card.products.into())])}</a></p>
        </li>
    }
}
