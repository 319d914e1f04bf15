//! Importing the national register of cooperatives from CSV: every line is checked before
//! anything is written (a file with one bad line imports nothing), and the import is an upsert
//! keyed by register number, so re-importing the same file changes nothing.

use super::db_error;
use crate::{audit, entity::registry_entry, error::AppError};
use chrono::NaiveDate;
pub use domain::csv_file::{
    MAX_PROBLEMS, REGISTER_COLUMNS as COLUMNS, parse_register as parse_csv,
};
pub use domain::registry::FileProblem;
use domain::{UserId, registry::RegistryRow};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    /// New entries.
    pub created: u64,
    /// Entries whose fields changed.
    pub updated: u64,
    /// Entries already identical.
    pub unchanged: u64,
}

/// How many cooperatives the register holds.
pub async fn size(db: &DatabaseConnection) -> Result<u64, AppError> {
    registry_entry::Entity::find()
        .count(db)
        .await
        .map_err(db_error)
}

fn date(row: &RegistryRow) -> Option<NaiveDate> {
    row.registered_on
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn differs(existing: &registry_entry::Model, row: &RegistryRow) -> bool {
    existing.name_ar != row.name_ar
        || existing.name_fr != row.name_fr
        || existing.region != row.region.code()
        || existing.province != row.province
        || existing.sector != row.sector.code()
        || existing.registered_on != date(row)
        || existing.status != row.status
}

/// Writes parsed rows in one transaction. `progress` is called with the number of rows done.
pub async fn import(
    db: &DatabaseConnection,
    rows: &[RegistryRow],
    actor: Option<UserId>,
    mut progress: impl FnMut(u64),
) -> Result<ImportReport, AppError> {
    let txn = super::begin_write(db).await?;
    let existing: HashMap<String, registry_entry::Model> = registry_entry::Entity::find()
        .all(&txn)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|e| (e.register_number.clone(), e))
        .collect();
    let now = chrono::Utc::now();
    let mut report = ImportReport::default();
    let mut inserts = Vec::new();
    for (done, row) in rows.iter().enumerate() {
        let model = registry_entry::ActiveModel {
            register_number: Set(row.register_number.to_string()),
            name_ar: Set(row.name_ar.clone()),
            name_fr: Set(row.name_fr.clone()),
            region: Set(row.region.code().to_owned()),
            province: Set(row.province.to_owned()),
            sector: Set(row.sector.code().to_owned()),
            registered_on: Set(date(row)),
            status: Set(row.status),
            created_at: Set(now),
            updated_at: Set(now),
        };
        match existing.get(row.register_number.as_str()) {
            None => {
                inserts.push(model);
                report.created += 1;
            }
            Some(old) if differs(old, row) => {
                let mut model = model;
                model.created_at = Set(old.created_at);
                model.update(&txn).await.map_err(db_error)?;
                report.updated += 1;
            }
            Some(_) => report.unchanged += 1,
        }
        if inserts.len() >= 500 {
            registry_entry::Entity::insert_many(std::mem::take(&mut inserts))
                .exec(&txn)
                .await
                .map_err(db_error)?;
        }
        progress(done as u64 + 1);
    }
    if !inserts.is_empty() {
        registry_entry::Entity::insert_many(inserts)
            .exec(&txn)
            .await
            .map_err(db_error)?;
    }
    if report.created + report.updated > 0 {
        let details = serde_json::json!({ "created": report.created, "updated": report.updated, "unchanged": report.unchanged });
        audit::record(&txn, actor, "registry.imported", None, details).await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(report)
}
