//! `/cooperatives/{id}/settings`: what a cooperative's members decide for its shop; for now,
//! whether its buyers may pay in cash on delivery. A plain form; nothing needs JavaScript.

use crate::{
    api::{
        cooperative_settings::{SaveCooperativeSettings, cooperative_settings},
        url_error,
    },
    components::form::{ErrorSummary, TextField},
    components::guard::require_sign_in,
    components::page_state::data_view,
    context::use_locale,
    dto::CooperativeSettingsDto,
    error::AppError,
    i18n::t,
};
use domain::Locale;
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
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some()) && error.is_none();
    let data = Resource::new_blocking(move || id.clone(), cooperative_settings);
    view! {
        <Title text=t(locale, "coop-settings-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |s| view! { <SettingsForm s error saved locale/> }.into_any())
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
        s.name_ar.clone()
    } else {
        s.name_fr.clone()
    };
    view! {
        <section class="narrow">
            <h1>{t(locale, "coop-settings-title")}</h1>
            <p class="lead"><bdi>{name}</bdi></p>
            {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "coop-settings-saved")}</div> })}
            <ErrorSummary error=error.clone()/>
            <form method="post" action=SaveCooperativeSettings::url() class="stack">
                <input type="hidden" name="cooperative_id" value=s.cooperative_id.clone()/>
                <fieldset>
                    <legend>{t(locale, "coop-settings-payment")}</legend>
                    <div class="field field-check">
                        <input type="checkbox" id="cash_on_delivery" name="cash_on_delivery" value="on" checked=s.cash_on_delivery aria-describedby="cash_on_delivery-hint"/>
                        <label for="cash_on_delivery">{t(locale, "coop-settings-cod")}</label>
                    </div>
                    <p class="hint" id="cash_on_delivery-hint">{t(locale, "coop-settings-cod-hint")}</p>
                </fieldset>
                <TextField name="whatsapp" label_key="coop-settings-whatsapp" kind="tel" autocomplete="tel" hint_key="coop-settings-whatsapp-hint" error=error.clone() initial=Some(s.whatsapp.clone())/>
                <button type="submit" class="button">{t(locale, "coop-settings-save")}</button>
            </form>
        </section>
    }
}
