//! `/forgot-password`: ask for a reset link by e-mail (the same answer whether or not the address
//! has an account); `/reset-password/{token}`: the link's page, a new password twice.

use crate::{
    api::{
        account::{ForgotPassword, ResetPassword, reset_link},
        url_error,
    },
    components::form::{ErrorSummary, PasswordField, TextField},
    context::use_request_ctx,
    i18n::t,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The page that asks for a reset link.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    let error = url_error(ForgotPassword::PATH);
    let sent = use_query_map().with_untracked(|q| q.get("sent").is_some()) && error.is_none();
    view! {
        <Title text=t(locale, "forgot-title")/>
        <section class="narrow">
            <h1>{t(locale, "forgot-title")}</h1>
            {if sent {
                view! { <div class="alert alert-success" role="status" data-sent="reset">{t(locale, "forgot-sent")}</div> }.into_any()
            } else {
                view! {
                    <p>{t(locale, "forgot-lead")}</p>
                    <ErrorSummary error=error.clone()/>
                    <form method="post" action=ForgotPassword::url() class="stack" novalidate>
                        <TextField name="email" label_key="field-label-email" kind="email" autocomplete="username" error=error/>
                        <button type="submit" class="button">{t(locale, "forgot-submit")}</button>
                    </form>
                }.into_any()
            }}
            <p><a href="/sign-in">{t(locale, "nav-sign-in")}</a></p>
        </section>
    }
}

/// The page a reset link opens.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    let token = use_params_map()
        .with_untracked(|p| p.get("token"))
        .unwrap_or_default();
    let error = url_error(ResetPassword::PATH);
    let data = Resource::new_blocking(
        {
            let token = token.clone();
            move || token.clone()
        },
        reset_link,
    );
    view! {
        <Title text=t(locale, "reset-title")/>
        <Meta name="robots" content="noindex"/>
        // The token is in this page's address: it is never sent on to another site.
        <Meta name="referrer" content="no-referrer"/>
        <section class="narrow">
            <h1>{t(locale, "reset-title")}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    let token = token.clone();
                    let error = error.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(()) => view! {
                                <ErrorSummary error=error.clone()/>
                                <form method="post" action=ResetPassword::url() class="stack" novalidate>
                                    <input type="hidden" name="token" value=token/>
                                    <PasswordField name="new_password" label_key="field-label-new-password" autocomplete="new-password" hint_key="password-rules" error=error.clone()/>
                                    <PasswordField name="confirm_password" label_key="field-label-confirm-password" autocomplete="new-password" error=error/>
                                    <button type="submit" class="button">{t(locale, "reset-submit")}</button>
                                </form>
                            }.into_any(),
                            Err(e) => view! {
                                <ErrorSummary error=Some(e)/>
                                <p><a class="button" href="/forgot-password">{t(locale, "reset-ask-again")}</a></p>
                            }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
