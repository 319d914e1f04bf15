//! The catalog's categories: a two-level tree with names in Arabic, French and English. Rows are
//! kept in step with `domain::category::TREE` at every start (upsert by code).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Categories {
    Table,
    Code,
    ParentCode,
    Position,
    NameAr,
    NameFr,
    NameEn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Categories::Table)
                    .if_not_exists()
                    .col(string_len(Categories::Code, 64).primary_key())
                    .col(string_len_null(Categories::ParentCode, 64))
                    .col(integer(Categories::Position))
                    .col(string_len(Categories::NameAr, 120))
                    .col(string_len(Categories::NameFr, 120))
                    .col(string_len(Categories::NameEn, 120))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Categories::Table, Categories::ParentCode)
                            .to(Categories::Table, Categories::Code),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Categories::Table).to_owned())
            .await
    }
}
