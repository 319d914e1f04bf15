//! The HTTP integration suite. Every test starts its own server on a random port with a fresh
//! database: SQLite by default, PostgreSQL when `TAAWON_TEST_DATABASE=postgres` (the test command
//! runs the suite both ways).

#![expect(clippy::expect_used, reason = "a failed expectation is a failed test")]

mod helpers;

mod abuse;
mod accounts;
mod authorisation;
mod backups;
mod catalog;
mod checkout_limits;
mod collections;
mod conversations;
mod cooperatives;
mod dashboards;
mod directory;
mod experts;
mod exports;
mod feeds;
mod i18n;
mod installable;
mod ledger;
mod mail;
mod media;
mod open_api;
mod ops;
mod orders;
mod payments;
mod payouts;
mod peers;
mod personal_data;
mod phone_orders;
mod product_options;
mod production;
mod products;
mod profile;
mod reconciliation;
mod recovery;
mod refunds;
mod registry;
mod replicas;
mod returns;
mod reviews;
mod search;
mod security;
mod seo;
mod team;
mod verification;
