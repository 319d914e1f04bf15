//! A fair deal for volunteers: the cooperative accepts an expert's claim (`claim_accepted_at`), or
//! declines it or later ends the engagement, with a reason the expert reads (`claim_endings`,
//! one row each time, kept after the request is open again); and work handed in keeps its
//! original file (an SVG logo, a print-ready PDF) privately beside what pages show
//! (`deliverables.original_key`, `original_type`).

use sea_orm_migration::{
    prelude::*,
    schema::{
        string_len, string_len_null, text, timestamp_with_time_zone, timestamp_with_time_zone_null,
        uuid,
    },
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SupportRequests {
    Table,
    Id,
    ClaimAcceptedAt,
}

#[derive(DeriveIden)]
enum Deliverables {
    Table,
    OriginalKey,
    OriginalType,
}

#[derive(DeriveIden)]
enum ClaimEndings {
    Table,
    Id,
    RequestId,
    ExpertId,
    /// `declined` (before the claim was accepted) or `ended`.
    Kind,
    Reason,
    EndedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SupportRequests::Table)
                    .add_column(timestamp_with_time_zone_null(
                        SupportRequests::ClaimAcceptedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        // One column a statement: SQLite alters one thing at a time.
        for column in [
            string_len_null(Deliverables::OriginalKey, 255),
            string_len_null(Deliverables::OriginalType, 64),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Deliverables::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ClaimEndings::Table)
                    .if_not_exists()
                    .col(uuid(ClaimEndings::Id).primary_key())
                    .col(uuid(ClaimEndings::RequestId))
                    .col(uuid(ClaimEndings::ExpertId))
                    .col(string_len(ClaimEndings::Kind, 16))
                    .col(text(ClaimEndings::Reason))
                    .col(uuid(ClaimEndings::EndedBy))
                    .col(timestamp_with_time_zone(ClaimEndings::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ClaimEndings::Table, ClaimEndings::RequestId)
                            .to(SupportRequests::Table, SupportRequests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("claim_endings_expert")
                    .table(ClaimEndings::Table)
                    .col(ClaimEndings::ExpertId)
                    .col(ClaimEndings::CreatedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(ClaimEndings::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        for column in [Deliverables::OriginalKey, Deliverables::OriginalType] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Deliverables::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(SupportRequests::Table)
                    .drop_column(SupportRequests::ClaimAcceptedAt)
                    .to_owned(),
            )
            .await
    }
}
