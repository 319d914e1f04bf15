//! "Ask the cooperative", through HTTP as browsers without JavaScript use it: a signed-in buyer
//! asks from a product page and the cooperative answers (each side told, unread counts, marks
//! read); a guest asks about their order with its link and hears back by text message;
//! strangers see nothing; bad messages change nothing; a reported conversation opens to admins
//! (read only); a cooperative's WhatsApp number is checked and shown as a chat link.

use crate::{cooperatives::setup, helpers::*, phone_orders::order_as, products::published_product};
use backend::entity::{conversation, conversation_message, cooperative, order, outbox};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// The conversation id in a redirect to `/conversations/{id}…`.
fn conversation_id(response: &reqwest::Response) -> String {
    let to = location(response);
    assert!(to.starts_with("/conversations/"), "{to}");
    to.trim_start_matches("/conversations/")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned()
}

async fn messages(app: &TestApp) -> u64 {
    conversation_message::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

/// Mails queued to `to` so far.
async fn mails_to(app: &TestApp, to: &str) -> Vec<String> {
    outbox::Entity::find()
        .filter(outbox::Column::Kind.eq("mail"))
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|m| m.payload)
        .filter(|p| p.contains(to))
        .collect()
}

async fn ask(app: &TestApp, client: &Client, product: &str, body: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/conversations/ask",
        "/p/x",
        &[("product_id", product), ("body", body)],
    )
    .await
}

async fn reply(app: &TestApp, client: &Client, id: &str, body: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/conversations/reply",
        &format!("/conversations/{id}"),
        &[("id", id), ("body", body)],
    )
    .await
}

#[tokio::test]
async fn a_buyer_asks_about_a_product_and_the_cooperative_answers() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let buyer = signed_up(&app, "Salma", "salma@example.ma").await;

    let asked = ask(
        &app,
        &buyer,
        &product.id.to_string(),
        "هل هذا الزيت صالح للطبخ؟ < 5 kg & plus",
    )
    .await;
    let id = conversation_id(&asked);
    let path = format!("/conversations/{id}");
    // The owners are mailed a link to it.
    let owner_mail = outbox::Entity::find()
        .filter(outbox::Column::Kind.eq("mail"))
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .any(|m| m.payload.contains(&path) && m.payload.contains("Salma"));
    assert!(owner_mail, "the cooperative's owners are told");

    // The cooperative's list counts it unread; opening it marks it read.
    let inbox_path = format!("/cooperatives/{}/messages", coop.id);
    let inbox = app.get(&inbox_path).await.text().await.expect("body");
    assert!(
        inbox.contains(&path) && inbox.contains("data-unread=\"1\""),
        "{inbox}"
    );
    let page = app.get(&path).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("هل هذا الزيت صالح للطبخ؟"));
    assert!(
        html.contains("&lt; 5 kg &amp; plus"),
        "the message is shown escaped"
    );
    let inbox = app.get(&inbox_path).await.text().await.expect("body");
    assert!(inbox.contains("data-unread=\"0\""), "read once opened");

    // The answer reaches the buyer by mail, and the buyer's list shows it unread.
    let before = mails_to(&app, "salma@example.ma").await.len();
    let answered = reply(&app, &app.client, &id, "نعم، وهو معصور على البارد.").await;
    assert!(
        location(&answered).contains("sent=1"),
        "{}",
        location(&answered)
    );
    assert_eq!(mails_to(&app, "salma@example.ma").await.len(), before + 1);
    let mine = app
        .get_as(&buyer, "/conversations")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        mine.contains(&path) && mine.contains("data-unread=\"1\""),
        "{mine}"
    );

    // Strangers, visitors and admins (it is not reported) find nothing.
    let stranger = signed_up(&app, "Other", "other@example.ma").await;
    for client in [&stranger, &browser(), &admin] {
        assert_eq!(app.get_as(client, &path).await.status(), 404);
    }
    let intruded = reply(&app, &stranger, &id, "hello").await;
    assert_eq!(error_code(&intruded), "not_found");

    // Reported, admins may read it, but not write in it.
    let reported = app
        .post_form_as(
            &buyer,
            "/api/conversations/report",
            &path,
            &[("id", &id), ("reason", "Demande de paiement hors site")],
        )
        .await;
    assert!(location(&reported).contains("reported=1"));
    assert_eq!(app.get_as(&admin, &path).await.status(), 200);
    let listed = app
        .get_as(&admin, "/admin/conversations")
        .await
        .text()
        .await
        .expect("body");
    assert!(listed.contains(&path));
    let admin_wrote = reply(&app, &admin, &id, "hello").await;
    assert_eq!(error_code(&admin_wrote), "forbidden");
    assert_eq!(messages(&app).await, 2, "question and answer only");
}

#[tokio::test]
async fn bad_messages_are_refused_and_change_nothing() {
    let (app, admin) = setup().await;
    let (_, product) = published_product(&app, &admin).await;
    let buyer = signed_up(&app, "Salma", "salma@example.ma").await;
    let product_id = product.id.to_string();
    let too_long = "م".repeat(domain::conversation::MESSAGE_MAX + 1);
    for (body, issue) in [
        ("<script>alert(1)</script>", "markup_not_allowed"),
        (
            "voir <a href=\"https://x.example\">ici</a>",
            "markup_not_allowed",
        ),
        ("   ", "required"),
        (too_long.as_str(), "too_long"),
    ] {
        let refused = ask(&app, &buyer, &product_id, body).await;
        assert_eq!(error_code(&refused), "invalid", "{body}");
        let errors = &error_json(&refused)["detail"]["errors"];
        assert_eq!(errors[0][0], "body");
        assert_eq!(errors[0][1]["input"], issue, "{errors}");
    }
    assert_eq!(messages(&app).await, 0);
    assert_eq!(
        conversation::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0,
        "no empty conversation is left"
    );
    // A member does not ask their own cooperative; an unknown product is not found.
    let own = ask(&app, &app.client, &product_id, "test").await;
    assert_eq!(error_code(&own), "own_cooperative");
    let unknown = ask(&app, &buyer, &uuid::Uuid::new_v4().to_string(), "test").await;
    assert_eq!(error_code(&unknown), "not_found");
    // A visitor is sent to sign in.
    let visitor = ask(&app, &browser(), &product_id, "test").await;
    assert_eq!(error_code(&visitor), "unauthorized");

    // Thirty messages an hour from one client, then a wait.
    let first = ask(&app, &buyer, &product_id, "Salam").await;
    let id = conversation_id(&first);
    let mut limited = 0;
    for n in 0..30 {
        let answer = reply(&app, &buyer, &id, &format!("message {n}")).await;
        if error_code(&answer) == "rate_limited" {
            limited += 1;
        }
    }
    assert!(limited >= 1, "the client is limited");
}

#[tokio::test]
async fn a_guest_asks_about_their_order_and_hears_back_by_text() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let guest = browser();
    order_as(&app, &guest, &product, &[("email", "")]).await;
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    // The order link's secret: the checkout form's key.
    let key = o.idempotency_key.clone();

    let asked = app
        .post_form_as(
            &guest,
            "/api/conversations/ask-order",
            &format!("/orders/{}?key={key}", o.number),
            &[
                ("number", &o.number),
                ("key", &key),
                ("cooperative_id", &coop.id.to_string()),
                ("body", "Quand arrive mon colis ?"),
            ],
        )
        .await;
    let id = conversation_id(&asked);
    assert!(location(&asked).contains(&format!("key={key}")));
    let with_key = format!("/conversations/{id}?key={key}");
    assert_eq!(app.get_as(&guest, &with_key).await.status(), 200);
    assert_eq!(
        app.get_as(&browser(), &format!("/conversations/{id}"))
            .await
            .status(),
        404,
        "not without the order's key"
    );
    let forged = app
        .post_form_as(
            &browser(),
            "/api/conversations/ask-order",
            "/",
            &[
                ("number", &o.number),
                ("key", "not-the-key"),
                ("cooperative_id", &coop.id.to_string()),
                ("body", "hello"),
            ],
        )
        .await;
    assert_eq!(error_code(&forged), "not_found");

    // The cooperative answers; the buyer (no e-mail) gets a text message with the link.
    reply(&app, &app.client, &id, "Demain matin, inch'Allah.").await;
    outbox_tried(&app).await;
    let texts = texts_to(&app, "0661234567");
    assert!(
        texts
            .iter()
            .any(|t| t.contains(&format!("/conversations/{id}?key={key}"))),
        "{texts:?}"
    );
}

#[tokio::test]
async fn a_cooperative_publishes_a_whatsapp_number_buyers_can_chat_with() {
    let (app, admin) = setup().await;
    let (coop, product) = published_product(&app, &admin).await;
    let save = |whatsapp: &'static str| {
        let app = &app;
        let id = coop.id.to_string();
        async move {
            app.post_form(
                "/api/cooperatives/settings/save",
                &format!("/cooperatives/{id}/settings"),
                &[
                    ("cooperative_id", &id),
                    ("cash_on_delivery", "on"),
                    ("whatsapp", whatsapp),
                ],
            )
            .await
        }
    };
    let landline = save("0522 33 44 55").await;
    assert_eq!(error_code(&landline), "invalid");
    assert_eq!(error_json(&landline)["detail"]["errors"][0][0], "whatsapp");
    let stored = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            cooperative::Entity::find_by_id(coop.id)
                .one(&db)
                .await
                .expect("query")
                .expect("coop")
                .whatsapp
        }
    };
    assert_eq!(stored(&app).await, None, "nothing written");
    save("+212 6 61-23-45-67").await;
    assert_eq!(stored(&app).await.as_deref(), Some("0661234567"));
    let page = browser()
        .get(app.url(&format!("/p/{}", product.slug)))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(page.contains("https://wa.me/212661234567"), "a chat link");
}
