//! Reconciliation on both databases: random card and cash sales, refunds before and after
//! delivery (whole and partial) and transfers either way are written to the ledger as the
//! services write them; every account's stored balance must equal what the events imply, the
//! ledger must sum to zero, and `/admin/reconciliation` (and its CSV) must show the same figures.

use crate::{
    cooperatives::{setup, verified_cooperative},
    orders::amal_cooperative,
};
use backend::services::{
    ledger::{self, About},
    reconciliation,
};
use domain::{
    export::DateRange,
    ledger::{Account, Collector, Part, Position, Transaction},
    reconciliation::{Report, Sum},
};
use std::collections::BTreeMap;
use uuid::Uuid;

/// A small deterministic generator (the same run every time, so a failure can be replayed).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[tokio::test]
async fn random_money_events_tie_out_with_the_balances_and_the_report() {
    let (app, admin) = setup().await;
    let coops = [
        verified_cooperative(&app, &admin).await.id,
        amal_cooperative(&app).await.id,
    ];
    let mut rng = Lcg(29);
    // What was written, with the cooperative each transaction is about (as stored).
    let mut written: Vec<(Option<Uuid>, Transaction)> = Vec::new();
    let post = async |about: Option<Uuid>, t: Transaction, written: &mut Vec<_>| {
        let stored = About {
            cooperative: about,
            ..About::default()
        };
        let fresh = ledger::post(&app.db, &format!("test:{}", Uuid::now_v7()), stored, &t)
            .await
            .expect("post");
        assert!(fresh);
        written.push((about, t));
    };
    for _ in 0..120 {
        let coop = coops[rng.below(2) as usize];
        let goods = 1 + rng.below(200_000) as i64;
        let delivery = [0, 2_500, 3_000][rng.below(3) as usize];
        let part = Part {
            cooperative: coop,
            goods,
            delivery,
            fee: goods * rng.below(21) as i64 / 100,
        };
        match rng.below(6) {
            // A card sale, delivered; now and then refunded after delivery, whole or in parts.
            0 | 1 => {
                let paid = domain::ledger::card_paid(&[part]).expect("paid");
                post(None, paid, &mut written).await;
                for t in domain::ledger::delivered(Collector::Platform, &part) {
                    post(Some(coop), t, &mut written).await;
                }
                let mut refunded = 0;
                while rng.below(3) == 0 && refunded < part.total() {
                    let amount = 1 + rng.below((part.total() - refunded) as u64) as i64;
                    let refund = domain::ledger::refunded_after_delivery(&part, amount, refunded)
                        .expect("within what was paid");
                    refunded += amount;
                    post(Some(coop), refund, &mut written).await;
                }
            }
            // A cash sale, delivered.
            2 | 3 => {
                for t in domain::ledger::delivered(Collector::Cooperative, &part) {
                    post(Some(coop), t, &mut written).await;
                }
            }
            // A card sale called off before delivery, refunded whole.
            4 => {
                let paid = domain::ledger::card_paid(&[part]).expect("paid");
                post(None, paid, &mut written).await;
                let refund = domain::ledger::refunded_before_delivery(&part, part.total(), 0)
                    .expect("refund");
                post(Some(coop), refund, &mut written).await;
            }
            // A transfer settling part of what is open, either way.
            _ => {
                let open = ledger::position(&app.db, coop).await.expect("position");
                let position = Position::of(-open);
                if let Some((direction, amount)) = position.settlement() {
                    let amount = 1 + rng.below(amount as u64) as i64;
                    let t = domain::ledger::transfer(coop, position, direction, amount)
                        .expect("within what is open");
                    post(Some(coop), t, &mut written).await;
                }
            }
        }
    }
    assert!(written.len() > 150, "{} transactions", written.len());

    // Every account's stored balance is what the events imply; the ledger sums to zero.
    let all: Vec<Transaction> = written.iter().map(|(_, t)| t.clone()).collect();
    let expected: BTreeMap<Account, i64> = domain::ledger::balances(&all)
        .into_iter()
        .filter(|(_, b)| *b != 0)
        .collect();
    let stored: BTreeMap<Account, i64> = ledger::account_balances(&app.db)
        .await
        .expect("balances")
        .into_iter()
        .filter(|(_, b)| *b != 0)
        .collect();
    assert_eq!(stored, expected);
    assert_eq!(stored.values().sum::<i64>(), 0, "the ledger sums to zero");

    // The report read from the database is the one the events make.
    let sums = written.iter().flat_map(|(about, t)| {
        t.lines().iter().map(move |l| Sum {
            kind: t.kind(),
            cooperative: *about,
            account: l.account,
            amount: l.amount,
        })
    });
    let from_events = Report::of(sums);
    let range = DateRange::parse(None, None).expect("all time");
    let from_db = reconciliation::report(&app.db, &range)
        .await
        .expect("report");
    assert_eq!(from_db, from_events);
    for coop in coops {
        let f = from_db.cooperatives.get(&coop).copied().unwrap_or_default();
        assert_eq!(
            ledger::position(&app.db, coop).await.expect("position"),
            f.movement(),
            "a position is what its figures moved it by"
        );
    }

    // The page and the CSV show the same total, in French; others are refused.
    let total = from_db.total();
    let page = app.get_as(&admin, "/admin/reconciliation?lang=fr").await;
    let status = page.status();
    let html = page.text().await.expect("body");
    assert_eq!(status, 200);
    assert!(html.contains("Rapprochement"));
    assert!(html.contains("data-balanced=\"true\""));
    let footer = html.split("data-total").nth(1).expect("the total row");
    assert!(
        footer.contains(&format!("data-centimes=\"{}\"", total.sales)),
        "the total's sales"
    );
    let csv = app
        .get_as(&admin, "/admin/reconciliation.csv?from=&to=&lang=fr")
        .await
        .text()
        .await
        .expect("body");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert!(
        lines[0].starts_with("Coopérative,Ventes livrées"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines.len(),
        1 + coops.len() + 1,
        "a row per cooperative and the total"
    );
    assert!(
        lines[lines.len() - 1].contains(&domain::money::plain(total.sales)),
        "{}",
        lines[lines.len() - 1]
    );
    let refused = app.get_as(&app.client, "/admin/reconciliation.csv").await;
    assert_eq!(refused.status(), 403, "a cooperative's owner is no admin");

    // A period that is not one: a translated field error, no figures.
    let bad = app
        .get_as(
            &admin,
            "/admin/reconciliation?from=2026-02-01&to=2026-01-01&lang=fr",
        )
        .await
        .text()
        .await
        .expect("body");
    assert!(bad.contains("field-error") && !bad.contains("data-total"));
}
