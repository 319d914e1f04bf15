//! Form building blocks that show translated field errors, with or without JavaScript.

use crate::{context::use_locale, error::AppError, i18n::t};
use leptos::prelude::*;

/// The banner at the top of a refused form, saying what went wrong in the user's language.
#[component]
pub fn ErrorSummary(error: Option<AppError>) -> impl IntoView {
    let locale = use_locale();
    error.map(|error| {
        let message = match &error {
            AppError::Invalid(_) => t(locale, "form-has-errors"),
            other => other.message(locale),
        };
        let blockers = match &error {
            AppError::PublishBlocked(blockers) => blockers.clone(),
            _ => Vec::new(),
        };
        view! {
            <div class="alert alert-error" role="alert" data-error-code=error.code()>
                {message}
                {(!blockers.is_empty()).then(|| view! {
                    <ul>{blockers.into_iter().map(|b| view! { <li>{t(locale, &format!("publish-blocker-{}", b.code()))}</li> }).collect_view()}</ul>
                })}
            </div>
        }
    })
}

/// A labelled text input with its translated error underneath.
#[component]
pub fn TextField(
    /// Form field name (also the element id).
    name: &'static str,
    /// Translation key of the label.
    label_key: &'static str,
    /// `type` attribute.
    #[prop(default = "text")]
    kind: &'static str,
    /// `autocomplete` attribute.
    autocomplete: &'static str,
    /// The refused submission, if the page was reached through one.
    error: Option<AppError>,
    /// The value to show when the form is not coming back refused (editing a record).
    #[prop(optional_no_strip)]
    initial: Option<String>,
    /// Translation key of a hint under the label.
    #[prop(optional)]
    hint_key: Option<&'static str>,
    /// `inputmode` attribute.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    let fields = error.as_ref().and_then(AppError::field_errors);
    let issue = fields.and_then(|f| f.issue(name));
    let value = match fields {
        Some(f) => f.value(name).map(str::to_owned),
        None => initial,
    };
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let described: Vec<String> = [
        hint_key.map(|_| hint_id.clone()),
        issue.map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <div class="field" class:field-invalid=issue.is_some()>
            <label for=name>{t(locale, label_key)}</label>
            {hint_key.map(|key| view! { <p class="field-hint" id=hint_id.clone()>{t(locale, key)}</p> })}
            <input
                type=kind
                id=name
                name=name
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                aria-invalid=issue.map(|_| "true")
                aria-describedby=described
            />
            {issue.map(|issue| view! { <p class="field-error" id=error_id.clone()>{t(locale, &issue.message_key())}</p> })}
        </div>
    }
}

/// A labelled file input with a hint (accepted kinds, size) and its translated error. The chosen
/// file cannot be put back after a refused post; the hint says so.
#[component]
pub fn FileField(
    name: &'static str,
    label_key: &'static str,
    /// Translation key of the hint under the field.
    hint_key: &'static str,
    /// `accept` attribute (MIME types).
    accept: &'static str,
    error: Option<AppError>,
) -> impl IntoView {
    let locale = use_locale();
    let issue = error
        .as_ref()
        .and_then(AppError::field_errors)
        .and_then(|f| f.issue(name));
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let describedby = if issue.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    view! {
        <div class="field" class:field-invalid=issue.is_some()>
            <label for=name>{t(locale, label_key)}</label>
            <input type="file" id=name name=name accept=accept
                aria-invalid=issue.map(|_| "true") aria-describedby=describedby/>
            <p class="hint" id=hint_id>{t(locale, hint_key)}</p>
            {issue.map(|issue| view! { <p class="field-error" id=error_id.clone()>{t(locale, &issue.message_key())}</p> })}
        </div>
    }
}

/// A labelled password input (with the show/hide island) and its translated error.
#[component]
pub fn PasswordField(
    name: &'static str,
    label_key: &'static str,
    autocomplete: &'static str,
    error: Option<AppError>,
    /// Translation key of a hint shown under the field (e.g. the password rules).
    #[prop(optional)]
    hint_key: Option<&'static str>,
) -> impl IntoView {
    use super::password_input::PasswordInput;
    let locale = use_locale();
    let issue = error
        .as_ref()
        .and_then(AppError::field_errors)
        .and_then(|f| f.issue(name));
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let describedby = match (issue.is_some(), hint_key.is_some()) {
        (true, _) => Some(error_id.clone()),
        (false, true) => Some(hint_id.clone()),
        (false, false) => None,
    };
    view! {
        <div class="field" class:field-invalid=issue.is_some()>
            <label for=name>{t(locale, label_key)}</label>
            <PasswordInput
                name=name.to_owned()
                autocomplete=autocomplete.to_owned()
                show_label=t(locale, "password-show")
                hide_label=t(locale, "password-hide")
                invalid=issue.is_some()
                describedby=describedby
            />
            {hint_key.map(|k| view! { <p class="field-hint" id=hint_id.clone()>{t(locale, k)}</p> })}
            {issue.map(|issue| view! { <p class="field-error" id=error_id.clone()>{t(locale, &issue.message_key())}</p> })}
        </div>
    }
}

/// Options of a select: plain, or grouped under `<optgroup>` labels.
pub enum Choices {
    /// `(value, label)` pairs.
    Flat(Vec<(String, String)>),
    /// `(group label, [(value, label)])`.
    Grouped(Vec<(String, Vec<(String, String)>)>),
}

/// A labelled `<select>` with its translated error; keeps the refused value selected.
#[component]
pub fn SelectField(
    name: &'static str,
    label_key: &'static str,
    choices: Choices,
    error: Option<AppError>,
    /// The choice to select when the form is not coming back refused (editing a record).
    #[prop(optional_no_strip)]
    initial: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let fields = error.as_ref().and_then(AppError::field_errors);
    let issue = fields.and_then(|f| f.issue(name));
    let current = match fields {
        Some(f) => f.value(name).unwrap_or_default().to_owned(),
        None => initial.unwrap_or_default(),
    };
    let error_id = format!("{name}-error");
    let option = move |(value, label): (String, String)| {
        let selected = value == current;
        view! { <option value=value selected=selected>{label}</option> }
    };
    let options = match choices {
        Choices::Flat(items) => items.into_iter().map(option.clone()).collect_view().into_any(),
        Choices::Grouped(groups) => groups
            .into_iter()
            .map(|(group, items)| view! { <optgroup label=group>{items.into_iter().map(option.clone()).collect_view()}</optgroup> })
            .collect_view()
            .into_any(),
    };
    view! {
        <div class="field" class:field-invalid=issue.is_some()>
            <label for=name>{t(locale, label_key)}</label>
            <select id=name name=name aria-invalid=issue.map(|_| "true") aria-describedby=issue.map(|_| error_id.clone())>
                <option value="">{t(locale, "coop-choose")}</option>
                {options}
            </select>
            {issue.map(|issue| view! { <p class="field-error" id=error_id.clone()>{t(locale, &issue.message_key())}</p> })}
        </div>
    }
}
