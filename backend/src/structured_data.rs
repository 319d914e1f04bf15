//! schema.org structured data (JSON-LD) for search engines, made of what the page itself shows:
//! a product with an `Offer` per option, its shipping from the delivery settings, its rating and
//! reviews when the page shows them; the breadcrumb trail a page shows; a cooperative as an
//! `Organization`. Every value is rendered by [`script`], safe inside `<script>`.

use serde_json::{Value, json};

/// The facts a product's structured data is made of.
pub struct ProductFacts<'a> {
    pub url: &'a str,
    pub name: &'a str,
    /// Plain text (see [`crate::rich_text::plain_text`]).
    pub description: &'a str,
    pub images: Vec<String>,
    pub sku: &'a str,
    pub category: &'a str,
    pub brand: &'a str,
    /// One per option.
    pub offers: Vec<OfferFacts<'a>>,
    pub currency: &'a str,
    pub seller_url: &'a str,
    /// The visible ratings' average (`"4.5"`) and count, when there is at least one.
    pub rating: Option<(&'a str, u32)>,
    /// The reviews the page shows.
    pub reviews: Vec<ReviewFacts<'a>>,
}

/// An option as an `Offer`.
pub struct OfferFacts<'a> {
    /// The option's label (empty for a single-option product).
    pub name: &'a str,
    pub sku: &'a str,
    pub price_centimes: i64,
    pub in_stock: bool,
    /// The delivery fee of a parcel holding just this option (0 when it travels free).
    pub shipping_centimes: i64,
}

/// A review as the page shows it.
pub struct ReviewFacts<'a> {
    pub author: &'a str,
    pub rating: u8,
    pub body: Option<&'a str>,
    /// `YYYY-MM-DD`.
    pub date: &'a str,
}

/// A schema.org `Product`: an `Offer` per option (one object for a single option, a list for
/// several), each with its `shippingDetails`; `aggregateRating` and `review` when given.
pub fn product(f: &ProductFacts<'_>) -> Value {
    let offers: Vec<Value> = f
        .offers
        .iter()
        .map(|o| {
            let mut offer = json!({
                "@type": "Offer",
                "url": f.url,
                "sku": o.sku,
                "price": decimal(o.price_centimes),
                "priceCurrency": f.currency,
                "availability": if o.in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
                "itemCondition": "https://schema.org/NewCondition",
                "seller": { "@type": "Organization", "name": f.brand, "url": f.seller_url },
                "shippingDetails": {
                    "@type": "OfferShippingDetails",
                    "shippingRate": {
                        "@type": "MonetaryAmount",
                        "value": decimal(o.shipping_centimes),
                        "currency": f.currency,
                    },
                    "shippingDestination": { "@type": "DefinedRegion", "addressCountry": "MA" },
                },
            });
            if !o.name.is_empty() {
                offer["name"] = o.name.into();
            }
            offer
        })
        .collect();
    let offers = match <[Value; 1]>::try_from(offers) {
        Ok([one]) => one,
        Err(many) => Value::Array(many),
    };
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": f.name,
        "description": f.description,
        "image": f.images,
        "sku": f.sku,
        "category": f.category,
        "url": f.url,
        "brand": { "@type": "Brand", "name": f.brand },
        "offers": offers,
    });
    if let Some((average, count)) = f.rating {
        value["aggregateRating"] = json!({
            "@type": "AggregateRating",
            "ratingValue": average,
            "reviewCount": count,
            "bestRating": 5,
            "worstRating": 1,
        });
    }
    if !f.reviews.is_empty() {
        value["review"] = f
            .reviews
            .iter()
            .map(|r| {
                let mut review = json!({
                    "@type": "Review",
                    "author": { "@type": "Person", "name": r.author },
                    "datePublished": r.date,
                    "reviewRating": {
                        "@type": "Rating",
                        "ratingValue": r.rating,
                        "bestRating": 5,
                        "worstRating": 1,
                    },
                });
                if let Some(body) = r.body {
                    review["reviewBody"] = body.into();
                }
                review
            })
            .collect();
    }
    value
}

/// A `BreadcrumbList` of `(name, absolute URL)` steps, the page itself last.
pub fn breadcrumbs(steps: &[(String, String)]) -> Value {
    let items: Vec<Value> = steps
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url })
        })
        .collect();
    json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    })
}

/// The facts a cooperative's `Organization` is made of.
pub struct OrganizationFacts<'a> {
    pub name: &'a str,
    /// The name in the other language (Arabic or French).
    pub other_name: &'a str,
    pub url: &'a str,
    pub logo: Option<&'a str>,
    pub description: Option<&'a str>,
    pub region: &'a str,
    pub province: &'a str,
    pub founded_year: i32,
    pub register_number: &'a str,
}

/// A cooperative as a schema.org `Organization` (a `Cooperative`'s nearest type).
pub fn organization(f: &OrganizationFacts<'_>) -> Value {
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": f.name,
        "alternateName": f.other_name,
        "url": f.url,
        "foundingDate": f.founded_year.to_string(),
        "identifier": f.register_number,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": f.province,
            "addressRegion": f.region,
            "addressCountry": "MA",
        },
    });
    if let Some(logo) = f.logo {
        value["logo"] = logo.into();
        value["image"] = logo.into();
    }
    if let Some(description) = f.description {
        value["description"] = description.into();
    }
    value
}

/// `value` as text safe inside `<script type="application/ld+json">`: `<`, `>` and `&` escaped,
/// so no text can close the element.
pub fn script(value: &Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Centimes as schema.org's decimal text (`"120.50"`).
fn decimal(centimes: i64) -> String {
    format!("{}.{:02}", centimes / 100, centimes % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(offers: Vec<OfferFacts<'a>>) -> ProductFacts<'a> {
        ProductFacts {
            url: "https://taawon.ma/p/x",
            name: "</script><script>alert(1)</script>",
            description: "a & b",
            images: vec![],
            sku: "X",
            category: "Miel",
            brand: "Coop",
            offers,
            currency: "MAD",
            seller_url: "https://taawon.ma/c/coop",
            rating: None,
            reviews: vec![],
        }
    }

    fn offer<'a>(name: &'a str, sku: &'a str, price_centimes: i64) -> OfferFacts<'a> {
        OfferFacts {
            name,
            sku,
            price_centimes,
            in_stock: true,
            shipping_centimes: 3_000,
        }
    }

    fn parsed(value: &Value) -> Value {
        serde_json::from_str(&script(value)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn structured_data_cannot_close_its_script() {
        let value = product(&facts(vec![offer("", "X", 12_050)]));
        let text = script(&value);
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let back = parsed(&value);
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
        assert_eq!(back["offers"]["price"], "120.50");
        assert_eq!(
            back["offers"]["shippingDetails"]["shippingRate"]["value"],
            "30.00"
        );
        assert!(back.get("aggregateRating").is_none() && back.get("review").is_none());
    }

    #[test]
    fn several_options_are_several_offers() {
        let back = parsed(&product(&facts(vec![
            offer("100 ml", "ARG-100", 8_000),
            offer("1 l", "ARG-1L", 45_000),
        ])));
        assert_eq!(back["offers"][0]["name"], "100 ml");
        assert_eq!(back["offers"][1]["sku"], "ARG-1L");
        assert_eq!(back["offers"][1]["price"], "450.00");
    }

    #[test]
    fn ratings_and_reviews_appear_when_given() {
        let mut f = facts(vec![offer("", "X", 100)]);
        f.rating = Some(("4.5", 2));
        f.reviews = vec![ReviewFacts {
            author: "Amina",
            rating: 5,
            body: Some("Très bon"),
            date: "2026-11-02",
        }];
        let back = parsed(&product(&f));
        assert_eq!(back["aggregateRating"]["ratingValue"], "4.5");
        assert_eq!(back["aggregateRating"]["reviewCount"], 2);
        assert_eq!(back["review"][0]["author"]["name"], "Amina");
        assert_eq!(back["review"][0]["reviewRating"]["ratingValue"], 5);
    }

    #[test]
    fn breadcrumbs_are_numbered_from_one() {
        let back = parsed(&breadcrumbs(&[
            ("Catégories".into(), "https://taawon.ma/categories".into()),
            ("Miel".into(), "https://taawon.ma/categories/honey".into()),
        ]));
        assert_eq!(back["@type"], "BreadcrumbList");
        assert_eq!(back["itemListElement"][0]["position"], 1);
        assert_eq!(back["itemListElement"][1]["position"], 2);
        assert_eq!(
            back["itemListElement"][1]["item"],
            "https://taawon.ma/categories/honey"
        );
    }
}
