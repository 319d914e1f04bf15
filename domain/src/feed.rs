//! Product feeds for shopping platforms: Google Merchant Center (RSS 2.0 with the `g:`
//! namespace) and Meta's catalog (CSV). What a feed file is called, how our categories map onto
//! Google's product taxonomy (Meta reads the same field), and how values are written.

use crate::{Locale, category::TREE};

/// A feed's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedFormat {
    /// Google Merchant Center: RSS 2.0 + `g:` elements.
    Google,
    /// Meta (Facebook, Instagram) catalog: CSV with Meta's column names.
    Meta,
}

impl FeedFormat {
    /// The media type of the file.
    pub fn content_type(self) -> &'static str {
        match self {
            FeedFormat::Google => "application/rss+xml; charset=utf-8",
            FeedFormat::Meta => "text/csv; charset=utf-8",
        }
    }
}

/// The format and language of a feed file name: `products.fr.xml`, `products.ar.csv`.
pub fn parse_file(name: &str) -> Option<(FeedFormat, Locale)> {
    let rest = name.strip_prefix("products.")?;
    let (lang, extension) = rest.split_once('.')?;
    let format = match extension {
        "xml" => FeedFormat::Google,
        "csv" => FeedFormat::Meta,
        _ => return None,
    };
    Some((format, Locale::from_tag(lang)?))
}

/// Meta's catalog columns, in file order (`id` … `brand` are required).
pub const META_COLUMNS: [&str; 13] = [
    "id",
    "title",
    "description",
    "availability",
    "condition",
    "price",
    "link",
    "image_link",
    "brand",
    "item_group_id",
    "gtin",
    "google_product_category",
    "shipping",
];

/// Google's product category for one of ours (a sub-category takes its parent's), as the
/// taxonomy's English path, which both Google and Meta accept.
pub fn google_category(code: &str) -> &'static str {
    let top = TREE
        .iter()
        .find(|top| top.code == code || top.children.iter().any(|c| c.code == code))
        .map_or("", |top| top.code);
    match top {
        "argan-oils" | "olive-oil-olives" => {
            "Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils"
        }
        "saffron" | "spices-herbs" => {
            "Food, Beverages & Tobacco > Food Items > Seasonings & Spices > Herbs & Spices"
        }
        "couscous-grains" => "Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal",
        "dates-dried-fruit" => "Food, Beverages & Tobacco > Food Items > Fruits & Vegetables",
        "dairy-cheese" => "Food, Beverages & Tobacco > Food Items > Dairy Products",
        "floral-waters" => "Health & Beauty > Personal Care > Cosmetics",
        "cosmetics-soaps" => "Health & Beauty > Personal Care > Cosmetics > Bath & Body",
        "rugs-textiles" => "Home & Garden > Decor > Rugs",
        "leather" => "Apparel & Accessories > Handbags, Wallets & Cases",
        "jewellery" => "Apparel & Accessories > Jewelry",
        "pottery-ceramics" | "wood" | "basketry" => "Home & Garden > Decor",
        // Honey, amlou, preserves and anything added later.
        _ => "Food, Beverages & Tobacco > Food Items",
    }
}

/// A price as the feeds write it: `150.00 MAD`.
pub fn price(centimes: i64, currency: &str) -> String {
    format!("{}.{:02} {currency}", centimes / 100, centimes % 100)
}

/// Text made safe inside an XML element: markup characters escaped, and the control characters
/// XML 1.0 forbids left out.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_name_a_format_and_a_language() {
        assert_eq!(
            parse_file("products.fr.xml"),
            Some((FeedFormat::Google, Locale::Fr))
        );
        assert_eq!(
            parse_file("products.ar.csv"),
            Some((FeedFormat::Meta, Locale::Ar))
        );
        for bad in [
            "products.xx.xml",
            "products.fr.json",
            "orders.fr.xml",
            "products.xml",
        ] {
            assert_eq!(parse_file(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_category_maps_onto_the_taxonomy() {
        for top in TREE {
            for code in std::iter::once(top.code).chain(top.children.iter().map(|c| c.code)) {
                let path = google_category(code);
                assert!(
                    [
                        "Food, Beverages & Tobacco",
                        "Health & Beauty",
                        "Home & Garden",
                        "Apparel & Accessories"
                    ]
                    .iter()
                    .any(|root| path.starts_with(root)),
                    "{code}: {path}"
                );
            }
        }
        assert_eq!(
            google_category("argan-oils"),
            google_category(TREE[0].children.first().map_or("argan-oils", |c| c.code))
        );
    }

    #[test]
    fn text_cannot_break_the_xml() {
        assert_eq!(
            xml_text("a <b> & \"c\" 'd'\u{0}\u{7}"),
            "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;"
        );
        assert_eq!(price(15_050, "MAD"), "150.50 MAD");
    }
}
