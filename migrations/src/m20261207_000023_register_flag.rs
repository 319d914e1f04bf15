//! The register's word counts: a verified cooperative that a register import shows dissolved or in
//! liquidation goes back to the admins' queue, carrying the register's status as its flag until
//! an admin decides.

use sea_orm_migration::{prelude::*, schema::string_len_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    RegisterFlag,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .add_column(string_len_null(Cooperatives::RegisterFlag, 32))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .drop_column(Cooperatives::RegisterFlag)
                    .to_owned(),
            )
            .await
    }
}
