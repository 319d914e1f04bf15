//! `/cooperatives/{id}/settings`: a cooperative's profile and settings, kept by its members: the
//! public profile (phone, WhatsApp, head counts, sector) and cash on delivery, saved at once with
//! no new review; and its legal details, which an owner of a verified cooperative may propose to
//! change (an admin decides; the recorded details stay public meanwhile). Plain forms; nothing
//! needs JavaScript.

use crate::{
    api::{
        cooperative_settings::{ProposeLegalChange, SaveCooperativeSettings, cooperative_settings},
        url_error,
    },
    components::form::{Choices, ErrorSummary, SelectField, TextField},
    components::guard::require_sign_in,
    components::page_state::data_view,
    context::use_locale,
    dto::{CooperativeSettingsDto, LegalChangeDto, LegalDetailsDto},
    error::AppError,
    i18n::{t, t_args},
};
use domain::{Locale, geo::Sector};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The settings page.
#[component]
pub fn CooperativeSettingsPage() -> impl IntoView {
    let locale = use_locale();
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if !require_sign_in(&format!("/cooperatives/{id}/settings")) {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(SaveCooperativeSettings::PATH);
    let legal_error = url_error(ProposeLegalChange::PATH);
    let (saved, proposed) =
        use_query_map().with_untracked(|q| (q.get("saved").is_some(), q.get("proposed").is_some()));
    let saved = saved && error.is_none();
    let proposed = proposed && legal_error.is_none();
    let data = Resource::new_blocking(move || id.clone(), cooperative_settings);
    view! {
        <Title text=t(locale, "coop-settings-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let (error, legal_error) = (error.clone(), legal_error.clone());
                Suspend::new(async move {
                    data_view(data.await, |s| view! {
                        <section class="narrow">
                            <SettingsForm s=s.clone() error saved locale/>
                            <LegalDetails s legal_error proposed locale/>
                        </section>
                    }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn SettingsForm(
    s: CooperativeSettingsDto,
    error: Option<AppError>,
    saved: bool,
    locale: Locale,
) -> impl IntoView {
    let name = if locale == Locale::Ar {
        s.legal.name_ar.clone()
    } else {
        s.legal.name_fr.clone()
    };
    let sectors = Choices::Flat(
        Sector::ALL
            .iter()
            .map(|s| (s.code().to_owned(), s.name(locale).to_owned()))
            .collect(),
    );
    view! {
        <h1>{t(locale, "coop-settings-title")}</h1>
        <p class="lead"><bdi>{name}</bdi></p>
        {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "coop-settings-saved")}</div> })}
        <ErrorSummary error=error.clone()/>
        <form method="post" action=SaveCooperativeSettings::url() class="stack" id="profile">
            <input type="hidden" name="cooperative_id" value=s.cooperative_id.clone()/>
            <fieldset>
                <legend>{t(locale, "coop-profile-title")}</legend>
                <p class="hint">{t(locale, "coop-profile-hint")}</p>
                <TextField name="phone" label_key="coop-field-phone" kind="tel" autocomplete="tel" error=error.clone() initial=Some(s.phone.clone())/>
                <TextField name="whatsapp" label_key="coop-settings-whatsapp" kind="tel" autocomplete="tel" hint_key="coop-settings-whatsapp-hint" error=error.clone() initial=Some(s.whatsapp.clone())/>
                <TextField name="member_count" label_key="coop-field-member-count" kind="number" autocomplete="off" inputmode="numeric" error=error.clone() initial=Some(s.member_count.to_string())/>
                <TextField name="women_count" label_key="coop-field-women-count" kind="number" autocomplete="off" inputmode="numeric" error=error.clone() initial=Some(s.women_count.to_string())/>
                <SelectField name="sector" label_key="coop-field-sector" choices=sectors error=error.clone() initial=Some(s.sector.clone())/>
                {s.verified.then(|| view! {
                    <p><a href=format!("/cooperatives/{}/identity", s.cooperative_id)>{t(locale, "coop-profile-story-link")}</a></p>
                })}
            </fieldset>
            <fieldset>
                <legend>{t(locale, "coop-settings-payment")}</legend>
                <div class="field field-check">
                    <input type="checkbox" id="cash_on_delivery" name="cash_on_delivery" value="on" checked=s.cash_on_delivery aria-describedby="cash_on_delivery-hint"/>
                    <label for="cash_on_delivery">{t(locale, "coop-settings-cod")}</label>
                </div>
                <p class="hint" id="cash_on_delivery-hint">{t(locale, "coop-settings-cod-hint")}</p>
            </fieldset>
            <button type="submit" class="button">{t(locale, "coop-settings-save")}</button>
        </form>
    }
}

/// The recorded legal details, the latest proposal's fate, and (for an owner of a verified
/// cooperative) the form proposing new ones.
#[component]
fn LegalDetails(
    s: CooperativeSettingsDto,
    legal_error: Option<AppError>,
    proposed: bool,
    locale: Locale,
) -> impl IntoView {
    let waiting = s
        .legal_change
        .as_ref()
        .filter(|c| c.outcome.is_none())
        .cloned();
    let refused = s
        .legal_change
        .as_ref()
        .filter(|c| c.outcome.as_deref() == Some("refused"))
        .cloned();
    // The form starts from the waiting proposal, else from what is recorded.
    let start = waiting
        .as_ref()
        .map_or_else(|| s.legal.clone(), |c| c.proposed.clone());
    let may_propose = s.is_owner && s.verified;
    view! {
        <section id="legal" class="stack" aria-labelledby="legal-title">
            <h2 id="legal-title">{t(locale, "coop-legal-title")}</h2>
            {proposed.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "coop-legal-proposed")}</div> })}
            <DetailsTable legal=s.legal.clone() locale/>
            {waiting.map(|c| view! { <WaitingChange change=c locale/> })}
            {refused.map(|c| view! {
                <div class="alert alert-warning" data-legal-change="refused">
                    {t_args(locale, "coop-legal-refused", &[("reason", c.reason.unwrap_or_default().into())])}
                </div>
            })}
            {may_propose.then(|| view! {
                <ErrorSummary error=legal_error.clone()/>
                <form method="post" action=ProposeLegalChange::url() class="stack">
                    <input type="hidden" name="cooperative_id" value=s.cooperative_id.clone()/>
                    <p class="hint">{t(locale, "coop-legal-hint")}</p>
                    <TextField name="name_ar" label_key="coop-field-name-ar" autocomplete="organization" error=legal_error.clone() initial=Some(start.name_ar.clone())/>
                    <TextField name="name_fr" label_key="coop-field-name-fr" autocomplete="organization" error=legal_error.clone() initial=Some(start.name_fr.clone())/>
                    <TextField name="register_number" label_key="coop-field-register-number" autocomplete="off" error=legal_error.clone() initial=Some(start.register_number.clone())/>
                    <TextField name="ice" label_key="coop-field-ice" autocomplete="off" inputmode="numeric" error=legal_error.clone() initial=Some(start.ice.clone())/>
                    <button type="submit" class="button button-secondary">{t(locale, "coop-legal-propose")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn WaitingChange(change: LegalChangeDto, locale: Locale) -> impl IntoView {
    view! {
        <div class="alert alert-info" data-legal-change="waiting">
            <p>{t_args(locale, "coop-legal-waiting", &[("date", change.proposed_at.clone().into())])}</p>
            <DetailsTable legal=change.proposed locale/>
        </div>
    }
}

/// A cooperative's legal details as a definition list.
#[component]
pub fn DetailsTable(legal: LegalDetailsDto, locale: Locale) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>{t(locale, "coop-field-name-ar")}</dt><dd><bdi>{legal.name_ar}</bdi></dd>
            <dt>{t(locale, "coop-field-name-fr")}</dt><dd><bdi>{legal.name_fr}</bdi></dd>
            <dt>{t(locale, "coop-field-register-number")}</dt><dd><bdi>{legal.register_number}</bdi></dd>
            <dt>{t(locale, "coop-field-ice")}</dt><dd><bdi>{legal.ice}</bdi></dd>
        </dl>
    }
}
