//! `/sign-up`: create a consumer account.

use crate::{
    api::{account::SignUp, url_error},
    components::form::{ErrorSummary, PasswordField, TextField},
    context::use_request_ctx,
    i18n::t,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The sign-up page.
#[component]
pub fn SignUpPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    if ctx.user.is_some() {
        #[cfg(feature = "ssr")]
        leptos_axum::redirect("/account");
    }
    let error = url_error(SignUp::PATH);
    let next = use_query_map().with_untracked(|q| q.get("next"));
    view! {
        <Title text=t(locale, "sign-up-title")/>
        <section class="narrow">
            <h1>{t(locale, "sign-up-title")}</h1>
            <p class="lead">{t(locale, "sign-up-lead")}</p>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=SignUp::url() class="stack" novalidate>
                <input type="hidden" name="next" value=next/>
                <TextField name="display_name" label_key="field-label-display-name" autocomplete="name" error=error.clone()/>
                <TextField name="email" label_key="field-label-email" kind="email" autocomplete="email" error=error.clone()/>
                <PasswordField
                    name="password"
                    label_key="field-label-password"
                    autocomplete="new-password"
                    hint_key="password-rules"
                    error=error
                />
                <p class="hint">{t(locale, "sign-up-accept")} " " <a href="/terms">{t(locale, "footer-terms")}</a> " · " <a href="/privacy">{t(locale, "footer-privacy")}</a></p>
                <button type="submit" class="button">{t(locale, "sign-up-submit")}</button>
            </form>
            <p>{t(locale, "sign-up-have-account")} " " <a href="/sign-in">{t(locale, "nav-sign-in")}</a></p>
        </section>
    }
}
