//! `volunteer_certificates`: an expert's certificate of volunteering, as issued (migration 27).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "volunteer_certificates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The public code its verification link carries.
    #[sea_orm(unique)]
    pub code: String,
    pub expert_id: Uuid,
    pub expert_name: String,
    /// Completed requests when it was issued.
    pub completed: i32,
    /// Minutes logged on them.
    pub minutes: i32,
    /// JSON list of the cooperatives helped: `[{"name_ar": …, "name_fr": …}]`.
    pub cooperatives: String,
    pub issued_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
