//! The catalog's routes: products, cooperatives, categories, search. Each handler is described
//! for the OpenAPI document by its `#[utoipa::path]`.

use super::{ApiError, Common, Refusal, cached_json, query_pairs, refuse};
use app::ssr::AppState;
use axum::{
    extract::{Path, RawQuery, State},
    http::HeaderMap,
    response::Response,
};
use backend::services::open_catalog::{
    self, Category, Cooperative, CooperativeQuery, CooperativeSummary, Page, Product, ProductQuery,
    ProductSummary, parse_language, parse_limit,
};
use domain::Locale;

/// The query string's parameters, by name (the last value of a repeated one).
struct Params(Vec<(String, String)>);

impl Params {
    fn new(raw: Option<String>) -> Self {
        Self(query_pairs(raw.as_deref()))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The language asked for, or the refusal of an unknown one (answered in English).
    fn locale(&self) -> Result<Locale, Refusal> {
        parse_language(self.get("lang")).map_err(Refusal::Input)
    }

    fn limit(&self) -> Result<u64, Refusal> {
        parse_limit(self.get("limit")).map_err(Refusal::Input)
    }

    fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| v.chars().take(120).collect())
    }
}

/// Answers `result` as JSON (or its refusal) in `locale`.
fn answer<T: serde::Serialize>(
    headers: &HeaderMap,
    locale: Locale,
    result: Result<Result<T, open_catalog::ApiRefusal>, backend::error::AppError>,
) -> Response {
    match result {
        Ok(Ok(value)) => cached_json(headers, &value),
        Ok(Err(refusal)) => refuse(locale, Refusal::Input(refusal)),
        Err(error) => refuse(locale, Refusal::from(error)),
    }
}

macro_rules! params_or_refuse {
    ($query:expr) => {{
        let params = Params::new($query);
        match params.locale() {
            Ok(locale) => (params, locale),
            Err(refusal) => return refuse(Locale::En, refusal),
        }
    }};
}

/// Public products, oldest first.
#[utoipa::path(
    get,
    path = "/products",
    tag = "catalog",
    params(
        ("lang" = Option<String>, Query, description = "`ar` (default), `fr` or `en`"),
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page"),
        ("limit" = Option<u64>, Query, description = "Items per page, 1 to 100 (default 24)"),
        ("category" = Option<String>, Query, description = "A category's code: its products and its sub-categories'"),
        ("cooperative" = Option<String>, Query, description = "A cooperative's slug"),
    ),
    responses(
        (status = 200, description = "A page of products", body = Page<ProductSummary>),
        (status = 400, description = "Unknown language, bad cursor, bad or too large limit", body = ApiError),
        Common,
    )
)]
pub async fn products(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (params, locale) = params_or_refuse!(query);
    let limit = match params.limit() {
        Ok(limit) => limit,
        Err(refusal) => return refuse(locale, refusal),
    };
    let query = ProductQuery {
        category: params.text("category"),
        cooperative: params.text("cooperative"),
        cursor: params.get("cursor").map(str::to_owned),
        limit,
    };
    let settings = state.settings();
    let result = open_catalog::products(&state.db, &settings, locale, &query).await;
    answer(&headers, locale, result)
}

/// A public product with its options, photos, labels and rating.
#[utoipa::path(
    get,
    path = "/products/{slug}",
    tag = "catalog",
    params(
        ("slug" = String, Path, description = "The product's slug, as in its page's address `/p/{slug}`"),
        ("lang" = Option<String>, Query, description = "`ar` (default), `fr` or `en`"),
    ),
    responses(
        (status = 200, description = "The product", body = Product),
        (status = 400, description = "Unknown language", body = ApiError),
        (status = 404, description = "No public product has this slug", body = ApiError),
        Common,
    )
)]
pub async fn product(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (_, locale) = params_or_refuse!(query);
    let settings = state.settings();
    let result = open_catalog::product(&state.db, &settings, locale, &slug).await;
    answer(&headers, locale, result.map(Ok))
}

/// Verified cooperatives, in the order they joined.
#[utoipa::path(
    get,
    path = "/cooperatives",
    tag = "catalog",
    params(
        ("lang" = Option<String>, Query, description = "`ar` (default), `fr` or `en`"),
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page"),
        ("limit" = Option<u64>, Query, description = "Items per page, 1 to 100 (default 24)"),
        ("region" = Option<String>, Query, description = "A region's code, e.g. `souss-massa`"),
        ("sector" = Option<String>, Query, description = "A sector's code, e.g. `agriculture`"),
    ),
    responses(
        (status = 200, description = "A page of cooperatives", body = Page<CooperativeSummary>),
        (status = 400, description = "Unknown language, bad cursor, bad or too large limit", body = ApiError),
        Common,
    )
)]
pub async fn cooperatives(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (params, locale) = params_or_refuse!(query);
    let limit = match params.limit() {
        Ok(limit) => limit,
        Err(refusal) => return refuse(locale, refusal),
    };
    let query = CooperativeQuery {
        region: params.text("region"),
        sector: params.text("sector"),
        cursor: params.get("cursor").map(str::to_owned),
        limit,
    };
    let settings = state.settings();
    let result = open_catalog::cooperatives(&state.db, &settings, locale, &query).await;
    answer(&headers, locale, result)
}

/// A verified cooperative with what its storefront shows.
#[utoipa::path(
    get,
    path = "/cooperatives/{slug}",
    tag = "catalog",
    params(
        ("slug" = String, Path, description = "The cooperative's slug, as in its storefront's address `/c/{slug}`"),
        ("lang" = Option<String>, Query, description = "`ar` (default), `fr` or `en`"),
    ),
    responses(
        (status = 200, description = "The cooperative", body = Cooperative),
        (status = 400, description = "Unknown language", body = ApiError),
        (status = 404, description = "No verified cooperative has this slug", body = ApiError),
        Common,
    )
)]
pub async fn cooperative(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (_, locale) = params_or_refuse!(query);
    let settings = state.settings();
    let result = open_catalog::cooperative(&state.db, &settings, locale, &slug).await;
    answer(&headers, locale, result.map(Ok))
}

/// The category tree, parents before their children.
#[utoipa::path(
    get,
    path = "/categories",
    tag = "catalog",
    params(("lang" = Option<String>, Query, description = "`ar` (default), `fr` or `en`")),
    responses(
        (status = 200, description = "Every category", body = Vec<Category>),
        (status = 400, description = "Unknown language", body = ApiError),
        Common,
    )
)]
pub async fn categories(RawQuery(query): RawQuery, headers: HeaderMap) -> Response {
    let (_, locale) = params_or_refuse!(query);
    cached_json(&headers, &open_catalog::categories(locale))
}

/// Products matching words in any of the three languages (Arabic and Darija spellings
/// included), best first.
#[utoipa::path(
    get,
    path = "/search",
    tag = "catalog",
    params(
        ("q" = String, Query, description = "The words to find"),
        ("lang" = Option<String>, Query, description = "`ar` (default), `fr` or `en`"),
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page"),
        ("limit" = Option<u64>, Query, description = "Items per page, 1 to 100 (default 24)"),
    ),
    responses(
        (status = 200, description = "A page of products, best first", body = Page<ProductSummary>),
        (status = 400, description = "No words, unknown language, bad cursor, bad or too large limit", body = ApiError),
        Common,
        (status = 503, description = "The search engine is unavailable", body = ApiError),
    )
)]
pub async fn search(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let (params, locale) = params_or_refuse!(query);
    let limit = match params.limit() {
        Ok(limit) => limit,
        Err(refusal) => return refuse(locale, refusal),
    };
    let q = params.get("q").unwrap_or_default().to_owned();
    let result = open_catalog::search(&state, locale, &q, params.get("cursor"), limit).await;
    answer(&headers, locale, result)
}
