//! Buying: carts (a guest's, kept by its session, or a signed-in buyer's), orders with their
//! delivery address and idempotency key, one shipment per cooperative, order lines holding the
//! price and title as they were bought, card payments, Stripe's webhook events (each stored once),
//! the payout ledger of each cooperative, and reviews of delivered products.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Carts {
    Table,
    Id,
    UserId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CartItems {
    Table,
    CartId,
    ProductId,
    Quantity,
    /// The price the buyer saw when adding: a change since is shown and must be confirmed.
    PriceSeenCentimes,
    AddedAt,
}

#[derive(DeriveIden)]
enum Orders {
    Table,
    Id,
    Number,
    IdempotencyKey,
    BuyerId,
    Email,
    Locale,
    PaymentMethod,
    PaymentState,
    Currency,
    GoodsCentimes,
    DeliveryCentimes,
    TotalCentimes,
    FeePermille,
    RecipientName,
    Phone,
    Region,
    City,
    AddressLine,
    Notes,
    AccessTokenHash,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Shipments {
    Table,
    Id,
    OrderId,
    CooperativeId,
    State,
    GoodsCentimes,
    DeliveryCentimes,
    PlatformFeeCentimes,
    CooperativeShareCentimes,
    Carrier,
    TrackingNumber,
    CancelReason,
    CashCollectedAt,
    ConfirmedAt,
    ShippedAt,
    DeliveredAt,
    CancelledAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrderLines {
    Table,
    Id,
    OrderId,
    ShipmentId,
    ProductId,
    Sku,
    Title,
    UnitPriceCentimes,
    Quantity,
    LineCentimes,
}

#[derive(DeriveIden)]
enum Payments {
    Table,
    Id,
    OrderId,
    Provider,
    ProviderRef,
    AmountCentimes,
    Currency,
    State,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum WebhookEvents {
    Table,
    Id,
    Provider,
    EventId,
    Kind,
    ReceivedAt,
}

#[derive(DeriveIden)]
enum LedgerEntries {
    Table,
    Id,
    CooperativeId,
    Kind,
    AmountCentimes,
    ShipmentId,
    Reference,
    PaidOn,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    ProductId,
    CooperativeId,
    UserId,
    OrderLineId,
    Rating,
    Body,
    Reply,
    RepliedAt,
    HiddenReason,
    HiddenAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Products {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
    AcceptsCashOnDelivery,
}

fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    cols: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut index = Index::create();
    index.name(name).table(table).if_not_exists();
    for col in cols {
        index.col(col);
    }
    if unique {
        index.unique();
    }
    manager.create_index(index.to_owned()).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .add_column(boolean(Cooperatives::AcceptsCashOnDelivery).default(true))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Carts::Table)
                    .if_not_exists()
                    .col(uuid(Carts::Id).primary_key())
                    .col(uuid_null(Carts::UserId).unique_key())
                    .col(timestamp_with_time_zone(Carts::CreatedAt))
                    .col(timestamp_with_time_zone(Carts::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Carts::Table, Carts::UserId),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CartItems::Table)
                    .if_not_exists()
                    .col(uuid(CartItems::CartId))
                    .col(uuid(CartItems::ProductId))
                    .col(integer(CartItems::Quantity))
                    .col(big_integer(CartItems::PriceSeenCentimes))
                    .col(timestamp_with_time_zone(CartItems::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(CartItems::CartId)
                            .col(CartItems::ProductId),
                    )
                    .foreign_key(&mut fk(
                        (CartItems::Table, CartItems::CartId),
                        (Carts::Table, Carts::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (CartItems::Table, CartItems::ProductId),
                        (Products::Table, Products::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Orders::Table)
                    .if_not_exists()
                    .col(uuid(Orders::Id).primary_key())
                    .col(string_len(Orders::Number, 24).unique_key())
                    .col(string_len(Orders::IdempotencyKey, 64).unique_key())
                    .col(uuid_null(Orders::BuyerId))
                    .col(string_len(Orders::Email, 254))
                    .col(string_len(Orders::Locale, 2))
                    .col(string_len(Orders::PaymentMethod, 8))
                    .col(string_len(Orders::PaymentState, 16))
                    .col(string_len(Orders::Currency, 3))
                    .col(big_integer(Orders::GoodsCentimes))
                    .col(big_integer(Orders::DeliveryCentimes))
                    .col(big_integer(Orders::TotalCentimes))
                    .col(integer(Orders::FeePermille))
                    .col(string_len(Orders::RecipientName, 120))
                    .col(string_len(Orders::Phone, 16))
                    .col(string_len(Orders::Region, 32))
                    .col(string_len(Orders::City, 80))
                    .col(string_len(Orders::AddressLine, 240))
                    .col(text_null(Orders::Notes))
                    .col(string_len(Orders::AccessTokenHash, 64))
                    .col(timestamp_with_time_zone(Orders::CreatedAt))
                    .col(timestamp_with_time_zone(Orders::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Orders::Table, Orders::BuyerId),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "orders_buyer_created",
            Orders::Table,
            vec![Orders::BuyerId.into_iden(), Orders::CreatedAt.into_iden()],
            false,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Shipments::Table)
                    .if_not_exists()
                    .col(uuid(Shipments::Id).primary_key())
                    .col(uuid(Shipments::OrderId))
                    .col(uuid(Shipments::CooperativeId))
                    .col(string_len(Shipments::State, 16))
                    .col(big_integer(Shipments::GoodsCentimes))
                    .col(big_integer(Shipments::DeliveryCentimes))
                    .col(big_integer(Shipments::PlatformFeeCentimes))
                    .col(big_integer(Shipments::CooperativeShareCentimes))
                    .col(string_len_null(Shipments::Carrier, 80))
                    .col(string_len_null(Shipments::TrackingNumber, 80))
                    .col(text_null(Shipments::CancelReason))
                    .col(timestamp_with_time_zone_null(Shipments::CashCollectedAt))
                    .col(timestamp_with_time_zone_null(Shipments::ConfirmedAt))
                    .col(timestamp_with_time_zone_null(Shipments::ShippedAt))
                    .col(timestamp_with_time_zone_null(Shipments::DeliveredAt))
                    .col(timestamp_with_time_zone_null(Shipments::CancelledAt))
                    .col(timestamp_with_time_zone(Shipments::CreatedAt))
                    .col(timestamp_with_time_zone(Shipments::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Shipments::Table, Shipments::OrderId),
                        (Orders::Table, Orders::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Shipments::Table, Shipments::CooperativeId),
                        (Cooperatives::Table, Cooperatives::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "shipments_order_cooperative",
            Shipments::Table,
            vec![
                Shipments::OrderId.into_iden(),
                Shipments::CooperativeId.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "shipments_cooperative_state",
            Shipments::Table,
            vec![
                Shipments::CooperativeId.into_iden(),
                Shipments::State.into_iden(),
            ],
            false,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrderLines::Table)
                    .if_not_exists()
                    .col(uuid(OrderLines::Id).primary_key())
                    .col(uuid(OrderLines::OrderId))
                    .col(uuid(OrderLines::ShipmentId))
                    .col(uuid(OrderLines::ProductId))
                    .col(string_len(OrderLines::Sku, 40))
                    .col(string_len(OrderLines::Title, 200))
                    .col(big_integer(OrderLines::UnitPriceCentimes))
                    .col(integer(OrderLines::Quantity))
                    .col(big_integer(OrderLines::LineCentimes))
                    .foreign_key(&mut fk(
                        (OrderLines::Table, OrderLines::OrderId),
                        (Orders::Table, Orders::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (OrderLines::Table, OrderLines::ShipmentId),
                        (Shipments::Table, Shipments::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (OrderLines::Table, OrderLines::ProductId),
                        (Products::Table, Products::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "order_lines_shipment",
            OrderLines::Table,
            vec![OrderLines::ShipmentId.into_iden()],
            false,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Payments::Table)
                    .if_not_exists()
                    .col(uuid(Payments::Id).primary_key())
                    .col(uuid(Payments::OrderId))
                    .col(string_len(Payments::Provider, 16))
                    .col(string_len(Payments::ProviderRef, 255).unique_key())
                    .col(big_integer(Payments::AmountCentimes))
                    .col(string_len(Payments::Currency, 3))
                    .col(string_len(Payments::State, 16))
                    .col(timestamp_with_time_zone(Payments::CreatedAt))
                    .col(timestamp_with_time_zone(Payments::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Payments::Table, Payments::OrderId),
                        (Orders::Table, Orders::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WebhookEvents::Table)
                    .if_not_exists()
                    .col(uuid(WebhookEvents::Id).primary_key())
                    .col(string_len(WebhookEvents::Provider, 16))
                    .col(string_len(WebhookEvents::EventId, 255))
                    .col(string_len(WebhookEvents::Kind, 80))
                    .col(timestamp_with_time_zone(WebhookEvents::ReceivedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "webhook_events_provider_event",
            WebhookEvents::Table,
            vec![
                WebhookEvents::Provider.into_iden(),
                WebhookEvents::EventId.into_iden(),
            ],
            true,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(LedgerEntries::Table)
                    .if_not_exists()
                    .col(uuid(LedgerEntries::Id).primary_key())
                    .col(uuid(LedgerEntries::CooperativeId))
                    .col(string_len(LedgerEntries::Kind, 8))
                    .col(big_integer(LedgerEntries::AmountCentimes))
                    // A shipment is credited once, whoever records its delivery and however often.
                    .col(uuid_null(LedgerEntries::ShipmentId).unique_key())
                    .col(string_len_null(LedgerEntries::Reference, 120))
                    .col(date_null(LedgerEntries::PaidOn))
                    .col(uuid_null(LedgerEntries::RecordedBy))
                    .col(timestamp_with_time_zone(LedgerEntries::CreatedAt))
                    .foreign_key(&mut fk(
                        (LedgerEntries::Table, LedgerEntries::CooperativeId),
                        (Cooperatives::Table, Cooperatives::Id),
                        Restrict,
                    ))
                    .foreign_key(&mut fk(
                        (LedgerEntries::Table, LedgerEntries::ShipmentId),
                        (Shipments::Table, Shipments::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "ledger_entries_cooperative_created",
            LedgerEntries::Table,
            vec![
                LedgerEntries::CooperativeId.into_iden(),
                LedgerEntries::CreatedAt.into_iden(),
            ],
            false,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .if_not_exists()
                    .col(uuid(Reviews::Id).primary_key())
                    .col(uuid(Reviews::ProductId))
                    .col(uuid(Reviews::CooperativeId))
                    .col(uuid(Reviews::UserId))
                    .col(uuid(Reviews::OrderLineId))
                    .col(small_integer(Reviews::Rating))
                    .col(text_null(Reviews::Body))
                    .col(text_null(Reviews::Reply))
                    .col(timestamp_with_time_zone_null(Reviews::RepliedAt))
                    .col(text_null(Reviews::HiddenReason))
                    .col(timestamp_with_time_zone_null(Reviews::HiddenAt))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::ProductId),
                        (Products::Table, Products::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::UserId),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::OrderLineId),
                        (OrderLines::Table, OrderLines::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "reviews_product_user",
            Reviews::Table,
            vec![Reviews::ProductId.into_iden(), Reviews::UserId.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "reviews_cooperative",
            Reviews::Table,
            vec![Reviews::CooperativeId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Reviews::Table.into_iden(),
            LedgerEntries::Table.into_iden(),
            WebhookEvents::Table.into_iden(),
            Payments::Table.into_iden(),
            OrderLines::Table.into_iden(),
            Shipments::Table.into_iden(),
            Orders::Table.into_iden(),
            CartItems::Table.into_iden(),
            Carts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .drop_column(Cooperatives::AcceptsCashOnDelivery)
                    .to_owned(),
            )
            .await
    }
}
