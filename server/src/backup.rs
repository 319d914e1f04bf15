//! `taawon backup FILE`: a consistent copy of the database, taken while the server runs.
//! SQLite is copied with `VACUUM INTO` (one read transaction, so the copy is the database as it
//! was at one instant, with no half-written order in it); PostgreSQL with `pg_dump` in its
//! custom format (also one snapshot), restored with `pg_restore`.

use crate::{config::Config, database};
use anyhow::Context;
use sea_orm::{ConnectionTrait, DbBackend};
use std::path::Path;

/// Writes a backup of the configured database to `target`, which must not exist yet. Returns a
/// line saying what was written.
pub async fn backup(config: &Config, target: &Path) -> anyhow::Result<String> {
    anyhow::ensure!(
        !target.exists(),
        "{} already exists: choose a new file (a backup never overwrites one)",
        target.display()
    );
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let url = config.database_url();
    if url.starts_with("sqlite:") {
        let db = database::connect(config).await?;
        anyhow::ensure!(db.get_database_backend() == DbBackend::Sqlite);
        let file = target
            .to_str()
            .context("the backup file's name must be UTF-8")?
            .replace('\'', "''");
        db.execute_unprepared(&format!("VACUUM INTO '{file}'"))
            .await
            .context("the SQLite backup failed")?;
        db.close().await.ok();
    } else {
        // A command-line run: waiting on the child here blocks nothing else.
        let status = std::process::Command::new("pg_dump")
            .arg("--format=custom")
            .arg("--no-owner")
            .arg("--file")
            .arg(target)
            .arg("--dbname")
            .arg(&url)
            .status()
            .context("cannot run pg_dump (install the PostgreSQL client tools)")?;
        anyhow::ensure!(status.success(), "pg_dump failed ({status})");
    }
    let size = std::fs::metadata(target).map(|m| m.len()).unwrap_or(0);
    Ok(format!(
        "backup written to {} ({size} bytes)",
        target.display()
    ))
}
