//! `cooperative_invitations`: an owner's invitation of a manager, by e-mail, single use.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cooperative_invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    /// Normalised address the invitation was sent to.
    pub email: String,
    /// Hex SHA-256 of the token in the e-mailed link (the token itself is never stored).
    #[sea_orm(unique)]
    pub token_hash: String,
    pub invited_by: Uuid,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub accepted_at: Option<DateTimeUtc>,
    pub accepted_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
