//! `deliverables`: work an expert handed in on a request: image files and a note, and for a
//! visual identity a logo and a palette the cooperative can apply to its storefront.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deliverables")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Uuid,
    pub expert_id: Uuid,
    pub note: String,
    /// Media hashes of the delivered images, comma-separated.
    pub image_keys: String,
    pub logo_key: Option<String>,
    pub primary_colour: Option<String>,
    pub secondary_colour: Option<String>,
    pub created_at: DateTimeUtc,
    /// Private media key of the file as handed in, when pages show something else of it (an SVG
    /// logo drawn to PNG) or nothing (a print-ready PDF) (migration 26).
    pub original_key: Option<String>,
    /// Its MIME type (`image/svg+xml`, `application/pdf`).
    pub original_type: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
