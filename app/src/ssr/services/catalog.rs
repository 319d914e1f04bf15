//! The catalog. For now: its categories, kept in step with the seed tree.

use super::db_error;
use crate::{dto::CategoryDto, error::AppError, ssr::entity::category};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryOrder, Set,
    sea_query::OnConflict,
};

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
pub async fn categories(db: &DatabaseConnection) -> Result<Vec<category::Model>, AppError> {
    let all = category::Entity::find()
        .order_by_asc(category::Column::Position)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut ordered = Vec::with_capacity(all.len());
    for top in all.iter().filter(|c| c.parent_code.is_none()) {
        ordered.push(top.clone());
        ordered.extend(
            all.iter()
                .filter(|c| c.parent_code.as_deref() == Some(top.code.as_str()))
                .cloned(),
        );
    }
    Ok(ordered)
}
