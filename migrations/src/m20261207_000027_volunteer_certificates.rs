//! Volunteer certificates: what an expert's completed requests came to when they asked for the
//! certificate (requests, minutes, the cooperatives helped), under a public code anyone can open
//! to check it.

use sea_orm_migration::{
    prelude::*,
    schema::{integer, string_len, text, timestamp_with_time_zone, uuid},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum VolunteerCertificates {
    Table,
    Id,
    Code,
    ExpertId,
    ExpertName,
    Completed,
    Minutes,
    /// JSON: `[{"name_ar": …, "name_fr": …}, …]`, as they were named when it was issued.
    Cooperatives,
    IssuedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(VolunteerCertificates::Table)
                    .if_not_exists()
                    .col(uuid(VolunteerCertificates::Id).primary_key())
                    .col(string_len(VolunteerCertificates::Code, 32).unique_key())
                    .col(uuid(VolunteerCertificates::ExpertId))
                    .col(string_len(VolunteerCertificates::ExpertName, 200))
                    .col(integer(VolunteerCertificates::Completed))
                    .col(integer(VolunteerCertificates::Minutes))
                    .col(text(VolunteerCertificates::Cooperatives))
                    .col(timestamp_with_time_zone(VolunteerCertificates::IssuedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("volunteer_certificates_expert")
                    .table(VolunteerCertificates::Table)
                    .col(VolunteerCertificates::ExpertId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(VolunteerCertificates::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
