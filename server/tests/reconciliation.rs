//! Reconciliation on both databases: random card and cash sales, refunds before and after
//! delivery (whole and partial) and transfers either way are written to the ledger as the
//! services write them; every account's stored balance must equal what the events imply, the
//! ledger must sum to zero, and `/admin/reconciliation` (and its CSV) must show the same figures.
//! Then the same through the real paths: checkout, fulfilment, cancellations and signed webhooks.

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

/// What the test knows of one part, to say what the books must hold.
#[derive(Debug, Clone, Copy)]
struct Track {
    order: Uuid,
    money: Part,
    card: bool,
    delivered: bool,
    /// Refunded before and after its delivery.
    before: i64,
    after: i64,
}

impl Track {
    fn refunded(&self) -> i64 {
        self.before + self.after
    }

    /// Refunds `amount` of it, before or after delivery as it stands.
    fn refund(&mut self, amount: i64) {
        if self.delivered {
            self.after += amount;
        } else {
            self.before += amount;
        }
    }

    /// What it must leave on each account.
    fn books(&self, out: &mut BTreeMap<Account, i64>) {
        use domain::ledger::{fee_back, goods_back, remaining};
        let mut add = |a: Account, v: i64| *out.entry(a).or_default() += v;
        let p = self.money;
        let coop = Account::Cooperative(p.cooperative);
        if self.card {
            add(Account::CardClearing, p.total() - self.refunded());
            let goods_before = goods_back(&p, self.before);
            if !self.delivered {
                add(Account::BuyerFunds, -p.goods + goods_before);
                add(
                    Account::DeliveryFees,
                    -p.delivery + (self.before - goods_before),
                );
            }
        }
        if self.delivered {
            let rest = remaining(&p, self.before);
            let fee_given = fee_back(&p, self.refunded()) - fee_back(&p, self.before);
            add(Account::PlatformFees, -rest.fee + fee_given);
            if self.card {
                add(coop, -rest.share() + self.after - fee_given);
            } else {
                add(coop, p.fee);
            }
        }
    }
}

/// Money through the real paths, on both databases: random card and cash orders over two
/// cooperatives, delivered, refused and returned, called off by the cooperative or the buyer,
/// refunded in part or in full at the provider, disputed (won and lost), and settled by
/// transfers either way. Every account's stored balance must be what those events imply, the
/// ledger must sum to zero, and each position must be what the reconciliation's figures moved it
/// by.
#[tokio::test]
async fn money_through_checkout_fulfilment_and_webhooks_ties_out() {
    use crate::helpers::{browser, location};
    use crate::{
        orders::{act, add, address, owner_of_second, place, second_cooperative_product},
        payments::{card_app, card_order, deliver, order_now, session_of, signed},
        products::published_product,
    };
    use backend::entity::{product, shipment};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
    use server::stripe::samples;

    let (app, _gateway) = card_app().await;
    let (app, admin) = crate::cooperatives::prepare(app).await;
    let (first, argan) = published_product(&app, &admin).await;
    let dates = second_cooperative_product(&app, 8_000, 1_000).await;
    product::Entity::update_many()
        .col_expr(product::Column::Stock, Expr::value(1_000))
        .exec(&app.db)
        .await
        .expect("stock");
    backend::entity::product_option::Entity::update_many()
        .col_expr(
            backend::entity::product_option::Column::Stock,
            Expr::value(1_000),
        )
        .exec(&app.db)
        .await
        .expect("option stock");
    let karim = owner_of_second(&app, dates.cooperative_id).await;
    let member = |coop: Uuid| {
        if coop == first.id {
            app.client.clone()
        } else {
            karim.clone()
        }
    };
    let webhook = async |payload: String| {
        for _ in 0..2 {
            assert_eq!(deliver(&app, &payload, &signed(&payload)).await, 200);
        }
    };
    let move_part = async |s: &shipment::Model, events: &[&str]| {
        for event in events {
            let done = act(
                &app,
                &member(s.cooperative_id),
                s.cooperative_id,
                s.id,
                &[("event", event), ("reason", "Rupture de stock")],
            )
            .await;
            assert!(location(&done).ends_with("/orders?saved=1"), "{event}");
        }
    };

    let mut rng = Lcg(2_029);
    let mut parts: BTreeMap<Uuid, Track> = BTreeMap::new();
    let mut bank: BTreeMap<Uuid, i64> = BTreeMap::new();
    for n in 0..24 {
        let card = rng.below(2) == 0;
        let guest = browser();
        let both = rng.below(3) == 0;
        let one_product = if rng.below(2) == 0 { &argan } else { &dates };
        let quantity = (1 + rng.below(3)).to_string();
        let o = if card {
            if both {
                add(&app, &guest, &argan, &quantity).await;
                add(&app, &guest, &dates, "1").await;
                let key = Uuid::new_v4().to_string();
                place(&app, &guest, &address(&key, &[("payment", "card")])).await;
                find_order(&app, &key).await
            } else {
                card_order(&app, one_product, &quantity).await.0
            }
        } else {
            if both {
                add(&app, &guest, &argan, &quantity).await;
                add(&app, &guest, &dates, "1").await;
            } else {
                add(&app, &guest, one_product, &quantity).await;
            }
            let key = Uuid::new_v4().to_string();
            place(&app, &guest, &address(&key, &[])).await;
            find_order(&app, &key).await
        };
        let session = if card {
            let session = session_of(&app, &o).await;
            webhook(samples::event(
                &format!("evt_paid_{n}"),
                "checkout.session.completed",
                samples::session(
                    &session,
                    &o.id.to_string(),
                    o.total_centimes,
                    "complete",
                    "paid",
                ),
            ))
            .await;
            Some(session)
        } else {
            None
        };
        let mut shipments = shipment::Entity::find()
            .filter(shipment::Column::OrderId.eq(o.id))
            .all(&app.db)
            .await
            .expect("parts");
        shipments.sort_by_key(|s| s.id);
        for s in &shipments {
            let mut track = Track {
                order: o.id,
                money: ledger::part(s),
                card,
                delivered: false,
                before: 0,
                after: 0,
            };
            match rng.below(5) {
                0 => {}
                1 | 2 => {
                    move_part(s, &["confirm", "ship", "deliver"]).await;
                    track.delivered = true;
                }
                3 => {
                    move_part(s, &["confirm", "ship", "refuse", "return"]).await;
                    if card {
                        track.before = track.money.total();
                    }
                }
                _ => {
                    if rng.below(2) == 0 {
                        move_part(s, &["cancel"]).await;
                    } else {
                        let called_off = app
                            .post_form_as(
                                &guest,
                                "/api/orders/cancel",
                                &format!("/orders/{}", o.number),
                                &[
                                    ("number", o.number.as_str()),
                                    ("key", o.idempotency_key.as_str()),
                                    ("shipment_id", &s.id.to_string()),
                                    ("reason", ""),
                                ],
                            )
                            .await;
                        assert!(location(&called_off).contains("cancelled=1"));
                    }
                    if card {
                        track.before = track.money.total();
                    }
                }
            }
            parts.insert(s.id, track);
        }
        let Some(session) = session else {
            continue;
        };
        // Refunds made at the provider: a running total above what is counted, shared out by
        // what is left of each part.
        let share_out = |amount: i64, parts: &mut BTreeMap<Uuid, Track>| {
            let ids: Vec<Uuid> = shipments.iter().map(|s| s.id).collect();
            let room: Vec<i64> = ids
                .iter()
                .map(|id| parts[id].money.total() - parts[id].refunded())
                .collect();
            if let Some(shares) = domain::ledger::allocate(amount, &room) {
                for (id, share) in ids.iter().zip(shares) {
                    if let Some(t) = parts.get_mut(id) {
                        t.refund(share);
                    }
                }
            }
        };
        let counted = |parts: &BTreeMap<Uuid, Track>| -> i64 {
            parts
                .values()
                .filter(|t| t.order == o.id)
                .map(Track::refunded)
                .sum()
        };
        // Whether the provider said the whole charge went back (the order's payment refunded).
        let mut whole = false;
        for k in 0..rng.below(3) {
            let left = o.total_centimes - counted(&parts);
            if left <= 0 {
                break;
            }
            let amount = 1 + rng.below(left as u64) as i64;
            let total = counted(&parts) + amount;
            whole |= total == o.total_centimes;
            webhook(samples::event(
                &format!("evt_refund_{n}_{k}"),
                "charge.refunded",
                samples::charge(
                    &format!("ch_{n}"),
                    &o.id.to_string(),
                    o.total_centimes,
                    total,
                ),
            ))
            .await;
            share_out(amount, &mut parts);
        }
        if rng.below(4) == 0 {
            let lost = rng.below(2) == 0;
            let intent = format!("pi_{session}");
            let dispute = format!("dp_{n}");
            for (event, status) in [
                ("charge.dispute.created", "needs_response"),
                ("charge.dispute.closed", if lost { "lost" } else { "won" }),
            ] {
                webhook(samples::event(
                    &format!("evt_{event}_{n}"),
                    event,
                    samples::dispute(&dispute, &intent, o.total_centimes, status),
                ))
                .await;
            }
            if lost {
                whole = true;
                let left = o.total_centimes - counted(&parts);
                if left > 0 {
                    share_out(left, &mut parts);
                }
            }
        }
        let expected = if whole {
            domain::order::PaymentState::Refunded
        } else {
            domain::order::PaymentState::Paid
        };
        assert_eq!(
            order_now(&app, o.id).await.payment_state,
            expected,
            "order {n}"
        );
    }

    // Transfers either way, of part of what is open.
    for coop in [first.id, dates.cooperative_id] {
        let open = ledger::position(&app.db, coop).await.expect("position");
        let Some((direction, amount)) = Position::of(-open).settlement() else {
            continue;
        };
        let amount = 1 + rng.below(amount as u64) as i64;
        let id = coop.to_string();
        let direction_code = match direction {
            domain::ledger::Direction::ToCooperative => "to_cooperative",
            domain::ledger::Direction::FromCooperative => "from_cooperative",
        };
        let recorded = app
            .post_form_as(
                &admin,
                "/api/payouts/record",
                &format!("/cooperatives/{id}/payouts"),
                &[
                    ("cooperative_id", id.as_str()),
                    ("direction", direction_code),
                    ("amount", &domain::money::plain(amount)),
                    ("reference", "VIR-RECON"),
                    ("paid_on", &chrono::Utc::now().date_naive().to_string()),
                ],
            )
            .await;
        assert!(
            !location(&recorded).contains("error="),
            "{}",
            location(&recorded)
        );
        let signed_amount = match direction {
            domain::ledger::Direction::ToCooperative => amount,
            domain::ledger::Direction::FromCooperative => -amount,
        };
        *bank.entry(coop).or_default() += signed_amount;
    }

    // What the events imply, account by account.
    let mut expected: BTreeMap<Account, i64> = BTreeMap::new();
    for track in parts.values() {
        track.books(&mut expected);
    }
    for (coop, amount) in &bank {
        *expected.entry(Account::Cooperative(*coop)).or_default() += amount;
        *expected.entry(Account::Bank).or_default() -= amount;
    }
    expected.retain(|_, b| *b != 0);
    let stored: BTreeMap<Account, i64> = ledger::account_balances(&app.db)
        .await
        .expect("balances")
        .into_iter()
        .filter(|(_, b)| *b != 0)
        .collect();
    assert_eq!(stored, expected);
    assert_eq!(stored.values().sum::<i64>(), 0, "the ledger sums to zero");
    let delivered = parts.values().filter(|t| t.delivered).count();
    let refunded = parts.values().filter(|t| t.refunded() > 0).count();
    assert!(
        delivered > 5 && refunded > 3,
        "a history worth checking: {delivered} delivered, {refunded} refunded"
    );

    // Each position is what the reconciliation's figures moved it by.
    let range = DateRange::parse(None, None).expect("all time");
    let report = reconciliation::report(&app.db, &range)
        .await
        .expect("report");
    assert_eq!(report.imbalance, 0);
    for coop in [first.id, dates.cooperative_id] {
        let f = report.cooperatives.get(&coop).copied().unwrap_or_default();
        assert_eq!(
            ledger::position(&app.db, coop).await.expect("position"),
            f.movement()
        );
        assert_eq!(f.frozen, 0, "every dispute closed");
    }
}

async fn find_order(app: &crate::helpers::TestApp, key: &str) -> backend::entity::order::Model {
    use backend::entity::order;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    order::Entity::find()
        .filter(order::Column::IdempotencyKey.eq(key))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the order was placed")
}
