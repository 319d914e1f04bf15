//! A share link (the product page's, the buyer's private order link): a read-only field anyone can select and copy by hand, and, once
//! the WASM has loaded, a button that copies it and says so. Without JavaScript the button stays
//! hidden and the field still works.

use leptos::prelude::*;

/// The id of the field holding the link.
pub const INPUT_ID: &str = "share-link";

/// The link `url` with a copy button; labels come translated from the server.
#[island]
pub fn CopyLink(
    url: String,
    label: String,
    copy_label: String,
    copied_label: String,
) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (copied, set_copied) = signal(false);
    // Effects run only in the browser: this is how the island knows it is alive.
    Effect::new(move |_| set_ready.set(true));
    let link = url.clone();
    let copy = move |_| {
        // The link is selected whatever happens, so it can be copied by hand if the browser
        // refuses the clipboard (a page served over plain HTTP has none).
        browser::select(INPUT_ID);
        let link = link.clone();
        leptos::task::spawn_local(async move {
            set_copied.set(browser::copy(&link).await);
        });
    };
    view! {
        <div class="copy-link">
            <label for=INPUT_ID>{label}</label>
            <div class="copy-link-row">
                <input id=INPUT_ID type="url" readonly value=url/>
                <button type="button" class="button button-secondary" hidden=move || !ready.get() on:click=copy>
                    {copy_label}
                </button>
            </div>
            <p class="copy-link-status" role="status">{move || copied.get().then(|| copied_label.clone())}</p>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::HtmlInputElement;

    pub fn select(id: &str) {
        if let Some(input) = leptos::prelude::document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            input.select();
        }
    }

    /// Whether `text` reached the clipboard.
    pub async fn copy(text: &str) -> bool {
        let window = leptos::prelude::window();
        // Outside a secure context `navigator.clipboard` does not exist at all.
        if !window.is_secure_context() {
            return false;
        }
        JsFuture::from(window.navigator().clipboard().write_text(text))
            .await
            .is_ok()
    }
}

/// On the server the island's handlers never run.
#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn select(_: &str) {}
    pub async fn copy(_: &str) -> bool {
        false
    }
}
