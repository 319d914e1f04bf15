//! Taawon's database migrations. Append-only: never edit a migration that has shipped; add one.

pub use sea_orm_migration::prelude::*;

mod m20261129_000001_accounts;
mod m20261129_000002_cooperatives;
mod m20261129_000003_identities;
mod m20261129_000004_media;
mod m20261129_000005_invitations;
mod m20261129_000006_categories;
mod m20261129_000007_products;
mod m20261129_000008_catalog_revisions;
mod m20261129_000009_search_queue;
mod m20261129_000010_orders;
mod m20261202_000011_review_revisions;
mod m20261202_000012_experts;
mod m20261202_000013_settings;
pub mod m20261204_000014_catalog_clock;
mod m20261206_000015_search_clock_counter;
mod m20261206_000016_ledger;
mod m20261207_000017_card_refunds;
mod m20261207_000018_rate_limits;
mod m20261207_000019_account_tokens;
mod m20261207_000020_conversations;
mod m20261207_000021_product_options;
mod m20261207_000022_feeds;
mod m20261207_000023_register_flag;
mod m20261207_000024_profile_upkeep;
mod m20261207_000025_collections;
mod m20261207_000026_fair_deal;
mod m20261207_000027_volunteer_certificates;

/// Every migration, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_accounts::Migration),
            Box::new(m20261129_000002_cooperatives::Migration),
            Box::new(m20261129_000003_identities::Migration),
            Box::new(m20261129_000004_media::Migration),
            Box::new(m20261129_000005_invitations::Migration),
            Box::new(m20261129_000006_categories::Migration),
            Box::new(m20261129_000007_products::Migration),
            Box::new(m20261129_000008_catalog_revisions::Migration),
            Box::new(m20261129_000009_search_queue::Migration),
            Box::new(m20261129_000010_orders::Migration),
            Box::new(m20261202_000011_review_revisions::Migration),
            Box::new(m20261202_000012_experts::Migration),
            Box::new(m20261202_000013_settings::Migration),
            Box::new(m20261204_000014_catalog_clock::Migration),
            Box::new(m20261206_000015_search_clock_counter::Migration),
            Box::new(m20261206_000016_ledger::Migration),
            Box::new(m20261207_000017_card_refunds::Migration),
            Box::new(m20261207_000018_rate_limits::Migration),
            Box::new(m20261207_000019_account_tokens::Migration),
            Box::new(m20261207_000020_conversations::Migration),
            Box::new(m20261207_000021_product_options::Migration),
            Box::new(m20261207_000022_feeds::Migration),
            Box::new(m20261207_000023_register_flag::Migration),
            Box::new(m20261207_000024_profile_upkeep::Migration),
            Box::new(m20261207_000025_collections::Migration),
            Box::new(m20261207_000026_fair_deal::Migration),
            Box::new(m20261207_000027_volunteer_certificates::Migration),
        ]
    }
}
