//! The catalog over the wire. For now: the category tree.

use crate::{dto::CategoryDto, error::AppError};
use leptos::prelude::*;

/// Every category, in display order (each top-level category followed by its children).
#[server(endpoint = "catalog/categories")]
pub async fn categories() -> Result<Vec<CategoryDto>, AppError> {
    use backend::services::catalog;
    Ok(catalog::categories()
        .iter()
        .map(CategoryDto::from)
        .collect())
}
