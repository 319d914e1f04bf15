//! The catalog over the wire. For now: the category tree.

use crate::{dto::CategoryDto, error::AppError};
use leptos::prelude::*;

/// Every category, in display order (each top-level category followed by its children).
#[server(endpoint = "catalog/categories")]
pub async fn categories() -> Result<Vec<CategoryDto>, AppError> {
    use crate::ssr::{AppState, services::catalog};
    let state = AppState::current()?;
    Ok(catalog::categories(&state.db)
        .await?
        .into_iter()
        .map(|c| CategoryDto {
            code: c.code,
            parent_code: c.parent_code,
            name_ar: c.name_ar,
            name_fr: c.name_fr,
            name_en: c.name_en,
        })
        .collect())
}
