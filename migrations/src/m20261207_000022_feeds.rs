//! Product feeds for shopping platforms: an option may carry its GTIN (the barcode number), and
//! a cooperative may keep a product out of the feeds (it stays on the site).

use sea_orm_migration::{
    prelude::*,
    schema::{boolean, string_len_null},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ProductOptions {
    Table,
    Gtin,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    InFeeds,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ProductOptions::Table)
                    .add_column(string_len_null(ProductOptions::Gtin, 14))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Products::Table)
                    .add_column(boolean(Products::InFeeds).default(true))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Products::Table)
                    .drop_column(Products::InFeeds)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ProductOptions::Table)
                    .drop_column(ProductOptions::Gtin)
                    .to_owned(),
            )
            .await
    }
}
