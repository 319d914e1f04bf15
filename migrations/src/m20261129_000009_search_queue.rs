//! The search outbox: products whose search document may have changed, written by database
//! triggers in the same transaction as the change (a product, its texts, photos or labels; its
//! cooperative's name, region, state or member counts; the cooperative's labels). A job reads it,
//! pushes the documents to the search index and removes the rows it pushed, unless they changed
//! again meanwhile (`version`). A failing index leaves the rows for the next try, so the index
//! converges after any outage.

use sea_orm_migration::{
    prelude::*,
    schema::*,
    sea_orm::{ConnectionTrait, DbBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SearchQueue {
    Table,
    ProductId,
    Version,
}

/// Marks one product (an SQL expression) as changed.
fn mark_one(product: &str) -> String {
    format!(
        "INSERT INTO search_queue (product_id, version) VALUES ({product}, 1) \
         ON CONFLICT (product_id) DO UPDATE SET version = search_queue.version + 1"
    )
}

/// Marks every product of a cooperative (an SQL expression) as changed.
fn mark_cooperative(cooperative: &str) -> String {
    format!(
        "INSERT INTO search_queue (product_id, version) \
         SELECT id, 1 FROM products WHERE cooperative_id = {cooperative} \
         ON CONFLICT (product_id) DO UPDATE SET version = search_queue.version + 1"
    )
}

/// The cooperative columns a search document holds.
const COOPERATIVE_COLUMNS: &str = "name_ar, name_fr, region, state, member_count, women_count";

fn sqlite_up() -> Vec<String> {
    let mut sql = Vec::new();
    let mut triggers = |name: &str, table: &str, new: String, old: String| {
        sql.push(format!(
            "CREATE TRIGGER IF NOT EXISTS {name}_insert AFTER INSERT ON {table} BEGIN {new}; END"
        ));
        sql.push(format!(
            "CREATE TRIGGER IF NOT EXISTS {name}_update AFTER UPDATE ON {table} BEGIN {new}; {old}; END"
        ));
        sql.push(format!(
            "CREATE TRIGGER IF NOT EXISTS {name}_delete AFTER DELETE ON {table} BEGIN {old}; END"
        ));
    };
    triggers(
        "products_search",
        "products",
        mark_one("NEW.id"),
        mark_one("OLD.id"),
    );
    for table in ["product_translations", "product_photos", "product_labels"] {
        triggers(
            &format!("{table}_search"),
            table,
            mark_one("NEW.product_id"),
            mark_one("OLD.product_id"),
        );
    }
    triggers(
        "cooperative_labels_search",
        "cooperative_labels",
        mark_cooperative("NEW.cooperative_id"),
        mark_cooperative("OLD.cooperative_id"),
    );
    sql.push(format!(
        "CREATE TRIGGER IF NOT EXISTS cooperatives_search_update AFTER UPDATE OF {COOPERATIVE_COLUMNS} \
         ON cooperatives BEGIN {}; END",
        mark_cooperative("NEW.id")
    ));
    sql
}

fn postgres_up() -> Vec<String> {
    let mut sql = vec![format!(
        "CREATE OR REPLACE FUNCTION taawon_mark_for_search() RETURNS trigger AS $$
         BEGIN
           IF TG_ARGV[0] = 'self' THEN
             IF TG_OP <> 'DELETE' THEN {new_self}; END IF;
             IF TG_OP <> 'INSERT' THEN {old_self}; END IF;
           ELSIF TG_ARGV[0] = 'product' THEN
             IF TG_OP <> 'DELETE' THEN {new_product}; END IF;
             IF TG_OP <> 'INSERT' THEN {old_product}; END IF;
           ELSIF TG_ARGV[0] = 'cooperative' THEN
             IF TG_OP <> 'DELETE' THEN {new_coop}; END IF;
             IF TG_OP <> 'INSERT' THEN {old_coop}; END IF;
           ELSE
             {self_coop};
           END IF;
           RETURN NULL;
         END $$ LANGUAGE plpgsql",
        new_self = mark_one("NEW.id"),
        old_self = mark_one("OLD.id"),
        new_product = mark_one("NEW.product_id"),
        old_product = mark_one("OLD.product_id"),
        new_coop = mark_cooperative("NEW.cooperative_id"),
        old_coop = mark_cooperative("OLD.cooperative_id"),
        self_coop = mark_cooperative("NEW.id"),
    )];
    for (table, argument) in [
        ("products", "self"),
        ("product_translations", "product"),
        ("product_photos", "product"),
        ("product_labels", "product"),
        ("cooperative_labels", "cooperative"),
    ] {
        sql.push(format!("DROP TRIGGER IF EXISTS {table}_search ON {table}"));
        sql.push(format!(
            "CREATE TRIGGER {table}_search AFTER INSERT OR UPDATE OR DELETE ON {table} \
             FOR EACH ROW EXECUTE FUNCTION taawon_mark_for_search('{argument}')"
        ));
    }
    sql.push("DROP TRIGGER IF EXISTS cooperatives_search ON cooperatives".into());
    sql.push(format!(
        "CREATE TRIGGER cooperatives_search AFTER UPDATE OF {COOPERATIVE_COLUMNS} ON cooperatives \
         FOR EACH ROW EXECUTE FUNCTION taawon_mark_for_search('members')"
    ));
    sql
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SearchQueue::Table)
                    .if_not_exists()
                    .col(uuid(SearchQueue::ProductId).primary_key())
                    .col(big_integer(SearchQueue::Version).default(1))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let statements = match db.get_database_backend() {
            DbBackend::Postgres => postgres_up(),
            _ => sqlite_up(),
        };
        for statement in statements {
            db.execute_unprepared(&statement).await?;
        }
        // What exists now is searchable too.
        db.execute_unprepared(
            "INSERT INTO search_queue (product_id, version) SELECT id, 1 FROM products WHERE 1 = 1 \
             ON CONFLICT (product_id) DO NOTHING",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let tables = [
            "products",
            "product_translations",
            "product_photos",
            "product_labels",
            "cooperative_labels",
            "cooperatives",
        ];
        match db.get_database_backend() {
            DbBackend::Postgres => {
                for table in tables {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_search ON {table}"
                    ))
                    .await?;
                }
                db.execute_unprepared("DROP FUNCTION IF EXISTS taawon_mark_for_search()")
                    .await?;
            }
            _ => {
                for table in tables {
                    for op in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS {table}_search_{op}"
                        ))
                        .await?;
                    }
                }
            }
        }
        manager
            .drop_table(
                Table::drop()
                    .table(SearchQueue::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
