//! `collections`: an online fair or collection (migration 25).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "collections")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub title_ar: String,
    pub title_fr: String,
    pub title_en: String,
    pub text_ar: String,
    pub text_fr: String,
    pub text_en: String,
    /// First day (UTC), included.
    pub starts_on: Date,
    /// Last day (UTC), included.
    pub ends_on: Date,
    /// Media hash of the banner.
    pub banner_key: Option<String>,
    /// The saved search's parts (`None`: any).
    pub search_region: Option<String>,
    pub search_sector: Option<String>,
    pub search_label: Option<String>,
    pub search_category: Option<String>,
    pub search_women_led: bool,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
