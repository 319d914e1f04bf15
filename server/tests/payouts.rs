//! What the platform and the cooperatives owe each other, through HTTP: a cooperative's members
//! see its statement and net and download it as CSV (UTF-8 with a byte-order mark, columns in
//! their language); a cooperative that collected cash on delivery owes the fee; an admin records
//! bank transfers either way, never past what is open nor the wrong way, with the reference and
//! day; bad input and everyone else are refused and change nothing; two admins paying out one
//! balance at once pay it once.

use crate::{
    cooperatives::{setup, verified_cooperative},
    helpers::*,
};
use backend::{
    entity::{cooperative, ledger_line, ledger_transaction},
    services::ledger::{About, post},
};
use domain::ledger::{self, Collector, Kind, Part};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

/// A delivered card sale of `centimes` (no fee): the platform owes the cooperative that much.
async fn credit(app: &TestApp, coop: &cooperative::Model, centimes: i64) {
    sale(app, coop, Collector::Platform, centimes, 0).await;
}

/// A delivered sale of `total` (goods), with the platform's `fee`, collected by `collector`.
async fn sale(
    app: &TestApp,
    coop: &cooperative::Model,
    collector: Collector,
    total: i64,
    fee: i64,
) {
    let part = Part {
        cooperative: coop.id,
        goods: total,
        delivery: 0,
        fee,
    };
    for transaction in ledger::delivered(collector, &part) {
        let about = About {
            cooperative: Some(coop.id),
            ..About::default()
        };
        post(
            &app.db,
            &format!("test:{}", Uuid::now_v7()),
            about,
            &transaction,
        )
        .await
        .expect("sale");
    }
}

async fn entries(app: &TestApp) -> (u64, u64) {
    let transactions = ledger_transaction::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    let lines = ledger_line::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    (transactions, lines)
}

async fn transfers(app: &TestApp, kind: Kind) -> Vec<ledger_transaction::Model> {
    ledger_transaction::Entity::find()
        .filter(ledger_transaction::Column::Kind.eq(kind))
        .all(&app.db)
        .await
        .expect("query")
}

async fn pay(
    app: &TestApp,
    client: &Client,
    coop: &cooperative::Model,
    direction: &str,
    amount: &str,
    reference: &str,
    paid_on: &str,
) -> reqwest::Response {
    let id = coop.id.to_string();
    app.post_form_as(
        client,
        "/api/payouts/record",
        &format!("/cooperatives/{id}/payouts"),
        &[
            ("cooperative_id", id.as_str()),
            ("direction", direction),
            ("amount", amount),
            ("reference", reference),
            ("paid_on", paid_on),
        ],
    )
    .await
}

const TO: &str = "to_cooperative";
const FROM: &str = "from_cooperative";

async fn text_in(app: &TestApp, client: &Client, path: &str, lang: &str) -> (u16, String) {
    let response = client
        .get(app.url(path))
        .header("accept", "text/html")
        .header("accept-language", lang)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

#[tokio::test]
async fn an_admin_records_a_transfer_and_the_cooperative_sees_its_balance_and_statement() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    credit(&app, &coop, 33_000).await;
    credit(&app, &coop, 12_050).await;
    let page = format!("/cooperatives/{}/payouts", coop.id);

    // The owner sees what is owed, and no payout form.
    let (status, html) = text_in(&app, &app.client, &page, "fr").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("data-balance=\"45050\""),
        "balance 450,50 MAD"
    );
    assert!(html.contains("Dû à la coopérative"), "in French");
    assert!(
        !html.contains("/api/payouts/record"),
        "members do not record payouts"
    );

    // Only admins record; bad input is refused field by field and writes nothing.
    let before = entries(&app).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let by_owner = pay(&app, &app.client, &coop, TO, "100", "VIR-1", &today).await;
    assert_eq!(error_code(&by_owner), "forbidden");
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    for (direction, amount, reference, day) in [
        (TO, "500", "VIR-1", today.as_str()),
        (TO, "abc", "VIR-1", today.as_str()),
        (TO, "0", "VIR-1", today.as_str()),
        (TO, "100", "", today.as_str()),
        (TO, "100", "VIR-1", tomorrow.as_str()),
        (TO, "100", "VIR-1", "31/02/2026"),
        ("", "100", "VIR-1", today.as_str()),
        ("sideways", "100", "VIR-1", today.as_str()),
        (FROM, "100", "VIR-1", today.as_str()),
    ] {
        let refused = pay(&app, &admin, &coop, direction, amount, reference, day).await;
        assert_eq!(
            error_code(&refused),
            "invalid",
            "{direction} {amount} {reference} {day}"
        );
    }
    let over = pay(&app, &admin, &coop, TO, "450,51", "VIR-1", &today).await;
    let (_, html) = app.follow_as(&admin, over).await;
    assert!(
        html.contains("plus que ce qui est ouvert")
            || html.contains("more than is open")
            || html.contains("أكبر من المبلغ المفتوح"),
        "the amount's error is said"
    );
    let wrong_way = pay(&app, &admin, &coop, FROM, "100", "VIR-1", &today).await;
    let (_, html) = app.follow_as(&admin, wrong_way).await;
    assert!(
        html.contains("l’autre sens")
            || html.contains("goes the other way")
            || html.contains("الاتجاه الآخر"),
        "the direction's error is said"
    );
    assert_eq!(entries(&app).await, before, "nothing was written");

    // A transfer of 400 MAD leaves 50,50 owed.
    let recorded = pay(&app, &admin, &coop, TO, "400", "VIR-2026-001", &today).await;
    assert_eq!(location(&recorded), format!("{page}?saved=1"));
    let (_, html) = text_in(&app, &app.client, &page, "fr").await;
    assert!(
        html.contains("data-balance=\"5050\""),
        "50,50 MAD still owed"
    );
    assert!(html.contains("VIR-2026-001"));
    let payouts = transfers(&app, Kind::TransferToCooperative).await;
    assert_eq!(payouts.len(), 1);
    assert_eq!(payouts[0].reference.as_deref(), Some("VIR-2026-001"));
    assert_eq!(payouts[0].occurred_on.to_string(), today);
    let lines = ledger_line::Entity::find()
        .filter(ledger_line::Column::TransactionId.eq(payouts[0].id))
        .all(&app.db)
        .await
        .expect("lines");
    let mut amounts: Vec<(String, i64)> = lines
        .iter()
        .map(|l| (l.account.clone(), l.amount_centimes))
        .collect();
    amounts.sort();
    assert_eq!(
        amounts,
        [
            ("bank".to_owned(), -40_000),
            ("cooperative".to_owned(), 40_000)
        ],
        "the bank paid, the cooperative's position moved"
    );

    // The statement as CSV, in the reader's language, readable by spreadsheet programs.
    let csv = format!("/cooperatives/{}/statement.csv", coop.id);
    let (status, fr) = text_in(&app, &app.client, &csv, "fr").await;
    assert_eq!(status, 200);
    assert!(fr.starts_with('\u{feff}'), "a byte-order mark first");
    let lines: Vec<&str> = fr.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Date,Opération,Commande,Référence du virement,Montant (MAD)"
    );
    assert_eq!(lines.len(), 4, "{fr}");
    assert!(lines[1].ends_with(",330.00"), "{}", lines[1]);
    assert!(
        lines[3].contains("Virement à la coopérative,,VIR-2026-001,-400.00"),
        "{}",
        lines[3]
    );
    let (_, ar) = text_in(&app, &app.client, &csv, "ar").await;
    assert!(ar.contains("مرجع التحويل"), "Arabic column names");

    // The admin's list of what is due shows it; members cannot see that list.
    let (status, due) = text_in(&app, &admin, "/admin/payouts", "fr").await;
    assert_eq!(status, 200);
    assert!(due.contains(&format!("/cooperatives/{}/payouts", coop.id)));
    assert!(due.contains("50,50"));
    let (_, refused) = text_in(&app, &app.client, "/admin/payouts", "fr").await;
    assert!(!refused.contains(&format!("/cooperatives/{}/payouts", coop.id)));
}

#[tokio::test]
async fn nobody_else_sees_a_cooperatives_statement() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    credit(&app, &coop, 10_000).await;
    let stranger = browser();
    let signed_up = app
        .post_form_as(
            &stranger,
            "/api/account/sign-up",
            "/sign-up",
            &[
                ("display_name", "Youssef"),
                ("email", "youssef@example.ma"),
                ("password", GOOD_PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&signed_up), "/");
    for path in [
        format!("/cooperatives/{}/payouts", coop.id),
        format!("/cooperatives/{}/statement.csv", coop.id),
    ] {
        let (status, body) = text_in(&app, &stranger, &path, "fr").await;
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("100.00") && !body.contains("data-balance"),
            "{path}"
        );
    }
    let anonymous = browser();
    let (status, _) = text_in(
        &app,
        &anonymous,
        &format!("/cooperatives/{}/statement.csv", coop.id),
        "fr",
    )
    .await;
    assert_eq!(status, 401);
    let refused = pay(&app, &stranger, &coop, TO, "10", "VIR-X", "2026-01-01").await;
    assert_eq!(error_code(&refused), "forbidden");
}

#[tokio::test]
async fn two_admins_paying_out_one_balance_at_once_pay_it_once() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    credit(&app, &coop, 45_050).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let attempts = (0..6).map(|i| {
        let reference = format!("VIR-{i}");
        let today = today.clone();
        let (app, admin, coop) = (&app, &admin, &coop);
        async move { pay(app, admin, coop, TO, "300", &reference, &today).await }
    });
    let answers = futures::future::join_all(attempts).await;
    let recorded = answers
        .iter()
        .filter(|a| location(a).ends_with("?saved=1"))
        .count();
    assert_eq!(recorded, 1, "only one transfer of 300 fits in 450,50");
    assert_eq!(transfers(&app, Kind::TransferToCooperative).await.len(), 1);
}

#[tokio::test]
async fn a_cooperative_that_collected_cash_owes_the_fee_and_settles_it() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    // 125 MAD collected at the door, 9,50 MAD of it the platform's fee.
    sale(&app, &coop, Collector::Cooperative, 12_500, 950).await;
    let page = format!("/cooperatives/{}/payouts", coop.id);
    let (status, html) = text_in(&app, &app.client, &page, "fr").await;
    assert_eq!(status, 200);
    assert!(html.contains("data-balance=\"-950\""), "it owes 9,50 MAD");
    assert!(html.contains("Dû par la coopérative"));
    assert!(
        html.contains("data-amount=\"-12500\"") && html.contains("data-amount=\"11550\""),
        "both directions are on the statement: the cash it holds and its share"
    );
    let (_, ar) = text_in(&app, &app.client, &page, "ar").await;
    assert!(ar.contains("المستحق على التعاونية"), "in Arabic");

    // The admin sees it among those that owe fees, not among those to pay.
    let (_, due) = text_in(&app, &admin, "/admin/payouts", "fr").await;
    let owing = due
        .split("data-list=\"admin-payouts-owing\"")
        .nth(1)
        .expect("the list of cooperatives that owe");
    assert!(owing.contains(&page) && owing.contains("9,50"), "{due}");
    assert!(due.contains("Aucune coopérative n’attend de versement"));

    // Paying it is the wrong way; taking more than it owes is refused; nothing is written.
    let before = entries(&app).await;
    let today = chrono::Utc::now().date_naive().to_string();
    for (direction, amount) in [(TO, "5"), (FROM, "9,51")] {
        let refused = pay(&app, &admin, &coop, direction, amount, "VIR-F", &today).await;
        assert_eq!(error_code(&refused), "invalid", "{direction} {amount}");
    }
    assert_eq!(entries(&app).await, before, "nothing was written");

    // It pays its fee in two transfers; then nothing is open and the next one is refused.
    for (amount, reference) in [("5", "VIR-F1"), ("4,50", "VIR-F2")] {
        let paid = pay(&app, &admin, &coop, FROM, amount, reference, &today).await;
        assert_eq!(location(&paid), format!("{page}?saved=1"), "{amount}");
    }
    let (_, html) = text_in(&app, &app.client, &page, "fr").await;
    assert!(html.contains("data-balance=\"0\""), "settled");
    assert_eq!(
        transfers(&app, Kind::TransferFromCooperative).await.len(),
        2
    );
    let refused = pay(&app, &admin, &coop, FROM, "1", "VIR-F3", &today).await;
    assert_eq!(error_code(&refused), "invalid");
    let (_, due) = text_in(&app, &admin, "/admin/payouts", "fr").await;
    assert!(!due.contains(&page), "nothing open with it any more");
}
