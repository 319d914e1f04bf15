//! Search: the query, facets, suggestions and the results page.

use super::catalog::{CategoryDto, ProductCardDto};
use serde::{Deserialize, Serialize};

/// What the search page asks for: every part of it is in the URL, so any state can be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchQueryDto {
    /// The words typed (cleaned: at most 200 characters, no control characters).
    pub q: String,
    /// Category code (a top-level one includes its sub-categories).
    pub category: String,
    /// Region code.
    pub region: String,
    /// Sector code (the cooperative's sector of activity).
    pub sector: String,
    /// Cooperative slug.
    pub cooperative: String,
    /// Verified label code.
    pub label: String,
    /// Price bounds as typed (`50`, `120,50`); empty when unset.
    pub min: String,
    pub max: String,
    pub in_stock: bool,
    pub women_led: bool,
    /// `relevance`, `price_asc`, `price_desc`, `newest`, `rating`.
    pub sort: String,
    /// 1-based.
    pub page: u64,
}

/// One value of a facet with how many results carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FacetValueDto {
    pub value: String,
    /// The value's name in the page's language.
    pub name: String,
    pub count: u64,
    pub selected: bool,
}

/// Results as you type: a few products for the header's search box.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SuggestDto {
    /// The words as understood (cleaned, cut to 200 characters).
    pub q: String,
    pub items: Vec<SuggestItemDto>,
    /// How many products match in all (the full results page shows them).
    pub total: u64,
    /// A respelling the catalog knows, when nothing matched.
    pub suggestion: Option<String>,
}

/// One product in the results as you type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuggestItemDto {
    pub slug: String,
    /// The title in pieces, the matching words marked.
    pub title: Vec<(String, bool)>,
    /// Language of the title (it may be a fallback).
    pub title_lang: String,
    pub cooperative: String,
    /// The price as shown in the page's language.
    pub price: String,
    /// The smallest variant of the first photo.
    pub thumbnail: Option<String>,
}

/// A page of search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchPageDto {
    /// The query as understood (values the page does not know are dropped).
    pub query: SearchQueryDto,
    /// The words were cut to 200 characters.
    pub truncated: bool,
    pub items: Vec<ProductCardDto>,
    /// Each item's title in pieces, the matching words marked.
    pub titles: Vec<Vec<(String, bool)>>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub categories: Vec<FacetValueDto>,
    pub regions: Vec<FacetValueDto>,
    pub sectors: Vec<FacetValueDto>,
    pub cooperatives: Vec<FacetValueDto>,
    pub labels: Vec<FacetValueDto>,
    pub in_stock_count: u64,
    pub women_led_count: u64,
    /// A respelling of the query that the catalog knows, when nothing matched.
    pub suggestion: Option<String>,
    /// Top-level categories to browse instead, when nothing matched.
    pub popular: Vec<CategoryDto>,
}
