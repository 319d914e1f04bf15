//! Product options: a product is sold in one or more options (100 ml, 250 ml, 1 l; red, blue),
//! each with its own SKU, price, pack quantity, stock and optional photo. Every existing product
//! becomes a single-option product whose option carries the product's id, SKU, price, quantity
//! and stock (and no label, so nothing shows). `products.price_centimes`, `quantity_milli` and
//! `stock` stay as the cheapest option's price and quantity and the options' total stock, kept in
//! the same transaction as every option write (cards, sorting and search read them), and
//! `several_prices` says whether cards show "from".
//!
//! Carts hold options: `cart_items` is rebuilt keyed by (cart, option). Order lines keep the
//! option they took stock from and its label as it was.

use sea_orm_migration::{
    prelude::*,
    schema::{
        big_integer, boolean, integer, string_len, timestamp_with_time_zone, uuid, uuid_null,
    },
    sea_orm::ConnectionTrait,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ProductOptions {
    Table,
    Id,
    ProductId,
    CooperativeId,
    Position,
    Label,
    Sku,
    PriceCentimes,
    QuantityMilli,
    Stock,
    PhotoId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
    SeveralPrices,
}

#[derive(DeriveIden)]
enum ProductPhotos {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Carts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CartItemsNext {
    Table,
    CartId,
    OptionId,
    ProductId,
    Quantity,
    PriceSeenCentimes,
    AddedAt,
}

#[derive(DeriveIden)]
enum OrderLines {
    Table,
    OptionId,
    OptionLabel,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ProductOptions::Table)
                    .if_not_exists()
                    .col(uuid(ProductOptions::Id).primary_key())
                    .col(uuid(ProductOptions::ProductId))
                    .col(uuid(ProductOptions::CooperativeId))
                    .col(integer(ProductOptions::Position))
                    .col(string_len(ProductOptions::Label, 60))
                    .col(string_len(ProductOptions::Sku, 40))
                    .col(big_integer(ProductOptions::PriceCentimes))
                    .col(big_integer(ProductOptions::QuantityMilli))
                    .col(integer(ProductOptions::Stock))
                    .col(uuid_null(ProductOptions::PhotoId))
                    .col(timestamp_with_time_zone(ProductOptions::CreatedAt))
                    .col(timestamp_with_time_zone(ProductOptions::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductOptions::Table, ProductOptions::ProductId)
                            .to(Products::Table, Products::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProductOptions::Table, ProductOptions::PhotoId)
                            .to(ProductPhotos::Table, ProductPhotos::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("product_options_cooperative_sku")
                    .table(ProductOptions::Table)
                    .col(ProductOptions::CooperativeId)
                    .col(ProductOptions::Sku)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("product_options_product")
                    .table(ProductOptions::Table)
                    .col(ProductOptions::ProductId)
                    .col(ProductOptions::Position)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Products::Table)
                    .add_column(boolean(Products::SeveralPrices).default(false))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO product_options (id, product_id, cooperative_id, position, label, sku, \
             price_centimes, quantity_milli, stock, photo_id, created_at, updated_at) \
             SELECT id, id, cooperative_id, 0, '', sku, price_centimes, quantity_milli, stock, \
             NULL, created_at, updated_at FROM products",
        )
        .await?;

        // The rebuild runs as one script on one connection: run statement by statement through
        // the pool, SQLite sometimes still saw the dropped table when renaming.
        let create = db.get_database_backend().build(
            Table::create()
                .table(CartItemsNext::Table)
                .col(uuid(CartItemsNext::CartId))
                .col(uuid(CartItemsNext::OptionId))
                .col(uuid(CartItemsNext::ProductId))
                .col(integer(CartItemsNext::Quantity))
                .col(big_integer(CartItemsNext::PriceSeenCentimes))
                .col(timestamp_with_time_zone(CartItemsNext::AddedAt))
                .primary_key(
                    Index::create()
                        .col(CartItemsNext::CartId)
                        .col(CartItemsNext::OptionId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(CartItemsNext::Table, CartItemsNext::CartId)
                        .to(Carts::Table, Carts::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(CartItemsNext::Table, CartItemsNext::OptionId)
                        .to(ProductOptions::Table, ProductOptions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(CartItemsNext::Table, CartItemsNext::ProductId)
                        .to(Products::Table, Products::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                ),
        );
        db.execute_unprepared(&format!(
            "{}; \
             INSERT INTO cart_items_next (cart_id, option_id, product_id, quantity, \
             price_seen_centimes, added_at) SELECT cart_id, product_id, product_id, quantity, \
             price_seen_centimes, added_at FROM cart_items; \
             DROP TABLE cart_items; \
             ALTER TABLE cart_items_next RENAME TO cart_items",
            create.sql
        ))
        .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(OrderLines::Table)
                    .add_column(uuid_null(OrderLines::OptionId))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(OrderLines::Table)
                    .add_column(string_len(OrderLines::OptionLabel, 60).default(""))
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared("UPDATE order_lines SET option_id = product_id")
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Options cannot be folded back into one price and stock without losing what was sold in
        // which option; restore a backup taken before the upgrade instead.
        Err(DbErr::Migration(
            "product options cannot be rolled back; restore the backup taken before upgrading"
                .into(),
        ))
    }
}
