//! Platform settings an admin changes at run time (issue 8): the fee, delivery, cash on delivery
//! and the expert programme's limits. One row per setting; a missing row means the value given
//! at start-up (environment) holds. Also indexes for browsing the audit log by action and actor.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PlatformSettings {
    Table,
    Key,
    Value,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Action,
    ActorId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PlatformSettings::Table)
                    .if_not_exists()
                    .col(string_len(PlatformSettings::Key, 64).primary_key())
                    .col(string_len(PlatformSettings::Value, 256))
                    .col(uuid_null(PlatformSettings::UpdatedBy))
                    .col(timestamp_with_time_zone(PlatformSettings::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_action_created_at")
                    .table(AuditLog::Table)
                    .col(AuditLog::Action)
                    .col(AuditLog::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_actor_created_at")
                    .table(AuditLog::Table)
                    .col(AuditLog::ActorId)
                    .col(AuditLog::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in [
            "idx_audit_log_actor_created_at",
            "idx_audit_log_action_created_at",
        ] {
            manager
                .drop_index(Index::drop().name(name).table(AuditLog::Table).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(PlatformSettings::Table).to_owned())
            .await
    }
}
