//! "Ask the cooperative": conversations between a buyer and a cooperative's members, about a
//! product (a signed-in buyer's one thread per cooperative) or an order (one per order and
//! cooperative, open to a guest holding the order). Each side's last reading gives the unread
//! counts; a buyer may report a conversation, which lets admins read it. Cooperatives may publish
//! a WhatsApp number.

use sea_orm_migration::{
    prelude::*,
    schema::{
        boolean, string_len, string_len_null, text, timestamp_with_time_zone,
        timestamp_with_time_zone_null, uuid, uuid_null,
    },
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Conversations {
    Table,
    Id,
    CooperativeId,
    /// `order:{id}` or `buyer:{user id}`: one conversation per cooperative and topic.
    Topic,
    BuyerId,
    OrderId,
    ProductId,
    BuyerReadAt,
    CooperativeReadAt,
    LastMessageAt,
    ReportedAt,
    ReportReason,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConversationMessages {
    Table,
    Id,
    ConversationId,
    FromBuyer,
    AuthorId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
    Whatsapp,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Conversations::Table)
                    .if_not_exists()
                    .col(uuid(Conversations::Id).primary_key())
                    .col(uuid(Conversations::CooperativeId))
                    .col(string_len(Conversations::Topic, 48))
                    .col(uuid_null(Conversations::BuyerId))
                    .col(uuid_null(Conversations::OrderId))
                    .col(uuid_null(Conversations::ProductId))
                    .col(timestamp_with_time_zone_null(Conversations::BuyerReadAt))
                    .col(timestamp_with_time_zone_null(
                        Conversations::CooperativeReadAt,
                    ))
                    .col(timestamp_with_time_zone(Conversations::LastMessageAt))
                    .col(timestamp_with_time_zone_null(Conversations::ReportedAt))
                    .col(string_len_null(Conversations::ReportReason, 500))
                    .col(timestamp_with_time_zone(Conversations::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Conversations::Table, Conversations::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("conversations_topic")
                    .table(Conversations::Table)
                    .col(Conversations::CooperativeId)
                    .col(Conversations::Topic)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("conversations_buyer")
                    .table(Conversations::Table)
                    .col(Conversations::BuyerId)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConversationMessages::Table)
                    .if_not_exists()
                    .col(uuid(ConversationMessages::Id).primary_key())
                    .col(uuid(ConversationMessages::ConversationId))
                    .col(boolean(ConversationMessages::FromBuyer))
                    .col(uuid_null(ConversationMessages::AuthorId))
                    .col(text(ConversationMessages::Body))
                    .col(timestamp_with_time_zone(ConversationMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ConversationMessages::Table,
                                ConversationMessages::ConversationId,
                            )
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("conversation_messages_thread")
                    .table(ConversationMessages::Table)
                    .col(ConversationMessages::ConversationId)
                    .col(ConversationMessages::CreatedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .add_column(string_len_null(Cooperatives::Whatsapp, 10))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .drop_column(Cooperatives::Whatsapp)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ConversationMessages::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Conversations::Table).to_owned())
            .await
    }
}
