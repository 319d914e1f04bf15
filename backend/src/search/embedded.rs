//! The embedded search engine: a tantivy index in `data/search/` (or in memory for tests), no
//! server to run. Text arrives normalised by `domain::search`, so a whitespace tokenizer is all
//! the analysis it needs; typos and prefixes are Levenshtein automata over the term dictionary,
//! synonyms and Darija readings are alternative terms (see `text_query`), facets are counted from
//! the fast-field columns, and hits are named from two fast-field columns holding the product's
//! id (no stored documents to decompress).
//!
//! Searches run on the engine's own threads, one per core, which take them from one queue in the
//! order they came: beyond one per core they wait their turn rather than share the cores, so a
//! burst of requests does not make every one of them slow, and a few costly searches do not hold
//! up cheap ones by slicing the cores between twenty threads. A thread that ends a search takes
//! the next waiting one at once; handing each search to a pooled blocking thread when a turn
//! freed up (as before) left the cores idle a third of the time under load (`perf`).
//!
//! `words.rs` holds the term-dictionary automaton of typos, prefixes and word lists;
//! `facets.rs` the collector that counts facets.

mod facets;
mod words;

use super::{
    SearchDoc, SearchError, SearchIndex, SearchRequest, SearchResults, SearchSort, query_terms,
};
use domain::search::{QueryTerm, normalise, typo_budget};
use facets::FacetCounter;
use std::{
    collections::{BTreeMap, btree_map::Entry},
    ops::Bound,
    path::Path,
    sync::{Arc, Mutex},
    time::Duration,
};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score, Searcher,
    SegmentOrdinal, TantivyDocument, Term,
    collector::{Collector, Count, TopDocs},
    columnar::Column,
    directory::MmapDirectory,
    query::{
        AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery,
    },
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
    },
    tokenizer::{TextAnalyzer, WhitespaceTokenizer},
};
use uuid::Uuid;
use words::{Words, WordsQuery};

/// The tokenizer of normalised text: words are what spaces separate.
const TOKENIZER: &str = "taawon";

/// How often [`EmbeddedIndex::settle`] tries to merge before leaving the segments as they are
/// (it waits 100 ms between tries).
const MERGE_ATTEMPTS: usize = 100;

/// An alternative word found in at most this many documents (of a field) is scored by BM25 on its
/// own; a commoner one joins a constant-score word list (see `EmbeddedIndex::text_query`).
const SCORED_ALTERNATIVE_DOCS: u64 = 1_000;

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
    sector: Field,
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
        sector: builder.add_text_field("sector", STRING | FAST),
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

/// A search waiting for a search thread (it sends its own answer).
type Search = Box<dyn FnOnce() + Send>;

/// Starts `cores` threads running searches from one queue, in order, `niceness` steps below the
/// server's priority ([`SEARCH_NICENESS`]); they end when every sender is gone. A search that
/// panics answers nothing (its asker gets an error) and the thread
/// goes on with the next.
fn search_threads(
    cores: usize,
    niceness: u8,
) -> Result<crossbeam_channel::Sender<Search>, SearchError> {
    let (sender, queue) = crossbeam_channel::unbounded::<Search>();
    for n in 0..cores.max(1) {
        let queue = queue.clone();
        std::thread::Builder::new()
            .name(format!("search-{n}"))
            .spawn(move || {
                lower_priority(niceness);
                for search in queue {
                    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(search)).is_err() {
                        tracing::error!("a search panicked");
                    }
                }
            })
            .map_err(SearchError::from)?;
    }
    Ok(sender)
}

/// How far below the rest of the server the search threads' scheduling priority is by default
/// (nice steps; `TAAWON_SEARCH_NICENESS`). Searching is the server's one long piece of work;
/// everything else a request does (reading it, checking revisions, the database, rendering,
/// answering) is short. When the cores are busy searching, those short steps get a core at once
/// instead of queueing behind searches for their share: a burst of searches adds less to every
/// other request's wait (a product page, a checkout, a search's own answer once found), for a
/// little more time per search. Measured in the search benchmark (docs/benchmarks.md).
pub const SEARCH_NICENESS: u8 = 10;

/// Lowers the calling thread's priority by `niceness` steps (on Linux, where a nice value is a
/// thread's own; elsewhere the threads keep the server's priority).
fn lower_priority(niceness: u8) {
    #[cfg(target_os = "linux")]
    if niceness > 0 {
        let me = Some(rustix::thread::gettid());
        let lowered = rustix::process::getpriority_process(me).and_then(|now| {
            rustix::process::setpriority_process(me, (now + i32::from(niceness)).min(19))
        });
        if let Err(e) = lowered {
            tracing::warn!(error = %e, "the search threads keep the server's priority");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = niceness;
}

/// The embedded engine.
#[derive(Clone)]
pub struct EmbeddedIndex {
    reader: IndexReader,
    writer: Arc<Mutex<IndexWriter>>,
    fields: Fields,
    /// The queue the search threads (one per core) take searches from; they end when the last
    /// copy of the index is dropped.
    searches: crossbeam_channel::Sender<Search>,
    /// See [`SCORED_ALTERNATIVE_DOCS`] (lowered by tests, to take the word-list path on a small
    /// catalog).
    scored_alternative_docs: u64,
}

impl EmbeddedIndex {
    /// An index kept in memory (tests, benchmarks).
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        Self::from_index(Index::create_in_ram(schema), fields, SEARCH_NICENESS)
    }

    /// The index in `dir`, created when missing. An index written by an older schema is set
    /// aside and a fresh one made; the second value says the index starts empty, so the caller
    /// rebuilds it from the database. Searches run `niceness` steps below the server's priority.
    pub fn open(dir: &Path, niceness: u8) -> Result<(Self, bool), SearchError> {
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
        let engine = Self::from_index(index, fields, niceness)?;
        let empty = engine.reader.searcher().num_docs() == 0;
        Ok((engine, empty))
    }

    /// How many segments searches visit now.
    pub fn segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    fn from_index(index: Index, fields: Fields, niceness: u8) -> Result<Self, SearchError> {
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
            searches: search_threads(cores, niceness)?,
            scored_alternative_docs: SCORED_ALTERNATIVE_DOCS,
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
        out.add_text(f.sector, &doc.sector);
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
    ///
    /// Each word is looked for in the title (counting double) and the rest of the text: as typed
    /// (BM25), as one of its alternatives (synonyms, Darija readings), and within its typo budget
    /// or, for the last word, as the start of a longer one (a lower constant score). Alternatives
    /// found in few documents are scored one by one (BM25); the common ones, whose long postings
    /// are what a broad query costs, as one word list with one constant score (a common word's
    /// BM25 weight is small and nearly flat anyway). The typo and prefix query leaves out the word
    /// and its alternatives, so their postings are not read a second time.
    fn text_query(
        &self,
        searcher: &Searcher,
        terms: &[QueryTerm],
        all_words: bool,
    ) -> Option<Box<dyn Query>> {
        let last = terms.len().checked_sub(1)?;
        let words: Vec<(Occur, Box<dyn Query>)> = terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let typos = u8::try_from(typo_budget(term.word.chars().count())).unwrap_or(2);
                // The last word may be unfinished (results as you type).
                let prefix = i == last;
                let known: Vec<&str> = std::iter::once(term.word.as_str())
                    .chain(term.alternatives.iter().map(String::as_str))
                    .collect();
                let loose = (prefix || typos > 0)
                    .then(|| Arc::new(Words::loose(&term.word, typos, prefix, &known)));
                let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                let mut should = |query: Box<dyn Query>, boost: Score| {
                    any.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
                };
                for (field, weight) in [(self.fields.title, 2.0), (self.fields.body, 1.0)] {
                    let scored = |word: &str| {
                        TermQuery::new(
                            Term::from_field_text(field, word),
                            IndexRecordOption::WithFreqs,
                        )
                    };
                    should(Box::new(scored(&term.word)), 3.0 * weight);
                    let (rare, common): (Vec<&str>, Vec<&str>) = term
                        .alternatives
                        .iter()
                        .map(String::as_str)
                        .partition(|word| {
                            searcher
                                .doc_freq(&Term::from_field_text(field, word))
                                .is_ok_and(|docs| docs <= self.scored_alternative_docs)
                        });
                    for word in rare {
                        should(Box::new(scored(word)), 2.5 * weight);
                    }
                    for list in common.chunks(Words::MAX_LISTED) {
                        should(
                            Box::new(WordsQuery::new(field, Arc::new(Words::any_of(list)))),
                            2.5 * weight,
                        );
                    }
                    if let Some(loose) = &loose {
                        should(Box::new(WordsQuery::new(field, loose.clone())), weight);
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
            (f.sector, &filters.sectors),
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
        let searcher = self.reader.searcher();
        let mut clauses = self.filter_queries(request);
        match self.text_query(&searcher, terms, all_words) {
            Some(text) => clauses.push((Occur::Must, text)),
            None => clauses.push((Occur::Must, Box::new(AllQuery))),
        }
        let query = BooleanQuery::new(clauses);
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
        let (reply, answer) = tokio::sync::oneshot::channel();
        let engine = self.clone();
        let request = request.clone();
        let search: Search = Box::new(move || {
            // Whoever asked may have gone while it waited (a client that hung up).
            if !reply.is_closed() {
                let _ = reply.send(engine.run(&request));
            }
        });
        self.searches
            .send(search)
            .map_err(|_| SearchError("the search threads stopped".into()))?;
        answer
            .await
            .map_err(|_| SearchError("the search failed".into()))?
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

#[cfg(test)]
mod tests {
    use super::*;

    fn product(n: u128, titles: &[&str], category: &str) -> SearchDoc {
        SearchDoc {
            id: Uuid::from_u128(n),
            titles: titles.iter().map(|t| (*t).to_owned()).collect(),
            body: vec![format!("Coopérative {n}")],
            category: category.to_owned(),
            categories: vec![category.to_owned()],
            region: "souss-massa".into(),
            sector: "agriculture".into(),
            cooperative: format!("coop-{n}"),
            labels: Vec::new(),
            price_centimes: 10_000,
            in_stock: true,
            women_led: false,
            rating: 0,
            created_at: 0,
        }
    }

    /// Alternatives found in many documents are matched through one word list, the others one by
    /// one: both ways find the same products. The demo catalog is too small to reach the list
    /// (its alternatives are all rare), so this takes it by lowering the threshold to nothing.
    #[test]
    fn common_alternatives_in_a_word_list_find_what_scoring_each_finds() {
        let mut index = EmbeddedIndex::in_memory().unwrap();
        {
            let writer = locked(&index.writer).unwrap();
            for doc in [
                product(1, &["Huile d'argan", "زيت أركان", "Argan oil"], "argan"),
                product(
                    2,
                    &["Huile d'olive", "زيت الزيتون", "Olive oil"],
                    "olive-oil",
                ),
                product(3, &["Miel de thym", "عسل الزعتر", "Thyme honey"], "honey"),
                product(
                    4,
                    &["Amlou aux amandes", "أملو باللوز", "Almond amlou"],
                    "amlou",
                ),
                product(
                    5,
                    &["Tapis berbère", "زربية أمازيغية", "Berber rug"],
                    "rugs",
                ),
            ] {
                writer.add_document(index.document(&doc)).unwrap();
            }
        }
        locked(&index.writer).unwrap().commit().unwrap();
        index.reader.reload().unwrap();
        let found = |index: &EmbeddedIndex, q: &str| {
            let results = index
                .run(&SearchRequest {
                    query: q.into(),
                    limit: 10,
                    ..SearchRequest::default()
                })
                .unwrap();
            let mut ids: Vec<u128> = results.ids.iter().map(|id| id.as_u128()).collect();
            ids.sort_unstable();
            (results.total, ids)
        };
        let queries = [
            ("zit argan", vec![1]),
            ("3sel", vec![3]),
            ("honey", vec![3]),
            ("zerbiya", vec![5]),
            ("tapis", vec![5]),
            ("oil", vec![1, 2]),
            ("زيت", vec![1, 2]),
            ("amlou", vec![4]),
        ];
        let scored: Vec<_> = queries.iter().map(|(q, _)| found(&index, q)).collect();
        index.scored_alternative_docs = 0;
        for ((q, expected), one_by_one) in queries.iter().zip(scored) {
            let listed = found(&index, q);
            assert_eq!(
                listed, one_by_one,
                "{q}: the word list finds what scoring finds"
            );
            assert_eq!(listed.1, *expected, "{q}");
        }
    }

    /// The search threads run the given number of steps below the priority of the thread that
    /// started them (capped at the lowest), and at the same priority when asked for none.
    #[cfg(target_os = "linux")]
    #[test]
    fn searches_run_below_the_servers_priority() {
        let own = rustix::process::getpriority_process(None).unwrap();
        for (niceness, expected) in [(3, (own + 3).min(19)), (0, own)] {
            let (schema, fields) = schema();
            let index =
                EmbeddedIndex::from_index(Index::create_in_ram(schema), fields, niceness).unwrap();
            let (tx, rx) = std::sync::mpsc::channel();
            for _ in 0..2 {
                let tx = tx.clone();
                index
                    .searches
                    .send(Box::new(move || {
                        let _ = tx.send(rustix::process::getpriority_process(None));
                    }))
                    .unwrap();
            }
            for _ in 0..2 {
                let seen = rx.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
                assert_eq!(seen, expected, "niceness {niceness}");
            }
        }
    }
}
