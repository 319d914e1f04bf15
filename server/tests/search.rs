//! The search conformance suite: one set of checks every `SearchIndex` adapter must pass (typo
//! tolerance, prefixes, filters, facet counts, sorts, pagination, normalisation, synonyms and
//! Darija, updates and deletes). Each check runs on the embedded engine, and on Meilisearch when
//! `MEILISEARCH_URL` is set (it says so when it skips).

use crate::helpers::{Spawn, eventually, spawn_app_with};
use backend::search::{
    SearchDoc, SearchError, SearchFilters, SearchIndex, SearchRequest, SearchResults, SearchSort,
    embedded::EmbeddedIndex, sync,
};
use std::sync::{
    Arc,
    atomic::{AtomicBool, AtomicUsize, Ordering},
};
use uuid::Uuid;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

fn doc(
    n: u128,
    titles: [&str; 3],
    categories: &[&str],
    region: &str,
    cooperative: &str,
    labels: &[&str],
    price_centimes: i64,
    (in_stock, women_led): (bool, bool),
) -> SearchDoc {
    SearchDoc {
        id: id(n),
        titles: titles.iter().map(|t| (*t).to_owned()).collect(),
        body: vec![format!("Coopérative {cooperative}")],
        category: categories[0].to_owned(),
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        region: region.to_owned(),
        sector: if region == "oriental" {
            "handicraft"
        } else {
            "agriculture"
        }
        .to_owned(),
        cooperative: cooperative.to_owned(),
        labels: labels.iter().map(|l| (*l).to_owned()).collect(),
        price_centimes,
        in_stock,
        women_led,
        rating: 0,
        created_at: 1_700_000_000 + n as i64 * 100,
    }
}

/// Six products across scripts and categories.
pub(crate) fn catalog() -> Vec<SearchDoc> {
    vec![
        doc(
            1,
            [
                "زيت أركان غذائي",
                "Huile d'argan alimentaire",
                "Culinary argan oil",
            ],
            &["argan-culinary", "argan-oils"],
            "souss-massa",
            "tifawt",
            &["organic"],
            15_000,
            (true, true),
        ),
        doc(
            2,
            ["أملو باللوز", "Amlou aux amandes", "Almond amlou"],
            &["amlou", "honey-amlou"],
            "souss-massa",
            "tifawt",
            &[],
            9_000,
            (true, true),
        ),
        doc(
            3,
            ["عسل الزعتر", "Miel de thym", "Thyme honey"],
            &["honey", "honey-amlou"],
            "draa-tafilalet",
            "nahla",
            &["organic", "igp"],
            25_000,
            (false, false),
        ),
        doc(
            4,
            ["زعفران تالوين", "Safran de Taliouine", "Taliouine saffron"],
            &["saffron"],
            "souss-massa",
            "taliouine",
            &["aop"],
            6_000,
            (true, false),
        ),
        doc(
            5,
            ["زربية أمازيغية", "Tapis berbère", "Berber rug"],
            &["rugs-textiles"],
            "beni-mellal-khenifra",
            "azilal",
            &[],
            180_000,
            (true, true),
        ),
        doc(
            6,
            ["سكسو بالشعير", "Couscous d'orge", "Barley couscous"],
            &["couscous-grains"],
            "oriental",
            "berkane",
            &[],
            3_500,
            (true, false),
        ),
    ]
}

async fn loaded(index: &dyn SearchIndex) {
    index.clear().await.expect("clear");
    index.upsert(catalog()).await.expect("upsert");
    assert_eq!(index.count().await.expect("count"), 6);
}

async fn ids(index: &dyn SearchIndex, request: SearchRequest) -> Vec<u128> {
    index
        .search(&SearchRequest {
            limit: if request.limit == 0 {
                20
            } else {
                request.limit
            },
            ..request
        })
        .await
        .expect("search")
        .ids
        .into_iter()
        .map(|u| u.as_u128())
        .collect()
}

async fn find(index: &dyn SearchIndex, query: &str) -> Vec<u128> {
    ids(
        index,
        SearchRequest {
            query: query.into(),
            ..SearchRequest::default()
        },
    )
    .await
}

async fn finds_first(index: &dyn SearchIndex, query: &str, expected: u128) {
    let found = find(index, query).await;
    assert_eq!(found.first(), Some(&expected), "{query:?} found {found:?}");
}

async fn typos_are_tolerated(index: &dyn SearchIndex) {
    loaded(index).await;
    finds_first(index, "hulie argan", 1).await;
    finds_first(index, "safrn", 4).await;
    finds_first(index, "couscuos", 6).await;
    finds_first(index, "taliuoine", 4).await;
    // Short words must be spelt right: "rig" is not "rug".
    assert!(find(index, "rig").await.is_empty());
}

async fn prefixes_match_as_you_type(index: &dyn SearchIndex) {
    loaded(index).await;
    finds_first(index, "saf", 4).await;
    finds_first(index, "زعف", 4).await;
    finds_first(index, "huile d'ar", 1).await;
}

async fn filters_narrow_results(index: &dyn SearchIndex) {
    loaded(index).await;
    let with = |filters: SearchFilters| SearchRequest {
        filters,
        ..SearchRequest::default()
    };
    let mut organic = ids(
        index,
        with(SearchFilters {
            labels: vec!["organic".into()],
            ..SearchFilters::default()
        }),
    )
    .await;
    organic.sort_unstable();
    assert_eq!(organic, [1, 3]);
    let mut honey_amlou = ids(
        index,
        with(SearchFilters {
            categories: vec!["honey-amlou".into()],
            in_stock: true,
            ..SearchFilters::default()
        }),
    )
    .await;
    honey_amlou.sort_unstable();
    assert_eq!(honey_amlou, [2], "the honey is out of stock");
    let mut cheap_women_led = ids(
        index,
        with(SearchFilters {
            price_max: Some(15_000),
            women_led: true,
            ..SearchFilters::default()
        }),
    )
    .await;
    cheap_women_led.sort_unstable();
    assert_eq!(cheap_women_led, [1, 2]);
    let mut souss_between = ids(
        index,
        with(SearchFilters {
            regions: vec!["souss-massa".into(), "oriental".into()],
            price_min: Some(5_000),
            price_max: Some(10_000),
            ..SearchFilters::default()
        }),
    )
    .await;
    souss_between.sort_unstable();
    assert_eq!(souss_between, [2, 4]);
    let handicraft = ids(
        index,
        with(SearchFilters {
            sectors: vec!["handicraft".into()],
            ..SearchFilters::default()
        }),
    )
    .await;
    assert_eq!(handicraft, [6]);
    // A value that looks like filter syntax is only a value.
    let injected = ids(
        index,
        with(SearchFilters {
            cooperatives: vec!["tifawt\" OR cooperative = \"nahla".into()],
            ..SearchFilters::default()
        }),
    )
    .await;
    assert!(injected.is_empty(), "{injected:?}");
    let text_and_filter = ids(
        index,
        SearchRequest {
            query: "amlou".into(),
            filters: SearchFilters {
                cooperatives: vec!["nahla".into()],
                ..SearchFilters::default()
            },
            ..SearchRequest::default()
        },
    )
    .await;
    assert!(text_and_filter.is_empty());
}

async fn facets_count_what_matched(index: &dyn SearchIndex) {
    loaded(index).await;
    let all = index
        .search(&SearchRequest {
            limit: 20,
            ..SearchRequest::default()
        })
        .await
        .expect("search");
    assert_eq!(all.total, 6);
    assert_eq!(all.facets.regions.get("souss-massa"), Some(&3));
    assert_eq!(all.facets.categories.get("honey-amlou"), Some(&2));
    assert_eq!(all.facets.labels.get("organic"), Some(&2));
    assert_eq!(all.facets.cooperatives.get("tifawt"), Some(&2));
    assert_eq!((all.facets.in_stock, all.facets.women_led), (5, 3));
    assert_eq!(all.facets.sectors.get("agriculture"), Some(&5));
    assert_eq!(all.facets.sectors.get("handicraft"), Some(&1));
    let souss = index
        .search(&SearchRequest {
            limit: 20,
            filters: SearchFilters {
                regions: vec!["souss-massa".into()],
                ..SearchFilters::default()
            },
            ..SearchRequest::default()
        })
        .await
        .expect("search");
    assert_eq!(souss.total, 3);
    assert_eq!(souss.facets.cooperatives.get("tifawt"), Some(&2));
    assert_eq!(souss.facets.cooperatives.get("nahla"), None);
}

async fn sorts_and_pages(index: &dyn SearchIndex) {
    loaded(index).await;
    let sorted = |sort| SearchRequest {
        sort,
        ..SearchRequest::default()
    };
    assert_eq!(
        ids(index, sorted(SearchSort::PriceAsc)).await,
        [6, 4, 2, 1, 3, 5]
    );
    assert_eq!(
        ids(index, sorted(SearchSort::PriceDesc)).await,
        [5, 3, 1, 2, 4, 6]
    );
    assert_eq!(
        ids(index, sorted(SearchSort::Newest)).await,
        [6, 5, 4, 3, 2, 1]
    );
    let page = index
        .search(&SearchRequest {
            sort: SearchSort::PriceAsc,
            offset: 2,
            limit: 2,
            ..SearchRequest::default()
        })
        .await
        .expect("search");
    assert_eq!(page.total, 6);
    assert_eq!(
        page.ids.iter().map(|u| u.as_u128()).collect::<Vec<_>>(),
        [2, 1]
    );
    let beyond = index
        .search(&SearchRequest {
            offset: 600,
            limit: 2,
            ..SearchRequest::default()
        })
        .await
        .expect("search");
    assert!(beyond.ids.is_empty());
    assert_eq!(beyond.total, 6);
}

async fn spellings_and_scripts_meet(index: &dyn SearchIndex) {
    loaded(index).await;
    for query in [
        "زيت الاركان",
        "زَيْتُ الأَرْكَان",
        "زيت الأركان",
        "huile d'argane",
        "HUILE D’ARGAN",
        "zit argan",
        "argan oil",
    ] {
        finds_first(index, query, 1).await;
    }
    for query in ["3sel", "عسل", "miel", "honey", "tamment", "العسل"] {
        finds_first(index, query, 3).await;
    }
    for query in ["zerbiya", "زربيه", "tapis", "carpet"] {
        finds_first(index, query, 5).await;
    }
    for query in ["seksu", "kuskus", "سكسو"] {
        finds_first(index, query, 6).await;
    }
    finds_first(index, "za3fran", 4).await;
    finds_first(index, "safran", 4).await;
}

async fn updates_and_deletes_show(index: &dyn SearchIndex) {
    loaded(index).await;
    let mut cheaper = catalog().remove(4);
    cheaper.price_centimes = 100;
    cheaper.titles = vec!["Tapis de laine".into()];
    index.upsert(vec![cheaper]).await.expect("upsert");
    assert_eq!(index.count().await.expect("count"), 6);
    let sorted = ids(
        index,
        SearchRequest {
            sort: SearchSort::PriceAsc,
            ..SearchRequest::default()
        },
    )
    .await;
    assert_eq!(sorted.first(), Some(&5));
    assert!(find(index, "berber").await.is_empty(), "the old title left");
    finds_first(index, "laine", 5).await;
    index.delete(vec![id(5), id(99)]).await.expect("delete");
    assert_eq!(index.count().await.expect("count"), 5);
    assert!(find(index, "tapis").await.is_empty());
}

/// A fill writes a batch at a time, then settles; searches running at once (more than the cores,
/// so some wait their turn) answer as they do one by one.
async fn bulk_fills_settle_and_searches_at_once_agree(index: &dyn SearchIndex) {
    index.clear().await.expect("clear");
    for doc in catalog() {
        index.upsert(vec![doc]).await.expect("upsert");
    }
    index.settle().await.expect("settle");
    assert_eq!(index.count().await.expect("count"), 6);
    let queries = [
        "argan", "miel", "safran", "tapis", "couscous", "amlou", "zit", "3sel",
    ];
    let mut alone = Vec::new();
    for q in queries {
        let found = find(index, q).await;
        assert!(!found.is_empty(), "{q:?} found nothing");
        alone.push(found);
    }
    let together =
        futures::future::join_all((0..32).map(|i| find(index, queries[i % queries.len()]))).await;
    for (i, found) in together.iter().enumerate() {
        assert_eq!(
            found,
            &alone[i % queries.len()],
            "{:?}",
            queries[i % queries.len()]
        );
    }
}

/// The embedded engine behind a switch that makes every write fail, as an unreachable
/// Meilisearch would.
struct FlakyIndex {
    inner: EmbeddedIndex,
    failing: AtomicBool,
    failures: AtomicUsize,
}

impl FlakyIndex {
    fn refuse(&self) -> Result<(), SearchError> {
        if self.failing.load(Ordering::SeqCst) {
            self.failures.fetch_add(1, Ordering::SeqCst);
            return Err(SearchError("the index is down".into()));
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl SearchIndex for FlakyIndex {
    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        self.refuse()?;
        self.inner.upsert(docs).await
    }
    async fn delete(&self, ids: Vec<Uuid>) -> Result<(), SearchError> {
        self.refuse()?;
        self.inner.delete(ids).await
    }
    async fn clear(&self) -> Result<(), SearchError> {
        self.refuse()?;
        self.inner.clear().await
    }
    async fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        self.inner.search(request).await
    }
    async fn count(&self) -> Result<u64, SearchError> {
        self.inner.count().await
    }
    fn name(&self) -> &'static str {
        "flaky"
    }
}

#[tokio::test]
async fn the_index_converges_after_an_outage_with_nothing_missing_or_stale() {
    use crate::products::{add_photo, create_draft, products_of, published_product, transition};
    use backend::entity::{cooperative, product, product_translation};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    let flaky = Arc::new(FlakyIndex {
        inner: EmbeddedIndex::in_memory().expect("index"),
        failing: AtomicBool::new(false),
        failures: AtomicUsize::new(0),
    });
    let spawned = spawn_app_with(Spawn {
        search: Some(flaky.clone()),
        ..Spawn::default()
    })
    .await;
    let (app, admin) = crate::cooperatives::prepare(spawned).await;
    let (coop, first) = published_product(&app, &admin).await;
    eventually("the published product is indexed", || async {
        find(flaky.as_ref(), "torrefiee").await == [first.id.as_u128()]
    })
    .await;

    // The index goes down while the catalog changes.
    flaky.failing.store(true, Ordering::SeqCst);
    product_translation::Entity::update_many()
        .col_expr(
            product_translation::Column::Title,
            Expr::value("Huile d’argan du matin"),
        )
        .filter(product_translation::Column::ProductId.eq(first.id))
        .filter(product_translation::Column::Locale.eq("fr"))
        .exec(&app.db)
        .await
        .expect("retitle");
    product::Entity::update_many()
        .col_expr(product::Column::PriceCentimes, Expr::value(9_900))
        .filter(product::Column::Id.eq(first.id))
        .exec(&app.db)
        .await
        .expect("reprice");
    let created = create_draft(
        &app,
        &app.client,
        &coop,
        &[
            ("sku", "amlou-250"),
            ("title_fr", "Amlou aux amandes grillées"),
            ("category", "amlou"),
        ],
    )
    .await;
    assert!(
        !crate::helpers::location(&created).contains("__err="),
        "{}",
        crate::helpers::location(&created)
    );
    let second = products_of(&app, &coop)
        .await
        .into_iter()
        .find(|p| p.sku == "AMLOU-250")
        .expect("second product");
    add_photo(&app, &app.client, &second.id.to_string()).await;
    transition(&app, &app.client, &second.id.to_string(), "publish").await;
    cooperative::Entity::update_many()
        .col_expr(
            cooperative::Column::NameFr,
            Expr::value("Coopérative Tiwizi"),
        )
        .filter(cooperative::Column::Id.eq(coop.id))
        .exec(&app.db)
        .await
        .expect("rename");
    eventually("the worker has failed twice", || async {
        flaky.failures.load(Ordering::SeqCst) >= 2
    })
    .await;
    assert!(
        sync::backlog(&app.db).await.expect("backlog") > 0,
        "failed pushes stay in the outbox"
    );
    assert_eq!(find(flaky.as_ref(), "matin").await, Vec::<u128>::new());

    // It comes back: the index converges.
    flaky.failing.store(false, Ordering::SeqCst);
    eventually("the outbox is empty", || async {
        sync::backlog(&app.db).await.expect("backlog") == 0
    })
    .await;
    assert_eq!(flaky.count().await.expect("count"), 2);
    assert_eq!(find(flaky.as_ref(), "matin").await, [first.id.as_u128()]);
    let cheap = ids(
        flaky.as_ref(),
        SearchRequest {
            filters: SearchFilters {
                price_max: Some(10_000),
                ..SearchFilters::default()
            },
            ..SearchRequest::default()
        },
    )
    .await;
    assert_eq!(cheap, [first.id.as_u128()], "no stale price");
    assert_eq!(find(flaky.as_ref(), "amlou").await, [second.id.as_u128()]);
    let mut renamed = find(flaky.as_ref(), "tiwizi").await;
    renamed.sort_unstable();
    let mut both = vec![first.id.as_u128(), second.id.as_u128()];
    both.sort_unstable();
    assert_eq!(renamed, both, "the cooperative's new name reached both");

    // Hidden products leave the index.
    product::Entity::update_many()
        .col_expr(product::Column::HiddenAt, Expr::value(chrono::Utc::now()))
        .filter(product::Column::Id.eq(first.id))
        .exec(&app.db)
        .await
        .expect("hide");
    eventually("the hidden product left the index", || async {
        flaky.count().await.expect("count") == 1
    })
    .await;
}

/// Runs each check on one engine.
macro_rules! conformance {
    ($engine:ident, $make:expr) => {
        mod $engine {
            use super::*;
            conformance!(@each $make;
                typos_are_tolerated, prefixes_match_as_you_type, filters_narrow_results,
                facets_count_what_matched, sorts_and_pages, spellings_and_scripts_meet,
                updates_and_deletes_show, bulk_fills_settle_and_searches_at_once_agree);
        }
    };
    (@each $make:expr; $($check:ident),*) => {
        $(
            #[tokio::test]
            async fn $check() {
                if let Some(index) = $make.await {
                    super::$check(&index).await;
                }
            }
        )*
    };
}

conformance!(embedded, async {
    Some(EmbeddedIndex::in_memory().expect("in-memory index"))
});

/// A settled embedded index is one segment, whatever the batches before it.
#[tokio::test]
async fn the_embedded_engine_settles_into_one_segment() {
    let index = EmbeddedIndex::in_memory().expect("in-memory index");
    for doc in catalog() {
        index.upsert(vec![doc]).await.expect("upsert");
    }
    assert!(
        index.segments() > 1,
        "one segment per batch before settling"
    );
    index.settle().await.expect("settle");
    assert_eq!(index.segments(), 1);
    assert_eq!(index.count().await.expect("count"), 6);
    finds_first(&index, "hulie argan", 1).await;
}

conformance!(meilisearch, async {
    match std::env::var("MEILISEARCH_URL") {
        Ok(url) => {
            let key = std::env::var("MEILISEARCH_API_KEY").ok();
            let uid = format!("conformance-{}", Uuid::now_v7().simple());
            Some(
                backend::search::meili::MeiliIndex::connect(&url, key.as_deref(), &uid)
                    .await
                    .expect("Meilisearch reachable at MEILISEARCH_URL"),
            )
        }
        Err(_) => {
            eprintln!(
                "skipped: MEILISEARCH_URL is not set, so the Meilisearch half of the conformance suite did not run"
            );
            None
        }
    }
});

/// The search page at `path` (after `/search`), as an anonymous visitor reading `language`.
pub(crate) async fn search_page(
    app: &crate::helpers::TestApp,
    query: &str,
    language: &str,
) -> (u16, String) {
    let response = crate::helpers::browser()
        .get(app.url(&format!("/search{query}")))
        .header("accept-language", language)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

#[tokio::test]
async fn the_search_page_finds_products_across_scripts_and_takes_any_input_calmly() {
    let (app, _, product) = searchable_product().await;
    let link = format!("/p/{}", product.slug);
    for (query, language) in [
        ("?q=zit+argan", "fr"),
        (
            "?q=%D8%B2%D9%8A%D8%AA+%D8%A7%D9%84%D8%A7%D8%B1%D9%83%D8%A7%D9%86",
            "ar",
        ),
        ("?q=huile+d%27argane", "fr"),
        ("?q=argan+oil", "en"),
        (
            "?q=hulie+argan&in_stock=1&category=argan-oils&sort=price_asc",
            "fr",
        ),
    ] {
        let (status, body) = search_page(&app, query, language).await;
        assert_eq!(status, 200, "{query}");
        assert!(body.contains(&link), "{query} finds the argan oil");
        assert!(body.contains("<mark>"), "{query} marks the matching words");
        // Rendered in place, not streamed after the page for a script to move (which a browser
        // without JavaScript would never show).
        let (card, main_end) = (body.find(&link), body.find("</main>"));
        assert!(
            card.is_some() && main_end.is_some() && card < main_end,
            "{query}: the results are inside <main>"
        );
    }
    let (_, arabic) = search_page(&app, "?q=argan", "ar").await;
    assert!(arabic.contains(r#"dir="rtl""#));

    // Filters that exclude it, and the empty state.
    let (_, organic) = search_page(&app, "?q=argan&label=organic", "fr").await;
    assert!(!organic.contains(&link), "it carries no verified label");
    assert!(organic.contains("Aucun produit ne correspond"));
    assert!(
        organic.contains("/categories/argan-oils"),
        "categories to browse instead"
    );
    // No saffron on sale here, but the word is known: a respelling is offered.
    let (_, misspelt) = search_page(&app, "?q=safrran", "fr").await;
    assert!(
        misspelt.contains("Vouliez-vous dire"),
        "a respelling is offered"
    );
    assert!(misspelt.contains("/search?q=safran"));

    // Bad input: clear behaviour, never an error page.
    let long = "a".repeat(250);
    for query in [
        format!("?q={long}"),
        "?q=%00%07%1b".to_owned(),
        "?q=argan&category=%22%3B+DROP+TABLE+products".to_owned(),
        "?q=argan&cooperative=x%22+OR+1%3D1&region=atlantis&label=nope".to_owned(),
        "?q=argan&page=99999999999999999999".to_owned(),
        "?q=argan&page=400".to_owned(),
        "?q=argan&min=abc&max=-5&sort=sideways".to_owned(),
        "?q=&in_stock=yes".to_owned(),
    ] {
        let (status, body) = search_page(&app, &query, "fr").await;
        assert_eq!(status, 200, "{query}");
        assert!(!body.contains("Une erreur est survenue"), "{query}");
    }
    let (_, truncated) = search_page(&app, &format!("?q={long}"), "fr").await;
    assert!(truncated.contains("dépassait 200 caractères"));
    let (_, past_the_end) = search_page(&app, "?q=argan&page=400", "fr").await;
    assert!(
        past_the_end.contains(&link),
        "a page past the end shows the last one"
    );
    let (_, ignored) = search_page(&app, "?q=argan&region=atlantis", "fr").await;
    assert!(
        ignored.contains(&link),
        "an unknown region is ignored, not matched"
    );
}

/// A verified cooperative's published argan oil, once the search answers find it.
pub(crate) async fn searchable_product() -> (
    crate::helpers::TestApp,
    backend::entity::cooperative::Model,
    backend::entity::product::Model,
) {
    let (app, admin) = crate::cooperatives::setup().await;
    let (coop, product) = crate::products::published_product(&app, &admin).await;
    let link = format!("href=\"/p/{}\"", product.slug);
    eventually("the product is searchable", || async {
        suggest(&app, "argan", "fr").await.2.contains(&link)
    })
    .await;
    (app, coop, product)
}

/// The results-as-you-type endpoint, as the header's island calls it: status, content type and
/// the options as HTML.
async fn suggest(app: &crate::helpers::TestApp, q: &str, language: &str) -> (u16, String, String) {
    let (status, kind, _, body) = suggest_cached(app, q, language).await;
    (status, kind, body)
}

/// [`suggest`], with whether the page cache answered (`hit`) or the endpoint did (`miss`).
async fn suggest_cached(
    app: &crate::helpers::TestApp,
    q: &str,
    language: &str,
) -> (u16, String, String, String) {
    let response = crate::helpers::browser()
        .get(app.url("/api/search/suggest"))
        .query(&[("q", q)])
        .header("accept-language", language)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    let cache = crate::helpers::header(response.headers(), "x-taawon-cache");
    let kind = crate::helpers::header(response.headers(), "content-type");
    (status, kind, cache, response.text().await.expect("body"))
}

#[tokio::test]
async fn results_as_you_type_come_from_a_small_endpoint_in_the_readers_language() {
    let (app, _, product) = searchable_product().await;
    let link = format!("href=\"/p/{}\"", product.slug);
    for (q, language, see_all) in [
        ("zit arg", "fr", "Voir tous les résultats (1)"),
        ("زيت الاركان", "ar", "عرض كل النتائج (1)"),
        ("argan oil", "en", "See all results (1)"),
    ] {
        let (status, kind, html) = suggest(&app, q, language).await;
        assert_eq!(status, 200, "{q}");
        assert_eq!(kind, "text/html; charset=utf-8");
        assert_eq!(html.matches(r#"role="option""#).count(), 2, "{q}: {html}");
        assert!(html.contains(&link), "{q}: the product is the first option");
        assert!(html.contains(r#"id="site-search-option-0""#));
        assert!(
            html.contains("<mark>"),
            "{q}: the matching words are marked: {html}"
        );
        assert!(
            html.contains(see_all),
            "{q}: every result, in the reader's language: {html}"
        );
        assert!(
            html.contains("MAD") || html.contains("درهم"),
            "{q}: the price: {html}"
        );
    }
    // Nothing found: a respelling the catalog knows, as the one option.
    let (_, _, respelt) = suggest(&app, "safrran", "fr").await;
    assert_eq!(respelt.matches(r#"role="option""#).count(), 1, "{respelt}");
    assert!(respelt.contains("Vouliez-vous dire"));
    assert!(respelt.contains("/search?q=safran"));
    // Nothing at all: no options (the box says so itself).
    let (status, _, nothing) = suggest(&app, "qqqqqqqqqqqqqqqq", "fr").await;
    assert_eq!((status, nothing.as_str()), (200, ""));
    // What people type is escaped, never markup.
    let (status, _, escaped) = suggest(&app, "<script>alert(1)</script> argan", "fr").await;
    assert_eq!(status, 200);
    assert!(!escaped.contains("<script>"), "{escaped}");
    // Bad input: an empty answer or a cut query, never an error.
    for q in [
        String::new(),
        "   ".into(),
        "\u{0}\u{7}".into(),
        "ا".repeat(300),
    ] {
        let (status, kind, _) = suggest(&app, &q, "ar").await;
        assert_eq!(
            (status, kind.as_str()),
            (200, "text/html; charset=utf-8"),
            "{q:?}"
        );
    }
    let (_, _, empty) = suggest(&app, "", "fr").await;
    assert_eq!(empty, "");
}

#[tokio::test]
async fn cards_in_answers_change_with_the_catalog_at_once_though_they_are_kept() {
    let (app, coop, product) = searchable_product().await;
    let link = format!("href=\"/p/{}\"", product.slug);
    let price = |centimes| domain::money::format(centimes, domain::Locale::Fr);
    let category = format!("/categories/{}", product.category_code);
    let category_grid = || async {
        let page = app.get_in(&category, "fr").await;
        page.text().await.expect("body")
    };
    // Each answer builds its cards once and keeps them: asked again, the same.
    for _ in 0..2 {
        assert!(
            suggest(&app, "argan", "fr")
                .await
                .2
                .contains(&price(product.price_centimes))
        );
        let (_, page) = search_page(&app, "?q=argan", "fr").await;
        assert!(page.contains(&price(product.price_centimes)));
    }
    let grid = category_grid().await;
    assert!(grid.contains(&link), "the category grid shows it");

    // Asked again, the answer itself comes from the page cache, once per language.
    let (_, _, cache, kept) = suggest_cached(&app, "argan", "fr").await;
    assert_eq!(cache, "hit");
    assert!(kept.contains(&price(product.price_centimes)));
    assert_eq!(suggest_cached(&app, "argan", "ar").await.2, "miss");
    assert_eq!(suggest_cached(&app, "argan", "ar").await.2, "hit");

    // A new price, written straight to the database (no service told anyone): the next answers
    // show it, from the suggestions, the search page and the category grid alike.
    crate::products::set_price(&app, &product, 98_765).await;
    let (_, _, cache, suggested) = suggest_cached(&app, "argan", "fr").await;
    assert_eq!(cache, "miss", "the catalog moved");
    assert!(suggested.contains(&price(98_765)), "{suggested}");
    assert!(!suggested.contains(&price(product.price_centimes)));
    let (_, page) = search_page(&app, "?q=argan", "fr").await;
    assert!(page.contains(&price(98_765)));
    let grid = category_grid().await;
    assert!(grid.contains(&price(98_765)));

    // Its cooperative suspended: gone from every answer at once, whatever the index still holds.
    crate::products::suspend(&app, &coop).await;
    assert!(!suggest(&app, "argan", "fr").await.2.contains(&link));
    assert!(!search_page(&app, "?q=argan", "fr").await.1.contains(&link));
    let grid = category_grid().await;
    assert!(!grid.contains(&link));
}

#[tokio::test]
async fn answers_tell_how_long_their_search_took() {
    let (app, _, _) = searchable_product().await;
    let timing = |path: &'static str, q: &'static str| {
        let url = app.url(path);
        async move {
            let response = crate::helpers::browser()
                .get(url)
                .query(&[("q", q)])
                .header("accept-language", "fr")
                .send()
                .await
                .expect("GET");
            assert_eq!(response.status(), 200, "{path}?q={q}");
            let value = crate::helpers::header(response.headers(), "server-timing");
            let cache = crate::helpers::header(response.headers(), "x-taawon-cache");
            (
                backend::timing::search_of(&value),
                backend::timing::app_of(&value),
                cache,
                value,
            )
        }
    };
    // Answered afresh: the engine's time, within the application's.
    let (search, total, cache, value) = timing("/api/search/suggest", "huile").await;
    assert_eq!(cache, "miss");
    let (search, total) = (search.expect(&value), total.expect(&value));
    assert!(
        search > std::time::Duration::ZERO && search <= total,
        "{value}"
    );
    // From the page cache: no search ran, so none is told.
    let (search, total, cache, value) = timing("/api/search/suggest", "huile").await;
    assert_eq!(cache, "hit");
    assert_eq!(search, None, "{value}");
    assert!(total.is_some(), "{value}");
    // The search page tells its search too.
    let (search, total, _, value) = timing("/search", "huile").await;
    assert!(search.is_some() && total.is_some(), "{value}");
}

/// Many visitors asking at once for a page nobody has asked for at this catalog clock: one of
/// them renders it (one search), the others wait for that rendering and are answered from it.
#[tokio::test]
async fn concurrent_misses_of_one_page_share_one_rendering() {
    let (app, _, product) = searchable_product().await;
    let link = format!("href=\"/p/{}\"", product.slug);
    let url = app.url("/search?q=argan&sort=price_asc");
    let mut visitors = tokio::task::JoinSet::new();
    for _ in 0..12 {
        let url = url.clone();
        visitors.spawn(async move {
            let response = crate::helpers::browser()
                .get(url)
                .header("accept-language", "fr")
                .send()
                .await
                .expect("GET");
            let status = response.status().as_u16();
            let cache = crate::helpers::header(response.headers(), "x-taawon-cache");
            let timing = crate::helpers::header(response.headers(), "server-timing");
            (status, cache, timing, response.text().await.expect("body"))
        });
    }
    let mut rendered = 0;
    while let Some(answer) = visitors.join_next().await {
        let (status, cache, timing, body) = answer.expect("visitor");
        assert_eq!(status, 200);
        assert!(body.contains(&link), "every visitor sees the product");
        if cache == "miss" {
            rendered += 1;
            assert!(timing.contains("search;dur="), "{timing}");
        } else {
            assert_eq!(cache, "hit");
            assert!(!timing.contains("search;"), "{timing}");
        }
    }
    assert_eq!(rendered, 1, "one rendering for all twelve");
}
