//! The demo catalog: product templates and cooperative styles, read from the data files in
//! `demo/data/` (compiled in, parsed once). Texts come in Arabic, French and English, that order.

use serde::Deserialize;
use std::sync::LazyLock;

/// A product a demo cooperative sells (`demo/data/products.toml` documents each field).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductTemplate {
    /// A category code from `domain::category::TREE` (a sub-category code when one fits).
    pub category: String,
    /// Title in Arabic, French, English.
    pub title: [String; 3],
    /// Description in Arabic, French, English, in the small Markdown subset descriptions accept.
    pub description: [String; 3],
    /// Price in MAD centimes (12000 = 120.00 MAD).
    pub price_centimes: i64,
    /// One of "g", "kg", "ml", "l", "piece".
    pub unit: String,
    /// The quantity in that unit as a person types it, with a dot for decimals ("0.5").
    pub quantity: String,
    /// Shipping weight in grams, packaging included.
    pub weight_grams: i32,
    /// Label codes among "organic", "igp", "aop", "label_agricole", "fair_trade", "onssa".
    pub labels: Vec<String>,
}

/// How a demo cooperative presents itself (`demo/data/styles.toml` documents each field).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoopStyle {
    /// Tagline in Arabic, French, English (at most 80 characters).
    pub tagline: [String; 3],
    /// A short story (two to four sentences) in Arabic, French, English.
    pub story: [String; 3],
    /// Main colour, `#rrggbb`, dark enough for white text (contrast at least 4.5:1).
    pub primary: String,
    /// Light accent colour, `#rrggbb`.
    pub secondary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Products {
    product: Vec<ProductTemplate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Styles {
    style: Vec<CoopStyle>,
}

static PRODUCTS: LazyLock<Vec<ProductTemplate>> = LazyLock::new(|| {
    parse::<Products>(include_str!("../data/products.toml"), "products.toml").product
});

static STYLES: LazyLock<Vec<CoopStyle>> =
    LazyLock::new(|| parse::<Styles>(include_str!("../data/styles.toml"), "styles.toml").style);

/// The data files are compiled in and checked by this crate's tests, so a parse failure is a
/// build that was never tested; it stops the demo command with the file and the place.
fn parse<T: serde::de::DeserializeOwned>(text: &str, file: &str) -> T {
    toml::from_str(text).unwrap_or_else(|e| panic!("demo/data/{file}: {e}"))
}

/// The demo products, grouped by category.
pub fn products() -> &'static [ProductTemplate] {
    &PRODUCTS
}

/// The demo cooperatives' styles.
pub fn styles() -> &'static [CoopStyle] {
    &STYLES
}

/// The top-level category of a category code (the code itself when it is top-level or unknown).
pub(crate) fn top_level(code: &str) -> &str {
    domain::category::TREE
        .iter()
        .find(|top| top.code == code || top.children.iter().any(|c| c.code == code))
        .map_or(code, |top| top.code)
}

/// The top-level categories that handicraft cooperatives sell.
const CRAFTS: [&str; 6] = [
    "rugs-textiles",
    "pottery-ceramics",
    "leather",
    "wood",
    "basketry",
    "jewellery",
];

/// Whether a template's category suits a cooperative of this register sector code: handicraft
/// cooperatives sell crafts, every other sector the food and cosmetics.
pub fn suits(template: &ProductTemplate, sector_code: &str) -> bool {
    let craft = CRAFTS.contains(&top_level(&template.category));
    craft == (sector_code == "handicraft")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_files_parse_with_every_field() {
        assert!(products().len() >= 100, "{}", products().len());
        assert!(styles().len() >= 20, "{}", styles().len());
        for p in products() {
            assert!(
                p.title.iter().all(|t| !t.trim().is_empty()),
                "{:?}",
                p.title
            );
            assert!(
                p.description.iter().all(|d| !d.trim().is_empty()),
                "{:?}",
                p.title
            );
            assert!(p.price_centimes > 0 && p.weight_grams > 0, "{:?}", p.title);
        }
    }

    #[test]
    fn every_template_suits_exactly_one_kind_of_cooperative() {
        let crafts = products().iter().filter(|p| suits(p, "handicraft")).count();
        let food = products()
            .iter()
            .filter(|p| suits(p, "agriculture"))
            .count();
        assert_eq!(crafts + food, products().len());
        assert!(crafts >= 7 && food >= 7, "{crafts} crafts, {food} food");
    }
}
