//! `/admin/cooperatives`: the verification queue, each cooperative beside its register entry, with
//! the admin's decisions (verify, reject with a reason, suspend with a reason, reinstate).

use crate::{
    api::{
        cooperatives::{DecideCooperative, verification_queue},
        url_error,
    },
    components::form::ErrorSummary,
    context::use_request_ctx,
    dto::QueueItemDto,
    error::AppError,
    i18n::{register_status_name, t, t_args},
    pages::legal_changes::LegalChangeQueue,
};
use domain::{
    Locale, Role,
    cooperative::CooperativeStatus,
    geo::{Region, Sector},
    registry::{MismatchedField, RegisterMatch},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

const TABS: [&str; 4] = ["submitted", "verified", "rejected", "suspended"];

/// The admin verification queue.
#[component]
pub fn AdminCooperativesPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    match &ctx.user {
        None => {
            #[cfg(feature = "ssr")]
            leptos_axum::redirect("/sign-in?next=/admin/cooperatives");
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
    let state = use_query_map()
        .with_untracked(|q| q.get("state"))
        .filter(|s| TABS.contains(&s.as_str()))
        .unwrap_or_else(|| "submitted".to_owned());
    let error = url_error(DecideCooperative::PATH);
    let current = state.clone();
    let on_queue = state == "submitted";
    let items = Resource::new_blocking(move || state.clone(), |s| verification_queue(Some(s)));
    view! {
        <Title text=t(locale, "admin-queue-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <h1>{t(locale, "admin-queue-title")}</h1>
            <p>
                <a href="/admin/registry">{t(locale, "registry-title")}</a>
                " · "
                <a href="/admin/payouts">{t(locale, "admin-payouts-title")}</a>
                " · "
                <a href="/admin/reconciliation">{t(locale, "recon-title")}</a>
            </p>
            <nav class="tabs" aria-label=t(locale, "admin-queue-title")>
                {TABS.iter().map(|tab| {
                    let here = *tab == current;
                    view! { <a href=format!("/admin/cooperatives?state={tab}") aria-current=here.then_some("page")>{t(locale, &format!("admin-tab-{tab}"))}</a> }
                }).collect_view()}
            </nav>
            <ErrorSummary error=error/>
            {on_queue.then(|| view! { <LegalChangeQueue locale/> })}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match items.await {
                        Ok(list) if list.is_empty() => view! { <p>{t(locale, "admin-queue-empty")}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="queue">{list.into_iter().map(|item| view! { <QueueItem item locale/> }).collect_view()}</ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

fn region_name(code: &str, locale: Locale) -> String {
    Region::from_code(code)
        .map(|r| r.name(locale).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

#[component]
fn QueueItem(item: QueueItemDto, locale: Locale) -> impl IntoView {
    let c = &item.cooperative;
    let differs = |field: MismatchedField| matches!(&item.register_match, RegisterMatch::Partial(f) if f.contains(&field));
    let (match_class, match_key) = match &item.register_match {
        RegisterMatch::Exact => ("match-exact", "admin-match-exact"),
        RegisterMatch::Partial(_) => ("match-partial", "admin-match-partial"),
        RegisterMatch::None => ("match-none", "admin-match-none"),
    };
    let differs_label = t(locale, "admin-match-differs");
    let name_differs = differs(MismatchedField::Name);
    let region_differs = differs(MismatchedField::Region);
    let sector = Sector::from_code(&item.sector)
        .map(|s| s.name(locale).to_owned())
        .unwrap_or_default();
    let register = item.register_entry.clone();
    let lapsed = item.register_status.is_some_and(|s| !s.is_active());
    let id = c.id.clone();
    let state = c.state;
    view! {
        <li class="card queue-item" data-cooperative=c.register_number.clone()>
            <h2><bdi>{c.name_ar.clone()}</bdi> " · " <bdi>{c.name_fr.clone()}</bdi></h2>
            <p>
                <span class=format!("badge {match_class}") data-match=match_class>{t(locale, match_key)}</span>
                " " <span class=format!("badge badge-{}", c.state.code())>{crate::i18n::state_name(locale, c.state)}</span>
            </p>
            {item.register_flag.map(|flag| view! {
                <p class="alert alert-warning" data-register-flag=flag.code()>
                    {t_args(locale, "admin-register-flag", &[("status", register_status_name(locale, flag).into())])}
                </p>
            })}
            <table class="compare">
                <thead><tr><th scope="col"></th><th scope="col">{t(locale, "admin-queue-declared")}</th><th scope="col">{t(locale, "admin-queue-register")}</th></tr></thead>
                <tbody>
                    <tr>
                        <th scope="row">{t(locale, "coop-field-register-number")}</th>
                        <td><bdi>{c.register_number.clone()}</bdi></td>
                        <td>{if register.is_some() { c.register_number.clone() } else { t(locale, "admin-queue-not-in-register") }}</td>
                    </tr>
                    <tr class:differs=name_differs>
                        <th scope="row">{t(locale, "coop-field-name-ar")}</th>
                        <td><bdi>{c.name_ar.clone()}</bdi>{name_differs.then(|| format!(" ({differs_label})"))}</td>
                        <td><bdi>{register.as_ref().map(|r| r.0.clone())}</bdi></td>
                    </tr>
                    <tr class:differs=name_differs>
                        <th scope="row">{t(locale, "coop-field-name-fr")}</th>
                        <td><bdi>{c.name_fr.clone()}</bdi></td>
                        <td><bdi>{register.as_ref().map(|r| r.1.clone())}</bdi></td>
                    </tr>
                    <tr class:differs=region_differs>
                        <th scope="row">{t(locale, "coop-field-region")}</th>
                        <td>{region_name(&item.region, locale)}{region_differs.then(|| format!(" ({differs_label})"))}</td>
                        <td>{register.as_ref().map(|r| region_name(&r.2, locale))}</td>
                    </tr>
                    <tr class:differs=lapsed>
                        <th scope="row">{t(locale, "admin-queue-register-status")}</th>
                        <td></td>
                        <td data-register-status=item.register_status.map(|s| s.code())>{item.register_status.map(|s| register_status_name(locale, s))}</td>
                    </tr>
                </tbody>
            </table>
            <dl class="facts">
                <dt>{t(locale, "coop-field-ice")}</dt><dd><bdi>{item.ice.clone()}</bdi></dd>
                <dt>{t(locale, "coop-field-sector")}</dt><dd>{sector}</dd>
                <dt>{t(locale, "coop-field-member-count")}</dt><dd>{item.member_count} " (" {t(locale, "coop-field-women-count")} ": " {item.women_count} ")"</dd>
                <dt>{t(locale, "admin-submitted-on")}</dt><dd>{item.submitted_at.clone()}</dd>
            </dl>
            {if c.has_certificate {
                view! { <p><a class="certificate-link" href=format!("/cooperatives/{}/certificate", c.id) download>{t(locale, "coop-certificate-download")}</a></p> }.into_any()
            } else {
                view! { <p class="badge match-none">{t(locale, "admin-no-certificate")}</p> }.into_any()
            }}
            {c.state_reason.clone().map(|r| view! { <p>{t(locale, "coop-reason")} ": " {r}</p> })}
            <Decisions id state locale/>
        </li>
    }
}

#[component]
fn Decisions(id: String, state: CooperativeStatus, locale: Locale) -> impl IntoView {
    let button = |decision: &'static str, key: &'static str, with_reason: bool, id: String| {
        let reason_id = format!("reason-{decision}-{id}");
        view! {
            <form method="post" action=DecideCooperative::url() class="decision">
                <input type="hidden" name="id" value=id.clone()/>
                <input type="hidden" name="decision" value=decision/>
                {with_reason.then(|| view! {
                    <label for=reason_id.clone()>{t(locale, "admin-reason-label")}</label>
                    <input id=reason_id.clone() type="text" name="reason" maxlength="1000"/>
                })}
                <button type="submit" class=if decision == "verify" || decision == "reinstate" { "button" } else { "button button-secondary" }>{t(locale, key)}</button>
            </form>
        }
    };
    match state {
        CooperativeStatus::Submitted => view! { <div class="decisions">{button("verify", "admin-verify", false, id.clone())}{button("reject", "admin-reject", true, id)}</div> }.into_any(),
        CooperativeStatus::Verified => view! { <div class="decisions">{button("suspend", "admin-suspend", true, id)}</div> }.into_any(),
        CooperativeStatus::Suspended => view! { <div class="decisions">{button("reinstate", "admin-reinstate", false, id)}</div> }.into_any(),
        CooperativeStatus::Draft | CooperativeStatus::Rejected => ().into_any(),
    }
}
