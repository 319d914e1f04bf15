//! Dashboards and platform administration: `/cooperatives/{id}/dashboard` (how a cooperative
//! sells), `/admin` (the marketplace at a glance), `/admin/settings` (fee, delivery, cash on
//! delivery, the expert programme's limits) and `/admin/audit` (the audit log, filtered). Charts
//! are server-rendered SVG, each with a table of its figures; everything works without
//! JavaScript, and periods and filters are plain GET forms, so every view is a shareable URL.

use crate::{
    api::{
        dashboards::{
            SaveSettings, admin_dashboard, audit_log, cooperative_dashboard, platform_settings,
        },
        url_error,
    },
    components::page_state::NotFoundPage,
    components::page_state::forbidden,
    components::{
        exports::ExportForm,
        form::{ErrorSummary, TextField},
    },
    context::use_request_ctx,
    dto::{AuditPageDto, ChartDto, DashboardRowDto, FigureDto, PeriodDto, SettingsDto},
    error::AppError,
    i18n::{t, t_args},
    ssr_redirect,
};
use domain::{Locale, Role, report::Granularity};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// Links between the admin pages.
#[component]
pub fn AdminNav(locale: Locale, current: &'static str) -> impl IntoView {
    let links = [
        ("/admin", "dash-title-admin"),
        ("/admin/cooperatives", "admin-queue-title"),
        ("/admin/registry", "registry-title"),
        ("/admin/labels", "admin-labels-title"),
        ("/admin/collections", "admin-collections-title"),
        ("/admin/experts", "admin-experts-title"),
        ("/admin/payouts", "admin-payouts-title"),
        ("/admin/conversations", "conversations-reported-title"),
        ("/admin/settings", "settings-title"),
        ("/admin/audit", "audit-title"),
    ];
    view! {
        <nav class="tabs admin-nav" aria-label=t(locale, "nav-admin")>
            {links.into_iter().map(|(href, key)| view! {
                <a href=href aria-current=(href == current).then_some("page")>{t(locale, key)}</a>
            }).collect_view()}
        </nav>
    }
}

/// Signs the visitor in first, and refuses anyone but an admin; `Some` page when refused.
pub(crate) fn admin_gate(next: &str) -> Option<AnyView> {
    let ctx = use_request_ctx();
    match &ctx.user {
        None => {
            ssr_redirect(&format!("/sign-in?next={next}"));
            Some(view! { <p>{t(ctx.locale, "error-unauthorized")}</p> }.into_any())
        }
        Some(user) if !user.has_role(Role::Admin) => Some(forbidden()),
        Some(_) => None,
    }
}

/// The period form's fields from the query string.
fn period_query() -> (String, String, String) {
    let q = use_query_map().get_untracked();
    (
        q.get("from").unwrap_or_default(),
        q.get("to").unwrap_or_default(),
        q.get("g").unwrap_or_default(),
    )
}

#[component]
fn PeriodForm(
    locale: Locale,
    action: String,
    period: Option<PeriodDto>,
    error: Option<AppError>,
) -> impl IntoView {
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    let value = |name: &str, fallback: Option<String>| {
        fields
            .as_ref()
            .and_then(|f| f.value(name).map(str::to_owned))
            .or(fallback)
            .unwrap_or_default()
    };
    let from = value("from", period.as_ref().map(|p| p.from.clone()));
    let to = value("to", period.as_ref().map(|p| p.to.clone()));
    let g = value("g", period.as_ref().map(|p| p.granularity.clone()));
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let (from_issue, to_issue) = (issue("from"), issue("to"));
    let (from_bad, to_bad) = (from_issue.is_some(), to_issue.is_some());
    view! {
        <form method="get" action=action class="filters period" aria-label=t(locale, "dash-period")>
            <div class="field" class:field-invalid=from_bad>
                <label for="p-from">{t(locale, "dash-from")}</label>
                <input id="p-from" type="date" name="from" value=from aria-invalid=from_bad.then_some("true") aria-describedby=from_bad.then_some("p-from-error")/>
                {from_issue.map(|m| view! { <p class="field-error" id="p-from-error">{m}</p> })}
            </div>
            <div class="field" class:field-invalid=to_bad>
                <label for="p-to">{t(locale, "dash-to")}</label>
                <input id="p-to" type="date" name="to" value=to aria-invalid=to_bad.then_some("true") aria-describedby=to_bad.then_some("p-to-error")/>
                {to_issue.map(|m| view! { <p class="field-error" id="p-to-error">{m}</p> })}
            </div>
            <div class="field">
                <label for="p-g">{t(locale, "dash-granularity")}</label>
                <select id="p-g" name="g">
                    {Granularity::ALL.iter().map(|gr| {
                        let code = gr.as_str();
                        view! { <option value=code selected={g == code}>{t(locale, &format!("dash-granularity-{code}"))}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button-secondary">{t(locale, "dash-apply")}</button>
        </form>
    }
}

/// The period form, then the headline figures and the charts.
#[component]
fn Overview(
    locale: Locale,
    action: String,
    period: PeriodDto,
    figures: Vec<FigureDto>,
    charts: Vec<ChartDto>,
) -> impl IntoView {
    let coarsened = period.coarsened;
    view! {
        <PeriodForm locale action period=Some(period) error=None/>
        {coarsened.then(|| view! { <p class="notice" role="status">{t(locale, "dash-coarsened")}</p> })}
        <Figures figures/>
        <div class="charts">
            {charts.into_iter().map(|chart| view! { <Chart chart locale/> }).collect_view()}
        </div>
    }
}

/// A refused period: what is wrong, the form to mend it, and a way back to the default.
#[component]
fn BadPeriod(locale: Locale, action: String, error: AppError) -> impl IntoView {
    let reset = action.clone();
    view! {
        <ErrorSummary error=Some(error.clone())/>
        <PeriodForm locale action period=None error=Some(error)/>
        <p><a href=reset>{t(locale, "dash-reset")}</a></p>
    }
}

#[component]
fn Figures(figures: Vec<FigureDto>) -> impl IntoView {
    view! {
        <dl class="figures">
            {figures.into_iter().map(|f| view! {
                <div class="figure"><dt>{f.label}</dt><dd><bdi>{f.value}</bdi></dd></div>
            }).collect_view()}
        </dl>
    }
}

/// A chart, and the table of its figures (its text alternative: the drawing is hidden from
/// assistive technology).
#[component]
fn Chart(chart: ChartDto, locale: Locale) -> impl IntoView {
    let heading = format!("{}-title", chart.id);
    let labelled_by = heading.clone();
    view! {
        <figure class="chart" data-chart=chart.id.clone() aria-labelledby=labelled_by>
            <figcaption id=heading>{chart.title}</figcaption>
            {chart.svg.map(|svg| view! { <div class="chart-drawing" inner_html=svg></div> })}
            <details class="chart-data">
                <summary>{t(locale, "dash-table")}</summary>
                <table class="table">
                    <thead><tr><th scope="col">{chart.label_header}</th><th scope="col">{chart.value_header}</th></tr></thead>
                    <tbody>
                        {chart.rows.into_iter().map(|(label, value)| view! {
                            <tr><th scope="row"><bdi>{label}</bdi></th><td><bdi>{value}</bdi></td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

#[component]
fn RowList(
    locale: Locale,
    heading_id: &'static str,
    title_key: &'static str,
    empty_key: &'static str,
    rows: Vec<DashboardRowDto>,
) -> impl IntoView {
    view! {
        <section class="card dash-list" aria-labelledby=heading_id>
            <h2 id=heading_id>{t(locale, title_key)}</h2>
            {if rows.is_empty() {
                view! { <p class="empty">{t(locale, empty_key)}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {rows.into_iter().map(|r| view! {
                            <li>
                                {match r.href {
                                    Some(href) => view! { <a href=href><bdi>{r.text}</bdi></a> }.into_any(),
                                    None => view! { <bdi>{r.text}</bdi> }.into_any(),
                                }}
                                " · " <span class="hint">{r.detail}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// `/cooperatives/{id}/dashboard`
#[component]
pub fn CooperativeDashboardPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if ctx.user.is_none() {
        ssr_redirect(&format!("/sign-in?next=/cooperatives/{id}/dashboard"));
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let (from, to, g) = period_query();
    let key = (id.clone(), from, to, g);
    let data = Resource::new_blocking(
        move || key.clone(),
        |(id, from, to, g)| cooperative_dashboard(id, from, to, g),
    );
    let action = format!("/cooperatives/{id}/dashboard");
    view! {
        <Title text=t(locale, "dash-title-coop")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let action = action.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! {
                            <section class="dashboard">
                                <h1>{t(locale, "dash-title-coop")} " · " <bdi>{d.cooperative_name.clone()}</bdi></h1>
                                <p class="card-actions">
                                    <a href=format!("/cooperatives/{}/orders", d.cooperative_id)>{t(locale, "coop-orders")}</a>
                                    " · "
                                    <a href=format!("/cooperatives/{}/products", d.cooperative_id)>{t(locale, "my-products-title")}</a>
                                    " · "
                                    <a href=format!("/cooperatives/{}/payouts", d.cooperative_id)>{t(locale, "payouts-title")}</a>
                                    " · "
                                    <a href=format!("/cooperatives/{}/requests", d.cooperative_id)>{t(locale, "coop-requests-title")}</a>
                                </p>
                                <Overview locale action period=d.period figures=d.figures charts=d.charts/>
                                <div class="dash-lists">
                                    <RowList locale heading_id="low-stock-heading" title_key="dash-low-stock" empty_key="dash-low-stock-none" rows=d.low_stock/>
                                    <RowList locale heading_id="payouts-heading" title_key="dash-payouts" empty_key="dash-payouts-none" rows=d.payouts/>
                                    <RowList locale heading_id="requests-heading" title_key="dash-requests" empty_key="dash-requests-none" rows=d.requests/>
                                </div>
                                <section aria-labelledby="exports-heading">
                                    <h2 id="exports-heading">{t(locale, "dash-exports")}</h2>
                                    <ExportForm locale cooperative=Some(d.cooperative_id.clone())/>
                                </section>
                            </section>
                        }.into_any(),
                        Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                        Err(e @ AppError::Invalid(_)) => view! {
                            <section class="dashboard">
                                <h1>{t(locale, "dash-title-coop")}</h1>
                                <BadPeriod locale action error=e/>
                            </section>
                        }.into_any(),
                        Err(e) => view! { <section class="narrow"><ErrorSummary error=Some(e)/></section> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// `/admin`
#[component]
pub fn AdminDashboardPage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    if let Some(refused) = admin_gate("/admin") {
        return refused;
    }
    let key = period_query();
    let data = Resource::new_blocking(
        move || key.clone(),
        |(from, to, g)| admin_dashboard(from, to, g),
    );
    view! {
        <Title text=t(locale, "dash-title-admin")/>
        <Meta name="robots" content="noindex"/>
        <section class="dashboard">
            <h1>{t(locale, "dash-title-admin")}</h1>
            <AdminNav locale current="/admin"/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! {
                            <Overview locale action="/admin".to_owned() period=d.period figures=d.figures charts=d.charts/>
                            <div class="dash-lists">
                                <RowList locale heading_id="due-heading" title_key="dash-payouts-due" empty_key="admin-payouts-none-to-pay" rows=d.due/>
                            </div>
                            <section aria-labelledby="exports-heading">
                                <h2 id="exports-heading">{t(locale, "dash-exports")}</h2>
                                <ExportForm locale cooperative=None/>
                            </section>
                        }.into_any(),
                        Err(e @ AppError::Invalid(_)) => view! {
                            <BadPeriod locale action="/admin".to_owned() error=e/>
                        }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

/// `/admin/settings`
#[component]
pub fn AdminSettingsPage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    if let Some(refused) = admin_gate("/admin/settings") {
        return refused;
    }
    let error = url_error(SaveSettings::PATH);
    let saved = use_query_map()
        .get_untracked()
        .get("saved")
        .and_then(|n| n.parse::<u32>().ok());
    let data = Resource::new_blocking(|| (), |_| platform_settings());
    view! {
        <Title text=t(locale, "settings-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <h1>{t(locale, "settings-title")}</h1>
            <AdminNav locale current="/admin/settings"/>
            {saved.map(|n| view! {
                <div class="alert alert-success" role="status">
                    {if n == 0 { t(locale, "settings-unchanged") } else { t_args(locale, "settings-saved", &[("count", n.into())]) }}
                </div>
            })}
            <Suspense fallback=|| ()>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(s) => view! { <SettingsForm s error locale/> }.into_any(),
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn SettingsForm(s: SettingsDto, error: Option<AppError>, locale: Locale) -> impl IntoView {
    let cod = match error.as_ref().and_then(AppError::field_errors) {
        Some(f) => f.value("cash_on_delivery") == Some("on"),
        None => s.cash_on_delivery,
    };
    view! {
        <ErrorSummary error=error.clone()/>
        <form method="post" action=SaveSettings::url() class="form narrow" novalidate>
            <fieldset>
                <legend>{t(locale, "settings-selling")}</legend>
                <TextField name="platform_fee_percent" label_key="settings-fee" kind="text" autocomplete="off" error=error.clone() initial=Some(s.platform_fee_percent)/>
                <p class="hint">{t(locale, "settings-fee-hint")}</p>
                <TextField name="delivery_fee" label_key="settings-delivery-fee" kind="text" autocomplete="off" error=error.clone() initial=Some(s.delivery_fee)/>
                <TextField name="free_delivery_from" label_key="settings-free-from" kind="text" autocomplete="off" error=error.clone() initial=Some(s.free_delivery_from)/>
                <p class="hint">{t(locale, "settings-free-from-hint")}</p>
                <div class="field field-check">
                    <input type="checkbox" id="cash_on_delivery" name="cash_on_delivery" value="on" checked=cod/>
                    <label for="cash_on_delivery">{t(locale, "settings-cod")}</label>
                </div>
                <TextField name="cash_orders_waiting" label_key="settings-cash-waiting" kind="text" autocomplete="off" error=error.clone() initial=Some(s.cash_orders_waiting)/>
                <p class="hint">{t(locale, "settings-cash-waiting-hint")}</p>
                <p class="hint">{t(locale, if s.card_payments { "settings-card-on" } else { "settings-card-off" })}</p>
            </fieldset>
            <fieldset>
                <legend>{t(locale, "report-title")}</legend>
                <TextField name="max_open_requests" label_key="settings-max-open" kind="text" autocomplete="off" error=error.clone() initial=Some(s.max_open_requests)/>
                <TextField name="claim_release_days" label_key="settings-release-days" kind="text" autocomplete="off" error=error.clone() initial=Some(s.claim_release_days)/>
            </fieldset>
            <p class="hint">{t(locale, "settings-apply-hint")}</p>
            {s.changed_at.map(|at| view! { <p class="hint">{t_args(locale, "settings-last-change", &[("at", at.into())])} " · " <a href="/admin/audit?action=settings">{t(locale, "audit-title")}</a></p> })}
            <button type="submit" class="button">{t(locale, "settings-save")}</button>
        </form>
    }
}

/// `/admin/audit`
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    if let Some(refused) = admin_gate("/admin/audit") {
        return refused;
    }
    let q = use_query_map().get_untracked();
    let field = |name: &str| q.get(name).unwrap_or_default();
    let filter = (
        field("action"),
        field("actor"),
        field("subject"),
        field("from"),
        field("to"),
        field("before"),
    );
    let shown = filter.clone();
    let data = Resource::new_blocking(
        move || filter.clone(),
        |(action, actor, subject, from, to, before)| {
            audit_log(action, actor, subject, from, to, before)
        },
    );
    view! {
        <Title text=t(locale, "audit-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <h1>{t(locale, "audit-title")}</h1>
            <AdminNav locale current="/admin/audit"/>
            <Suspense fallback=|| ()>
                {move || {
                    let shown = shown.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(page) => view! { <AuditFilters locale shown=shown.clone() actions=page.actions.clone() error=None/> <AuditTable page shown locale/> }.into_any(),
                            Err(e @ AppError::Invalid(_)) => view! {
                                <ErrorSummary error=Some(e.clone())/>
                                <AuditFilters locale shown actions=Vec::new() error=Some(e)/>
                            }.into_any(),
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
    .into_any()
}

type AuditQuery = (String, String, String, String, String, String);

#[component]
fn AuditFilters(
    locale: Locale,
    shown: AuditQuery,
    actions: Vec<String>,
    error: Option<AppError>,
) -> impl IntoView {
    let (action, actor, subject, from, to, _) = shown;
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let (from_issue, to_issue) = (issue("from"), issue("to"));
    let (from_bad, to_bad) = (from_issue.is_some(), to_issue.is_some());
    view! {
        <form method="get" action="/admin/audit" class="filters" aria-label=t(locale, "audit-filter")>
            <div class="field">
                <label for="a-action">{t(locale, "audit-action")}</label>
                <input id="a-action" name="action" value=action list="a-actions" maxlength="64"/>
                <datalist id="a-actions">
                    {actions.into_iter().map(|a| view! { <option value=a></option> }).collect_view()}
                </datalist>
            </div>
            <div class="field">
                <label for="a-actor">{t(locale, "audit-actor")}</label>
                <input id="a-actor" type="email" name="actor" value=actor autocomplete="off"/>
            </div>
            <div class="field">
                <label for="a-subject">{t(locale, "audit-subject")}</label>
                <input id="a-subject" name="subject" value=subject maxlength="128"/>
            </div>
            <div class="field" class:field-invalid=from_bad>
                <label for="a-from">{t(locale, "dash-from")}</label>
                <input id="a-from" type="date" name="from" value=from aria-invalid=from_bad.then_some("true") aria-describedby=from_bad.then_some("a-from-error")/>
                {from_issue.map(|m| view! { <p class="field-error" id="a-from-error">{m}</p> })}
            </div>
            <div class="field" class:field-invalid=to_bad>
                <label for="a-to">{t(locale, "dash-to")}</label>
                <input id="a-to" type="date" name="to" value=to aria-invalid=to_bad.then_some("true") aria-describedby=to_bad.then_some("a-to-error")/>
                {to_issue.map(|m| view! { <p class="field-error" id="a-to-error">{m}</p> })}
            </div>
            <button type="submit" class="button button-secondary">{t(locale, "audit-filter")}</button>
        </form>
    }
}

#[component]
fn AuditTable(page: AuditPageDto, shown: AuditQuery, locale: Locale) -> impl IntoView {
    if page.entries.is_empty() {
        return view! { <p class="empty">{t(locale, "audit-empty")}</p> }.into_any();
    }
    let (action, actor, subject, from, to, _) = shown;
    let next = page.next_before.map(|before| {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("action", action.as_str()),
                ("actor", actor.as_str()),
                ("subject", subject.as_str()),
                ("from", from.as_str()),
                ("to", to.as_str()),
                ("before", before.as_str()),
            ])
            .finish();
        format!("/admin/audit?{query}")
    });
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=t(locale, "audit-title")>
        <table class="table audit">
            <thead><tr>
                <th scope="col">{t(locale, "audit-when")}</th>
                <th scope="col">{t(locale, "audit-actor")}</th>
                <th scope="col">{t(locale, "audit-action")}</th>
                <th scope="col">{t(locale, "audit-subject")}</th>
                <th scope="col">{t(locale, "audit-details")}</th>
            </tr></thead>
            <tbody>
                {page.entries.into_iter().map(|e| {
                    let action = e.action.clone();
                    view! {
                    <tr data-action=action>
                        <td><bdi>{e.at}</bdi></td>
                        <td><bdi>{e.actor.unwrap_or_else(|| t(locale, "audit-system"))}</bdi></td>
                        <td><code dir="ltr">{e.action}</code></td>
                        <td><code dir="ltr">{e.subject.unwrap_or_default()}</code></td>
                        <td><code class="audit-details" dir="ltr">{e.details}</code></td>
                    </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
        {next.map(|href| view! { <p><a class="button button-secondary" href=href rel="next">{t(locale, "audit-more")}</a></p> })}
    }
    .into_any()
}
