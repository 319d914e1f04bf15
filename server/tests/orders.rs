//! Buying through HTTP, as browsers without JavaScript do: a guest fills a cart from two
//! cooperatives and orders with cash on delivery; refused input changes nothing; one form posted
//! ten times at once makes one order; two hundred buyers racing for ten in stock get exactly ten
//! orders; a price changed since the cart was filled must be accepted first; a failure part-way
//! through a checkout leaves no order and no stock change; a guest's cart joins their account.

use crate::{cooperatives::setup, helpers::*, products::published_product};
use backend::entity::{
    cart, cart_item, cooperative, order, order_line, outbox, product, product_translation, shipment,
};
use reqwest::Client;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// A second verified cooperative with one published product (written straight to the database:
/// the catalog's own tests cover making them through HTTP).
/// A second verified cooperative, Amal of Drâa-Tafilalet, written straight to the database.
pub(crate) async fn amal_cooperative(app: &TestApp) -> cooperative::Model {
    let now = chrono::Utc::now();
    cooperative::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set("cooperative-amal".into()),
        register_number: Set("2019/88".into()),
        ice: Set("002233445000011".into()),
        name_ar: Set("تعاونية أمل".into()),
        name_fr: Set("Coopérative Amal".into()),
        region: Set("draa_tafilalet".into()),
        province: Set("errachidia".into()),
        sector: Set("agriculture".into()),
        founded_on: Set(chrono::NaiveDate::from_ymd_opt(2019, 5, 2).expect("date")),
        member_count: Set(12),
        women_count: Set(12),
        phone: Set("0612121212".into()),
        state: Set(domain::cooperative::CooperativeStatus::Verified),
        state_reason: Set(None),
        certificate_key: Set(None),
        certificate_type: Set(None),
        submitted_at: Set(Some(now)),
        verified_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        accepts_cash_on_delivery: Set(true),
        whatsapp: Set(None),
        register_flag: Set(None),
    }
    .insert(&app.db)
    .await
    .expect("cooperative")
}

pub(crate) async fn second_cooperative_product(
    app: &TestApp,
    price: i64,
    stock: i32,
) -> product::Model {
    let coop = amal_cooperative(app).await;
    let now = chrono::Utc::now();
    let id = Uuid::now_v7();
    product::ActiveModel {
        id: Set(id),
        cooperative_id: Set(coop.id),
        slug: Set("dattes-mejhoul-amal".into()),
        sku: Set("DAT-1".into()),
        category_code: Set("dates-dried-fruit".into()),
        price_centimes: Set(price),
        currency: Set("MAD".into()),
        stock: Set(stock),
        unit: Set("kg".into()),
        quantity_milli: Set(1_000),
        weight_grams: Set(Some(1_000)),
        state: Set(domain::product::ProductState::Published),
        hidden_reason: Set(None),
        hidden_at: Set(None),
        published_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        several_prices: Set(false),
        in_feeds: Set(true),
    }
    .insert(&app.db)
    .await
    .expect("product");
    backend::services::product_options::insert_single(&app.db, &product_by_id(app, id).await)
        .await
        .expect("option");
    product_translation::ActiveModel {
        product_id: Set(id),
        locale: Set("fr".into()),
        title: Set("Dattes Mejhoul".into()),
        description: Set(String::new()),
        description_html: Set(String::new()),
    }
    .insert(&app.db)
    .await
    .expect("title");
    product_by_id(app, id).await
}

pub(crate) async fn product_by_id(app: &TestApp, id: Uuid) -> product::Model {
    product::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("product")
}

pub(crate) async fn add(
    app: &TestApp,
    client: &Client,
    product: &product::Model,
    quantity: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/cart/add",
        &format!("/p/{}", product.slug),
        &[
            ("product_id", &product.id.to_string()),
            ("quantity", quantity),
        ],
    )
    .await
}

pub(crate) fn address<'a>(
    key: &'a str,
    overrides: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("idempotency_key", key),
        ("email", "salma@example.ma"),
        ("name", "Salma Idrissi"),
        ("phone", "06 61 23 45 67"),
        ("region", "rabat_sale_kenitra"),
        ("city", "Salé"),
        ("address", "12 rue des Orangers, Hay Salam"),
        ("notes", "Sonner deux fois"),
        ("payment", "cod"),
    ];
    for (k, v) in overrides {
        match fields.iter_mut().find(|(name, _)| name == k) {
            Some(field) => field.1 = v,
            None => fields.push((k, v)),
        }
    }
    fields
}

pub(crate) async fn place(
    app: &TestApp,
    client: &Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.post_form_as(client, "/api/checkout/place", "/checkout", fields)
        .await
}

pub(crate) async fn order_count(app: &TestApp) -> u64 {
    order::Entity::find().count(&app.db).await.expect("count")
}

/// Of checkout answers, how many made an order and how many were refused because the stock ran
/// out (`cart_changed`).
pub(crate) fn ordered_and_refused(answers: &[reqwest::Response]) -> (usize, usize) {
    let ordered = answers
        .iter()
        .filter(|a| location(a).starts_with("/orders/"))
        .count();
    let refused = answers
        .iter()
        .filter(|a| error_code(a) == "cart_changed")
        .count();
    (ordered, refused)
}

/// The idempotency key in the checkout page's form.
pub(crate) fn form_key(html: &str) -> String {
    html.split("name=\"idempotency_key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the checkout form carries a key")
        .to_owned()
}

#[tokio::test]
async fn a_guest_fills_a_cart_from_two_cooperatives_and_orders_with_cash_on_delivery() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let dates = second_cooperative_product(&app, 8_000, 5).await;
    let guest = browser();

    let added = add(&app, &guest, &argan, "2").await;
    assert_eq!(location(&added), "/cart?added=1");
    add(&app, &guest, &dates, "١").await;
    let cart = app.get_as(&guest, "/cart").await;
    assert_eq!(cart.status(), 200);
    let page = cart.text().await.expect("body");
    assert!(page.contains("Dattes Mejhoul") && page.contains("cooperative-amal"));
    assert_eq!(
        page.matches("class=\"cart-part\"").count(),
        2,
        "one part per cooperative"
    );
    // 2 × 150 + 80, and 30 of delivery for each parcel (both under the 400 MAD threshold).
    assert!(page.contains("440,00"), "the total is shown");

    let checkout = app
        .get_as(&guest, "/checkout")
        .await
        .text()
        .await
        .expect("body");
    let key = form_key(&checkout);
    let placed = place(&app, &guest, &address(&key, &[])).await;
    let to = location(&placed);
    assert!(
        to.starts_with("/orders/TA-") && to.contains(&format!("key={key}")),
        "{to}"
    );

    let orders = order::Entity::find().all(&app.db).await.expect("orders");
    assert_eq!(orders.len(), 1);
    let placed_order = &orders[0];
    assert_eq!(
        (
            placed_order.goods_centimes,
            placed_order.delivery_centimes,
            placed_order.total_centimes
        ),
        (38_000, 6_000, 44_000)
    );
    assert_eq!(
        (
            placed_order.payment_method.code(),
            placed_order.phone.as_str()
        ),
        ("cod", "0661234567")
    );
    let shipments = shipment::Entity::find()
        .all(&app.db)
        .await
        .expect("shipments");
    assert_eq!(shipments.len(), 2);
    assert!(
        shipments
            .iter()
            .all(|s| s.state == domain::order::ShipmentState::Pending)
    );
    assert_eq!(
        order_line::Entity::find()
            .count(&app.db)
            .await
            .expect("lines"),
        2
    );
    assert_eq!(product_by_id(&app, argan.id).await.stock, argan.stock - 2);
    assert_eq!(product_by_id(&app, dates.id).await.stock, 4);
    assert_eq!(
        cart_item::Entity::find()
            .count(&app.db)
            .await
            .expect("items"),
        0,
        "the cart is emptied"
    );
    let mails: Vec<String> = outbox::Entity::find()
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .map(|m| m.payload)
        .collect();
    assert!(
        mails
            .iter()
            .any(|m| m.contains("salma@example.ma") && m.contains(&placed_order.number)),
        "the buyer is sent the order's link"
    );

    // The buyer follows the order with the link; nobody else can.
    let (status, order_page) = app.follow_as(&guest, placed).await;
    assert_eq!(status, 200);
    assert!(
        order_page.contains(&placed_order.number) && order_page.contains("data-state=\"placed\"")
    );
    let path = format!("/orders/{}", placed_order.number);
    assert_eq!(
        browser()
            .get(app.url(&path))
            .send()
            .await
            .expect("GET")
            .status(),
        404
    );
    let forged = format!("{path}?key={}", Uuid::new_v4());
    assert_eq!(
        browser()
            .get(app.url(&forged))
            .send()
            .await
            .expect("GET")
            .status(),
        404
    );
    assert_eq!(
        browser()
            .get(app.url("/orders/TA-NOPE1234?key=x"))
            .send()
            .await
            .expect("GET")
            .status(),
        404
    );
}

#[tokio::test]
async fn bad_cart_and_checkout_input_is_refused_in_the_buyers_language_and_changes_nothing() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = browser();
    for quantity in ["0", "-1", "100", "abc", "", "13"] {
        let refused = add(&app, &guest, &argan, quantity).await;
        assert!(
            location(&refused).contains("__err="),
            "{quantity}: {}",
            location(&refused)
        );
    }
    assert_eq!(
        cart_item::Entity::find()
            .count(&app.db)
            .await
            .expect("items"),
        0
    );
    let garbage = app
        .post_form_as(
            &guest,
            "/api/cart/add",
            "/",
            &[("product_id", "not-an-id"), ("quantity", "1")],
        )
        .await;
    assert!(location(&garbage).contains("__err="));
    // The refusal comes back translated on the product page.
    let refused = add(&app, &guest, &argan, "13").await;
    let back = guest
        .get(app.url(&location(&refused)))
        .header("accept-language", "fr")
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(
        back.contains("Il n’y en a pas autant en stock"),
        "the stock error shows in French"
    );

    add(&app, &guest, &argan, "2").await;
    let key = Uuid::new_v4().to_string();
    for (field, value) in [
        ("phone", "12345"),
        ("name", " "),
        ("region", "atlantis"),
        ("payment", "cheque"),
        ("email", "salma@"),
    ] {
        let refused = place(&app, &guest, &address(&key, &[(field, value)])).await;
        assert!(
            location(&refused).contains("__err="),
            "{field}: {}",
            location(&refused)
        );
    }
    let refused = place(&app, &guest, &address("not-a-key", &[])).await;
    assert!(location(&refused).contains("__err="));
    let refused = place(&app, &guest, &address(&key, &[("phone", "12345")])).await;
    let back = guest
        .get(app.url(&location(&refused)))
        .header("accept-language", "ar")
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(
        back.contains("dir=\"rtl\"") && back.contains("field-error"),
        "the field error shows in Arabic"
    );
    assert_eq!(order_count(&app).await, 0, "nothing was ordered");
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        argan.stock,
        "no stock was taken"
    );
    assert_eq!(
        cart_item::Entity::find()
            .count(&app.db)
            .await
            .expect("items"),
        1,
        "the cart is intact"
    );
    // An empty cart orders nothing.
    let empty = place(&app, &browser(), &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(location(&empty).contains("__err="));
    assert_eq!(order_count(&app).await, 0);
}

#[tokio::test]
async fn one_form_submitted_ten_times_at_once_makes_one_order() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &argan, "3").await;
    let key = Uuid::new_v4().to_string();
    let fields = address(&key, &[]);
    let posts = (0..10).map(|_| place(&app, &guest, &fields));
    let answers = futures::future::join_all(posts).await;
    let targets: std::collections::HashSet<String> = answers.iter().map(location).collect();
    assert_eq!(
        targets.len(),
        1,
        "every submission leads to the same order: {targets:?}"
    );
    assert!(
        targets.iter().all(|t| t.starts_with("/orders/TA-")),
        "{targets:?}"
    );
    assert_eq!(order_count(&app).await, 1);
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        argan.stock - 3,
        "stock taken once"
    );
}

#[tokio::test]
async fn two_hundred_buyers_racing_for_ten_in_stock_get_exactly_ten_orders() {
    let (app, _admin) = setup().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    let buyers: Vec<Client> = (0..200).map(|_| browser()).collect();
    for buyer in &buyers {
        let added = add(&app, buyer, &dates, "1").await;
        assert_eq!(location(&added), "/cart?added=1");
    }
    let keys: Vec<String> = (0..200).map(|_| Uuid::new_v4().to_string()).collect();
    let checkouts = buyers
        .iter()
        .zip(&keys)
        .map(|(buyer, key)| async { place(&app, buyer, &address(key, &[])).await });
    let answers = futures::future::join_all(checkouts).await;
    let (ordered, refused) = ordered_and_refused(&answers);
    assert_eq!(
        (ordered, refused),
        (10, 190),
        "ten orders, and the others are told why"
    );
    assert_eq!(order_count(&app).await, 10);
    let stock = product_by_id(&app, dates.id).await.stock;
    assert_eq!(stock, 0, "sold out, never below zero");
}

#[tokio::test]
async fn a_price_changed_since_the_cart_was_filled_must_be_accepted_first() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &argan, "1").await;
    crate::products::set_price(&app, &argan, 17_500).await;

    let refused = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert_eq!(error_code(&refused), "prices_changed");
    assert_eq!(order_count(&app).await, 0);
    let page = guest
        .get(app.url("/cart"))
        .header("accept-language", "fr")
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("avant : 150,00") && page.contains("175,00"),
        "the old and new prices show"
    );
    assert!(
        !page.contains("href=\"/checkout\""),
        "no checkout before the new price is accepted"
    );
    app.post_form_as(&guest, "/api/cart/accept-prices", "/cart", &[])
        .await;
    let placed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    assert_eq!(
        o.goods_centimes, 17_500,
        "ordered at the price the buyer accepted"
    );
}

#[tokio::test]
async fn a_failure_part_way_through_checkout_leaves_no_order_and_no_stock_change() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &argan, "2").await;
    // The order row is written and the stock taken before the lines; the first line then fails.
    let backend = app.db.get_database_backend();
    let sql: &[&str] = if backend == sea_orm::DbBackend::Postgres {
        &[
            "CREATE FUNCTION fail_order_lines() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER fail_order_lines BEFORE INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION fail_order_lines()",
        ]
    } else {
        &[
            "CREATE TRIGGER fail_order_lines BEFORE INSERT ON order_lines BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
        ]
    };
    for statement in sql {
        app.db.execute_unprepared(statement).await.expect("trigger");
    }
    let failed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(
        location(&failed).contains("__err="),
        "{}",
        location(&failed)
    );
    assert_eq!(order_count(&app).await, 0, "no order");
    assert_eq!(
        shipment::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0,
        "no shipment"
    );
    assert_eq!(
        product_by_id(&app, argan.id).await.stock,
        argan.stock,
        "no stock taken"
    );
    assert_eq!(
        cart_item::Entity::find()
            .count(&app.db)
            .await
            .expect("items"),
        1,
        "the cart is intact"
    );
    let queued_for_buyer = outbox::Entity::find()
        .all(&app.db)
        .await
        .expect("outbox")
        .iter()
        .any(|m| m.payload.contains("salma@example.ma"));
    assert!(!queued_for_buyer, "no confirmation mail");
}

#[tokio::test]
async fn a_guests_cart_joins_their_account_when_they_sign_up() {
    let (app, admin) = setup().await;
    let (_, argan) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &argan, "2").await;
    app.post_form_as(
        &guest,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Salma"),
            ("email", "salma@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    let carts = cart::Entity::find().all(&app.db).await.expect("carts");
    assert_eq!(carts.len(), 1, "the guest cart became the account's");
    assert!(carts[0].user_id.is_some());
    let items = cart_item::Entity::find()
        .filter(cart_item::Column::CartId.eq(carts[0].id))
        .all(&app.db)
        .await
        .expect("items");
    assert_eq!(items.iter().map(|i| i.quantity).sum::<i32>(), 2);
    // Ordering as a signed-in buyer: the order is in their list, and not in anybody else's.
    let placed = place(
        &app,
        &guest,
        &address(&Uuid::new_v4().to_string(), &[("email", "")]),
    )
    .await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    let number = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("order")
        .number;
    let mine = app
        .get_as(&guest, "/orders")
        .await
        .text()
        .await
        .expect("body");
    assert!(mine.contains(&number));
    let theirs = app
        .get_as(&admin, "/orders")
        .await
        .text()
        .await
        .expect("body");
    assert!(!theirs.contains(&number));
    assert_eq!(
        app.get_as(&admin, &format!("/orders/{number}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get_as(&guest, &format!("/orders/{number}"))
            .await
            .status(),
        200
    );
}

pub(crate) async fn act(
    app: &TestApp,
    client: &Client,
    coop: Uuid,
    shipment: Uuid,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let coop = coop.to_string();
    let shipment = shipment.to_string();
    let mut all = vec![
        ("cooperative_id", coop.as_str()),
        ("shipment_id", shipment.as_str()),
    ];
    all.extend_from_slice(fields);
    app.post_form_as(
        client,
        "/api/orders/shipment",
        &format!("/cooperatives/{coop}/orders"),
        &all,
    )
    .await
}

/// Karim, signed up and made the owner of cooperative `coop`; returns his browser.
pub(crate) async fn owner_of_second(app: &TestApp, coop: Uuid) -> Client {
    use backend::entity::{cooperative_member, user};
    let karim = signed_up(app, "Karim", "karim@example.ma").await;
    let id = user::Entity::find()
        .filter(user::Column::Email.eq("karim@example.ma"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("karim")
        .id;
    cooperative_member::ActiveModel {
        cooperative_id: Set(coop),
        user_id: Set(id),
        role: Set("owner".into()),
        created_at: Set(chrono::Utc::now()),
        updated_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("member");
    karim
}

pub(crate) async fn shipment_of(app: &TestApp, coop: Uuid) -> shipment::Model {
    shipment::Entity::find()
        .filter(shipment::Column::CooperativeId.eq(coop))
        .one(&app.db)
        .await
        .expect("query")
        .expect("shipment")
}

#[tokio::test]
async fn each_cooperative_fulfils_its_part_and_a_delivered_paid_part_is_credited_once() {
    use backend::entity::{cooperative_member, ledger_transaction, user};
    let (app, admin) = setup().await;
    let (argan_coop, argan) = published_product(&app, &admin).await;
    let dates = second_cooperative_product(&app, 8_000, 5).await;
    // Karim runs the second cooperative.
    let karim = browser();
    app.post_form_as(
        &karim,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Karim"),
            ("email", "karim@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    let karim_id = user::Entity::find()
        .filter(user::Column::Email.eq("karim@example.ma"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("karim")
        .id;
    cooperative_member::ActiveModel {
        cooperative_id: Set(dates.cooperative_id),
        user_id: Set(karim_id),
        role: Set("owner".into()),
        created_at: Set(chrono::Utc::now()),
        updated_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("member");

    let guest = browser();
    add(&app, &guest, &argan, "2").await;
    add(&app, &guest, &dates, "3").await;
    let placed = place(&app, &guest, &address(&Uuid::new_v4().to_string(), &[])).await;
    assert!(location(&placed).starts_with("/orders/"));
    let ours = shipment_of(&app, argan_coop.id).await;
    let theirs = shipment_of(&app, dates.cooperative_id).await;

    // The inbox lists a cooperative's own shipments, to its members only.
    let inbox = app
        .get_as(
            &app.client,
            &format!("/cooperatives/{}/orders", argan_coop.id),
        )
        .await;
    assert_eq!(inbox.status(), 200);
    let page = inbox.text().await.expect("body");
    assert!(page.contains("Salma Idrissi") && page.contains("0661234567"));
    assert_eq!(
        app.get_as(&karim, &format!("/cooperatives/{}/orders", argan_coop.id))
            .await
            .status(),
        404
    );
    // Karim cannot act on Fatima's shipment, even naming his own cooperative.
    for coop in [argan_coop.id, dates.cooperative_id] {
        let refused = act(&app, &karim, coop, ours.id, &[("event", "confirm")]).await;
        assert!(
            location(&refused).contains("__err="),
            "{}",
            location(&refused)
        );
    }
    assert_eq!(
        shipment_of(&app, argan_coop.id).await.state,
        domain::order::ShipmentState::Pending
    );
    // Out of order, or without a reason to cancel: refused, nothing changes.
    let early = act(
        &app,
        &app.client,
        argan_coop.id,
        ours.id,
        &[("event", "deliver")],
    )
    .await;
    assert_eq!(error_code(&early), "conflict");
    let no_reason = act(
        &app,
        &app.client,
        argan_coop.id,
        ours.id,
        &[("event", "cancel"), ("reason", " ")],
    )
    .await;
    assert!(location(&no_reason).contains("__err="));
    assert_eq!(
        shipment_of(&app, argan_coop.id).await.state,
        domain::order::ShipmentState::Pending
    );

    // Fatima confirms, ships with a tracking number and delivers (cash collected).
    for (event, extra) in [
        ("confirm", None),
        ("ship", Some(("tracking_number", "AMANA-123"))),
        ("deliver", None),
    ] {
        let mut fields = vec![("event", event)];
        fields.extend(extra);
        let done = act(&app, &app.client, argan_coop.id, ours.id, &fields).await;
        assert!(
            location(&done).ends_with("/orders?saved=1"),
            "{event}: {}",
            location(&done)
        );
    }
    let delivered = shipment_of(&app, argan_coop.id).await;
    assert_eq!(delivered.state, domain::order::ShipmentState::Delivered);
    assert_eq!(delivered.tracking_number.as_deref(), Some("AMANA-123"));
    assert!(delivered.cash_collected_at.is_some());
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    assert_eq!(
        o.payment_state,
        domain::order::PaymentState::Pending,
        "the other part is still to be paid for"
    );
    // A second delivery of the same part is refused and credits nothing more.
    let again = act(
        &app,
        &app.client,
        argan_coop.id,
        ours.id,
        &[("event", "deliver")],
    )
    .await;
    assert_eq!(error_code(&again), "conflict");

    // Karim cancels his part: its stock comes back, and the order is now paid in full.
    let cancelled = act(
        &app,
        &karim,
        dates.cooperative_id,
        theirs.id,
        &[
            ("event", "cancel"),
            ("reason", "Récolte abîmée par la pluie"),
        ],
    )
    .await;
    assert!(
        location(&cancelled).ends_with("/orders?saved=1"),
        "{}",
        location(&cancelled)
    );
    assert_eq!(
        product_by_id(&app, dates.id).await.stock,
        5,
        "the stock is back"
    );
    let o = order::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    assert_eq!(o.payment_state, domain::order::PaymentState::Paid);
    let buyer_page = app
        .get_as(&guest, &location(&placed))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        buyer_page.contains("data-state=\"fulfilled\"")
            && buyer_page.contains("Récolte abîmée par la pluie")
    );

    // Cash on delivery: the cooperative collected the money, so the ledger holds the cash it
    // collected and the sale; with no fee, neither owes the other anything.
    let ledger = ledger_transaction::Entity::find()
        .all(&app.db)
        .await
        .expect("ledger");
    let kinds: Vec<_> = ledger.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            domain::ledger::Kind::CashCollected,
            domain::ledger::Kind::Earned
        ],
        "the delivered part only"
    );
    assert!(
        ledger
            .iter()
            .all(|t| t.cooperative_id == Some(argan_coop.id))
    );
    let rows = backend::services::ledger::statement_rows(&app.db, argan_coop.id, &[], None)
        .await
        .expect("statement");
    assert_eq!(
        rows.iter().map(|r| r.amount).collect::<Vec<_>>(),
        [-(2 * 15_000 + 3_000), 2 * 15_000 + 3_000],
        "the cash it holds, then the sale: goods and delivery, no fee"
    );
    assert_eq!(
        backend::services::ledger::position(&app.db, argan_coop.id)
            .await
            .expect("position"),
        0
    );
    let mails = outbox::Entity::find().all(&app.db).await.expect("outbox");
    assert!(
        mails
            .iter()
            .filter(|m| m.payload.contains("salma@example.ma"))
            .count()
            >= 5,
        "the buyer hears of the order and of each step"
    );
    // Karim hears of the new order, then of each step of his part (confirm, cancel here).
    let to_karim: Vec<_> = mails
        .iter()
        .filter(|m| m.payload.contains("karim@example.ma"))
        .collect();
    assert!(
        to_karim
            .iter()
            .any(|m| m.payload.contains("Nouvelle commande")),
        "the new order"
    );
    assert!(
        to_karim.len() >= 2 && to_karim.iter().any(|m| m.payload.contains("Annulée")),
        "and what became of his part: {:?}",
        to_karim.iter().map(|m| &m.payload).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_cooperative_turns_cash_on_delivery_off_and_its_parcels_cannot_be_paid_in_cash() {
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let save = |cash: bool| {
        let id = coop.id.to_string();
        let app = &app;
        async move {
            let mut fields = vec![("cooperative_id", id.clone())];
            if cash {
                fields.push(("cash_on_delivery", "on".to_owned()));
            }
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form_as(
                &app.client,
                "/api/cooperatives/settings/save",
                &format!("/cooperatives/{id}/settings"),
                &fields,
            )
            .await
        }
    };
    let accepts = || async {
        cooperative::Entity::find_by_id(coop.id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("cooperative")
            .accepts_cash_on_delivery
    };
    let settings_page = format!("/cooperatives/{}/settings", coop.id);
    // The check box as the page renders it.
    let check_box = |html: &str| -> String {
        html.split("id=\"cash_on_delivery\"")
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .expect("the page has the check box")
            .to_owned()
    };

    // The owner turns it off from the settings page (a plain form post), once in the audit log.
    let page = app.get_as(&app.client, &settings_page).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(check_box(&html).contains("checked"));
    let audits = app.audit_count().await;
    let off = save(false).await;
    assert_eq!(location(&off), format!("{settings_page}?saved=1"));
    assert!(!accepts().await);
    assert_eq!(app.audit_count().await, audits + 1);
    // Saving what is already set writes nothing more.
    save(false).await;
    assert_eq!(app.audit_count().await, audits + 1);
    let html = app
        .get_as(&app.client, &format!("{settings_page}?saved=1"))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        !check_box(&html).contains("checked"),
        "the box shows the saved value"
    );
    assert!(html.contains("role=\"status\""), "and says it was saved");

    // A guest's cash order of its product is refused (cash is not offered: a field error on the
    // way of paying) and changes nothing.
    let guest = browser();
    add(&app, &guest, &argan, "1").await;
    let orders = order_count(&app).await;
    let key = Uuid::now_v7().to_string();
    let refused = place(&app, &guest, &address(&key, &[])).await;
    assert_eq!(error_code(&refused), "invalid");
    assert_eq!(order_count(&app).await, orders);

    // Turned on again, the same order goes through.
    assert_eq!(
        location(&save(true).await),
        format!("{settings_page}?saved=1")
    );
    assert!(accepts().await);
    let key = Uuid::now_v7().to_string();
    let placed = place(&app, &guest, &address(&key, &[])).await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    assert_eq!(order_count(&app).await, orders + 1);

    // In Arabic too, the page is there, right to left.
    let ar = app
        .get_as(&app.client, &format!("{settings_page}?lang=ar"))
        .await
        .text()
        .await
        .expect("body");
    assert!(ar.contains("dir=\"rtl\""));
    assert!(ar.contains("نقدًا عند الاستلام"));
}
