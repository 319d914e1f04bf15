//! `/cooperatives/{id}/orders`: the cooperative's shipments to fulfil.

use super::region_name;
use crate::{
    api::{
        orders::{ShipmentAction, inbox},
        url_error,
    },
    components::form::ErrorSummary,
    components::page_state::NotFoundPage,
    components::{guard::require_sign_in, product_grid::price},
    context::use_locale,
    dto::{InboxDto, InboxShipmentDto},
    error::AppError,
    i18n::{state_name, t, t_args},
};
use domain::{Locale, order::PaymentMethod};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// `/cooperatives/{id}/orders`: the cooperative's shipments to fulfil.
#[component]
pub fn InboxPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/orders")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let (filter, saved) =
        use_query_map().with_untracked(|q| (q.get("state"), q.get("saved").is_some()));
    let error = url_error(ShipmentAction::PATH);
    let data = Resource::new_blocking(
        move || (id.clone(), filter.clone()),
        |(id, filter)| inbox(id, filter),
    );
    view! {
        <Title text=t(locale, "inbox-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="inbox">
            <h1>{t(locale, "inbox-title")}</h1>
            {saved.then(|| view! { <p class="alert alert-success" role="status">{t(locale, "inbox-saved")}</p> })}
            <ErrorSummary error=error/>
            <Suspense fallback=|| ()>
                {move || {
                    Suspend::new(async move {
                        match data.await {
                            Ok(inbox) => view! { <InboxView inbox locale/> }.into_any(),
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
fn InboxView(inbox: InboxDto, locale: Locale) -> impl IntoView {
    let base = format!("/cooperatives/{}/orders", inbox.cooperative_id);
    let filters = std::iter::once(("", t(locale, "inbox-filter-all")))
        .chain(domain::order::ShipmentState::ALL.map(|s| (s.code(), state_name(locale, s))))
        .map(|(code, label)| {
            let href = if code.is_empty() {
                base.clone()
            } else {
                format!("{base}?state={code}")
            };
            let current = code == inbox.filter;
            view! { <li><a href=href aria-current=current.then_some("page")>{label}</a></li> }
        })
        .collect_view();
    let coop = inbox.cooperative_id.clone();
    view! {
        <p class="lead">{inbox.cooperative_name.clone()}</p>
        <p><a href=format!("/cooperatives/{coop}/payouts")>{t(locale, "payouts-link")}</a></p>
        <nav aria-label=t(locale, "orders-state")><ul class="filters">{filters}</ul></nav>
        {if inbox.shipments.is_empty() {
            view! { <p>{t(locale, "inbox-empty")}</p> }.into_any()
        } else {
            inbox.shipments.into_iter().map(|s| view! { <InboxShipment s coop=coop.clone() locale/> }).collect_view().into_any()
        }}
    }
}

#[component]
fn InboxShipment(s: InboxShipmentDto, coop: String, locale: Locale) -> impl IntoView {
    let heading = format!("inbox-{}", s.id);
    let cash = s.payment_method == PaymentMethod::CashOnDelivery;
    let state = s.state;
    let shipment_id = s.id.clone();
    let action = move |event: &'static str, label: String, extra: AnyView| {
        view! {
            <form method="post" action=ShipmentAction::url() class="stack inbox-action">
                <input type="hidden" name="cooperative_id" value=coop.clone()/>
                <input type="hidden" name="shipment_id" value=shipment_id.clone()/>
                <input type="hidden" name="event" value=event/>
                {extra}
                <button type="submit" class=if matches!(event, "cancel" | "refuse") { "button button-danger" } else { "button" }>{label}</button>
            </form>
        }
    };
    use domain::order::ShipmentState as S;
    let field = |name: &'static str, key: &'static str, required: bool| {
        let id = format!("{name}-{}", s.id);
        view! {
            <div class="field">
                <label for=id.clone()>{t(locale, key)}</label>
                <input id=id type="text" name=name maxlength="80" required=required/>
            </div>
        }
        .into_any()
    };
    let actions = match state {
        S::Pending => view! {
            {action("confirm", t(locale, "inbox-confirm"), ().into_any())}
            {action("cancel", t(locale, "inbox-cancel"), field("reason", "inbox-reason", true))}
        }
        .into_any(),
        S::Confirmed => view! {
            {action("ship", t(locale, "inbox-ship"), view! { {field("carrier", "inbox-carrier", false)} {field("tracking_number", "inbox-tracking", false)} }.into_any())}
            {action("cancel", t(locale, "inbox-cancel"), field("reason", "inbox-reason", true))}
        }
        .into_any(),
        S::Shipped => view! {
            {action(
                "deliver",
                t(locale, if cash { "inbox-deliver-cash" } else { "inbox-deliver" }),
                ().into_any(),
            )}
            {action("refuse", t(locale, "inbox-refuse"), ().into_any())}
        }
        .into_any(),
        S::Refused => action("return", t(locale, "inbox-return"), ().into_any()).into_any(),
        _ => ().into_any(),
    };
    view! {
        <section class="shipment" aria-labelledby=heading.clone() data-order=s.order_number.clone()>
            <h2 id=heading.clone()>{t_args(locale, "inbox-order", &[("number", s.order_number.clone().into())])}</h2>
            <p class="shipment-state" data-state=s.state.code()>
                <strong>{state_name(locale, s.state)}</strong>
                " · " {s.created_at.get(..10).unwrap_or_default().to_owned()}
            </p>
            <ul>
                {s.lines.iter().map(|l| view! {
                    <li>
                        {l.quantity} " × " {l.title.clone()}
                        {(!l.option_label.is_empty()).then(|| view! { " — " <strong data-testid="line-option"><bdi>{l.option_label.clone()}</bdi></strong> })}
                        " · " <code>{l.sku.clone()}</code> " · " {price(l.line_centimes, locale)}
                    </li>
                }).collect_view()}
            </ul>
            <p>
                {s.recipient_name.clone()} " · " <span dir="ltr">{s.phone.clone()}</span> <br/>
                {s.address_line.clone()} ", " {s.city.clone()} " · " {region_name(&s.region, locale)}
            </p>
            {s.notes.clone().map(|n| view! { <p class="hint">{n}</p> })}
            <p>
                {if cash {
                    t_args(locale, "inbox-collect", &[("amount", price(s.goods_centimes + s.delivery_centimes, locale).into())])
                } else {
                    String::new()
                }}
                " " {t_args(locale, "inbox-share", &[("amount", price(s.cooperative_share_centimes, locale).into())])}
            </p>
            {s.cancel_reason.clone().map(|r| view! { <p class="hint">{t(locale, "order-cancel-reason")} " " {r}</p> })}
            <div class="inbox-actions">{actions}</div>
        </section>
    }
}
