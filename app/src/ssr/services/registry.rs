//! Importing the national register of cooperatives from CSV: every line is checked before
//! anything is written (a file with one bad line imports nothing), and the import is an upsert
//! keyed by register number, so re-importing the same file changes nothing.

use super::db_error;
use crate::{
    error::AppError,
    ssr::{audit, entity::registry_entry},
};
use chrono::NaiveDate;
pub use domain::registry::FileProblem;
use domain::{
    UserId,
    registry::{RawRow, RegistryRow, RowProblem, parse_row},
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The columns of the register, in order, with the header names accepted for each.
pub const COLUMNS: [(&str, &[&str]); 8] = [
    (
        "register_number",
        &[
            "register_number",
            "numero",
            "numero_immatriculation",
            "رقم_التسجيل",
        ],
    ),
    ("name_ar", &["name_ar", "nom_ar", "الاسم_بالعربية"]),
    ("name_fr", &["name_fr", "nom_fr", "الاسم_بالفرنسية"]),
    ("region", &["region", "الجهة"]),
    ("province", &["province", "الإقليم"]),
    ("sector", &["sector", "secteur", "القطاع"]),
    (
        "registered_on",
        &[
            "registered_on",
            "date_immatriculation",
            "date",
            "تاريخ_التسجيل",
        ],
    ),
    ("status", &["status", "statut", "الوضعية"]),
];

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

/// Most problems listed for one file: enough to fix it, bounded for a very broken file.
pub const MAX_PROBLEMS: usize = 200;

/// Parses a whole CSV file. Returns every valid row, or the file's problems (never both).
pub fn parse_csv(bytes: &[u8]) -> Result<Vec<RegistryRow>, Vec<FileProblem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(bytes).is_err() {
        return Err(vec![FileProblem::NotUtf8]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) if !h.is_empty() => h.clone(),
        _ => return Err(vec![FileProblem::Empty]),
    };
    let folded: Vec<String> = headers
        .iter()
        .map(|h| h.trim().to_lowercase().replace([' ', '-'], "_"))
        .collect();
    let mut index = [0usize; 8];
    let mut problems = Vec::new();
    for (i, (name, aliases)) in COLUMNS.iter().enumerate() {
        match folded.iter().position(|h| aliases.contains(&h.as_str())) {
            Some(position) => index[i] = position,
            None => problems.push(FileProblem::MissingColumn {
                column: (*name).to_owned(),
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let Ok(record) = record else { continue };
        let line = record.position().map(|p| p.line()).unwrap_or_default();
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != headers.len() {
            problems.push(FileProblem::Line {
                line,
                problems: vec![RowProblem::ColumnCount],
            });
            continue;
        }
        let field = |i: usize| record.get(index[i]).unwrap_or_default();
        let raw = RawRow {
            register_number: field(0),
            name_ar: field(1),
            name_fr: field(2),
            region: field(3),
            province: field(4),
            sector: field(5),
            registered_on: field(6),
            status: field(7),
        };
        match parse_row(raw) {
            Ok(row) if !seen.insert(row.register_number.clone()) => {
                problems.push(FileProblem::Line {
                    line,
                    problems: vec![RowProblem::DuplicateNumber],
                })
            }
            Ok(row) => rows.push(row),
            Err(row_problems) => problems.push(FileProblem::Line {
                line,
                problems: row_problems,
            }),
        }
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if rows.is_empty() {
        return Err(vec![FileProblem::Empty]);
    }
    Ok(rows)
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
        || existing.status != row.status.code()
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
            status: Set(row.status.code().to_owned()),
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
