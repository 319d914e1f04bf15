//! Profile upkeep: a verified cooperative's members keep its public profile up to date with no
//! new review; a change of its legal details waits for an admin, the recorded details staying
//! public until the decision; bad input changes nothing.

use crate::cooperatives::{prepare, the_cooperative, verified_cooperative};
use crate::helpers::*;
use backend::{
    entity::{audit_log, cooperative, cooperative_change},
    services::registry,
};
use domain::cooperative::CooperativeStatus;
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// Register lines beyond the test register: a number the cooperative may move to, one in
/// liquidation.
const MORE_REGISTER: &str = "register_number,name_ar,name_fr,region,province,sector,registered_on,status\n\
2021/0042,تعاونية تيفاوت للأركان,Coopérative Tifawt Argane,Souss-Massa,Taroudant,agriculture,2021-05-02,active\n\
2019/0311,تعاونية النخيل,Coopérative Annakhil,Souss-Massa,Taroudant,agriculture,2019-02-11,in_liquidation\n";

async fn with_more_register(app: &TestApp) {
    let rows = registry::parse_csv(MORE_REGISTER.as_bytes()).expect("register parses");
    registry::import(&app.db, &rows, None, registry::OffSale::Ask, |_| {})
        .await
        .expect("register imported");
}

async fn save_profile(
    app: &TestApp,
    client: &Client,
    coop: &cooperative::Model,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let id = coop.id.to_string();
    let mut form = vec![("cooperative_id", id.as_str()), ("cash_on_delivery", "on")];
    form.extend_from_slice(fields);
    app.post_form_as(
        client,
        "/api/cooperatives/settings/save",
        &format!("/cooperatives/{id}/settings"),
        &form,
    )
    .await
}

async fn propose(
    app: &TestApp,
    client: &Client,
    coop: &cooperative::Model,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let id = coop.id.to_string();
    let mut form = vec![
        ("cooperative_id", id.as_str()),
        ("register_number", coop.register_number.as_str()),
        ("ice", coop.ice.as_str()),
        ("name_ar", coop.name_ar.as_str()),
        ("name_fr", coop.name_fr.as_str()),
    ];
    for (k, v) in fields {
        if let Some(field) = form.iter_mut().find(|(name, _)| name == k) {
            field.1 = v;
        }
    }
    app.post_form_as(
        client,
        "/api/cooperatives/legal/propose",
        &format!("/cooperatives/{id}/settings"),
        &form,
    )
    .await
}

async fn decide(
    app: &TestApp,
    admin: &Client,
    change: &str,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    app.post_form_as(
        admin,
        "/api/admin/legal-changes/decide",
        "/admin/cooperatives",
        &[
            ("change_id", change),
            ("decision", decision),
            ("reason", reason),
        ],
    )
    .await
}

async fn changes(app: &TestApp) -> Vec<cooperative_change::Model> {
    cooperative_change::Entity::find()
        .all(&app.db)
        .await
        .expect("changes")
}

async fn audits(app: &TestApp, action: &str) -> u64 {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .count(&app.db)
        .await
        .expect("audits")
}

#[tokio::test]
async fn a_verified_cooperative_keeps_its_public_profile_up_to_date_without_review() {
    let (app, admin) = prepare(spawn_app().await).await;
    let coop = verified_cooperative(&app, &admin).await;
    let owner = app.client.clone();
    let page = format!("/cooperatives/{}/settings", coop.id);
    let html = app.text_as_in(&owner, &page, "ar").await;
    assert!(
        html.contains("الملف العام") && html.contains("dir=\"rtl\""),
        "{html}"
    );
    assert!(
        html.contains("value=\"24\""),
        "the recorded members are in the form"
    );

    let saved = save_profile(
        &app,
        &owner,
        &coop,
        &[
            ("phone", "0661 12 23 34"),
            ("whatsapp", "0661122334"),
            ("member_count", "٣٠"),
            ("women_count", "21"),
            ("sector", "handicraft"),
        ],
    )
    .await;
    assert_eq!(location(&saved), format!("{page}?saved=1"));
    let after = the_cooperative(&app).await;
    assert_eq!(after.state, CooperativeStatus::Verified, "no new review");
    assert_eq!(
        (
            after.phone.as_str(),
            after.whatsapp.as_deref(),
            after.member_count,
            after.women_count,
            after.sector.as_str(),
        ),
        ("0661122334", Some("0661122334"), 30, 21, "handicraft")
    );
    assert_eq!(audits(&app, "cooperative.settings_changed").await, 1);
    // The public storefront shows it at once.
    let storefront = app
        .text_as_in(&browser(), &format!("/c/{}", coop.slug), "fr")
        .await;
    assert!(storefront.contains("30 membres"), "{storefront}");

    // Bad input: translated errors, the form's values kept, nothing written.
    let log = app.audit_count().await;
    let refused = save_profile(
        &app,
        &owner,
        &coop,
        &[
            ("phone", "12"),
            ("whatsapp", "0522 33 44 55"),
            ("member_count", "30"),
            ("women_count", "31"),
            ("sector", "mining"),
        ],
    )
    .await;
    assert_eq!(error_code(&refused), "invalid");
    let fields: Vec<String> = error_json(&refused)["detail"]["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e[0].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(fields, ["phone", "whatsapp", "women_count", "sector"]);
    let (_, back) = app.follow_as(&owner, refused).await;
    assert!(back.contains("value=\"31\""), "the typed value is kept");
    assert_eq!(the_cooperative(&app).await, after, "nothing changed");
    assert_eq!(app.audit_count().await, log);

    // Someone else's cooperative is not found; a manager-less stranger learns nothing.
    let stranger = signed_up(&app, "Omar", "omar@example.ma").await;
    let theirs = save_profile(&app, &stranger, &coop, &[("member_count", "1")]).await;
    assert_eq!(error_code(&theirs), "not_found");
    assert_eq!(the_cooperative(&app).await, after);
}

#[tokio::test]
async fn a_change_of_legal_details_waits_for_an_admin_with_the_old_version_public() {
    let (app, admin) = prepare(spawn_app().await).await;
    with_more_register(&app).await;
    let coop = verified_cooperative(&app, &admin).await;
    let owner = app.client.clone();
    let settings = format!("/cooperatives/{}/settings", coop.id);
    let storefront = format!("/c/{}", coop.slug);

    // Bad input: a translated reason each time, nothing written.
    for (fields, field, issue) in [
        (vec![], "name_ar", "nothing_changed"),
        (
            vec![("register_number", "2099/0001")],
            "register_number",
            "register_number_unknown",
        ),
        (
            vec![("register_number", "2019/0311")],
            "register_number",
            "register_number_inactive",
        ),
        (vec![("ice", "12")], "ice", "input"),
        (vec![("name_fr", " ")], "name_fr", "input"),
    ] {
        let refused = propose(&app, &owner, &coop, &fields).await;
        assert_eq!(error_code(&refused), "invalid", "{fields:?}");
        let errors = &error_json(&refused)["detail"]["errors"];
        assert_eq!(errors[0][0], field, "{fields:?}: {errors}");
        assert_eq!(errors[0][1]["issue"], issue, "{fields:?}: {errors}");
    }
    let (_, page) = app
        .follow_as(&owner, propose(&app, &owner, &coop, &[]).await)
        .await;
    let at = page
        .find("data-error-code")
        .map_or(0, |i| i.saturating_sub(300));
    assert!(
        page.contains("data-error-code=\"invalid_input\""),
        "{}",
        &page[at..]
    );
    assert!(changes(&app).await.is_empty());
    // Only owners propose: a stranger learns nothing.
    let stranger = signed_up(&app, "Omar", "omar@example.ma").await;
    let theirs = propose(&app, &stranger, &coop, &[("name_fr", "Autre")]).await;
    assert_eq!(error_code(&theirs), "not_found");

    // A new French name: proposed, the cooperative unchanged and public as it was.
    let proposed = propose(
        &app,
        &owner,
        &coop,
        &[("name_fr", "Coopérative Tifawt (Argane)")],
    )
    .await;
    assert_eq!(location(&proposed), format!("{settings}?proposed=1#legal"));
    assert_eq!(
        the_cooperative(&app).await,
        coop,
        "nothing changes before the decision"
    );
    assert_eq!(audits(&app, "cooperative.legal_change_proposed").await, 1);
    let public = app.text_as_in(&browser(), &storefront, "fr").await;
    assert!(public.contains(&coop.name_fr) && !public.contains("(Argane)"));
    let mine = app.text_as_in(&owner, &settings, "fr").await;
    assert!(
        mine.contains("data-legal-change=\"waiting\"") && mine.contains("(Argane)"),
        "{mine}"
    );
    let queue = app.text_as_in(&admin, "/admin/cooperatives", "fr").await;
    assert!(
        queue.contains("id=\"legal-changes\"") && queue.contains("(Argane)"),
        "{queue}"
    );
    assert!(
        queue.contains(&coop.name_fr),
        "the recorded version is shown beside it"
    );

    // A second proposal replaces the waiting one.
    propose(
        &app,
        &owner,
        &coop,
        &[("name_fr", "Coopérative Tifawt Argane")],
    )
    .await;
    let waiting = changes(&app).await;
    assert_eq!(waiting.len(), 1);
    let change = waiting[0].id.to_string();

    // A refusal needs a reason; without one nothing is written.
    let refused = decide(&app, &admin, &change, "refuse", "  ").await;
    assert_eq!(error_code(&refused), "invalid");
    assert!(changes(&app).await[0].pending_for.is_some());
    // Only admins decide.
    assert_eq!(
        error_code(&decide(&app, &owner, &change, "accept", "").await),
        "forbidden"
    );
    let refused = decide(
        &app,
        &admin,
        &change,
        "refuse",
        "Le registre porte un autre nom.",
    )
    .await;
    assert_eq!(
        location(&refused),
        "/admin/cooperatives?decided=1#legal-changes"
    );
    assert_eq!(the_cooperative(&app).await, coop);
    assert_eq!(
        crate::payments::mails_to(&app, "fatima@example.ma", "Le registre porte un autre nom.")
            .await,
        1,
        "the owner is told why"
    );
    let mine = app.text_as_in(&owner, &settings, "fr").await;
    assert!(mine.contains("data-legal-change=\"refused\"") && mine.contains("autre nom"));
    // Deciding it again is a conflict.
    assert_eq!(
        error_code(&decide(&app, &admin, &change, "accept", "").await),
        "conflict"
    );

    // A move to another active register number, with its names: accepted, public at once.
    propose(
        &app,
        &owner,
        &coop,
        &[
            ("register_number", "2021/0042"),
            ("name_ar", "تعاونية تيفاوت للأركان"),
            ("name_fr", "Coopérative Tifawt Argane"),
        ],
    )
    .await;
    let queue = app.text_as_in(&admin, "/admin/cooperatives", "ar").await;
    assert!(
        queue.contains("data-match=\"match-exact\""),
        "the register backs it"
    );
    let change = changes(&app)
        .await
        .into_iter()
        .find(|c| c.pending_for.is_some())
        .expect("waiting")
        .id
        .to_string();
    let mails = crate::payments::mails_to(&app, "fatima@example.ma", "").await;
    let accepted = decide(&app, &admin, &change, "accept", "").await;
    assert_eq!(
        location(&accepted),
        "/admin/cooperatives?decided=1#legal-changes"
    );
    let after = the_cooperative(&app).await;
    assert_eq!(
        (
            after.register_number.as_str(),
            after.name_fr.as_str(),
            after.state
        ),
        (
            "2021/0042",
            "Coopérative Tifawt Argane",
            CooperativeStatus::Verified
        )
    );
    assert_eq!(after.slug, coop.slug, "its address stays");
    let public = app.text_as_in(&browser(), &storefront, "fr").await;
    assert!(public.contains("Coopérative Tifawt Argane"));
    assert_eq!(audits(&app, "cooperative.legal_change_accepted").await, 1);
    assert_eq!(audits(&app, "cooperative.legal_change_refused").await, 1);
    assert_eq!(
        crate::payments::mails_to(&app, "fatima@example.ma", "").await,
        mails + 1,
        "the owner is told"
    );
}
