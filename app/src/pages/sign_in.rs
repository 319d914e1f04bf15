//! `/sign-in`: e-mail and password, with translated errors whether or not JavaScript runs.

use crate::{
    api::{account::SignIn, url_error},
    components::form::{ErrorSummary, PasswordField, TextField},
    context::use_request_ctx,
    i18n::t,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The sign-in page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    if ctx.user.is_some() {
        #[cfg(feature = "ssr")]
        leptos_axum::redirect("/account");
    }
    let error = url_error(SignIn::PATH);
    let next = use_query_map().with_untracked(|q| q.get("next"));
    let reset = use_query_map().with_untracked(|q| q.get("reset").is_some()) && error.is_none();
    view! {
        <Title text=t(locale, "sign-in-title")/>
        <section class="narrow">
            <h1>{t(locale, "sign-in-title")}</h1>
            {reset.then(|| view! { <div class="alert alert-success" role="status" data-reset="done">{t(locale, "sign-in-reset-done")}</div> })}
            <ErrorSummary error=error.clone()/>
            <form method="post" action=SignIn::url() class="stack" novalidate>
                <input type="hidden" name="next" value=next/>
                <TextField name="email" label_key="field-label-email" kind="email" autocomplete="username" error=error.clone()/>
                <PasswordField name="password" label_key="field-label-password" autocomplete="current-password" error=error/>
                <button type="submit" class="button">{t(locale, "sign-in-submit")}</button>
            </form>
            <p><a href="/forgot-password">{t(locale, "sign-in-forgot")}</a></p>
            <p>{t(locale, "sign-in-no-account")} " " <a href="/sign-up">{t(locale, "nav-sign-up")}</a></p>
        </section>
    }
}
