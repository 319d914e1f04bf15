//! Importing the national register of cooperatives from CSV: every line is checked before
//! anything is written (a file with one bad line imports nothing), and the import is an upsert
//! keyed by register number, so re-importing the same file changes nothing.
//!
//! The register's word counts: a file that shows verified cooperatives dissolved or in
//! liquidation is refused with their list until the admin confirms it ([`OffSale`]); confirmed,
//! each goes back to the admins' queue, off sale, flagged, its owners told
//! ([`super::cooperatives::register_lapsed`]), in the import's transaction.

use super::db_error;
use crate::{
    audit,
    entity::{cooperative, registry_entry},
    error::AppError,
};
use chrono::NaiveDate;
pub use domain::csv_file::{
    MAX_PROBLEMS, REGISTER_COLUMNS as COLUMNS, parse_register as parse_csv,
};
pub use domain::registry::FileProblem;
use domain::{
    UserId,
    cooperative::CooperativeStatus,
    registry::{Lapsing, RegistryRow, RegistryStatus},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
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
    /// Verified cooperatives the file shows dissolved or in liquidation, taken off sale.
    pub off_sale: u64,
}

/// Whether an import may take verified cooperatives off sale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffSale {
    /// Refuse the file, listing them ([`AppError::RegisterLapses`]): the admin looks, then
    /// imports again confirming.
    Ask,
    /// The admin saw the list: go ahead.
    Confirmed,
}

/// The most lapsing cooperatives an import's refusal lists (the error travels in the URL).
pub const LAPSING_SHOWN: usize = 20;

/// Verified cooperatives that `rows` move to dissolved or in liquidation (from active, or from
/// no entry), with that status. An entry that was already so changes nothing: re-importing a
/// file flags nothing twice.
async fn lapsing(
    db: &impl ConnectionTrait,
    rows: &[RegistryRow],
    existing: &HashMap<String, registry_entry::Model>,
) -> Result<Vec<(cooperative::Model, RegistryStatus)>, AppError> {
    let inactive: HashMap<&str, RegistryStatus> = rows
        .iter()
        .filter(|r| !r.status.is_active())
        .filter(|r| {
            existing
                .get(r.register_number.as_str())
                .is_none_or(|e| e.status.is_active())
        })
        .map(|r| (r.register_number.as_str(), r.status))
        .collect();
    let numbers: Vec<&str> = inactive.keys().copied().collect();
    let mut found = Vec::new();
    for chunk in numbers.chunks(500) {
        let coops = cooperative::Entity::find()
            .filter(cooperative::Column::State.eq(CooperativeStatus::Verified.code()))
            .filter(cooperative::Column::RegisterNumber.is_in(chunk.iter().copied()))
            .all(db)
            .await
            .map_err(db_error)?;
        for coop in coops {
            if let Some(status) = inactive.get(coop.register_number.as_str()) {
                found.push((coop, *status));
            }
        }
    }
    found.sort_by(|a, b| a.0.register_number.cmp(&b.0.register_number));
    Ok(found)
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
/// A file that would take verified cooperatives off sale is refused unless `off_sale` is
/// [`OffSale::Confirmed`].
pub async fn import(
    db: &DatabaseConnection,
    rows: &[RegistryRow],
    actor: Option<UserId>,
    off_sale: OffSale,
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
    let lapsing = lapsing(&txn, rows, &existing).await?;
    if !lapsing.is_empty() && off_sale == OffSale::Ask {
        return Err(AppError::RegisterLapses {
            total: lapsing.len(),
            cooperatives: lapsing
                .iter()
                .take(LAPSING_SHOWN)
                .map(|(coop, status)| Lapsing {
                    register_number: coop.register_number.clone(),
                    name_ar: coop.name_ar.clone(),
                    name_fr: coop.name_fr.clone(),
                    status: *status,
                })
                .collect(),
        });
    }
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
    for (coop, status) in &lapsing {
        super::cooperatives::register_lapsed(&txn, coop, *status, actor).await?;
    }
    report.off_sale = lapsing.len() as u64;
    if report.created + report.updated > 0 {
        let details = serde_json::json!({ "created": report.created, "updated": report.updated, "unchanged": report.unchanged, "off_sale": report.off_sale });
        audit::record(&txn, actor, "registry.imported", None, details).await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(report)
}
