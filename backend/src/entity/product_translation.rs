//! `product_translations`: a product's title and description in one language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub product_id: Uuid,
    /// `ar`, `fr` or `en`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub locale: String,
    pub title: String,
    /// As typed (a small Markdown subset).
    pub description: String,
    /// Rendered and sanitised, ready to show.
    pub description_html: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
