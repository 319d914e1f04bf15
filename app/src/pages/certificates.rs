//! Volunteer certificates: `/certificates` (the signed-in expert's: what one would say now, the
//! button that issues it, those issued) and `/certificates/{code}` (one certificate, for anyone:
//! printable, its print stylesheet giving a clean page in Arabic too, and its own address as the
//! verification link). No JavaScript.

use crate::{
    api::{
        certificates::{IssueCertificate, certificate_preview, public_certificate},
        url_error,
    },
    components::{form::ErrorSummary, guard::require_sign_in, page_state::data_view},
    context::use_locale,
    dto::{CertificatePreviewDto, VolunteerCertificateDto},
    i18n::{t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use server_fn::ServerFn;

/// Whole hours and minutes, as a certificate writes them.
fn hours(locale: Locale, minutes: i32) -> String {
    t_args(
        locale,
        "certificate-hours",
        &[
            ("hours", (minutes / 60).into()),
            ("minutes", (minutes % 60).into()),
        ],
    )
}

/// `/certificates`
#[component]
pub fn MyCertificatesPage() -> impl IntoView {
    let locale = use_locale();
    if !require_sign_in("/certificates") {
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(IssueCertificate::PATH);
    let data = Resource::new_blocking(|| (), |()| certificate_preview());
    view! {
        <Title text=t(locale, "certificates-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |p| view! { <Preview p error locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Preview(
    p: CertificatePreviewDto,
    error: Option<crate::error::AppError>,
    locale: Locale,
) -> impl IntoView {
    view! {
        <section class="narrow">
            <h1>{t(locale, "certificates-title")}</h1>
            <ErrorSummary error/>
            <p>{t_args(locale, "certificate-summary", &[("completed", p.completed.into()), ("hours", hours(locale, p.minutes).into())])}</p>
            {(!p.cooperatives.is_empty()).then(|| view! {
                <ul>{p.cooperatives.into_iter().map(|c| view! { <li><bdi>{c}</bdi></li> }).collect_view()}</ul>
            })}
            <form method="post" action=IssueCertificate::url()>
                <button type="submit" class="button">{t(locale, "certificate-issue")}</button>
            </form>
            {(!p.issued.is_empty()).then(|| view! {
                <h2>{t(locale, "certificates-issued")}</h2>
                <ul class="certificates-issued">
                    {p.issued.into_iter().map(|(code, day)| view! {
                        <li><a href=format!("/certificates/{code}")>{day}</a></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// `/certificates/{code}`
#[component]
pub fn CertificatePage() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map()
        .with_untracked(|p| p.get("code"))
        .unwrap_or_default();
    let data = Resource::new_blocking(move || code.clone(), public_certificate);
    view! {
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data_view(data.await, |c| view! { <Certificate c locale/> }.into_any())
            })}
        </Suspense>
    }
}

#[component]
fn Certificate(c: VolunteerCertificateDto, locale: Locale) -> impl IntoView {
    view! {
        <Title text=t_args(locale, "certificate-page-title", &[("name", c.expert_name.clone().into())])/>
        <article class="certificate" data-certificate=c.code.clone()>
            <p class="certificate-issuer">{t(locale, "certificate-issuer")}</p>
            <h1>{t(locale, "certificate-heading")}</h1>
            <p class="certificate-lead">{t(locale, "certificate-awarded-to")}</p>
            <p class="certificate-name"><bdi>{c.expert_name.clone()}</bdi></p>
            <p>{t_args(locale, "certificate-summary", &[("completed", c.completed.into()), ("hours", hours(locale, c.minutes).into())])}</p>
            {(!c.cooperatives.is_empty()).then(|| view! {
                <p>{t(locale, "certificate-cooperatives")}</p>
                <ul class="certificate-cooperatives">{c.cooperatives.into_iter().map(|n| view! { <li><bdi>{n}</bdi></li> }).collect_view()}</ul>
            })}
            <p class="certificate-date">{t_args(locale, "certificate-issued-on", &[("date", c.issued_on.clone().into())])}</p>
            <p class="certificate-verify" data-verified="">
                {t(locale, "certificate-genuine")} " "
                <a href=c.verify_url.clone() dir="ltr">{c.verify_url.clone()}</a>
            </p>
            <p class="hint no-print">{t(locale, "certificate-print-hint")}</p>
            <p class="no-print"><a href=format!("/experts/{}", c.expert_id)>{t(locale, "certificate-profile")}</a></p>
        </article>
    }
}
