//! A revision number per cooperative that changes whenever anything its public pages show
//! changes: the cooperative itself, its visual identity, its labels, its products and their
//! texts, photos and labels. Database triggers keep it, so no write path (a service, a bulk
//! import, a statement typed by hand) can forget to. A server that caches a rendered product page
//! checks the revision with one indexed read per request and renders again when it moved, so
//! replicas never serve a stale page.

use sea_orm_migration::{
    prelude::*,
    sea_orm::{ConnectionTrait, DbBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Cooperatives {
    Table,
    CatalogRevision,
}

/// Tables whose rows carry `cooperative_id`.
const BY_COOPERATIVE: [&str; 3] = ["products", "cooperative_labels", "cooperative_identities"];
/// Tables whose rows carry `product_id`.
const BY_PRODUCT: [&str; 3] = ["product_translations", "product_photos", "product_labels"];

const BUMP: &str = "UPDATE cooperatives SET catalog_revision = catalog_revision + 1";

fn sqlite_up() -> Vec<String> {
    let mut sql = Vec::new();
    for (table, target) in BY_COOPERATIVE
        .iter()
        .map(|t| (*t, "cooperative_id"))
        .chain(BY_PRODUCT.iter().map(|t| (*t, "product_id")))
    {
        let ids = |row: &str| {
            if target == "cooperative_id" {
                format!("{row}.cooperative_id")
            } else {
                format!("SELECT cooperative_id FROM products WHERE id = {row}.product_id")
            }
        };
        let (new, old) = (ids("NEW"), ids("OLD"));
        sql.push(format!(
            "CREATE TRIGGER IF NOT EXISTS {table}_revision_insert AFTER INSERT ON {table} \
             BEGIN {BUMP} WHERE id IN ({new}); END"
        ));
        sql.push(format!(
            "CREATE TRIGGER IF NOT EXISTS {table}_revision_update AFTER UPDATE ON {table} \
             BEGIN {BUMP} WHERE id IN ({new}) OR id IN ({old}); END"
        ));
        sql.push(format!(
            "CREATE TRIGGER IF NOT EXISTS {table}_revision_delete AFTER DELETE ON {table} \
             BEGIN {BUMP} WHERE id IN ({old}); END"
        ));
    }
    // A change to the cooperative's own row that did not already move the revision moves it.
    sql.push(
        "CREATE TRIGGER IF NOT EXISTS cooperatives_revision_update AFTER UPDATE ON cooperatives \
         WHEN NEW.catalog_revision = OLD.catalog_revision \
         BEGIN UPDATE cooperatives SET catalog_revision = OLD.catalog_revision + 1 WHERE id = NEW.id; END"
            .into(),
    );
    sql
}

fn postgres_up() -> Vec<String> {
    let mut sql = vec![
        format!(
            "CREATE OR REPLACE FUNCTION taawon_bump_catalog_revision() RETURNS trigger AS $$
             BEGIN
               IF TG_ARGV[0] = 'product' THEN
                 IF TG_OP <> 'DELETE' THEN
                   {BUMP} WHERE id IN (SELECT cooperative_id FROM products WHERE id = NEW.product_id);
                 END IF;
                 IF TG_OP <> 'INSERT' THEN
                   {BUMP} WHERE id IN (SELECT cooperative_id FROM products WHERE id = OLD.product_id);
                 END IF;
               ELSE
                 IF TG_OP <> 'DELETE' THEN
                   {BUMP} WHERE id = NEW.cooperative_id;
                 END IF;
                 IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.cooperative_id <> NEW.cooperative_id) THEN
                   {BUMP} WHERE id = OLD.cooperative_id;
                 END IF;
               END IF;
               RETURN NULL;
             END $$ LANGUAGE plpgsql"
        ),
        "CREATE OR REPLACE FUNCTION taawon_own_catalog_revision() RETURNS trigger AS $$
         BEGIN
           IF NEW.catalog_revision = OLD.catalog_revision THEN
             NEW.catalog_revision := OLD.catalog_revision + 1;
           END IF;
           RETURN NEW;
         END $$ LANGUAGE plpgsql"
            .into(),
        "DROP TRIGGER IF EXISTS cooperatives_revision ON cooperatives".into(),
        "CREATE TRIGGER cooperatives_revision BEFORE UPDATE ON cooperatives \
         FOR EACH ROW EXECUTE FUNCTION taawon_own_catalog_revision()"
            .into(),
    ];
    for (table, argument) in BY_COOPERATIVE
        .iter()
        .map(|t| (*t, "cooperative"))
        .chain(BY_PRODUCT.iter().map(|t| (*t, "product")))
    {
        sql.push(format!(
            "DROP TRIGGER IF EXISTS {table}_revision ON {table}"
        ));
        sql.push(format!(
            "CREATE TRIGGER {table}_revision AFTER INSERT OR UPDATE OR DELETE ON {table} \
             FOR EACH ROW EXECUTE FUNCTION taawon_bump_catalog_revision('{argument}')"
        ));
    }
    sql
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .add_column(
                        ColumnDef::new(Cooperatives::CatalogRevision)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
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
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let tables = BY_COOPERATIVE.iter().chain(BY_PRODUCT.iter());
        match db.get_database_backend() {
            DbBackend::Postgres => {
                for table in tables {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS {table}_revision ON {table}"
                    ))
                    .await?;
                }
                db.execute_unprepared(
                    "DROP TRIGGER IF EXISTS cooperatives_revision ON cooperatives",
                )
                .await?;
                db.execute_unprepared("DROP FUNCTION IF EXISTS taawon_bump_catalog_revision()")
                    .await?;
                db.execute_unprepared("DROP FUNCTION IF EXISTS taawon_own_catalog_revision()")
                    .await?;
            }
            _ => {
                for table in tables {
                    for op in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS {table}_revision_{op}"
                        ))
                        .await?;
                    }
                }
                db.execute_unprepared("DROP TRIGGER IF EXISTS cooperatives_revision_update")
                    .await?;
            }
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Cooperatives::Table)
                    .drop_column(Cooperatives::CatalogRevision)
                    .to_owned(),
            )
            .await
    }
}
