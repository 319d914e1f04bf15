//! Reviews show on product pages, so a review written, answered or hidden moves its
//! cooperative's catalog revision (migration 8) like any other change those pages show: a cached
//! product page is rendered again on the next request.

use sea_orm_migration::{
    prelude::*,
    sea_orm::{ConnectionTrait, DbBackend},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const BUMP: &str = "UPDATE cooperatives SET catalog_revision = catalog_revision + 1";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statements: Vec<String> = match db.get_database_backend() {
            // The function of migration 8, with the cooperative id on the row.
            DbBackend::Postgres => vec![
                "DROP TRIGGER IF EXISTS reviews_revision ON reviews".into(),
                "CREATE TRIGGER reviews_revision AFTER INSERT OR UPDATE OR DELETE ON reviews \
                 FOR EACH ROW EXECUTE FUNCTION taawon_bump_catalog_revision('cooperative')"
                    .into(),
            ],
            _ => vec![
                format!(
                    "CREATE TRIGGER IF NOT EXISTS reviews_revision_insert AFTER INSERT ON reviews \
                     BEGIN {BUMP} WHERE id = NEW.cooperative_id; END"
                ),
                format!(
                    "CREATE TRIGGER IF NOT EXISTS reviews_revision_update AFTER UPDATE ON reviews \
                     BEGIN {BUMP} WHERE id IN (NEW.cooperative_id, OLD.cooperative_id); END"
                ),
                format!(
                    "CREATE TRIGGER IF NOT EXISTS reviews_revision_delete AFTER DELETE ON reviews \
                     BEGIN {BUMP} WHERE id = OLD.cooperative_id; END"
                ),
            ],
        };
        for statement in statements {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match db.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared("DROP TRIGGER IF EXISTS reviews_revision ON reviews")
                    .await?;
            }
            _ => {
                for op in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS reviews_revision_{op}"))
                        .await?;
                }
            }
        }
        Ok(())
    }
}
