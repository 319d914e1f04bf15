//! The product feeds for shopping platforms, fetched as Google Merchant Center and Meta fetch
//! them: every option in stock of every public product left in the feeds is an item with the
//! formats' required fields (checked here item by item); options of one product share a group;
//! sold-out options, drafts and products kept out are left out; an unchanged catalog answers
//! `304 Not Modified`; unknown feed names are not found.

use crate::{
    cooperatives::setup,
    helpers::*,
    product_options::{options_of, save_options, two_sizes},
    products::create_draft,
};
use backend::entity::cooperative;
use reqwest::header;
use sea_orm::EntityTrait;

/// The Google feed's items, each as its XML text.
fn items(xml: &str) -> Vec<String> {
    xml.split("<item>")
        .skip(1)
        .map(|rest| rest.split("</item>").next().unwrap_or_default().to_owned())
        .collect()
}

/// The text of `<name>` in an item, if present.
fn tag(item: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let start = item.find(&open)? + open.len();
    let end = item[start..].find(&format!("</{name}>"))? + start;
    Some(item[start..end].to_owned())
}

/// Google Merchant Center's required attributes for products that are not apparel: each present
/// and not empty, and a GTIN or `identifier_exists` = no.
fn assert_google_item(item: &str) {
    for name in [
        "g:id",
        "g:title",
        "g:description",
        "g:link",
        "g:image_link",
        "g:availability",
        "g:price",
        "g:brand",
        "g:condition",
        "g:google_product_category",
        "g:shipping",
    ] {
        assert!(
            tag(item, name).is_some_and(|v| !v.trim().is_empty()),
            "{name} in {item}"
        );
    }
    assert!(
        tag(item, "g:gtin").is_some() || tag(item, "g:identifier_exists").as_deref() == Some("no"),
        "{item}"
    );
    assert!(
        ["in_stock", "out_of_stock", "preorder", "backorder"]
            .contains(&tag(item, "g:availability").unwrap_or_default().as_str())
    );
    let price = tag(item, "g:price").unwrap_or_default();
    let (amount, currency) = price.split_once(' ').expect("amount and currency");
    assert!(
        amount.parse::<f64>().is_ok() && currency.len() == 3,
        "{price}"
    );
    for url in ["g:link", "g:image_link"] {
        assert!(
            tag(item, url).is_some_and(|u| u.starts_with("http://") || u.starts_with("https://")),
            "{url} is absolute in {item}"
        );
    }
}

/// Posts the options table of `product` (as its owner) from owned values.
async fn save_table(
    app: &TestApp,
    product: uuid::Uuid,
    rows: &[Vec<(&'static str, String)>],
) -> reqwest::Response {
    let pairs: Vec<Vec<(&str, &str)>> = rows
        .iter()
        .map(|r| r.iter().map(|(k, v)| (*k, v.as_str())).collect())
        .collect();
    let slices: Vec<&[(&str, &str)]> = pairs.iter().map(Vec::as_slice).collect();
    save_options(app, &app.client, product, &slices).await
}

/// The French Google feed fetched again with the tag of an earlier fetch.
async fn revalidate(app: &TestApp, etag: &str) -> reqwest::Response {
    app.client
        .get(app.url("/feeds/products.fr.xml"))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .expect("GET")
}

async fn google_feed(app: &TestApp, lang: &str) -> Vec<String> {
    let feed = app.get(&format!("/feeds/products.{lang}.xml")).await;
    assert_eq!(feed.status(), 200);
    assert!(header(feed.headers(), "content-type").starts_with("application/rss+xml"));
    let xml = feed.text().await.expect("body");
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(xml.trim_end().ends_with("</rss>"), "complete");
    let items = items(&xml);
    items.iter().for_each(|i| assert_google_item(i));
    items
}

#[tokio::test]
async fn the_feeds_list_every_option_in_stock_with_the_required_fields() {
    let (app, admin) = setup().await;
    let (argan, small, large) = two_sizes(&app, &admin).await;
    let (small, large) = (small.to_string(), large.to_string());
    // The 1 l gets its barcode number; a wrong one is refused beside its field.
    let mut rows: Vec<Vec<(&'static str, String)>> = options_of(&app, argan.id)
        .await
        .iter()
        .map(|o| {
            vec![
                ("id", o.id.to_string()),
                ("label", o.label.clone()),
                ("sku", o.sku.clone()),
                ("price", format!("{}", o.price_centimes / 100)),
                ("quantity", format!("{}", o.quantity_milli / 1000)),
                ("stock", o.stock.to_string()),
                ("gtin", String::new()),
            ]
        })
        .collect();
    rows[1][6].1 = "6111245590018".into();
    let refused = save_table(&app, argan.id, &rows).await;
    assert!(
        error_json(&refused)["detail"]["errors"]
            .to_string()
            .contains("gtin_invalid"),
        "{}",
        error_json(&refused)
    );
    rows[1][6].1 = "6 111245 590011".into();
    let saved = save_table(&app, argan.id, &rows).await;
    assert!(!location(&saved).contains("__err="), "{}", location(&saved));

    // A draft of the same cooperative is never listed.
    let coop = cooperative::Entity::find_by_id(argan.cooperative_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("cooperative");
    create_draft(&app, &app.client, &coop, &[("sku", "miel-1")]).await;

    let items = google_feed(&app, "fr").await;
    assert_eq!(items.len(), 2, "one item per option in stock");
    let by_id = |id: &str| {
        items
            .iter()
            .find(|i| tag(i, "g:id").as_deref() == Some(id))
            .cloned()
            .unwrap_or_else(|| panic!("item {id}"))
    };
    let (one, litre) = (by_id(&small), by_id(&large));
    for item in [&one, &litre] {
        assert_eq!(tag(item, "g:item_group_id"), Some(argan.id.to_string()));
        assert_eq!(
            tag(item, "g:link"),
            Some(format!("http://127.0.0.1/p/{}?lang=fr", argan.slug))
        );
        assert_eq!(
            tag(item, "g:description").as_deref(),
            Some("Pressée à froid par les femmes de Tifawt. 250 ml flacon en verre"),
            "plain text from the Markdown"
        );
        assert_eq!(
            tag(item, "g:google_product_category").as_deref(),
            Some(
                "Food, Beverages &amp; Tobacco &gt; Food Items &gt; Cooking &amp; Baking Ingredients &gt; Cooking Oils"
            )
        );
    }
    assert_eq!(tag(&litre, "g:price").as_deref(), Some("450.00 MAD"));
    assert_eq!(tag(&litre, "g:gtin").as_deref(), Some("6111245590011"));
    assert!(tag(&litre, "g:title").is_some_and(|t| t.ends_with("– 1 l")));
    assert_eq!(tag(&one, "g:identifier_exists").as_deref(), Some("no"));
    // The delivery fee (30 MAD, free from 400 MAD of goods).
    assert!(one.contains("<g:price>30.00 MAD</g:price></g:shipping>"));
    assert!(litre.contains("<g:price>0.00 MAD</g:price></g:shipping>"));
    // In Arabic, the Arabic title.
    let arabic = google_feed(&app, "ar").await;
    assert!(
        arabic
            .iter()
            .all(|i| tag(i, "g:title").is_some_and(|t| t.contains("زيت أركان")))
    );

    // Meta's catalog: the same items as CSV with Meta's columns.
    let csv_feed = app.get("/feeds/products.fr.csv").await;
    assert_eq!(csv_feed.status(), 200);
    let text = csv_feed.text().await.expect("body");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let columns: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(columns, domain::feed::META_COLUMNS.map(str::to_owned));
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(records.len(), 2);
    for row in &records {
        for (i, column) in domain::feed::META_COLUMNS.iter().enumerate().take(9) {
            assert!(!row[i].trim().is_empty(), "{column} in {row:?}");
        }
        assert_eq!(&row[3], "in stock");
        assert_eq!(&row[4], "new");
        assert!(row[12].starts_with("MA::Standard:"));
    }

    // Unchanged catalog: 304 and no body; a change moves the tag.
    let first = app.get("/feeds/products.fr.xml").await;
    let etag = header(first.headers(), "etag");
    let again = revalidate(&app, &etag).await;
    assert_eq!(again.status(), 304);
    assert!(again.text().await.expect("body").is_empty());

    // The 1 l sold out: left out, and the tag moved.
    rows[1][5].1 = "0".into();
    save_table(&app, argan.id, &rows).await;
    let changed = revalidate(&app, &etag).await;
    assert_eq!(changed.status(), 200);
    let items = google_feed(&app, "fr").await;
    assert_eq!(items.len(), 1);
    assert_eq!(tag(&items[0], "g:id"), Some(small.clone()));

    // Kept out of the feeds by its cooperative, then back in.
    let id = argan.id.to_string();
    let out = app
        .post_form_as(
            &app.client,
            "/api/products/feeds",
            &format!("/products/{id}/edit"),
            &[("product_id", &id)],
        )
        .await;
    assert!(!location(&out).contains("__err="), "{}", location(&out));
    assert!(google_feed(&app, "fr").await.is_empty(), "kept out");
    let stranger = signed_up(&app, "Omar", "omar@example.ma").await;
    let refused = app
        .post_form_as(
            &stranger,
            "/api/products/feeds",
            &format!("/products/{id}/edit"),
            &[("product_id", &id), ("in_feeds", "on")],
        )
        .await;
    assert_eq!(error_code(&refused), "not_found");
    assert!(
        google_feed(&app, "fr").await.is_empty(),
        "a stranger changes nothing"
    );
    app.post_form_as(
        &app.client,
        "/api/products/feeds",
        &format!("/products/{id}/edit"),
        &[("product_id", &id), ("in_feeds", "on")],
    )
    .await;
    assert_eq!(google_feed(&app, "fr").await.len(), 1, "back in");

    // Unknown feeds are not found.
    for path in [
        "/feeds/products.xx.xml",
        "/feeds/products.fr.json",
        "/feeds/orders.fr.csv",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}
