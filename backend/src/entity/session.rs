//! `sessions`: server-side session records (tower-sessions data as JSON, expiry as Unix seconds;
//! `updated_at` is when it was last used).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub data: String,
    pub expires_at: i64,
    /// The signed-in account (copied from `data` on each save), for listing and ending an
    /// account's sessions.
    pub user_id: Option<Uuid>,
    /// The browser and system it was signed in from, as read from its user agent.
    pub device: Option<String>,
    /// The client address it was signed in from, cut to its network (`203.0.113.0/24`).
    pub place: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
