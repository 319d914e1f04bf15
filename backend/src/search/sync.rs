//! Keeping the search index in step with the database: documents are built from the public
//! catalog; `sync_once` pushes what the search outbox (`search_queue`, filled by triggers) lists;
//! `reindex` rebuilds everything.

use super::{SearchDoc, SearchError, SearchIndex};
use crate::{
    entity::{category, product, search_queue},
    error::AppError,
    services::{browse, catalog, db_error, products},
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{LockBehavior, LockType},
};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Products pushed per index call.
pub const BATCH: u64 = 500;

/// Why a sync pass stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Index(#[from] SearchError),
    #[error("database: {0:?}")]
    Database(AppError),
}

impl From<AppError> for SyncError {
    fn from(e: AppError) -> Self {
        Self::Database(e)
    }
}

/// The search documents of the public products among `ids`, and the ids that are not public
/// (or no longer exist) and so must leave the index.
pub async fn documents(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<(Vec<SearchDoc>, Vec<Uuid>), AppError> {
    if ids.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let models = browse::public()
        .filter(product::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await
        .map_err(db_error)?;
    let public: HashSet<Uuid> = models.iter().map(|m| m.id).collect();
    let gone = ids
        .iter()
        .filter(|id| !public.contains(id))
        .copied()
        .collect();
    Ok((build(db, &models).await?, gone))
}

async fn build(
    db: &impl ConnectionTrait,
    models: &[product::Model],
) -> Result<Vec<SearchDoc>, AppError> {
    let ids: Vec<Uuid> = models.iter().map(|m| m.id).collect();
    let texts = products::texts_of(db, &ids).await?;
    let labels = browse::verified_labels(db, &ids).await?;
    let coops = browse::cooperatives_by_id(db, models.iter().map(|m| m.cooperative_id)).await?;
    let categories: HashMap<String, category::Model> = category::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|c| (c.code.clone(), c))
        .collect();
    Ok(models
        .iter()
        .filter_map(|m| {
            let coop = coops.get(&m.cooperative_id)?;
            let texts = texts.get(&m.id).map(Vec::as_slice).unwrap_or_default();
            let mut chain = vec![m.category_code.clone()];
            if let Some(parent) = categories
                .get(&m.category_code)
                .and_then(|c| c.parent_code.clone())
            {
                chain.push(parent);
            }
            let mut body: Vec<String> = texts.iter().map(|t| t.description.clone()).collect();
            body.push(coop.name_ar.clone());
            body.push(coop.name_fr.clone());
            for code in &chain {
                if let Some(c) = categories.get(code) {
                    body.extend([c.name_ar.clone(), c.name_fr.clone(), c.name_en.clone()]);
                }
            }
            Some(SearchDoc {
                id: m.id,
                titles: texts
                    .iter()
                    .map(|t| t.title.clone())
                    .filter(|t| !t.is_empty())
                    .collect(),
                body,
                category: m.category_code.clone(),
                categories: chain,
                region: coop.region.clone(),
                sector: coop.sector.clone(),
                cooperative: coop.slug.clone(),
                labels: labels
                    .get(&m.id)
                    .map(|l| l.iter().map(|b| b.kind.code().to_owned()).collect())
                    .unwrap_or_default(),
                price_centimes: m.price_centimes,
                in_stock: m.stock > 0,
                women_led: coop.member_count > 0 && coop.women_count * 2 >= coop.member_count,
                rating: 0,
                created_at: m.published_at.unwrap_or(m.created_at).timestamp(),
            })
        })
        .collect())
}

/// Pushes one batch of the search outbox to the index; returns how many products it handled.
/// On an index failure the rows stay, so the next pass tries again.
///
/// On PostgreSQL the batch is taken `FOR UPDATE SKIP LOCKED` inside a transaction that lasts
/// until its rows are deleted, so replicas sharing one index (Meilisearch) each push different
/// products and every change is pushed once. SQLite has one writer process, so it needs no lock.
pub async fn sync_once(
    db: &DatabaseConnection,
    index: &dyn SearchIndex,
    batch: u64,
) -> Result<usize, SyncError> {
    if db.get_database_backend() != DbBackend::Postgres {
        return push_batch(db, index, batch).await;
    }
    let txn = db.begin().await.map_err(db_error)?;
    // On an error the transaction is dropped, which rolls it back and frees the rows.
    let done = push_batch(&txn, index, batch).await?;
    txn.commit().await.map_err(db_error)?;
    Ok(done)
}

async fn push_batch(
    db: &impl ConnectionTrait,
    index: &dyn SearchIndex,
    batch: u64,
) -> Result<usize, SyncError> {
    let due = search_queue::Entity::find()
        .order_by_asc(search_queue::Column::ProductId)
        .limit(batch)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .all(db)
        .await
        .map_err(db_error)?;
    if due.is_empty() {
        return Ok(0);
    }
    let ids: Vec<Uuid> = due.iter().map(|r| r.product_id).collect();
    let (docs, gone) = documents(db, &ids).await?;
    if !docs.is_empty() {
        index.upsert(docs).await?;
    }
    if !gone.is_empty() {
        index.delete(gone).await?;
    }
    // Only what did not change again while it was pushed.
    for row in &due {
        search_queue::Entity::delete_many()
            .filter(search_queue::Column::ProductId.eq(row.product_id))
            .filter(search_queue::Column::Version.eq(row.version))
            .exec(db)
            .await
            .map_err(db_error)?;
    }
    // The index changed: pages cached from its earlier answers are stale now.
    catalog::tick_clock(db).await?;
    Ok(due.len())
}

/// How many products wait for the index.
pub async fn backlog(db: &impl ConnectionTrait) -> Result<u64, AppError> {
    search_queue::Entity::find()
        .count(db)
        .await
        .map_err(db_error)
}

/// Empties the index and fills it again from the database, `BATCH` products at a time, telling
/// `progress` (done, total) after each batch. Returns how many documents it wrote.
pub async fn reindex(
    db: &impl ConnectionTrait,
    index: &dyn SearchIndex,
    progress: impl FnMut(u64, u64),
) -> Result<u64, SyncError> {
    index.clear().await?;
    fill(db, index, progress).await
}

/// Writes every public product to the index (replacing what it holds of them, removing
/// nothing): the start-up rebuild of an empty index, where clearing would only open a window
/// with no results while the outbox job also writes.
pub async fn fill(
    db: &impl ConnectionTrait,
    index: &dyn SearchIndex,
    mut progress: impl FnMut(u64, u64),
) -> Result<u64, SyncError> {
    let total = browse::public().count(db).await.map_err(db_error)?;
    let mut pages = browse::public()
        .order_by_asc(product::Column::Id)
        .paginate(db, BATCH);
    let mut done = 0;
    progress(0, total);
    while let Some(models) = pages.fetch_and_next().await.map_err(db_error)? {
        let docs = build(db, &models).await?;
        done += docs.len() as u64;
        index.upsert(docs).await?;
        progress(done, total);
    }
    index.settle().await?;
    catalog::tick_clock(db).await?;
    Ok(done)
}
