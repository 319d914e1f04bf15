//! The person's rights under loi 09-08: downloading everything held about them, and erasing
//! their account while the books the cooperatives and the law need keep adding up.

use crate::{
    cooperatives::setup,
    helpers::*,
    orders::{act, add, address, place, shipment_of},
    products::published_product,
};
use backend::{
    entity::{ledger_line, order, session, user},
    services::{ledger, reports},
    user::CurrentUser,
};
use domain::order::ShipmentState;
use domain::report::{DayRange, Granularity, Period};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

/// Salma signs up, orders from Fatima's cooperative, and Fatima delivers (cash collected).
async fn a_delivered_order(app: &TestApp, admin: &Client) -> (Client, Uuid) {
    let (coop, product) = published_product(app, admin).await;
    let salma = signed_up(app, "Salma", "salma@example.ma").await;
    add(app, &salma, &product, "2").await;
    let placed = place(app, &salma, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    let part = shipment_of(app, coop.id).await;
    for event in ["confirm", "ship", "deliver"] {
        let done = act(app, &app.client, coop.id, part.id, &[("event", event)]).await;
        assert!(location(&done).ends_with("/orders?saved=1"), "{event}");
    }
    assert_eq!(
        shipment_of(app, coop.id).await.state,
        ShipmentState::Delivered
    );
    (salma, coop.id)
}

/// The admin dashboard's daily sales (goods and orders) over the default period.
async fn daily_sales(app: &TestApp) -> Vec<reports::Day> {
    let admin = CurrentUser {
        id: domain::UserId::new(),
        email: "report@example.ma".into(),
        display_name: "Report".into(),
        roles: vec![domain::Role::Admin],
        email_verified: true,
    };
    let period = Period::new(
        DayRange::default(),
        Granularity::Day,
        chrono::Utc::now().date_naive(),
    );
    reports::platform_figures(&app.db, &admin, &period)
        .await
        .expect("figures")
        .daily
}

async fn salma(app: &TestApp) -> Option<user::Model> {
    user::Entity::find()
        .filter(user::Column::Email.eq("salma@example.ma"))
        .one(&app.db)
        .await
        .expect("query")
}

#[tokio::test]
async fn a_person_downloads_everything_the_platform_holds_about_them() {
    let (app, admin) = setup().await;
    let (salma, _) = a_delivered_order(&app, &admin).await;
    let answer = app.get_as(&salma, "/account/data").await;
    assert_eq!(answer.status(), 200);
    assert_eq!(
        header(answer.headers(), "cache-control"),
        "private, no-store"
    );
    assert!(header(answer.headers(), "content-disposition").starts_with("attachment"));
    assert!(header(answer.headers(), "content-type").starts_with("application/json"));
    let data: serde_json::Value = answer.json().await.expect("one JSON document");
    assert_eq!(data["account"]["email"], "salma@example.ma");
    assert_eq!(data["account"]["display_name"], "Salma");
    assert!(
        data["account"].get("password_hash").is_none(),
        "no hash, even of the password"
    );
    assert_eq!(data["orders"][0]["recipient_name"], "Salma Idrissi");
    assert_eq!(data["orders"][0]["phone"], "0661234567");
    assert_eq!(data["orders"][0]["items"][0]["quantity"], 2);
    assert_eq!(data["roles"][0]["role"], "consumer");
    assert!(data["sessions"].as_array().is_some_and(|s| !s.is_empty()));
    // Nobody else's data, and nothing for a visitor.
    let text = serde_json::to_string(&data).expect("text");
    assert!(
        !text.contains("fatima"),
        "the seller's account is not in the buyer's data"
    );
    assert_eq!(app.get_as(&browser(), "/account/data").await.status(), 401);
}

#[tokio::test]
async fn a_deleted_account_keeps_the_books_and_loses_the_person() {
    let (app, admin) = setup().await;
    let (salma_browser, coop) = a_delivered_order(&app, &admin).await;
    let position = ledger::position(&app.db, coop).await.expect("position");
    let lines = ledger_line::Entity::find()
        .count(&app.db)
        .await
        .expect("lines");
    let totals: i64 = order::Entity::find()
        .all(&app.db)
        .await
        .expect("orders")
        .iter()
        .map(|o| o.total_centimes)
        .sum();
    let before = salma(&app).await.expect("Salma");
    let sales = daily_sales(&app).await;
    assert!(
        sales.iter().any(|d| d.orders > 0),
        "the sale is on the dashboard"
    );

    // The wrong password: refused, translated, nothing changed.
    let refused = app
        .post_form_as(
            &salma_browser,
            "/api/account/delete",
            "/account/delete",
            &[("password", "not-my-password")],
        )
        .await;
    assert_eq!(error_code(&refused), "invalid");
    assert!(salma(&app).await.is_some());

    let deleted = app
        .post_form_as(
            &salma_browser,
            "/api/account/delete",
            "/account/delete",
            &[("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(location(&deleted), "/account/delete?done=1");
    let (_, page) = app.follow_as(&salma_browser, deleted).await;
    assert!(page.contains("data-deleted=\"done\""), "{page}");

    // The person is gone: no address, name, phone; no session; cannot sign in.
    assert!(salma(&app).await.is_none(), "the address is free");
    let row = user::Entity::find_by_id(before.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("the row stays, emptied");
    assert_ne!(row.display_name, "Salma");
    assert!(!row.email.contains("salma"));
    let their = order::Entity::find()
        .filter(order::Column::BuyerId.eq(before.id))
        .all(&app.db)
        .await
        .expect("orders");
    assert_eq!(their.len(), 1);
    assert!(!their[0].recipient_name.contains("Salma"));
    assert!(their[0].phone.is_empty() && their[0].address_line.is_empty());
    assert!(!their[0].email.contains("salma"));
    assert_eq!(
        session::Entity::find()
            .filter(session::Column::UserId.eq(before.id))
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
    assert_eq!(app.get_as(&salma_browser, "/account").await.status(), 302);
    let again = app
        .post_form_as(
            &browser(),
            "/api/account/sign-in",
            "/sign-in",
            &[("email", "salma@example.ma"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(error_code(&again), "invalid_credentials");

    // The books are the same to the centime.
    assert_eq!(
        ledger::position(&app.db, coop).await.expect("position"),
        position
    );
    assert_eq!(
        ledger_line::Entity::find()
            .count(&app.db)
            .await
            .expect("lines"),
        lines
    );
    let after: i64 = order::Entity::find()
        .all(&app.db)
        .await
        .expect("orders")
        .iter()
        .map(|o| o.total_centimes)
        .sum();
    assert_eq!(after, totals);
    assert_eq!(
        daily_sales(&app).await,
        sales,
        "the dashboard's figures do not move"
    );
    // The cooperative still sees the order, without the person.
    let inbox = app
        .get_as(&app.client, &format!("/cooperatives/{coop}/orders"))
        .await
        .text()
        .await
        .expect("inbox");
    assert!(
        inbox.contains(&their[0].number),
        "the order is still listed"
    );
    assert!(!inbox.contains("Salma Idrissi") && !inbox.contains("0661234567"));

    // The address can sign up afresh.
    let _new = signed_up(&app, "Salma", "salma@example.ma").await;
}

#[tokio::test]
async fn the_only_owner_of_a_cooperative_hands_it_over_before_deleting() {
    let (app, admin) = setup().await;
    let (_coop, _product) = published_product(&app, &admin).await;
    let refused = app
        .post_form(
            "/api/account/delete",
            "/account/delete",
            &[("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(error_code(&refused), "sole_owner");
    let (_, page) = app.follow(refused).await;
    assert!(page.contains("أنت المالك الوحيد لتعاونية"), "{page}");
    assert_eq!(
        app.get("/account").await.status(),
        200,
        "still signed in, nothing changed"
    );
}
