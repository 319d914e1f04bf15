//! Importing the national register: idempotent, all or nothing, line-numbered problems.

use crate::helpers::*;
use backend::{
    entity::registry_entry,
    services::registry::{self, FileProblem, ImportReport},
};
use domain::registry::RowProblem;
use sea_orm::{EntityTrait, PaginatorTrait};

const HEADER: &str =
    "register_number,name_ar,name_fr,region,province,sector,registered_on,status\n";

fn file(lines: &[&str]) -> Vec<u8> {
    let mut text = HEADER.to_owned();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text.into_bytes()
}

const TIFAWT: &str = "2015/4521,تعاونية تيفاوت,Coopérative Tifawt,Souss-Massa,Taroudant,agriculture,2015-03-12,active";
const AMAL: &str = "2018/0007,تعاونية الأمل,Coopérative Al Amal,Drâa-Tafilalet,Ouarzazate,handicraft,07/01/2018,active";

async fn entries(app: &TestApp) -> u64 {
    registry_entry::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let app = spawn_app().await;
    let rows = registry::parse_csv(&file(&[TIFAWT, AMAL])).expect("parses");
    let first = registry::import(&app.db, &rows, None, registry::OffSale::Ask, |_| {})
        .await
        .expect("first import");
    assert_eq!(
        first,
        ImportReport {
            created: 2,
            updated: 0,
            unchanged: 0,
            off_sale: 0
        }
    );
    let audits = app.audit_count().await;
    let second = registry::import(&app.db, &rows, None, registry::OffSale::Ask, |_| {})
        .await
        .expect("second import");
    assert_eq!(
        second,
        ImportReport {
            created: 0,
            updated: 0,
            unchanged: 2,
            off_sale: 0
        }
    );
    assert_eq!(entries(&app).await, 2);
    assert_eq!(
        app.audit_count().await,
        audits,
        "a no-op import is not audited"
    );
}

#[tokio::test]
async fn a_changed_line_updates_its_entry() {
    let app = spawn_app().await;
    let rows = registry::parse_csv(&file(&[TIFAWT, AMAL])).expect("parses");
    registry::import(&app.db, &rows, None, registry::OffSale::Ask, |_| {})
        .await
        .expect("import");
    let dissolved = TIFAWT.replace(",active", ",dissolved");
    let rows = registry::parse_csv(&file(&[&dissolved, AMAL])).expect("parses");
    let report = registry::import(&app.db, &rows, None, registry::OffSale::Ask, |_| {})
        .await
        .expect("re-import");
    assert_eq!(
        report,
        ImportReport {
            created: 0,
            updated: 1,
            unchanged: 1,
            off_sale: 0
        }
    );
    let entry = registry_entry::Entity::find_by_id("2015/4521")
        .one(&app.db)
        .await
        .expect("query")
        .expect("entry");
    assert_eq!(entry.status, domain::registry::RegistryStatus::Dissolved);
}

#[tokio::test]
async fn a_file_with_a_bad_line_imports_nothing_and_names_the_line() {
    let app = spawn_app().await;
    let bad = "2020/0001,تعاونية,Coop,Atlantis,Nowhere,agriculture,2020-01-01,active";
    let problems = registry::parse_csv(&file(&[TIFAWT, bad, AMAL])).expect_err("refused");
    assert_eq!(
        problems,
        vec![FileProblem::Line {
            line: 3,
            problems: vec![RowProblem::UnknownRegion]
        }]
    );
    assert_eq!(entries(&app).await, 0);
}

#[tokio::test]
async fn duplicate_numbers_missing_columns_and_wrong_encodings_are_refused() {
    let duplicate = registry::parse_csv(&file(&[TIFAWT, TIFAWT])).expect_err("duplicate");
    assert_eq!(
        duplicate,
        vec![FileProblem::Line {
            line: 3,
            problems: vec![RowProblem::DuplicateNumber]
        }]
    );

    let missing = registry::parse_csv(b"register_number,name_ar,name_fr,region\n1,a,b,c\n")
        .expect_err("columns");
    assert!(
        missing.contains(&FileProblem::MissingColumn {
            column: "province".into()
        }),
        "{missing:?}"
    );

    let latin1: Vec<u8> = b"register_number,name_ar,name_fr,region,province,sector,registered_on,status\n1,,Coop\xe9rative,Souss-Massa,Tiznit,agriculture,,active\n".to_vec();
    assert_eq!(
        registry::parse_csv(&latin1).expect_err("encoding"),
        vec![FileProblem::NotUtf8]
    );

    assert_eq!(
        registry::parse_csv(HEADER.as_bytes()).expect_err("empty"),
        vec![FileProblem::Empty]
    );
}

#[tokio::test]
async fn french_headers_and_a_byte_order_mark_are_accepted() {
    let text = format!(
        "\u{feff}numero,nom_ar,nom_fr,region,province,secteur,date_immatriculation,statut\n{TIFAWT}\n"
    );
    let rows = registry::parse_csv(text.as_bytes()).expect("parses");
    assert_eq!(rows.len(), 1);
}

#[tokio::test]
async fn the_command_imports_a_file_and_reports_bad_lines_by_number() {
    let dir = tempfile::tempdir().expect("dir");
    let good = dir.path().join("good.csv");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&good, file(&[TIFAWT, AMAL])).expect("write");
    std::fs::write(&bad, file(&[TIFAWT, "x,,,,,,,"])).expect("write");
    let run = |path: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_taawon"))
            .arg("import-registry")
            .arg(path)
            .env("TAAWON_DATA_DIR", dir.path())
            .env_remove("DATABASE_URL")
            .output()
            .expect("run taawon")
    };
    let refused = run(&bad);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("line 3: register_number, name_missing"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was imported"), "{stderr}");

    let imported = run(&good);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert!(String::from_utf8_lossy(&imported.stdout).contains("2 new, 0 updated, 0 unchanged"));
    let again = run(&good);
    assert!(String::from_utf8_lossy(&again.stdout).contains("0 new, 0 updated, 2 unchanged"));
}

async fn admin_client(app: &TestApp) -> reqwest::Client {
    backend::services::accounts::create_admin(
        &app.db,
        "admin@example.ma",
        "Admin",
        GOOD_PASSWORD,
        false,
    )
    .await
    .expect("admin");
    let admin = browser();
    let signed_in = app
        .post_form_as(
            &admin,
            "/api/account/sign-in",
            "/sign-in",
            &[("email", "admin@example.ma"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(location(&signed_in), "/");
    admin
}

async fn upload(app: &TestApp, client: &reqwest::Client, bytes: Vec<u8>) -> reqwest::Response {
    app.post_upload_as(
        client,
        "/api/upload/admin/registry",
        "/admin/registry",
        &[],
        ("register", "registre.csv", bytes),
    )
    .await
}

#[tokio::test]
async fn an_admin_uploads_the_register_and_a_second_upload_changes_nothing() {
    let app = spawn_app().await;
    let admin = admin_client(&app).await;
    let page = app.get_as(&admin, "/admin/registry").await;
    assert_eq!(page.status(), 200);

    let first = upload(&app, &admin, file(&[TIFAWT, AMAL])).await;
    assert_eq!(
        location(&first),
        "/admin/registry?created=2&updated=0&unchanged=0&off_sale=0"
    );
    let page = app
        .get_as(&admin, &location(&first))
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("تم الاستيراد: أضيفت 2"), "report in Arabic");
    assert!(page.contains("data-register-size=\"2\""));
    let again = upload(&app, &admin, file(&[TIFAWT, AMAL])).await;
    assert_eq!(
        location(&again),
        "/admin/registry?created=0&updated=0&unchanged=2&off_sale=0"
    );
    assert_eq!(entries(&app).await, 2);
}

#[tokio::test]
async fn a_bad_register_upload_lists_its_problems_by_line_and_imports_nothing() {
    let app = spawn_app().await;
    let admin = admin_client(&app).await;
    let bad_line = "2020/0001,تعاونية,Coop,Atlantis,Nowhere,agriculture,2020-01-01,active";
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "a bad line",
            file(&[TIFAWT, bad_line]),
            vec!["السطر 3", "جهة غير معروفة"],
        ),
        (
            "a missing column",
            b"register_number,name_ar,name_fr\n2015/4521,a,b\n".to_vec(),
            vec!["عمود ناقص: region"],
        ),
        (
            "Latin-1 instead of UTF-8",
            b"register_number,name_ar,name_fr,region,province,sector,registered_on,status\n2015/4521,,Coop\xe9rative,Souss-Massa,Taroudant,agriculture,2015-03-12,active\n".to_vec(),
            vec!["ليس بترميز UTF-8"],
        ),
        ("an empty file", Vec::new(), vec!["هذا الملف فارغ"]),
    ];
    for (what, bytes, messages) in cases {
        let response = upload(&app, &admin, bytes).await;
        assert!(location(&response).contains("__err="), "{what}");
        let (_, page) = app.follow_as(&admin, response).await;
        for message in messages {
            assert!(page.contains(message), "{what}: missing {message}");
        }
    }
    assert_eq!(entries(&app).await, 0, "all or nothing");
}

#[tokio::test]
async fn only_admins_upload_the_register() {
    let app = spawn_app().await;
    app.sign_up("Fatima", "fatima@example.ma", GOOD_PASSWORD)
        .await;
    let refused = upload(&app, &app.client, file(&[TIFAWT])).await;
    assert!(location(&refused).contains("__err="));
    assert_eq!(app.get("/admin/registry").await.status(), 403);
    let anonymous = browser();
    let refused = upload(&app, &anonymous, file(&[TIFAWT])).await;
    assert!(location(&refused).contains("__err="));
    assert_eq!(entries(&app).await, 0);
}

/// The register's line for Tifawt (as the test register has it), with `status`.
fn tifawt_in_register(status: &str) -> Vec<u8> {
    format!(
        "{HEADER}2015/4521,تعاونية تيفاوت لإنتاج زيت الأركان,Coopérative Tifawt d'huile d'argan,Souss-Massa,Taroudant,agriculture,2015-03-12,{status}\n"
    )
    .into_bytes()
}

async fn the_cooperative(app: &TestApp) -> backend::entity::cooperative::Model {
    backend::entity::cooperative::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("cooperative")
}

#[tokio::test]
async fn the_register_word_counts_a_dissolved_cooperative_goes_off_sale_until_an_admin_decides() {
    use domain::{cooperative::CooperativeStatus, registry::RegistryStatus};
    let (app, admin) = crate::cooperatives::setup().await;
    let (coop, argan) = crate::products::published_product(&app, &admin).await;
    let product_page = format!("/p/{}", argan.slug);
    assert_eq!(app.get_as(&browser(), &product_page).await.status(), 200);
    let mails = crate::payments::mails_to(&app, "fatima@example.ma", "").await;

    // A file showing it dissolved is refused with the list: nothing is imported or changed.
    let audits = app.audit_count().await;
    let refused = upload(&app, &admin, tifawt_in_register("dissolved")).await;
    assert_eq!(
        error_code(&refused),
        "register_lapses",
        "{}",
        location(&refused)
    );
    let (_, page) = app.follow_as(&admin, refused).await;
    assert!(
        page.contains("data-lapsing=\"1\"") && page.contains("2015/4521"),
        "the list"
    );
    assert!(
        page.contains("name=\"confirm_off_sale\""),
        "the confirmation"
    );
    assert!(
        page.contains("منحلة"),
        "the status, in the admin's language"
    );
    let entry = registry_entry::Entity::find_by_id("2015/4521".to_owned())
        .one(&app.db)
        .await
        .expect("query")
        .expect("entry");
    assert_eq!(entry.status, RegistryStatus::Active, "nothing imported");
    assert_eq!(
        the_cooperative(&app).await.state,
        CooperativeStatus::Verified
    );
    assert_eq!(app.audit_count().await, audits);

    // Confirmed: back in the queue, flagged, off sale, the owner told, all audited.
    let confirmed = app
        .post_upload_as(
            &admin,
            "/api/upload/admin/registry",
            "/admin/registry",
            &[("confirm_off_sale", "1")],
            ("register", "registre.csv", tifawt_in_register("dissolved")),
        )
        .await;
    assert_eq!(
        location(&confirmed),
        "/admin/registry?created=0&updated=1&unchanged=0&off_sale=1"
    );
    // The same file again flags nothing twice.
    let again = upload(&app, &admin, tifawt_in_register("dissolved")).await;
    assert_eq!(
        location(&again),
        "/admin/registry?created=0&updated=0&unchanged=1&off_sale=0"
    );
    let flagged = the_cooperative(&app).await;
    assert_eq!(flagged.state, CooperativeStatus::Submitted);
    assert_eq!(flagged.register_flag, Some(RegistryStatus::Dissolved));
    assert_eq!(app.get_as(&browser(), &product_page).await.status(), 404);
    assert_eq!(
        app.get_as(&browser(), &format!("/c/{}", coop.slug))
            .await
            .status(),
        404
    );
    assert_eq!(
        crate::payments::mails_to(&app, "fatima@example.ma", "").await,
        mails + 1,
        "the owner is told"
    );
    let lapsed = backend::entity::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit")
        .into_iter()
        .filter(|a| a.action == "cooperative.register_lapsed")
        .count();
    assert_eq!(lapsed, 1);
    let queue = app.text_as_in(&admin, "/admin/cooperatives", "fr").await;
    assert!(
        queue.contains("data-register-flag=\"dissolved\""),
        "flagged in the queue"
    );
    assert!(queue.contains("data-register-status=\"dissolved\"") && queue.contains("Dissoute"));

    // Verifying is refused while the register says so; nothing changes.
    let id = coop.id.to_string();
    let refused = crate::cooperatives::decide(&app, &admin, &id, "verify", "").await;
    assert_eq!(error_code(&refused), "register_inactive");
    let (_, page) = app.follow_as(&admin, refused).await;
    assert!(page.contains("منحلة أو في طور التصفية"), "translated");
    assert_eq!(
        the_cooperative(&app).await.state,
        CooperativeStatus::Submitted
    );

    // The register is corrected: an admin verifies it, the flag goes, it sells again.
    let corrected = upload(&app, &admin, tifawt_in_register("active")).await;
    assert!(
        location(&corrected).ends_with("off_sale=0"),
        "{}",
        location(&corrected)
    );
    let verified = crate::cooperatives::decide(&app, &admin, &id, "verify", "").await;
    assert!(
        !location(&verified).contains("__err="),
        "{}",
        location(&verified)
    );
    let back = the_cooperative(&app).await;
    assert_eq!(
        (back.state, back.register_flag),
        (CooperativeStatus::Verified, None)
    );
    assert_eq!(app.get_as(&browser(), &product_page).await.status(), 200);
}

#[tokio::test]
async fn an_import_that_leaves_verified_cooperatives_active_takes_nothing_off_sale() {
    use domain::cooperative::CooperativeStatus;
    let (app, admin) = crate::cooperatives::setup().await;
    crate::products::published_product(&app, &admin).await;
    // Tifawt stays active; Al Amal, which does not sell here, is dissolved.
    let amal_dissolved = "2018/0007,تعاونية الأمل للزرابي,Coopérative Al Amal des tapis,Drâa-Tafilalet,Ouarzazate,handicraft,2018-01-07,dissolved";
    let mut bytes = tifawt_in_register("active");
    bytes.extend_from_slice(amal_dissolved.as_bytes());
    bytes.push(b'\n');
    let imported = upload(&app, &admin, bytes).await;
    assert_eq!(
        location(&imported),
        "/admin/registry?created=0&updated=1&unchanged=1&off_sale=0"
    );
    assert_eq!(
        the_cooperative(&app).await.state,
        CooperativeStatus::Verified
    );
    // A cooperative in liquidation is refused verification too.
    let (app, admin) = crate::cooperatives::setup().await;
    crate::cooperatives::register_as_owner(&app, &crate::cooperatives::tifawt(&[])).await;
    upload(&app, &admin, tifawt_in_register("in_liquidation")).await;
    let coop = the_cooperative(&app).await;
    let refused =
        crate::cooperatives::decide(&app, &admin, &coop.id.to_string(), "verify", "").await;
    assert_eq!(error_code(&refused), "register_inactive");
    assert_eq!(
        the_cooperative(&app).await.state,
        CooperativeStatus::Submitted
    );
}
