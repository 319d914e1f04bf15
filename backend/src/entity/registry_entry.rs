//! `registry_entries`: one line of the national register of cooperatives, keyed by its number.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registry_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub register_number: String,
    pub name_ar: String,
    pub name_fr: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub registered_on: Option<Date>,
    /// The register's word on it (active, in liquidation, dissolved; stored as its code).
    pub status: domain::registry::RegistryStatus,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
