//! Cooperatives: the imported national register, cooperatives and their members, verification
//! history, and the outbox (mail now; search sync later).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RegistryEntries {
    Table,
    RegisterNumber,
    NameAr,
    NameFr,
    Region,
    Province,
    Sector,
    RegisteredOn,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
    Slug,
    RegisterNumber,
    Ice,
    NameAr,
    NameFr,
    Region,
    Province,
    Sector,
    FoundedOn,
    MemberCount,
    WomenCount,
    Phone,
    State,
    StateReason,
    CertificateKey,
    CertificateType,
    SubmittedAt,
    VerifiedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CooperativeMembers {
    Table,
    CooperativeId,
    UserId,
    Role,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum VerificationEvents {
    Table,
    Id,
    CooperativeId,
    ActorId,
    Event,
    Reason,
    RegisterMatch,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Kind,
    Payload,
    Attempts,
    AvailableAt,
    ProcessedAt,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RegistryEntries::Table)
                    .if_not_exists()
                    .col(string_len(RegistryEntries::RegisterNumber, 32).primary_key())
                    .col(string_len(RegistryEntries::NameAr, 200))
                    .col(string_len(RegistryEntries::NameFr, 200))
                    .col(string_len(RegistryEntries::Region, 40))
                    .col(string_len(RegistryEntries::Province, 40))
                    .col(string_len(RegistryEntries::Sector, 32))
                    .col(date_null(RegistryEntries::RegisteredOn))
                    .col(string_len(RegistryEntries::Status, 16))
                    .col(timestamp_with_time_zone(RegistryEntries::CreatedAt))
                    .col(timestamp_with_time_zone(RegistryEntries::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Cooperatives::Table)
                    .if_not_exists()
                    .col(uuid(Cooperatives::Id).primary_key())
                    .col(string_len(Cooperatives::Slug, 80).unique_key())
                    .col(string_len(Cooperatives::RegisterNumber, 32).unique_key())
                    .col(string_len(Cooperatives::Ice, 15))
                    .col(string_len(Cooperatives::NameAr, 200))
                    .col(string_len(Cooperatives::NameFr, 200))
                    .col(string_len(Cooperatives::Region, 40))
                    .col(string_len(Cooperatives::Province, 40))
                    .col(string_len(Cooperatives::Sector, 32))
                    .col(date(Cooperatives::FoundedOn))
                    .col(integer(Cooperatives::MemberCount))
                    .col(integer(Cooperatives::WomenCount))
                    .col(string_len(Cooperatives::Phone, 20))
                    .col(string_len(Cooperatives::State, 16))
                    .col(text_null(Cooperatives::StateReason))
                    .col(string_len_null(Cooperatives::CertificateKey, 128))
                    .col(string_len_null(Cooperatives::CertificateType, 64))
                    .col(timestamp_with_time_zone_null(Cooperatives::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Cooperatives::VerifiedAt))
                    .col(timestamp_with_time_zone(Cooperatives::CreatedAt))
                    .col(timestamp_with_time_zone(Cooperatives::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_cooperatives_state")
                    .table(Cooperatives::Table)
                    .col(Cooperatives::State)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CooperativeMembers::Table)
                    .if_not_exists()
                    .col(uuid(CooperativeMembers::CooperativeId))
                    .col(uuid(CooperativeMembers::UserId))
                    .col(string_len(CooperativeMembers::Role, 16))
                    .col(timestamp_with_time_zone(CooperativeMembers::CreatedAt))
                    .col(timestamp_with_time_zone(CooperativeMembers::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(CooperativeMembers::CooperativeId)
                            .col(CooperativeMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CooperativeMembers::Table, CooperativeMembers::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CooperativeMembers::Table, CooperativeMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_cooperative_members_user")
                    .table(CooperativeMembers::Table)
                    .col(CooperativeMembers::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(VerificationEvents::Table)
                    .if_not_exists()
                    .col(uuid(VerificationEvents::Id).primary_key())
                    .col(uuid(VerificationEvents::CooperativeId))
                    .col(uuid_null(VerificationEvents::ActorId))
                    .col(string_len(VerificationEvents::Event, 16))
                    .col(text_null(VerificationEvents::Reason))
                    .col(text(VerificationEvents::RegisterMatch))
                    .col(timestamp_with_time_zone(VerificationEvents::CreatedAt))
                    .col(timestamp_with_time_zone(VerificationEvents::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(VerificationEvents::Table, VerificationEvents::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(uuid(Outbox::Id).primary_key())
                    .col(string_len(Outbox::Kind, 32))
                    .col(text(Outbox::Payload))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(Outbox::AvailableAt))
                    .col(timestamp_with_time_zone_null(Outbox::ProcessedAt))
                    .col(text_null(Outbox::LastError))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone(Outbox::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_pending")
                    .table(Outbox::Table)
                    .col(Outbox::ProcessedAt)
                    .col(Outbox::AvailableAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Outbox::Table.into_iden(),
            VerificationEvents::Table.into_iden(),
            CooperativeMembers::Table.into_iden(),
            Cooperatives::Table.into_iden(),
            RegistryEntries::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
