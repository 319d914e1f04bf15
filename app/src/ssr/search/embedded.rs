//! The embedded search engine: a tantivy index in `data/search/` (or in memory for tests), no
//! server to run. Text arrives normalised by `domain::search`, so a whitespace tokenizer is all
//! the analysis it needs; typos and prefixes are fuzzy term queries, synonyms and Darija readings
//! are alternative terms, facets are counted from the fast-field columns, and hits are named from
//! two fast-field columns holding the product's id (no stored documents to decompress).
//!
//! Searches run on blocking threads, at most as many at once as there are cores: beyond that they
//! wait their turn (first come, first served) rather than share the cores, so a burst of requests
//! does not make every one of them slow, and a few costly searches do not hold up cheap ones by
//! slicing the cores between twenty threads.

use super::{
    Facets, SearchDoc, SearchError, SearchIndex, SearchRequest, SearchResults, SearchSort,
    query_terms,
};
use domain::search::{QueryTerm, normalise, typo_budget};
use std::{
    collections::{BTreeMap, btree_map::Entry},
    ops::Bound,
    path::Path,
    sync::{Arc, Mutex},
    time::Duration,
};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score, Searcher,
    SegmentOrdinal, SegmentReader, TantivyDocument, Term,
    collector::{Collector, Count, SegmentCollector, TopDocs},
    columnar::{Column, StrColumn},
    directory::MmapDirectory,
    query::{
        AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query,
        RangeQuery, TermQuery,
    },
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
    },
    tokenizer::{TextAnalyzer, WhitespaceTokenizer},
};
use tokio::sync::Semaphore;
use uuid::Uuid;

/// The tokenizer of normalised text: words are what spaces separate.
const TOKENIZER: &str = "taawon";

/// How often [`EmbeddedIndex::settle`] tries to merge before leaving the segments as they are
/// (it waits 100 ms between tries).
const MERGE_ATTEMPTS: usize = 100;

/// Memory the writer may use before it flushes a segment.
const WRITER_MEMORY: usize = 50_000_000;

#[derive(Clone, Copy)]
struct Fields {
    /// The product id as text: what updates and deletions find a document by.
    id: Field,
    /// The product id's two halves, read back for each hit.
    id_high: Field,
    id_low: Field,
    title: Field,
    body: Field,
    categories: Field,
    region: Field,
    cooperative: Field,
    labels: Field,
    price: Field,
    in_stock: Field,
    women_led: Field,
    rating: Field,
    created: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        id: builder.add_text_field("id", STRING),
        id_high: builder.add_u64_field("id_high", FAST),
        id_low: builder.add_u64_field("id_low", FAST),
        title: builder.add_text_field("title", text.clone()),
        body: builder.add_text_field("body", text),
        categories: builder.add_text_field("categories", STRING | FAST),
        region: builder.add_text_field("region", STRING | FAST),
        cooperative: builder.add_text_field("cooperative", STRING | FAST),
        labels: builder.add_text_field("labels", STRING | FAST),
        price: builder.add_i64_field("price", INDEXED | FAST),
        in_stock: builder.add_u64_field("in_stock", INDEXED | FAST),
        women_led: builder.add_u64_field("women_led", INDEXED | FAST),
        rating: builder.add_i64_field("rating", FAST),
        created: builder.add_i64_field("created", FAST),
    };
    (builder.build(), fields)
}

/// The embedded engine.
#[derive(Clone)]
pub struct EmbeddedIndex {
    reader: IndexReader,
    writer: Arc<Mutex<IndexWriter>>,
    fields: Fields,
    /// Searches running at once, at most one per core.
    running: Arc<Semaphore>,
}

impl EmbeddedIndex {
    /// An index kept in memory (tests, benchmarks).
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        Self::from_index(Index::create_in_ram(schema), fields)
    }

    /// The index in `dir`, created when missing. An index written by an older schema is set
    /// aside and a fresh one made; the second value says the index starts empty, so the caller
    /// rebuilds it from the database.
    pub fn open(dir: &Path) -> Result<(Self, bool), SearchError> {
        let (schema, fields) = schema();
        std::fs::create_dir_all(dir).map_err(SearchError::from)?;
        let opened = MmapDirectory::open(dir)
            .map_err(SearchError::from)
            .and_then(|d| Index::open_or_create(d, schema.clone()).map_err(SearchError::from));
        let index = match opened {
            Ok(index) => index,
            Err(e) => {
                tracing::warn!(error = %e, "search index unreadable or of an older schema; starting afresh");
                std::fs::remove_dir_all(dir).map_err(SearchError::from)?;
                std::fs::create_dir_all(dir).map_err(SearchError::from)?;
                let directory = MmapDirectory::open(dir).map_err(SearchError::from)?;
                Index::create(directory, schema, Default::default()).map_err(SearchError::from)?
            }
        };
        let engine = Self::from_index(index, fields)?;
        let empty = engine.reader.searcher().num_docs() == 0;
        Ok((engine, empty))
    }

    /// How many segments searches visit now.
    pub fn segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    fn from_index(index: Index, fields: Fields) -> Result<Self, SearchError> {
        index.tokenizers().register(
            TOKENIZER,
            TextAnalyzer::builder(WhitespaceTokenizer::default()).build(),
        );
        let writer = index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(SearchError::from)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(SearchError::from)?;
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Ok(Self {
            reader,
            writer: Arc::new(Mutex::new(writer)),
            fields,
            running: Arc::new(Semaphore::new(cores)),
        })
    }

    fn document(&self, doc: &SearchDoc) -> TantivyDocument {
        let f = self.fields;
        let mut out = TantivyDocument::default();
        out.add_text(f.id, doc.id.to_string());
        let (high, low) = doc.id.as_u64_pair();
        out.add_u64(f.id_high, high);
        out.add_u64(f.id_low, low);
        out.add_text(f.title, normalise(&doc.titles.join(" ")));
        out.add_text(f.body, normalise(&doc.body.join(" ")));
        for category in &doc.categories {
            out.add_text(f.categories, category);
        }
        out.add_text(f.region, &doc.region);
        out.add_text(f.cooperative, &doc.cooperative);
        for label in &doc.labels {
            out.add_text(f.labels, label);
        }
        out.add_i64(f.price, doc.price_centimes);
        out.add_u64(f.in_stock, u64::from(doc.in_stock));
        out.add_u64(f.women_led, u64::from(doc.women_led));
        out.add_i64(f.rating, doc.rating);
        out.add_i64(f.created, doc.created_at);
        out
    }

    /// Runs `change` on the writer, commits and makes it visible to searches.
    async fn write(
        &self,
        change: impl FnOnce(&IndexWriter, Fields) -> Result<(), SearchError> + Send + 'static,
    ) -> Result<(), SearchError> {
        let writer = self.writer.clone();
        let reader = self.reader.clone();
        let fields = self.fields;
        tokio::task::spawn_blocking(move || {
            let mut writer = locked(&writer)?;
            change(&writer, fields)?;
            writer.commit().map_err(SearchError::from)?;
            reader.reload().map_err(SearchError::from)
        })
        .await
        .map_err(SearchError::from)?
    }

    /// The query for the words of a search; `None` when there are none.
    fn text_query(&self, terms: &[QueryTerm], all_words: bool) -> Option<Box<dyn Query>> {
        let last = terms.len().checked_sub(1)?;
        let words: Vec<(Occur, Box<dyn Query>)> = terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (field, weight) in [(self.fields.title, 2.0), (self.fields.body, 1.0)] {
                    let exact = Term::from_field_text(field, &term.word);
                    any.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(TermQuery::new(exact.clone(), IndexRecordOption::WithFreqs)),
                            3.0 * weight,
                        )),
                    ));
                    let typos = u8::try_from(typo_budget(term.word.chars().count())).unwrap_or(2);
                    // The last word may be unfinished (results as you type).
                    let loose = if i == last {
                        Some(FuzzyTermQuery::new_prefix(exact, typos, true))
                    } else {
                        (typos > 0).then(|| FuzzyTermQuery::new(exact, typos, true))
                    };
                    if let Some(loose) = loose {
                        any.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(Box::new(loose), weight)),
                        ));
                    }
                    for alternative in &term.alternatives {
                        any.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(
                                Box::new(TermQuery::new(
                                    Term::from_field_text(field, alternative),
                                    IndexRecordOption::WithFreqs,
                                )),
                                2.5 * weight,
                            )),
                        ));
                    }
                }
                let occur = if all_words {
                    Occur::Must
                } else {
                    Occur::Should
                };
                (occur, Box::new(BooleanQuery::new(any)) as Box<dyn Query>)
            })
            .collect();
        Some(Box::new(BooleanQuery::new(words)))
    }

    fn filter_queries(&self, request: &SearchRequest) -> Vec<(Occur, Box<dyn Query>)> {
        let f = self.fields;
        let filters = &request.filters;
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let one_of = |field: Field, values: &[String]| -> Option<Box<dyn Query>> {
            (!values.is_empty()).then(|| {
                Box::new(BooleanQuery::new(
                    values
                        .iter()
                        .map(|v| {
                            (
                                Occur::Should,
                                Box::new(TermQuery::new(
                                    Term::from_field_text(field, v),
                                    IndexRecordOption::Basic,
                                )) as Box<dyn Query>,
                            )
                        })
                        .collect(),
                )) as Box<dyn Query>
            })
        };
        for (field, values) in [
            (f.categories, &filters.categories),
            (f.region, &filters.regions),
            (f.cooperative, &filters.cooperatives),
        ] {
            if let Some(q) = one_of(field, values) {
                out.push((Occur::Must, q));
            }
        }
        for label in &filters.labels {
            out.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.labels, label),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if filters.price_min.is_some() || filters.price_max.is_some() {
            let bound = |v: Option<i64>| match v {
                Some(v) => Bound::Included(Term::from_field_i64(f.price, v)),
                None => Bound::Unbounded,
            };
            out.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    bound(filters.price_min),
                    bound(filters.price_max),
                )),
            ));
        }
        for (on, field) in [
            (filters.in_stock, f.in_stock),
            (filters.women_led, f.women_led),
        ] {
            if on {
                out.push((
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_field_u64(field, 1),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
        }
        // Filters narrow; they do not score.
        out.into_iter()
            .map(|(occur, q)| {
                (
                    occur,
                    Box::new(ConstScoreQuery::new(q, 0.0)) as Box<dyn Query>,
                )
            })
            .collect()
    }

    fn run(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let terms = query_terms(&request.query);
        let first = self.run_with(request, &terms, true)?;
        // No product has every word: show those with some of them rather than nothing.
        if first.total == 0 && terms.len() > 1 {
            return self.run_with(request, &terms, false);
        }
        Ok(first)
    }

    fn run_with(
        &self,
        request: &SearchRequest,
        terms: &[QueryTerm],
        all_words: bool,
    ) -> Result<SearchResults, SearchError> {
        let mut clauses = self.filter_queries(request);
        match self.text_query(terms, all_words) {
            Some(text) => clauses.push((Occur::Must, text)),
            None => clauses.push((Occur::Must, Box::new(AllQuery))),
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = request.limit.max(1);
        let top = TopDocs::with_limit(limit).and_offset(request.offset);
        let ((addresses, total), facets) = if request.skip_facets {
            (
                self.collect(&searcher, &query, request.sort, top, Count)?,
                None,
            )
        } else {
            let (addresses, (total, facets)) =
                self.collect(&searcher, &query, request.sort, top, (Count, FacetCounter))?;
            ((addresses, total), Some(facets))
        };
        let ids = ids_of(&searcher, &addresses)?;
        Ok(SearchResults {
            ids,
            total: total as u64,
            facets: facets.unwrap_or_default(),
        })
    }

    /// The page of hits `top` asks for, in `sort`'s order, with what `rest` collects beside it.
    fn collect<C>(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        sort: SearchSort,
        top: TopDocs,
        rest: C,
    ) -> Result<(Vec<DocAddress>, C::Fruit), SearchError>
    where
        C: Collector,
    {
        Ok(match sort {
            SearchSort::Relevance => {
                let (hits, rest) = searcher
                    .search(query, &(top, rest))
                    .map_err(SearchError::from)?;
                (hits.into_iter().map(|(_, a)| a).collect(), rest)
            }
            sort => {
                let (field, order) = match sort {
                    SearchSort::PriceAsc => ("price", Order::Asc),
                    SearchSort::PriceDesc => ("price", Order::Desc),
                    SearchSort::Newest => ("created", Order::Desc),
                    _ => ("rating", Order::Desc),
                };
                let (hits, rest) = searcher
                    .search(query, &(top.order_by_fast_field::<i64>(field, order), rest))
                    .map_err(SearchError::from)?;
                (hits.into_iter().map(|(_, a)| a).collect(), rest)
            }
        })
    }
}

/// The writer, for the one thread writing.
fn locked(
    writer: &Mutex<IndexWriter>,
) -> Result<std::sync::MutexGuard<'_, IndexWriter>, SearchError> {
    writer
        .lock()
        .map_err(|_| SearchError("search writer poisoned".into()))
}

/// The product ids of hits, in their order, from the id columns.
fn ids_of(searcher: &Searcher, addresses: &[DocAddress]) -> Result<Vec<Uuid>, SearchError> {
    let mut columns: BTreeMap<SegmentOrdinal, (Column<u64>, Column<u64>)> = BTreeMap::new();
    let mut ids = Vec::with_capacity(addresses.len());
    for address in addresses {
        let (high, low) = match columns.entry(address.segment_ord) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let fast = searcher.segment_reader(address.segment_ord).fast_fields();
                e.insert((
                    fast.u64("id_high").map_err(SearchError::from)?,
                    fast.u64("id_low").map_err(SearchError::from)?,
                ))
            }
        };
        if let (Some(high), Some(low)) = (high.first(address.doc_id), low.first(address.doc_id)) {
            ids.push(Uuid::from_u64_pair(high, low));
        }
    }
    Ok(ids)
}

/// The faceted string fields, in the order [`FacetCounter`] counts them.
const FACET_FIELDS: [&str; 4] = ["categories", "region", "cooperative", "labels"];

/// Counts facet values over every match straight from the fast-field columns: per segment, one
/// counter per term ordinal, named once at the end (no per-document allocation, no JSON).
struct FacetCounter;

struct SegmentFacetCounter {
    columns: [Option<StrColumn>; 4],
    counts: [Vec<u64>; 4],
    in_stock: Column<u64>,
    women_led: Column<u64>,
    in_stock_count: u64,
    women_led_count: u64,
}

impl Collector for FacetCounter {
    type Fruit = Facets;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let fast = reader.fast_fields();
        let columns = [
            fast.str(FACET_FIELDS[0])?,
            fast.str(FACET_FIELDS[1])?,
            fast.str(FACET_FIELDS[2])?,
            fast.str(FACET_FIELDS[3])?,
        ];
        let counts = columns
            .each_ref()
            .map(|c| vec![0; c.as_ref().map_or(0, |c| c.num_terms())]);
        Ok(SegmentFacetCounter {
            columns,
            counts,
            in_stock: fast.u64("in_stock")?,
            women_led: fast.u64("women_led")?,
            in_stock_count: 0,
            women_led_count: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Facets>) -> tantivy::Result<Facets> {
        let mut out = Facets::default();
        for segment in segments {
            for (into, from) in [
                (&mut out.categories, segment.categories),
                (&mut out.regions, segment.regions),
                (&mut out.cooperatives, segment.cooperatives),
                (&mut out.labels, segment.labels),
            ] {
                for (value, count) in from {
                    *into.entry(value).or_default() += count;
                }
            }
            out.in_stock += segment.in_stock;
            out.women_led += segment.women_led;
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Facets;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (column, counts) in self.columns.iter().zip(self.counts.iter_mut()) {
            if let Some(column) = column {
                for ord in column.term_ords(doc) {
                    if let Some(count) = counts.get_mut(ord as usize) {
                        *count += 1;
                    }
                }
            }
        }
        self.in_stock_count += u64::from(self.in_stock.first(doc) == Some(1));
        self.women_led_count += u64::from(self.women_led.first(doc) == Some(1));
    }

    fn harvest(self) -> Facets {
        let name = |i: usize| {
            let mut named = BTreeMap::new();
            if let Some(column) = &self.columns[i] {
                for (ord, &count) in self.counts[i].iter().enumerate() {
                    let mut value = String::new();
                    if count > 0 && matches!(column.ord_to_str(ord as u64, &mut value), Ok(true)) {
                        named.insert(value, count);
                    }
                }
            }
            named
        };
        let [categories, regions, cooperatives, labels] = std::array::from_fn(name);
        Facets {
            categories,
            regions,
            cooperatives,
            labels,
            in_stock: self.in_stock_count,
            women_led: self.women_led_count,
        }
    }
}

#[async_trait::async_trait]
impl SearchIndex for EmbeddedIndex {
    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        let prepared: Vec<(String, TantivyDocument)> = docs
            .iter()
            .map(|d| (d.id.to_string(), self.document(d)))
            .collect();
        self.write(move |writer, fields| {
            for (id, doc) in prepared {
                writer.delete_term(Term::from_field_text(fields.id, &id));
                writer.add_document(doc).map_err(SearchError::from)?;
            }
            Ok(())
        })
        .await
    }

    async fn delete(&self, ids: Vec<Uuid>) -> Result<(), SearchError> {
        self.write(move |writer, fields| {
            for id in ids {
                writer.delete_term(Term::from_field_text(fields.id, &id.to_string()));
            }
            Ok(())
        })
        .await
    }

    async fn clear(&self) -> Result<(), SearchError> {
        self.write(|writer, _| {
            writer
                .delete_all_documents()
                .map(|_| ())
                .map_err(SearchError::from)
        })
        .await
    }

    async fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let turn = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| SearchError("search closed".into()))?;
        let engine = self.clone();
        let request = request.clone();
        tokio::task::spawn_blocking(move || {
            let _turn = turn;
            engine.run(&request)
        })
        .await
        .map_err(SearchError::from)?
    }

    /// Merges every segment into one, once merges already under way have ended: a bulk fill
    /// leaves one small segment per batch, and each costs every search a visit.
    async fn settle(&self) -> Result<(), SearchError> {
        let writer = self.writer.clone();
        let reader = self.reader.clone();
        tokio::task::spawn_blocking(move || {
            for _ in 0..MERGE_ATTEMPTS {
                let mut writer = locked(&writer)?;
                let segments = writer
                    .index()
                    .searchable_segment_ids()
                    .map_err(SearchError::from)?;
                if segments.len() <= 1 {
                    break;
                }
                // Refused while the merge policy is merging some of them: wait and try again.
                if writer.merge(&segments).wait().is_ok() {
                    break;
                }
                drop(writer);
                std::thread::sleep(Duration::from_millis(100));
            }
            reader.reload().map_err(SearchError::from)
        })
        .await
        .map_err(SearchError::from)?
    }

    async fn count(&self) -> Result<u64, SearchError> {
        Ok(self.reader.searcher().num_docs())
    }

    fn name(&self) -> &'static str {
        "embedded"
    }
}
