//! Taawon's pure business rules: identifiers, parsed inputs, locales and roles.
//!
//! Nothing here does I/O or async work, so every rule can be unit-tested in isolation and the
//! crate compiles to wasm32 for the browser islands.

pub mod account;
pub mod card;
pub mod category;
pub mod codes;
pub mod collection;
pub mod colour;
pub mod conversation;
pub mod cooperative;
#[cfg(feature = "csv")]
pub mod csv_file;
pub mod device;
pub mod expert;
pub mod export;
pub mod feed;
pub mod geo;
pub mod ids;
pub mod input;
pub mod label;
pub mod ledger;
pub mod locale;
pub mod media;
pub mod money;
pub mod normalize;
pub mod order;
pub mod page_links;
pub mod payout;
pub mod product;
pub mod reconciliation;
pub mod region_map;
pub mod registry;
pub mod report;
pub mod review;
pub mod role;
pub mod search;
pub mod settings;
pub mod sitemap;

pub use ids::UserId;
pub use input::{DisplayName, Email, FieldProblems, InputError, Password};
pub use locale::Locale;
pub use role::Role;
