//! The search index ticks a counter of the catalog clock of its own (migration 14's table, one
//! row past the 64 the cooperatives hash to).
//!
//! The search job used to tick counter 0 at the end of its batch, while it held the batch's rows
//! of `search_queue`; a product write of a cooperative hashing to counter 0 takes that counter
//! first and then its `search_queue` row, so the two could wait on each other, and PostgreSQL
//! broke the deadlock by failing the product write. No catalog write touches this counter.

use sea_orm_migration::{prelude::*, sea_orm::ConnectionTrait};

/// The counter the search index ticks.
pub const SEARCH_SHARD: i64 = 64;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "INSERT INTO catalog_clock (shard, ticks) VALUES ({SEARCH_SHARD}, 0) ON CONFLICT DO NOTHING"
            ))
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "DELETE FROM catalog_clock WHERE shard = {SEARCH_SHARD}"
            ))
            .await
            .map(|_| ())
    }
}
