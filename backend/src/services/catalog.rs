//! The catalog. For now: its categories, kept in step with the seed tree.

use super::db_error;
use crate::{dto::CategoryDto, entity::category, error::AppError};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DbBackend, EntityTrait, Set, Statement,
    sea_query::OnConflict,
};
use std::sync::LazyLock;

/// Inserts or updates every category of [`domain::category::TREE`] (parents first). Idempotent;
/// run at every start.
pub async fn sync_categories(db: &impl ConnectionTrait) -> Result<(), AppError> {
    for (parent, position, c) in domain::category::flattened() {
        let row = category::ActiveModel {
            code: Set(c.code.to_owned()),
            parent_code: Set(parent.map(str::to_owned)),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            name_ar: Set(c.ar.to_owned()),
            name_fr: Set(c.fr.to_owned()),
            name_en: Set(c.en.to_owned()),
        };
        category::Entity::insert(row.reset_all())
            .on_conflict(
                OnConflict::column(category::Column::Code)
                    .update_columns([
                        category::Column::ParentCode,
                        category::Column::Position,
                        category::Column::NameAr,
                        category::Column::NameFr,
                        category::Column::NameEn,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await
            .map_err(db_error)?;
    }
    Ok(())
}

impl From<&category::Model> for CategoryDto {
    fn from(c: &category::Model) -> Self {
        Self {
            code: c.code.clone(),
            parent_code: c.parent_code.clone(),
            name_ar: c.name_ar.clone(),
            name_fr: c.name_fr.clone(),
            name_en: c.name_en.clone(),
        }
    }
}

/// Every category, in display order (top level by position, each followed by its children).
///
/// The rows are [`domain::category::TREE`]'s, which [`sync_categories`] writes at every start, so
/// they come from the tree itself: a page listing categories (the home page, every search)
/// reads nothing for them.
pub fn categories() -> &'static [category::Model] {
    static CATEGORIES: LazyLock<Vec<category::Model>> = LazyLock::new(|| {
        domain::category::flattened()
            .into_iter()
            .map(|(parent, position, c)| category::Model {
                code: c.code.to_owned(),
                parent_code: parent.map(str::to_owned),
                position: i32::try_from(position).unwrap_or(i32::MAX),
                name_ar: c.ar.to_owned(),
                name_fr: c.fr.to_owned(),
                name_en: c.en.to_owned(),
            })
            .collect()
    });
    &CATEGORIES
}

/// The catalog clock (migration 14): the sum of its counters, which moves whenever anything the
/// public catalog shows changes in the database or in the search index.
pub async fn clock(db: &impl ConnectionTrait) -> Result<i64, sea_orm::DbErr> {
    let backend = db.get_database_backend();
    // SUM of BIGINT is NUMERIC on PostgreSQL: cast back so both backends give an integer.
    let sql = match backend {
        DbBackend::Postgres => "SELECT CAST(COALESCE(SUM(ticks), 0) AS BIGINT) FROM catalog_clock",
        _ => "SELECT COALESCE(SUM(ticks), 0) FROM catalog_clock",
    };
    match db
        .query_one_raw(Statement::from_string(backend, sql))
        .await?
    {
        Some(row) => row.try_get_by_index(0),
        None => Ok(0),
    }
}

/// Moves the catalog clock: for changes the database triggers cannot see (the search index
/// took a batch). Database changes to the catalog move it by themselves.
///
/// The index has a counter of its own (migration 15), which no catalog write takes: the search
/// job ticks it while holding its batch of `search_queue` rows, and a product write takes its
/// cooperative's counter before its `search_queue` row, so sharing a counter could deadlock.
pub async fn tick_clock(db: &impl ConnectionTrait) -> Result<(), AppError> {
    let ticked = db
        .execute_unprepared("UPDATE catalog_clock SET ticks = ticks + 1 WHERE shard = 64")
        .await
        .map_err(db_error)?;
    if ticked.rows_affected() != 1 {
        // Without its counter the clock would stand still and cached pages would stay stale.
        tracing::error!("the catalog clock has no search counter (migration 15)");
        return Err(AppError::Internal);
    }
    Ok(())
}
