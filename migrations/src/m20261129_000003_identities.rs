//! Visual identities of cooperatives, versioned: saving makes a new version, restoring copies an
//! old one forward, so nothing is ever lost.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CooperativeIdentities {
    Table,
    Id,
    CooperativeId,
    Version,
    PrimaryColour,
    SecondaryColour,
    TaglineAr,
    TaglineFr,
    TaglineEn,
    StoryAr,
    StoryFr,
    StoryEn,
    LogoKey,
    BannerKey,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
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
                    .table(CooperativeIdentities::Table)
                    .if_not_exists()
                    .col(uuid(CooperativeIdentities::Id).primary_key())
                    .col(uuid(CooperativeIdentities::CooperativeId))
                    .col(integer(CooperativeIdentities::Version))
                    .col(string_len(CooperativeIdentities::PrimaryColour, 7))
                    .col(string_len(CooperativeIdentities::SecondaryColour, 7))
                    .col(string_len(CooperativeIdentities::TaglineAr, 160))
                    .col(string_len(CooperativeIdentities::TaglineFr, 160))
                    .col(string_len(CooperativeIdentities::TaglineEn, 160))
                    .col(text(CooperativeIdentities::StoryAr))
                    .col(text(CooperativeIdentities::StoryFr))
                    .col(text(CooperativeIdentities::StoryEn))
                    .col(string_len_null(CooperativeIdentities::LogoKey, 128))
                    .col(string_len_null(CooperativeIdentities::BannerKey, 128))
                    .col(uuid_null(CooperativeIdentities::CreatedBy))
                    .col(timestamp_with_time_zone(CooperativeIdentities::CreatedAt))
                    .col(timestamp_with_time_zone(CooperativeIdentities::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                CooperativeIdentities::Table,
                                CooperativeIdentities::CooperativeId,
                            )
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One row per version: two concurrent saves cannot both become version n.
        manager
            .create_index(
                Index::create()
                    .name("idx_identities_cooperative_version")
                    .table(CooperativeIdentities::Table)
                    .col(CooperativeIdentities::CooperativeId)
                    .col(CooperativeIdentities::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(CooperativeIdentities::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
