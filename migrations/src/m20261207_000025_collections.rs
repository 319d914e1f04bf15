//! Online fairs and collections: an admin's time-boxed selection of products (three-language
//! title and text, first and last day, a banner, a saved search) and the products in it, picked
//! by the admin or proposed by their cooperative and accepted.

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, date, string_len, string_len_null, text, timestamp_with_time_zone,
        timestamp_with_time_zone_null, uuid, uuid_null,
    },
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Collections {
    Table,
    Id,
    Slug,
    TitleAr,
    TitleFr,
    TitleEn,
    TextAr,
    TextFr,
    TextEn,
    StartsOn,
    EndsOn,
    /// Media hash of the banner, if one was uploaded.
    BannerKey,
    SearchRegion,
    SearchSector,
    SearchLabel,
    SearchCategory,
    SearchWomenLed,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CollectionProducts {
    Table,
    CollectionId,
    ProductId,
    /// `accepted`, `proposed` or `declined`.
    State,
    ProposedBy,
    DecidedBy,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Collections::Table)
                    .if_not_exists()
                    .col(uuid(Collections::Id).primary_key())
                    .col(string_len(Collections::Slug, 120).unique_key())
                    .col(string_len(Collections::TitleAr, 480))
                    .col(string_len(Collections::TitleFr, 480))
                    .col(string_len(Collections::TitleEn, 480))
                    .col(text(Collections::TextAr))
                    .col(text(Collections::TextFr))
                    .col(text(Collections::TextEn))
                    .col(date(Collections::StartsOn))
                    .col(date(Collections::EndsOn))
                    .col(string_len_null(Collections::BannerKey, 64))
                    .col(string_len_null(Collections::SearchRegion, 64))
                    .col(string_len_null(Collections::SearchSector, 64))
                    .col(string_len_null(Collections::SearchLabel, 64))
                    .col(string_len_null(Collections::SearchCategory, 64))
                    .col(boolean(Collections::SearchWomenLed).default(false))
                    .col(uuid_null(Collections::CreatedBy))
                    .col(timestamp_with_time_zone(Collections::CreatedAt))
                    .col(timestamp_with_time_zone(Collections::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("collections_days")
                    .table(Collections::Table)
                    .col(Collections::EndsOn)
                    .col(Collections::StartsOn)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CollectionProducts::Table)
                    .if_not_exists()
                    .col(uuid(CollectionProducts::CollectionId))
                    .col(uuid(CollectionProducts::ProductId))
                    .col(string_len(CollectionProducts::State, 16))
                    .col(uuid_null(CollectionProducts::ProposedBy))
                    .col(uuid_null(CollectionProducts::DecidedBy))
                    .col(timestamp_with_time_zone(CollectionProducts::CreatedAt))
                    .col(timestamp_with_time_zone_null(CollectionProducts::DecidedAt))
                    .primary_key(
                        Index::create()
                            .col(CollectionProducts::CollectionId)
                            .col(CollectionProducts::ProductId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CollectionProducts::Table, CollectionProducts::CollectionId)
                            .to(Collections::Table, Collections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CollectionProducts::Table, CollectionProducts::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(CollectionProducts::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(Collections::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
