//! Profile upkeep: a verified cooperative keeps its public profile (phone, WhatsApp, head counts,
//! sector) up to date itself, but a change of its legal details (names, register number, ICE) is
//! a proposal an admin decides, the verified version staying public meanwhile. At most one
//! proposal of a cooperative waits at a time (`pending_for` is its id until the decision, then
//! null, under a unique index). The sector becomes part of the search documents, so a change of
//! it marks the cooperative's products for the index.

use sea_orm_migration::{
    prelude::*,
    schema::{
        string_len, string_len_null, timestamp_with_time_zone, timestamp_with_time_zone_null, uuid,
        uuid_null,
    },
    sea_orm::{ConnectionTrait, DbBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CooperativeChanges {
    Table,
    Id,
    CooperativeId,
    /// The cooperative's id while the proposal waits; null once decided.
    PendingFor,
    NameAr,
    NameFr,
    RegisterNumber,
    Ice,
    ProposedBy,
    CreatedAt,
    /// `accepted` or `refused`, once decided.
    Outcome,
    Reason,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    Id,
}

/// The cooperative columns a search document holds, the sector now among them.
const COOPERATIVE_COLUMNS: &str =
    "name_ar, name_fr, region, sector, state, member_count, women_count";
const COOPERATIVE_COLUMNS_BEFORE: &str =
    "name_ar, name_fr, region, state, member_count, women_count";

const MARK_COOPERATIVE: &str = "INSERT INTO search_queue (product_id, version) \
     SELECT id, 1 FROM products WHERE cooperative_id = NEW.id \
     ON CONFLICT (product_id) DO UPDATE SET version = search_queue.version + 1";

/// Recreates the cooperatives' search trigger over `columns`.
async fn search_trigger(manager: &SchemaManager<'_>, columns: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let statements = match db.get_database_backend() {
        DbBackend::Postgres => vec![
            "DROP TRIGGER IF EXISTS cooperatives_search ON cooperatives".to_owned(),
            format!(
                "CREATE TRIGGER cooperatives_search AFTER UPDATE OF {columns} ON cooperatives \
                 FOR EACH ROW EXECUTE FUNCTION taawon_mark_for_search('members')"
            ),
        ],
        _ => vec![
            "DROP TRIGGER IF EXISTS cooperatives_search_update".to_owned(),
            format!(
                "CREATE TRIGGER cooperatives_search_update AFTER UPDATE OF {columns} \
                 ON cooperatives BEGIN {MARK_COOPERATIVE}; END"
            ),
        ],
    };
    // One call, so both statements run on one connection, one after the other.
    db.execute_unprepared(&statements.join(";\n")).await?;
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CooperativeChanges::Table)
                    .if_not_exists()
                    .col(uuid(CooperativeChanges::Id).primary_key())
                    .col(uuid(CooperativeChanges::CooperativeId))
                    .col(uuid_null(CooperativeChanges::PendingFor))
                    .col(string_len(CooperativeChanges::NameAr, 200))
                    .col(string_len(CooperativeChanges::NameFr, 200))
                    .col(string_len(CooperativeChanges::RegisterNumber, 32))
                    .col(string_len(CooperativeChanges::Ice, 15))
                    .col(uuid(CooperativeChanges::ProposedBy))
                    .col(timestamp_with_time_zone(CooperativeChanges::CreatedAt))
                    .col(string_len_null(CooperativeChanges::Outcome, 16))
                    .col(string_len_null(CooperativeChanges::Reason, 1000))
                    .col(uuid_null(CooperativeChanges::DecidedBy))
                    .col(timestamp_with_time_zone_null(CooperativeChanges::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CooperativeChanges::Table, CooperativeChanges::CooperativeId)
                            .to(Cooperatives::Table, Cooperatives::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("cooperative_changes_pending")
                    .table(CooperativeChanges::Table)
                    .col(CooperativeChanges::PendingFor)
                    .unique()
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("cooperative_changes_cooperative")
                    .table(CooperativeChanges::Table)
                    .col(CooperativeChanges::CooperativeId)
                    .col(CooperativeChanges::CreatedAt)
                    .if_not_exists()
                    .to_owned(),
            )
            .await?;
        search_trigger(manager, COOPERATIVE_COLUMNS).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        search_trigger(manager, COOPERATIVE_COLUMNS_BEFORE).await?;
        manager
            .drop_table(
                Table::drop()
                    .table(CooperativeChanges::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
