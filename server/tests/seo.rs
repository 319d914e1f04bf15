//! What search engines read, checked as they read it: every JSON-LD block of a page meets
//! schema.org's (and Google's rich results') required properties for its type — a product with
//! its offers and their shipping, its breadcrumb trail; a storefront's `Organization` and trail;
//! a category's trail. Every language variant of a public page is canonical to itself and names
//! the same reciprocal set of alternates with `x-default`; a listing's later page names itself.
//! The sitemap is an index of files of at most 50,000 addresses, checked at 120,000 products.

use crate::{helpers::*, products::published_product};
use backend::entity::product;
use sea_orm::{ConnectionTrait, EntityTrait, TransactionTrait};
use serde_json::Value;

/// Every JSON-LD block of `html`, parsed.
pub(crate) fn structured_data(html: &str) -> Vec<Value> {
    html.split("<script type=\"application/ld+json\"")
        .skip(1)
        .map(|rest| {
            let open = rest.find('>').expect("script open") + 1;
            let close = rest.find("</script>").expect("script close");
            serde_json::from_str(&rest[open..close]).expect("JSON-LD is valid JSON")
        })
        .collect()
}

/// The block of `@type` `kind` in `html`.
pub(crate) fn block_of(html: &str, kind: &str) -> Value {
    let blocks = structured_data(html);
    blocks
        .iter()
        .find(|b| b["@type"] == kind)
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} in {blocks:#?}"))
}

/// Checks `value` and every typed object inside it against the properties schema.org and
/// Google's rich results require of its type; an unknown type fails, so a new one is listed
/// here with its rules.
pub(crate) fn assert_schema(value: &Value) {
    let Some(object) = value.as_object() else {
        if let Some(items) = value.as_array() {
            items.iter().for_each(assert_schema);
        }
        return;
    };
    if let Some(kind) = object.get("@type").and_then(Value::as_str) {
        let has = |name: &str| object.get(name).is_some_and(|v| !v.is_null() && v != "");
        let required: &[&str] = match kind {
            "Product" => &["name", "offers"],
            "Offer" => &["price", "priceCurrency", "availability", "url"],
            "OfferShippingDetails" => &["shippingRate", "shippingDestination"],
            "MonetaryAmount" => &["value", "currency"],
            "DefinedRegion" => &["addressCountry"],
            "AggregateRating" => &["ratingValue", "reviewCount"],
            "Review" => &["author", "reviewRating"],
            "Rating" => &["ratingValue"],
            "Person" | "Brand" => &["name"],
            "Organization" => &["name", "url"],
            "PostalAddress" => &["addressCountry"],
            "BreadcrumbList" => &["itemListElement"],
            "ListItem" => &["position", "name", "item"],
            other => panic!("a type these checks do not know: {other}"),
        };
        for name in required {
            assert!(has(name), "{kind} lacks {name}: {value:#}");
        }
        if kind == "Offer" {
            let price = object["price"].as_str().expect("price is text");
            assert!(
                price.split_once('.').is_some_and(|(_, c)| c.len() == 2),
                "price {price}"
            );
        }
        if kind == "BreadcrumbList" {
            let items = object["itemListElement"].as_array().expect("a list");
            assert!(!items.is_empty());
            for (i, item) in items.iter().enumerate() {
                assert_eq!(item["position"], i + 1, "positions count from 1");
                let url = item["item"].as_str().expect("item URL");
                assert!(url.starts_with("http"), "absolute: {url}");
            }
        }
    }
    object.values().for_each(assert_schema);
}

/// The `href` of `<link rel="{rel}" …>` tags in `html`, with their `hreflang`.
fn links(html: &str, rel: &str) -> Vec<(Option<String>, String)> {
    html.split("<link ")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let attr = |name: &str| {
                let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
                Some(tag[start..start + tag[start..].find('"')?].replace("&amp;", "&"))
            };
            (attr("rel")? == rel).then(|| (attr("hreflang"), attr("href").unwrap_or_default()))
        })
        .collect()
}

/// Checks that `path`, fetched bare and in each language, is canonical to itself and names the
/// same reciprocal alternates; returns the bare page.
async fn assert_language_links(app: &TestApp, path: &str) -> String {
    let origin = "https://taawon.example";
    let visitor = browser();
    let bare = app.text_as_in(&visitor, path, "fr").await;
    let canonical = links(&bare, "canonical");
    assert_eq!(canonical, [(None, format!("{origin}{path}"))], "{path}");
    let alternates = links(&bare, "alternate");
    let joint = if path.contains('?') { '&' } else { '?' };
    let expected: Vec<(Option<String>, String)> = ["ar", "fr", "en"]
        .into_iter()
        .map(|tag| {
            (
                Some(tag.to_owned()),
                format!("{origin}{path}{joint}lang={tag}"),
            )
        })
        .chain([(Some("x-default".to_owned()), format!("{origin}{path}"))])
        .collect();
    assert_eq!(alternates, expected, "{path}");
    for tag in ["ar", "fr", "en"] {
        let variant = format!("{path}{joint}lang={tag}");
        let html = app.text_as_in(&visitor, &variant, "fr").await;
        assert!(
            html.contains(&format!("lang=\"{tag}\"")),
            "{variant} is in {tag}"
        );
        assert_eq!(
            links(&html, "canonical"),
            [(None, format!("{origin}{variant}"))],
            "{variant} is canonical to itself"
        );
        assert_eq!(
            links(&html, "alternate"),
            expected,
            "{variant}: the same set"
        );
    }
    bare
}

async fn app_at_example() -> (TestApp, reqwest::Client) {
    let spawned = spawn_app_with(Spawn {
        public_url: Some("https://taawon.example".into()),
        ..Spawn::default()
    })
    .await;
    crate::cooperatives::prepare(spawned).await
}

#[tokio::test]
async fn public_pages_carry_valid_structured_data_and_self_canonical_language_variants() {
    let (app, admin) = app_at_example().await;
    let (coop, argan) = published_product(&app, &admin).await;

    // The product: Product (offers with shipping, no rating before any review) and its trail.
    let html = assert_language_links(&app, &format!("/p/{}", argan.slug)).await;
    let blocks = structured_data(&html);
    assert_eq!(blocks.len(), 2, "{blocks:#?}");
    blocks.iter().for_each(assert_schema);
    let product = block_of(&html, "Product");
    assert!(product.get("aggregateRating").is_none() && product.get("review").is_none());
    let shipping = &product["offers"]["shippingDetails"];
    assert_eq!(shipping["shippingDestination"]["addressCountry"], "MA");
    assert_eq!(shipping["shippingRate"]["currency"], "MAD");
    // The description's plain text is read from the Markdown: no markup, no asterisks.
    let description = product["description"].as_str().expect("description");
    assert!(
        description.starts_with("Pressée à froid") && !description.contains('*'),
        "{description}"
    );
    let trail = block_of(&html, "BreadcrumbList");
    let names: Vec<&str> = trail["itemListElement"]
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["name"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        [
            "Catégories",
            "Argan et autres huiles",
            "Huile d’argan alimentaire",
            "Huile d’argan alimentaire torréfiée"
        ]
    );
    let arabic = app
        .text_as_in(&browser(), &format!("/p/{}?lang=ar", argan.slug), "fr")
        .await;
    assert_eq!(
        block_of(&arabic, "BreadcrumbList")["itemListElement"][0]["name"],
        "الأصناف"
    );

    // The storefront: Organization and its trail.
    let html = assert_language_links(&app, &format!("/c/{}", coop.slug)).await;
    structured_data(&html).iter().for_each(assert_schema);
    let organization = block_of(&html, "Organization");
    assert_eq!(
        organization["url"],
        format!("https://taawon.example/c/{}", coop.slug)
    );
    assert_eq!(organization["address"]["addressCountry"], "MA");
    assert_eq!(
        block_of(&html, "BreadcrumbList")["itemListElement"][0]["name"],
        "Accueil"
    );

    // A category: its trail; a later page of it names itself.
    let html = assert_language_links(&app, "/categories/argan-culinary").await;
    structured_data(&html).iter().for_each(assert_schema);
    let steps = block_of(&html, "BreadcrumbList")["itemListElement"].clone();
    assert_eq!(steps.as_array().map(Vec::len), Some(3));
    assert_eq!(
        steps[2]["item"],
        "https://taawon.example/categories/argan-culinary"
    );
    assert_language_links(&app, "/categories/argan-culinary?page=2").await;

    // Every other public page has its canonical link and alternates.
    for path in ["/", "/categories", "/privacy", "/terms", "/legal"] {
        let html = assert_language_links(&app, path).await;
        structured_data(&html).iter().for_each(assert_schema);
    }
}

/// The `<loc>`s of a sitemap file or index.
fn locs(xml: &str) -> Vec<String> {
    xml.split("<loc>")
        .skip(1)
        .map(|rest| rest[..rest.find("</loc>").expect("loc end")].replace("&amp;", "&"))
        .collect()
}

#[tokio::test]
async fn the_sitemap_is_an_index_of_files_of_at_most_fifty_thousand_addresses() {
    let (app, admin) = app_at_example().await;
    let (coop, argan) = published_product(&app, &admin).await;
    // 119,999 more public products, made straight in the table.
    let template = product::Entity::find_by_id(argan.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("product");
    let txn = app.db.begin().await.expect("begin");
    if app.backend == "postgres" {
        // Without the catalog triggers (the sitemap does not read the revisions): each insert
        // bumps one revision row, and 120,000 updates of one row in one transaction take
        // PostgreSQL minutes (every version stays until the transaction ends).
        txn.execute_unprepared("SET LOCAL session_replication_role = replica")
            .await
            .expect("triggers off");
    }
    for chunk in (1..120_000).collect::<Vec<usize>>().chunks(1_000) {
        let rows = chunk.iter().map(|k| {
            let mut row = template.clone();
            row.id = uuid::Uuid::now_v7();
            row.slug = format!("bulk-{k:06}");
            row.sku = format!("BULK-{k}");
            product::ActiveModel::from(row)
        });
        product::Entity::insert_many(rows)
            .exec(&txn)
            .await
            .expect("insert");
    }
    txn.commit().await.expect("commit");

    let index = app.get("/sitemap.xml").await;
    assert_eq!(index.status(), 200);
    let index = index.text().await.expect("body");
    assert!(index.contains("<sitemapindex"), "{index}");
    let files = locs(&index);
    let base = "https://taawon.example/sitemaps/";
    assert_eq!(
        files,
        [
            "pages.xml",
            "cooperatives-1.xml",
            "products-1.xml",
            "products-2.xml",
            "products-3.xml"
        ]
        .map(|f| format!("{base}{f}"))
    );
    let mut products = Vec::new();
    for file in &files {
        let response = app
            .get(file.trim_start_matches("https://taawon.example"))
            .await;
        assert_eq!(response.status(), 200, "{file}");
        let xml = response.text().await.expect("body");
        assert!(
            xml.starts_with("<?xml") && xml.trim_end().ends_with("</urlset>"),
            "{file}"
        );
        let urls = locs(&xml);
        assert!(
            urls.len() as u64 <= domain::sitemap::URLS_PER_FILE,
            "{file}: {}",
            urls.len()
        );
        // Every address with its three variants and x-default.
        assert_eq!(xml.matches("hreflang=").count(), urls.len() * 4, "{file}");
        if file.contains("products-") {
            products.extend(urls);
        } else if file.ends_with("pages.xml") {
            assert!(urls.contains(&"https://taawon.example/categories/argan-culinary".to_owned()));
        } else {
            assert_eq!(urls, [format!("https://taawon.example/c/{}", coop.slug)]);
        }
    }
    assert_eq!(products.len(), 120_000);
    products.sort();
    products.dedup();
    assert_eq!(products.len(), 120_000, "no product twice");
    assert!(products.contains(&format!("https://taawon.example/p/{}", argan.slug)));
    // Files the index does not name are not found.
    for name in [
        "products-4.xml",
        "products-0.xml",
        "products-01.xml",
        "orders-1.xml",
    ] {
        let response = app.get(&format!("/sitemaps/{name}")).await;
        assert_eq!(response.status(), 404, "{name}");
    }
}
