//! A verified cooperative's request for an expert's help, and who holds it. The table keeps its
//! first name, `support_requests` (renaming a live table buys nothing).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "support_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cooperative_id: Uuid,
    /// A `domain::expert::Skill` code.
    pub skill: String,
    pub title: String,
    pub description: String,
    /// Preferred language codes, comma-separated (empty: any).
    pub languages: String,
    pub on_site: bool,
    pub deadline: Option<Date>,
    /// Where the request stands (stored as its code).
    pub state: domain::expert::RequestState,
    /// The expert holding it (claimed, delivered, changes requested, completed).
    pub expert_id: Option<Uuid>,
    /// An expert the cooperative invited to claim it.
    pub invited_expert_id: Option<Uuid>,
    /// When it last became open (posted or released): waiting time counts from here.
    pub opened_at: DateTimeUtc,
    pub claimed_at: Option<DateTimeUtc>,
    pub first_claimed_at: Option<DateTimeUtc>,
    /// The last claim, message or delivery: automatic release counts from here.
    pub last_activity_at: Option<DateTimeUtc>,
    pub delivered_at: Option<DateTimeUtc>,
    pub completed_at: Option<DateTimeUtc>,
    pub minutes_logged: i32,
    /// The identity version current before a deliverable was applied to the storefront.
    pub identity_before_version: Option<i32>,
    /// The identity version the applied deliverable became.
    pub identity_applied_version: Option<i32>,
    pub applied_at: Option<DateTimeUtc>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When the cooperative accepted the holding expert's claim (migration 26); cleared when the
    /// request is open again.
    pub claim_accepted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
