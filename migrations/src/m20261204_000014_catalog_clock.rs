//! One clock for the whole public catalog: it moves whenever any cooperative's catalog revision
//! moves (migration 8: anything a product page shows) and whenever the search index takes a
//! batch of changes. A replica that caches the home page, category grids or search answers for
//! anonymous visitors checks it with one small read per request and renders again when it moved,
//! exactly as product pages are checked against their cooperative's revision.
//!
//! The clock is 64 counters summed on reading, not one row: on PostgreSQL every catalog write
//! (a sale moves stock, so a checkout is one) ticks a counter inside its transaction, and one hot
//! row would make every cooperative's checkouts queue behind each other's. A cooperative ticks
//! the counter its id hashes to; two checkouts meet on a counter one time in 64. A counter
//! table, not a record: it has no timestamps.

use sea_orm_migration::{
    prelude::*,
    sea_orm::{ConnectionTrait, DbBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// How many counters the clock has.
pub const SHARDS: i64 = 64;

fn postgres_up() -> Vec<String> {
    vec![
        "CREATE TABLE IF NOT EXISTS catalog_clock (shard BIGINT PRIMARY KEY, ticks BIGINT NOT NULL DEFAULT 0)".into(),
        format!(
            "INSERT INTO catalog_clock (shard) SELECT generate_series(0, {}) ON CONFLICT DO NOTHING",
            SHARDS - 1
        ),
        format!(
            "CREATE OR REPLACE FUNCTION taawon_tick_catalog_clock() RETURNS trigger AS $$
             DECLARE cooperative uuid;
             BEGIN
               IF TG_OP = 'DELETE' THEN cooperative := OLD.id; ELSE cooperative := NEW.id; END IF;
               UPDATE catalog_clock SET ticks = ticks + 1
                 WHERE shard = (hashtext(cooperative::text) & {mask});
               RETURN NULL;
             END $$ LANGUAGE plpgsql",
            mask = SHARDS - 1
        ),
        "DROP TRIGGER IF EXISTS cooperatives_catalog_clock ON cooperatives".into(),
        "CREATE TRIGGER cooperatives_catalog_clock AFTER UPDATE ON cooperatives FOR EACH ROW \
         WHEN (NEW.catalog_revision IS DISTINCT FROM OLD.catalog_revision) \
         EXECUTE FUNCTION taawon_tick_catalog_clock()"
            .into(),
        "DROP TRIGGER IF EXISTS cooperatives_catalog_clock_delete ON cooperatives".into(),
        "CREATE TRIGGER cooperatives_catalog_clock_delete AFTER DELETE ON cooperatives \
         FOR EACH ROW EXECUTE FUNCTION taawon_tick_catalog_clock()"
            .into(),
    ]
}

/// SQLite has one writer at a time, so one counter is enough (the others stay at 0).
fn sqlite_up() -> Vec<String> {
    vec![
        "CREATE TABLE IF NOT EXISTS catalog_clock (shard INTEGER PRIMARY KEY, ticks INTEGER NOT NULL DEFAULT 0)".into(),
        "INSERT OR IGNORE INTO catalog_clock (shard) VALUES (0)".into(),
        "CREATE TRIGGER IF NOT EXISTS cooperatives_catalog_clock AFTER UPDATE OF catalog_revision \
         ON cooperatives WHEN NEW.catalog_revision <> OLD.catalog_revision \
         BEGIN UPDATE catalog_clock SET ticks = ticks + 1 WHERE shard = 0; END"
            .into(),
        "CREATE TRIGGER IF NOT EXISTS cooperatives_catalog_clock_delete AFTER DELETE ON cooperatives \
         BEGIN UPDATE catalog_clock SET ticks = ticks + 1 WHERE shard = 0; END"
            .into(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statements = match db.get_database_backend() {
            DbBackend::Postgres => postgres_up(),
            _ => sqlite_up(),
        };
        for statement in statements {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statements: &[&str] = match db.get_database_backend() {
            DbBackend::Postgres => &[
                "DROP TRIGGER IF EXISTS cooperatives_catalog_clock ON cooperatives",
                "DROP TRIGGER IF EXISTS cooperatives_catalog_clock_delete ON cooperatives",
                "DROP FUNCTION IF EXISTS taawon_tick_catalog_clock()",
                "DROP TABLE IF EXISTS catalog_clock",
            ],
            _ => &[
                "DROP TRIGGER IF EXISTS cooperatives_catalog_clock",
                "DROP TRIGGER IF EXISTS cooperatives_catalog_clock_delete",
                "DROP TABLE IF EXISTS catalog_clock",
            ],
        };
        for statement in statements {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }
}
