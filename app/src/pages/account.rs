//! `/account`: who you are, your roles, change password, sign out.

use crate::{
    api::{
        account::{ChangeEmail, ChangePassword, Rename, SignOut},
        url_error,
    },
    components::form::{ErrorSummary, PasswordField, TextField},
    context::use_request_ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The account page; visitors are sent to sign in first.
#[component]
pub fn AccountPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let Some(user) = ctx.user else {
        #[cfg(feature = "ssr")]
        leptos_axum::redirect("/sign-in?next=/account");
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    };
    let error = url_error(ChangePassword::PATH);
    let rename_error = url_error(Rename::PATH);
    let email_error = url_error(ChangeEmail::PATH);
    let query = |key: &str| use_query_map().with_untracked(|q| q.get(key));
    let changed = query("changed").is_some() && error.is_none();
    // What the last action did, said once at the top.
    let done_key = if query("verified").is_some() {
        Some("account-verified")
    } else if query("verify").as_deref() == Some("sent") {
        Some("account-verify-sent")
    } else if query("renamed").is_some() && rename_error.is_none() {
        Some("account-renamed")
    } else if query("email").as_deref() == Some("sent") && email_error.is_none() {
        Some("account-email-sent")
    } else {
        None
    };
    let roles = user
        .roles
        .iter()
        .map(|r| t(locale, &format!("role-{}", r.code().replace('_', "-"))))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <Title text=t(locale, "account-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t_args(locale, "account-greeting", &[("name", user.display_name.clone().into())])}</h1>
            {done_key.map(|key| view! { <div class="alert alert-success" role="status" data-done=key>{t(locale, key)}</div> })}
            <dl class="facts">
                <dt>{t(locale, "field-label-email")}</dt>
                <dd><bdi>{user.email.clone()}</bdi></dd>
                <dt>{t(locale, "account-roles")}</dt>
                <dd>{roles}</dd>
            </dl>
        </section>
        <section class="narrow">
            <a class="button button-secondary" href="/cooperatives/mine">{t(locale, "nav-my-cooperatives")}</a>
            " " <a class="button button-secondary" href="/experts/apply">{t(locale, "expert-apply-title")}</a>
        </section>
        <section class="narrow" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t(locale, "account-profile")}</h2>
            <ErrorSummary error=rename_error.clone()/>
            <form method="post" action=Rename::url() class="stack" novalidate>
                <TextField name="display_name" label_key="field-label-display-name" autocomplete="name" error=rename_error initial=Some(user.display_name.clone())/>
                <button type="submit" class="button button-secondary">{t(locale, "account-rename-submit")}</button>
            </form>
            <h2 id="email-heading">{t(locale, "account-change-email")}</h2>
            <p class="hint">{t(locale, "account-change-email-hint")}</p>
            <ErrorSummary error=email_error.clone()/>
            <form method="post" action=ChangeEmail::url() class="stack" novalidate>
                <TextField name="email" label_key="field-label-new-email" kind="email" autocomplete="email" error=email_error.clone()/>
                <PasswordField name="current_password" label_key="field-label-current-password" autocomplete="current-password" error=email_error/>
                <button type="submit" class="button button-secondary">{t(locale, "account-change-email-submit")}</button>
            </form>
        </section>
        <section class="narrow" aria-labelledby="password-heading">
            <h2 id="password-heading">{t(locale, "account-change-password")}</h2>
            {changed.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "account-password-changed")}</div> })}
            <ErrorSummary error=error.clone()/>
            <form method="post" action=ChangePassword::url() class="stack" novalidate>
                <PasswordField name="current_password" label_key="field-label-current-password" autocomplete="current-password" error=error.clone()/>
                <PasswordField name="new_password" label_key="field-label-new-password" autocomplete="new-password" hint_key="password-rules" error=error.clone()/>
                <PasswordField name="confirm_password" label_key="field-label-confirm-password" autocomplete="new-password" error=error/>
                <button type="submit" class="button">{t(locale, "account-change-password-submit")}</button>
            </form>
        </section>
        <section class="narrow">
            <ul class="link-list">
                <li><a href="/account/sessions">{t(locale, "sessions-title")}</a></li>
                <li><a href="/account/data" download>{t(locale, "account-data-download")}</a></li>
                <li><a href="/account/delete">{t(locale, "delete-title")}</a></li>
            </ul>
            <form method="post" action=SignOut::url()>
                <button type="submit" class="button button-secondary">{t(locale, "nav-sign-out")}</button>
            </form>
        </section>
    }
    .into_any()
}
