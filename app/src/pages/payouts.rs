//! What the platform and the cooperatives owe each other: `/cooperatives/{id}/payouts`, a
//! cooperative's statement, both directions and the net, with its CSV (and, for admins, the form
//! recording a bank transfer either way), and `/admin/payouts`, the cooperatives to pay and
//! those that owe fees.

use crate::{
    api::{
        payouts::{RecordPayout, payouts_due, reconciliation, refunds_waiting, statement},
        url_error,
    },
    components::form::{Choices, ErrorSummary, SelectField, TextField},
    components::page_state::NotFoundPage,
    components::{guard::require_sign_in, product_grid::price},
    context::use_locale,
    dto::{PayoutDueDto, RefundWaitingDto, StatementDto},
    error::AppError,
    i18n::{ledger_kind_key, t},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// `/cooperatives/{id}/payouts`
#[component]
pub fn StatementPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/payouts")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some());
    let error = url_error(RecordPayout::PATH);
    let data = Resource::new_blocking(move || id.clone(), statement);
    view! {
        <Title text=t(locale, "payouts-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="payouts">
            <h1>{t(locale, "payouts-title")}</h1>
            {saved.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "payouts-saved")}</p> })}
            <Suspense fallback=|| ()>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(s) => view! { <StatementView s error locale/> }.into_any(),
                            Err(AppError::NotFound) => view! { <NotFoundPage/> }.into_any(),
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
fn StatementView(s: StatementDto, error: Option<AppError>, locale: Locale) -> impl IntoView {
    let today = server_today();
    let (net_key, net) = if s.balance_centimes < 0 {
        ("payouts-balance-owing", -s.balance_centimes)
    } else {
        ("payouts-balance", s.balance_centimes)
    };
    // The form offers the direction that is open first.
    let open_direction = if s.balance_centimes < 0 {
        "from_cooperative"
    } else {
        "to_cooperative"
    };
    let directions = Choices::Flat(
        ["to_cooperative", "from_cooperative"]
            .into_iter()
            .map(|d| {
                (
                    d.to_owned(),
                    t(
                        locale,
                        &format!("payouts-direction-{}", d.replace('_', "-")),
                    ),
                )
            })
            .collect(),
    );
    view! {
        <h2>{s.cooperative_name.clone()}</h2>
        <dl class="totals">
            <dt>{t(locale, "payouts-earned")}</dt><dd>{price(s.earned_centimes, locale)}</dd>
            <dt>{t(locale, "payouts-cash-collected")}</dt><dd>{price(s.cash_collected_centimes, locale)}</dd>
            <dt>{t(locale, "payouts-refunded")}</dt><dd>{price(s.refunded_centimes, locale)}</dd>
            {(s.frozen_centimes != 0).then(|| view! {
                <dt>{t(locale, "payouts-frozen")}</dt><dd data-frozen=s.frozen_centimes.to_string()>{price(s.frozen_centimes, locale)}</dd>
            })}
            <dt>{t(locale, "payouts-received")}</dt><dd>{price(s.received_centimes, locale)}</dd>
            <dt>{t(locale, "payouts-sent")}</dt><dd>{price(s.sent_centimes, locale)}</dd>
            <dt class="total">{t(locale, net_key)}</dt>
            <dd class="total" data-balance=s.balance_centimes.to_string()>{price(net, locale)}</dd>
        </dl>
        <p class="hint">{t(locale, "payouts-how")}</p>
        <p><a class="button button-secondary" href=format!("/cooperatives/{}/statement.csv", s.cooperative_id) download>{t(locale, "payouts-download")}</a></p>
        {if s.rows.is_empty() {
            view! { <p>{t(locale, "payouts-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                <table class="table">
                    <caption class="visually-hidden">{t(locale, "payouts-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t(locale, "payouts-date")}</th>
                        <th scope="col">{t(locale, "payouts-kind")}</th>
                        <th scope="col">{t(locale, "payouts-order")}</th>
                        <th scope="col">{t(locale, "payouts-reference")}</th>
                        <th scope="col">{t(locale, "payouts-amount")}</th>
                    </tr></thead>
                    <tbody>
                        {s.rows.into_iter().map(|r| view! {
                            <tr data-kind=r.kind.code()>
                                <td dir="ltr">{r.date}</td>
                                <td>{t(locale, &ledger_kind_key(r.kind))}</td>
                                <td>{r.order_number.unwrap_or_default()}</td>
                                <td>{r.reference.unwrap_or_default()}</td>
                                <td data-amount=r.amount_centimes.to_string()>{price(r.amount_centimes, locale)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            }.into_any()
        }}
        {s.can_record.then(|| view! {
            <form method="post" action=RecordPayout::url() class="stack payout-form">
                <h2>{t(locale, "payouts-record")}</h2>
                <ErrorSummary error=error.clone()/>
                <input type="hidden" name="cooperative_id" value=s.cooperative_id.clone()/>
                <SelectField name="direction" label_key="payouts-direction" choices=directions error=error.clone() initial=Some(open_direction.to_owned())/>
                <TextField name="amount" label_key="payouts-amount" autocomplete="off" error=error.clone()/>
                <TextField name="reference" label_key="payouts-reference" autocomplete="off" error=error.clone()/>
                <TextField name="paid_on" label_key="payouts-paid-on" kind="date" autocomplete="off" error=error.clone() initial=Some(today.clone())/>
                <button type="submit" class="button">{t(locale, "payouts-record")}</button>
            </form>
        })}
    }
}

/// Today's date as `YYYY-MM-DD`, on the server (the form's default transfer day).
fn server_today() -> String {
    #[cfg(feature = "ssr")]
    {
        chrono::Utc::now().date_naive().to_string()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// `/admin/payouts`
#[component]
pub fn AdminPayoutsPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/admin/payouts") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let data = Resource::new_blocking(|| (), |_| payouts_due());
    let refunds = Resource::new_blocking(|| (), |_| refunds_waiting());
    view! {
        <Title text=t(locale, "admin-payouts-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="payouts">
            <h1>{t(locale, "admin-payouts-title")}</h1>
            <p><a href="/admin/reconciliation">{t(locale, "recon-title")}</a></p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(due) => view! { <DueList due locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
                {move || Suspend::new(async move {
                    match refunds.await {
                        Ok(rows) => view! { <RefundsWaiting rows locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

/// Card refunds the provider has not taken: waiting to be sent again, or refused.
#[component]
fn RefundsWaiting(rows: Vec<RefundWaitingDto>, locale: Locale) -> impl IntoView {
    view! {
        <h2>{t(locale, "admin-refunds-title")}</h2>
        {if rows.is_empty() {
            view! { <p>{t(locale, "admin-refunds-none")}</p> }.into_any()
        } else {
            view! {
                <p class="hint">{t(locale, "admin-refunds-how")}</p>
                <table class="table" data-list="admin-refunds">
                    <thead><tr>
                        <th scope="col">{t(locale, "payouts-date")}</th>
                        <th scope="col">{t(locale, "payouts-order")}</th>
                        <th scope="col">{t(locale, "payouts-amount")}</th>
                        <th scope="col">{t(locale, "admin-refunds-state")}</th>
                        <th scope="col">{t(locale, "admin-refunds-error")}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr data-state=r.state.code()>
                                <td>{r.date}</td>
                                <td dir="ltr">{r.order_number}</td>
                                <td>{price(r.amount_centimes, locale)}</td>
                                <td>{t(locale, &format!("refund-state-{}", r.state.code()))} " (" {r.attempts} ")"</td>
                                <td>{r.last_error.unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

#[component]
fn DueList(due: Vec<PayoutDueDto>, locale: Locale) -> impl IntoView {
    if due.is_empty() {
        return view! { <p>{t(locale, "admin-payouts-none")}</p> }.into_any();
    }
    let (to_pay, owing): (Vec<PayoutDueDto>, Vec<PayoutDueDto>) =
        due.into_iter().partition(|d| d.balance_centimes > 0);
    let table = move |rows: Vec<PayoutDueDto>,
                      heading: &'static str,
                      column: &'static str,
                      empty: &'static str| {
        view! {
            <h2>{t(locale, heading)}</h2>
            {if rows.is_empty() {
                view! { <p>{t(locale, empty)}</p> }.into_any()
            } else {
                view! {
                    <table class="table" data-list=heading>
                        <thead><tr>
                            <th scope="col">{t(locale, "admin-payouts-cooperative")}</th>
                            <th scope="col">{t(locale, column)}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|d| view! {
                                <tr>
                                    <td><a href=format!("/cooperatives/{}/payouts", d.cooperative_id)>{d.cooperative_name}</a></td>
                                    <td data-balance=d.balance_centimes.to_string()>{price(d.balance_centimes.abs(), locale)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        }
    };
    view! {
        {table(to_pay, "admin-payouts-to-pay", "payouts-balance", "admin-payouts-none-to-pay")}
        {table(owing, "admin-payouts-owing", "payouts-balance-owing", "admin-payouts-none-owing")}
    }
    .into_any()
}

/// `/admin/reconciliation`: a period's money per cooperative and in total, with its CSV.
#[component]
pub fn ReconciliationPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/admin/reconciliation") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let (from, to) = use_query_map().with_untracked(|q| {
        (
            q.get("from").unwrap_or_default(),
            q.get("to").unwrap_or_default(),
        )
    });
    let data = Resource::new_blocking(
        move || (from.clone(), to.clone()),
        |(from, to)| reconciliation(from, to),
    );
    view! {
        <Title text=t(locale, "recon-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="payouts">
            <h1>{t(locale, "recon-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(r) => view! { <ReconciliationView r locale/> }.into_any(),
                        Err(e @ AppError::Invalid(_)) => view! { <PeriodForm from=String::new() to=String::new() error=Some(e) locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

/// The period's GET form (works without JavaScript).
#[component]
fn PeriodForm(from: String, to: String, error: Option<AppError>, locale: Locale) -> impl IntoView {
    view! {
        <form method="get" action="/admin/reconciliation" class="stack period-form">
            <ErrorSummary error=error.clone()/>
            <TextField name="from" label_key="recon-from" kind="date" autocomplete="off" error=error.clone() initial=Some(from)/>
            <TextField name="to" label_key="recon-to" kind="date" autocomplete="off" error=error.clone() initial=Some(to)/>
            <button type="submit" class="button">{t(locale, "recon-show")}</button>
        </form>
    }
}

#[component]
fn ReconciliationView(r: crate::dto::ReconciliationDto, locale: Locale) -> impl IntoView {
    use crate::dto::ReconciliationRowDto as Row;
    let csv = format!("/admin/reconciliation.csv?from={}&to={}", r.from, r.to);
    let cells = move |row: &Row| {
        [
            row.sales_centimes,
            row.cash_collected_centimes,
            row.card_sales_centimes,
            row.fees_centimes,
            row.refunds_centimes,
            row.charged_back_centimes,
            row.frozen_centimes,
            row.transferred_to_centimes,
            row.transferred_from_centimes,
            row.position_centimes,
        ]
        .map(|c| view! { <td data-centimes=c.to_string()>{price(c, locale)}</td> })
        .collect_view()
    };
    view! {
        <PeriodForm from=r.from.clone() to=r.to.clone() error=None locale/>
        <p class="hint" data-balanced=r.balanced.to_string()>
            {t(locale, if r.balanced { "recon-balanced" } else { "recon-unbalanced" })}
            " · " {t(locale, "recon-card-collected")} " " {price(r.card_collected_centimes, locale)}
        </p>
        <p><a class="button button-secondary" href=csv download>{t(locale, "recon-download")}</a></p>
        <div class="table-scroll">
            <table class="table reconciliation">
                <caption class="visually-hidden">{t(locale, "recon-title")}</caption>
                <thead><tr>
                    {crate::dto::RECONCILIATION_COLUMNS.into_iter().map(|k| view! { <th scope="col">{t(locale, k)}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {r.rows.iter().map(|row| view! {
                        <tr>
                            <th scope="row">{match &row.cooperative_id {
                                Some(id) => view! { <a href=format!("/cooperatives/{id}/payouts")>{row.cooperative_name.clone()}</a> }.into_any(),
                                None => view! { <span>{row.cooperative_name.clone()}</span> }.into_any(),
                            }}</th>
                            {cells(row)}
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr class="total" data-total="">
                        <th scope="row">{r.total.cooperative_name.clone()}</th>
                        {cells(&r.total)}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
