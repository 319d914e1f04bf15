//! The Meilisearch adapter (used when `MEILISEARCH_URL` is set): index settings applied at
//! start-up (searchable attributes in priority order, filters, sorts, facets, typo tolerance as
//! the embedded engine's, the catalog's synonyms, ranking rules), documents sent in batches and
//! each task awaited, so a write is searchable when it returns. Text is normalised by
//! `domain::search` on both sides, as for the embedded engine; every filter value is quoted and
//! escaped, so user text can never change a filter expression.

use super::{
    Facets, SearchDoc, SearchError, SearchIndex, SearchRequest, SearchResults, SearchSort,
    query_terms,
};
use domain::search::{Synonyms, darija_to_arabic, normalise};
use meilisearch_sdk::{
    client::Client,
    search::{MatchingStrategies, Selectors},
    settings::{
        FacetingSettings, MinWordSizeForTypos, PaginationSetting, Settings, TypoToleranceSettings,
    },
    task_info::TaskInfo,
    tasks::Task,
};
use serde::{Deserialize, Serialize};
use std::{
    collections::{BTreeMap, HashMap},
    time::Duration,
};
use uuid::Uuid;

/// How long a write may take to be applied.
const TASK_TIMEOUT: Duration = Duration::from_secs(120);

/// Attributes counted as facets.
const FACETS: [&str; 7] = [
    "categories",
    "region",
    "sector",
    "cooperative",
    "labels",
    "in_stock",
    "women_led",
];

/// A product as Meilisearch stores it: text already normalised.
#[derive(Debug, Serialize, Deserialize)]
struct Document {
    id: String,
    title: String,
    body: String,
    categories: Vec<String>,
    region: String,
    sector: String,
    cooperative: String,
    labels: Vec<String>,
    price: i64,
    in_stock: bool,
    women_led: bool,
    rating: i64,
    created: i64,
}

impl From<&SearchDoc> for Document {
    fn from(d: &SearchDoc) -> Self {
        Self {
            id: d.id.to_string(),
            title: normalise(&d.titles.join(" ")),
            body: normalise(&d.body.join(" ")),
            categories: d.categories.clone(),
            region: d.region.clone(),
            sector: d.sector.clone(),
            cooperative: d.cooperative.clone(),
            labels: d.labels.clone(),
            price: d.price_centimes,
            in_stock: d.in_stock,
            women_led: d.women_led,
            rating: d.rating,
            created: d.created_at,
        }
    }
}

#[derive(Debug, Deserialize)]
struct Hit {
    id: String,
}

/// `value` as a Meilisearch filter string literal (see [`domain::search::filter_literal`]).
pub use domain::search::filter_literal as quote;

/// The filter expression of a request; `None` when nothing is filtered.
pub fn filter_expression(request: &SearchRequest) -> Option<String> {
    let f = &request.filters;
    let mut parts: Vec<String> = Vec::new();
    for (attribute, values) in [
        ("categories", &f.categories),
        ("region", &f.regions),
        ("sector", &f.sectors),
        ("cooperative", &f.cooperatives),
    ] {
        if !values.is_empty() {
            let any: Vec<String> = values
                .iter()
                .map(|v| format!("{attribute} = {}", quote(v)))
                .collect();
            parts.push(format!("({})", any.join(" OR ")));
        }
    }
    for label in &f.labels {
        parts.push(format!("labels = {}", quote(label)));
    }
    if let Some(min) = f.price_min {
        parts.push(format!("price >= {min}"));
    }
    if let Some(max) = f.price_max {
        parts.push(format!("price <= {max}"));
    }
    if f.in_stock {
        parts.push("in_stock = true".into());
    }
    if f.women_led {
        parts.push("women_led = true".into());
    }
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// The query text sent to Meilisearch: the normalised words, stop words dropped, a Darija word
/// the synonyms do not know replaced by its Arabic spelling.
pub fn query_text(query: &str) -> String {
    query_terms(query)
        .into_iter()
        .map(|term| {
            let known = !Synonyms::builtin().of(&term.word).is_empty();
            match darija_to_arabic(&term.word) {
                Some(arabic) if !known => arabic,
                _ => term.word,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The catalog's synonyms as Meilisearch takes them: each term → the others of its groups.
fn synonyms() -> HashMap<String, Vec<String>> {
    let builtin = Synonyms::builtin();
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for group in builtin.groups() {
        for term in group {
            out.insert(
                term.clone(),
                builtin.of(term).into_iter().map(str::to_owned).collect(),
            );
        }
    }
    out
}

/// The Meilisearch engine.
#[derive(Clone)]
pub struct MeiliIndex {
    client: Client,
    uid: String,
}

impl MeiliIndex {
    /// Connects to the server at `url` and applies the index settings, waiting for them.
    pub async fn connect(url: &str, api_key: Option<&str>, uid: &str) -> Result<Self, SearchError> {
        let engine = Self::new(url, api_key, uid)?;
        engine.apply_settings().await?;
        Ok(engine)
    }

    /// A client for the server at `url`, without contacting it (a malformed URL is refused).
    pub fn new(url: &str, api_key: Option<&str>, uid: &str) -> Result<Self, SearchError> {
        Ok(Self {
            client: Client::new(url, api_key).map_err(SearchError::from)?,
            uid: uid.to_owned(),
        })
    }

    /// Applies the index settings (ranking, filters, synonyms…) and waits for them; idempotent.
    async fn apply_settings(&self) -> Result<(), SearchError> {
        let engine = self;
        let settings = Settings::new()
            .with_searchable_attributes(["title", "body"])
            .with_filterable_attributes([
                "categories",
                "region",
                "sector",
                "cooperative",
                "labels",
                "price",
                "in_stock",
                "women_led",
            ])
            .with_sortable_attributes(["price", "created", "rating"])
            .with_ranking_rules([
                "words",
                "typo",
                "proximity",
                "attribute",
                "sort",
                "exactness",
            ])
            .with_typo_tolerance(TypoToleranceSettings {
                enabled: Some(true),
                disable_on_attributes: None,
                disable_on_words: None,
                min_word_size_for_typos: Some(MinWordSizeForTypos {
                    one_typo: Some(5),
                    two_typos: Some(9),
                }),
            })
            .with_synonyms(synonyms())
            .with_faceting(FacetingSettings {
                max_values_per_facet: 1000,
                sort_facet_values_by: None,
            })
            .with_pagination(PaginationSetting {
                max_total_hits: 100_000,
            });
        let task = engine
            .client
            .index(&engine.uid)
            .set_settings(&settings)
            .await
            .map_err(SearchError::from)?;
        engine.wait(task).await
    }

    /// Waits for a task and turns its failure into an error.
    async fn wait(&self, task: TaskInfo) -> Result<(), SearchError> {
        match task
            .wait_for_completion(&self.client, None, Some(TASK_TIMEOUT))
            .await
            .map_err(SearchError::from)?
        {
            Task::Succeeded { .. } => Ok(()),
            Task::Failed { content } => Err(SearchError(format!("{:?}", content.error))),
            other => Err(SearchError(format!(
                "task {} did not finish",
                other.get_uid()
            ))),
        }
    }
}

fn facet(
    distribution: &HashMap<String, HashMap<String, usize>>,
    name: &str,
) -> BTreeMap<String, u64> {
    distribution
        .get(name)
        .map(|values| values.iter().map(|(k, v)| (k.clone(), *v as u64)).collect())
        .unwrap_or_default()
}

#[async_trait::async_trait]
impl SearchIndex for MeiliIndex {
    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        if docs.is_empty() {
            return Ok(());
        }
        let documents: Vec<Document> = docs.iter().map(Document::from).collect();
        let task = self
            .client
            .index(&self.uid)
            .add_or_replace(&documents, Some("id"))
            .await
            .map_err(SearchError::from)?;
        self.wait(task).await
    }

    async fn delete(&self, ids: Vec<Uuid>) -> Result<(), SearchError> {
        if ids.is_empty() {
            return Ok(());
        }
        let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
        let task = self
            .client
            .index(&self.uid)
            .delete_documents(&ids)
            .await
            .map_err(SearchError::from)?;
        self.wait(task).await
    }

    async fn clear(&self) -> Result<(), SearchError> {
        let task = self
            .client
            .index(&self.uid)
            .delete_all_documents()
            .await
            .map_err(SearchError::from)?;
        self.wait(task).await
    }

    async fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let index = self.client.index(&self.uid);
        let text = query_text(&request.query);
        let filter = filter_expression(request);
        let sort: &[&str] = match request.sort {
            SearchSort::Relevance => &[],
            SearchSort::PriceAsc => &["price:asc"],
            SearchSort::PriceDesc => &["price:desc"],
            SearchSort::Newest => &["created:desc"],
            SearchSort::Rating => &["rating:desc"],
        };
        let mut query = index.search();
        query
            .with_query(&text)
            .with_offset(request.offset)
            .with_limit(request.limit.max(1))
            .with_matching_strategy(MatchingStrategies::ALL);
        if !request.skip_facets {
            query.with_facets(Selectors::Some(&FACETS));
        }
        if let Some(filter) = &filter {
            query.with_filter(filter);
        }
        if !sort.is_empty() {
            query.with_sort(sort);
        }
        let mut results = query.execute::<Hit>().await.map_err(SearchError::from)?;
        // No product has every word: show those with some of them, as the embedded engine does.
        if results
            .estimated_total_hits
            .or(results.total_hits)
            .unwrap_or(0)
            == 0
            && text.contains(' ')
        {
            query.with_matching_strategy(MatchingStrategies::LAST);
            results = query.execute::<Hit>().await.map_err(SearchError::from)?;
        }
        let distribution = results.facet_distribution.unwrap_or_default();
        Ok(SearchResults {
            ids: results
                .hits
                .iter()
                .filter_map(|h| Uuid::parse_str(&h.result.id).ok())
                .collect(),
            total: results
                .total_hits
                .or(results.estimated_total_hits)
                .unwrap_or(0) as u64,
            facets: Facets {
                categories: facet(&distribution, "categories"),
                regions: facet(&distribution, "region"),
                sectors: facet(&distribution, "sector"),
                cooperatives: facet(&distribution, "cooperative"),
                labels: facet(&distribution, "labels"),
                in_stock: facet(&distribution, "in_stock")
                    .get("true")
                    .copied()
                    .unwrap_or(0),
                women_led: facet(&distribution, "women_led")
                    .get("true")
                    .copied()
                    .unwrap_or(0),
            },
        })
    }

    async fn count(&self) -> Result<u64, SearchError> {
        let stats = self
            .client
            .index(&self.uid)
            .get_stats()
            .await
            .map_err(SearchError::from)?;
        Ok(stats.number_of_documents as u64)
    }

    async fn prepare(&self) -> Result<(), SearchError> {
        self.apply_settings().await
    }

    fn name(&self) -> &'static str {
        "meilisearch"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchFilters;

    #[test]
    fn user_text_cannot_change_a_filter_expression() {
        let request = SearchRequest {
            filters: SearchFilters {
                cooperatives: vec!["tifawt\" OR cooperative = \"nahla".into(), "a\\\"b".into()],
                labels: vec!["organic".into()],
                price_min: Some(5_000),
                in_stock: true,
                ..SearchFilters::default()
            },
            ..SearchRequest::default()
        };
        assert_eq!(
            filter_expression(&request).as_deref(),
            Some(
                "(cooperative = \"tifawt\\\" OR cooperative = \\\"nahla\" OR cooperative = \"a\\\\\\\"b\") \
                 AND labels = \"organic\" AND price >= 5000 AND in_stock = true"
            )
        );
        assert_eq!(filter_expression(&SearchRequest::default()), None);
    }

    #[test]
    fn queries_are_normalised_with_darija_read_in_arabic() {
        assert_eq!(query_text("Huile d’ARGANE"), "huile argane");
        assert_eq!(
            query_text("3sel"),
            "3sel",
            "known to the synonyms: Meilisearch expands it"
        );
        assert_eq!(query_text("7rira"), "حريره");
        assert_eq!(query_text("زَيْتُ الأَرْكان"), "زيت اركان");
    }
}
