//! `/account/delete`: erasing one's account, after typing the password again; what is erased
//! and what the books keep is said first.

use crate::{
    api::{account::DeleteAccount, url_error},
    components::form::{ErrorSummary, PasswordField},
    context::use_request_ctx,
    i18n::t,
    ssr_redirect,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The deletion page; after deleting, it says it is done.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let done = use_query_map().with_untracked(|q| q.get("done").is_some());
    if ctx.user.is_none() {
        if done {
            return view! {
                <Title text=t(locale, "delete-title")/>
                <section class="narrow">
                    <h1>{t(locale, "delete-title")}</h1>
                    <div class="alert alert-success" role="status" data-deleted="done">{t(locale, "delete-done")}</div>
                </section>
            }
            .into_any();
        }
        ssr_redirect("/sign-in?next=/account/delete");
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(DeleteAccount::PATH);
    view! {
        <Title text=t(locale, "delete-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "delete-title")}</h1>
            <p>{t(locale, "delete-lead")}</p>
            <p>{t(locale, "delete-kept")}</p>
            <p><a href="/account/data" download>{t(locale, "account-data-download")}</a></p>
            <ErrorSummary error=error.clone()/>
            <form method="post" action=DeleteAccount::url() class="stack" novalidate>
                <PasswordField name="password" label_key="field-label-password" autocomplete="current-password" error=error/>
                <button type="submit" class="button button-danger">{t(locale, "delete-submit")}</button>
            </form>
            <p><a href="/account">{t(locale, "account-title")}</a></p>
        </section>
    }
    .into_any()
}
