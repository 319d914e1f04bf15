//! Requests for help: `/requests` (an expert's board: suggested for you, with the reasons, and
//! every open request, filtered), `/requests/{id}` (one request: its steps, thread, deliverables,
//! ratings and hours, cut to what the viewer may see and do) and `/cooperatives/{id}/requests`
//! (a cooperative's requests and the form to post one).

use crate::{
    api::{
        requests::{
            ActOnRequest, ApplyDeliverable, AskForChanges, DeliverWork, DismissExpert,
            InviteExpert, LogRequestHours, PostRequest, PostRequestMessage, RateRequest,
            cooperative_requests, request_board, request_page,
        },
        url_error,
    },
    components::expert_words::{hours, reasons_in_words},
    components::page_state::data_view,
    components::{form::ErrorSummary, reviews::Stars},
    context::use_request_ctx,
    dto::{CooperativeRequestsDto, RequestBoardDto, RequestDto, RequestPageDto},
    error::AppError,
    i18n::{state_name, t, t_args},
    ssr_redirect,
};
use domain::{
    Locale,
    expert::{ExpertState, Language, RequestState as S, Skill},
    geo::Region,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

fn cooperative_name(locale: Locale, r: &RequestDto) -> String {
    if locale == Locale::Ar {
        r.cooperative_name_ar.clone()
    } else {
        r.cooperative_name_fr.clone()
    }
}

/// One request in a list.
#[component]
fn RequestCard(r: RequestDto, locale: Locale, #[prop(optional)] suggested: bool) -> impl IntoView {
    let reasons = reasons_in_words(locale, &r.reasons);
    let name = cooperative_name(locale, &r);
    view! {
        <li class="card request-card" data-request=r.id.clone() data-state=r.state.code()>
            <h3><a href=format!("/requests/{}", r.id)><bdi>{r.title.clone()}</bdi></a></h3>
            <p>
                <span class="badge">{r.skill.name(locale)}</span> " "
                <span class="badge badge-submitted">{state_name(locale, r.state)}</span>
                {r.invited_me.then(|| view! { " " <span class="badge badge-verified">{t(locale, "request-invited-you")}</span> })}
            </p>
            <p><bdi>{name}</bdi> {r.region.map(|g| view! { " · " {g.name(locale)} })}
                {r.on_site.then(|| view! { " · " {t(locale, "request-on-site")} })}
                " · " {t_args(locale, "request-waited", &[("days", r.waited_days.into())])}</p>
            {(suggested && !reasons.is_empty()).then(|| view! { <p class="hint match-reasons" data-reasons="">{t(locale, "request-why")} " " {reasons}</p> })}
        </li>
    }
}

/// An expert's board.
#[component]
pub fn RequestBoardPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    if ctx.user.is_none() {
        ssr_redirect("/sign-in?next=/requests");
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let query = use_query_map().get_untracked();
    let skill = query.get("skill").filter(|s| Skill::from_code(s).is_some());
    let region = query
        .get("region")
        .filter(|s| Region::from_code(s).is_some());
    let on_site = query.get("on_site").filter(|s| s == "yes" || s == "no");
    let released = query.get("done").as_deref() == Some("release");
    let filters = (skill.clone(), region.clone(), on_site.clone());
    let data = Resource::new_blocking(
        move || filters.clone(),
        |(skill, region, on_site)| request_board(skill, region, on_site),
    );
    view! {
        <Title text=t(locale, "board-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <h1>{t(locale, "board-title")}</h1>
            <p><a href="/certificates">{t(locale, "certificates-title")}</a></p>
            {released.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "request-done-release")}</div> })}
            <Suspense fallback=|| ()>
                {move || {
                    let (skill, region, on_site) = (skill.clone(), region.clone(), on_site.clone());
                    Suspend::new(async move {
                        match data.await {
                            Ok(board) => view! { <Board board skill region on_site locale/> }.into_any(),
                            Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn Board(
    board: RequestBoardDto,
    skill: Option<String>,
    region: Option<String>,
    on_site: Option<String>,
    locale: Locale,
) -> impl IntoView {
    let verified = board
        .profile
        .as_ref()
        .is_some_and(|p| p.state == ExpertState::Verified);
    let option = |value: &str, label: String, current: &Option<String>| {
        let selected = current.as_deref() == Some(value);
        view! { <option value=value.to_owned() selected=selected>{label}</option> }
    };
    view! {
        {match &board.profile {
            None => view! { <div class="notice"><p>{t(locale, "board-apply-first")}</p><p><a class="button" href="/experts/apply">{t(locale, "expert-apply")}</a></p></div> }.into_any(),
            Some(p) if !verified => view! { <div class="notice" data-expert-state=p.state.code()><p>{t(locale, "board-not-verified")}</p></div> }.into_any(),
            Some(p) => view! { <p class="lead">{t_args(locale, "board-capacity", &[("held", p.held.into()), ("capacity", p.capacity.into())])}</p> }.into_any(),
        }}
        {verified.then(|| view! {
            <section aria-labelledby="suggested-heading">
                <h2 id="suggested-heading">{t(locale, "board-suggested")}</h2>
                {board.suggested.is_empty().then(|| view! { <p class="empty">{t(locale, "board-suggested-none")}</p> })}
                <ul class="card-list suggested">
                    {board.suggested.clone().into_iter().map(|r| view! { <RequestCard r locale suggested=true/> }).collect_view()}
                </ul>
            </section>
        })}
        {(!board.mine.is_empty()).then(|| view! {
            <section aria-labelledby="mine-heading">
                <h2 id="mine-heading">{t(locale, "board-mine")}</h2>
                <ul class="card-list mine">
                    {board.mine.clone().into_iter().map(|r| view! { <RequestCard r locale/> }).collect_view()}
                </ul>
            </section>
        })}
        <section aria-labelledby="open-heading">
            <h2 id="open-heading">{t(locale, "board-open")}</h2>
            <form method="get" action="/requests" class="filters">
                <label for="f-skill">{t(locale, "request-skill")}</label>
                <select id="f-skill" name="skill">
                    <option value="">{t(locale, "board-any")}</option>
                    {Skill::ALL.iter().map(|s| option(s.code(), s.name(locale).to_owned(), &skill)).collect_view()}
                </select>
                <label for="f-region">{t(locale, "coop-field-region")}</label>
                <select id="f-region" name="region">
                    <option value="">{t(locale, "board-any")}</option>
                    {Region::ALL.iter().map(|g| option(g.code(), g.name(locale).to_owned(), &region)).collect_view()}
                </select>
                <label for="f-on-site">{t(locale, "request-on-site")}</label>
                <select id="f-on-site" name="on_site">
                    <option value="">{t(locale, "board-any")}</option>
                    {option("yes", t(locale, "board-yes"), &on_site)}
                    {option("no", t(locale, "board-no"), &on_site)}
                </select>
                <button type="submit" class="button button-secondary">{t(locale, "board-filter")}</button>
            </form>
            {board.open.is_empty().then(|| view! { <p class="empty">{t(locale, "board-open-none")}</p> })}
            <ul class="card-list open">
                {board.open.into_iter().map(|r| view! { <RequestCard r locale/> }).collect_view()}
            </ul>
        </section>
    }
}

/// A cooperative's requests, and the form to post one (`?skill=` preselects the type, as the
/// identity editor's "ask an expert" link does).
#[component]
pub fn CooperativeRequestsPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if ctx.user.is_none() {
        ssr_redirect(&format!("/sign-in?next=/cooperatives/{id}/requests"));
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(PostRequest::PATH).or_else(|| url_error(ActOnRequest::PATH));
    let query = use_query_map().get_untracked();
    let preset = query.get("skill").filter(|s| Skill::from_code(s).is_some());
    let cancelled = query.get("done").as_deref() == Some("cancel");
    let data = Resource::new_blocking(move || id.clone(), cooperative_requests);
    view! {
        <Title text=t(locale, "coop-requests-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let (error, preset) = (error.clone(), preset.clone());
                Suspend::new(async move {
                    data_view(data.await, |list| view! { <CooperativeRequests list error preset cancelled locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn CooperativeRequests(
    list: CooperativeRequestsDto,
    error: Option<AppError>,
    preset: Option<String>,
    cancelled: bool,
    locale: Locale,
) -> impl IntoView {
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let value = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.value(name))
            .unwrap_or_default()
            .to_owned()
    };
    let skill = fields
        .as_ref()
        .and_then(|f| f.value("skill").map(str::to_owned))
        .or(preset);
    let languages: Vec<String> = fields
        .as_ref()
        .map(|f| {
            f.values_of("languages")
                .into_iter()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let on_site = value("on_site") == "on";
    let name = if locale == Locale::Ar {
        list.name_ar.clone()
    } else {
        list.name_fr.clone()
    };
    let can_post = list.verified && list.open_count < list.max_open;
    view! {
        <section class="narrow">
            <h1>{t(locale, "coop-requests-title")}</h1>
            <p class="lead"><bdi>{name}</bdi></p>
            {cancelled.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "request-done-cancel")}</div> })}
            <ErrorSummary error=error.clone()/>
            {list.requests.is_empty().then(|| view! { <p class="empty">{t(locale, "coop-requests-none")}</p> })}
            <ul class="card-list">
                {list.requests.into_iter().map(|r| view! { <RequestCard r locale/> }).collect_view()}
            </ul>
        </section>
        <section class="narrow" aria-labelledby="new-request-heading">
            <h2 id="new-request-heading">{t(locale, "request-new")}</h2>
            <p class="hint">{t_args(locale, "request-limit", &[("open", list.open_count.into()), ("max", list.max_open.into())])}</p>
            {(!list.verified).then(|| view! { <div class="alert alert-warning" role="status">{t(locale, "request-needs-verified")}</div> })}
            {can_post.then(|| view! {
                <form method="post" action=PostRequest::url() class="stack" novalidate>
                    <input type="hidden" name="cooperative_id" value=list.cooperative_id.clone()/>
                    <div class="field" class:field-invalid=issue("skill").is_some()>
                        <label for="skill">{t(locale, "request-skill")}</label>
                        <select id="skill" name="skill">
                            <option value="">{t(locale, "coop-choose")}</option>
                            {Skill::ALL.iter().map(|s| view! { <option value=s.code() selected=skill.as_deref() == Some(s.code())>{s.name(locale)}</option> }).collect_view()}
                        </select>
                        {issue("skill").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <div class="field" class:field-invalid=issue("title").is_some()>
                        <label for="title">{t(locale, "request-title")}</label>
                        <input id="title" name="title" type="text" maxlength="120" value=value("title")/>
                        {issue("title").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <div class="field" class:field-invalid=issue("description").is_some()>
                        <label for="description">{t(locale, "request-description")}</label>
                        <textarea id="description" name="description" rows="6" maxlength="4000">{value("description")}</textarea>
                        {issue("description").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <fieldset class="field" class:field-invalid=issue("languages").is_some()>
                        <legend>{t(locale, "request-languages")}</legend>
                        {Language::ALL.iter().enumerate().map(|(i, l)| {
                            let id = format!("languages-{}", l.code());
                            view! {
                                <div class="check">
                                    <input type="checkbox" id=id.clone() name=format!("languages[{i}]") value=l.code() checked=languages.iter().any(|c| c == l.code())/>
                                    <label for=id>{l.name(locale)}</label>
                                </div>
                            }
                        }).collect_view()}
                        {issue("languages").map(|m| view! { <p class="field-error">{m}</p> })}
                    </fieldset>
                    <div class="check">
                        <input type="checkbox" id="on_site" name="on_site" value="on" checked=on_site/>
                        <label for="on_site">{t(locale, "request-on-site-needed")}</label>
                    </div>
                    <div class="field" class:field-invalid=issue("deadline").is_some()>
                        <label for="deadline">{t(locale, "request-deadline")}</label>
                        <input id="deadline" name="deadline" type="date" value=value("deadline")/>
                        {issue("deadline").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <button type="submit" class="button">{t(locale, "request-post")}</button>
                </form>
            })}
        </section>
    }
}

/// One request's page.
#[component]
pub fn RequestPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if ctx.user.is_none() {
        ssr_redirect(&format!("/sign-in?next=/requests/{id}"));
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = [
        ActOnRequest::PATH,
        PostRequestMessage::PATH,
        AskForChanges::PATH,
        DismissExpert::PATH,
        DeliverWork::PATH,
        ApplyDeliverable::PATH,
        RateRequest::PATH,
        LogRequestHours::PATH,
        InviteExpert::PATH,
    ]
    .into_iter()
    .find_map(url_error);
    let query = use_query_map().get_untracked();
    let done = query
        .get("done")
        .or_else(|| query.get("posted").map(|_| "post".to_owned()))
        .filter(|_| error.is_none());
    let data = Resource::new_blocking(move || id.clone(), request_page);
    view! {
        <Title text=t(locale, "request-page-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let (error, done) = (error.clone(), done.clone());
                Suspend::new(async move {
                    data_view(data.await, |page| view! { <RequestView page error done locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

fn act_button(id: &str, action: &'static str, label: String, class: &'static str) -> AnyView {
    view! {
        <form method="post" action=ActOnRequest::url() class="inline-form">
            <input type="hidden" name="id" value=id.to_owned()/>
            <input type="hidden" name="action" value=action/>
            <button type="submit" class=class data-action=action>{label}</button>
        </form>
    }
    .into_any()
}

#[component]
fn RequestView(
    page: RequestPageDto,
    error: Option<AppError>,
    done: Option<String>,
    locale: Locale,
) -> impl IntoView {
    let r = page.request.clone();
    let id = r.id.clone();
    let state = r.state;
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let value = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.value(name))
            .unwrap_or_default()
            .to_owned()
    };
    let talking = r.expert_id.is_some() && (page.member || page.holder);
    let can_deliver = page.holder && matches!(state, S::Claimed | S::ChangesRequested);
    let delivered = state == S::Delivered;
    let completed = state == S::Completed;
    let identity = r.skill.is_identity();
    let coop = cooperative_name(locale, &r);
    view! {
        <section class="narrow request" data-state=state.code()>
            <p><a href=if page.member { format!("/cooperatives/{}/requests", r.cooperative_id) } else { "/requests".to_owned() }>{t(locale, "request-back")}</a></p>
            <h1><bdi>{r.title.clone()}</bdi></h1>
            <p>
                <span class="badge">{r.skill.name(locale)}</span> " "
                <span class="badge badge-submitted" data-request-state=state.code()>{state_name(locale, state)}</span>
            </p>
            {done.map(|d| view! { <div class="alert alert-success" role="status">{t(locale, &format!("request-done-{d}"))}</div> })}
            <ErrorSummary error=error.clone()/>
            <dl class="facts">
                <dt>{t(locale, "request-cooperative")}</dt>
                <dd><a href=format!("/c/{}", r.cooperative_slug)><bdi>{coop}</bdi></a>{r.region.map(|g| view! { " · " {g.name(locale)} })}</dd>
                <dt>{t(locale, "request-languages")}</dt>
                <dd>{if r.languages.is_empty() { t(locale, "board-any") } else { r.languages.iter().map(|l| l.name(locale)).collect::<Vec<_>>().join(", ") }}</dd>
                <dt>{t(locale, "request-on-site")}</dt>
                <dd>{t(locale, if r.on_site { "board-yes" } else { "board-no" })}</dd>
                {r.deadline.clone().map(|d| view! { <dt>{t(locale, "request-deadline")}</dt><dd dir="ltr">{d}</dd> })}
                {r.expert_name.clone().map(|name| view! {
                    <dt>{t(locale, "request-expert")}</dt>
                    <dd><a href=format!("/experts/{}", r.expert_id.clone().unwrap_or_default())><bdi>{name}</bdi></a></dd>
                })}
                {(r.minutes_logged > 0).then(|| view! { <dt>{t(locale, "request-hours")}</dt><dd data-hours="">{hours(i64::from(r.minutes_logged))}</dd> })}
            </dl>
            <p class="product-description"><bdi>{r.description.clone()}</bdi></p>
            <div class="actions">
                {page.can_claim.then(|| act_button(&id, "claim", t(locale, "request-claim"), "button"))}
                {(page.holder && state == S::Claimed).then(|| act_button(&id, "release", t(locale, "request-release"), "button button-secondary"))}
                {(page.member && state == S::Open).then(|| act_button(&id, "cancel", t(locale, "request-cancel"), "button button-danger"))}
                {(page.member && delivered).then(|| act_button(&id, "complete", t(locale, "request-complete"), "button"))}
            </div>
            {(page.member && state == S::Claimed && !r.claim_accepted).then(|| view! {
                <p class="alert alert-info" data-claim="waiting">{t(locale, "request-claim-waiting")}</p>
                <div class="actions">{act_button(&id, "accept", t(locale, "request-claim-accept"), "button")}</div>
            })}
            {(page.member && r.claim_accepted && state == S::Claimed).then(|| view! {
                <p class="hint" data-claim="accepted">{t(locale, "request-claim-accepted")}</p>
            })}
            {(page.holder && state == S::Claimed).then(|| view! {
                <p class="hint" data-claim=if r.claim_accepted { "accepted" } else { "waiting" }>
                    {t(locale, if r.claim_accepted { "request-claim-accepted-expert" } else { "request-claim-waiting-expert" })}
                </p>
            })}
            {(page.member && matches!(state, S::Claimed | S::Delivered | S::ChangesRequested)).then(|| {
                let (legend, button) = if state == S::Claimed && !r.claim_accepted {
                    ("request-decline-legend", "request-decline")
                } else {
                    ("request-end-legend", "request-end")
                };
                view! {
                    <form method="post" action=DismissExpert::url() class="stack dismiss-form">
                        <input type="hidden" name="id" value=id.clone()/>
                        <div class="field" class:field-invalid=issue("reason").is_some()>
                            <label for="reason">{t(locale, legend)}</label>
                            <textarea id="reason" name="reason" rows="2" maxlength="1000" aria-invalid=issue("reason").map(|_| "true")>{value("reason")}</textarea>
                            {issue("reason").map(|m| view! { <p class="field-error">{m}</p> })}
                        </div>
                        <button type="submit" class="button button-secondary">{t(locale, button)}</button>
                    </form>
                }
            })}
            {(!page.endings.is_empty()).then(|| view! {
                <ul class="claim-endings">
                    {page.endings.iter().map(|e| view! {
                        <li class="alert alert-warning" data-ending=e.kind.clone()>
                            {t_args(locale, &format!("request-ending-{}", e.kind), &[("expert", e.expert_name.clone().into()), ("date", e.created_at.clone().into())])}
                            " " <q><bdi>{e.reason.clone()}</bdi></q>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
        {(!page.suggested.is_empty()).then(|| view! {
            <section class="narrow" aria-labelledby="experts-heading">
                <h2 id="experts-heading">{t(locale, "request-suggested-experts")}</h2>
                <ul class="card-list">
                    {page.suggested.iter().map(|e| view! {
                        <li class="card" data-expert=e.user_id.clone()>
                            <h3><a href=format!("/experts/{}", e.user_id)><bdi>{e.display_name.clone()}</bdi></a></h3>
                            <p class="hint match-reasons">{reasons_in_words(locale, &e.reasons)}</p>
                            {if e.invited {
                                view! { <p><span class="badge badge-verified">{t(locale, "request-invited")}</span></p> }.into_any()
                            } else {
                                view! {
                                    <form method="post" action=InviteExpert::url() class="inline-form">
                                        <input type="hidden" name="id" value=id.clone()/>
                                        <input type="hidden" name="expert_id" value=e.user_id.clone()/>
                                        <button type="submit" class="button button-secondary">{t(locale, "request-invite")}</button>
                                    </form>
                                }.into_any()
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!page.deliverables.is_empty() || can_deliver).then(|| view! {
            <section class="narrow" aria-labelledby="work-heading" id="work">
                <h2 id="work-heading">{t(locale, "request-deliverables")}</h2>
                <ul class="card-list deliverables">
                    {page.deliverables.iter().map(|d| {
                        let applied_here = page.applied_version.is_some();
                        view! {
                            <li class="card deliverable" data-deliverable=d.id.clone()>
                                {d.image.clone().map(|img| view! {
                                    <img class="deliverable-image" src=img.src srcset=img.srcset sizes="(max-width: 40rem) 100vw, 40rem" width=img.width height=img.height alt=t(locale, "request-deliverable-image") loading="lazy"/>
                                })}
                                {d.primary_colour.clone().map(|p| view! {
                                    <p>{t(locale, "request-palette")} ": " <span dir="ltr"><code data-colour=p.clone()>{p.clone()}</code> " / " <code>{d.secondary_colour.clone().unwrap_or_default()}</code></span></p>
                                })}
                                {(!d.note.is_empty()).then(|| view! { <p><bdi>{d.note.clone()}</bdi></p> })}
                                {d.original_type.clone().map(|kind| {
                                    let key = if kind == "application/pdf" { "request-original-pdf" } else { "request-original-svg" };
                                    view! { <p><a class="original-link" href=format!("/deliverables/{}/original", d.id) download>{t(locale, key)}</a></p> }
                                })}
                                <p class="hint" dir="ltr">{d.created_at.clone()}</p>
                                {(page.member && d.applicable && (delivered || completed)).then(|| view! {
                                    <form method="post" action=ApplyDeliverable::url() class="inline-form">
                                        <input type="hidden" name="id" value=id.clone()/>
                                        <input type="hidden" name="deliverable_id" value=d.id.clone()/>
                                        <button type="submit" class="button" data-action="apply">{t(locale, "request-apply")}</button>
                                    </form>
                                })}
                                {(page.member && applied_here).then(|| view! { <p class="hint">{t(locale, "request-applied")}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(page.member && page.applied_version.is_some()).then(|| act_button(&id, "undo", t(locale, "request-undo"), "button button-secondary"))}
                {can_deliver.then(|| view! {
                    <form method="post" action=DeliverWork::url() enctype="multipart/form-data" class="stack">
                        <input type="hidden" name="id" value=id.clone()/>
                        <div class="field" class:field-invalid=issue("image").is_some()>
                            <label for="image">{t(locale, if identity { "request-logo" } else { "request-file" })}</label>
                            <input id="image" name="image" type="file" accept=if identity { "image/jpeg,image/png,image/webp,image/svg+xml" } else { "image/jpeg,image/png,image/webp,image/svg+xml,application/pdf" }/>
                            <p class="hint">{t(locale, if identity { "request-logo-hint" } else { "request-file-hint" })}</p>
                            {issue("image").map(|m| view! { <p class="field-error">{m}</p> })}
                        </div>
                        {identity.then(|| view! {
                            <div class="colour-row">
                                <div class="field" class:field-invalid=issue("primary_colour").is_some()>
                                    <label for="primary_colour">{t(locale, "identity-primary-colour")}</label>
                                    <input id="primary_colour" name="primary_colour" type="color" value={let v = value("primary_colour"); if v.is_empty() { "#0f5132".to_owned() } else { v }}/>
                                    {issue("primary_colour").map(|m| view! { <p class="field-error">{m}</p> })}
                                </div>
                                <div class="field" class:field-invalid=issue("secondary_colour").is_some()>
                                    <label for="secondary_colour">{t(locale, "identity-secondary-colour")}</label>
                                    <input id="secondary_colour" name="secondary_colour" type="color" value={let v = value("secondary_colour"); if v.is_empty() { "#f8d66d".to_owned() } else { v }}/>
                                    {issue("secondary_colour").map(|m| view! { <p class="field-error">{m}</p> })}
                                </div>
                            </div>
                        })}
                        <div class="field" class:field-invalid=issue("note").is_some()>
                            <label for="note">{t(locale, "request-note")}</label>
                            <textarea id="note" name="note" rows="4" maxlength="4000">{value("note")}</textarea>
                            {issue("note").map(|m| view! { <p class="field-error">{m}</p> })}
                        </div>
                        <button type="submit" class="button" data-action="deliver">{t(locale, "request-deliver")}</button>
                    </form>
                })}
            </section>
        })}
        {(page.member && delivered).then(|| view! {
            <section class="narrow">
                <form method="post" action=AskForChanges::url() class="stack">
                    <input type="hidden" name="id" value=id.clone()/>
                    <label for="changes">{t(locale, "request-changes")}</label>
                    <textarea id="changes" name="body" rows="3" maxlength="4000"></textarea>
                    <button type="submit" class="button button-secondary" data-action="changes">{t(locale, "request-ask-changes")}</button>
                </form>
            </section>
        })}
        {(page.holder && state != S::Open).then(|| view! {
            <section class="narrow">
                <form method="post" action=LogRequestHours::url() class="inline-form">
                    <input type="hidden" name="id" value=id.clone()/>
                    <div class="field" class:field-invalid=issue("hours").is_some()>
                        <label for="hours">{t(locale, "request-log-hours")}</label>
                        <input id="hours" name="hours" type="text" inputmode="decimal" size="6" value=value("hours")/>
                        {issue("hours").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <button type="submit" class="button button-secondary">{t(locale, "request-log")}</button>
                </form>
            </section>
        })}
        {(completed && (page.member || page.holder)).then(|| view! {
            <section class="narrow" aria-labelledby="ratings-heading">
                <h2 id="ratings-heading">{t(locale, "request-ratings")}</h2>
                <ul class="review-list">
                    {page.ratings.iter().map(|rt| view! {
                        <li class="review" data-side=rt.from_side.clone()>
                            <Stars rating=rt.stars locale/> " " {t(locale, &format!("request-rated-by-{}", rt.from_side))}
                            {rt.body.clone().map(|b| view! { <p><bdi>{b}</bdi></p> })}
                        </li>
                    }).collect_view()}
                </ul>
                {(!page.rated).then(|| view! {
                    <form method="post" action=RateRequest::url() class="stack">
                        <input type="hidden" name="id" value=id.clone()/>
                        <fieldset class="rating-choice">
                            <legend>{t(locale, if page.member { "request-rate-expert" } else { "request-rate-cooperative" })}</legend>
                            {(1..=5u8).rev().map(|n| view! {
                                <label class="choice">
                                    <input type="radio" name="rating" value=n.to_string() checked=n == 5/>
                                    " " <Stars rating=n locale/>
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <label for="rating-body">{t(locale, "reviews-body")}</label>
                        <textarea id="rating-body" name="body" rows="3" maxlength="2000"></textarea>
                        <button type="submit" class="button">{t(locale, "reviews-submit")}</button>
                    </form>
                })}
            </section>
        })}
        {(talking || (page.admin && !page.messages.is_empty())).then(|| view! {
            <section class="narrow" aria-labelledby="thread-heading" id="thread">
                <h2 id="thread-heading">{t(locale, "request-thread")}</h2>
                {page.messages.is_empty().then(|| view! { <p class="empty">{t(locale, "request-thread-empty")}</p> })}
                <ol class="review-list thread">
                    {page.messages.iter().map(|m| view! {
                        <li class="review" class:mine=m.mine data-side=m.side.clone()>
                            <p class="review-head"><strong><bdi>{m.author.clone()}</bdi></strong> " · " {t(locale, &format!("request-side-{}", m.side))} " · " <span dir="ltr">{m.created_at.clone()}</span></p>
                            <p><bdi>{m.body.clone()}</bdi></p>
                        </li>
                    }).collect_view()}
                </ol>
                {talking.then(|| view! {
                    <form method="post" action=PostRequestMessage::url() class="stack">
                        <input type="hidden" name="id" value=id.clone()/>
                        <div class="field" class:field-invalid=issue("body").is_some()>
                            <label for="message">{t(locale, "request-message")}</label>
                            <textarea id="message" name="body" rows="3" maxlength="4000">{value("body")}</textarea>
                            {issue("body").map(|m| view! { <p class="field-error">{m}</p> })}
                        </div>
                        <button type="submit" class="button">{t(locale, "request-send")}</button>
                    </form>
                })}
            </section>
        })}
    }
}
