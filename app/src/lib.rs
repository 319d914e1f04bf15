//! Taawon's Leptos application, rendered on the server in islands mode: every page is plain HTML
//! that works without JavaScript, and only the `#[island]` components ship to the browser as WASM.

#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod context;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use routes::{App, THEME_COLOUR, shell};
/// The shared types live in the `wire` crate; these names keep `crate::error` and the like short.
pub use wire::{dto, error, i18n};

/// Redirects the current server render (302 for browsers); does nothing in the browser build.
pub fn ssr_redirect(path: &str) {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(path);
    #[cfg(not(feature = "ssr"))]
    let _ = path;
}

/// Browser entry point: wakes up the islands in the server-rendered page, and nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
