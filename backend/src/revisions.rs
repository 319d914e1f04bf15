//! Catalog revisions read in batches, for the copies a replica keeps in memory and checks before
//! each use: rendered pages (`server::page_cache`) and product cards (`card_cache`).
//!
//! Two questions: the revision of the cooperative selling the product at a slug (migration 8:
//! database triggers move it whenever anything its product pages show changes), and the catalog
//! clock (migration 14: it moves whenever any cooperative's revision moves or the search index
//! takes a batch).
//!
//! One task reads, for every request waiting when it starts, the revisions of all their slugs
//! (and the clock, if any asks) in one query each. A request is only ever answered by a read that
//! began after it arrived, so it never sees a revision older than a change committed before it
//! came; under load, many requests share one read instead of each taking a pooled connection.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};
use std::{
    collections::HashMap,
    sync::{Arc, OnceLock},
};
use tokio::sync::{mpsc, oneshot};

/// The most requests one read answers.
const MAX_BATCH: usize = 256;

/// Where requests queue for the next read (the reading task starts on first use, inside the
/// runtime serving the requests). Cheap to clone.
#[derive(Clone)]
pub struct RevisionReader {
    db: DatabaseConnection,
    asks: Arc<OnceLock<mpsc::UnboundedSender<Ask>>>,
}

/// A request's question: the revision at `slug`, if it is a product, or (no slug) the clock.
struct Ask {
    slug: Option<String>,
    reply: oneshot::Sender<Result<Option<i64>, DbErr>>,
}

impl RevisionReader {
    /// A reader of `db`'s revisions.
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            db,
            asks: Arc::new(OnceLock::new()),
        }
    }

    /// The revision of the cooperative selling the product at `slug` (`None`: no such product),
    /// from a read that starts after this call.
    pub async fn product(&self, slug: &str) -> Result<Option<i64>, DbErr> {
        self.read(Some(slug)).await
    }

    /// The catalog clock, from a read that starts after this call.
    pub async fn catalog(&self) -> Result<i64, DbErr> {
        self.read(None)
            .await?
            .ok_or_else(|| DbErr::Custom("the clock was not read".into()))
    }

    async fn read(&self, slug: Option<&str>) -> Result<Option<i64>, DbErr> {
        let asks = self.asks.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(read_revisions(self.db.clone(), rx));
            tx
        });
        let (reply, answer) = oneshot::channel();
        let ask = Ask {
            slug: slug.map(str::to_owned),
            reply,
        };
        if asks.send(ask).is_err() {
            return Err(DbErr::Custom("the revision reader stopped".into()));
        }
        answer
            .await
            .unwrap_or_else(|_| Err(DbErr::Custom("the revision reader stopped".into())))
    }
}

/// Answers queued asks in batches until every sender is gone: each round takes whatever is
/// waiting and reads all its slugs in one query.
async fn read_revisions(db: DatabaseConnection, mut asks: mpsc::UnboundedReceiver<Ask>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while asks.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let mut slugs: Vec<&str> = batch.iter().filter_map(|ask| ask.slug.as_deref()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        let read = if slugs.is_empty() {
            Ok(HashMap::new())
        } else {
            revisions_at(&db, &slugs).await
        };
        if let Err(e) = &read {
            tracing::warn!(error = %e, "product revisions could not be read");
        }
        let clock = if batch.iter().any(|ask| ask.slug.is_none()) {
            let clock = super::services::catalog::clock(&db).await;
            if let Err(e) = &clock {
                tracing::warn!(error = %e, "the catalog clock could not be read");
            }
            Some(clock)
        } else {
            None
        };
        for ask in batch.drain(..) {
            let answer = match (&ask.slug, &read, &clock) {
                (Some(slug), Ok(revisions), _) => Ok(revisions.get(slug.as_str()).copied()),
                (None, _, Some(Ok(clock))) => Ok(Some(*clock)),
                (Some(_), Err(e), _) | (None, _, Some(Err(e))) => Err(DbErr::Custom(e.to_string())),
                (None, _, None) => Err(DbErr::Custom("the clock was not read".into())),
            };
            // The request may be gone (its client hung up); nobody is left to tell.
            let _ = ask.reply.send(answer);
        }
    }
}

/// The revisions of the cooperatives selling the products at `slugs`, by slug, in one query.
async fn revisions_at(
    db: &DatabaseConnection,
    slugs: &[&str],
) -> Result<HashMap<String, i64>, DbErr> {
    let backend = db.get_database_backend();
    let placeholders: Vec<String> = (1..=slugs.len())
        .map(|i| {
            if backend == DbBackend::Postgres {
                format!("${i}")
            } else {
                "?".to_owned()
            }
        })
        .collect();
    let sql = format!(
        "SELECT p.slug, c.catalog_revision FROM products p \
         JOIN cooperatives c ON c.id = p.cooperative_id WHERE p.slug IN ({})",
        placeholders.join(", ")
    );
    let values = slugs.iter().map(|&slug| slug.into());
    db.query_all_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?
        .into_iter()
        .map(|row| Ok((row.try_get_by_index(0)?, row.try_get_by_index(1)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-connection in-memory database with just what the reads touch.
    async fn revisions_db() -> DatabaseConnection {
        let mut options = sea_orm::ConnectOptions::new("sqlite::memory:");
        options.max_connections(1).sqlx_logging(false);
        let db = sea_orm::Database::connect(options).await.expect("sqlite");
        for sql in [
            "CREATE TABLE cooperatives (id INTEGER PRIMARY KEY, catalog_revision INTEGER NOT NULL)",
            "CREATE TABLE products (slug TEXT UNIQUE NOT NULL, cooperative_id INTEGER NOT NULL)",
            "INSERT INTO cooperatives VALUES (1, 10), (2, 20)",
            "INSERT INTO products VALUES ('argan', 1), ('amlou', 1), ('safran', 2)",
            "CREATE TABLE catalog_clock (shard INTEGER PRIMARY KEY, ticks INTEGER NOT NULL)",
            "INSERT INTO catalog_clock VALUES (0, 5), (1, 2)",
        ] {
            db.execute_unprepared(sql).await.expect("schema");
        }
        db
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_waiting_requests_each_get_their_own_slugs_revision() {
        let reader = RevisionReader::new(revisions_db().await);
        let slugs = ["argan", "safran", "nothing", "amlou"];
        let asks = (0..200).map(|i| {
            let reader = reader.clone();
            let slug = slugs[i % slugs.len()];
            tokio::spawn(async move { (slug, reader.product(slug).await.expect("read")) })
        });
        for ask in asks {
            let (slug, revision) = ask.await.expect("task");
            let expected = match slug {
                "argan" | "amlou" => Some(10),
                "safran" => Some(20),
                _ => None,
            };
            assert_eq!(revision, expected, "{slug}");
        }
    }

    #[tokio::test]
    async fn a_change_committed_before_a_request_is_what_it_reads() {
        let db = revisions_db().await;
        let reader = RevisionReader::new(db.clone());
        assert_eq!(reader.product("argan").await.expect("read"), Some(10));
        db.execute_unprepared("UPDATE cooperatives SET catalog_revision = 11 WHERE id = 1")
            .await
            .expect("update");
        assert_eq!(reader.product("argan").await.expect("read"), Some(11));
        db.execute_unprepared("DROP TABLE products")
            .await
            .expect("drop");
        assert!(
            reader.product("argan").await.is_err(),
            "a failing read is an error, not a missing product"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn clock_and_slug_asks_waiting_together_each_get_their_answer() {
        let db = revisions_db().await;
        let reader = RevisionReader::new(db.clone());
        let asks = (0..100).map(|i| {
            let reader = reader.clone();
            tokio::spawn(async move {
                if i % 2 == 0 {
                    (true, reader.product("safran").await.expect("read"))
                } else {
                    (false, Some(reader.catalog().await.expect("read")))
                }
            })
        });
        for ask in asks {
            let (product, revision) = ask.await.expect("task");
            let expected = if product { 20 } else { 7 };
            assert_eq!(revision, Some(expected), "product: {product}");
        }
        db.execute_unprepared("UPDATE catalog_clock SET ticks = ticks + 1 WHERE shard = 0")
            .await
            .expect("tick");
        assert_eq!(reader.catalog().await.expect("read"), 8);
    }
}
