//! `/search`: results with their matching words marked, facet counts as links, price range,
//! sort and pages. Every state is a plain URL (GET forms and links), so it works without
//! JavaScript and can be shared.

use crate::{
    api::search::search_products,
    components::form::ErrorSummary,
    components::product_grid::ProductGrid,
    context::use_locale,
    dto::{FacetValueDto, SearchPageDto, SearchQueryDto},
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

/// The URL of the search `query` describes.
pub fn search_href(query: &SearchQueryDto) -> String {
    let mut url = form_urlencoded::Serializer::new(String::new());
    for (key, value) in fields(query) {
        url.append_pair(key, &value);
    }
    let encoded = url.finish();
    if encoded.is_empty() {
        "/search".to_owned()
    } else {
        format!("/search?{encoded}")
    }
}

/// The query's non-empty parameters, in URL order.
fn fields(query: &SearchQueryDto) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (key, value) in [
        ("q", &query.q),
        ("category", &query.category),
        ("region", &query.region),
        ("sector", &query.sector),
        ("cooperative", &query.cooperative),
        ("label", &query.label),
        ("min", &query.min),
        ("max", &query.max),
    ] {
        if !value.is_empty() {
            out.push((key, value.clone()));
        }
    }
    if query.in_stock {
        out.push(("in_stock", "1".into()));
    }
    if query.women_led {
        out.push(("women_led", "1".into()));
    }
    if !query.sort.is_empty() && query.sort != "relevance" {
        out.push(("sort", query.sort.clone()));
    }
    if query.page > 1 {
        out.push(("page", query.page.to_string()));
    }
    out
}

/// `query` changed by `change`, back on the first page.
fn changed(query: &SearchQueryDto, change: impl FnOnce(&mut SearchQueryDto)) -> String {
    let mut next = query.clone();
    next.page = 1;
    change(&mut next);
    search_href(&next)
}

/// Hidden inputs carrying the query's parameters except `skip`, for GET forms that change one.
fn hidden_fields(query: &SearchQueryDto, skip: &[&str]) -> impl IntoView + use<> {
    fields(query)
        .into_iter()
        .filter(|(key, _)| *key != "page" && !skip.contains(key))
        .map(|(key, value)| view! { <input type="hidden" name=key value=value/> })
        .collect_view()
}

/// `/search?q=…&category=…&region=…&sector=…&cooperative=…&label=…&min=…&max=…&in_stock=1&women_led=1&sort=…&page=…`
#[component]
pub fn SearchPage() -> impl IntoView {
    let locale = use_locale();
    let raw = use_query_map().with_untracked(|q| SearchQueryDto {
        q: q.get("q").unwrap_or_default(),
        category: q.get("category").unwrap_or_default(),
        region: q.get("region").unwrap_or_default(),
        sector: q.get("sector").unwrap_or_default(),
        cooperative: q.get("cooperative").unwrap_or_default(),
        label: q.get("label").unwrap_or_default(),
        min: q.get("min").unwrap_or_default(),
        max: q.get("max").unwrap_or_default(),
        in_stock: q.get("in_stock").is_some_and(|v| v == "1"),
        women_led: q.get("women_led").is_some_and(|v| v == "1"),
        sort: q.get("sort").unwrap_or_default(),
        page: q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
    });
    let data = Resource::new_blocking(move || raw.clone(), search_products);
    view! {
        <Title text=t(locale, "search-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Results page locale/> }.into_any(),
                    Err(e) => view! {
                        <section class="narrow">
                            <h1>{t(locale, "search-title")}</h1>
                            <ErrorSummary error=Some(e)/>
                            <a class="button" href="/categories">{t(locale, "categories-title")}</a>
                        </section>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Results(page: SearchPageDto, locale: Locale) -> impl IntoView {
    let query = page.query.clone();
    let heading = if query.q.is_empty() {
        t(locale, "search-title")
    } else {
        t_args(
            locale,
            "search-results-for",
            &[("query", query.q.clone().into())],
        )
    };
    let clear = changed(&query, |q| {
        *q = SearchQueryDto {
            q: q.q.clone(),
            ..SearchQueryDto::default()
        }
    });
    let chips = active_filters(&page, locale);
    let filters_title = t_args(
        locale,
        "search-filters-count",
        &[("count", chips.len().into())],
    );
    view! {
        <section class="search-page">
            <h1><bdi>{heading}</bdi></h1>
            {page.truncated.then(|| view! { <p class="notice" role="status">{t(locale, "search-truncated")}</p> })}
            <form class="search-again" method="get" action="/search" role="search">
                <label class="visually-hidden" for="search-q">{t(locale, "search-label")}</label>
                <input id="search-q" type="search" name="q" value=query.q.clone() maxlength="200" enterkeyhint="search"/>
                {hidden_fields(&query, &["q", "sort"])}
                <button type="submit">{t(locale, "search-submit")}</button>
            </form>
            // Phones: count and sort, one "Filters (n)" disclosure, the active filters as chips,
            // then the results. Wide screens: the disclosure is the sidebar, always open.
            <div class="search-layout">
                <div class="grid-controls">
                    <p role="status">{t_args(locale, "products-count", &[("count", page.total.into())])}</p>
                    <form method="get" action="/search" class="sort-form">
                        {hidden_fields(&query, &["sort"])}
                        <label for="search-sort">{t(locale, "sort-label")}</label>
                        <select id="search-sort" name="sort">
                            {["relevance", "price_asc", "price_desc", "newest", "rating"].into_iter().map(|code| view! {
                                <option value=code selected=query.sort == code>{t(locale, &format!("sort-{}", code.replace('_', "-")))}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button-small">{t(locale, "sort-apply")}</button>
                    </form>
                </div>
                <details class="facets-panel">
                    <summary class="facets-summary">{filters_title}</summary>
                    <div class="facets" role="group" aria-label=t(locale, "search-filters")>
                        <Facet title=t(locale, "search-facet-category") values=page.categories.clone() query=query.clone() field="category" locale/>
                        <Facet title=t(locale, "search-facet-label") values=page.labels.clone() query=query.clone() field="label" locale/>
                        <Facet title=t(locale, "search-facet-region") values=page.regions.clone() query=query.clone() field="region" locale/>
                        <Facet title=t(locale, "search-facet-sector") values=page.sectors.clone() query=query.clone() field="sector" locale/>
                        <Facet title=t(locale, "search-facet-cooperative") values=page.cooperatives.clone() query=query.clone() field="cooperative" locale/>
                        <Toggles page=page.clone() query=query.clone() locale/>
                        <PriceForm query=query.clone() locale/>
                    </div>
                </details>
                {(!chips.is_empty()).then(|| view! {
                    <ul class="chips active-filters" aria-label=t(locale, "search-active-filters")>
                        {chips.into_iter().map(|(name, href)| view! {
                            <li><a class="chip chip-active" href=href title=t(locale, "search-remove-filter")>
                                <bdi>{name}</bdi>
                                <span aria-hidden="true">" ✕"</span>
                                <span class="visually-hidden">{format!(" ({})", t(locale, "search-remove-filter"))}</span>
                            </a></li>
                        }).collect_view()}
                        <li><a class="chip chip-clear" href=clear>{t(locale, "search-clear")}</a></li>
                    </ul>
                })}
                <div class="search-results">
                    {if page.total == 0 {
                        view! { <Nothing page=page.clone() locale/> }.into_any()
                    } else {
                        view! { <ProductGrid items=page.items.clone() titles=page.titles.clone() locale/> }.into_any()
                    }}
                    <SearchPager query=query.clone() page=page.page pages=page.pages locale/>
                </div>
            </div>
        </section>
    }
}

/// The filters in force, each with its name and the URL without it.
fn active_filters(page: &SearchPageDto, locale: Locale) -> Vec<(String, String)> {
    let query = &page.query;
    let named = |values: &[FacetValueDto], value: &str| {
        values
            .iter()
            .find(|v| v.value == value)
            .map_or_else(|| value.to_owned(), |v| v.name.clone())
    };
    let mut out = Vec::new();
    if !query.category.is_empty() {
        out.push((
            named(&page.categories, &query.category),
            changed(query, |q| q.category.clear()),
        ));
    }
    if !query.label.is_empty() {
        out.push((
            named(&page.labels, &query.label),
            changed(query, |q| q.label.clear()),
        ));
    }
    if !query.region.is_empty() {
        out.push((
            named(&page.regions, &query.region),
            changed(query, |q| q.region.clear()),
        ));
    }
    if !query.sector.is_empty() {
        out.push((
            named(&page.sectors, &query.sector),
            changed(query, |q| q.sector.clear()),
        ));
    }
    if !query.cooperative.is_empty() {
        out.push((
            named(&page.cooperatives, &query.cooperative),
            changed(query, |q| q.cooperative.clear()),
        ));
    }
    if query.in_stock {
        out.push((
            t(locale, "search-in-stock"),
            changed(query, |q| q.in_stock = false),
        ));
    }
    if query.women_led {
        out.push((
            t(locale, "search-women-led"),
            changed(query, |q| q.women_led = false),
        ));
    }
    if !query.min.is_empty() || !query.max.is_empty() {
        let (min, max) = (query.min.clone(), query.max.clone());
        let range = match (min.is_empty(), max.is_empty()) {
            (false, false) => t_args(
                locale,
                "search-price-between",
                &[("min", min.into()), ("max", max.into())],
            ),
            (false, true) => t_args(locale, "search-price-from", &[("min", min.into())]),
            _ => t_args(locale, "search-price-up-to", &[("max", max.into())]),
        };
        out.push((
            range,
            changed(query, |q| {
                q.min.clear();
                q.max.clear();
            }),
        ));
    }
    out
}

/// One facet: each value a link that selects it (or, selected, removes it), with its count.
#[component]
fn Facet(
    title: String,
    values: Vec<FacetValueDto>,
    query: SearchQueryDto,
    field: &'static str,
    locale: Locale,
) -> impl IntoView {
    (!values.is_empty()).then(|| {
        view! {
            <details class="facet" open=true>
                <summary>{title}</summary>
                <ul>
                    {values.into_iter().map(|v| {
                        let value = if v.selected { String::new() } else { v.value.clone() };
                        let href = changed(&query, |q| match field {
                            "category" => q.category = value,
                            "region" => q.region = value,
                            "sector" => q.sector = value,
                            "cooperative" => q.cooperative = value,
                            _ => q.label = value,
                        });
                        let hint = v.selected.then(|| t(locale, "search-remove-filter"));
                        view! {
                            <li>
                                <a href=href aria-current=v.selected.then_some("true") title=hint>
                                    <bdi>{v.name}</bdi>
                                    " " <span class="facet-count">{v.count}</span>
                                    {v.selected.then_some(" ✕")}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        }
    })
}

/// In stock and women-led, as links that switch them on and off.
#[component]
fn Toggles(page: SearchPageDto, query: SearchQueryDto, locale: Locale) -> impl IntoView {
    let stock = changed(&query, |q| q.in_stock = !q.in_stock);
    let women = changed(&query, |q| q.women_led = !q.women_led);
    view! {
        <ul class="facet-toggles">
            <li><a href=stock aria-current=query.in_stock.then_some("true")>
                {t(locale, "search-in-stock")} " " <span class="facet-count">{page.in_stock_count}</span>
                {query.in_stock.then_some(" ✕")}
            </a></li>
            <li><a href=women aria-current=query.women_led.then_some("true")>
                {t(locale, "search-women-led")} " " <span class="facet-count">{page.women_led_count}</span>
                {query.women_led.then_some(" ✕")}
            </a></li>
        </ul>
    }
}

/// The price range: a GET form keeping the other parameters.
#[component]
fn PriceForm(query: SearchQueryDto, locale: Locale) -> impl IntoView {
    view! {
        <form class="price-form" method="get" action="/search">
            <fieldset>
                <legend>{t(locale, "search-facet-price")}</legend>
                {hidden_fields(&query, &["min", "max"])}
                <label for="price-min">{t(locale, "search-price-min")}</label>
                <input id="price-min" name="min" inputmode="decimal" size="6" value=query.min.clone()/>
                <label for="price-max">{t(locale, "search-price-max")}</label>
                <input id="price-max" name="max" inputmode="decimal" size="6" value=query.max.clone()/>
                <button type="submit" class="button-small">{t(locale, "search-apply")}</button>
            </fieldset>
        </form>
    }
}

/// When nothing matched: a respelling the catalog knows, and categories to browse.
#[component]
fn Nothing(page: SearchPageDto, locale: Locale) -> impl IntoView {
    let suggestion = page.suggestion.clone().map(|s| {
        let href = changed(&page.query, |q| q.q = s.clone());
        view! { <p>{t(locale, "search-did-you-mean")} " " <a href=href><bdi>{s}</bdi></a></p> }
    });
    view! {
        <div class="empty">
            <p><strong>{t(locale, "search-none")}</strong></p>
            {suggestion}
            {(!page.popular.is_empty()).then(|| view! {
                <p>{t(locale, "search-browse-instead")}</p>
                <ul class="chips">
                    {page.popular.iter().map(|c| view! {
                        <li><a class="chip" href=format!("/categories/{}", c.code)>{c.name(locale).to_owned()}</a></li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[component]
fn SearchPager(query: SearchQueryDto, page: u64, pages: u64, locale: Locale) -> impl IntoView {
    (pages > 1).then(|| {
        let at = |n: u64| {
            let mut q = query.clone();
            q.page = n;
            search_href(&q)
        };
        view! {
            <nav class="pager" aria-label=t(locale, "pager-label")>
                {(page > 1).then(|| view! { <a rel="prev" href=at(page - 1)>{t(locale, "pager-previous")}</a> })}
                <span>{t_args(locale, "pager-status", &[("page", page.into()), ("pages", pages.into())])}</span>
                {(page < pages).then(|| view! { <a rel="next" href=at(page + 1)>{t(locale, "pager-next")}</a> })}
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_search_state_is_a_url_that_reads_back() {
        let query = SearchQueryDto {
            q: "huile d'argan & miel".into(),
            category: "argan-oils".into(),
            min: "50".into(),
            in_stock: true,
            sort: "price_asc".into(),
            page: 3,
            ..SearchQueryDto::default()
        };
        let href = search_href(&query);
        assert_eq!(
            href,
            "/search?q=huile+d%27argan+%26+miel&category=argan-oils&min=50&in_stock=1&sort=price_asc&page=3"
        );
        assert_eq!(search_href(&SearchQueryDto::default()), "/search");
        // Changing a filter goes back to the first page.
        assert!(!changed(&query, |q| q.region = "oriental".into()).contains("page="));
    }

    #[test]
    fn each_active_filter_is_a_chip_whose_link_removes_it() {
        let query = SearchQueryDto {
            q: "miel".into(),
            region: "souss_massa".into(),
            max: "100".into(),
            in_stock: true,
            page: 2,
            ..SearchQueryDto::default()
        };
        let page = SearchPageDto {
            query: query.clone(),
            truncated: false,
            items: vec![],
            titles: vec![],
            total: 0,
            page: 2,
            pages: 2,
            categories: vec![],
            regions: vec![FacetValueDto {
                value: "souss_massa".into(),
                name: "Souss-Massa".into(),
                count: 3,
                selected: true,
            }],
            sectors: vec![],
            cooperatives: vec![],
            labels: vec![],
            in_stock_count: 3,
            women_led_count: 0,
            suggestion: None,
            popular: vec![],
        };
        let chips = active_filters(&page, Locale::En);
        assert_eq!(
            chips,
            [
                (
                    "Souss-Massa".to_owned(),
                    "/search?q=miel&max=100&in_stock=1".to_owned()
                ),
                (
                    "In stock".to_owned(),
                    "/search?q=miel&region=souss_massa&max=100".to_owned()
                ),
                (
                    "Up to 100 MAD".to_owned(),
                    "/search?q=miel&region=souss_massa&in_stock=1".to_owned()
                ),
            ]
        );
        assert!(
            active_filters(
                &SearchPageDto {
                    query: SearchQueryDto {
                        q: "miel".into(),
                        ..SearchQueryDto::default()
                    },
                    ..page
                },
                Locale::En
            )
            .is_empty()
        );
    }
}
