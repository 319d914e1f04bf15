//! The open, read-only JSON API (`/api/v1`), used as a partner's app uses it: pages walked with
//! cursors to the end, one language per request, `304` on an unchanged ETag, CORS for any site,
//! a limit per client. Only public data: drafts and hidden products, unverified cooperatives and
//! anything personal never appear. Bad input gets a JSON error with a stable code and the right
//! status. The OpenAPI 3.1 document names every route of the contract, every route it names
//! answers, and its page reads right to left in Arabic.

use crate::{helpers::*, products::create_draft, products::published_product};
use backend::entity::product;
use reqwest::{StatusCode, header};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use serde_json::Value;

/// The routes the API promises its partners (the contract).
const CONTRACT: [&str; 6] = [
    "/products",
    "/products/{slug}",
    "/cooperatives",
    "/cooperatives/{slug}",
    "/categories",
    "/search",
];

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    browser().get(app.url(path)).send().await.expect("GET")
}

async fn json(app: &TestApp, path: &str) -> Value {
    let response = get(app, path).await;
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(
        header(response.headers(), "content-type"),
        "application/json"
    );
    response.json().await.expect("JSON")
}

/// The error code and status of a refused request.
async fn refusal(app: &TestApp, path: &str) -> (StatusCode, String, String) {
    let response = get(app, path).await;
    let status = response.status();
    let body: Value = response.json().await.expect("a JSON error");
    (
        status,
        body["error"]["code"].as_str().expect("code").to_owned(),
        body["error"]["message"]
            .as_str()
            .expect("message")
            .to_owned(),
    )
}

/// Every item of a list, walking `next_cursor` `limit` at a time.
async fn walk(app: &TestApp, path: &str, limit: u64) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..100 {
        let joint = if path.contains('?') { '&' } else { '?' };
        let mut url = format!("{path}{joint}limit={limit}");
        if let Some(c) = &cursor {
            url.push_str(&format!("&cursor={c}"));
        }
        let page = json(app, &url).await;
        let got = page["items"].as_array().expect("items").clone();
        assert!(got.len() as u64 <= limit);
        items.extend(got);
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return items,
        }
    }
    panic!("{path}: the cursors never ended");
}

fn slugs(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|i| i["slug"].as_str().expect("slug").to_owned())
        .collect()
}

#[tokio::test]
async fn partners_read_the_public_catalog_a_page_at_a_time_in_their_language() {
    let (app, admin) = crate::cooperatives::setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    // Two more public products, a draft and a hidden one.
    let mut public = vec![argan.slug.clone()];
    for sku in ["arg-500", "arg-1l"] {
        create_draft(&app, &app.client, &coop, &[("sku", sku)]).await;
        let made = crate::products::products_of(&app, &coop)
            .await
            .into_iter()
            .find(|p| p.sku == sku.to_uppercase())
            .expect("made");
        crate::products::add_photo(&app, &app.client, &made.id.to_string()).await;
        crate::products::transition(&app, &app.client, &made.id.to_string(), "publish").await;
        public.push(made.slug);
    }
    create_draft(&app, &app.client, &coop, &[("sku", "draft-1")]).await;
    let draft = crate::products::products_of(&app, &coop)
        .await
        .into_iter()
        .find(|p| p.sku == "DRAFT-1")
        .expect("draft");
    let last = public.pop().expect("three");
    let last_model = crate::products::products_of(&app, &coop)
        .await
        .into_iter()
        .find(|p| p.slug == last)
        .expect("last");
    let mut hide: product::ActiveModel = last_model.clone().into();
    hide.hidden_at = Set(Some(chrono::Utc::now()));
    hide.hidden_reason = Set(Some("test".into()));
    hide.update(&app.db).await.expect("hidden");

    // Walked one at a time, the list is exactly the public products, each once.
    let items = walk(&app, "/api/v1/products?lang=fr", 1).await;
    let mut listed = slugs(&items);
    listed.sort();
    public.sort();
    assert_eq!(listed, public);
    assert!(!listed.contains(&draft.slug) && !listed.contains(&last));
    let first = &items[0];
    assert_eq!(first["title_language"], "fr");
    assert_eq!(first["price"]["currency"], "MAD");
    assert!(first["url"].as_str().expect("url").starts_with("http"));
    assert_eq!(first["cooperative"]["slug"], coop.slug.as_str());
    // In Arabic, Arabic titles.
    let arabic = json(&app, &format!("/api/v1/products/{}?lang=ar", argan.slug)).await;
    assert_eq!(arabic["title"], "زيت أركان غذائي محمص");
    assert_eq!(arabic["category"]["code"], "argan-culinary");
    assert_eq!(arabic["options"][0]["price"]["amount_minor"], 15_000);
    assert_eq!(arabic["options"][0]["in_stock"], true);
    let french = json(&app, &format!("/api/v1/products/{}?lang=fr", argan.slug)).await;
    assert!(
        french["description"]
            .as_str()
            .expect("text")
            .starts_with("Pressée à froid par"),
        "{}",
        french["description"]
    );
    // Filters: a category (with its children), a cooperative.
    assert_eq!(
        walk(&app, "/api/v1/products?category=argan-oils", 10)
            .await
            .len(),
        2
    );
    assert_eq!(
        walk(&app, "/api/v1/products?category=saffron", 10)
            .await
            .len(),
        0
    );
    assert_eq!(
        walk(
            &app,
            &format!("/api/v1/products?cooperative={}", coop.slug),
            10
        )
        .await
        .len(),
        2
    );

    // Drafts, hidden products and unknown slugs are all the same 404.
    for slug in [draft.slug.as_str(), last.as_str(), "no-such-product"] {
        let (status, code, _) = refusal(&app, &format!("/api/v1/products/{slug}")).await;
        assert_eq!(
            (status, code.as_str()),
            (StatusCode::NOT_FOUND, "not_found"),
            "{slug}"
        );
    }

    // Cooperatives: verified ones only, nothing personal.
    let coops = walk(&app, "/api/v1/cooperatives?lang=fr", 1).await;
    assert_eq!(slugs(&coops), std::slice::from_ref(&coop.slug));
    let detail = json(&app, &format!("/api/v1/cooperatives/{}?lang=ar", coop.slug)).await;
    assert_eq!(detail["name"], "تعاونيه تيفاوت لانتاج زيت الاركان");
    assert_eq!(detail["product_count"], 2);
    assert_eq!(detail["women_led"], true);
    let text = detail.to_string();
    for personal in [
        "612 345 678",
        "612345678",
        "fatima@",
        "phone",
        "email",
        "ice",
    ] {
        assert!(!text.contains(personal), "{personal} in {text}");
    }
    assert_eq!(
        walk(&app, "/api/v1/cooperatives?region=souss_massa", 5)
            .await
            .len(),
        1
    );
    assert_eq!(
        walk(&app, "/api/v1/cooperatives?region=oriental", 5)
            .await
            .len(),
        0
    );

    // Categories, in the language asked for.
    let categories = json(&app, "/api/v1/categories?lang=fr").await;
    let argan_oils = categories
        .as_array()
        .expect("list")
        .iter()
        .find(|c| c["code"] == "argan-culinary")
        .cloned()
        .expect("category");
    assert_eq!(argan_oils["name"], "Huile d’argan alimentaire");
    assert_eq!(argan_oils["parent"], "argan-oils");

    // Search, once the index has the products.
    eventually("the search finds both public argan oils", || async {
        let page = json(&app, "/api/v1/search?q=argan&lang=fr").await;
        let found = slugs(page["items"].as_array().expect("items"));
        public.iter().all(|slug| found.contains(slug))
            && !found.contains(&draft.slug)
            && !found.contains(&last)
    })
    .await;
    let page = json(&app, "/api/v1/search?q=argan&lang=fr&limit=1").await;
    let next = page["next_cursor"]
        .as_str()
        .expect("a second page")
        .to_owned();
    let second = json(
        &app,
        &format!("/api/v1/search?q=argan&lang=fr&limit=1&cursor={next}"),
    )
    .await;
    assert_ne!(second["items"][0]["slug"], page["items"][0]["slug"]);
}

#[tokio::test]
async fn answers_revalidate_cache_and_open_to_other_sites() {
    let (app, admin) = crate::cooperatives::setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let path = format!("/api/v1/products/{}?lang=fr", argan.slug);
    let first = get(&app, &path).await;
    let etag = header(first.headers(), "etag");
    assert!(etag.starts_with('"'), "{etag}");
    assert_eq!(
        header(first.headers(), "cache-control"),
        "public, max-age=60"
    );
    let again = browser()
        .get(app.url(&path))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.bytes().await.expect("body").is_empty());
    // A change gives another ETag.
    crate::products::set_price(&app, &argan, 16_000).await;
    let changed = browser()
        .get(app.url(&path))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(changed.status(), 200);
    assert_ne!(header(changed.headers(), "etag"), etag);

    // Any site may read it: the answer and the preflight say so.
    let cross = browser()
        .get(app.url("/api/v1/categories"))
        .header(header::ORIGIN, "https://portail.odco.example")
        .send()
        .await
        .expect("GET");
    assert_eq!(header(cross.headers(), "access-control-allow-origin"), "*");
    let preflight = browser()
        .request(reqwest::Method::OPTIONS, app.url("/api/v1/products"))
        .header(header::ORIGIN, "https://portail.odco.example")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .expect("OPTIONS");
    assert!(preflight.status().is_success(), "{}", preflight.status());
    assert!(header(preflight.headers(), "access-control-allow-methods").contains("GET"));
    // Writing is not a thing here.
    let post = browser()
        .post(app.url("/api/v1/products"))
        .header(header::ORIGIN, app.url(""))
        .send()
        .await
        .expect("POST");
    assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn bad_input_gets_a_stable_code_and_the_right_status() {
    let (app, admin) = crate::cooperatives::setup().await;
    published_product(&app, &admin).await;
    for (path, status, code) in [
        ("/api/v1/products?lang=de", 400, "unknown_language"),
        ("/api/v1/products?lang=FR", 400, "unknown_language"),
        ("/api/v1/products?cursor=not-a-cursor", 400, "bad_cursor"),
        // A cooperatives cursor is not a products cursor.
        (
            "/api/v1/products?cursor=YzowMTkzYmY0Yi0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDA",
            400,
            "bad_cursor",
        ),
        ("/api/v1/products?limit=101", 400, "limit_too_large"),
        ("/api/v1/products?limit=0", 400, "bad_limit"),
        ("/api/v1/products?limit=many", 400, "bad_limit"),
        ("/api/v1/cooperatives?cursor=%25%25", 400, "bad_cursor"),
        ("/api/v1/search?q=", 400, "bad_query"),
        (
            "/api/v1/search?q=argan&cursor=czo5OTk5OTk5",
            400,
            "bad_cursor",
        ),
        ("/api/v1/cooperatives/no-such-cooperative", 404, "not_found"),
        ("/api/v1/no-such-route", 404, "not_found"),
    ] {
        let (got, got_code, message) = refusal(&app, path).await;
        assert_eq!((got.as_u16(), got_code.as_str()), (status, code), "{path}");
        assert!(!message.is_empty(), "{path}");
    }
    // The message is in the language asked for when that is one of ours.
    let (_, _, message) = refusal(&app, "/api/v1/products?lang=fr&limit=500").await;
    assert_eq!(message, "Au plus 100 éléments par page.");
    let (_, _, message) = refusal(&app, "/api/v1/products?lang=ar&limit=500").await;
    assert_eq!(message, "100 عنصر في الصفحة على الأكثر.");
}

#[tokio::test]
async fn each_client_has_a_limit_a_minute() {
    let app = spawn_app_with(Spawn {
        api_per_minute: Some(5),
        ..Spawn::default()
    })
    .await;
    for _ in 0..5 {
        assert_eq!(get(&app, "/api/v1/categories").await.status(), 200);
    }
    let refused = get(&app, "/api/v1/categories?lang=fr").await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = header(refused.headers(), "retry-after")
        .parse()
        .expect("Retry-After");
    assert!((1..=60).contains(&wait), "{wait}");
    let body: Value = refused.json().await.expect("JSON");
    assert_eq!(body["error"]["code"], "rate_limited");
}

#[tokio::test]
async fn the_openapi_document_names_every_route_and_every_route_it_names_answers() {
    let (app, admin) = crate::cooperatives::setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let doc = json(&app, "/api/v1/openapi.json").await;
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    for route in CONTRACT {
        assert!(
            paths.contains_key(route),
            "{route} is missing from the OpenAPI document"
        );
    }
    // Every schema a path refers to is in the components.
    let text = doc.to_string();
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = &reference[..reference.find('"').expect("end")];
        assert!(
            schemas.contains_key(name),
            "{name} is referred to but not described"
        );
    }
    // Every route the document names answers as documented.
    for (route, item) in paths {
        assert!(item.get("get").is_some(), "{route}: GET only");
        let concrete = route
            .replace("/products/{slug}", &format!("/products/{}", argan.slug))
            .replace(
                "/cooperatives/{slug}",
                &format!("/cooperatives/{}", coop.slug),
            );
        let query = if route == "/search" { "?q=argan" } else { "" };
        let response = get(&app, &format!("/api/v1{concrete}{query}")).await;
        assert_eq!(response.status(), 200, "{route}");
    }
    // The page people read: every route, right to left in Arabic.
    let page = browser()
        .get(app.url("/api/v1/docs?lang=ar"))
        .send()
        .await
        .expect("GET");
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("dir=\"rtl\"") && html.contains("واجهة برمجة مفتوحة"));
    for route in CONTRACT {
        assert!(
            html.contains(&format!("/api/v1{route}</code>")),
            "{route} on the page"
        );
    }
}
