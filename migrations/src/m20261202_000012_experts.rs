//! The expert programme (ARCHITECTURE.md §6, §10): expert profiles, cooperatives' support
//! requests, the message thread of each request, deliverables (image files plus notes, and for a
//! visual identity a logo and a palette), and the ratings both sides give each other.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Experts {
    Table,
    UserId,
    State,
    StateReason,
    Bio,
    Skills,
    Languages,
    Regions,
    Remote,
    OnSite,
    Capacity,
    PortfolioKeys,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SupportRequests {
    Table,
    Id,
    CooperativeId,
    Skill,
    Title,
    Description,
    Languages,
    OnSite,
    Deadline,
    State,
    ExpertId,
    InvitedExpertId,
    OpenedAt,
    ClaimedAt,
    FirstClaimedAt,
    LastActivityAt,
    DeliveredAt,
    CompletedAt,
    MinutesLogged,
    IdentityBeforeVersion,
    IdentityAppliedVersion,
    AppliedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum RequestMessages {
    Table,
    Id,
    RequestId,
    AuthorId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Deliverables {
    Table,
    Id,
    RequestId,
    ExpertId,
    Note,
    ImageKeys,
    LogoKey,
    PrimaryColour,
    SecondaryColour,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ExpertRatings {
    Table,
    Id,
    RequestId,
    FromSide,
    RaterId,
    ExpertId,
    CooperativeId,
    Stars,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
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
                    .table(Experts::Table)
                    .if_not_exists()
                    .col(uuid(Experts::UserId).primary_key())
                    .col(string_len(Experts::State, 16))
                    .col(text_null(Experts::StateReason))
                    .col(text(Experts::Bio))
                    .col(string_len(Experts::Skills, 200))
                    .col(string_len(Experts::Languages, 64))
                    .col(string_len(Experts::Regions, 400))
                    .col(boolean(Experts::Remote))
                    .col(boolean(Experts::OnSite))
                    .col(integer(Experts::Capacity))
                    .col(text(Experts::PortfolioKeys))
                    .col(timestamp_with_time_zone_null(Experts::DecidedAt))
                    .col(timestamp_with_time_zone(Experts::CreatedAt))
                    .col(timestamp_with_time_zone(Experts::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Experts::Table, Experts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_experts_state")
                    .table(Experts::Table)
                    .col(Experts::State)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SupportRequests::Table)
                    .if_not_exists()
                    .col(uuid(SupportRequests::Id).primary_key())
                    .col(uuid(SupportRequests::CooperativeId))
                    .col(string_len(SupportRequests::Skill, 32))
                    .col(string_len(SupportRequests::Title, 160))
                    .col(text(SupportRequests::Description))
                    .col(string_len(SupportRequests::Languages, 64))
                    .col(boolean(SupportRequests::OnSite))
                    .col(date_null(SupportRequests::Deadline))
                    .col(string_len(SupportRequests::State, 24))
                    .col(uuid_null(SupportRequests::ExpertId))
                    .col(uuid_null(SupportRequests::InvitedExpertId))
                    .col(timestamp_with_time_zone(SupportRequests::OpenedAt))
                    .col(timestamp_with_time_zone_null(SupportRequests::ClaimedAt))
                    .col(timestamp_with_time_zone_null(
                        SupportRequests::FirstClaimedAt,
                    ))
                    .col(timestamp_with_time_zone_null(
                        SupportRequests::LastActivityAt,
                    ))
                    .col(timestamp_with_time_zone_null(SupportRequests::DeliveredAt))
                    .col(timestamp_with_time_zone_null(SupportRequests::CompletedAt))
                    .col(integer(SupportRequests::MinutesLogged).default(0))
                    .col(integer_null(SupportRequests::IdentityBeforeVersion))
                    .col(integer_null(SupportRequests::IdentityAppliedVersion))
                    .col(timestamp_with_time_zone_null(SupportRequests::AppliedAt))
                    .col(uuid(SupportRequests::CreatedBy))
                    .col(timestamp_with_time_zone(SupportRequests::CreatedAt))
                    .col(timestamp_with_time_zone(SupportRequests::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SupportRequests::Table, SupportRequests::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SupportRequests::Table, SupportRequests::ExpertId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_support_requests_state_skill",
                vec![SupportRequests::State, SupportRequests::Skill],
            ),
            (
                "idx_support_requests_cooperative",
                vec![SupportRequests::CooperativeId, SupportRequests::State],
            ),
            (
                "idx_support_requests_expert",
                vec![SupportRequests::ExpertId, SupportRequests::State],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(SupportRequests::Table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(RequestMessages::Table)
                    .if_not_exists()
                    .col(uuid(RequestMessages::Id).primary_key())
                    .col(uuid(RequestMessages::RequestId))
                    .col(uuid(RequestMessages::AuthorId))
                    .col(text(RequestMessages::Body))
                    .col(timestamp_with_time_zone(RequestMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RequestMessages::Table, RequestMessages::RequestId)
                            .to(SupportRequests::Table, SupportRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_request_messages_request")
                    .table(RequestMessages::Table)
                    .col(RequestMessages::RequestId)
                    .col(RequestMessages::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Deliverables::Table)
                    .if_not_exists()
                    .col(uuid(Deliverables::Id).primary_key())
                    .col(uuid(Deliverables::RequestId))
                    .col(uuid(Deliverables::ExpertId))
                    .col(text(Deliverables::Note))
                    .col(text(Deliverables::ImageKeys))
                    .col(string_len_null(Deliverables::LogoKey, 128))
                    .col(string_len_null(Deliverables::PrimaryColour, 7))
                    .col(string_len_null(Deliverables::SecondaryColour, 7))
                    .col(timestamp_with_time_zone(Deliverables::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Deliverables::Table, Deliverables::RequestId)
                            .to(SupportRequests::Table, SupportRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_deliverables_request")
                    .table(Deliverables::Table)
                    .col(Deliverables::RequestId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ExpertRatings::Table)
                    .if_not_exists()
                    .col(uuid(ExpertRatings::Id).primary_key())
                    .col(uuid(ExpertRatings::RequestId))
                    .col(string_len(ExpertRatings::FromSide, 16))
                    .col(uuid(ExpertRatings::RaterId))
                    .col(uuid(ExpertRatings::ExpertId))
                    .col(uuid(ExpertRatings::CooperativeId))
                    .col(small_integer(ExpertRatings::Stars))
                    .col(text_null(ExpertRatings::Body))
                    .col(timestamp_with_time_zone(ExpertRatings::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExpertRatings::Table, ExpertRatings::RequestId)
                            .to(SupportRequests::Table, SupportRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Each side rates a request once.
        manager
            .create_index(
                Index::create()
                    .name("idx_expert_ratings_request_side")
                    .table(ExpertRatings::Table)
                    .col(ExpertRatings::RequestId)
                    .col(ExpertRatings::FromSide)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_expert_ratings_expert")
                    .table(ExpertRatings::Table)
                    .col(ExpertRatings::ExpertId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ExpertRatings::Table.into_iden(),
            Deliverables::Table.into_iden(),
            RequestMessages::Table.into_iden(),
            SupportRequests::Table.into_iden(),
            Experts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
