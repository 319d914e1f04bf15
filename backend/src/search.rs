//! Product search behind one port, [`SearchIndex`], with two adapters that pass the same
//! conformance suite: the embedded engine (tantivy, in `data/search/`, the default) and
//! Meilisearch (when `MEILISEARCH_URL` is set). Documents are denormalised products, their text
//! normalised by `domain::search` so both engines and the query side agree on spelling.

pub mod embedded;
pub mod meili;
pub mod sync;

use domain::search::{QueryTerm, Synonyms};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A product as the search engines see it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    pub id: Uuid,
    /// Titles in every language, as entered (normalised when indexed).
    pub titles: Vec<String>,
    /// Descriptions (plain text), cooperative names, category names: matched, ranked lower.
    pub body: Vec<String>,
    pub category: String,
    /// The parent category too, so filtering on a top-level category finds its children.
    pub categories: Vec<String>,
    pub region: String,
    /// The cooperative's sector code.
    pub sector: String,
    pub cooperative: String,
    /// Verified labels only.
    pub labels: Vec<String>,
    pub price_centimes: i64,
    pub in_stock: bool,
    pub women_led: bool,
    /// Average rating times 100 (0 when unrated).
    pub rating: i64,
    /// Seconds since the epoch.
    pub created_at: i64,
}

/// The order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum SearchSort {
    #[default]
    Relevance,
    PriceAsc,
    PriceDesc,
    Newest,
    Rating,
}

impl SearchSort {
    /// From a URL value; anything unknown is relevance.
    pub fn parse(value: &str) -> Self {
        value.parse().unwrap_or_default()
    }

    /// The URL value.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Filters; every set field must hold, values within one field are alternatives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchFilters {
    pub categories: Vec<String>,
    pub regions: Vec<String>,
    pub sectors: Vec<String>,
    pub cooperatives: Vec<String>,
    /// All of these labels.
    pub labels: Vec<String>,
    pub price_min: Option<i64>,
    pub price_max: Option<i64>,
    pub in_stock: bool,
    pub women_led: bool,
}

/// A search: the query as typed (cleaned), filters, order and the page wanted.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: String,
    pub filters: SearchFilters,
    pub sort: SearchSort,
    /// Zero-based.
    pub offset: usize,
    pub limit: usize,
    /// Leave the facet counts empty (the results-as-you-type endpoint needs none).
    pub skip_facets: bool,
}

/// Facet counts over everything that matched: value → number of products.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    pub categories: BTreeMap<String, u64>,
    pub regions: BTreeMap<String, u64>,
    pub sectors: BTreeMap<String, u64>,
    pub cooperatives: BTreeMap<String, u64>,
    pub labels: BTreeMap<String, u64>,
    pub in_stock: u64,
    pub women_led: u64,
}

/// One page of results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    /// Product ids, best first.
    pub ids: Vec<Uuid>,
    /// How many products matched in all.
    pub total: u64,
    pub facets: Facets,
}

/// What went wrong inside an engine.
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(pub String);

impl SearchError {
    pub fn from(e: impl std::fmt::Display) -> Self {
        Self(e.to_string())
    }
}

/// A search engine holding the catalog's public products.
#[async_trait::async_trait]
pub trait SearchIndex: Send + Sync {
    /// Adds or replaces documents, visible to searches once this returns.
    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError>;
    /// Removes documents (unknown ids are ignored).
    async fn delete(&self, ids: Vec<Uuid>) -> Result<(), SearchError>;
    /// Removes everything.
    async fn clear(&self) -> Result<(), SearchError>;
    /// Runs a search.
    async fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError>;
    /// How many documents the index holds.
    async fn count(&self) -> Result<u64, SearchError>;
    /// Puts the engine's own settings in place (idempotent). The sync job calls it until it
    /// succeeds before pushing anything, so an engine that was down at start is set up when it
    /// comes back.
    async fn prepare(&self) -> Result<(), SearchError> {
        Ok(())
    }
    /// Called after a bulk fill, for an engine to put its index in shape for searching.
    async fn settle(&self) -> Result<(), SearchError> {
        Ok(())
    }
    /// The engine's name, for logs and reports.
    fn name(&self) -> &'static str;
}

/// The words of a query both engines search for: normalised and expanded (Darija in Arabic
/// script, synonyms), stop words dropped unless nothing else is left.
pub fn query_terms(query: &str) -> Vec<QueryTerm> {
    let terms = domain::search::query_terms(query, Synonyms::builtin());
    if terms.iter().all(|t| t.stop_word) {
        terms
    } else {
        terms.into_iter().filter(|t| !t.stop_word).collect()
    }
}
