//! Parts that do not go through: the buyer calls one off before it ships (with the order's
//! link), and a parcel refused at the door comes back. Stock returns once; what is refused
//! changes nothing.

use crate::{
    cooperatives::setup,
    helpers::*,
    orders::{act, add, address, place, product_by_id, second_cooperative_product, shipment_of},
    products::published_product,
};
use backend::entity::{order, outbox};
use domain::order::{PaymentState, ShipmentState};
use sea_orm::{EntityTrait, PaginatorTrait};
use uuid::Uuid;

/// The order page's path and its link's secret, from checkout's redirect.
fn order_link(placed: &reqwest::Response) -> (String, String, String) {
    let to = location(placed);
    let (path, query) = to.split_once('?').expect("a query");
    let key = query
        .split('&')
        .find_map(|p| p.strip_prefix("key="))
        .expect("the link's secret")
        .to_owned();
    let number = path.trim_start_matches("/orders/").to_owned();
    (path.to_owned(), number, key)
}

async fn cancel(
    app: &TestApp,
    client: &reqwest::Client,
    number: &str,
    key: &str,
    shipment: Uuid,
    reason: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/orders/cancel",
        &format!("/orders/{number}"),
        &[
            ("number", number),
            ("key", key),
            ("shipment_id", &shipment.to_string()),
            ("reason", reason),
        ],
    )
    .await
}

#[tokio::test]
async fn a_buyer_calls_off_a_part_not_shipped_yet_and_its_stock_returns_once() {
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let dates = second_cooperative_product(&app, 8_000, 5).await;
    let guest = browser();
    add(&app, &guest, &argan, "2").await;
    add(&app, &guest, &dates, "1").await;
    let stock = product_by_id(&app, argan.id).await.stock;
    let placed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    let (page, number, key) = order_link(&placed);
    assert_eq!(product_by_id(&app, argan.id).await.stock, stock - 2);
    let part = shipment_of(&app, coop.id).await;

    // The order page offers it, in the buyer's language.
    let html = app
        .get_as(&guest, &format!("{page}?key={key}"))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        html.contains("/api/orders/cancel"),
        "a form to call a part off"
    );

    // Someone without the link, or with a wrong one, cannot; nothing changes.
    let stranger = browser();
    let wrong = cancel(&app, &stranger, &number, "not-the-key", part.id, "").await;
    assert_eq!(error_code(&wrong), "not_found");
    let too_long = cancel(&app, &guest, &number, &key, part.id, &"x".repeat(501)).await;
    assert_eq!(error_code(&too_long), "invalid");
    assert_eq!(
        shipment_of(&app, coop.id).await.state,
        ShipmentState::Pending
    );

    let mails_before = outbox::Entity::find().count(&app.db).await.expect("count");
    let done = cancel(
        &app,
        &guest,
        &number,
        &key,
        part.id,
        "Je me suis trompée de taille",
    )
    .await;
    assert_eq!(location(&done), format!("{page}?key={key}&cancelled=1"));
    let cancelled = shipment_of(&app, coop.id).await;
    assert_eq!(cancelled.state, ShipmentState::Cancelled);
    assert!(
        cancelled
            .cancel_reason
            .as_deref()
            .is_some_and(|r| r.contains("Je me suis trompée de taille")),
        "{:?}",
        cancelled.cancel_reason
    );
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        stock,
        "the stock is back"
    );
    assert!(
        outbox::Entity::find().count(&app.db).await.expect("count") >= mails_before + 2,
        "the buyer and the cooperative are mailed"
    );

    // Again, or once the cooperative has shipped the other part: refused, the stock stays.
    let again = cancel(&app, &guest, &number, &key, part.id, "").await;
    assert_eq!(error_code(&again), "conflict");
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        stock,
        "returned once"
    );
    let other = shipment_of(&app, dates.cooperative_id).await;
    let owner = crate::orders::owner_of_second(&app, dates.cooperative_id).await;
    for event in ["confirm", "ship"] {
        act(
            &app,
            &owner,
            dates.cooperative_id,
            other.id,
            &[("event", event)],
        )
        .await;
    }
    let shipped = cancel(&app, &guest, &number, &key, other.id, "").await;
    assert_eq!(error_code(&shipped), "conflict");
    assert_eq!(
        shipment_of(&app, dates.cooperative_id).await.state,
        ShipmentState::Shipped
    );
}

#[tokio::test]
async fn a_parcel_refused_at_the_door_comes_back_and_its_stock_with_it_once() {
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &argan, "3").await;
    let stock = product_by_id(&app, argan.id).await.stock;
    let placed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(location(&placed).starts_with("/orders/"));
    let part = shipment_of(&app, coop.id).await;

    // Refusing or returning a parcel that never left: refused.
    for event in ["refuse", "return"] {
        let early = act(&app, &app.client, coop.id, part.id, &[("event", event)]).await;
        assert_eq!(error_code(&early), "conflict", "{event}");
    }
    for event in ["confirm", "ship", "refuse"] {
        let done = act(&app, &app.client, coop.id, part.id, &[("event", event)]).await;
        assert!(location(&done).ends_with("/orders?saved=1"), "{event}");
    }
    assert_eq!(
        shipment_of(&app, coop.id).await.state,
        ShipmentState::Refused
    );
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        stock - 3,
        "on its way back: not in stock yet"
    );
    // The inbox offers the return, in Arabic too.
    let inbox = app
        .get_as(&app.client, &format!("/cooperatives/{}/orders", coop.id))
        .await
        .text()
        .await
        .expect("body");
    assert!(inbox.contains("value=\"return\""));

    let back = act(&app, &app.client, coop.id, part.id, &[("event", "return")]).await;
    assert!(location(&back).ends_with("/orders?saved=1"));
    assert_eq!(
        shipment_of(&app, coop.id).await.state,
        ShipmentState::Returned
    );
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        stock,
        "back in stock"
    );
    let twice = act(&app, &app.client, coop.id, part.id, &[("event", "return")]).await;
    assert_eq!(error_code(&twice), "conflict");
    assert_eq!(product_by_id(&app, argan.id).await.stock, stock, "once");

    // Nothing was collected: the order is called off, not paid, and nobody owes anything.
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    assert_eq!(o.payment_state, PaymentState::Pending);
    assert_eq!(
        backend::services::ledger::position(&app.db, coop.id)
            .await
            .expect("position"),
        0
    );
    let buyer_page = app
        .get_as(&guest, &location(&placed))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        buyer_page.contains("data-state=\"cancelled\""),
        "the order is off"
    );
    assert!(buyer_page.contains("data-state=\"returned\""));
}
