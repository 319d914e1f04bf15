//! `/privacy`, `/terms` and `/legal`: what the platform keeps and why (loi 09-08), the terms of
//! use, and who runs it. Linked from every page's footer, the sign-up form and the checkout.

use crate::{
    api::legal::operator_particulars,
    components::page_state::data_view,
    context::use_request_ctx,
    dto::LegalNotice,
    i18n::{FluentValue, t, t_args},
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::Title;

/// The sections of the privacy page, in order (each `privacy-{id}-title` and `-body`).
const PRIVACY: [&str; 5] = ["what", "why", "how-long", "rights", "cndp"];
/// The sections of the terms.
const TERMS: [&str; 6] = ["role", "orders", "cancel", "accounts", "volunteers", "law"];

fn args(notice: &LegalNotice, locale: Locale) -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("operator", notice.operator.clone().into()),
        ("contact", notice.contact.clone().into()),
        (
            "declaration",
            notice
                .cndp_declaration
                .clone()
                .unwrap_or_else(|| t(locale, "legal-not-declared"))
                .into(),
        ),
    ]
}

/// A page of titled sections, each body's lines a paragraph.
#[component]
fn Sections(page: &'static str, sections: &'static [&'static str]) -> impl IntoView {
    let locale = use_request_ctx().locale;
    let data = Resource::new_blocking(|| (), |()| operator_particulars());
    view! {
        <Title text=t(locale, &format!("{page}-title"))/>
        <crate::components::seo::LanguageLinks/>
        <article class="narrow prose" data-legal=page>
            <h1>{t(locale, &format!("{page}-title"))}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    data_view(data.await, move |notice| {
                        let args = args(&notice, locale);
                        view! {
                            <p class="lead">{t_args(locale, &format!("{page}-intro"), &args)}</p>
                            {sections.iter().map(|id| {
                                let body = t_args(locale, &format!("{page}-{id}-body"), &args);
                                view! {
                                    <section id=*id>
                                        <h2>{t(locale, &format!("{page}-{id}-title"))}</h2>
                                        {body.lines().map(|line| view! { <p>{line.to_owned()}</p> }).collect_view()}
                                    </section>
                                }
                            }).collect_view()}
                        }.into_any()
                    })
                })}
            </Suspense>
        </article>
    }
}

/// `/privacy`
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <Sections page="privacy" sections=&PRIVACY[..]/> }
}

/// `/terms`
#[component]
pub fn TermsPage() -> impl IntoView {
    view! { <Sections page="terms" sections=&TERMS[..]/> }
}

/// `/legal`: the operator, its address, contact and CNDP declaration.
#[component]
pub fn LegalNoticePage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    let data = Resource::new_blocking(|| (), |()| operator_particulars());
    view! {
        <Title text=t(locale, "legal-title")/>
        <crate::components::seo::LanguageLinks/>
        <article class="narrow" data-legal="legal">
            <h1>{t(locale, "legal-title")}</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    data_view(data.await, move |notice| {
                        let not_declared = t(locale, "legal-not-declared");
                        view! {
                            <dl class="facts">
                                <dt>{t(locale, "legal-operator")}</dt>
                                <dd><bdi>{notice.operator.clone()}</bdi></dd>
                                <dt>{t(locale, "legal-address")}</dt>
                                <dd><bdi>{if notice.address.is_empty() { not_declared.clone() } else { notice.address.clone() }}</bdi></dd>
                                <dt>{t(locale, "legal-contact")}</dt>
                                <dd><a href=format!("mailto:{}", notice.contact) dir="ltr">{notice.contact.clone()}</a></dd>
                                <dt>{t(locale, "legal-cndp")}</dt>
                                <dd dir="auto">{notice.cndp_declaration.clone().unwrap_or(not_declared)}</dd>
                            </dl>
                            <p><a href="/privacy">{t(locale, "footer-privacy")}</a> " · " <a href="/terms">{t(locale, "footer-terms")}</a></p>
                        }.into_any()
                    })
                })}
            </Suspense>
        </article>
    }
}
