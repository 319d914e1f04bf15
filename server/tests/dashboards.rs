//! Dashboards, settings and the audit log through HTTP and the services: the figures the
//! database aggregates equal totals computed here over a generated data set (the suite runs on
//! SQLite and on PostgreSQL, so both give the same answers); a cooperative sees only its own
//! figures and admins only see the platform's; every page renders its charts with their tables
//! in each language; settings changes are validated, applied at once, read by another replica
//! and audited, and the audit log can be filtered.

use crate::{
    cooperatives::{setup, verified_cooperative},
    helpers::*,
};
use app::{context::CurrentUser, ssr::state::LiveSettings};
use backend::{
    entity::{audit_log, cooperative, order, order_line, platform_setting, product, shipment},
    services::{reports, settings},
};
use chrono::{Duration, NaiveDate, Utc};
use domain::{
    Role, UserId,
    order::ShipmentState,
    report::{DayRange, Granularity, Period},
};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use std::collections::{BTreeMap, HashSet};
use uuid::Uuid;

/// A small deterministic generator (the same data on every run and database).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn admin_user() -> CurrentUser {
    CurrentUser {
        id: UserId::new(),
        email: "report@example.ma".into(),
        display_name: "Report".into(),
        roles: vec![Role::Admin],
        email_verified: true,
    }
}

struct Generated {
    cooperatives: Vec<cooperative::Model>,
    products: Vec<product::Model>,
    shipments: Vec<shipment::Model>,
    lines: Vec<order_line::Model>,
}

const WOMEN: [i32; 6] = [2, 5, 8, 0, 10, 4];
const STATES: [ShipmentState; 7] = ShipmentState::ALL;

async fn generate(app: &TestApp) -> Generated {
    let mut rng = Lcg(2026);
    let now = Utc::now();
    let regions = domain::geo::Region::ALL;
    let sectors = domain::geo::Sector::ALL;
    let leaves: Vec<&str> = domain::category::flattened()
        .into_iter()
        .filter(|(parent, _, _)| parent.is_some())
        .map(|(_, _, c)| c.code)
        .collect();
    let mut cooperatives = Vec::new();
    for (i, women) in WOMEN.iter().enumerate() {
        let model = cooperative::ActiveModel {
            id: Set(Uuid::now_v7()),
            slug: Set(format!("gen-{i}")),
            register_number: Set(format!("2020/9{i:03}")),
            ice: Set(format!("{:015}", 900 + i)),
            name_ar: Set(format!("تعاونية {i}")),
            name_fr: Set(format!("Coopérative {i}")),
            region: Set(regions[i * 2 % regions.len()].code().to_owned()),
            province: Set(String::new()),
            sector: Set(sectors[i % 3].code().to_owned()),
            founded_on: Set(NaiveDate::from_ymd_opt(2015, 1, 1).expect("day")),
            member_count: Set(10),
            women_count: Set(*women),
            phone: Set("+212600000000".into()),
            state: Set(if i == 5 {
                domain::cooperative::CooperativeStatus::Submitted
            } else {
                domain::cooperative::CooperativeStatus::Verified
            }),
            state_reason: Set(None),
            certificate_key: Set(None),
            certificate_type: Set(None),
            submitted_at: Set(Some(now - Duration::days(3 + i as i64))),
            verified_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            accepts_cash_on_delivery: Set(true),
            whatsapp: Set(None),
            register_flag: Set(None),
        };
        cooperatives.push(model.insert(&app.db).await.expect("cooperative"));
    }
    let mut products = Vec::new();
    for (c, coop) in cooperatives.iter().enumerate() {
        for p in 0..3 {
            let n = c * 3 + p;
            let model = product::ActiveModel {
                id: Set(Uuid::now_v7()),
                cooperative_id: Set(coop.id),
                slug: Set(format!("gen-product-{n}")),
                sku: Set(format!("GEN-{n:02}")),
                category_code: Set(leaves[n % leaves.len()].to_owned()),
                price_centimes: Set(1000 + 250 * n as i64),
                currency: Set("MAD".into()),
                stock: Set((n % 9) as i32),
                unit: Set("piece".into()),
                quantity_milli: Set(1000),
                weight_grams: Set(None),
                state: Set(if p == 2 {
                    domain::product::ProductState::Draft
                } else {
                    domain::product::ProductState::Published
                }),
                hidden_reason: Set(None),
                hidden_at: Set(None),
                published_at: Set(Some(now)),
                created_at: Set(now),
                updated_at: Set(now),
                several_prices: Set(false),
                in_feeds: Set(true),
            };
            let model = model.insert(&app.db).await.expect("product");
            backend::services::product_options::insert_single(&app.db, &model)
                .await
                .expect("option");
            products.push(model);
        }
    }
    let mut shipments = Vec::new();
    let mut lines = Vec::new();
    for o in 0..90 {
        // Days back 0..40: some orders fall before a 30-day period.
        let at =
            now - Duration::days(rng.below(40) as i64) - Duration::minutes(rng.below(600) as i64);
        let order_id = Uuid::now_v7();
        let first = rng.below(cooperatives.len() as u64) as usize;
        let mut coops = vec![first];
        if rng.below(3) == 0 {
            coops.push((first + 1 + rng.below(4) as usize) % cooperatives.len());
        }
        let mut parts = Vec::new();
        let mut goods_total = 0;
        for c in coops {
            let shipment_id = Uuid::now_v7();
            let mut goods = 0;
            for _ in 0..=rng.below(2) {
                let product = &products[c * 3 + rng.below(3) as usize];
                let quantity = 1 + rng.below(3) as i32;
                let line = product.price_centimes * i64::from(quantity);
                goods += line;
                lines.push(order_line::Model {
                    id: Uuid::now_v7(),
                    order_id,
                    shipment_id,
                    product_id: product.id,
                    option_id: Some(product.id),
                    sku: product.sku.clone(),
                    title: format!("Produit {}", product.sku),
                    option_label: String::new(),
                    unit_price_centimes: product.price_centimes,
                    quantity,
                    line_centimes: line,
                });
            }
            goods_total += goods;
            parts.push(shipment::Model {
                id: shipment_id,
                order_id,
                cooperative_id: cooperatives[c].id,
                state: STATES[rng.below(STATES.len() as u64) as usize],
                goods_centimes: goods,
                delivery_centimes: 3000,
                platform_fee_centimes: 0,
                cooperative_share_centimes: goods,
                carrier: None,
                tracking_number: None,
                cancel_reason: None,
                cash_collected_at: None,
                confirmed_at: None,
                shipped_at: None,
                delivered_at: None,
                cancelled_at: None,
                created_at: at,
                updated_at: at,
            });
        }
        order::ActiveModel {
            id: Set(order_id),
            number: Set(format!("T-GEN-{o:04}")),
            idempotency_key: Set(format!("gen-{o}")),
            buyer_id: Set(None),
            email: Set("buyer@example.ma".into()),
            locale: Set("fr".into()),
            payment_method: Set(domain::order::PaymentMethod::CashOnDelivery),
            payment_state: Set(domain::order::PaymentState::Pending),
            currency: Set("MAD".into()),
            goods_centimes: Set(goods_total),
            delivery_centimes: Set(3000 * parts.len() as i64),
            total_centimes: Set(goods_total + 3000 * parts.len() as i64),
            fee_permille: Set(0),
            recipient_name: Set("Amina".into()),
            phone: Set("+212600000001".into()),
            region: Set("souss_massa".into()),
            city: Set("Agadir".into()),
            address_line: Set("1 rue".into()),
            notes: Set(None),
            access_token_hash: Set(format!("hash-{o}")),
            created_at: Set(at),
            updated_at: Set(at),
        }
        .insert(&app.db)
        .await
        .expect("order");
        for part in &parts {
            shipment::ActiveModel::from(part.clone())
                .insert(&app.db)
                .await
                .expect("shipment");
        }
        shipments.extend(parts);
    }
    for line in &lines {
        order_line::ActiveModel::from(line.clone())
            .insert(&app.db)
            .await
            .expect("line");
    }
    Generated {
        cooperatives,
        products,
        shipments,
        lines,
    }
}

fn in_period(period: &Period, at: chrono::DateTime<Utc>) -> bool {
    let day = at.date_naive();
    day >= period.from && day <= period.to
}

#[tokio::test]
async fn aggregations_agree_with_totals_computed_here() {
    let app = spawn_app().await;
    let data = generate(&app).await;
    let today = Utc::now().date_naive();
    let period = Period::new(DayRange::default(), Granularity::Day, today);
    let admin = admin_user();
    let figures = reports::platform_figures(&app.db, &admin, &period)
        .await
        .expect("figures");

    let live: Vec<&shipment::Model> = data
        .shipments
        .iter()
        .filter(|s| s.state.is_live() && in_period(&period, s.created_at))
        .collect();
    assert!(live.len() > 20, "the generated set has sales in the period");
    assert!(
        data.shipments
            .iter()
            .any(|s| !in_period(&period, s.created_at)),
        "and sales outside it"
    );
    let goods: i64 = live.iter().map(|s| s.goods_centimes).sum();
    let orders: HashSet<Uuid> = live.iter().map(|s| s.order_id).collect();
    assert_eq!(figures.daily.iter().map(|d| d.goods).sum::<i64>(), goods);
    assert_eq!(
        figures.daily.iter().map(|d| d.orders).sum::<i64>(),
        orders.len() as i64
    );
    // Day by day, and rolled up into weeks.
    let mut by_day: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for s in &live {
        *by_day.entry(s.created_at.date_naive()).or_default() += s.goods_centimes;
    }
    let got: BTreeMap<NaiveDate, i64> = figures.daily.iter().map(|d| (d.day, d.goods)).collect();
    assert_eq!(got, by_day);
    let weeks = Period::new(DayRange::default(), Granularity::Week, today);
    let weekly = reports::daily_sales(&app.db, &weeks, None)
        .await
        .expect("weekly");
    let rolled = weeks.roll_up(&weekly.iter().map(|d| (d.day, d.goods)).collect::<Vec<_>>());
    let expected_weeks: i64 = data
        .shipments
        .iter()
        .filter(|s| s.state.is_live() && in_period(&weeks, s.created_at))
        .map(|s| s.goods_centimes)
        .sum();
    assert_eq!(rolled.iter().sum::<i64>(), expected_weeks);

    // By state (cancelled included).
    let mut states: BTreeMap<String, i64> = BTreeMap::new();
    for s in data
        .shipments
        .iter()
        .filter(|s| in_period(&period, s.created_at))
    {
        *states.entry(s.state.code().to_owned()).or_default() += 1;
    }
    assert_eq!(
        figures.by_state.iter().cloned().collect::<BTreeMap<_, _>>(),
        states
    );

    // By region, sector, category; women-led.
    let coop = |id: Uuid| {
        data.cooperatives
            .iter()
            .find(|c| c.id == id)
            .expect("its cooperative")
    };
    let mut regions: BTreeMap<String, i64> = BTreeMap::new();
    let mut sectors: BTreeMap<String, i64> = BTreeMap::new();
    let mut women = 0;
    for s in &live {
        let c = coop(s.cooperative_id);
        *regions.entry(c.region.clone()).or_default() += s.goods_centimes;
        *sectors.entry(c.sector.clone()).or_default() += s.goods_centimes;
        if c.women_count * 2 >= c.member_count {
            women += s.goods_centimes;
        }
    }
    assert_eq!(
        figures
            .by_region
            .iter()
            .cloned()
            .collect::<BTreeMap<_, _>>(),
        regions
    );
    assert_eq!(
        figures
            .by_sector
            .iter()
            .cloned()
            .collect::<BTreeMap<_, _>>(),
        sectors
    );
    assert_eq!(figures.women_led, women);
    assert!(women > 0 && women < goods, "both kinds of cooperative sold");
    let live_ids: HashSet<Uuid> = live.iter().map(|s| s.id).collect();
    let mut categories: BTreeMap<String, i64> = BTreeMap::new();
    for l in data
        .lines
        .iter()
        .filter(|l| live_ids.contains(&l.shipment_id))
    {
        let p = data
            .products
            .iter()
            .find(|p| p.id == l.product_id)
            .expect("its product");
        *categories.entry(p.category_code.clone()).or_default() += l.line_centimes;
    }
    assert_eq!(
        figures
            .by_category
            .iter()
            .cloned()
            .collect::<BTreeMap<_, _>>(),
        categories
    );
    assert_eq!(
        figures
            .cooperatives
            .iter()
            .cloned()
            .collect::<BTreeMap<_, _>>(),
        BTreeMap::from([("submitted".to_owned(), 1), ("verified".to_owned(), 5)])
    );
    assert_eq!(figures.waiting_since.len(), 1);

    // One cooperative: its sales, top products and low stock.
    let first = &data.cooperatives[0];
    let (_, mine) = reports::cooperative_figures(&app.db, &admin, first.id, &period)
        .await
        .expect("cooperative figures");
    let its: Vec<&&shipment::Model> = live
        .iter()
        .filter(|s| s.cooperative_id == first.id)
        .collect();
    assert_eq!(
        mine.daily.iter().map(|d| d.goods).sum::<i64>(),
        its.iter().map(|s| s.goods_centimes).sum::<i64>()
    );
    assert_eq!(
        mine.daily.iter().map(|d| d.orders).sum::<i64>(),
        its.len() as i64
    );
    let mut takings: BTreeMap<Uuid, i64> = BTreeMap::new();
    for l in data
        .lines
        .iter()
        .filter(|l| its.iter().any(|s| s.id == l.shipment_id))
    {
        *takings.entry(l.product_id).or_default() += l.line_centimes;
    }
    let mut expected_top: Vec<(Uuid, i64)> = takings.into_iter().collect();
    expected_top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert_eq!(
        mine.top_products
            .iter()
            .map(|p| (p.product_id, p.centimes))
            .collect::<Vec<_>>(),
        expected_top
            .into_iter()
            .take(reports::TOP_PRODUCTS as usize)
            .collect::<Vec<_>>()
    );
    let low: Vec<Uuid> = data
        .products
        .iter()
        .filter(|p| {
            p.cooperative_id == first.id
                && p.state == domain::product::ProductState::Published
                && p.stock <= reports::LOW_STOCK
        })
        .map(|p| p.id)
        .collect();
    let mut got_low: Vec<Uuid> = mine.low_stock.iter().map(|p| p.id).collect();
    got_low.sort();
    let mut low = low;
    low.sort();
    assert_eq!(got_low, low);
    assert_eq!(mine.balance, 0);
}

#[tokio::test]
async fn a_cooperative_sees_only_its_own_dashboard() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let path = format!("/cooperatives/{}/dashboard", coop.id);
    // The owner (Fatima, the app's own client) sees hers.
    let page = app.get(&path).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("data-chart=\"chart-sales\""), "{html}");
    assert!(html.contains("<svg"));
    // Someone else, signed in, gets a 404 and none of her figures.
    let stranger = signed_up(&app, "Omar", "omar@example.ma").await;
    let refused = app.get_as(&stranger, &path).await;
    assert_eq!(refused.status(), 404);
    assert!(!refused.text().await.expect("body").contains("chart-sales"));
    // The platform's dashboard is for admins only.
    let owner_admin = app.get("/admin").await;
    assert_eq!(owner_admin.status(), 403);
    assert!(
        !owner_admin
            .text()
            .await
            .expect("body")
            .contains("chart-regions")
    );
    // Signed out: to the sign-in page.
    let anonymous = app.get_as(&browser(), &path).await;
    assert!(
        location(&anonymous).starts_with("/sign-in"),
        "{}",
        location(&anonymous)
    );
    // The admin sees both.
    assert_eq!(app.get_as(&admin, &path).await.status(), 200);
    let platform = app.get_as(&admin, "/admin").await;
    assert_eq!(platform.status(), 200);
    assert!(
        platform
            .text()
            .await
            .expect("body")
            .contains("data-chart=\"chart-regions\"")
    );
}

#[tokio::test]
async fn dashboards_draw_their_charts_with_tables_in_each_language() {
    let (app, admin) = setup().await;
    generate(&app).await;
    let arabic = app
        .get_as(&admin, "/admin?g=week")
        .await
        .text()
        .await
        .expect("body");
    assert!(arabic.contains("dir=\"rtl\""));
    assert!(arabic.contains("المبيعات حسب الجهة"), "Arabic titles");
    // Every chart has its table; the drawing is hidden from assistive technology.
    let charts = arabic.matches("<figure data-chart=").count();
    assert_eq!(charts, 8);
    assert_eq!(arabic.matches("class=\"chart-data\"").count(), charts);
    assert_eq!(arabic.matches("<svg aria-hidden=\"true\"").count(), charts);
    // Region names in Arabic in the tables and on the axes, drawn right to left.
    assert!(arabic.contains("<bdi>سوس ماسة</bdi>"));
    assert!(
        arabic.contains("\nسوس ماسة "),
        "the region axis names every region"
    );
    assert_eq!(arabic.matches("direction=\"rtl\"").count(), charts);
    assert!(arabic.contains("value=\"week\" selected"));
    let french = app
        .get_as(&admin, "/admin?lang=fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(french.contains("Ventes par région"), "French titles");
    assert!(french.contains("dir=\"ltr\""));
    assert!(!french.contains("direction=\"rtl\""));
}

#[tokio::test]
async fn a_bad_period_is_a_translated_field_error() {
    let (app, admin) = setup().await;
    for query in [
        "from=2026-13-01",
        "from=2026-12-02&to=2026-11-01",
        "to=demain",
    ] {
        let page = app.get_as(&admin, &format!("/admin?{query}")).await;
        assert_eq!(page.status(), 200, "{query}");
        let html = page.text().await.expect("body");
        assert!(html.contains("role=\"alert\""), "{query}: {html}");
        assert!(html.contains("field-error"), "{query}");
        assert!(!html.contains("<figure data-chart="), "{query}");
    }
    // A very long period is shown, by month.
    let long = app
        .get_as(&admin, "/admin?from=1990-01-01&g=day")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        long.contains("value=\"month\" selected"),
        "coarsened to months"
    );
}

async fn save(
    app: &TestApp,
    client: &reqwest::Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/admin/settings/save",
        "/admin/settings",
        fields,
    )
    .await
}

const GOOD: [(&str, &str); 7] = [
    ("platform_fee_percent", "5"),
    ("delivery_fee", "25"),
    ("free_delivery_from", ""),
    ("cash_on_delivery", "on"),
    ("cash_orders_waiting", "3"),
    ("max_open_requests", "2"),
    ("claim_release_days", "7"),
];

async fn setting_rows(app: &TestApp) -> u64 {
    platform_setting::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

async fn settings_audits(app: &TestApp) -> u64 {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("settings.changed"))
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn admins_change_settings_each_change_audited_and_applied_everywhere() {
    let (app, admin) = setup().await;
    let before = app.live_settings.get();
    assert!(before.cash_on_delivery);
    let saved = save(&app, &admin, &GOOD).await;
    // Fee, delivery fee, threshold (400 → never), cash orders waiting (50 in tests → 3), open
    // requests and days moved; COD did not.
    assert_eq!(location(&saved), "/admin/settings?saved=6");
    let now = app.live_settings.get();
    assert_eq!(now.platform_fee, rust_decimal::Decimal::new(5, 2));
    assert_eq!(now.delivery.flat_fee, 2500);
    assert_eq!(now.delivery.free_from, None);
    assert!(now.cash_on_delivery);
    assert_eq!(now.requests.max_open_requests, 2);
    assert_eq!(now.requests.release_after_days, 7);
    assert_eq!(now.cash_orders_waiting, 3);
    assert_eq!(setting_rows(&app).await, 6);
    assert_eq!(settings_audits(&app).await, 6);
    // Another replica, started with the environment's values, reads them on its next reload.
    let replica = LiveSettings::new((*before).clone());
    settings::reload(&app.db, &replica).await.expect("reload");
    assert_eq!(replica.get().rules(), now.rules());
    // Saving the same again changes nothing and audits nothing.
    let again = save(&app, &admin, &GOOD).await;
    assert_eq!(location(&again), "/admin/settings?saved=0");
    assert_eq!(settings_audits(&app).await, 6);
    // Unticking cash on delivery: one change; checkout no longer offers it.
    let mut no_cash = GOOD.to_vec();
    no_cash.retain(|(k, _)| *k != "cash_on_delivery");
    assert_eq!(
        location(&save(&app, &admin, &no_cash).await),
        "/admin/settings?saved=1"
    );
    assert!(!app.live_settings.get().cash_on_delivery);
    // The page shows what is in force, in French.
    let page = app
        .get_as(&admin, "/admin/settings?lang=fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("Réglages de la plateforme"));
    assert!(page.contains("value=\"5\""), "the fee");
    assert!(page.contains("value=\"25\""), "the delivery fee");
    assert!(!page.contains("name=\"cash_on_delivery\" value=\"on\" checked"));
    // The audit log lists the changes, filtered by action and by actor.
    let log = app
        .get_as(&admin, "/admin/audit?action=settings")
        .await
        .text()
        .await
        .expect("body");
    assert_eq!(log.matches("data-action=\"settings.changed\"").count(), 7);
    assert!(log.contains("admin@example.ma"));
    assert!(!log.contains("data-action=\"registry.imported\""));
    let by_nobody = app
        .get_as(&admin, "/admin/audit?actor=nobody%40example.ma")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        !by_nobody.contains("data-action="),
        "an unknown actor matches nothing"
    );
    let future = app
        .get_as(&admin, "/admin/audit?from=2999-01-01")
        .await
        .text()
        .await
        .expect("body");
    assert!(!future.contains("data-action="));
    let bad = app
        .get_as(&admin, "/admin/audit?to=2026-02-30")
        .await
        .text()
        .await
        .expect("body");
    assert!(bad.contains("role=\"alert\"") && bad.contains("field-error"));
}

#[tokio::test]
async fn bad_settings_are_refused_field_by_field_and_change_nothing() {
    let (app, admin) = setup().await;
    let before = app.live_settings.get().rules();
    let refused = save(
        &app,
        &admin,
        &[
            ("platform_fee_percent", "120"),
            ("delivery_fee", "-3"),
            ("free_delivery_from", "beaucoup"),
            ("cash_orders_waiting", "0"),
            ("max_open_requests", "0"),
            ("claim_release_days", "1000"),
        ],
    )
    .await;
    assert_eq!(error_code(&refused), "invalid");
    let (status, html) = app.follow_as(&admin, refused).await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("class=\"field-error\"").count(), 6, "{html}");
    assert!(
        html.contains("value=\"120\""),
        "the refused value comes back"
    );
    assert_eq!(app.live_settings.get().rules(), before);
    assert_eq!(setting_rows(&app).await, 0);
    assert_eq!(settings_audits(&app).await, 0);
}

#[tokio::test]
async fn only_admins_change_settings_or_read_the_audit_log() {
    let (app, _admin) = setup().await;
    let member = signed_up(&app, "Omar", "omar@example.ma").await;
    let refused = save(&app, &member, &GOOD).await;
    assert_eq!(error_code(&refused), "forbidden");
    assert_eq!(setting_rows(&app).await, 0);
    for path in ["/admin/settings", "/admin/audit"] {
        let page = app.get_as(&member, path).await;
        assert_eq!(page.status(), 403, "{path}");
        assert!(!page.text().await.expect("body").contains("data-action="));
    }
    let anonymous = save(&app, &browser(), &GOOD).await;
    assert_eq!(error_code(&anonymous), "unauthorized");
    assert_eq!(setting_rows(&app).await, 0);
}
