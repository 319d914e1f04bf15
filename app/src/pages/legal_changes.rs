//! The admins' side of legal-detail changes: on `/admin/cooperatives`, each verified
//! cooperative's waiting proposal beside what is recorded and what the register holds for the
//! proposed number, with "accept" and "refuse with a reason".

use crate::{
    api::{
        cooperative_settings::{DecideLegalChange, legal_change_queue},
        url_error,
    },
    components::form::ErrorSummary,
    dto::LegalChangeDto,
    i18n::{register_status_name, t},
};
use domain::{Locale, registry::RegisterMatch};
use leptos::prelude::*;
use server_fn::ServerFn;

/// The waiting proposals (nothing when none waits).
#[component]
pub fn LegalChangeQueue(locale: Locale) -> impl IntoView {
    let error = url_error(DecideLegalChange::PATH);
    let changes = Resource::new_blocking(|| (), |()| legal_change_queue());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match changes.await {
                        Ok(list) if list.is_empty() && error.is_none() => ().into_any(),
                        Ok(list) => view! {
                            <section id="legal-changes" aria-labelledby="legal-changes-title">
                                <h2 id="legal-changes-title">{t(locale, "admin-legal-title")}</h2>
                                <ErrorSummary error/>
                                <ul class="queue">{list.into_iter().map(|change| view! { <Proposal change locale/> }).collect_view()}</ul>
                            </section>
                        }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn Proposal(change: LegalChangeDto, locale: Locale) -> impl IntoView {
    let (match_class, match_key) = match &change.register_match {
        RegisterMatch::Exact => ("match-exact", "admin-match-exact"),
        RegisterMatch::Partial(_) => ("match-partial", "admin-match-partial"),
        RegisterMatch::None => ("match-none", "admin-match-none"),
    };
    let lapsed = change.register_status.is_some_and(|s| !s.is_active());
    let row = |key: &'static str, now: String, proposed: String| {
        let differs = now != proposed;
        view! {
            <tr class:differs=differs>
                <th scope="row">{t(locale, key)}</th>
                <td><bdi>{now}</bdi></td>
                <td><bdi>{proposed}</bdi></td>
            </tr>
        }
    };
    let (c, p) = (change.current.clone(), change.proposed.clone());
    let reason_id = format!("legal-reason-{}", change.id);
    view! {
        <li class="card queue-item" data-legal-change=change.id.clone()>
            <h3><a href=format!("/c/{}", change.slug)><bdi>{c.name_ar.clone()}</bdi> " · " <bdi>{c.name_fr.clone()}</bdi></a></h3>
            <p>
                <span class=format!("badge {match_class}") data-match=match_class>{t(locale, match_key)}</span>
                {change.register_status.map(|s| view! { " " <span class="badge" class:match-none=lapsed data-register-status=s.code()>{register_status_name(locale, s)}</span> })}
                " " {t(locale, "admin-submitted-on")} " " {change.proposed_at.clone()}
            </p>
            <table class="compare">
                <thead><tr><th scope="col"></th><th scope="col">{t(locale, "admin-legal-recorded")}</th><th scope="col">{t(locale, "admin-legal-proposed")}</th></tr></thead>
                <tbody>
                    {row("coop-field-name-ar", c.name_ar, p.name_ar)}
                    {row("coop-field-name-fr", c.name_fr, p.name_fr)}
                    {row("coop-field-register-number", c.register_number, p.register_number)}
                    {row("coop-field-ice", c.ice, p.ice)}
                </tbody>
            </table>
            <div class="decisions">
                <form method="post" action=DecideLegalChange::url() class="decision">
                    <input type="hidden" name="change_id" value=change.id.clone()/>
                    <input type="hidden" name="decision" value="accept"/>
                    <button type="submit" class="button">{t(locale, "admin-legal-accept")}</button>
                </form>
                <form method="post" action=DecideLegalChange::url() class="decision">
                    <input type="hidden" name="change_id" value=change.id.clone()/>
                    <input type="hidden" name="decision" value="refuse"/>
                    <label for=reason_id.clone()>{t(locale, "admin-reason-label")}</label>
                    <input id=reason_id type="text" name="reason" maxlength="1000"/>
                    <button type="submit" class="button button-secondary">{t(locale, "admin-legal-refuse")}</button>
                </form>
            </div>
        </li>
    }
}
