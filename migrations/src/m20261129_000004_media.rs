//! Processed images, content-addressed: one row per distinct upload (its SHA-256), with the size
//! and format of its variants and the colours suggested from its palette.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MediaImages {
    Table,
    Hash,
    Width,
    Height,
    Format,
    Variants,
    Palette,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MediaImages::Table)
                    .if_not_exists()
                    .col(string_len(MediaImages::Hash, 64).primary_key())
                    .col(integer(MediaImages::Width))
                    .col(integer(MediaImages::Height))
                    .col(string_len(MediaImages::Format, 8))
                    .col(string_len(MediaImages::Variants, 255))
                    .col(string_len(MediaImages::Palette, 255))
                    .col(uuid_null(MediaImages::CreatedBy))
                    .col(timestamp_with_time_zone(MediaImages::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MediaImages::Table).to_owned())
            .await
    }
}
