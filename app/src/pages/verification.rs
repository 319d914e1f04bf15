//! `/verify-email/{token}`: the page the verification link opens. Following the link needs a
//! press of its button (a form post), so a mail scanner that opens links verifies nothing.

use crate::{
    api::{
        account::{VerifyEmail, verify_link},
        url_error,
    },
    components::form::ErrorSummary,
    context::use_request_ctx,
    i18n::t,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use server_fn::ServerFn;

/// The page a verification link opens.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    let token = use_params_map()
        .with_untracked(|p| p.get("token"))
        .unwrap_or_default();
    let error = url_error(VerifyEmail::PATH);
    let data = Resource::new_blocking(
        {
            let token = token.clone();
            move || token.clone()
        },
        verify_link,
    );
    view! {
        <Title text=t(locale, "verify-title")/>
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="no-referrer"/>
        <section class="narrow">
            <h1>{t(locale, "verify-title")}</h1>
            <ErrorSummary error=error/>
            <Suspense fallback=|| ()>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(()) => view! {
                                <p>{t(locale, "verify-lead")}</p>
                                <form method="post" action=VerifyEmail::url()>
                                    <input type="hidden" name="token" value=token/>
                                    <button type="submit" class="button">{t(locale, "verify-submit")}</button>
                                </form>
                            }.into_any(),
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
