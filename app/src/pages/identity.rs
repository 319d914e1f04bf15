//! `/cooperatives/{id}/identity`: the visual identity editor (brand colours, tagline and story in
//! three languages) with a live-rendered preview and every earlier version, restorable.

use crate::{
    api::{
        identity::{RestoreIdentity, SaveIdentity, UploadIdentityImage, identity_editor},
        url_error,
    },
    components::page_state::data_view,
    components::{brand::BrandStyle, form::ErrorSummary},
    context::use_request_ctx,
    dto::IdentityEditorDto,
    error::AppError,
    i18n::{t, t_args},
    ssr_redirect,
};
use domain::Locale;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use server_fn::ServerFn;

/// The identity editor.
#[component]
pub fn IdentityPage() -> impl IntoView {
    let ctx = use_request_ctx();
    let locale = ctx.locale;
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    if ctx.user.is_none() {
        ssr_redirect(&format!("/sign-in?next=/cooperatives/{id}/identity"));
        return view! { <p>{t(locale, "error-unauthorized")}</p> }.into_any();
    }
    let error = url_error(SaveIdentity::PATH)
        .or_else(|| url_error(RestoreIdentity::PATH))
        .or_else(|| url_error(UploadIdentityImage::PATH));
    let saved = use_query_map().with_untracked(|q| q.get("saved").is_some()) && error.is_none();
    let data = Resource::new_blocking(move || id.clone(), identity_editor);
    view! {
        <Title text=t(locale, "identity-title")/>
        <Meta name="robots" content="noindex"/>
        <Suspense fallback=|| ()>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    data_view(data.await, |editor| view! { <Editor editor error saved locale/> }.into_any())
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Editor(
    editor: IdentityEditorDto,
    error: Option<AppError>,
    saved: bool,
    locale: Locale,
) -> impl IntoView {
    let fields = error
        .as_ref()
        .and_then(AppError::field_errors)
        .cloned()
        .unwrap_or_default();
    let current = editor.current.clone();
    let value = |name: &str,
                 fallback: &dyn Fn(&crate::dto::IdentityDto) -> String,
                 default: &str|
     -> String {
        fields
            .value(name)
            .map(str::to_owned)
            .or_else(|| current.as_ref().map(fallback))
            .unwrap_or_else(|| default.to_owned())
    };
    let primary = value("primary_colour", &|c| c.primary_colour.clone(), "#0f5132");
    let secondary = value(
        "secondary_colour",
        &|c| c.secondary_colour.clone(),
        "#f8d66d",
    );
    let name = if locale == Locale::Ar {
        editor.name_ar.clone()
    } else {
        editor.name_fr.clone()
    };
    let texts: Vec<(&'static str, &'static str, String, bool)> = vec![
        (
            "tagline_ar",
            "identity-tagline-ar",
            value("tagline_ar", &|c| c.tagline_ar.clone(), ""),
            false,
        ),
        (
            "tagline_fr",
            "identity-tagline-fr",
            value("tagline_fr", &|c| c.tagline_fr.clone(), ""),
            false,
        ),
        (
            "tagline_en",
            "identity-tagline-en",
            value("tagline_en", &|c| c.tagline_en.clone(), ""),
            false,
        ),
        (
            "story_ar",
            "identity-story-ar",
            value("story_ar", &|c| c.story_ar.clone(), ""),
            true,
        ),
        (
            "story_fr",
            "identity-story-fr",
            value("story_fr", &|c| c.story_fr.clone(), ""),
            true,
        ),
        (
            "story_en",
            "identity-story-en",
            value("story_en", &|c| c.story_en.clone(), ""),
            true,
        ),
    ];
    let issue = |name: &str| fields.issue(name).map(|i| t(locale, &i.message_key()));
    let cooperative_id = editor.cooperative_id.clone();
    let logo = editor.current.as_ref().and_then(|c| c.logo.clone());
    let banner = editor.current.as_ref().and_then(|c| c.banner.clone());
    view! {
        <BrandStyle scope=".identity-preview" primary=primary.clone() secondary=secondary.clone()/>
        <section class="narrow">
            <h1>{t(locale, "identity-title")}</h1>
            <p class="lead"><bdi>{name.clone()}</bdi></p>
            {(!editor.verified).then(|| view! { <div class="alert alert-error" role="alert">{t(locale, "identity-not-verified")}</div> })}
            {saved.then(|| view! { <div class="alert alert-success" role="status">{t(locale, "identity-saved")}</div> })}
            <ErrorSummary error=error.clone()/>
            <div class="identity-preview" aria-label=t(locale, "identity-preview")>
                <p class="preview-banner">{name}</p>
                <p class="preview-accent">{t(locale, "identity-preview-accent")}</p>
            </div>
            {editor.verified.then(|| view! {
                <ImageUpload kind="logo" cooperative_id=cooperative_id.clone() image=logo issue=issue("logo") locale/>
                <ImageUpload kind="banner" cooperative_id=cooperative_id.clone() image=banner issue=issue("banner") locale/>
            })}
            <Palette colours=editor.palette.clone() locale/>
            <form method="post" action=SaveIdentity::url() class="stack" novalidate>
                <input type="hidden" name="cooperative_id" value=cooperative_id.clone()/>
                <div class="colour-row">
                    <div class="field">
                        <label for="primary_colour">{t(locale, "identity-primary-colour")}</label>
                        <input id="primary_colour" name="primary_colour" type="color" value=primary list="logo-palette"/>
                        {issue("primary_colour").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                    <div class="field">
                        <label for="secondary_colour">{t(locale, "identity-secondary-colour")}</label>
                        <input id="secondary_colour" name="secondary_colour" type="color" value=secondary list="logo-palette"/>
                        {issue("secondary_colour").map(|m| view! { <p class="field-error">{m}</p> })}
                    </div>
                </div>
                {texts.into_iter().map(|(name, key, value, long)| {
                    let lang = &name[name.len() - 2..];
                    let dir = if lang == "ar" { "rtl" } else { "ltr" };
                    let problem = issue(name);
                    let invalid = problem.is_some();
                    view! {
                        <div class="field" class:field-invalid=invalid>
                            <label for=name>{t(locale, key)}</label>
                            {if long {
                                view! { <textarea id=name name=name rows="5" lang=lang.to_owned() dir=dir>{value}</textarea> }.into_any()
                            } else {
                                view! { <input id=name name=name type="text" value=value lang=lang.to_owned() dir=dir/> }.into_any()
                            }}
                            {problem.map(|m| view! { <p class="field-error">{m}</p> })}
                        </div>
                    }
                }).collect_view()}
                <button type="submit" class="button">{t(locale, "identity-save")}</button>
            </form>
            {editor.verified.then(|| view! {
                <p><a href=format!("/c/{}", editor.slug)>{t(locale, "coop-view-storefront")}</a>
                " · " <a href=format!("/cooperatives/{}/requests?skill=visual_identity#new-request-heading", editor.cooperative_id)>{t(locale, "identity-ask-expert")}</a></p>
            })}
        </section>
        <section class="narrow" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t(locale, "identity-versions")}</h2>
            <ul class="versions">
                {editor.versions.iter().enumerate().map(|(i, v)| {
                    let current = i == 0;
                    view! {
                        <li data-version=v.version>
                            <span class="swatch" data-colour=v.primary_colour.clone() aria-hidden="true"></span>
                            <span>{t_args(locale, "identity-version", &[("version", v.version.into()), ("date", v.created_at.clone().into())])}</span>
                            " " <code>{v.primary_colour.clone()} " / " {v.secondary_colour.clone()}</code>
                            {if current {
                                view! { <strong>" · " {t(locale, "identity-current")}</strong> }.into_any()
                            } else {
                                view! {
                                    <form method="post" action=RestoreIdentity::url() class="inline-form">
                                        <input type="hidden" name="cooperative_id" value=cooperative_id.clone()/>
                                        <input type="hidden" name="version" value=v.version.to_string()/>
                                        <button type="submit" class="button button-secondary">{t(locale, "identity-restore")}</button>
                                    </form>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The upload form of the logo or the banner, with the current image.
#[component]
fn ImageUpload(
    kind: &'static str,
    cooperative_id: String,
    image: Option<crate::dto::ImageDto>,
    issue: Option<String>,
    locale: Locale,
) -> impl IntoView {
    let label = t(locale, &format!("identity-{kind}"));
    let hint = t(locale, "identity-image-hint");
    let hint_id = format!("{kind}-hint");
    let invalid = issue.is_some();
    view! {
        <form method="post" action=UploadIdentityImage::url() enctype="multipart/form-data" class=format!("stack image-upload image-upload-{kind}")>
            <input type="hidden" name="cooperative_id" value=cooperative_id/>
            <input type="hidden" name="slot" value=kind/>
            {image.map(|img| view! {
                <img class=format!("current-{kind}") src=img.src srcset=img.srcset sizes="(max-width: 40rem) 100vw, 40rem"
                    width=img.width height=img.height alt=label.clone() loading="lazy" decoding="async"/>
            })}
            <div class="field" class:field-invalid=invalid>
                <label for=kind>{label.clone()}</label>
                <input id=kind name=kind type="file" accept="image/jpeg,image/png,image/webp" aria-describedby=hint_id.clone()/>
                <p class="hint" id=hint_id>{hint}</p>
                {issue.map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <button type="submit" class="button button-secondary">{t(locale, &format!("identity-upload-{kind}"))}</button>
        </form>
    }
}

/// Colours suggested from the logo: a `<datalist>` the colour pickers offer, and swatches with
/// their codes (coloured by a nonce'd stylesheet, as the CSP forbids inline styles).
#[component]
fn Palette(colours: Vec<String>, locale: Locale) -> impl IntoView {
    if colours.is_empty() {
        return view! { <p class="hint">{t(locale, "identity-palette-none")}</p> }.into_any();
    }
    let nonce = use_request_ctx().nonce;
    let css: String = colours
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let rgb = domain::colour::Rgb::parse(c).ok()?;
            Some(format!(
                ".palette-{i}{{background:{rgb};color:{}}}",
                rgb.text_colour()
            ))
        })
        .collect();
    view! {
        <style nonce=nonce>{css}</style>
        <div class="palette">
            <h2>{t(locale, "identity-palette")}</h2>
            <ul class="swatches">
                {colours.iter().enumerate().map(|(i, c)| view! {
                    <li class=format!("palette-swatch palette-{i}") data-colour=c.clone()><code>{c.clone()}</code></li>
                }).collect_view()}
            </ul>
            <datalist id="logo-palette">
                {colours.iter().map(|c| view! { <option value=c.clone()></option> }).collect_view()}
            </datalist>
        </div>
    }
    .into_any()
}
