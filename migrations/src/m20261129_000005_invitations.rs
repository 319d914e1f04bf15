//! Invitations of managers by a cooperative's owner: a single-use token (only its SHA-256 is
//! stored) sent by e-mail, valid for seven days.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CooperativeInvitations {
    Table,
    Id,
    CooperativeId,
    Email,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    AcceptedBy,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CooperativeInvitations::Table)
                    .if_not_exists()
                    .col(uuid(CooperativeInvitations::Id).primary_key())
                    .col(uuid(CooperativeInvitations::CooperativeId))
                    .col(string_len(CooperativeInvitations::Email, 254))
                    .col(string_len_uniq(CooperativeInvitations::TokenHash, 64))
                    .col(uuid(CooperativeInvitations::InvitedBy))
                    .col(timestamp_with_time_zone(CooperativeInvitations::CreatedAt))
                    .col(timestamp_with_time_zone(CooperativeInvitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(
                        CooperativeInvitations::AcceptedAt,
                    ))
                    .col(uuid_null(CooperativeInvitations::AcceptedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                CooperativeInvitations::Table,
                                CooperativeInvitations::CooperativeId,
                            )
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_invitations_cooperative")
                    .table(CooperativeInvitations::Table)
                    .col(CooperativeInvitations::CooperativeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(CooperativeInvitations::Table)
                    .to_owned(),
            )
            .await
    }
}
