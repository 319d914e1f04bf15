//! Connecting to SQLite (default) or PostgreSQL, and running migrations.

use crate::config::Config;
use anyhow::Context;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, TransactionTrait,
};
use std::time::Duration;

/// Opens the configured database. SQLite gets WAL, foreign keys and a busy timeout on every
/// connection; its folder is created when missing.
pub async fn connect(config: &Config) -> anyhow::Result<DatabaseConnection> {
    let url = config.database_url();
    let mut options = ConnectOptions::new(url.clone());
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("cannot create data folder {}", config.data_dir.display()))?;
        options.max_connections(8).map_sqlx_sqlite_opts(|o| {
            o.foreign_keys(true)
                .journal_mode(sqlx_sqlite_journal_wal())
                .busy_timeout(Duration::from_secs(5))
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
        });
    } else {
        options.max_connections(20);
    }
    Database::connect(options)
        .await
        .context("cannot connect to the database (check DATABASE_URL)")
}

fn sqlx_sqlite_journal_wal() -> sea_orm::sqlx::sqlite::SqliteJournalMode {
    sea_orm::sqlx::sqlite::SqliteJournalMode::Wal
}

/// Applies pending migrations, then brings the reference data (the category tree) in step with
/// the code. Safe to run on every start and from several replicas at once: on PostgreSQL it runs
/// in one transaction holding an advisory lock, so replicas starting together migrate one after
/// another (the later ones find nothing to do), and a failed migration leaves no half of itself.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        Migrator::up(db, None)
            .await
            .context("database migration failed")?;
        return seed(db).await;
    }
    let txn = db.begin().await.context("cannot start the migration")?;
    txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        .await
        .context("cannot take the migration lock")?;
    Migrator::up(&txn, None)
        .await
        .context("database migration failed")?;
    seed(&txn).await?;
    txn.commit().await.context("cannot commit the migration")
}

/// The PostgreSQL advisory lock key replicas take while they migrate ("taawon" in ASCII).
const MIGRATION_LOCK: i64 = 0x7461_6177_6f6e;

async fn seed(db: &impl ConnectionTrait) -> anyhow::Result<()> {
    backend::services::catalog::sync_categories(db)
        .await
        .map_err(|e| anyhow::anyhow!("cannot seed the categories: {e}"))
}
