//! One module a page.

pub mod account;
pub mod account_delete;
pub mod admin;
pub mod categories;
pub mod conversations;
pub mod cooperative_settings;
pub mod cooperatives;
pub mod dashboards;
pub mod experts;
pub mod home;
pub mod identity;
pub mod labels;
pub mod legal;
pub mod orders;
pub mod payouts;
pub mod products;
pub mod recovery;
pub mod registry;
pub mod requests;
pub mod search;
pub mod sessions;
pub mod sign_in;
pub mod sign_up;
pub mod team;
pub mod verification;
