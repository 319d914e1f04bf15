//! Health and metrics endpoints.

use crate::helpers::*;

#[tokio::test]
async fn healthz_answers_ok_when_the_database_does() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.expect("body"), "ok");
}

#[tokio::test]
async fn metrics_are_served_in_prometheus_text_format_on_their_own_address_only() {
    let app = spawn_app().await;
    app.get("/").await;
    assert_eq!(
        app.get("/metrics").await.status(),
        404,
        "not on the public address"
    );
    let metrics = app.metrics_address.clone().expect("a metrics address");
    let response = reqwest::get(format!("{metrics}/metrics"))
        .await
        .expect("metrics");
    assert_eq!(response.status(), 200);
    let body = response.text().await.expect("body");
    for metric in [
        "http_requests_total",
        "http_request_duration_seconds",
        "db_pool_connections",
    ] {
        assert!(body.contains(metric), "{metric} missing:\n{body}");
    }
    // The suite really runs on the backend it was asked for.
    let expected = match app.backend {
        "postgres" => sea_orm::DatabaseBackend::Postgres,
        _ => sea_orm::DatabaseBackend::Sqlite,
    };
    assert_eq!(
        sea_orm::ConnectionTrait::get_database_backend(&app.db),
        expected
    );
}

#[tokio::test]
async fn demo_data_loads_once_with_the_register_and_a_verified_branded_cooperative() {
    use backend::entity::{cooperative, cooperative_identity, registry_entry};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
    let app = spawn_app().await;
    // The same media folder the running server uses.
    let media = backend::media::MediaStore::local(&app.dir.path().join("media")).expect("media");
    // Two cooperatives: the same code as the full demo, in a fraction of the time.
    assert!(demo::seed_with(&app.db, &media, 2).await.expect("seed"));
    assert!(
        !demo::seed_with(&app.db, &media, 2)
            .await
            .expect("seed again"),
        "a second run changes nothing"
    );
    assert_eq!(
        registry_entry::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        2_400
    );
    let coop = cooperative::Entity::find()
        .filter(cooperative::Column::Slug.contains("-"))
        .order_by_asc(cooperative::Column::CreatedAt)
        .one(&app.db)
        .await
        .expect("query")
        .expect("demo cooperative");
    assert_eq!(coop.state, domain::cooperative::CooperativeStatus::Verified);
    assert_eq!(
        cooperative_identity::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        6,
        "for each: colours and story, then the logo, then the banner"
    );
    assert_eq!(coop.certificate_type.as_deref(), Some("application/pdf"));
    let storefront = app.get(&format!("/c/{}", coop.slug)).await;
    assert_eq!(storefront.status(), 200);
    let page = storefront.text().await.expect("body");
    assert!(
        page.contains("class=\"storefront-logo\"") && page.contains("class=\"storefront-banner\"")
    );
    let tag = page
        .split("<img")
        .find(|tag| tag.contains("storefront-logo"))
        .expect("a logo");
    let logo = tag
        .split("src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("logo src");
    assert_eq!(app.get(logo).await.status(), 200, "{logo} is served");
    // Each cooperative lists its products, published with a photo.
    let published = backend::entity::product::Entity::find()
        .filter(backend::entity::product::Column::State.eq("published"))
        .all(&app.db)
        .await
        .expect("products");
    assert_eq!(published.len(), 2 * demo::PRODUCTS_PER_COOPERATIVE);
    assert!(
        page.contains("href=\"/p/"),
        "the storefront lists its products"
    );
    let product_page = app.get(&format!("/p/{}", published[0].slug)).await;
    assert_eq!(product_page.status(), 200);
    assert!(
        product_page
            .text()
            .await
            .expect("body")
            .contains("srcset=\"/media/images/")
    );

    // Demo orders: Amina has ordered from Khadija's cooperative; one order is shipped, the other
    // waits in Khadija's inbox.
    let settings = app.settings.clone();
    demo::seed_orders(&app.db, &settings)
        .await
        .expect("demo orders");
    use backend::entity::{order, shipment};
    assert_eq!(
        order::Entity::find().count(&app.db).await.expect("count"),
        2
    );
    let mut states: Vec<String> = shipment::Entity::find()
        .filter(shipment::Column::CooperativeId.eq(coop.id))
        .all(&app.db)
        .await
        .expect("shipments")
        .into_iter()
        .map(|s| s.state.code().to_owned())
        .collect();
    states.sort();
    assert_eq!(states, ["pending", "shipped"]);
    let khadija = browser();
    let (email, _, password) = demo::DEMO_ACCOUNTS[2];
    app.post_form_as(
        &khadija,
        "/api/account/sign-in",
        "/sign-in",
        &[("email", email), ("password", password)],
    )
    .await;
    let inbox = app
        .get_as(&khadija, &format!("/cooperatives/{}/orders", coop.id))
        .await;
    assert_eq!(inbox.status(), 200);
    assert!(inbox.text().await.expect("body").contains("Amina El Fassi"));

    // The expert programme: Youssef is a verified expert and Khadija's packaging request is open,
    // suggested to him with its reasons.
    demo::seed_experts(&app.db, &settings)
        .await
        .expect("demo experts");
    use backend::entity::{expert, request};
    let experts = expert::Entity::find().all(&app.db).await.expect("experts");
    assert_eq!(experts.len(), 1);
    assert_eq!(experts[0].state, domain::expert::ExpertState::Verified);
    let requests = request::Entity::find()
        .all(&app.db)
        .await
        .expect("requests");
    assert_eq!(requests.len(), 1);
    assert_eq!(
        (requests[0].state.code(), requests[0].cooperative_id),
        ("open", coop.id)
    );
    let youssef = browser();
    let (email, _, password) = demo::DEMO_ACCOUNTS[3];
    app.post_form_as(
        &youssef,
        "/api/account/sign-in",
        "/sign-in",
        &[("email", email), ("password", password)],
    )
    .await;
    let board = app.get_as(&youssef, "/requests").await;
    assert_eq!(board.status(), 200);
    let board = board.text().await.expect("body");
    let suggested = board
        .split("id=\"suggested-heading\"")
        .nth(1)
        .expect("suggestions");
    assert!(
        suggested.contains(&requests[0].id.to_string()),
        "the demo request is suggested"
    );
}

#[tokio::test]
async fn the_healthcheck_command_says_whether_the_server_answers() {
    let app = spawn_app().await;
    let listen = app.address.trim_start_matches("http://").to_owned();
    let check = |listen: String| async move {
        tokio::process::Command::new(env!("CARGO_BIN_EXE_taawon"))
            .arg("healthcheck")
            .env("TAAWON_LISTEN", listen)
            .output()
            .await
            .expect("taawon healthcheck runs")
    };
    let up = check(listen).await;
    assert!(
        up.status.success(),
        "{}",
        String::from_utf8_lossy(&up.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&up.stdout).trim(), "healthy");
    let free = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let down = check(free.to_string()).await;
    assert!(!down.status.success(), "nothing listens on {free}");
}

/// A GET that says it takes gzip (reqwest here does not decode, so the bytes are as sent).
async fn get_gzip(app: &TestApp, path: &str, lang: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .header(reqwest::header::ACCEPT, "text/html")
        .header(reqwest::header::ACCEPT_LANGUAGE, lang)
        .header(reqwest::header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .expect("GET")
}

/// The response's `Content-Encoding`, if any.
fn encoding(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get(reqwest::header::CONTENT_ENCODING)
        .map(|v| v.to_str().expect("ascii").to_owned())
}

fn gunzip(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut text)
        .expect("a valid gzip stream of UTF-8");
    text
}

#[tokio::test]
async fn pages_go_out_gzipped_to_a_browser_that_takes_gzip_and_read_the_same_unzipped() {
    let app = spawn_app().await;
    for (path, lang, marker) in [
        ("/", "ar", "dir=\"rtl\""),
        ("/search?q=argan", "fr", "lang=\"fr\""),
    ] {
        let plain = app.get_in(path, lang).await;
        assert_eq!(plain.status(), 200);
        let plain_nonce = csp_nonce(&plain);
        assert_eq!(
            encoding(&plain),
            None,
            "{path}: a client that did not ask for gzip gets plain HTML"
        );
        let plain = plain.text().await.expect("body");

        let zipped = get_gzip(&app, path, lang).await;
        assert_eq!(zipped.status(), 200);
        let zipped_nonce = csp_nonce(&zipped);
        assert_eq!(encoding(&zipped).as_deref(), Some("gzip"), "{path}");
        let vary = zipped
            .headers()
            .get_all(reqwest::header::VARY)
            .iter()
            .map(|v| v.to_str().expect("ascii").to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join(",");
        assert!(vary.contains("accept-encoding"), "{path}: Vary is {vary:?}");
        let bytes = zipped.bytes().await.expect("body");
        let html = gunzip(&bytes);
        assert!(
            html.contains(marker),
            "{path}: {marker} missing once unzipped"
        );
        assert!(
            bytes.len() * 2 < html.len(),
            "{path}: {} bytes zipped for {} of HTML",
            bytes.len(),
            html.len()
        );
        // The same page but for its per-response CSP nonce.
        assert_eq!(
            html.replace(&zipped_nonce, "NONCE"),
            plain.replace(&plain_nonce, "NONCE"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn downloads_go_out_as_they_are_even_to_a_browser_that_takes_gzip() {
    let app = spawn_app().await;
    let response = get_gzip(&app, "/products/template.csv", "fr").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        encoding(&response),
        None,
        "a CSV attachment is never gzipped (Chromium cancels such a streamed download)"
    );
    let body = response.bytes().await.expect("body");
    assert!(
        body.starts_with(b"\xEF\xBB\xBF") || body.is_ascii(),
        "plain CSV text, not a gzip stream"
    );
    assert_ne!(&body[..2], b"\x1f\x8b");
}
