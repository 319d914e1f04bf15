//! `expert_ratings`: after a request is completed, the cooperative rates the expert and the
//! expert rates the cooperative, once each.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "expert_ratings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub request_id: Uuid,
    /// `cooperative` (rating the expert) or `expert` (rating the cooperative).
    pub from_side: String,
    pub rater_id: Uuid,
    pub expert_id: Uuid,
    pub cooperative_id: Uuid,
    pub stars: i16,
    pub body: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
