//! `/account/sessions`: where the account is signed in (device, approximate place, last use),
//! and signing out any one of them or all the others.

use crate::{
    api::{
        account::{EndOtherSessions, EndSession, my_sessions},
        url_error,
    },
    components::{form::ErrorSummary, page_state::data_view},
    context::use_request_ctx,
    dto::SessionDto,
    i18n::t,
    ssr_redirect,
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use server_fn::ServerFn;

/// The sessions page; visitors are sent to sign in first.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    if ctx.user.is_none() {
        ssr_redirect("/sign-in?next=/account/sessions");
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(EndSession::PATH).or_else(|| url_error(EndOtherSessions::PATH));
    let ended = use_query_map().with_untracked(|q| q.get("ended").is_some()) && error.is_none();
    let data = Resource::new_blocking(|| (), |()| my_sessions());
    view! {
        <Title text=t(locale, "sessions-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="narrow">
            <h1>{t(locale, "sessions-title")}</h1>
            <p>{t(locale, "sessions-lead")}</p>
            {ended.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "sessions-ended")}</div> })}
            <ErrorSummary error=error/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    data_view(data.await, |sessions| view! { <Sessions sessions locale/> }.into_any())
                })}
            </Suspense>
            <p><a href="/account">{t(locale, "account-title")}</a></p>
        </section>
    }
    .into_any()
}

#[component]
fn Sessions(sessions: Vec<SessionDto>, locale: Locale) -> impl IntoView {
    let others = sessions.iter().filter(|s| !s.current).count();
    let count = sessions.len().to_string();
    view! {
        <ul class="card-list" data-sessions=count>
            {sessions.into_iter().map(|s| view! {
                <li class="card" data-current=s.current.to_string()>
                    <dl class="facts">
                        <dt>{t(locale, "sessions-device")}</dt>
                        <dd><bdi>{s.device.unwrap_or_else(|| t(locale, "sessions-unknown-device"))}</bdi></dd>
                        <dt>{t(locale, "sessions-place")}</dt>
                        <dd dir="ltr">{s.place.unwrap_or_default()}</dd>
                        <dt>{t(locale, "sessions-last-seen")}</dt>
                        <dd dir="ltr">{s.last_seen}</dd>
                    </dl>
                    {if s.current {
                        view! { <p class="badge">{t(locale, "sessions-this-one")}</p> }.into_any()
                    } else {
                        view! {
                            <form method="post" action=EndSession::url()>
                                <input type="hidden" name="handle" value=s.handle/>
                                <button type="submit" class="button button-secondary">{t(locale, "sessions-end")}</button>
                            </form>
                        }.into_any()
                    }}
                </li>
            }).collect_view()}
        </ul>
        {(others > 0).then(|| view! {
            <form method="post" action=EndOtherSessions::url()>
                <button type="submit" class="button">{t(locale, "sessions-end-others")}</button>
            </form>
        })}
    }
}
