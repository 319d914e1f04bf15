//! Products through HTTP: a member of a verified cooperative creates a draft, adds photos and
//! publishes it; publishing rules; refused input changes nothing; the public sees only public
//! products; cooperative A cannot touch B's products; labels show once verified; admins hide
//! products with a reason; the product page's structured data; grids, sitemap and robots.txt.

use crate::{
    cooperatives::{decide, register_as, setup, tifawt, verified_cooperative},
    helpers::*,
};
use backend::entity::{audit_log, cooperative, product, product_photo};
use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::io::Cursor;

/// A photo-like JPEG: a warm gradient with a dark "bottle".
pub(crate) fn photo_jpeg() -> Vec<u8> {
    let image = RgbImage::from_fn(900, 900, |x, y| {
        if (350..550).contains(&x) && y > 250 {
            Rgb([0x5b, 0x3a, 0x1e])
        } else {
            Rgb([0xf0, (0xc0 + y / 12) as u8, 0x80])
        }
    });
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(image)
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Jpeg)
        .expect("encode");
    out
}

/// The fields of a complete product form.
pub(crate) fn argan_oil<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("sku", "arg-250"),
        ("category", "argan-culinary"),
        ("price", "150,00"),
        ("stock", "12"),
        ("unit", "ml"),
        ("quantity", "250"),
        ("weight", "420"),
        ("title_ar", "زيت أركان غذائي محمص"),
        ("title_fr", "Huile d’argan alimentaire torréfiée"),
        ("title_en", ""),
        ("description_ar", "زيت معصور على البارد من لوز محمص."),
        (
            "description_fr",
            "**Pressée à froid** par les femmes de Tifawt.\n\n- 250 ml\n- flacon en verre",
        ),
        ("description_en", ""),
    ];
    for (k, v) in overrides {
        match fields.iter_mut().find(|(name, _)| name == k) {
            Some(field) => field.1 = v,
            None => fields.push((k, v)),
        }
    }
    fields
}

/// Creates a draft as `client` for the cooperative `coop`; returns the product.
pub(crate) async fn create_draft(
    app: &TestApp,
    client: &Client,
    coop: &cooperative::Model,
    overrides: &[(&str, &str)],
) -> reqwest::Response {
    let id = coop.id.to_string();
    let mut fields = argan_oil(overrides);
    fields.push(("cooperative_id", &id));
    app.post_form_as(
        client,
        "/api/products/create",
        &format!("/cooperatives/{id}/products/new"),
        &fields,
    )
    .await
}

pub(crate) async fn products_of(app: &TestApp, coop: &cooperative::Model) -> Vec<product::Model> {
    product::Entity::find()
        .filter(product::Column::CooperativeId.eq(coop.id))
        .all(&app.db)
        .await
        .expect("products")
}

pub(crate) async fn add_photo(
    app: &TestApp,
    client: &Client,
    product_id: &str,
) -> reqwest::Response {
    app.post_upload_as(
        client,
        "/api/upload/products/photo",
        &format!("/products/{product_id}/edit"),
        &[
            ("product_id", product_id),
            ("alt_ar", "قنينة زيت أركان"),
            ("alt_fr", "Flacon d’huile d’argan"),
            ("alt_en", ""),
        ],
        ("photo", "argan.jpg", photo_jpeg()),
    )
    .await
}

pub(crate) async fn transition(
    app: &TestApp,
    client: &Client,
    product_id: &str,
    event: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/products/transition",
        &format!("/products/{product_id}/edit"),
        &[("product_id", product_id), ("event", event)],
    )
    .await
}

/// The owner (`app.client`) declares an organic label for cooperative `cid`, with its evidence.
pub(crate) async fn declare_organic(app: &TestApp, cid: &str) -> reqwest::Response {
    app.post_upload_as(
        &app.client,
        "/api/upload/labels/declare",
        &format!("/cooperatives/{cid}/labels"),
        &[
            ("cooperative_id", cid),
            ("kind", "organic"),
            ("reference", "BIO-MA-2024-117"),
        ],
        (
            "evidence",
            "organic.pdf",
            crate::cooperatives::CERTIFICATE.to_vec(),
        ),
    )
    .await
}

/// A verified cooperative with one published product; returns (admin, cooperative, product).
pub(crate) async fn published_product(
    app: &TestApp,
    admin: &Client,
) -> (cooperative::Model, product::Model) {
    let coop = verified_cooperative(app, admin).await;
    let created = create_draft(app, &app.client, &coop, &[]).await;
    assert!(
        location(&created).starts_with("/products/"),
        "{}",
        location(&created)
    );
    let draft = products_of(app, &coop).await.remove(0);
    let id = draft.id.to_string();
    let uploaded = add_photo(app, &app.client, &id).await;
    assert!(
        !location(&uploaded).contains("__err="),
        "{}",
        location(&uploaded)
    );
    let published = transition(app, &app.client, &id, "publish").await;
    assert!(
        !location(&published).contains("__err="),
        "{}",
        location(&published)
    );
    let product = products_of(app, &coop).await.remove(0);
    assert_eq!(product.state, domain::product::ProductState::Published);
    (coop, product)
}

#[tokio::test]
async fn a_member_creates_a_draft_adds_a_photo_and_publishes_it() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    assert_eq!(product.price_centimes, 15_000);
    assert_eq!(product.quantity_milli, 250_000);
    assert_eq!(product.sku, "ARG-250");
    assert!(product.published_at.is_some());
    assert!(
        product
            .slug
            .starts_with("huile-d-argan-alimentaire-torrefiee-"),
        "{}",
        product.slug
    );

    // The public page: price, unit price, photo with srcset, cooperative card, share links.
    let page = app.get_in(&format!("/p/{}", product.slug), "fr").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(
        html.contains("Huile d’argan alimentaire torréfiée"),
        "title"
    );
    assert!(html.contains("150,00 MAD"), "price");
    assert!(html.contains("600,00 MAD / litre"), "unit price per litre");
    assert!(html.contains("srcset=\"/media/images/"), "photo srcset");
    assert!(
        html.contains("<strong>Pressée à froid</strong>"),
        "formatted description"
    );
    assert!(html.contains("https://wa.me/?text="), "WhatsApp link");
    assert!(html.contains("rel=\"canonical\""), "canonical");
    for tag in ["ar", "fr", "en", "x-default"] {
        assert!(
            html.contains(&format!("hreflang=\"{tag}\"")),
            "hreflang {tag}"
        );
    }
    assert!(html.contains("property=\"og:image\""), "og:image");
    assert!(html.contains("name=\"twitter:card\""), "twitter card");
    assert!(html.contains("application/ld+json"), "JSON-LD");
    assert!(
        html.contains(&format!("/c/{}", coop.slug)),
        "cooperative card"
    );
    // Arabic reader with no Arabic description would fall back; here Arabic exists.
    let arabic = app.get_in(&format!("/p/{}", product.slug), "ar").await;
    let arabic = arabic.text().await.expect("body");
    assert!(arabic.contains("زيت أركان غذائي محمص") && arabic.contains("dir=\"rtl\""));
    assert!(arabic.contains("150,00 درهم"));
    // English falls back to French.
    let english = app.get(&format!("/p/{}?lang=en", product.slug)).await;
    let english = english.text().await.expect("body");
    assert!(english.contains("lang=\"fr\"") && english.contains("MAD 150.00"));

    // Grids: its category (and the parent's), its storefront, the home page; the sitemap.
    for path in [
        "/categories/argan-culinary".to_owned(),
        "/categories/argan-oils".to_owned(),
        format!("/c/{}", coop.slug),
        "/".to_owned(),
    ] {
        let html = app.get_in(&path, "fr").await.text().await.expect("body");
        assert!(
            html.contains(&format!("/p/{}", product.slug)),
            "{path} lists it"
        );
    }
    let other = app
        .get_in("/categories/saffron", "fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(!other.contains(&product.slug), "not in another category");
    let index = app.get("/sitemap.xml").await.text().await.expect("body");
    assert!(index.contains("/sitemaps/products-1.xml</loc>"), "{index}");
    let products = app
        .get("/sitemaps/products-1.xml")
        .await
        .text()
        .await
        .expect("body");
    assert!(products.contains(&format!("/p/{}</loc>", product.slug)));
    let coops = app
        .get("/sitemaps/cooperatives-1.xml")
        .await
        .text()
        .await
        .expect("body");
    assert!(coops.contains(&format!("/c/{}</loc>", coop.slug)));
    let robots = app.get("/robots.txt").await.text().await.expect("body");
    assert!(robots.contains("Sitemap: ") && robots.contains("Disallow: /admin/"));
}

#[tokio::test]
async fn publishing_needs_a_photo_and_a_published_product_keeps_one() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    create_draft(&app, &app.client, &coop, &[]).await;
    let draft = products_of(&app, &coop).await.remove(0);
    let id = draft.id.to_string();
    let refused = transition(&app, &app.client, &id, "publish").await;
    assert!(
        location(&refused).contains("__err="),
        "publishing without a photo"
    );
    let (_, page) = app.follow(refused).await;
    assert!(page.contains("publish_blocked"), "the error says why");
    assert_eq!(
        products_of(&app, &coop).await[0].state,
        domain::product::ProductState::Draft
    );

    add_photo(&app, &app.client, &id).await;
    transition(&app, &app.client, &id, "publish").await;
    assert_eq!(
        products_of(&app, &coop).await[0].state,
        domain::product::ProductState::Published
    );
    let photo = product_photo::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("photo");
    let photo_id = photo.id.to_string();
    let removed = app
        .post_form_as(
            &app.client,
            "/api/products/photo",
            &format!("/products/{id}/edit"),
            &[
                ("product_id", &id),
                ("photo_id", &photo_id),
                ("op", "remove"),
            ],
        )
        .await;
    assert!(
        location(&removed).contains("__err="),
        "the last photo stays"
    );
    assert_eq!(
        product_photo::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        1
    );
    // A transition that does not apply is refused and changes nothing.
    let twice = transition(&app, &app.client, &id, "restore").await;
    assert!(location(&twice).contains("__err="));
    assert_eq!(
        products_of(&app, &coop).await[0].state,
        domain::product::ProductState::Published
    );
    // Unpublish, archive, restore.
    for (event, state) in [
        ("unpublish", "draft"),
        ("archive", "archived"),
        ("restore", "draft"),
    ] {
        let moved = transition(&app, &app.client, &id, event).await;
        assert!(!location(&moved).contains("__err="), "{event}");
        assert_eq!(
            products_of(&app, &coop).await[0].state.code(),
            state,
            "{event}"
        );
    }
}

#[tokio::test]
async fn bad_product_input_is_refused_with_translated_errors_and_changes_nothing() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let audit_before = app.audit_count().await;
    for (field, value) in [
        ("price", "0"),
        ("price", "12.345"),
        ("quantity", "-1"),
        ("unit", "ton"),
        ("sku", "a b"),
        ("category", "cars"),
        ("stock", "many"),
    ] {
        let refused = create_draft(&app, &app.client, &coop, &[(field, value)]).await;
        assert!(
            location(&refused).contains("__err="),
            "{field}={value} should be refused"
        );
    }
    let no_title = create_draft(
        &app,
        &app.client,
        &coop,
        &[("title_ar", ""), ("title_fr", " "), ("title_en", "")],
    )
    .await;
    assert!(location(&no_title).contains("__err="));
    assert_eq!(
        products_of(&app, &coop).await.len(),
        0,
        "nothing was written"
    );
    assert_eq!(app.audit_count().await, audit_before);

    // The refused form comes back in French with the field's message and the typed values.
    let refused = app
        .client
        .post(app.url("/api/products/create"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .header(
            "referer",
            app.url(&format!("/cooperatives/{}/products/new", coop.id)),
        )
        .form(&{
            let id = coop.id.to_string();
            let mut fields: Vec<(String, String)> = argan_oil(&[("price", "gratuit")])
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            fields.push(("cooperative_id".into(), id));
            fields
        })
        .send()
        .await
        .expect("POST");
    let back = location(&refused);
    let page = app
        .client
        .get(app.url(&format!("{back}&lang=fr")))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("Indiquez un prix supérieur à 0"),
        "translated error"
    );
    assert!(
        page.contains("value=\"gratuit\""),
        "the typed value is kept"
    );

    // A SKU used twice within one cooperative is refused.
    create_draft(&app, &app.client, &coop, &[]).await;
    let twice = create_draft(&app, &app.client, &coop, &[("title_fr", "Autre")]).await;
    assert!(location(&twice).contains("__err="));
    assert_eq!(products_of(&app, &coop).await.len(), 1);
}

#[tokio::test]
async fn unpublished_and_hidden_products_are_404_to_the_public() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    create_draft(&app, &app.client, &coop, &[]).await;
    let draft = products_of(&app, &coop).await.remove(0);
    let path = format!("/p/{}", draft.slug);
    assert_eq!(
        browser()
            .get(app.url(&path))
            .send()
            .await
            .expect("GET")
            .status(),
        404
    );
    // Its members preview it, and it says it is not indexed.
    let preview = app.get_as(&app.client, &path).await;
    assert_eq!(preview.status(), 200);
    assert!(preview.text().await.expect("body").contains("noindex"));
    let grid = browser()
        .get(app.url("/categories/argan-oils"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(!grid.contains(&draft.slug), "drafts are not listed");
    // A suspended cooperative's products disappear with it.
    let stranger = browser();
    let (_, product) = {
        let id = draft.id.to_string();
        add_photo(&app, &app.client, &id).await;
        transition(&app, &app.client, &id, "publish").await;
        (coop.clone(), products_of(&app, &coop).await.remove(0))
    };
    let public = format!("/p/{}", product.slug);
    assert_eq!(
        stranger
            .get(app.url(&public))
            .send()
            .await
            .expect("GET")
            .status(),
        200
    );
    decide(
        &app,
        &admin,
        &coop.id.to_string(),
        "suspend",
        "Contrôle en cours",
    )
    .await;
    assert_eq!(
        stranger
            .get(app.url(&public))
            .send()
            .await
            .expect("GET")
            .status(),
        404
    );
}

#[tokio::test]
async fn a_cooperative_cannot_touch_another_cooperatives_products() {
    let (app, admin) = setup().await;
    let (coop_a, product) = published_product(&app, &admin).await;
    // Cooperative B, verified, with its own member.
    let member_b = signed_up(&app, "Hassan", "hassan@example.ma").await;
    register_as(
        &app,
        &member_b,
        &tifawt(&[
            ("register_number", "2018/0007"),
            ("name_ar", "تعاونية الأمل للزرابي"),
            ("name_fr", "Coopérative Al Amal des tapis"),
            ("region", "draa_tafilalet"),
            ("province", "ouarzazate"),
            ("sector", "handicraft"),
            ("ice", "002345678000091"),
        ]),
    )
    .await;
    let coop_b = cooperative::Entity::find()
        .filter(cooperative::Column::RegisterNumber.eq("2018/0007"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("B");
    decide(&app, &admin, &coop_b.id.to_string(), "verify", "").await;

    let id = product.id.to_string();
    let a = coop_a.id.to_string();
    let before = products_of(&app, &coop_a).await;
    let attempts: Vec<reqwest::Response> = vec![
        {
            let mut fields = argan_oil(&[("price", "1")]);
            fields.push(("product_id", &id));
            app.post_form_as(&member_b, "/api/products/update", "/", &fields)
                .await
        },
        transition(&app, &member_b, &id, "archive").await,
        add_photo(&app, &member_b, &id).await,
        {
            let mut fields = argan_oil(&[("sku", "STOLEN")]);
            fields.push(("cooperative_id", &a));
            app.post_form_as(&member_b, "/api/products/create", "/", &fields)
                .await
        },
    ];
    for attempt in attempts {
        let back = location(&attempt);
        assert!(back.contains("__err="), "refused: {back}");
        // server_fn puts the error in the URL as base64 JSON: this is `{"code":"not_found"}`.
        assert!(
            back.contains("eyJjb2RlIjoibm90X2ZvdW5kIn0"),
            "B learns nothing about A: {back}"
        );
    }
    for page in [
        format!("/products/{id}/edit"),
        format!("/cooperatives/{a}/products"),
        format!("/cooperatives/{a}/labels"),
    ] {
        let response = app.get_as(&member_b, &page).await;
        assert_eq!(response.status(), 404, "{page}");
    }
    assert_eq!(products_of(&app, &coop_a).await, before, "A is unchanged");
    assert_eq!(
        product_photo::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        1
    );
}

#[tokio::test]
async fn admins_hide_a_product_with_a_reason_the_cooperative_sees() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let id = product.id.to_string();
    let path = format!("/p/{}", product.slug);
    // Not an admin: refused.
    let by_member = app
        .post_form_as(
            &app.client,
            "/api/admin/products/moderate",
            &path,
            &[
                ("product_id", &id),
                ("slug", &product.slug),
                ("reason", "x"),
            ],
        )
        .await;
    assert!(location(&by_member).contains("__err="));
    // No reason: refused.
    let no_reason = app
        .post_form_as(
            &admin,
            "/api/admin/products/moderate",
            &path,
            &[
                ("product_id", &id),
                ("slug", &product.slug),
                ("reason", " "),
            ],
        )
        .await;
    assert!(location(&no_reason).contains("__err="));
    assert!(products_of(&app, &coop).await[0].hidden_at.is_none());

    let hidden = app
        .post_form_as(
            &admin,
            "/api/admin/products/moderate",
            &path,
            &[
                ("product_id", &id),
                ("slug", &product.slug),
                ("reason", "Photo d'un autre produit"),
            ],
        )
        .await;
    assert!(
        !location(&hidden).contains("__err="),
        "{}",
        location(&hidden)
    );
    assert_eq!(
        browser()
            .get(app.url(&path))
            .send()
            .await
            .expect("GET")
            .status(),
        404
    );
    let list = app
        .get_as(&app.client, &format!("/cooperatives/{}/products", coop.id))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        list.contains("Photo d&#x27;un autre produit") || list.contains("Photo d'un autre produit")
    );
    let logged = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("product.hidden"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(logged, 1);
    // Shown again.
    app.post_form_as(
        &admin,
        "/api/admin/products/moderate",
        &path,
        &[("product_id", &id), ("slug", &product.slug)],
    )
    .await;
    assert_eq!(
        browser()
            .get(app.url(&path))
            .send()
            .await
            .expect("GET")
            .status(),
        200
    );
}

#[tokio::test]
async fn labels_show_as_badges_only_once_an_admin_verified_them() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let cid = coop.id.to_string();
    let declared = declare_organic(&app, &cid).await;
    assert!(
        !location(&declared).contains("__err="),
        "{}",
        location(&declared)
    );
    let label = backend::entity::cooperative_label::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("label");
    assert_eq!(label.state, domain::label::LabelStatus::Pending);
    // The product carries it.
    let pid = product.id.to_string();
    let label_id = label.id.to_string();
    let mut fields = argan_oil(&[("labels[0]", &label_id)]);
    fields.push(("product_id", &pid));
    let saved = app
        .post_form_as(
            &app.client,
            "/api/products/update",
            &format!("/products/{pid}/edit"),
            &fields,
        )
        .await;
    assert!(!location(&saved).contains("__err="), "{}", location(&saved));
    let url = app.url(&format!("/p/{}", product.slug));
    let page = |_: &TestApp| {
        let url = url.clone();
        async move {
            browser()
                .get(url)
                .header("cookie", "taawon_locale=en")
                .send()
                .await
                .expect("GET")
                .text()
                .await
                .expect("body")
        }
    };
    assert!(
        !page(&app).await.contains("badge-label"),
        "pending labels do not show"
    );
    let pending_grid = browser()
        .get(app.url("/categories/argan-oils?label=organic"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(!pending_grid.contains(&product.slug), "nor filter");
    // Evidence: members and admins only.
    let evidence = format!("/labels/{label_id}/evidence");
    assert_eq!(app.get_as(&app.client, &evidence).await.status(), 200);
    assert_eq!(app.get_as(&admin, &evidence).await.status(), 200);
    assert_eq!(
        browser()
            .get(app.url(&evidence))
            .send()
            .await
            .expect("GET")
            .status(),
        401
    );
    // Verified by an admin (not by the member).
    let by_member = app
        .post_form_as(
            &app.client,
            "/api/admin/labels/decide",
            "/admin/labels",
            &[("label_id", &label_id), ("decision", "verify")],
        )
        .await;
    assert!(location(&by_member).contains("__err="));
    let verified = app
        .post_form_as(
            &admin,
            "/api/admin/labels/decide",
            "/admin/labels",
            &[("label_id", &label_id), ("decision", "verify")],
        )
        .await;
    assert!(
        !location(&verified).contains("__err="),
        "{}",
        location(&verified)
    );
    let html = page(&app).await;
    assert!(
        html.contains("badge-label") && html.contains("Organic"),
        "verified labels show"
    );
    // Grids filter on verified labels.
    let grid = |label: &str| {
        let url = app.url(&format!("/categories/argan-oils?label={label}"));
        async move {
            browser()
                .get(url)
                .send()
                .await
                .expect("GET")
                .text()
                .await
                .expect("body")
        }
    };
    assert!(
        grid("organic").await.contains(&product.slug),
        "organic filter"
    );
    assert!(!grid("aop").await.contains(&product.slug), "aop filter");
    // A label id of another cooperative cannot be attached.
    let mut fields = argan_oil(&[("labels[0]", "0190c0de-0000-7000-8000-000000000000")]);
    fields.push(("product_id", &pid));
    let foreign = app
        .post_form_as(
            &app.client,
            "/api/products/update",
            &format!("/products/{pid}/edit"),
            &fields,
        )
        .await;
    assert!(location(&foreign).contains("__err="));
}

#[tokio::test]
async fn descriptions_are_sanitised() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    create_draft(
        &app,
        &app.client,
        &coop,
        &[(
            "description_fr",
            "<script>alert('x')</script><img src=x onerror=alert(1)>\n\n**ok**",
        )],
    )
    .await;
    let draft = products_of(&app, &coop).await.remove(0);
    let html = app
        .get_as(&app.client, &format!("/p/{}?lang=fr", draft.slug))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        !html.contains("<script>alert"),
        "no script from the description"
    );
    assert!(!html.contains("<img src=x"), "no injected image");
    assert!(html.contains("<strong>ok</strong>"));
}

/// The structured data of a product page, compared with a reviewed snapshot (the parts that
/// change from run to run — slug suffix, image hashes, port — are normalised).
#[tokio::test]
async fn the_product_page_structured_data_matches_its_snapshot() {
    let app = {
        let spawned = spawn_app_with(Spawn {
            public_url: Some("https://taawon.example".into()),
            platform_fee: Some(rust_decimal::Decimal::new(5, 2)),
            ..Spawn::default()
        })
        .await;
        crate::cooperatives::prepare(spawned).await
    };
    let (app, admin) = app;
    let (_, product) = published_product(&app, &admin).await;
    let html = app
        .get_in(&format!("/p/{}", product.slug), "fr")
        .await
        .text()
        .await
        .expect("body");
    let start = html.find("application/ld+json").expect("JSON-LD");
    let open = html[start..].find('>').expect("script open") + start + 1;
    let close = html[open..].find("</script>").expect("script close") + open;
    let mut json: serde_json::Value = serde_json::from_str(&html[open..close]).expect("valid JSON");
    let suffix = product.slug.rsplit('-').next().expect("suffix").to_owned();
    let normalised = json.to_string().replace(&suffix, "SUFFIX");
    json = serde_json::from_str(&normalised).expect("json");
    if let Some(images) = json["image"].as_array_mut() {
        for image in images {
            *image = serde_json::Value::String("IMAGE".into());
        }
    }
    let expected: serde_json::Value =
        serde_json::from_str(include_str!("snapshots/product_json_ld.json")).expect("snapshot");
    assert_eq!(json, expected, "JSON-LD changed: {json:#}");
    // The fee shows in the price breakdown: 5 % of 150.00 MAD.
    assert!(
        html.contains("7,50 MAD") && html.contains("142,50 MAD"),
        "breakdown"
    );
}

const CSV_HEADER: &str = "sku,category,price,stock,unit,quantity,weight_grams,title_ar,title_fr,title_en,description_ar,description_fr,description_en,labels\n";

async fn import_csv(
    app: &TestApp,
    client: &Client,
    coop: &cooperative::Model,
    csv: &str,
) -> reqwest::Response {
    let id = coop.id.to_string();
    app.post_upload_as(
        client,
        "/api/upload/products/import",
        &format!("/cooperatives/{id}/products"),
        &[("cooperative_id", &id)],
        ("file", "products.csv", csv.as_bytes().to_vec()),
    )
    .await
}

#[tokio::test]
async fn a_csv_import_is_all_or_nothing_and_reimporting_updates_by_sku() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    // Line 3 has a bad price and line 4 an unknown category: nothing is imported, both are named.
    let bad = format!(
        "{CSV_HEADER}AMLOU-1,honey-amlou,95,10,g,250,300,أملو,Amlou aux amandes,,,,,\n\
         HONEY-1,honey-amlou,abc,5,g,500,600,,Miel de thym,,,,,\n\
         X-1,cars,10,1,piece,1,,,Voiture,,,,,\n"
    );
    let refused = import_csv(&app, &app.client, &coop, &bad).await;
    let back = location(&refused);
    assert!(back.contains("__err="), "{back}");
    assert_eq!(products_of(&app, &coop).await.len(), 0, "all or nothing");
    let page = app
        .get_as(&app.client, &format!("{back}&lang=fr"))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("Ligne 3, colonne « price »"),
        "line and column named"
    );
    assert!(page.contains("Ligne 4, colonne « category »"));

    // A clean file (semicolons, as French spreadsheets save) creates drafts.
    let good = "\u{feff}sku;category;price;stock;unit;quantity;title_fr\n\
                AMLOU-1;honey-amlou;95,00;10;g;250;Amlou aux amandes\n\
                HONEY-1;honey-amlou;180;5;g;500;Miel de thym\n";
    let imported = import_csv(&app, &app.client, &coop, good).await;
    assert!(
        location(&imported).contains("created=2&updated=0"),
        "{}",
        location(&imported)
    );
    let mut products = products_of(&app, &coop).await;
    products.sort_by(|a, b| a.sku.cmp(&b.sku));
    assert_eq!(products.len(), 2);
    assert_eq!(products[0].sku, "AMLOU-1");
    assert_eq!(products[0].price_centimes, 9_500);
    assert!(
        products
            .iter()
            .all(|p| p.state == domain::product::ProductState::Draft)
    );

    // Re-importing updates by SKU (and a new SKU adds one).
    let again = "sku,category,price,stock,unit,quantity,title_fr\n\
                 amlou-1,honey-amlou,99.50,7,g,250,Amlou aux amandes grillées\n\
                 DATES-1,dates-dried-fruit,60,20,kg,1,Dattes Mejhoul\n";
    let updated = import_csv(&app, &app.client, &coop, again).await;
    assert!(
        location(&updated).contains("created=1&updated=1"),
        "{}",
        location(&updated)
    );
    let amlou = products_of(&app, &coop)
        .await
        .into_iter()
        .find(|p| p.sku == "AMLOU-1")
        .expect("amlou");
    assert_eq!((amlou.price_centimes, amlou.stock), (9_950, 7));
    assert_eq!(products_of(&app, &coop).await.len(), 3);

    // A SKU twice in one file is refused.
    let twice = "sku,category,price,stock,unit,quantity,title_fr\nA,saffron,40,1,g,1,Safran\na,saffron,40,1,g,1,Safran bis\n";
    assert!(location(&import_csv(&app, &app.client, &coop, twice).await).contains("__err="));
    // Not UTF-8.
    let latin1 =
        b"sku,category,price,stock,unit,quantity,title_fr\nB,saffron,40,1,g,1,Safran \xe9\n";
    let id = coop.id.to_string();
    let refused = app
        .post_upload_as(
            &app.client,
            "/api/upload/products/import",
            &format!("/cooperatives/{id}/products"),
            &[("cooperative_id", &id)],
            ("file", "latin1.csv", latin1.to_vec()),
        )
        .await;
    assert!(location(&refused).contains("__err="));
    assert_eq!(products_of(&app, &coop).await.len(), 3);

    // The export has every product and reads back.
    let export = app
        .get_as(&app.client, &format!("/cooperatives/{id}/products.csv"))
        .await;
    assert_eq!(export.status(), 200);
    let text = export.text().await.expect("body");
    assert!(text.starts_with('\u{feff}'));
    assert!(
        text.contains("AMLOU-1") && text.contains("DATES-1") && text.contains("Dattes Mejhoul")
    );
    let reimported = import_csv(&app, &app.client, &coop, &text).await;
    assert!(
        location(&reimported).contains("created=0&updated=3"),
        "{}",
        location(&reimported)
    );
    // Strangers get nothing; the template is public.
    assert_eq!(
        browser()
            .get(app.url(&format!("/cooperatives/{id}/products.csv")))
            .send()
            .await
            .expect("GET")
            .status(),
        401
    );
    let template = app
        .get("/products/template.csv")
        .await
        .text()
        .await
        .expect("body");
    assert!(template.contains("sku,category,price"));
}

/// The revision the product-page cache checks, read as the server reads it.
async fn revision_of(app: &TestApp, coop: &cooperative::Model) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let sql = if backend == sea_orm::DbBackend::Postgres {
        "SELECT catalog_revision FROM cooperatives WHERE id = $1"
    } else {
        "SELECT catalog_revision FROM cooperatives WHERE id = ?"
    };
    app.db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [coop.id.into()],
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get_by_index::<i64>(0)
        .expect("revision")
}

#[tokio::test]
async fn anonymous_product_pages_are_cached_and_any_change_shows_on_the_next_request() {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set, sea_query::Expr};
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let path = format!("/p/{}", product.slug);
    let visitor = browser();
    let fetch = || async {
        let response = visitor
            .get(app.url(&path))
            .header("accept-language", "fr")
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 200);
        let cache = response
            .headers()
            .get("x-taawon-cache")
            .map(|v| v.to_str().expect("ASCII").to_owned())
            .unwrap_or_default();
        let nonce = csp_nonce(&response);
        (cache, nonce, response.text().await.expect("body"))
    };
    let (first, first_nonce, first_body) = fetch().await;
    let (second, second_nonce, second_body) = fetch().await;
    assert_eq!((first.as_str(), second.as_str()), ("miss", "hit"));
    // The cached copy carries this response's nonce, so its scripts and styles still run.
    assert_ne!(first_nonce, second_nonce);
    assert!(second_body.contains(&format!("nonce=\"{second_nonce}\"")));
    assert!(!second_body.contains(&first_nonce));
    assert_eq!(second_body.replace(&second_nonce, &first_nonce), first_body);
    // Signed-in members are never served the anonymous copy.
    let member = app.get_as(&app.client, &path).await;
    assert!(member.headers().get("x-taawon-cache").is_none());

    // Every table the page shows moves the revision, whichever way it is written.
    let mut seen = revision_of(&app, &coop).await;
    let mut moved = |what: &str, now: i64| {
        assert!(
            now > seen,
            "{what} did not move the revision ({seen} → {now})"
        );
        seen = now;
    };
    let mut row = product.clone().into_active_model();
    row.stock = Set(0);
    row.update(&app.db).await.expect("stock");
    moved("products", revision_of(&app, &coop).await);
    backend::entity::product_translation::Entity::update_many()
        .col_expr(
            backend::entity::product_translation::Column::Title,
            Expr::value("Huile d’argan du matin"),
        )
        .filter(backend::entity::product_translation::Column::ProductId.eq(product.id))
        .filter(backend::entity::product_translation::Column::Locale.eq("fr"))
        .exec(&app.db)
        .await
        .expect("title");
    moved("product_translations", revision_of(&app, &coop).await);
    let (cache, _, body) = fetch().await;
    assert_eq!(cache, "miss");
    assert!(
        body.contains("Huile d’argan du matin"),
        "the new title shows"
    );
    product_photo::Entity::update_many()
        .col_expr(
            product_photo::Column::AltFr,
            Expr::value("Flacon au soleil"),
        )
        .filter(product_photo::Column::ProductId.eq(product.id))
        .exec(&app.db)
        .await
        .expect("alt");
    moved("product_photos", revision_of(&app, &coop).await);
    let (_, _, body) = fetch().await;
    assert!(body.contains("Flacon au soleil"), "the new alt text shows");
    cooperative::Entity::update_many()
        .col_expr(
            cooperative::Column::NameFr,
            Expr::value("Coopérative Tifawt Bio"),
        )
        .filter(cooperative::Column::Id.eq(coop.id))
        .exec(&app.db)
        .await
        .expect("name");
    moved("cooperatives", revision_of(&app, &coop).await);
    let (_, _, body) = fetch().await;
    assert!(
        body.contains("Coopérative Tifawt Bio"),
        "the new name shows"
    );
    let now = chrono::Utc::now();
    backend::entity::cooperative_identity::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        cooperative_id: Set(coop.id),
        version: Set(99),
        primary_colour: Set("#123456".into()),
        secondary_colour: Set("#fedcba".into()),
        tagline_ar: Set(String::new()),
        tagline_fr: Set(String::new()),
        tagline_en: Set(String::new()),
        story_ar: Set(String::new()),
        story_fr: Set(String::new()),
        story_en: Set(String::new()),
        logo_key: Set(None),
        banner_key: Set(None),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("identity");
    moved("cooperative_identities", revision_of(&app, &coop).await);
    let (_, _, body) = fetch().await;
    assert!(body.contains("#123456"), "the new brand colour shows");
    // Hidden by an admin: the cached copy is not served.
    product::Entity::update_many()
        .col_expr(product::Column::HiddenAt, Expr::value(now))
        .filter(product::Column::Id.eq(product.id))
        .exec(&app.db)
        .await
        .expect("hide");
    let hidden = visitor.get(app.url(&path)).send().await.expect("GET");
    assert_eq!(hidden.status(), 404);
}

/// A new price written straight to the database (the product's options and its summary), as
/// no service would tell anyone.
pub(crate) async fn set_price(app: &TestApp, product: &product::Model, centimes: i64) {
    use backend::entity::product_option;
    product_option::Entity::update_many()
        .col_expr(
            product_option::Column::PriceCentimes,
            sea_orm::sea_query::Expr::value(centimes),
        )
        .filter(product_option::Column::ProductId.eq(product.id))
        .exec(&app.db)
        .await
        .expect("option price");
    product::Entity::update_many()
        .col_expr(
            product::Column::PriceCentimes,
            sea_orm::sea_query::Expr::value(centimes),
        )
        .filter(product::Column::Id.eq(product.id))
        .exec(&app.db)
        .await
        .expect("price");
}

/// The cooperative suspended, straight in the database.
pub(crate) async fn suspend(app: &TestApp, coop: &cooperative::Model) {
    cooperative::Entity::update_many()
        .col_expr(
            cooperative::Column::State,
            sea_orm::sea_query::Expr::value("suspended"),
        )
        .filter(cooperative::Column::Id.eq(coop.id))
        .exec(&app.db)
        .await
        .expect("suspend");
}

/// The catalog clock the listing pages' cache checks, read as the server reads it.
async fn catalog_clock(app: &TestApp) -> i64 {
    backend::services::catalog::clock(&app.db)
        .await
        .expect("clock")
}

/// The sum of the clock's counters the cooperatives hash to (0 to 63).
async fn cooperative_counters(app: &TestApp) -> i64 {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.db.get_database_backend();
    let sql = "SELECT CAST(COALESCE(SUM(ticks), 0) AS BIGINT) FROM catalog_clock WHERE shard < 64";
    app.db
        .query_one_raw(Statement::from_string(backend, sql))
        .await
        .expect("query")
        .expect("row")
        .try_get_by_index(0)
        .expect("sum")
}

/// The search job ticks the clock while it holds its batch of `search_queue` rows; a product
/// write takes its cooperative's counter before its `search_queue` row. Were they the same
/// counter, the two could deadlock on PostgreSQL (seen: a price update failed with 40P01).
#[tokio::test]
async fn the_search_index_ticks_a_counter_no_catalog_write_takes() {
    let app = spawn_app().await;
    let (clock, counters) = (catalog_clock(&app).await, cooperative_counters(&app).await);
    backend::services::catalog::tick_clock(&app.db)
        .await
        .expect("tick");
    // The server's own search job may tick too (it pushed the index at start): at least once.
    assert!(catalog_clock(&app).await > clock, "the clock moved");
    assert_eq!(
        cooperative_counters(&app).await,
        counters,
        "no cooperative's counter moved"
    );
}

#[tokio::test]
async fn anonymous_listings_are_cached_and_a_change_anywhere_in_the_catalog_shows_at_once() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let link = format!("/p/{}", product.slug);
    // The search index has taken the new product (and ticked the clock): quiet from here on.
    eventually("the search outbox is empty", || async {
        backend::search::sync::backlog(&app.db)
            .await
            .expect("backlog")
            == 0
    })
    .await;
    eventually("the product is searchable", || async {
        app.get_in("/search?q=argan", "fr")
            .await
            .text()
            .await
            .expect("body")
            .contains(&link)
    })
    .await;
    let visitor = browser();
    let fetch = |path: String, lang: &'static str| {
        let visitor = visitor.clone();
        let url = app.url(&path);
        async move {
            let response = visitor
                .get(url)
                .header("accept-language", lang)
                .send()
                .await
                .expect("GET");
            assert_eq!(response.status(), 200, "{path}");
            let cache = response
                .headers()
                .get("x-taawon-cache")
                .map(|v| v.to_str().expect("ASCII").to_owned())
                .unwrap_or_default();
            (cache, response.text().await.expect("body"))
        }
    };
    let listings = [
        "/".to_owned(),
        format!("/categories/{}", product.category_code),
        format!("/categories/{}?sort=price_asc", product.category_code),
        "/search?q=argan".to_owned(),
    ];
    for path in &listings {
        for lang in ["fr", "ar"] {
            let (first, body) = fetch(path.clone(), lang).await;
            let (second, again) = fetch(path.clone(), lang).await;
            assert_eq!(
                (first.as_str(), second.as_str()),
                ("miss", "hit"),
                "{path} {lang}"
            );
            assert!(
                body.contains(&link) && again.contains(&link),
                "{path} {lang}"
            );
        }
    }
    // Signed in: never the anonymous copy.
    let member = app.get_as(&app.client, "/").await;
    assert!(member.headers().get("x-taawon-cache").is_none());

    // A new price written straight to the database moves the clock, and every listing shows it
    // on its next request.
    let before = catalog_clock(&app).await;
    set_price(&app, &product, 87_654).await;
    assert!(catalog_clock(&app).await > before, "the clock moved");
    let price = domain::money::format(87_654, domain::Locale::Fr);
    for path in &listings {
        let (cache, body) = fetch(path.clone(), "fr").await;
        assert_eq!(cache, "miss", "{path}");
        assert!(body.contains(&price), "{path} shows the new price");
    }
    // The change reached the search outbox too: once the job has pushed it, it ticks again.
    eventually("the search job ticked the clock after its push", || async {
        catalog_clock(&app).await >= before + 2
    })
    .await;
    // The cooperative suspended: gone from every listing on the next request.
    suspend(&app, &coop).await;
    for path in &listings {
        let (_, body) = fetch(path.clone(), "fr").await;
        assert!(!body.contains(&link), "{path} no longer shows it");
    }
    // The search index taking a batch moves the clock too (its answers may have changed).
    let before = catalog_clock(&app).await;
    backend::services::catalog::tick_clock(&app.db)
        .await
        .expect("tick");
    assert!(catalog_clock(&app).await > before);
    let (cache, _) = fetch("/search?q=argan".to_owned(), "fr").await;
    assert_eq!(cache, "miss");
}
