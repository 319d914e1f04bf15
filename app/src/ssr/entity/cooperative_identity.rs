//! `cooperative_identities`: one version of a cooperative's visual identity; the highest version
//! is the current one.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperative_identities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    pub version: i32,
    pub primary_colour: String,
    pub secondary_colour: String,
    pub tagline_ar: String,
    pub tagline_fr: String,
    pub tagline_en: String,
    pub story_ar: String,
    pub story_fr: String,
    pub story_en: String,
    pub logo_key: Option<String>,
    pub banner_key: Option<String>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
