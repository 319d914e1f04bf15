//! Server-only code of the Leptos crate, compiled only with the `ssr` feature: the `AppState`
//! handed to the renderer and the server functions, the request context they read, and the
//! reading of multipart forms. The services, entities and adapters they call live in the
//! `backend` crate, re-exported here under the names pages and server functions use.

pub mod multipart;
pub mod request;
pub mod state;

pub use backend::{
    audit, card_cache, charts, entity, mail, media, passwords, payments, rate_limit, revisions,
    rich_text, search, services, session_store, timing,
};
pub use state::AppState;
