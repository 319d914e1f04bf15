//! `cooperative_labels`: a quality label a cooperative declares, with its evidence and whether an
//! admin verified it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperative_labels")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    /// What the label is (stored as its code).
    pub kind: domain::label::LabelKind,
    /// Certificate or authorisation number.
    pub reference: String,
    /// Private media key of the evidence document, if one was uploaded.
    pub evidence_key: Option<String>,
    pub evidence_type: Option<String>,
    /// Where the claim stands (its reason, for a rejection, beside it).
    pub state: domain::label::LabelStatus,
    pub state_reason: Option<String>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
