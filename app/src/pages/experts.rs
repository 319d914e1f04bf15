//! The expert programme's people: `/experts/apply` (apply or edit one's profile, portfolio),
//! `/experts/{id}` (a verified expert's public profile and impact) and `/admin/experts` (the
//! verification queue and the programme's report).

use crate::components::{expert_words::hours, page_state::forbidden};
use crate::{
    api::{
        requests::{
            DecideExpert, RemovePortfolioImage, SaveExpertProfile, UploadPortfolioImage,
            expert_public, expert_queue, my_expert_profile,
        },
        url_error,
    },
    components::page_state::data_view,
    components::{form::ErrorSummary, reviews::Stars},
    context::use_request_ctx,
    dto::{ExpertProfileDto, ExpertPublicDto, ExpertQueueDto, IdentityDto},
    error::AppError,
    i18n::{t, t_args},
    ssr_redirect,
};
use domain::{
    Locale, Role,
    expert::{ExpertState, Language, Skill},
    geo::Region,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The translated state of an expert profile, as a badge.
fn state_badge(locale: Locale, state: ExpertState) -> AnyView {
    let class = match state {
        ExpertState::Verified => "badge badge-verified",
        ExpertState::Rejected => "badge badge-rejected",
        ExpertState::Pending => "badge badge-submitted",
    };
    view! { <span class=class data-expert-state=state.code()>{crate::i18n::state_name(locale, state)}</span> }
        .into_any()
}

/// A group of check boxes named `{name}[i]`, checked from the refused post or the record.
fn checks(
    locale: Locale,
    name: &'static str,
    legend_key: &'static str,
    options: Vec<(&'static str, String)>,
    checked: &[String],
    issue: Option<String>,
) -> AnyView {
    let invalid = issue.is_some();
    view! {
        <fieldset class="field" class:field-invalid=invalid>
            <legend>{t(locale, legend_key)}</legend>
            {options.into_iter().enumerate().map(|(i, (code, label))| {
                let id = format!("{name}-{code}");
                view! {
                    <div class="check">
                        <input type="checkbox" id=id.clone() name=format!("{name}[{i}]") value=code checked=checked.iter().any(|c| c == code)/>
                        <label for=id>{label}</label>
                    </div>
                }
            }).collect_view()}
            {issue.map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
    }
    .into_any()
}

/// Apply as an expert, or edit the profile and portfolio.
#[component]
pub fn ExpertApplyPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    if ctx.user.is_none() {
        ssr_redirect("/sign-in?next=/experts/apply");
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(SaveExpertProfile::PATH)
        .or_else(|| url_error(UploadPortfolioImage::PATH))
        .or_else(|| url_error(RemovePortfolioImage::PATH));
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some()) && error.is_none();
    let data = Resource::new_blocking(|| (), |_| my_expert_profile());
    view! {
        <Title text=t(locale, "expert-apply-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(profile) => view! { <ApplyForm profile error saved locale/> }.into_any(),
                        Err(e) => view! { <section class="narrow"><ErrorSummary error=Some(e)/></section> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn ApplyForm(
    profile: Option<ExpertProfileDto>,
    error: Option<AppError>,
    saved: bool,
    locale: Locale,
) -> impl IntoView {
    let fields = error.as_ref().and_then(AppError::field_errors).cloned();
    let issue = |name: &str| {
        fields
            .as_ref()
            .and_then(|f| f.issue(name))
            .map(|i| t(locale, &i.message_key()))
    };
    let list = |name: &str, from_profile: Vec<String>| -> Vec<String> {
        match &fields {
            Some(f) => f.values_of(name).into_iter().map(str::to_owned).collect(),
            None => from_profile,
        }
    };
    let p = profile.clone();
    let skills = list(
        "skills",
        p.as_ref()
            .map(|p| p.skills.iter().map(|s| s.code().to_owned()).collect())
            .unwrap_or_default(),
    );
    let languages = list(
        "languages",
        p.as_ref()
            .map(|p| p.languages.iter().map(|l| l.code().to_owned()).collect())
            .unwrap_or_default(),
    );
    let regions = list(
        "regions",
        p.as_ref()
            .map(|p| p.regions.iter().map(|r| r.code().to_owned()).collect())
            .unwrap_or_default(),
    );
    let value = |name: &str, from: Option<String>| -> String {
        match &fields {
            Some(f) => f.value(name).unwrap_or_default().to_owned(),
            None => from.unwrap_or_default(),
        }
    };
    let bio = value("bio", p.as_ref().map(|p| p.bio.clone()));
    let capacity = value(
        "capacity",
        Some(
            p.as_ref()
                .map_or("2".to_owned(), |p| p.capacity.to_string()),
        ),
    );
    let flag = |name: &str, from: bool| match &fields {
        Some(f) => f.value(name) == Some("on"),
        None => from,
    };
    let remote = flag("remote", p.as_ref().is_none_or(|p| p.remote));
    let on_site = flag("on_site", p.as_ref().is_some_and(|p| p.on_site));
    let skill_options = Skill::ALL
        .iter()
        .map(|s| (s.code(), s.name(locale).to_owned()))
        .collect();
    let language_options = Language::ALL
        .iter()
        .map(|l| (l.code(), l.name(locale).to_owned()))
        .collect();
    let region_options = Region::ALL
        .iter()
        .map(|r| (r.code(), r.name(locale).to_owned()))
        .collect();
    view! {
        <section class="narrow">
            <h1>{t(locale, "expert-apply-title")}</h1>
            <p class="lead">{t(locale, "expert-apply-lead")}</p>
            {profile.as_ref().map(|p| view! {
                <div class="state-panel">
                    <p>{t(locale, "expert-your-state")} " " {state_badge(locale, p.state)}</p>
                    {p.state_reason.clone().map(|r| view! { <p class="hint">{t(locale, "expert-reason")} " " <bdi>{r}</bdi></p> })}
                    {(p.state == ExpertState::Verified).then(|| view! {
                        <p><a class="button" href="/requests">{t(locale, "expert-see-requests")}</a>
                        " " <a href=format!("/experts/{}", p.user_id)>{t(locale, "expert-public-link")}</a></p>
                    })}
                </div>
            })}
            {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "expert-saved")}</div> })}
            <ErrorSummary error=error.clone()/>
            <form method="post" action=SaveExpertProfile::url() class="stack" novalidate>
                {checks(locale, "skills", "expert-skills", skill_options, &skills, issue("skills"))}
                {checks(locale, "languages", "expert-languages", language_options, &languages, issue("languages"))}
                <fieldset class="field" class:field-invalid=issue("remote").is_some()>
                    <legend>{t(locale, "expert-mode")}</legend>
                    <div class="check"><input type="checkbox" id="remote" name="remote" value="on" checked=remote/><label for="remote">{t(locale, "expert-remote")}</label></div>
                    <div class="check"><input type="checkbox" id="on_site" name="on_site" value="on" checked=on_site/><label for="on_site">{t(locale, "expert-on-site")}</label></div>
                    {issue("remote").map(|m| view! { <p class="field-error">{m}</p> })}
                </fieldset>
                {checks(locale, "regions", "expert-regions", region_options, &regions, issue("regions"))}
                <div class="field" class:field-invalid=issue("capacity").is_some()>
                    <label for="capacity">{t(locale, "expert-capacity")}</label>
                    <input id="capacity" name="capacity" type="number" min="1" max="10" inputmode="numeric" value=capacity/>
                    <p class="hint">{t(locale, "expert-capacity-hint")}</p>
                    {issue("capacity").map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
                <div class="field" class:field-invalid=issue("bio").is_some()>
                    <label for="bio">{t(locale, "expert-bio")}</label>
                    <textarea id="bio" name="bio" rows="6" maxlength="2000">{bio}</textarea>
                    {issue("bio").map(|m| view! { <p class="field-error">{m}</p> })}
                </div>
                <button type="submit" class="button">{t(locale, if profile.is_some() { "expert-save" } else { "expert-apply" })}</button>
            </form>
        </section>
        {profile.map(|p| view! {
            <section class="narrow" aria-labelledby="portfolio-heading">
                <h2 id="portfolio-heading">{t(locale, "expert-portfolio")}</h2>
                <ul class="photo-list">
                    {p.portfolio.iter().zip(p.portfolio_keys.iter()).map(|(img, hash)| {
                        let hash = hash.clone();
                        view! {
                            <li class="photo-item">
                                <img src=img.src.clone() srcset=img.srcset.clone() sizes="10rem" width=img.width height=img.height alt=t(locale, "expert-portfolio-image") loading="lazy"/>
                                <form method="post" action=RemovePortfolioImage::url() class="inline-form">
                                    <input type="hidden" name="hash" value=hash/>
                                    <button type="submit" class="button button-secondary">{t(locale, "expert-portfolio-remove")}</button>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <form method="post" action=UploadPortfolioImage::url() enctype="multipart/form-data" class="stack">
                    <div class="field" class:field-invalid=issue("image").is_some()>
                        <label for="image">{t(locale, "expert-portfolio-add")}</label>
                        <input id="image" name="image" type="file" accept="image/jpeg,image/png,image/webp"/>
                        <p class="hint">{t(locale, "identity-image-hint")}</p>
                        {issue("image").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <button type="submit" class="button button-secondary">{t(locale, "expert-portfolio-upload")}</button>
                </form>
            </section>
        })}
    }
}

/// A verified expert's public profile: skills, languages, bio, portfolio, completed requests
/// with before/after identities and the cooperative's sales around them, hours and ratings.
#[component]
pub fn ExpertProfilePage() -> impl IntoView {
    let locale = use_request_ctx().locale;
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    let data = Resource::new_blocking(move || id.clone(), expert_public);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data_view(data.await, |expert| view! { <PublicProfile expert locale/> }.into_any())
            })}
        </Suspense>
    }
}

fn identity_swatch(
    locale: Locale,
    label_key: &'static str,
    identity: Option<IdentityDto>,
) -> AnyView {
    view! {
        <figure class="identity-version">
            {match identity {
                Some(i) => view! {
                    {i.logo.map(|l| view! { <img src=l.src srcset=l.srcset sizes="8rem" width=l.width height=l.height alt=t(locale, "identity-logo") loading="lazy"/> })}
                    <p dir="ltr"><code>{i.primary_colour}</code> " / " <code>{i.secondary_colour}</code></p>
                }.into_any(),
                None => view! { <p class="hint">{t(locale, "impact-no-identity")}</p> }.into_any(),
            }}
            <figcaption>{t(locale, label_key)}</figcaption>
        </figure>
    }
    .into_any()
}

#[component]
fn PublicProfile(expert: ExpertPublicDto, locale: Locale) -> impl IntoView {
    let p = expert.profile;
    let name = p.display_name.clone();
    let money = |c: i64| crate::components::product_grid::price(c, locale);
    view! {
        <Title text=t_args(locale, "expert-public-title", &[("name", name.clone().into())])/>
        <crate::components::seo::LanguageLinks/>
        <section class="narrow expert-profile">
            <h1><bdi>{name}</bdi></h1>
            <p class="badges">{p.skills.iter().map(|s| view! { <span class="badge">{s.name(locale)}</span> }).collect_view()}</p>
            <p>{t(locale, "expert-languages")} ": " {p.languages.iter().map(|l| l.name(locale)).collect::<Vec<_>>().join(", ")}</p>
            {(!p.regions.is_empty()).then(|| view! {
                <p>{t(locale, "expert-regions")} ": " {p.regions.iter().map(|r| r.name(locale)).collect::<Vec<_>>().join(", ")}</p>
            })}
            <p class="product-description"><bdi>{p.bio.clone()}</bdi></p>
            <dl class="facts">
                <dt>{t(locale, "impact-completed")}</dt><dd data-impact="completed">{expert.completed}</dd>
                <dt>{t(locale, "impact-hours")}</dt><dd data-impact="hours">{hours(expert.minutes)}</dd>
                <dt>{t(locale, "impact-rating")}</dt>
                <dd data-impact="rating">{match expert.rating_tenths {
                    Some(r) => view! { <Stars rating=u8::try_from((r + 5) / 10).unwrap_or(5) locale/> " " {format!("{}.{}", r / 10, r % 10)} }.into_any(),
                    None => t(locale, "impact-not-rated").into_any(),
                }}</dd>
            </dl>
            {(!p.portfolio.is_empty()).then(|| view! {
                <h2>{t(locale, "expert-portfolio")}</h2>
                <ul class="photo-list">
                    {p.portfolio.iter().map(|img| view! {
                        <li class="photo-item"><img src=img.src.clone() srcset=img.srcset.clone() sizes="12rem" width=img.width height=img.height alt=t(locale, "expert-portfolio-image") loading="lazy"/></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
        <section class="narrow" aria-labelledby="work-heading">
            <h2 id="work-heading">{t(locale, "impact-work")}</h2>
            {expert.work.is_empty().then(|| view! { <p class="empty">{t(locale, "impact-no-work")}</p> })}
            <ul class="card-list">
                {expert.work.into_iter().map(|w| {
                    let coop = if locale == Locale::Ar { w.cooperative_name_ar.clone() } else { w.cooperative_name_fr.clone() };
                    view! {
                        <li class="card" data-work=w.request_id.clone()>
                            <h3><bdi>{w.title.clone()}</bdi></h3>
                            <p>{w.skill.name(locale)} " · " <a href=format!("/c/{}", w.cooperative_slug)><bdi>{coop}</bdi></a> " · " <span dir="ltr">{w.completed_at.clone()}</span></p>
                            {w.after.is_some().then(|| view! {
                                <div class="before-after">
                                    {identity_swatch(locale, "impact-before", w.before.clone())}
                                    {identity_swatch(locale, "impact-after", w.after.clone())}
                                </div>
                            })}
                            {w.live_since.clone().map(|since| view! {
                                <table class="table">
                                    <caption>{t_args(locale, "impact-sales-caption", &[("date", since.into())])}</caption>
                                    <tr><th scope="row">{t(locale, "impact-sales-before")}</th><td data-sales="before">{money(w.sales_before)}</td></tr>
                                    <tr><th scope="row">{t(locale, "impact-sales-after")}</th><td data-sales="after">{money(w.sales_after)}</td></tr>
                                </table>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h2>{t(locale, "impact-ratings")}</h2>
            {expert.ratings.is_empty().then(|| view! { <p class="empty">{t(locale, "impact-not-rated")}</p> })}
            <ul class="review-list">
                {expert.ratings.into_iter().map(|r| view! {
                    <li class="review"><Stars rating=r.stars locale/> " " <span dir="ltr">{r.created_at}</span>
                        {r.body.map(|b| view! { <p><bdi>{b}</bdi></p> })}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The admin page of experts: applications by state, verify or reject; the programme's report.
#[component]
pub fn AdminExpertsPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    match &ctx.user {
        None => {
            ssr_redirect("/sign-in?next=/admin/experts");
            return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
        }
        Some(user) if !user.has_role(Role::Admin) => return forbidden(),
        Some(_) => {}
    }
    let state = use_query_map()
        .with_untracked(|q| q.get("state"))
        .and_then(|s| ExpertState::from_code(&s))
        .unwrap_or(ExpertState::Pending);
    let error = url_error(DecideExpert::PATH);
    let current = state;
    let data = Resource::new_blocking(move || state, |s| expert_queue(Some(s.code().to_owned())));
    view! {
        <Title text=t(locale, "admin-experts-title")/>
        <Meta name="robots" content="noindex"/>
        <section>
            <h1>{t(locale, "admin-experts-title")}</h1>
            <nav class="tabs" aria-label=t(locale, "admin-experts-tabs")>
                {ExpertState::ALL.map(|tab| view! {
                    <a href=format!("/admin/experts?state={}", tab.code()) aria-current=(current == tab).then_some("page")>{crate::i18n::state_name(locale, tab)}</a>
                }).collect_view()}
            </nav>
            <ErrorSummary error=error/>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(queue) => view! { <Queue queue locale/> }.into_any(),
                        Err(e) => view! { <ErrorSummary error=Some(e)/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn Queue(queue: ExpertQueueDto, locale: Locale) -> impl IntoView {
    let report = queue.report;
    view! {
        {queue.experts.is_empty().then(|| view! { <p class="empty">{t(locale, "admin-experts-empty")}</p> })}
        <ul class="card-list queue">
            {queue.experts.into_iter().map(|e| {
                let id = e.user_id.clone();
                let pending = e.state == ExpertState::Pending;
                let verified = e.state == ExpertState::Verified;
                let reason_id = format!("reason-{id}");
                view! {
                    <li class="card" data-expert=id.clone()>
                        <h2><bdi>{e.display_name.clone()}</bdi> " " {state_badge(locale, e.state)}</h2>
                        <p dir="ltr">{e.email.clone().unwrap_or_default()}</p>
                        <p>{e.skills.iter().map(|s| s.name(locale)).collect::<Vec<_>>().join(" · ")}</p>
                        <p>{e.languages.iter().map(|l| l.name(locale)).collect::<Vec<_>>().join(", ")}
                           " · " {t_args(locale, "expert-capacity-of", &[("capacity", e.capacity.into())])}</p>
                        <p class="product-description"><bdi>{e.bio.clone()}</bdi></p>
                        <div class="decisions">
                            {pending.then(|| view! {
                                <form method="post" action=DecideExpert::url() class="inline-form">
                                    <input type="hidden" name="expert_id" value=id.clone()/>
                                    <input type="hidden" name="decision" value="verify"/>
                                    <button type="submit" class="button">{t(locale, "admin-experts-verify")}</button>
                                </form>
                            })}
                            {(pending || verified).then(|| view! {
                                <form method="post" action=DecideExpert::url() class="stack decision">
                                    <input type="hidden" name="expert_id" value=id.clone()/>
                                    <input type="hidden" name="decision" value="reject"/>
                                    <label for=reason_id.clone()>{t(locale, "coop-reason")}</label>
                                    <input id=reason_id type="text" name="reason" maxlength="500"/>
                                    <button type="submit" class="button button-danger">{t(locale, "admin-experts-reject")}</button>
                                </form>
                            })}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>
        <section aria-labelledby="report-heading">
            <h2 id="report-heading">{t(locale, "report-title")}</h2>
            <dl class="facts">
                <dt>{t(locale, "report-median-claim")}</dt>
                <dd data-report="median">{report.median_hours_to_claim.map_or_else(|| "—".to_owned(), |h| t_args(locale, "report-hours", &[("hours", h.into())]))}</dd>
                <dt>{t(locale, "report-completion")}</dt>
                <dd data-report="completion">{report.completion_percent.map_or_else(|| "—".to_owned(), |p| format!("{p} %"))}</dd>
                <dt>{t(locale, "report-total-hours")}</dt>
                <dd data-report="hours">{hours(report.total_minutes)}</dd>
            </dl>
            <table class="table">
                <caption>{t(locale, "report-by-state")}</caption>
                <tbody>
                    {report.by_state.into_iter().map(|(state, n)| view! {
                        <tr><th scope="row">{crate::i18n::state_name(locale, state)}</th><td data-state=state.code()>{n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <table class="table">
                <caption>{t(locale, "report-by-skill")}</caption>
                <tbody>
                    {report.by_skill.into_iter().map(|(skill, n)| view! {
                        <tr><th scope="row">{skill.name(locale)}</th><td data-skill=skill.code()>{n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
