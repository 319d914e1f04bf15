//! The product grid shared by the home, category, search and storefront pages, with sort and
//! pagination as plain links and a GET form, and prices in the reader's language.

use crate::{
    components::brand::brand_css,
    context::use_request_ctx,
    dto::{ProductCardDto, ProductPageOf},
    i18n::{t, t_args},
};
use domain::{Locale, money};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `120,00 MAD` in the reader's language.
pub fn price(centimes: i64, locale: Locale) -> String {
    money::format(centimes, locale)
}

/// `600,00 MAD / l`
pub fn unit_price(centimes: i64, per: &str, locale: Locale) -> String {
    t_args(
        locale,
        &format!("unit-price-per-{per}"),
        &[("price", price(centimes, locale).into())],
    )
}

/// A grid of product cards, each in its cooperative's colours.
#[component]
pub fn ProductGrid(
    items: Vec<ProductCardDto>,
    locale: Locale,
    /// Each item's title in pieces with the words a search matched marked (search results).
    #[prop(optional)]
    titles: Vec<Vec<(String, bool)>>,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="empty">{t(locale, "products-none")}</p> }.into_any();
    }
    let nonce = use_request_ctx().nonce;
    let css: String = items
        .iter()
        .enumerate()
        .map(|(i, p)| brand_css(&format!(".pc-{i}"), &p.brand_primary, &p.brand_secondary))
        .collect();
    view! {
        <style nonce=nonce>{css}</style>
        <ul class="product-grid">
            {items.into_iter().enumerate().map(|(i, p)| {
                let href = format!("/p/{}", p.slug);
                let title = match titles.get(i) {
                    Some(pieces) => pieces.iter().map(|(text, marked)| {
                        if *marked {
                            view! { <mark>{text.clone()}</mark> }.into_any()
                        } else {
                            text.clone().into_any()
                        }
                    }).collect_view().into_any(),
                    None => p.title.clone().into_any(),
                };
                view! {
                    <li class=format!("product-card pc-{i}")>
                        <a href=href.clone() class="product-card-image" tabindex="-1" aria-hidden="true">
                            {match p.image {
                                Some(img) => view! {
                                    <img src=img.src srcset=img.srcset sizes="(max-width: 40rem) 50vw, 15rem"
                                        width=img.width height=img.height alt="" loading="lazy" decoding="async"/>
                                }.into_any(),
                                None => view! { <span class="no-photo"></span> }.into_any(),
                            }}
                        </a>
                        <div class="product-card-body">
                            <h3><a href=href lang=p.title_lang.clone()>{title}</a></h3>
                            <p class="product-card-coop"><bdi>{p.cooperative_name.clone()}</bdi></p>
                            <p class="product-card-price">
                                <strong>{if p.several_prices {
                                    t_args(locale, "price-from", &[("price", price(p.price_centimes, locale).into())])
                                } else {
                                    price(p.price_centimes, locale)
                                }}</strong>
                                " · " <span>{p.quantity.clone()}</span>
                            </p>
                            <p class="product-card-unit">{unit_price(p.unit_price_centimes, &p.per, locale)}</p>
                            {(!p.in_stock).then(|| view! { <p class="badge badge-out">{t(locale, "product-out-of-stock")}</p> })}
                            {(!p.labels.is_empty()).then(|| view! {
                                <p class="badges">
                                    {p.labels.iter().map(|l| view! { <span class="badge badge-label">{t(locale, &format!("label-{}", l.replace('_', "-")))}</span> }).collect_view()}
                                </p>
                            })}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// What a grid shows: sort, page and the verified label it is filtered on (empty: any).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GridQuery {
    pub sort: String,
    pub page: u64,
    pub label: String,
}

impl GridQuery {
    /// The address that names this page of the listing at `path` for search engines: its page
    /// number beyond the first, never the sort or the filter (those show the same products).
    pub fn canonical_path(&self, path: &str) -> String {
        if self.page > 1 {
            format!("{path}?page={}", self.page)
        } else {
            path.to_owned()
        }
    }
}

/// The sort and label menus: a GET form, so they work without JavaScript (the button submits).
#[component]
pub fn SortForm(query: GridQuery, locale: Locale) -> impl IntoView {
    view! {
        <form method="get" class="sort-form">
            <label for="sort">{t(locale, "sort-label")}</label>
            <select id="sort" name="sort">
                {["newest", "price_asc", "price_desc"].into_iter().map(|code| view! {
                    <option value=code selected=query.sort == code>{t(locale, &format!("sort-{}", code.replace('_', "-")))}</option>
                }).collect_view()}
            </select>
            <label for="label">{t(locale, "filter-label")}</label>
            <select id="label" name="label">
                <option value="" selected=query.label.is_empty()>{t(locale, "filter-label-any")}</option>
                {domain::label::LabelKind::ALL.into_iter().map(|kind| view! {
                    <option value=kind.code() selected=query.label == kind.code()>{t(locale, &format!("label-{}", kind.code().replace('_', "-")))}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button button-secondary">{t(locale, "sort-apply")}</button>
        </form>
    }
}

/// Previous / next links and "page N of M".
#[component]
pub fn Pager(
    path: String,
    query: GridQuery,
    page: u64,
    pages: u64,
    locale: Locale,
) -> impl IntoView {
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=t(locale, "pager-label")>
                {(page > 1).then(|| view! { <a rel="prev" href=query.href(&path, page - 1)>{t(locale, "pager-previous")}</a> })}
                <span>{t_args(locale, "pager-status", &[("page", page.into()), ("pages", pages.into())])}</span>
                {(page < pages).then(|| view! { <a rel="next" href=query.href(&path, page + 1)>{t(locale, "pager-next")}</a> })}
            </nav>
        }
    })
}

/// The grid query of the current URL (unknown labels are dropped).
pub fn grid_query() -> GridQuery {
    use_query_map().with_untracked(|q| GridQuery {
        sort: q.get("sort").unwrap_or_else(|| "newest".into()),
        page: q
            .get("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
            .max(1),
        label: q
            .get("label")
            .filter(|l| domain::label::LabelKind::from_code(l).is_some())
            .unwrap_or_default(),
    })
}

/// A sorted, paginated grid with its heading and controls.
#[component]
pub fn PagedGrid(
    data: ProductPageOf,
    path: String,
    query: GridQuery,
    locale: Locale,
) -> impl IntoView {
    view! {
        <div class="grid-controls">
            <p>{t_args(locale, "products-count", &[("count", data.total.into())])}</p>
            <SortForm query=query.clone() locale/>
        </div>
        <ProductGrid items=data.items locale/>
        <Pager path query page=data.page pages=data.pages locale/>
    }
}

impl GridQuery {
    /// The query string of `page` of this grid.
    fn href(&self, path: &str, page: u64) -> String {
        let label = if self.label.is_empty() {
            String::new()
        } else {
            format!("&label={}", self.label)
        };
        format!("{path}?sort={}{label}&page={page}", self.sort)
    }
}
