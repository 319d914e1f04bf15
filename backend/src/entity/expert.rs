//! `experts`: a volunteer expert's profile and where the application stands (one per user).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "experts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Where the application stands (stored as its code).
    pub state: domain::expert::ExpertState,
    pub state_reason: Option<String>,
    pub bio: String,
    /// Skill codes, comma-separated.
    pub skills: String,
    /// Language codes, comma-separated.
    pub languages: String,
    /// Region codes where the expert works on site, comma-separated.
    pub regions: String,
    pub remote: bool,
    pub on_site: bool,
    pub capacity: i32,
    /// Media hashes of portfolio images, comma-separated, in order.
    pub portfolio_keys: String,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
