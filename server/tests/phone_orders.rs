//! Buying with a phone number, as most of our buyers do: a guest orders with no e-mail and hears
//! of the order by text message in their language; a phone that is not Moroccan is refused with
//! nothing written; a guest who lost the link reopens the order from its number and phone, with
//! the same answer for a wrong pair and an unknown number, and a limit on guessing.

use crate::{
    cooperatives::setup,
    helpers::*,
    orders::{add, address, form_key, order_count, place},
    products::published_product,
};
use backend::entity::{order, outbox};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// A guest's browser that chose `locale` with the language menu.
async fn guest_in(app: &TestApp, locale: &str) -> Client {
    let guest = browser();
    let chosen = app
        .post_form_as(&guest, "/api/locale", "/", &[("locale", locale)])
        .await;
    assert!(chosen.status().is_redirection() || chosen.status().is_success());
    guest
}

/// Places a cash order of one product as `guest`, with `overrides` of the usual address.
pub(crate) async fn order_as(
    app: &TestApp,
    guest: &Client,
    product: &backend::entity::product::Model,
    overrides: &[(&str, &str)],
) -> reqwest::Response {
    add(app, guest, product, "1").await;
    let page = app
        .get_as(guest, "/checkout")
        .await
        .text()
        .await
        .expect("body");
    let key = form_key(&page);
    place(app, guest, &address(&key, overrides)).await
}

#[tokio::test]
async fn a_guest_orders_with_a_phone_only_and_hears_by_text_in_their_language() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = guest_in(&app, "fr").await;
    add(&app, &guest, &argan, "1").await;
    let checkout = app
        .get_as(&guest, "/checkout")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        checkout.contains("E-mail (facultatif)"),
        "the address is marked optional"
    );
    let key = form_key(&checkout);
    let placed = place(&app, &guest, &address(&key, &[("email", "")])).await;
    let to = location(&placed);
    assert!(to.starts_with("/orders/TA-"), "{to}");
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("the order");
    assert_eq!((o.buyer_email(), o.phone.as_str()), (None, "0661234567"));

    // No mail to nobody; a text to the phone, in French, with the order's private link.
    let mails = outbox::Entity::find()
        .filter(outbox::Column::Kind.eq("mail"))
        .all(&app.db)
        .await
        .expect("outbox");
    assert!(
        mails.iter().all(|m| !m.payload.contains("salma")),
        "no e-mail for the buyer"
    );
    outbox_tried(&app).await;
    let texts = texts_to(&app, "0661234567");
    assert_eq!(texts.len(), 1, "{texts:?}");
    let text = &texts[0];
    assert!(text.contains("Content-Language: fr"), "{text}");
    assert!(
        text.contains(&format!("Votre commande Taawon {}", o.number)),
        "{text}"
    );
    assert!(
        text.contains(&format!("/orders/{}?key={}", o.number, o.idempotency_key)),
        "{text}"
    );

    // The confirmation offers the link to keep: WhatsApp to oneself, and a field to copy.
    let (status, page) = app.follow_as(&guest, placed).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("data-testid=\"order-whatsapp\""),
        "WhatsApp link"
    );
    assert!(page.contains("https://wa.me/?text="));
    assert!(page.contains("id=\"share-link\""), "the link to copy");

    // Nobody else sees it.
    let owner_view = app
        .get_as(&admin, &format!("/orders/{}", o.number))
        .await
        .status();
    assert_eq!(owner_view, 404, "nobody else sees it");
}

#[tokio::test]
async fn a_phone_that_is_not_moroccan_is_refused_when_there_is_no_email() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = guest_in(&app, "ar").await;
    let before = outbox::Entity::find().count(&app.db).await.expect("count");
    let refused = order_as(
        &app,
        &guest,
        &argan,
        &[("email", ""), ("phone", "+33 6 12 34 56 78")],
    )
    .await;
    assert_eq!(error_code(&refused), "invalid");
    let errors = &error_json(&refused)["detail"]["errors"];
    assert_eq!(errors.as_array().map(Vec::len), Some(1), "{errors}");
    assert_eq!(errors[0][0], "phone");
    assert_eq!(order_count(&app).await, 0, "nothing ordered");
    assert_eq!(
        outbox::Entity::find().count(&app.db).await.expect("count"),
        before,
        "nothing sent"
    );
    // The page says why, in Arabic, next to the field.
    let (_, page) = app.follow_as(&guest, refused).await;
    assert!(
        page.contains("id=\"phone-error\""),
        "the error sits by the field"
    );
}

#[tokio::test]
async fn a_guest_reopens_an_order_from_its_number_and_phone() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let buyer = guest_in(&app, "fr").await;
    order_as(&app, &buyer, &argan, &[("email", "")]).await;
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("the order");
    let path = format!("/orders/{}", o.number);

    // Another browser (the buyer's new phone) knows the number and the phone.
    let later = guest_in(&app, "fr").await;
    assert_eq!(app.get_as(&later, &path).await.status(), 404);
    let find = |number: String, phone: &'static str| {
        let (app, later) = (&app, &later);
        async move {
            app.post_form_as(
                later,
                "/api/orders/find",
                "/orders/find",
                &[("number", &number), ("phone", phone)],
            )
            .await
        }
    };
    let wrong_phone = find(o.number.clone(), "0700000000").await;
    let unknown = find("TA-ZZZZZZZZ".into(), "0661234567").await;
    assert_eq!(error_code(&wrong_phone), "invalid");
    assert_eq!(
        error_json(&wrong_phone)["detail"]["errors"],
        error_json(&unknown)["detail"]["errors"],
        "a wrong pair and an unknown number get the same answer"
    );
    assert_eq!(
        error_json(&unknown)["detail"]["errors"][0],
        serde_json::json!(["number", { "issue": "order_not_found" }])
    );
    assert_eq!(
        app.get_as(&later, &path).await.status(),
        404,
        "still closed"
    );

    // Written the way people write it, in lower case, with spaces and the country code.
    let found = find(o.number.to_lowercase(), "+212 6 61 23 45 67").await;
    assert_eq!(location(&found), path);
    let page = app.get_as(&later, &path).await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.expect("body").contains(&o.number));
    // Only in that browser.
    assert_eq!(app.get_as(&browser(), &path).await.status(), 404);
}

#[tokio::test]
async fn guessing_an_orders_phone_is_limited() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let buyer = guest_in(&app, "ar").await;
    order_as(&app, &buyer, &argan, &[]).await;
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("the order");
    let guesser = browser();
    let mut limited = 0;
    for n in 0..12 {
        let phone = format!("06000000{n:02}");
        let answer = app
            .post_form_as(
                &guesser,
                "/api/orders/find",
                "/orders/find",
                &[("number", &o.number), ("phone", &phone)],
            )
            .await;
        if error_code(&answer) == "rate_limited" {
            limited += 1;
        }
    }
    assert_eq!(limited, 2, "ten tries an hour, then refused");
    // Even the right pair waits now.
    let right = app
        .post_form_as(
            &guesser,
            "/api/orders/find",
            "/orders/find",
            &[("number", &o.number), ("phone", "0661234567")],
        )
        .await;
    assert_eq!(error_code(&right), "rate_limited");
}
