//! Taawon's server-side core: database entities, the services that hold the rules for writes
//! (one file per action group), the ports to search, payments, media and mail with their
//! adapters (tantivy, Meilisearch, object storage), the session store, rate limits and the
//! caches. It knows nothing of Leptos: the Leptos crate's server functions call it, and the
//! server binary wires it.

pub mod audit;
pub mod card_cache;
pub mod charts;
pub mod entity;
pub mod mail;
pub mod media;
pub mod outbox;
pub mod passwords;
pub mod payments;
pub mod revisions;
pub mod rich_text;
pub mod search;
pub mod services;
pub mod session_store;
pub mod spreadsheet;
pub mod state;
pub mod structured_data;
pub mod texts;
pub mod timing;
pub mod tokens;
pub mod vector;

/// The types shared with the browser, named here as the rest of the core names them.
pub use wire::{dto, error, i18n, user};
