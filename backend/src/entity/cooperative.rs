//! `cooperatives`: a cooperative's file, its verification state and (later) its identity.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperatives")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    #[sea_orm(unique)]
    pub register_number: String,
    pub ice: String,
    pub name_ar: String,
    pub name_fr: String,
    pub region: String,
    pub province: String,
    pub sector: String,
    pub founded_on: Date,
    pub member_count: i32,
    pub women_count: i32,
    pub phone: String,
    /// Where it stands (its reason, for a rejection or suspension, beside it).
    pub state: domain::cooperative::CooperativeStatus,
    pub state_reason: Option<String>,
    pub certificate_key: Option<String>,
    pub certificate_type: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub verified_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Whether its buyers may pay cash to its courier (migration 10; on by default).
    pub accepts_cash_on_delivery: bool,
    /// A Moroccan mobile (national form) buyers may reach on WhatsApp, if it published one.
    pub whatsapp: Option<String>,
    /// The register's status (`in_liquidation`, `dissolved`) that sent it back to the admins'
    /// queue, until an admin decides (migration 23).
    pub register_flag: Option<domain::registry::RegistryStatus>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
