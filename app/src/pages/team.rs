//! `/cooperatives/{id}/team`: who runs the cooperative, and the owner's invitations of managers
//! by e-mail; `/invitations/{token}`: the invited person accepts.

use crate::{
    api::{
        team::{AcceptInvitation, InviteManager, invitation, team},
        url_error,
    },
    components::form::{ErrorSummary, TextField},
    components::page_state::data_view,
    context::use_request_ctx,
    dto::TeamDto,
    error::AppError,
    i18n::{t, t_args},
    ssr_redirect,
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The team page.
#[component]
pub fn TeamPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if ctx.user.is_none() {
        ssr_redirect(&format!("/sign-in?next=/cooperatives/{id}/team"));
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(InviteManager::PATH);
    let invited = use_query_map().with_untracked(|q| q.get("invited").is_some()) && error.is_none();
    let data = Resource::new_blocking(move || id.clone(), team);
    view! {
        <Title text=t(locale, "team-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |team| view! { <Team team error invited locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Team(team: TeamDto, error: Option<AppError>, invited: bool, locale: Locale) -> impl IntoView {
    let name = if locale == Locale::Ar {
        team.name_ar.clone()
    } else {
        team.name_fr.clone()
    };
    let id = team.cooperative_id.clone();
    view! {
        <section class="narrow">
            <h1>{t(locale, "team-title")}</h1>
            <p class="lead"><bdi>{name}</bdi></p>
            {invited.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "team-invited")}</div> })}
            <ul class="card-list single team">
                {team.members.into_iter().map(|m| view! {
                    <li class="card" data-role=m.role.clone()>
                        <strong><bdi>{m.display_name}</bdi></strong>
                        " · " <bdi>{m.email}</bdi>
                        " · " <span class="badge">{t(locale, &format!("team-role-{}", m.role))}</span>
                    </li>
                }).collect_view()}
            </ul>
            {team.can_invite.then(|| view! {
                <h2>{t(locale, "team-invite-heading")}</h2>
                <p>{t(locale, "team-invite-lead")}</p>
                <ErrorSummary error=error.clone()/>
                <form method="post" action=InviteManager::url() class="stack" novalidate>
                    <input type="hidden" name="cooperative_id" value=id.clone()/>
                    <TextField name="email" label_key="field-label-email" kind="email" autocomplete="off" error=error.clone()/>
                    <button type="submit" class="button">{t(locale, "team-invite")}</button>
                </form>
                {(!team.pending.is_empty()).then(|| view! {
                    <h2>{t(locale, "team-pending")}</h2>
                    <ul class="pending-invitations">
                        {team.pending.iter().map(|i| view! {
                            <li><bdi>{i.email.clone()}</bdi> " · " {t_args(locale, "team-expires", &[("date", i.expires_at.clone().into())])}</li>
                        }).collect_view()}
                    </ul>
                })}
            })}
        </section>
    }
}

/// The page an invitation link opens.
#[component]
pub fn InvitationPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let token = use_params_map()
        .with_untracked(|p| p.get("token"))
        .unwrap_or_default();
    let error = url_error(AcceptInvitation::PATH);
    let signed_in = ctx.user.clone();
    let data = Resource::new_blocking(
        {
            let token = token.clone();
            move || token.clone()
        },
        invitation,
    );
    view! {
        <Title text=t(locale, "invitation-title")/>
        <Meta name="robots" content="noindex"/>
        <Meta name="referrer" content="no-referrer"/>
        <section class="narrow">
            <h1>{t(locale, "invitation-title")}</h1>
            <ErrorSummary error=error.clone()/>
            <Suspense fallback=|| ()>
                {move || {
                    let token = token.clone();
                    let signed_in = signed_in.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(invite) => {
                                let name = if locale == Locale::Ar { invite.name_ar.clone() } else { invite.name_fr.clone() };
                                let here = format!("/invitations/{token}");
                                view! {
                                    <p class="lead">{t_args(locale, "invitation-lead", &[("name", name.into()), ("email", invite.email.clone().into())])}</p>
                                    {match signed_in {
                                        Some(_) => view! {
                                            <form method="post" action=AcceptInvitation::url()>
                                                <input type="hidden" name="token" value=token.clone()/>
                                                <button type="submit" class="button">{t(locale, "invitation-accept")}</button>
                                            </form>
                                        }.into_any(),
                                        None => view! {
                                            <p>{t(locale, "invitation-sign-in-first")}</p>
                                            <p class="card-actions">
                                                <a class="button" href=format!("/sign-in?next={here}")>{t(locale, "nav-sign-in")}</a>
                                                " "
                                                <a class="button button-secondary" href=format!("/sign-up?next={here}")>{t(locale, "nav-sign-up")}</a>
                                            </p>
                                        }.into_any(),
                                    }}
                                }.into_any()
                            }
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
