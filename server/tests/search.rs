//! The search conformance suite: one set of checks every `SearchIndex` adapter must pass (typo
//! tolerance, prefixes, filters, facet counts, sorts, pagination, normalisation, synonyms and
//! Darija, updates and deletes). Each check runs on the embedded engine, and on Meilisearch when
//! `MEILISEARCH_URL` is set (it says so when it skips).

use app::ssr::search::{
    SearchDoc, SearchFilters, SearchIndex, SearchRequest, SearchSort, embedded::EmbeddedIndex,
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

/// Runs each check on one engine.
macro_rules! conformance {
    ($engine:ident, $make:expr) => {
        mod $engine {
            use super::*;
            conformance!(@each $make;
                typos_are_tolerated, prefixes_match_as_you_type, filters_narrow_results,
                facets_count_what_matched, sorts_and_pages, spellings_and_scripts_meet,
                updates_and_deletes_show);
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
