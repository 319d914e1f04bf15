//! `/cooperatives/{id}/products`: the cooperative's products, and bulk import and export.

use crate::components::{guard::require_sign_in, product_grid::price};
use crate::{
    api::{
        products::{ImportProducts, my_products},
        url_error,
    },
    components::form::ErrorSummary,
    components::page_state::data_view,
    context::use_locale,
    error::AppError,
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

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
                                        <div class="table-scroll" role="region" tabindex="0" aria-label=t(locale, "my-products-title")>
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
                                        </div>
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
