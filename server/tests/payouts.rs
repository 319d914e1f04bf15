//! The payout ledger through HTTP: a cooperative's members see its statement and balance and
//! download it as CSV (UTF-8 with a byte-order mark, columns in their language); an admin records
//! bank transfers, never more than is owed, with the reference and day; bad input and everyone
//! else are refused and change nothing; two admins paying out one balance at once pay it once.

use crate::{
    cooperatives::{setup, verified_cooperative},
    helpers::*,
};
use backend::entity::{cooperative, ledger_entry};
use reqwest::Client;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

async fn credit(app: &TestApp, coop: &cooperative::Model, centimes: i64) {
    ledger_entry::ActiveModel {
        id: Set(Uuid::now_v7()),
        cooperative_id: Set(coop.id),
        kind: Set("credit".into()),
        amount_centimes: Set(centimes),
        shipment_id: Set(None),
        reference: Set(None),
        paid_on: Set(None),
        recorded_by: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .expect("credit");
}

async fn entries(app: &TestApp) -> u64 {
    ledger_entry::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

async fn pay(
    app: &TestApp,
    client: &Client,
    coop: &cooperative::Model,
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
            ("amount", amount),
            ("reference", reference),
            ("paid_on", paid_on),
        ],
    )
    .await
}

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
    assert!(html.contains("Reste dû"), "in French");
    assert!(
        !html.contains("/api/payouts/record"),
        "members do not record payouts"
    );

    // Only admins record; bad input is refused field by field and writes nothing.
    let before = entries(&app).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let by_owner = pay(&app, &app.client, &coop, "100", "VIR-1", &today).await;
    assert_eq!(error_code(&by_owner), "forbidden");
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    for (amount, reference, day) in [
        ("500", "VIR-1", today.as_str()),
        ("abc", "VIR-1", today.as_str()),
        ("0", "VIR-1", today.as_str()),
        ("100", "", today.as_str()),
        ("100", "VIR-1", tomorrow.as_str()),
        ("100", "VIR-1", "31/02/2026"),
    ] {
        let refused = pay(&app, &admin, &coop, amount, reference, day).await;
        assert_eq!(
            error_code(&refused),
            "invalid",
            "{amount} {reference} {day}"
        );
    }
    let over = pay(&app, &admin, &coop, "450,51", "VIR-1", &today).await;
    let (_, html) = app.follow_as(&admin, over).await;
    assert!(
        html.contains("plus que ce qui est dû")
            || html.contains("more than the cooperative is owed")
            || html.contains("أكبر مما تستحقه"),
        "the amount's error is said"
    );
    assert_eq!(entries(&app).await, before, "nothing was written");

    // A transfer of 400 MAD leaves 50,50 owed.
    let recorded = pay(&app, &admin, &coop, "400", "VIR-2026-001", &today).await;
    assert_eq!(location(&recorded), format!("{page}?saved=1"));
    let (_, html) = text_in(&app, &app.client, &page, "fr").await;
    assert!(
        html.contains("data-balance=\"5050\""),
        "50,50 MAD still owed"
    );
    assert!(html.contains("VIR-2026-001"));
    let payout = ledger_entry::Entity::find()
        .filter(ledger_entry::Column::Kind.eq("payout"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the payout");
    assert_eq!(payout.amount_centimes, 40_000);
    assert_eq!(payout.paid_on.map(|d| d.to_string()), Some(today.clone()));

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
        lines[3].contains("Virement bancaire,,VIR-2026-001,-400.00"),
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
    let refused = pay(&app, &stranger, &coop, "10", "VIR-X", "2026-01-01").await;
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
        async move { pay(app, admin, coop, "300", &reference, &today).await }
    });
    let answers = futures::future::join_all(attempts).await;
    let recorded = answers
        .iter()
        .filter(|a| location(a).ends_with("?saved=1"))
        .count();
    assert_eq!(recorded, 1, "only one transfer of 300 fits in 450,50");
    let payouts = ledger_entry::Entity::find()
        .filter(ledger_entry::Column::Kind.eq("payout"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(payouts, 1);
}
