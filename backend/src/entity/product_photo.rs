//! `product_photos`: a product's photos, in display order, with alternative text per language.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "product_photos")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub product_id: Uuid,
    /// The processed image (`media_images.hash`).
    pub image_hash: String,
    pub position: i32,
    pub alt_ar: String,
    pub alt_fr: String,
    pub alt_en: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
