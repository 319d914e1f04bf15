//! Which search engine this process uses, and the job that keeps it in step with the database.

use crate::config::Config;
use backend::search::{
    SearchIndex,
    embedded::EmbeddedIndex,
    meili::MeiliIndex,
    sync::{self, BATCH},
};
use sea_orm::DatabaseConnection;
use std::{sync::Arc, time::Duration};

/// How often the outbox is looked at when it is empty.
const POLL: Duration = Duration::from_millis(500);
/// The longest wait between tries while the index keeps failing.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// The search engine of `config`: Meilisearch when `MEILISEARCH_URL` is set, else the embedded
/// index in `<data dir>/search`. The flag says the index must be rebuilt from the database (it
/// starts empty, or Meilisearch did not answer at start, so nobody knows). A Meilisearch that
/// does not answer does not stop the server: searches answer "temporarily unavailable" and the
/// sync job sets the index up and fills it once it answers.
pub async fn open(config: &Config) -> anyhow::Result<(Arc<dyn SearchIndex>, bool)> {
    if let Some(url) = &config.meilisearch_url {
        let key = config
            .meilisearch_api_key
            .as_ref()
            .map(|k| k.expose().to_owned());
        let index = MeiliIndex::new(url, key.as_deref(), &config.search_index)
            .map_err(|e| anyhow::anyhow!("MEILISEARCH_URL {url} is not usable: {e}"))?;
        // The settings are applied by the sync job (`prepare`) before it pushes anything.
        let rebuild = index.count().await.map(|n| n == 0).unwrap_or_else(|e| {
            tracing::warn!(error = %e, %url, "the Meilisearch index (MEILISEARCH_URL) cannot be read yet; it is set up and rebuilt once Meilisearch answers");
            true
        });
        return Ok((Arc::new(index), rebuild));
    }
    if !config.database_url().starts_with("sqlite:") {
        tracing::warn!(
            "search uses the embedded index in this replica's data dir; with several replicas \
             set MEILISEARCH_URL, or the other replicas' indexes miss the changes this one pushes"
        );
    }
    let dir = config.data_dir.join("search");
    let (index, empty) = EmbeddedIndex::open(&dir, config.search_niceness)
        .map_err(|e| anyhow::anyhow!("cannot open the search index in {}: {e}", dir.display()))?;
    Ok((Arc::new(index), empty))
}

/// Rebuilds the index when asked, then pushes the search outbox to it until the process ends,
/// backing off while the index fails.
pub fn spawn_worker(db: DatabaseConnection, index: Arc<dyn SearchIndex>, rebuild: bool) {
    tokio::spawn(async move {
        let mut delay = POLL;
        while let Err(e) = index.prepare().await {
            delay = (delay * 2).clamp(POLL * 2, MAX_BACKOFF);
            tracing::warn!(error = %e, retry_in_ms = delay.as_millis() as u64, "search engine set-up failed; will retry");
            tokio::time::sleep(delay).await;
        }
        if rebuild {
            match sync::fill(&db, index.as_ref(), |_, _| {}).await {
                Ok(count) => tracing::info!(count, engine = index.name(), "search index rebuilt"),
                Err(e) => {
                    tracing::warn!(error = %e, "search index rebuild failed; the outbox will fill it")
                }
            }
        }
        delay = POLL;
        loop {
            tokio::time::sleep(delay).await;
            delay = match sync::sync_once(&db, index.as_ref(), BATCH).await {
                Ok(done) if done as u64 == BATCH => Duration::ZERO,
                Ok(_) => POLL,
                Err(e) => {
                    let next = (delay * 2).clamp(POLL * 2, MAX_BACKOFF);
                    tracing::warn!(error = %e, retry_in_ms = next.as_millis() as u64, "search sync failed; will retry");
                    next
                }
            };
        }
    });
}
