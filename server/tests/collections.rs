//! Online fairs and collections: an admin creates one (three languages, days, banner, a saved
//! search, hand-picked products); it shows on the home page while it runs, has its own page and
//! sitemap entry, and ends by itself; a cooperative proposes its products and an admin decides.
//! Bad input is refused with a translated reason and nothing written.

use crate::helpers::*;
use backend::entity::{collection, collection_product};
use reqwest::Client;
use sea_orm::{EntityTrait, PaginatorTrait};

fn day(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset)).to_string()
}

/// A complete collection form, running from `from` to `to` days from today.
fn fair<'a>(
    from: &'a str,
    to: &'a str,
    overrides: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("title_ar", "معرض التعاونيات النسائية"),
        ("title_fr", "Foire des coopératives de femmes"),
        ("title_en", "Women's cooperatives fair"),
        ("text_ar", "منتجات التعاونيات التي تقودها النساء."),
        (
            "text_fr",
            "Les produits des coopératives menées par des femmes.",
        ),
        ("text_en", "Products of cooperatives led by women."),
        ("starts_on", from),
        ("ends_on", to),
        ("region", ""),
        ("sector", "agriculture"),
        ("label", ""),
        ("category", ""),
        ("women_led", "1"),
        ("products", ""),
    ];
    for (k, v) in overrides {
        if let Some(field) = fields.iter_mut().find(|(name, _)| name == k) {
            field.1 = v;
        }
    }
    fields
}

async fn create(
    app: &TestApp,
    client: &Client,
    fields: &[(&str, &str)],
    banner: Vec<u8>,
) -> reqwest::Response {
    app.post_upload_as(
        client,
        "/api/upload/admin/collections/create",
        "/admin/collections",
        fields,
        ("banner", "banniere.jpg", banner),
    )
    .await
}

async fn collections(app: &TestApp) -> u64 {
    collection::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

async fn text(app: &TestApp, client: &Client, path: &str, language: &str) -> (u16, String) {
    let response = client
        .get(app.url(path))
        .header("accept-language", language)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

#[tokio::test]
async fn a_fair_runs_on_its_days_with_picked_searched_and_proposed_products() {
    let (app, admin) = crate::cooperatives::setup().await;
    let (coop, argan) = crate::products::published_product(&app, &admin).await;
    let (today, week) = (day(0), day(7));

    // Bad input: a translated reason, nothing written.
    let ends_before = create(&app, &admin, &fair(&week, &today, &[]), Vec::new()).await;
    assert_eq!(error_code(&ends_before), "invalid");
    let errors = error_json(&ends_before)["detail"]["errors"].clone();
    assert_eq!(errors[0][0], "ends_on", "{errors}");
    assert_eq!(errors[0][1]["input"], "ends_before_start", "{errors}");
    let (_, page) = app.follow_as(&admin, ends_before).await;
    assert!(
        page.contains("Le dernier jour précède le premier") || page.contains("اليوم الأخير يسبق"),
        "{page}"
    );
    let unknown = create(
        &app,
        &admin,
        &fair(&today, &week, &[("products", "/p/no-such-product")]),
        Vec::new(),
    )
    .await;
    assert_eq!(error_json(&unknown)["detail"]["errors"][0][0], "products");
    let untitled = create(
        &app,
        &admin,
        &fair(&today, &week, &[("title_en", " ")]),
        Vec::new(),
    )
    .await;
    assert_eq!(error_json(&untitled)["detail"]["errors"][0][0], "title_en");
    let not_an_image = create(
        &app,
        &admin,
        &fair(&today, &week, &[]),
        b"GIF89a not really".to_vec(),
    )
    .await;
    assert_eq!(
        error_json(&not_an_image)["detail"]["errors"][0][0],
        "banner"
    );
    // Only admins create.
    let by_owner = create(&app, &app.client, &fair(&today, &week, &[]), Vec::new()).await;
    assert_eq!(error_code(&by_owner), "forbidden");
    assert_eq!(collections(&app).await, 0);

    // A fair running today with a banner and a saved search (agriculture, women-led).
    let created = create(
        &app,
        &admin,
        &fair(&today, &week, &[]),
        crate::products::photo_jpeg(),
    )
    .await;
    let target = location(&created);
    assert!(
        target.starts_with("/admin/collections?created="),
        "{target}"
    );
    let slug = target
        .trim_start_matches("/admin/collections?created=")
        .to_owned();
    let path = format!("/collections/{slug}");
    let link = format!("/p/{}", argan.slug);
    let (status, fr) = text(&app, &browser(), &path, "fr").await;
    assert_eq!(status, 200);
    assert!(fr.contains("Foire des coopératives de femmes") && fr.contains("collection-banner"));
    assert!(
        fr.contains("/search?sector=agriculture&amp;women_led=1"),
        "its search is a link"
    );
    let (_, ar) = text(&app, &browser(), &path, "ar").await;
    assert!(ar.contains("dir=\"rtl\"") && ar.contains("معرض التعاونيات النسائية"));
    eventually("the saved search finds the argan oil", || async {
        text(&app, &browser(), &format!("{path}?fresh=1"), "fr")
            .await
            .1
            .contains(&link)
    })
    .await;
    // On the home page while it runs, and in the sitemap.
    let (_, home) = text(&app, &browser(), "/", "fr").await;
    assert!(
        home.contains(&format!("href=\"{path}\"")),
        "the home page shows it"
    );
    let (_, pages) = text(&app, &browser(), "/sitemaps/pages.xml", "fr").await;
    assert!(pages.contains(&format!("{path}</loc>")));

    // The cooperative proposes its product; an admin accepts it; it joins the picked products.
    let fairs = format!("/cooperatives/{}/fairs", coop.id);
    let (_, mine) = text(&app, &app.client, &fairs, "fr").await;
    assert!(
        mine.contains("Foire des coopératives de femmes") && mine.contains("Proposer"),
        "{mine}"
    );
    let the_fair = collection::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("fair");
    let propose = |client: &Client| {
        let client = client.clone();
        let app = &app;
        let (cid, fid, pid) = (
            coop.id.to_string(),
            the_fair.id.to_string(),
            argan.id.to_string(),
        );
        async move {
            app.post_form_as(
                &client,
                "/api/cooperatives/fairs/propose",
                &format!("/cooperatives/{cid}/fairs"),
                &[
                    ("cooperative_id", &cid),
                    ("collection_id", &fid),
                    ("product_id", &pid),
                ],
            )
            .await
        }
    };
    let stranger = signed_up(&app, "Omar", "omar@example.ma").await;
    assert_eq!(error_code(&propose(&stranger).await), "not_found");
    let proposed = propose(&app.client).await;
    assert_eq!(location(&proposed), format!("{fairs}?proposed=1"));
    assert_eq!(error_code(&propose(&app.client).await), "conflict", "once");
    let (_, list) = text(&app, &admin, "/admin/collections", "fr").await;
    assert!(
        list.contains(&format!("data-proposal=\"{}\"", argan.id)),
        "{list}"
    );
    let decide = |decision: &'static str| {
        let app = &app;
        let admin = admin.clone();
        let (fid, pid) = (the_fair.id.to_string(), argan.id.to_string());
        async move {
            app.post_form_as(
                &admin,
                "/api/admin/collections/decide",
                "/admin/collections",
                &[
                    ("collection_id", &fid),
                    ("product_id", &pid),
                    ("decision", decision),
                ],
            )
            .await
        }
    };
    assert_eq!(
        location(&decide("accept").await),
        "/admin/collections?decided=1"
    );
    assert_eq!(
        error_code(&decide("decline").await),
        "conflict",
        "decided once"
    );
    let row = collection_product::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("row");
    assert_eq!(row.state, "accepted");
    let (_, mine) = text(&app, &app.client, &fairs, "fr").await;
    assert!(mine.contains("data-state=\"accepted\""));
    let (_, fr) = text(&app, &browser(), &path, "fr").await;
    let picked_part = fr
        .split("id=\"collection-search\"")
        .next()
        .unwrap_or_default();
    assert!(
        picked_part.contains(&link),
        "accepted: among the picked products"
    );

    // Hand-picked by address; an upcoming one is hidden but from admins; an ended one says so
    // and leaves the home page and the sitemap.
    let picked = create(
        &app,
        &admin,
        &fair(
            &day(1),
            &day(3),
            &[
                ("title_fr", "Foire de demain"),
                ("products", &format!("https://taawon.ma{link}")),
                ("sector", ""),
                ("women_led", ""),
            ],
        ),
        Vec::new(),
    )
    .await;
    let upcoming = location(&picked)
        .trim_start_matches("/admin/collections?created=")
        .to_owned();
    let upcoming = format!("/collections/{upcoming}");
    assert_eq!(text(&app, &browser(), &upcoming, "fr").await.0, 404);
    let (status, preview) = text(&app, &admin, &upcoming, "fr").await;
    assert_eq!(status, 200);
    assert!(preview.contains(&link) && preview.contains("Pas encore ouverte"));
    let (past_from, past_to) = (day(-30), day(-1));
    let ended = create(
        &app,
        &admin,
        &fair(&past_from, &past_to, &[("title_fr", "Foire passée")]),
        Vec::new(),
    )
    .await;
    let ended = format!(
        "/collections/{}",
        location(&ended).trim_start_matches("/admin/collections?created=")
    );
    let (status, page) = text(&app, &browser(), &ended, "fr").await;
    assert_eq!(status, 200);
    assert!(page.contains("Cette foire est terminée") && !page.contains(&link));
    let (_, home) = text(&app, &browser(), "/", "fr").await;
    assert!(!home.contains(&ended) && !home.contains(&upcoming));
    let (_, pages) = text(&app, &browser(), "/sitemaps/pages.xml", "fr").await;
    assert!(!pages.contains(&ended) && !pages.contains(&upcoming) && pages.contains(&path));
}
