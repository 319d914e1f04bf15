//! `claim_endings`: a cooperative declined an expert's claim or ended the engagement, with the
//! reason the expert reads (migration 26).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "claim_endings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Uuid,
    pub expert_id: Uuid,
    /// `declined` (before the claim was accepted) or `ended`.
    pub kind: String,
    pub reason: String,
    pub ended_by: Uuid,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
