//! The search page: the URL's query understood (unknown values dropped, the words cleaned), the
//! engine asked, results turned into cards with their matching words marked, facets named in the
//! page's language, and, when nothing matched, a respelling or categories to browse.

use super::{browse, catalog, db_error, known_or_empty};
use crate::{
    dto::{CategoryDto, FacetValueDto, SearchPageDto, SearchQueryDto, SuggestDto, SuggestItemDto},
    entity::cooperative,
    error::AppError,
    search::{SearchFilters, SearchRequest, SearchResults, SearchSort, query_terms},
    state::Core,
};
use domain::{
    Locale,
    geo::{Region, Sector},
    label::LabelKind,
    search::{Synonyms, clean_query, highlight, suggest},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::{
    collections::{BTreeMap, HashMap},
    sync::LazyLock,
};

/// Results a page.
pub const PER_PAGE: u64 = 24;

/// Products in the results as you type.
pub const SUGGEST_LIMIT: usize = 6;

/// The highest page number taken from a URL.
const MAX_PAGE: u64 = 10_000;

/// A cooperative slug as URLs carry it.
fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 120
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `raw` with what the page cannot use dropped: unknown categories, regions and labels, slugs that
/// are not slugs, prices that are not prices; the words cleaned and cut (the flag says so).
pub fn understand(raw: SearchQueryDto, categories: &[CategoryDto]) -> (SearchQueryDto, bool) {
    let (q, truncated) = clean_query(&raw.q);
    let price = |v: &str| {
        let v = v.trim();
        match domain::money::parse_price(v) {
            Ok(_) => v.to_owned(),
            Err(_) => String::new(),
        }
    };
    let query = SearchQueryDto {
        q,
        category: known_or_empty(raw.category, |c| categories.iter().any(|k| k.code == c)),
        region: known_or_empty(raw.region, |r| Region::from_code(r).is_some()),
        sector: known_or_empty(raw.sector, |s| Sector::from_code(s).is_some()),
        cooperative: known_or_empty(raw.cooperative, is_slug),
        label: known_or_empty(raw.label, |l| LabelKind::from_code(l).is_some()),
        min: price(&raw.min),
        max: price(&raw.max),
        in_stock: raw.in_stock,
        women_led: raw.women_led,
        sort: SearchSort::parse(&raw.sort).code().to_owned(),
        page: raw.page.clamp(1, MAX_PAGE),
    };
    (query, truncated)
}

fn filters(query: &SearchQueryDto) -> SearchFilters {
    let one = |v: &str| {
        if v.is_empty() {
            Vec::new()
        } else {
            vec![v.to_owned()]
        }
    };
    let (mut min, mut max) = (
        domain::money::parse_price(&query.min).ok(),
        domain::money::parse_price(&query.max).ok(),
    );
    if let (Some(low), Some(high)) = (min, max)
        && low > high
    {
        (min, max) = (Some(high), Some(low));
    }
    SearchFilters {
        categories: one(&query.category),
        regions: one(&query.region),
        sectors: one(&query.sector),
        cooperatives: one(&query.cooperative),
        labels: one(&query.label),
        price_min: min,
        price_max: max,
        in_stock: query.in_stock,
        women_led: query.women_led,
    }
}

/// One search, its time told to the request's `Server-Timing` (`crate::timing`).
pub async fn run(state: &Core, request: &SearchRequest) -> Result<SearchResults, AppError> {
    let at = std::time::Instant::now();
    let results = state.search.search(request).await;
    crate::timing::record_search(at.elapsed());
    results.map_err(|e| {
        tracing::error!(error = %e, "search failed");
        AppError::SearchUnavailable
    })
}

/// Runs the search the page's URL asks for; `clock` is the catalog clock if the request read it.
pub async fn search_page(
    state: &Core,
    raw: SearchQueryDto,
    locale: Locale,
    clock: Option<i64>,
) -> Result<SearchPageDto, AppError> {
    let all_categories: Vec<CategoryDto> = catalog::categories()
        .iter()
        .map(CategoryDto::from)
        .collect();
    let (mut query, truncated) = understand(raw, &all_categories);
    let mut request = SearchRequest {
        query: query.q.clone(),
        filters: filters(&query),
        sort: SearchSort::parse(&query.sort),
        offset: ((query.page - 1) * PER_PAGE) as usize,
        limit: PER_PAGE as usize,
        skip_facets: false,
    };
    let mut results = run(state, &request).await?;
    let pages = results.total.div_ceil(PER_PAGE).max(1);
    // Past the last page: show the last one.
    if query.page > pages && results.total > 0 {
        query.page = pages;
        request.offset = ((pages - 1) * PER_PAGE) as usize;
        results = run(state, &request).await?;
    }
    let items =
        browse::public_cards(state, &results.ids, locale, browse::CardDetail::Full, clock).await?;
    let terms = query_terms(&query.q);
    let titles = items
        .iter()
        .map(|card| highlight(&card.title, &terms))
        .collect();

    let facet =
        |counts: &BTreeMap<String, u64>, selected: &str, name: &dyn Fn(&str) -> Option<String>| {
            let mut values: Vec<FacetValueDto> = counts
                .iter()
                .filter_map(|(value, count)| {
                    Some(FacetValueDto {
                        name: name(value)?,
                        value: value.clone(),
                        count: *count,
                        selected: value == selected,
                    })
                })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
            values
        };
    let category_name = |code: &str| {
        all_categories
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name(locale).to_owned())
    };
    let region_name = |code: &str| Region::from_code(code).map(|r| r.name(locale).to_owned());
    let sector_name = |code: &str| Sector::from_code(code).map(|s| s.name(locale).to_owned());
    let label_name = |code: &str| {
        LabelKind::from_code(code)
            .map(|k| crate::i18n::t(locale, &format!("label-{}", k.code().replace('_', "-"))))
    };
    // Only the cooperatives the facet lists are named; the others are left out of it.
    let slugs = most_matched(
        &results.facets.cooperatives,
        &query.cooperative,
        COOPERATIVE_FACET,
    );
    let coop_names: HashMap<String, String> = if slugs.is_empty() {
        HashMap::new()
    } else {
        cooperative::Entity::find()
            .filter(cooperative::Column::Slug.is_in(slugs))
            .all(&state.db)
            .await
            .map_err(db_error)?
            .into_iter()
            .map(|c| {
                let name = if locale == Locale::Ar {
                    c.name_ar
                } else {
                    c.name_fr
                };
                (c.slug, name)
            })
            .collect()
    };
    let coop_name = |slug: &str| coop_names.get(slug).cloned();
    let nothing = results.total == 0;
    let suggestion = if nothing { respelling(&query.q) } else { None };
    Ok(SearchPageDto {
        categories: facet(&results.facets.categories, &query.category, &category_name),
        regions: facet(&results.facets.regions, &query.region, &region_name),
        sectors: facet(&results.facets.sectors, &query.sector, &sector_name),
        cooperatives: facet(&results.facets.cooperatives, &query.cooperative, &coop_name),
        labels: facet(&results.facets.labels, &query.label, &label_name),
        in_stock_count: results.facets.in_stock,
        women_led_count: results.facets.women_led,
        popular: if nothing {
            all_categories
                .iter()
                .filter(|c| c.parent_code.is_none())
                .cloned()
                .collect()
        } else {
            Vec::new()
        },
        page: query.page,
        pages: results.total.div_ceil(PER_PAGE).max(1),
        total: results.total,
        items,
        titles,
        suggestion,
        truncated,
        query,
    })
}

/// How many cooperatives the cooperative facet lists: a broad query can match products of
/// thousands of them, and a list that long helps nobody (nor the page's weight).
const COOPERATIVE_FACET: usize = 20;

/// The `n` values with the most matches (ties in value order), and `selected` if it has any.
fn most_matched(counts: &BTreeMap<String, u64>, selected: &str, n: usize) -> Vec<String> {
    let mut values: Vec<(&String, &u64)> = counts.iter().collect();
    values.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let mut out: Vec<String> = values.into_iter().take(n).map(|(v, _)| v.clone()).collect();
    if counts.contains_key(selected) && !out.iter().any(|v| v == selected) {
        out.push(selected.to_owned());
    }
    out
}

/// Words the catalog knows (synonyms and category names, normalised), to respell a query from.
static VOCABULARY: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut words: Vec<String> = Synonyms::builtin()
        .groups()
        .iter()
        .flatten()
        .filter(|t| !t.contains(' '))
        .cloned()
        .chain(
            domain::category::flattened()
                .into_iter()
                .flat_map(|(_, _, c)| {
                    domain::search::tokens(&format!("{} {} {}", c.ar, c.fr, c.en))
                }),
        )
        .collect();
    words.sort();
    words.dedup();
    words
});

/// A respelling of `q` that the catalog knows, if any.
fn respelling(q: &str) -> Option<String> {
    if q.is_empty() {
        return None;
    }
    suggest(q, VOCABULARY.iter().map(String::as_str))
}

/// Results as you type: the best few products for `q`, in the page's language, without facets;
/// `clock` is the catalog clock if the request read it.
pub async fn suggest_products(
    state: &Core,
    q: &str,
    locale: Locale,
    clock: Option<i64>,
) -> Result<SuggestDto, AppError> {
    let (q, _) = clean_query(q);
    if q.is_empty() {
        return Ok(SuggestDto::default());
    }
    let results = run(
        state,
        &SearchRequest {
            query: q.clone(),
            limit: SUGGEST_LIMIT,
            skip_facets: true,
            ..SearchRequest::default()
        },
    )
    .await?;
    let terms = query_terms(&q);
    let items = browse::public_cards(
        state,
        &results.ids,
        locale,
        browse::CardDetail::Brief,
        clock,
    )
    .await?
    .into_iter()
    .map(|card| SuggestItemDto {
        title: highlight(&card.title, &terms),
        price: domain::money::format(card.price_centimes, locale),
        // The smallest variant (srcset lists them smallest first): a thumbnail.
        thumbnail: card.image.map(|i| {
            i.srcset
                .split(' ')
                .next()
                .filter(|url| !url.is_empty())
                .map_or(i.src.clone(), str::to_owned)
        }),
        cooperative: card.cooperative_name,
        title_lang: card.title_lang,
        slug: card.slug,
    })
    .collect();
    Ok(SuggestDto {
        suggestion: if results.total == 0 {
            respelling(&q)
        } else {
            None
        },
        total: results.total,
        items,
        q,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories() -> Vec<CategoryDto> {
        vec![CategoryDto {
            code: "saffron".into(),
            parent_code: None,
            name_ar: "زعفران".into(),
            name_fr: "Safran".into(),
            name_en: "Saffron".into(),
        }]
    }

    #[test]
    fn the_cooperative_facet_keeps_the_most_matched_and_the_selected_one() {
        let counts: BTreeMap<String, u64> = [("a", 5), ("b", 9), ("c", 5), ("d", 1), ("e", 7)]
            .into_iter()
            .map(|(v, n)| (v.to_owned(), n))
            .collect();
        assert_eq!(most_matched(&counts, "", 3), ["b", "e", "a"]);
        assert_eq!(most_matched(&counts, "d", 3), ["b", "e", "a", "d"]);
        assert_eq!(most_matched(&counts, "b", 3), ["b", "e", "a"]);
        assert_eq!(most_matched(&counts, "zz", 3), ["b", "e", "a"]);
        assert_eq!(most_matched(&counts, "", 10).len(), 5);
    }

    #[test]
    fn what_the_page_cannot_use_is_dropped_and_nothing_breaks() {
        let (query, truncated) = understand(
            SearchQueryDto {
                q: format!("safran\u{0}{}", "x".repeat(300)),
                category: "saffron\" OR 1=1".into(),
                region: "atlantis".into(),
                cooperative: "Tifawt'); DROP TABLE".into(),
                label: "organic".into(),
                min: "abc".into(),
                max: "120,50".into(),
                sort: "upside_down".into(),
                page: u64::MAX,
                ..SearchQueryDto::default()
            },
            &categories(),
        );
        assert!(truncated);
        assert_eq!(query.q.chars().count(), domain::search::MAX_QUERY_CHARS);
        assert!(query.q.starts_with("safran "));
        assert_eq!(
            (
                query.category.as_str(),
                query.region.as_str(),
                query.cooperative.as_str()
            ),
            ("", "", "")
        );
        assert_eq!(query.label, "organic");
        assert_eq!((query.min.as_str(), query.max.as_str()), ("", "120,50"));
        assert_eq!(query.sort, "relevance");
        assert_eq!(query.page, MAX_PAGE);
        let kept = understand(
            SearchQueryDto {
                category: "saffron".into(),
                region: "souss_massa".into(),
                cooperative: "tifawt-tiznit".into(),
                page: 0,
                ..SearchQueryDto::default()
            },
            &categories(),
        )
        .0;
        assert_eq!(kept.category, "saffron");
        assert_eq!(kept.region, "souss_massa");
        assert_eq!(kept.cooperative, "tifawt-tiznit");
        assert_eq!(kept.page, 1);
    }

    #[test]
    fn a_reversed_price_range_is_read_the_right_way_round() {
        let f = filters(&SearchQueryDto {
            min: "200".into(),
            max: "50".into(),
            ..SearchQueryDto::default()
        });
        assert_eq!((f.price_min, f.price_max), (Some(5_000), Some(20_000)));
    }
}
