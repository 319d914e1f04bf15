//! The one `AppState` shared by the renderer, the server functions and the plain axum routes:
//! the server-side core ([`backend::state::Core`]) and Leptos' own options.

use leptos::config::LeptosOptions;

pub use backend::state::{AppSettings, Core, LiveSettings};

/// Everything a request handler may need. Cheap to clone. Reads through to the core, so
/// `state.db` and `state.settings()` work as on [`Core`].
#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    /// Leptos' own options (site root, output name).
    pub leptos_options: LeptosOptions,
    /// The database, settings, media, search, payments and caches.
    pub core: Core,
}

impl std::ops::Deref for AppState {
    type Target = Core;
    fn deref(&self) -> &Core {
        &self.core
    }
}

impl AppState {
    /// The state provided to the current Leptos render or server function.
    pub fn current() -> Result<Self, crate::error::AppError> {
        leptos::prelude::use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from the Leptos context");
            crate::error::AppError::Internal
        })
    }
}
