//! Connecting to SQLite (default) or PostgreSQL, and running migrations.

use crate::config::Config;
use anyhow::Context;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
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
/// the code. Safe to run on every start and from several replicas.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("database migration failed")?;
    app::ssr::services::catalog::sync_categories(db)
        .await
        .map_err(|e| anyhow::anyhow!("cannot seed the categories: {e}"))
}
