//! The header's search box. Without JavaScript it is a plain GET form that leads to `/search`.
//! With JavaScript it shows results as you type: once typing pauses, the words go to a small
//! endpoint (`GET /api/search/suggest?q=…`) that answers with the suggestion list already
//! rendered (HTML, escaped on the server), so the browser build carries no JSON decoder, no
//! translations and no server-function client. Answers to older words are dropped; the list
//! follows the ARIA combobox pattern (arrow keys move, Enter opens, Escape closes); each option
//! is itself a link, so a tap or a middle click works as on any link.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How long typing must pause before the box asks for results.
const DEBOUNCE_MS: u64 = 200;

/// Fewest characters worth asking about.
const MIN_CHARS: usize = 2;

/// The endpoint that answers with the suggestion list.
pub const SUGGEST_PATH: &str = "/api/search/suggest";

/// The id of the list, and of each option in it (`site-search-option-{i}`).
const LIST_ID: &str = "site-search-results";
const OPTION_ID: &str = "site-search-option-";

/// The box's words, translated on the server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchBoxText {
    pub label: String,
    pub placeholder: String,
    pub submit: String,
    /// Name of the suggestion list.
    pub results: String,
    /// Shown when nothing matches.
    pub none: String,
}

/// The search form with results as you type.
#[island]
pub fn SearchBox(text: SearchBoxText) -> impl IntoView {
    // How many options the list holds, whether the current words were answered, which option
    // the arrow keys chose.
    let (options, set_options) = signal(0_usize);
    let (answered, set_answered) = signal(false);
    let (active, set_active) = signal(None::<usize>);
    // Each request carries a number; an answer is shown only if no newer request was made.
    let asked = StoredValue::new(0_u64);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Effects run only in the browser: the form says when the island is awake (tests wait for
    // it), and the chosen option is marked in the list.
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    Effect::new(move |_| browser::mark(active.get()));

    let close = move || {
        browser::show("");
        set_options.set(0);
        set_answered.set(false);
        set_active.set(None);
    };
    let on_input = move |ev| {
        let words = event_target_value(&ev);
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        asked.update_value(|n| *n += 1);
        if words.trim().chars().count() < MIN_CHARS {
            close();
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                asked.update_value(|n| *n += 1);
                let mine = asked.get_value();
                leptos::task::spawn_local(async move {
                    let answer = browser::fetch_text(&with_q(SUGGEST_PATH, &words)).await;
                    if asked.get_value() != mine {
                        return; // the words changed meanwhile
                    }
                    match answer {
                        Some(html) => {
                            set_active.set(None);
                            set_options.set(browser::show(&html));
                            set_answered.set(true);
                        }
                        None => close(),
                    }
                });
            },
            std::time::Duration::from_millis(DEBOUNCE_MS),
        );
        timer.set_value(handle.ok());
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = options.get_untracked();
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            // Closes the list (a search field would otherwise also clear its words).
            "Escape" if count > 0 || answered.get_untracked() => {
                ev.prevent_default();
                close();
            }
            "Enter" => {
                if let Some(href) = active.get_untracked().and_then(browser::href) {
                    ev.prevent_default();
                    browser::go(&href);
                }
            }
            _ => {}
        }
    };
    let SearchBoxText {
        label,
        placeholder,
        submit,
        results,
        none,
    } = text;

    view! {
        <form class="search-form" method="get" action="/search" role="search" data-ready=move || ready.get().then_some("true")>
            <label class="visually-hidden" for="site-search">{label}</label>
            <div class="search-combobox">
                <input
                    id="site-search"
                    type="search"
                    name="q"
                    placeholder=placeholder
                    enterkeyhint="search"
                    maxlength="200"
                    autocomplete="off"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-controls=LIST_ID
                    aria-expanded=move || (options.get() > 0).to_string()
                    aria-activedescendant=move || active.get().map(|i| format!("{OPTION_ID}{i}"))
                    on:input=on_input
                    on:keydown=on_keydown
                    on:blur=move |_| {
                        // Let a tap on an option land before the list goes.
                        set_timeout(close, std::time::Duration::from_millis(250));
                    }
                />
                <ul id=LIST_ID class="search-suggestions" role="listbox" aria-label=results hidden=move || options.get() == 0></ul>
                <p class="search-suggest-status" role="status">
                    {move || (answered.get() && options.get() == 0).then(|| none.clone())}
                </p>
            </div>
            <button type="submit">{submit}</button>
        </form>
    }
}

/// `path?q=…`
fn with_q(path: &str, q: &str) -> String {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("q", q)
        .finish();
    format!("{path}?{query}")
}

/// The suggestion list's options for `answer`, rendered (and escaped) on the server: each
/// product, then every result on the search page; when nothing matched, a respelling the catalog
/// knows, or nothing (the box then says so).
#[cfg(feature = "ssr")]
pub fn suggestions_html(answer: crate::dto::SuggestDto, locale: domain::Locale) -> String {
    use crate::i18n::t;
    let option_id = |i: usize| format!("{OPTION_ID}{i}");
    let count = answer.items.len();
    let see_all = format!("{} ({})", t(locale, "search-see-all"), answer.total);
    let all_href = with_q("/search", &answer.q);
    let found = answer.total > 0;
    view! {
        {answer.items.into_iter().enumerate().map(|(i, item)| view! {
            <li role="none">
                <a id=option_id(i) role="option" aria-selected="false" href=format!("/p/{}", item.slug) tabindex="-1">
                    {item.thumbnail.map(|src| view! { <img src=src alt="" width="40" height="40"/> })}
                    <span class="suggestion-text">
                        <span class="suggestion-title" lang=item.title_lang>
                            {item.title.into_iter().map(|(piece, marked)| if marked {
                                view! { <mark>{piece}</mark> }.into_any()
                            } else {
                                piece.into_any()
                            }).collect_view()}
                        </span>
                        <span class="suggestion-meta">{item.cooperative} " · " {item.price}</span>
                    </span>
                </a>
            </li>
        }).collect_view()}
        {found.then(|| view! {
            <li role="none" class="suggestion-all">
                <a id=option_id(count) role="option" aria-selected="false" href=all_href tabindex="-1">{see_all}</a>
            </li>
        })}
        {answer.suggestion.filter(|_| !found).map(|word| view! {
            <li role="none" class="suggestion-all">
                <a id=option_id(0) role="option" aria-selected="false" href=with_q("/search", &word) tabindex="-1">{t(locale, "search-did-you-mean")} " " {word.clone()}</a>
            </li>
        })}
    }
    .to_html()
    // Hydration markers: this HTML is inserted, never hydrated.
    .replace("<!>", "")
}

/// What the island does to the page; only the browser build does anything.
#[cfg(feature = "hydrate")]
mod browser {
    use super::{LIST_ID, OPTION_ID};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Element, Response};

    fn list() -> Option<Element> {
        leptos::prelude::document().get_element_by_id(LIST_ID)
    }

    /// The body of a successful GET of `url`.
    pub async fn fetch_text(url: &str) -> Option<String> {
        let response: Response = JsFuture::from(leptos::prelude::window().fetch_with_str(url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }

    /// Puts `html` in the list; returns how many options it holds.
    pub fn show(html: &str) -> usize {
        let Some(list) = list() else { return 0 };
        list.set_inner_html(html);
        list.query_selector_all("[role=option]")
            .map(|options| options.length() as usize)
            .unwrap_or(0)
    }

    /// Marks option `active` as selected, and only it.
    pub fn mark(active: Option<usize>) {
        let Some(options) = list().and_then(|l| l.query_selector_all("[role=option]").ok()) else {
            return;
        };
        for i in 0..options.length() {
            let Some(option) = options.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let chosen = active == Some(i as usize);
            let _ = option.set_attribute("aria-selected", if chosen { "true" } else { "false" });
            if chosen {
                option.scroll_into_view_with_bool(false);
            }
        }
    }

    /// Where option `i` leads.
    pub fn href(i: usize) -> Option<String> {
        list()?
            .query_selector(&format!("#{OPTION_ID}{i}"))
            .ok()??
            .get_attribute("href")
    }

    pub fn go(href: &str) {
        let _ = leptos::prelude::window().location().set_href(href);
    }
}

/// On the server the island's handlers never run.
#[cfg(not(feature = "hydrate"))]
mod browser {
    pub async fn fetch_text(_: &str) -> Option<String> {
        None
    }
    pub fn show(_: &str) -> usize {
        0
    }
    pub fn mark(_: Option<usize>) {}
    pub fn href(_: usize) -> Option<String> {
        None
    }
    pub fn go(_: &str) {}
}
