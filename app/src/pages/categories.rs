//! `/categories` (the whole tree) and `/categories/{code}` (one category and its sub-categories;
//! its products once the catalog has them).

use crate::components::seo::{BreadcrumbData, LanguageLinks};
use crate::{
    api::catalog::categories, components::form::ErrorSummary, components::page_state::NotFoundPage,
    components::product_grid::PagedGrid, context::use_locale, dto::CategoryDto, i18n::t,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// `/categories`
#[component]
pub fn CategoriesPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new_blocking(|| (), |_| categories());
    view! {
        <Title text=t(locale, "categories-title")/>
        <Meta name="description" content=t(locale, "categories-description")/>
        <LanguageLinks path="/categories"/>
        <section>
            <h1>{t(locale, "categories-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(all) => {
                            let tops: Vec<CategoryDto> = all.iter().filter(|c| c.parent_code.is_none()).cloned().collect();
                            view! {
                                <ul class="category-tree">
                                    {tops.into_iter().map(|top| {
                                        let children: Vec<CategoryDto> = all.iter().filter(|c| c.parent_code.as_deref() == Some(top.code.as_str())).cloned().collect();
                                        view! {
                                            <li>
                                                <a href=format!("/categories/{}", top.code)><strong>{top.name(locale).to_owned()}</strong></a>
                                                {(!children.is_empty()).then(|| view! {
                                                    <ul>
                                                        {children.into_iter().map(|c| view! { <li><a href=format!("/categories/{}", c.code)>{c.name(locale).to_owned()}</a></li> }).collect_view()}
                                                    </ul>
                                                })}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// `/categories/{code}`
#[component]
pub fn CategoryPage() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map()
        .with_untracked(|p| p.get("code"))
        .unwrap_or_default();
    let query = crate::components::product_grid::grid_query();
    let data = Resource::new_blocking(
        move || (code.clone(), query.clone()),
        |(code, query)| async move {
            let all = categories().await?;
            let grid = if all.iter().any(|c| c.code == code) {
                Some(
                    crate::api::products::category_products(
                        code.clone(),
                        query.sort.clone(),
                        query.page,
                        query.label.clone(),
                    )
                    .await?,
                )
            } else {
                None
            };
            Ok::<_, crate::error::AppError>((all, grid, code, query))
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || {
                Suspend::new(async move {
                    match data.await {
                        Ok((all, grid, code, query)) => match all.iter().find(|c| c.code == code).cloned() {
                            Some(category) => {
                                let parent = category.parent_code.as_ref().and_then(|p| all.iter().find(|c| &c.code == p).cloned());
                                let children: Vec<CategoryDto> = all.iter().filter(|c| c.parent_code.as_deref() == Some(category.code.as_str())).cloned().collect();
                                let name = category.name(locale).to_owned();
                                let path = format!("/categories/{}", category.code);
                                let mut trail = vec![(t(locale, "categories-title"), "/categories".to_owned())];
                                if let Some(p) = &parent {
                                    trail.push((p.name(locale).to_owned(), format!("/categories/{}", p.code)));
                                }
                                trail.push((name.clone(), path.clone()));
                                view! {
                                    <Title text=name.clone()/>
                                    <Meta property="og:title" content=name.clone()/>
                                    <LanguageLinks path=query.canonical_path(&path)/>
                                    <BreadcrumbData steps=trail/>
                                    <section>
                                        <nav class="breadcrumbs" aria-label=t(locale, "breadcrumbs")>
                                            <a href="/categories">{t(locale, "categories-title")}</a>
                                            {parent.map(|p| view! { " › " <a href=format!("/categories/{}", p.code)>{p.name(locale).to_owned()}</a> })}
                                        </nav>
                                        <h1>{name}</h1>
                                        {(!children.is_empty()).then(|| view! {
                                            <ul class="chips">
                                                {children.into_iter().map(|c| view! { <li><a class="chip" href=format!("/categories/{}", c.code)>{c.name(locale).to_owned()}</a></li> }).collect_view()}
                                            </ul>
                                        })}
                                        {grid.map(|data| view! { <PagedGrid data path=format!("/categories/{}", category.code) query locale/> })}
                                    </section>
                                }.into_any()
                            }
                            None => view! { <NotFoundPage/> }.into_any(),
                        },
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
