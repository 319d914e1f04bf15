//! Reviews through HTTP: a signed-in buyer reviews a product once it was delivered, once; the
//! review and the average show on the product page (the cached copy too) and the storefront; the
//! cooperative answers once; an admin hides a review with a reason; everyone else is refused
//! and nothing changes.

use crate::{
    cooperatives::setup,
    helpers::*,
    orders::{act, add, address, place, shipment_of},
    products::published_product,
};
use backend::entity::{order_line, review};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

async fn review_count(app: &TestApp) -> u64 {
    review::Entity::find().count(&app.db).await.expect("count")
}

pub(crate) async fn write(
    app: &TestApp,
    client: &Client,
    line: &str,
    rating: &str,
    body: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/reviews/write",
        "/orders",
        &[("line_id", line), ("rating", rating), ("body", body)],
    )
    .await
}

async fn page_in(app: &TestApp, client: &Client, path: &str, lang: &str) -> String {
    client
        .get(app.url(path))
        .header("accept", "text/html")
        .header("accept-language", lang)
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body")
}

#[tokio::test]
async fn a_buyer_reviews_a_delivered_product_once_and_the_cooperative_answers_once() {
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let buyer = signed_up(&app, "Salma Idrissi", "salma@example.ma").await;
    add(&app, &buyer, &argan, "1").await;
    let key = Uuid::new_v4().to_string();
    let placed = place(&app, &buyer, &address(&key, &[])).await;
    let order_page = location(&placed);
    let number = order_page
        .trim_start_matches("/orders/")
        .split('?')
        .next()
        .expect("number")
        .to_owned();
    let line = order_line::Entity::find()
        .filter(order_line::Column::ProductId.eq(argan.id))
        .one(&app.db)
        .await
        .expect("query")
        .expect("line")
        .id
        .to_string();

    // Before delivery there is nothing to review.
    let early = write(&app, &buyer, &line, "5", "Très bon").await;
    assert_eq!(error_code(&early), "conflict");
    let html = page_in(&app, &buyer, &format!("/orders/{number}"), "fr").await;
    assert!(!html.contains("/api/reviews/write"));

    // Anonymous visitors load the product page (cached) before any review.
    let anonymous = browser();
    let before = page_in(&app, &anonymous, &format!("/p/{}", argan.slug), "fr").await;
    assert!(before.contains("Pas encore d’avis"), "no reviews yet");

    let part = shipment_of(&app, coop.id).await;
    for event in ["confirm", "ship", "deliver"] {
        let done = act(&app, &app.client, coop.id, part.id, &[("event", event)]).await;
        assert!(
            !location(&done).contains("__err="),
            "{event}: {}",
            location(&done)
        );
    }
    let html = page_in(&app, &buyer, &format!("/orders/{number}"), "fr").await;
    assert!(
        html.contains("action=\"/api/reviews/write\""),
        "delivered: a review form"
    );

    // Refused input and other people change nothing.
    for (rating, body) in [
        ("0", ""),
        ("6", ""),
        ("", "Bien"),
        ("4", &"x".repeat(2_001)),
    ] {
        let refused = write(&app, &buyer, &line, rating, body).await;
        assert_eq!(error_code(&refused), "invalid", "{rating}");
    }
    let stranger = signed_up(&app, "Youssef", "youssef@example.ma").await;
    assert_eq!(
        error_code(&write(&app, &stranger, &line, "1", "").await),
        "not_found"
    );
    assert_eq!(
        error_code(&write(&app, &browser(), &line, "1", "").await),
        "unauthorized"
    );
    assert_eq!(review_count(&app).await, 0);

    // The review, once.
    let written = write(
        &app,
        &buyer,
        &line,
        "4",
        "Huile très parfumée, livrée vite.",
    )
    .await;
    assert_eq!(location(&written), format!("/orders/{number}?reviewed=1"));
    let again = write(&app, &buyer, &line, "1", "").await;
    assert_eq!(error_code(&again), "conflict");
    assert_eq!(review_count(&app).await, 1);
    let html = page_in(&app, &buyer, &format!("/orders/{number}?reviewed=1"), "fr").await;
    assert!(html.contains("Votre note pour"));
    assert!(!html.contains("action=\"/api/reviews/write\""));

    // It shows at once on the cached product page and on the storefront, with the average.
    let after = page_in(&app, &anonymous, &format!("/p/{}", argan.slug), "fr").await;
    assert!(
        after.contains("Huile très parfumée"),
        "the cached page was rendered again"
    );
    assert!(after.contains("4,0 sur 5"), "the average");
    assert!(
        after.contains("<strong>Salma</strong>"),
        "the first name only"
    );
    assert!(!after.contains("Idrissi"));
    // Search engines read the same: the rating and the review in the product's structured data.
    let product = crate::seo::block_of(&after, "Product");
    crate::seo::assert_schema(&product);
    assert_eq!(product["aggregateRating"]["ratingValue"], "4.0");
    assert_eq!(product["aggregateRating"]["reviewCount"], 1);
    assert_eq!(product["review"][0]["author"]["name"], "Salma");
    assert_eq!(product["review"][0]["reviewRating"]["ratingValue"], 4);
    assert_eq!(
        product["review"][0]["reviewBody"],
        "Huile très parfumée, livrée vite."
    );
    let ar = page_in(&app, &anonymous, &format!("/p/{}", argan.slug), "ar").await;
    assert!(ar.contains("4,0 من 5"));
    let storefront = page_in(&app, &anonymous, &format!("/c/{}", coop.slug), "fr").await;
    assert!(storefront.contains("Huile très parfumée"));

    // The owner answers, once; nobody else can.
    let id = review::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("review")
        .id
        .to_string();
    let owner_page = page_in(&app, &app.client, &format!("/p/{}", argan.slug), "fr").await;
    assert!(owner_page.contains("action=\"/api/reviews/reply\""));
    let reply = |client: Client, text: &'static str| {
        let (app, id) = (&app, id.clone());
        async move {
            app.post_form_as(
                &client,
                "/api/reviews/reply",
                "/",
                &[("review_id", id.as_str()), ("reply", text)],
            )
            .await
        }
    };
    assert_eq!(
        error_code(&reply(stranger.clone(), "Merci !").await),
        "not_found"
    );
    assert_eq!(error_code(&reply(app.client.clone(), "").await), "invalid");
    let answered = reply(app.client.clone(), "Merci Salma !").await;
    assert_eq!(location(&answered), format!("/p/{}#reviews", argan.slug));
    assert_eq!(
        error_code(&reply(app.client.clone(), "Encore merci").await),
        "conflict"
    );
    let after = page_in(&app, &anonymous, &format!("/p/{}", argan.slug), "fr").await;
    assert!(after.contains("Merci Salma !") && !after.contains("Encore merci"));
}

async fn hide(app: &TestApp, client: &Client, id: &str, reason: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/reviews/hide",
        "/",
        &[("review_id", id), ("reason", reason)],
    )
    .await
}

#[tokio::test]
async fn an_admin_hides_a_review_with_a_reason_and_nobody_else_can() {
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let buyer = signed_up(&app, "Salma", "salma@example.ma").await;
    add(&app, &buyer, &argan, "1").await;
    let key = Uuid::new_v4().to_string();
    place(&app, &buyer, &address(&key, &[])).await;
    let part = shipment_of(&app, coop.id).await;
    for event in ["confirm", "ship", "deliver"] {
        act(&app, &app.client, coop.id, part.id, &[("event", event)]).await;
    }
    let line = order_line::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("line")
        .id
        .to_string();
    write(
        &app,
        &buyer,
        &line,
        "1",
        "Appelez le 0600000000 pour une meilleure offre",
    )
    .await;
    let id = review::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("review")
        .id
        .to_string();
    assert_eq!(
        error_code(&hide(&app, &app.client, &id, "Je n'aime pas").await),
        "forbidden"
    );
    assert_eq!(
        error_code(&hide(&app, &buyer, &id, "Oups").await),
        "forbidden"
    );
    assert_eq!(error_code(&hide(&app, &admin, &id, "").await), "invalid");
    let audits = app.audit_count().await;
    let hidden = hide(&app, &admin, &id, "Publicité et numéro de téléphone").await;
    assert_eq!(location(&hidden), format!("/p/{}#reviews", argan.slug));
    assert_eq!(app.audit_count().await, audits + 1);
    let anonymous = browser();
    let page = page_in(&app, &anonymous, &format!("/p/{}", argan.slug), "fr").await;
    assert!(!page.contains("meilleure offre"), "hidden from buyers");
    assert!(page.contains("Pas encore d’avis"), "and from the average");
    let admin_page = page_in(&app, &admin, &format!("/p/{}", argan.slug), "fr").await;
    assert!(
        admin_page.contains("Publicité et numéro de téléphone"),
        "admins see why"
    );
    assert_eq!(
        error_code(&hide(&app, &admin, &id, "Encore").await),
        "conflict"
    );
}
