//! A password field with a show/hide button. The button is an island: it appears only once the
//! WASM has loaded, so without JavaScript the page shows a plain password field that still works.

use leptos::prelude::*;

/// Password input; `show_label`/`hide_label` come translated from the server.
#[island]
pub fn PasswordInput(
    name: String,
    autocomplete: String,
    show_label: String,
    hide_label: String,
    invalid: bool,
    describedby: Option<String>,
) -> impl IntoView {
    let (visible, set_visible) = signal(false);
    let (ready, set_ready) = signal(false);
    // Effects run only in the browser: this is how the island knows it is alive.
    Effect::new(move |_| set_ready.set(true));
    let id = name.clone();
    view! {
        <div class="password-input">
            <input
                type=move || if visible.get() { "text" } else { "password" }
                id=id
                name=name
                autocomplete=autocomplete
                aria-invalid=invalid.then_some("true")
                aria-describedby=describedby
                spellcheck="false"
                autocapitalize="off"
            />
            <button
                type="button"
                class="password-toggle"
                hidden=move || !ready.get()
                aria-pressed=move || visible.get().to_string()
                on:click=move |_| set_visible.update(|v| *v = !*v)
            >
                {move || if visible.get() { hide_label.clone() } else { show_label.clone() }}
            </button>
        </div>
    }
}
