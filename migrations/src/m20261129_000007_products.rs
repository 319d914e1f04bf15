//! The catalog's products: the product (price in centimes, stock, pack quantity, state and
//! moderation), its texts per language, its photos in order, the labels a cooperative holds (with
//! evidence an admin verifies) and which products carry them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
    CooperativeId,
    Slug,
    Sku,
    CategoryCode,
    PriceCentimes,
    Currency,
    Stock,
    Unit,
    QuantityMilli,
    WeightGrams,
    State,
    HiddenReason,
    HiddenAt,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProductTranslations {
    Table,
    ProductId,
    Locale,
    Title,
    Description,
    DescriptionHtml,
}

#[derive(DeriveIden)]
enum ProductPhotos {
    Table,
    Id,
    ProductId,
    ImageHash,
    Position,
    AltAr,
    AltFr,
    AltEn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CooperativeLabels {
    Table,
    Id,
    CooperativeId,
    Kind,
    Reference,
    EvidenceKey,
    EvidenceType,
    State,
    StateReason,
    DecidedBy,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProductLabels {
    Table,
    ProductId,
    LabelId,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Categories {
    Table,
    Code,
}

#[derive(DeriveIden)]
enum MediaImages {
    Table,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Products::Table)
                    .if_not_exists()
                    .col(uuid(Products::Id).primary_key())
                    .col(uuid(Products::CooperativeId))
                    .col(string_len(Products::Slug, 120).unique_key())
                    .col(string_len(Products::Sku, 40))
                    .col(string_len(Products::CategoryCode, 64))
                    .col(big_integer(Products::PriceCentimes))
                    .col(string_len(Products::Currency, 3))
                    .col(integer(Products::Stock))
                    .col(string_len(Products::Unit, 8))
                    .col(big_integer(Products::QuantityMilli))
                    .col(integer_null(Products::WeightGrams))
                    .col(string_len(Products::State, 16))
                    .col(text_null(Products::HiddenReason))
                    .col(timestamp_with_time_zone_null(Products::HiddenAt))
                    .col(timestamp_with_time_zone_null(Products::PublishedAt))
                    .col(timestamp_with_time_zone(Products::CreatedAt))
                    .col(timestamp_with_time_zone(Products::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Products::Table, Products::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Products::Table, Products::CategoryCode)
                            .to(Categories::Table, Categories::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("products_cooperative_sku")
                    .table(Products::Table)
                    .col(Products::CooperativeId)
                    .col(Products::Sku)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("products_category_state")
                    .table(Products::Table)
                    .col(Products::CategoryCode)
                    .col(Products::State)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("products_state_published_at")
                    .table(Products::Table)
                    .col(Products::State)
                    .col(Products::PublishedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProductTranslations::Table)
                    .if_not_exists()
                    .col(uuid(ProductTranslations::ProductId))
                    .col(string_len(ProductTranslations::Locale, 2))
                    .col(string_len(ProductTranslations::Title, 160))
                    .col(text(ProductTranslations::Description))
                    .col(text(ProductTranslations::DescriptionHtml))
                    .primary_key(
                        Index::create()
                            .col(ProductTranslations::ProductId)
                            .col(ProductTranslations::Locale),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductTranslations::Table, ProductTranslations::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProductPhotos::Table)
                    .if_not_exists()
                    .col(uuid(ProductPhotos::Id).primary_key())
                    .col(uuid(ProductPhotos::ProductId))
                    .col(string_len(ProductPhotos::ImageHash, 64))
                    .col(integer(ProductPhotos::Position))
                    .col(string_len(ProductPhotos::AltAr, 200))
                    .col(string_len(ProductPhotos::AltFr, 200))
                    .col(string_len(ProductPhotos::AltEn, 200))
                    .col(timestamp_with_time_zone(ProductPhotos::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductPhotos::Table, ProductPhotos::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductPhotos::Table, ProductPhotos::ImageHash)
                            .to(MediaImages::Table, MediaImages::Hash),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("product_photos_product")
                    .table(ProductPhotos::Table)
                    .col(ProductPhotos::ProductId)
                    .col(ProductPhotos::Position)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CooperativeLabels::Table)
                    .if_not_exists()
                    .col(uuid(CooperativeLabels::Id).primary_key())
                    .col(uuid(CooperativeLabels::CooperativeId))
                    .col(string_len(CooperativeLabels::Kind, 16))
                    .col(string_len(CooperativeLabels::Reference, 60))
                    .col(string_len_null(CooperativeLabels::EvidenceKey, 255))
                    .col(string_len_null(CooperativeLabels::EvidenceType, 64))
                    .col(string_len(CooperativeLabels::State, 16))
                    .col(text_null(CooperativeLabels::StateReason))
                    .col(uuid_null(CooperativeLabels::DecidedBy))
                    .col(timestamp_with_time_zone_null(CooperativeLabels::DecidedAt))
                    .col(timestamp_with_time_zone(CooperativeLabels::CreatedAt))
                    .col(timestamp_with_time_zone(CooperativeLabels::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CooperativeLabels::Table, CooperativeLabels::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("cooperative_labels_kind")
                    .table(CooperativeLabels::Table)
                    .col(CooperativeLabels::CooperativeId)
                    .col(CooperativeLabels::Kind)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProductLabels::Table)
                    .if_not_exists()
                    .col(uuid(ProductLabels::ProductId))
                    .col(uuid(ProductLabels::LabelId))
                    .primary_key(
                        Index::create()
                            .col(ProductLabels::ProductId)
                            .col(ProductLabels::LabelId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductLabels::Table, ProductLabels::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductLabels::Table, ProductLabels::LabelId)
                            .to(CooperativeLabels::Table, CooperativeLabels::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ProductLabels::Table.into_iden(),
            CooperativeLabels::Table.into_iden(),
            ProductPhotos::Table.into_iden(),
            ProductTranslations::Table.into_iden(),
            Products::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
