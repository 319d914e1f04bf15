//! `media_images`: one processed image, addressed by the SHA-256 of what was uploaded.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media_images")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hash: String,
    pub width: i32,
    pub height: i32,
    /// `jpg` or `png`.
    pub format: String,
    /// Variant sizes, `320x240,640x480`.
    pub variants: String,
    /// Suggested colours, `#1a5c3a,#d4a017`.
    pub palette: String,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
