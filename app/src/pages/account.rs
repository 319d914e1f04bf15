//! `/account`: who you are, your roles, change password, sign out.

use crate::{
    api::{
        account::{ChangePassword, SignOut},
        url_error,
    },
    components::form::{ErrorSummary, PasswordField},
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
    let changed = use_query_map().with_untracked(|q| q.get("changed").is_some()) && error.is_none();
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
            <form method="post" action=SignOut::url()>
                <button type="submit" class="button button-secondary">{t(locale, "nav-sign-out")}</button>
            </form>
        </section>
    }
    .into_any()
}
