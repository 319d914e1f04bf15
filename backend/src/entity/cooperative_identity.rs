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

/// The identity as pages show it (its images are named by the caller, which reads them).
impl From<Model> for crate::dto::IdentityDto {
    fn from(m: Model) -> Self {
        Self {
            version: m.version,
            logo: None,
            banner: None,
            primary_colour: m.primary_colour,
            secondary_colour: m.secondary_colour,
            tagline_ar: m.tagline_ar,
            tagline_fr: m.tagline_fr,
            tagline_en: m.tagline_en,
            story_ar: m.story_ar,
            story_fr: m.story_fr,
            story_en: m.story_en,
            created_at: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
        }
    }
}
