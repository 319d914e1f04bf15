//! `cooperative_changes`: an owner's proposal to change a verified cooperative's legal details,
//! and the admin's decision on it (migration 24).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperative_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    /// The cooperative's id while the proposal waits (unique: one at a time), null once decided.
    pub pending_for: Option<Uuid>,
    pub name_ar: String,
    pub name_fr: String,
    pub register_number: String,
    pub ice: String,
    pub proposed_by: Uuid,
    pub created_at: DateTimeUtc,
    /// `accepted` or `refused`, once decided.
    pub outcome: Option<String>,
    /// The admin's reason for a refusal, which the owners are sent.
    pub reason: Option<String>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
