//! Server-only code: shared state, database entities, the session store and the services that
//! hold the rules for writes. Compiled only with the `ssr` feature.

pub mod audit;
pub mod card_cache;
pub mod charts;
pub mod entity;
pub mod mail;
pub mod media;
pub mod multipart;
pub mod passwords;
pub mod payments;
pub mod rate_limit;
pub mod request;
pub mod revisions;
pub mod rich_text;
pub mod search;
pub mod services;
pub mod session_store;
pub mod state;
pub mod timing;

pub use state::AppState;
