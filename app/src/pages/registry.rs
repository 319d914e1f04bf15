//! `/admin/registry`: the admin uploads the national register of cooperatives (CSV). A file with
//! any bad line imports nothing and its problems are listed by line, translated. A file that
//! would take verified cooperatives off sale lists them first and is imported only once the admin
//! ticks the confirmation and sends it again.

use crate::{
    api::{
        registry::{ImportRegistry, register_size},
        url_error,
    },
    components::form::{ErrorSummary, FileField},
    context::use_request_ctx,
    error::AppError,
    i18n::{t, t_args},
};
use domain::{Locale, Role, registry::FileProblem};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The register upload page.
#[component]
pub fn AdminRegistryPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    match &ctx.user {
        None => {
            crate::ssr_redirect("/sign-in?next=/admin/registry");
            return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
        }
        Some(user) if !user.has_role(Role::Admin) => {
            #[cfg(feature = "ssr")]
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::FORBIDDEN);
            }
            return view! { <section class="narrow"><ErrorSummary error=Some(AppError::Forbidden)/></section> }.into_any();
        }
        Some(_) => {}
    }
    let error = url_error(ImportRegistry::PATH);
    let (report, off_sale) = use_query_map().with_untracked(|q| {
        let n = |k: &str| q.get(k).and_then(|v| v.parse::<u64>().ok());
        (
            (|| Some((n("created")?, n("updated")?, n("unchanged")?)))(),
            n("off_sale").filter(|n| *n > 0),
        )
    });
    let lapsing = match &error {
        Some(AppError::RegisterLapses {
            cooperatives,
            total,
        }) => Some((cooperatives.clone(), *total)),
        _ => None,
    };
    let confirming = lapsing.is_some();
    let size = Resource::new_blocking(|| (), |_| register_size());
    let problems = match &error {
        Some(AppError::ImportRefused { problems, total }) => Some((problems.clone(), *total)),
        _ => None,
    };
    view! {
        <Title text=t(locale, "registry-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "registry-title")}</h1>
            <p class="lead">{t(locale, "registry-lead")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    size.await.ok().map(|n| view! { <p data-register-size=n>{t_args(locale, "registry-size", &[("count", n.into())])}</p> })
                })}
            </Suspense>
            {report.and_then(|(created, updated, unchanged)| (error.is_none()).then(|| view! {
                <div class="alert alert-success" role="status" data-import-report=format!("{created}/{updated}/{unchanged}")>
                    {t_args(locale, "registry-imported", &[("created", created.into()), ("updated", updated.into()), ("unchanged", unchanged.into())])}
                </div>
            }))}
            {off_sale.filter(|_| error.is_none()).map(|count| view! {
                <div class="alert alert-warning" role="status" data-off-sale=count>
                    {t_args(locale, "registry-off-sale", &[("count", count.into())])}
                </div>
            })}
            <ErrorSummary error=error.clone()/>
            {lapsing.map(|(cooperatives, total)| view! {
                <h2>{t(locale, "registry-lapsing-title")}</h2>
                <ul class="problems" data-lapsing=total>
                    {cooperatives.iter().map(|c| {
                        let name = if locale == Locale::Ar { c.name_ar.clone() } else { c.name_fr.clone() };
                        view! {
                            <li><bdi>{c.register_number.clone()}</bdi> " · " <bdi>{name}</bdi> " · "
                                {crate::i18n::register_status_name(locale, c.status)}</li>
                        }
                    }).collect_view()}
                </ul>
                {(total > cooperatives.len()).then(|| view! { <p>{t_args(locale, "registry-lapsing-more", &[("count", (total - cooperatives.len()).into())])}</p> })}
            })}
            {problems.map(|(problems, total)| view! {
                <ul class="problems" aria-label=t(locale, "registry-problems")>
                    {problems.iter().map(|p| view! { <li>{problem_text(locale, p)}</li> }).collect_view()}
                </ul>
                {(total > problems.len()).then(|| view! { <p>{t_args(locale, "registry-more-problems", &[("count", (total - problems.len()).into())])}</p> })}
            })}
            <form method="post" action=ImportRegistry::url() enctype="multipart/form-data" class="stack" novalidate>
                <FileField name="register" label_key="registry-file" hint_key="registry-file-hint" accept="text/csv,.csv" error=error/>
                {confirming.then(|| view! {
                    <div class="check">
                        <input type="checkbox" id="confirm_off_sale" name="confirm_off_sale" value="1"/>
                        <label for="confirm_off_sale">{t(locale, "registry-confirm-off-sale")}</label>
                    </div>
                })}
                <button type="submit" class="button">{t(locale, "registry-import")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// One problem of a refused file, in the admin's language.
fn problem_text(locale: Locale, problem: &FileProblem) -> String {
    match problem {
        FileProblem::NotUtf8 => t(locale, "registry-problem-not-utf8"),
        FileProblem::Empty => t(locale, "registry-problem-empty"),
        FileProblem::MissingColumn { column } => t_args(
            locale,
            "registry-problem-missing-column",
            &[("column", column.clone().into())],
        ),
        FileProblem::Line { line, problems } => {
            let reasons: Vec<String> = problems
                .iter()
                .map(|p| {
                    t(
                        locale,
                        &format!("registry-row-{}", p.code().replace('_', "-")),
                    )
                })
                .collect();
            t_args(
                locale,
                "registry-problem-line",
                &[
                    ("line", (*line).into()),
                    ("reasons", reasons.join(" · ").into()),
                ],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::registry::RowProblem;

    #[test]
    fn every_problem_of_a_register_file_reads_well_in_every_language() {
        let all_rows = vec![
            RowProblem::RegisterNumber,
            RowProblem::NameMissing,
            RowProblem::NameTooLong,
            RowProblem::UnknownRegion,
            RowProblem::UnknownProvince,
            RowProblem::UnknownSector,
            RowProblem::BadDate,
            RowProblem::UnknownStatus,
            RowProblem::ColumnCount,
            RowProblem::DuplicateNumber,
        ];
        let problems = [
            FileProblem::NotUtf8,
            FileProblem::Empty,
            FileProblem::MissingColumn {
                column: "region".into(),
            },
            FileProblem::Line {
                line: 7,
                problems: all_rows,
            },
        ];
        for locale in Locale::ALL {
            for problem in &problems {
                let text = problem_text(locale, problem);
                assert!(
                    !text.contains("registry-") && !text.is_empty(),
                    "{locale:?} {problem:?}: {text}"
                );
            }
        }
        assert!(problem_text(Locale::Fr, &problems[3]).contains('7'));
    }
}
