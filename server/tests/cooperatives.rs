//! Cooperatives: sign-up checked against the register, verification by an admin (each transition
//! through HTTP), e-mails through the outbox, public storefronts, and who may do what.

use crate::helpers::*;
use backend::{
    entity::{cooperative, outbox},
    services::{accounts, registry},
};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const REGISTER: &str = "register_number,name_ar,name_fr,region,province,sector,registered_on,status\n\
2015/4521,تعاونية تيفاوت لإنتاج زيت الأركان,Coopérative Tifawt d'huile d'argan,Souss-Massa,Taroudant,agriculture,2015-03-12,active\n\
2018/0007,تعاونية الأمل للزرابي,Coopérative Al Amal des tapis,Drâa-Tafilalet,Ouarzazate,handicraft,2018-01-07,active\n";

const ADMIN_EMAIL: &str = "admin@example.ma";

pub(crate) async fn setup() -> (TestApp, Client) {
    prepare(spawn_app().await).await
}

/// Imports the test register into `app` and signs in an admin (returned).
pub(crate) async fn prepare(app: TestApp) -> (TestApp, Client) {
    let rows = registry::parse_csv(REGISTER.as_bytes()).expect("register parses");
    registry::import(&app.db, &rows, None, registry::OffSale::Ask, |_| {})
        .await
        .expect("register imported");
    accounts::create_admin(&app.db, ADMIN_EMAIL, "Admin", GOOD_PASSWORD, false)
        .await
        .expect("admin");
    let admin = browser();
    let signed_in = app
        .post_form_as(
            &admin,
            "/api/account/sign-in",
            "/sign-in",
            &[("email", ADMIN_EMAIL), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(location(&signed_in), "/");
    (app, admin)
}

pub(crate) fn tifawt<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("register_number", "2015/4521"),
        ("ice", "001523456000078"),
        ("name_ar", "تعاونيه تيفاوت لانتاج زيت الاركان"),
        ("name_fr", "COOPERATIVE TIFAWT D'HUILE D'ARGAN"),
        ("region", "souss_massa"),
        ("province", "taroudant"),
        ("sector", "agriculture"),
        ("founded_on", "2015-03-12"),
        ("member_count", "24"),
        ("women_count", "18"),
        ("phone", "+212 612 345 678"),
    ];
    for (k, v) in overrides {
        if let Some(field) = fields.iter_mut().find(|(name, _)| name == k) {
            field.1 = v;
        }
    }
    fields
}

pub(crate) async fn register_as_owner(app: &TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    app.sign_up("Fatima", "fatima@example.ma", GOOD_PASSWORD)
        .await;
    register_as(app, &app.client, fields).await
}

pub(crate) async fn count_cooperatives(app: &TestApp) -> u64 {
    cooperative::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

/// A small PDF standing in for a name-approval certificate.
pub(crate) const CERTIFICATE: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

pub(crate) const REGISTER_URL: &str = "/api/upload/cooperatives/register";

/// Posts the cooperative sign-up form, with the certificate, as `client`.
pub(crate) async fn register_as(
    app: &TestApp,
    client: &Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.post_upload_as(
        client,
        REGISTER_URL,
        "/cooperatives/new",
        fields,
        ("certificate", "certificate.pdf", CERTIFICATE.to_vec()),
    )
    .await
}

pub(crate) async fn the_cooperative(app: &TestApp) -> cooperative::Model {
    cooperative::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("a cooperative")
}

pub(crate) async fn decide(
    app: &TestApp,
    as_client: &Client,
    id: &str,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    app.post_form_as(
        as_client,
        "/api/admin/cooperatives/decide",
        "/admin/cooperatives",
        &[("id", id), ("decision", decision), ("reason", reason)],
    )
    .await
}

#[tokio::test]
async fn a_cooperative_is_registered_matched_verified_suspended_and_reinstated() {
    let (app, admin) = setup().await;
    let response = register_as_owner(&app, &tifawt(&[])).await;
    assert_eq!(location(&response), "/cooperatives/mine?submitted=1");
    let coop = the_cooperative(&app).await;
    assert_eq!(
        coop.state,
        domain::cooperative::CooperativeStatus::Submitted
    );
    let storefront = format!("/c/{}", coop.slug);
    assert_eq!(
        app.get(&storefront).await.status(),
        404,
        "not public before verification"
    );

    let mine = app
        .get("/cooperatives/mine")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        mine.contains("في انتظار التحقق"),
        "the owner sees it waiting"
    );

    let queue = app.get_as(&admin, "/admin/cooperatives").await;
    assert_eq!(queue.status(), 200);
    let queue = queue.text().await.expect("body");
    assert!(
        queue.contains(r#"data-match="match-exact""#),
        "spelling differences still match exactly"
    );
    assert!(queue.contains("2015/4521"));

    let id = coop.id.to_string();
    let verified = decide(&app, &admin, &id, "verify", "").await;
    assert!(
        !location(&verified).contains("__err="),
        "{}",
        location(&verified)
    );
    assert_eq!(
        the_cooperative(&app).await.state,
        domain::cooperative::CooperativeStatus::Verified
    );
    let page = app.get(&storefront).await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.expect("body");
    assert!(
        page.contains("تعاونية موثقة · رقم التسجيل 2015/4521"),
        "verified badge with the register number"
    );
    assert!(
        page.contains("تقودها نساء"),
        "18 of 24 members are women: women-led badge"
    );
    assert!(
        page.contains(r#"property="og:title""#),
        "Open Graph title for shared links"
    );

    let suspended = decide(&app, &admin, &id, "suspend", "Unpaid fees").await;
    assert!(!location(&suspended).contains("__err="));
    assert_eq!(
        app.get(&storefront).await.status(),
        404,
        "suspended cooperatives are hidden"
    );
    decide(&app, &admin, &id, "reinstate", "").await;
    assert_eq!(app.get(&storefront).await.status(), 200);

    let mails = outbox::Entity::find().count(&app.db).await.expect("count");
    assert_eq!(
        mails, 4,
        "the sign-up's link to verify the address; verify, suspend and reinstate each e-mail \
         the owner"
    );
    // The app's own outbox job may take some of them first: together they send each once.
    let outbox_dir = app.dir.path().join("outbox");
    let senders = file_senders(&outbox_dir);
    let unsent = || async {
        outbox::Entity::find()
            .filter(outbox::Column::ProcessedAt.is_null())
            .count(&app.db)
            .await
            .expect("count")
    };
    let started = std::time::Instant::now();
    while unsent().await > 0 {
        server::jobs::deliver_outbox(&app.db, &senders)
            .await
            .expect("deliver");
        assert!(started.elapsed().as_secs() < 30, "the outbox empties");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let files: Vec<_> = std::fs::read_dir(&outbox_dir)
        .expect("outbox dir")
        .collect();
    assert_eq!(files.len(), 4, "one file per e-mail");
    assert_eq!(
        server::jobs::deliver_outbox(&app.db, &senders)
            .await
            .expect("again"),
        0,
        "delivered once"
    );
}

#[tokio::test]
async fn a_rejection_needs_a_reason_and_the_owner_sees_it_and_can_submit_again_later() {
    let (app, admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let id = the_cooperative(&app).await.id.to_string();
    let without_reason = decide(&app, &admin, &id, "reject", "  ").await;
    assert!(
        location(&without_reason).contains("__err="),
        "a reason is required"
    );
    assert_eq!(
        the_cooperative(&app).await.state,
        domain::cooperative::CooperativeStatus::Submitted
    );

    decide(&app, &admin, &id, "reject", "Certificate unreadable").await;
    let coop = the_cooperative(&app).await;
    assert_eq!(
        (coop.state.code(), coop.state_reason.as_deref()),
        ("rejected", Some("Certificate unreadable"))
    );
    assert_eq!(app.get(&format!("/c/{}", coop.slug)).await.status(), 404);
    let mine = app
        .get("/cooperatives/mine")
        .await
        .text()
        .await
        .expect("body");
    assert!(mine.contains("Certificate unreadable"));
}

#[tokio::test]
async fn refused_transitions_change_nothing() {
    let (app, admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let id = the_cooperative(&app).await.id.to_string();
    for decision in ["suspend", "reinstate"] {
        let response = decide(&app, &admin, &id, decision, "because").await;
        assert!(
            location(&response).contains("__err="),
            "{decision} on a submitted cooperative is refused"
        );
    }
    decide(&app, &admin, &id, "verify", "").await;
    let twice = decide(&app, &admin, &id, "verify", "").await;
    assert!(location(&twice).contains("__err="));
    assert_eq!(
        the_cooperative(&app).await.state,
        domain::cooperative::CooperativeStatus::Verified
    );
}

#[tokio::test]
async fn a_partial_register_match_says_which_field_differs() {
    let (app, admin) = setup().await;
    register_as_owner(
        &app,
        &tifawt(&[
            ("name_ar", "تعاونية أخرى"),
            ("name_fr", "Autre coopérative"),
        ]),
    )
    .await;
    let queue = app
        .get_as(&admin, "/admin/cooperatives")
        .await
        .text()
        .await
        .expect("body");
    assert!(queue.contains(r#"data-match="match-partial""#));
    assert!(queue.contains("(مختلف)"), "the differing name is marked");
}

#[tokio::test]
async fn bad_cooperative_input_is_refused_field_by_field_and_nothing_is_written() {
    let (app, _admin) = setup().await;
    let response = register_as_owner(
        &app,
        &tifawt(&[
            ("ice", "12345"),
            ("women_count", "30"),
            ("phone", "12"),
            ("founded_on", "2999-01-01"),
        ]),
    )
    .await;
    let (_, page) = app.follow(response).await;
    for message in [
        "من 15 رقمًا بالضبط",
        "لا يمكن أن يتجاوز عدد العضوات مجموع الأعضاء",
        "أدخل رقم هاتف مغربيًا",
        "أدخل تاريخًا صحيحًا غير مستقبلي",
    ] {
        assert!(page.contains(message), "missing: {message}");
    }
    assert!(
        page.contains(r#"value="2015/4521""#),
        "the form keeps what was typed"
    );
    assert_eq!(
        cooperative::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );

    let unknown = register_as(
        &app,
        &app.client,
        &tifawt(&[("register_number", "1999/9999")]),
    )
    .await;
    let (_, page) = app.follow(unknown).await;
    assert!(page.contains("هذا الرقم غير موجود في السجل المركزي للتعاونيات"));
    assert_eq!(
        cooperative::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
}

#[tokio::test]
async fn a_register_number_can_be_claimed_by_one_cooperative_only() {
    let (app, _admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let other = browser();
    app.post_form_as(
        &other,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Other"),
            ("email", "other@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    let again = register_as(&app, &other, &tifawt(&[])).await;
    assert!(location(&again).contains("__err="));
    assert_eq!(
        cooperative::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        1
    );
}

#[tokio::test]
async fn only_admins_can_see_the_queue_or_decide() {
    let (app, _admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let id = the_cooperative(&app).await.id.to_string();

    // The owner (a consumer and cooperative member, not an admin).
    assert_eq!(app.get("/admin/cooperatives").await.status(), 403);
    let own_verify = app
        .client
        .post(app.url("/api/admin/cooperatives/decide"))
        .header("origin", &app.address)
        .form(&[("id", id.as_str()), ("decision", "verify")])
        .send()
        .await
        .expect("post");
    assert_eq!(
        own_verify.status(),
        403,
        "an owner cannot verify their own cooperative"
    );

    // Nobody signed in.
    let anonymous = browser();
    let response = anonymous
        .post(app.url("/api/admin/cooperatives/decide"))
        .header("origin", &app.address)
        .form(&[("id", id.as_str()), ("decision", "verify")])
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 401);
    assert_eq!(
        app.get_as(&anonymous, "/admin/cooperatives").await.status(),
        302
    );
    assert_eq!(
        app.get_as(&anonymous, "/cooperatives/new").await.status(),
        302
    );

    let state = cooperative::Entity::find()
        .filter(cooperative::Column::State.eq("submitted"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(state, 1, "still waiting for a real admin");
}

pub(crate) async fn verified_cooperative(app: &TestApp, admin: &Client) -> cooperative::Model {
    register_as_owner(app, &tifawt(&[])).await;
    let coop = the_cooperative(app).await;
    decide(app, admin, &coop.id.to_string(), "verify", "").await;
    the_cooperative(app).await
}

pub(crate) async fn save_identity(
    app: &TestApp,
    client: &Client,
    id: &str,
    primary: &str,
    tagline_ar: &str,
) -> reqwest::Response {
    let from = format!("/cooperatives/{id}/identity");
    app.post_form_as(
        client,
        "/api/cooperatives/identity/save",
        &from,
        &[
            ("cooperative_id", id),
            ("primary_colour", primary),
            ("secondary_colour", "#f8d66d"),
            ("tagline_ar", tagline_ar),
            ("tagline_fr", "L'or du Souss"),
            ("tagline_en", ""),
            ("story_ar", "قصة نساء تيفاوت"),
            ("story_fr", ""),
            ("story_en", ""),
        ],
    )
    .await
}

pub(crate) async fn identity_versions(app: &TestApp) -> u64 {
    backend::entity::cooperative_identity::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn the_owner_sets_colours_and_story_and_the_storefront_wears_them_with_legible_text() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    let editor = app.get(&format!("/cooperatives/{id}/identity")).await;
    assert_eq!(editor.status(), 200);

    let saved = save_identity(&app, &app.client, &id, "#8a3b12", "ذهب سوس").await;
    assert_eq!(
        location(&saved),
        format!("/cooperatives/{id}/identity?saved=1")
    );
    let page = app.get(&format!("/c/{}", coop.slug)).await;
    let csp = crate::helpers::header(page.headers(), "content-security-policy");
    let body = page.text().await.expect("body");
    assert!(
        body.contains("ذهب سوس") && body.contains("قصة نساء تيفاوت"),
        "tagline and story in Arabic"
    );
    assert!(
        body.contains("--brand:#8a3b12;--on-brand:#ffffff"),
        "dark brand colour gets white text"
    );
    assert!(
        body.contains("--brand-2:#f8d66d;--on-brand-2:#000000"),
        "light brand colour gets black text"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("nonce");
    assert!(
        body.contains(&format!(r#"<style nonce="{nonce}">"#)),
        "the brand style carries the CSP nonce"
    );

    let french = app
        .get_in(&format!("/c/{}", coop.slug), "fr")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        french.contains("L&#39;or du Souss") || french.contains("L'or du Souss"),
        "the French tagline in French"
    );
}

#[tokio::test]
async fn identities_are_versioned_and_an_old_version_can_be_restored() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    save_identity(&app, &app.client, &id, "#8a3b12", "أول").await;
    save_identity(&app, &app.client, &id, "#1d4ed8", "ثاني").await;
    assert_eq!(identity_versions(&app).await, 2);
    let restored = app
        .post_form(
            "/api/cooperatives/identity/restore",
            &format!("/cooperatives/{id}/identity"),
            &[("cooperative_id", &id), ("version", "1")],
        )
        .await;
    assert!(!location(&restored).contains("__err="));
    assert_eq!(
        identity_versions(&app).await,
        3,
        "restoring keeps every version"
    );
    let page = app
        .get(&format!("/c/{}", coop.slug))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        page.contains("--brand:#8a3b12") && page.contains("أول"),
        "version 1 is current again"
    );
}

#[tokio::test]
async fn bad_colours_and_overlong_text_are_refused_and_nothing_is_saved() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    let long = "ن".repeat(200);
    let response = save_identity(&app, &app.client, &id, "red;}</style>", &long).await;
    let (_, page) = app.follow(response).await;
    assert!(
        page.contains("اختر لونًا (#rrggbb)."),
        "translated colour error"
    );
    assert!(
        page.contains("هذا أطول من اللازم."),
        "translated length error"
    );
    assert!(
        !page.contains("red;}</style>"),
        "the bad value is never echoed raw"
    );
    assert_eq!(identity_versions(&app).await, 0);
}

#[tokio::test]
async fn only_the_cooperatives_own_members_edit_its_identity_and_only_once_verified() {
    let (app, admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let coop = the_cooperative(&app).await;
    let id = coop.id.to_string();

    let unverified = app
        .client
        .post(app.url("/api/cooperatives/identity/save"))
        .header("origin", &app.address)
        .form(&[
            ("cooperative_id", id.as_str()),
            ("primary_colour", "#123456"),
            ("secondary_colour", "#654321"),
            ("tagline_ar", ""),
            ("tagline_fr", ""),
            ("tagline_en", ""),
            ("story_ar", ""),
            ("story_fr", ""),
            ("story_en", ""),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(unverified.status(), 403, "not before verification");
    decide(&app, &admin, &id, "verify", "").await;

    // A member of another cooperative, and the admin: neither is a member of this one.
    let stranger = browser();
    app.post_form_as(
        &stranger,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Other"),
            ("email", "other@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    register_as(
        &app,
        &stranger,
        &tifawt(&[
            ("register_number", "2018/0007"),
            ("name_ar", "تعاونية الأمل للزرابي"),
            ("name_fr", "Coopérative Al Amal des tapis"),
            ("region", "draa_tafilalet"),
            ("province", "ouarzazate"),
            ("sector", "handicraft"),
        ]),
    )
    .await;
    for (who, client) in [
        ("member of another cooperative", &stranger),
        ("admin", &admin),
    ] {
        assert_eq!(
            app.get_as(client, &format!("/cooperatives/{id}/identity"))
                .await
                .status(),
            404,
            "{who} cannot open the editor"
        );
        for (action, fields) in [
            (
                "/api/cooperatives/identity/save",
                vec![
                    ("cooperative_id", id.as_str()),
                    ("primary_colour", "#123456"),
                    ("secondary_colour", "#654321"),
                    ("tagline_ar", "x"),
                    ("tagline_fr", ""),
                    ("tagline_en", ""),
                    ("story_ar", ""),
                    ("story_fr", ""),
                    ("story_en", ""),
                ],
            ),
            (
                "/api/cooperatives/identity/restore",
                vec![("cooperative_id", id.as_str()), ("version", "1")],
            ),
        ] {
            let response = client
                .post(app.url(action))
                .header("origin", &app.address)
                .form(&fields)
                .send()
                .await
                .expect("post");
            assert_eq!(response.status(), 404, "{who}: {action}");
        }
    }
    assert_eq!(identity_versions(&app).await, 0);
}

async fn resubmit_as(
    app: &TestApp,
    client: &Client,
    id: &str,
    fields: &[(&str, &str)],
    certificate: Option<Vec<u8>>,
) -> reqwest::Response {
    let mut with_id = vec![("cooperative_id", id)];
    with_id.extend_from_slice(fields);
    let file = match certificate {
        Some(bytes) => ("certificate", "certificate.pdf", bytes),
        // An empty file input, as a browser sends it when no file was chosen.
        None => ("certificate", "", Vec::new()),
    };
    app.post_upload_as(
        client,
        "/api/upload/cooperatives/resubmit",
        &format!("/cooperatives/{id}/edit"),
        &with_id,
        file,
    )
    .await
}

#[tokio::test]
async fn a_rejected_cooperative_is_corrected_and_sent_again_keeping_its_certificate() {
    let (app, admin) = setup().await;
    register_as_owner(&app, &tifawt(&[("name_fr", "Coop Tifawt")])).await;
    let coop = the_cooperative(&app).await;
    let id = coop.id.to_string();
    let edit = format!("/cooperatives/{id}/edit");

    // Not rejected yet: the page says so and a post changes nothing.
    let page = app.get(&edit).await.text().await.expect("body");
    assert!(page.contains("لا يمكن تصحيح وإعادة إرسال إلا ملف مرفوض"));
    let early = resubmit_as(&app, &app.client, &id, &tifawt(&[]), None).await;
    assert!(location(&early).contains("__err="));

    decide(
        &app,
        &admin,
        &id,
        "reject",
        "Le nom ne correspond pas au registre",
    )
    .await;
    let page = app.get(&edit).await.text().await.expect("body");
    assert!(
        page.contains("Le nom ne correspond pas au registre"),
        "the reason is shown"
    );
    assert!(
        page.contains(r#"value="Coop Tifawt""#),
        "the form is filled with the file"
    );

    // Bad input is refused field by field and changes nothing.
    let bad = resubmit_as(
        &app,
        &app.client,
        &id,
        &tifawt(&[("women_count", "99")]),
        None,
    )
    .await;
    let (_, page) = app.follow(bad).await;
    assert!(page.contains("لا يمكن أن يتجاوز عدد العضوات مجموع الأعضاء"));
    assert_eq!(
        the_cooperative(&app).await.state,
        domain::cooperative::CooperativeStatus::Rejected
    );

    // A stranger cannot resubmit it.
    let stranger = browser();
    app.post_form_as(
        &stranger,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Other"),
            ("email", "other@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    assert_eq!(app.get_as(&stranger, &edit).await.status(), 404);
    let refused = resubmit_as(&app, &stranger, &id, &tifawt(&[]), None).await;
    assert!(location(&refused).contains("__err="));
    assert_eq!(
        the_cooperative(&app).await.state,
        domain::cooperative::CooperativeStatus::Rejected
    );

    // The owner corrects the name and sends it again without a new certificate.
    let sent = resubmit_as(&app, &app.client, &id, &tifawt(&[]), None).await;
    assert_eq!(location(&sent), "/cooperatives/mine?submitted=1");
    let after = the_cooperative(&app).await;
    assert_eq!(
        after.state,
        domain::cooperative::CooperativeStatus::Submitted
    );
    assert_eq!(after.state_reason, None);
    assert_eq!(after.name_fr, "COOPERATIVE TIFAWT D'HUILE D'ARGAN");
    assert_eq!(
        after.certificate_key, coop.certificate_key,
        "the certificate is kept"
    );
    let queue = app
        .get_as(&admin, "/admin/cooperatives")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        queue.contains("data-match=\"match-exact\""),
        "back in the queue, matching now"
    );

    // Rejected again, then resubmitted with a new certificate.
    decide(&app, &admin, &id, "reject", "Certificat illisible").await;
    let sent = resubmit_as(
        &app,
        &app.client,
        &id,
        &tifawt(&[]),
        Some(b"%PDF-1.7\nnew certificate\n%%EOF\n".to_vec()),
    )
    .await;
    assert_eq!(location(&sent), "/cooperatives/mine?submitted=1");
    let last = the_cooperative(&app).await;
    assert_ne!(
        last.certificate_key, coop.certificate_key,
        "a new certificate"
    );
    let downloaded = app
        .get(&format!("/cooperatives/{id}/certificate"))
        .await
        .bytes()
        .await
        .expect("bytes");
    assert!(downloaded.starts_with(b"%PDF-1.7\nnew certificate"));
}
