//! Quality labels: a cooperative's own list and declaration form (`/cooperatives/{id}/labels`) and
//! the admins' verification queue (`/admin/labels`).

use crate::{
    api::{
        labels::{DecideLabel, DeclareLabel, label_queue, my_labels},
        url_error,
    },
    components::form::{Choices, ErrorSummary, FileField, SelectField, TextField},
    components::guard::require_sign_in,
    components::page_state::data_view,
    context::use_locale,
    dto::LabelChoiceDto,
    i18n::{label_name, t},
};
use domain::{Locale, label::LabelKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// A label's kind, reference and state.
#[component]
fn LabelLine(label: LabelChoiceDto, locale: Locale) -> impl IntoView {
    view! {
        <strong>{label_name(locale, label.kind)}</strong>
        " · " <code>{label.reference.clone()}</code> " · "
        <span class=format!("badge label-state-{}", label.state.code())>{crate::i18n::state_name(locale, label.state)}</span>
        {label.state_reason.clone().map(|r| view! { " " <q>{r}</q> })}
        {label.has_evidence.then(|| view! {
            " · " <a href=format!("/labels/{}/evidence", label.id)>{t(locale, "label-evidence-download")}</a>
        })}
    }
}

/// `/cooperatives/{id}/labels`
#[component]
pub fn LabelsPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/labels")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(DeclareLabel::PATH);
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some()) && error.is_none();
    let data = Resource::new_blocking(move || id.clone(), my_labels);
    view! {
        <Title text=t(locale, "labels-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |mine| {
                            let name = if locale == Locale::Ar { mine.name_ar.clone() } else { mine.name_fr.clone() };
                            let kinds = Choices::Flat(LabelKind::ALL.map(|k| (k.code().to_owned(), label_name(locale, k))).to_vec());
                            view! {
                                <section class="narrow">
                                    <p><a href=format!("/cooperatives/{}/products", mine.cooperative_id)>{t(locale, "my-products-title")}</a></p>
                                    <h1>{t(locale, "labels-title")}</h1>
                                    <p class="lead"><bdi>{name}</bdi></p>
                                    <p>{t(locale, "labels-lead")}</p>
                                    {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "labels-saved")}</div> })}
                                    <ErrorSummary error=error.clone()/>
                                    {if mine.labels.is_empty() {
                                        view! { <p class="empty">{t(locale, "labels-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <ul class="label-list">
                                                {mine.labels.into_iter().map(|label| { let kind = label.kind.code(); view! { <li data-kind=kind><LabelLine label locale/></li> } }).collect_view()}
                                            </ul>
                                        }.into_any()
                                    }}
                                    {if mine.verified {
                                        view! {
                                            <form method="post" action=DeclareLabel::url() enctype="multipart/form-data" class="stack" novalidate>
                                                <h2>{t(locale, "labels-declare")}</h2>
                                                <input type="hidden" name="cooperative_id" value=mine.cooperative_id.clone()/>
                                                <SelectField name="kind" label_key="label-field-kind" choices=kinds error=error.clone()/>
                                                <TextField name="reference" label_key="label-field-reference" autocomplete="off" error=error.clone()/>
                                                <FileField name="evidence" label_key="label-field-evidence" hint_key="label-field-evidence-hint"
                                                    accept="application/pdf,image/jpeg,image/png" error=error.clone()/>
                                                <button type="submit" class="button">{t(locale, "labels-declare")}</button>
                                            </form>
                                        }.into_any()
                                    } else {
                                        view! { <div class="alert alert-error" role="alert">{t(locale, "products-not-verified")}</div> }.into_any()
                                    }}
                                </section>
                            }.into_any()
                        })
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// `/admin/labels`
#[component]
pub fn AdminLabelsPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/admin/labels") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(DecideLabel::PATH);
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some()) && error.is_none();
    let data = Resource::new_blocking(|| (), |_| label_queue());
    view! {
        <Title text=t(locale, "admin-labels-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <h1>{t(locale, "admin-labels-title")}</h1>
            {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "labels-decided")}</div> })}
            <ErrorSummary error=error.clone()/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(queue) if queue.is_empty() => view! { <p class="empty">{t(locale, "admin-labels-empty")}</p> }.into_any(),
                        Ok(queue) => view! {
                            <ul class="queue">
                                {queue.into_iter().map(|item| {
                                    let name = if locale == Locale::Ar { item.cooperative_name_ar.clone() } else { item.cooperative_name_fr.clone() };
                                    let id = item.label.id.clone();
                                    let reason_id = format!("reason-{id}");
                                    view! {
                                        <li class="card" data-label=id.clone()>
                                            <p><a href=format!("/c/{}", item.cooperative_slug)><bdi>{name}</bdi></a></p>
                                            <p><LabelLine label=item.label.clone() locale/></p>
                                            <form method="post" action=DecideLabel::url() class="inline-form">
                                                <input type="hidden" name="label_id" value=id.clone()/>
                                                <input type="hidden" name="decision" value="verify"/>
                                                <button type="submit" class="button">{t(locale, "label-verify")}</button>
                                            </form>
                                            <form method="post" action=DecideLabel::url() class="stack">
                                                <input type="hidden" name="label_id" value=id.clone()/>
                                                <input type="hidden" name="decision" value="reject"/>
                                                <label for=reason_id.clone()>{t(locale, "label-reject-reason")}</label>
                                                <input id=reason_id name="reason" type="text" required/>
                                                <button type="submit" class="button button-danger">{t(locale, "label-reject")}</button>
                                            </form>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}
