//! Card money after the charge (`domain::card`): `refunds` (one per part Taawon asks the
//! provider to refund, keyed for the provider's idempotency; and those made at the provider,
//! read from its events), `card_disputes` (a bank contesting a charge, once per provider id),
//! and the payment intent a paid Checkout Session names, by which a refund is asked and a
//! dispute (which carries no metadata) is found.

use sea_orm_migration::{
    prelude::*,
    schema::{
        big_integer, integer, string_len, string_len_null, text_null, timestamp_with_time_zone,
        uuid, uuid_null,
    },
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Refunds {
    Table,
    Id,
    OrderId,
    ShipmentId,
    AmountCentimes,
    Currency,
    Origin,
    State,
    IdempotencyKey,
    ProviderRef,
    Attempts,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CardDisputes {
    Table,
    Id,
    OrderId,
    ProviderRef,
    AmountCentimes,
    State,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    PaymentIntent,
}

#[derive(DeriveIden)]
enum Orders {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Refunds::Table)
                    .if_not_exists()
                    .col(uuid(Refunds::Id).primary_key())
                    .col(uuid(Refunds::OrderId))
                    .col(uuid_null(Refunds::ShipmentId))
                    .col(big_integer(Refunds::AmountCentimes))
                    .col(string_len(Refunds::Currency, 3))
                    .col(string_len(Refunds::Origin, 16))
                    .col(string_len(Refunds::State, 16))
                    // Sent as the provider's idempotency key: asking again refunds once.
                    .col(string_len(Refunds::IdempotencyKey, 200).unique_key())
                    .col(string_len_null(Refunds::ProviderRef, 255))
                    .col(integer(Refunds::Attempts).default(0))
                    .col(text_null(Refunds::LastError))
                    .col(timestamp_with_time_zone(Refunds::CreatedAt))
                    .col(timestamp_with_time_zone(Refunds::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Refunds::Table, Refunds::OrderId)
                            .to(Orders::Table, Orders::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CardDisputes::Table)
                    .if_not_exists()
                    .col(uuid(CardDisputes::Id).primary_key())
                    .col(uuid(CardDisputes::OrderId))
                    // One row per provider dispute, however often its events arrive.
                    .col(string_len(CardDisputes::ProviderRef, 255).unique_key())
                    .col(big_integer(CardDisputes::AmountCentimes))
                    .col(string_len(CardDisputes::State, 16))
                    .col(timestamp_with_time_zone(CardDisputes::CreatedAt))
                    .col(timestamp_with_time_zone(CardDisputes::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CardDisputes::Table, CardDisputes::OrderId)
                            .to(Orders::Table, Orders::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Payments::Table)
                    .add_column(string_len_null(Payments::PaymentIntent, 255))
                    .to_owned(),
            )
            .await?;
        for (name, table, col) in [
            (
                "refunds_order",
                Refunds::Table.into_iden(),
                Refunds::OrderId.into_iden(),
            ),
            (
                "refunds_state",
                Refunds::Table.into_iden(),
                Refunds::State.into_iden(),
            ),
            (
                "card_disputes_order",
                CardDisputes::Table.into_iden(),
                CardDisputes::OrderId.into_iden(),
            ),
            (
                "payments_payment_intent",
                Payments::Table.into_iden(),
                Payments::PaymentIntent.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(col)
                        .if_not_exists()
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("payments_payment_intent")
                    .table(Payments::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Payments::Table)
                    .drop_column(Payments::PaymentIntent)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(CardDisputes::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Refunds::Table).to_owned())
            .await
    }
}
