//! Which search engine this process uses, and the job that keeps it in step with the database.

use crate::config::Config;
use app::ssr::search::{
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

/// The search engine of `config`: Meilisearch when `MEILISEARCH_URL` is set (its settings
/// applied), else the embedded index in `<data dir>/search`. The flag says the index starts
/// empty, so it must be rebuilt from the database.
pub async fn open(config: &Config) -> anyhow::Result<(Arc<dyn SearchIndex>, bool)> {
    if let Some(url) = &config.meilisearch_url {
        let key = config
            .meilisearch_api_key
            .as_ref()
            .map(|k| k.expose().to_owned());
        let index = MeiliIndex::connect(url, key.as_deref(), &config.search_index)
            .await
            .map_err(|e| anyhow::anyhow!("cannot set up Meilisearch at {url}: {e}"))?;
        let empty = index.count().await.map_err(|e| anyhow::anyhow!("{e}"))? == 0;
        return Ok((Arc::new(index), empty));
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
        if rebuild {
            match sync::fill(&db, index.as_ref(), |_, _| {}).await {
                Ok(count) => tracing::info!(count, engine = index.name(), "search index rebuilt"),
                Err(e) => {
                    tracing::warn!(error = %e, "search index rebuild failed; the outbox will fill it")
                }
            }
        }
        let mut delay = POLL;
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
