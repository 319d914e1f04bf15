//! The expert programme through HTTP: an expert applies and is verified; a verified cooperative
//! asks for a logo; the expert sees it suggested with the reasons, claims it, talks, hands in a
//! logo and a palette; the cooperative asks for changes, applies the identity to its storefront,
//! undoes it, completes; both rate; hours and impact show. Claims are atomic and bounded by
//! capacity; idle claims go back to open; strangers are refused and nothing changes.

use crate::{
    cooperatives::{setup, verified_cooperative},
    helpers::*,
    orders::{add, address, place},
    products::published_product,
};
use backend::{
    entity::{
        cooperative, cooperative_identity, cooperative_member, deliverable, expert, outbox,
        request, request_message, user_role,
    },
    services::requests,
};
use image::{DynamicImage, ImageFormat, Rgba, RgbaImage};
use reqwest::Client;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

pub(crate) fn logo_png() -> Vec<u8> {
    let image = RgbaImage::from_fn(400, 400, |x, y| {
        let (dx, dy) = (x as i64 - 200, y as i64 - 200);
        if dx * dx + dy * dy < 120 * 120 {
            Rgba([0x7a, 0x2e, 0x0e, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(image)
        .write_to(&mut out, ImageFormat::Png)
        .expect("png");
    out.into_inner()
}

pub(crate) async fn apply(app: &TestApp, client: &Client, capacity: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/experts/save",
        "/experts/apply",
        &[
            ("bio", "Graphiste à Agadir, logos et étiquettes."),
            ("skills[0]", "visual_identity"),
            ("skills[1]", "packaging"),
            ("languages[0]", "ary"),
            ("languages[1]", "fr"),
            ("regions[0]", "souss_massa"),
            ("remote", "on"),
            ("on_site", "on"),
            ("capacity", capacity),
        ],
    )
    .await
}

async fn user_id(app: &TestApp, email: &str) -> Uuid {
    use backend::entity::user;
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
        .expect("user")
        .id
}

/// A verified expert (signed up, applied, verified by the admin).
pub(crate) async fn verified_expert(
    app: &TestApp,
    admin: &Client,
    name: &str,
    email: &str,
    capacity: &str,
) -> (Client, Uuid) {
    let client = signed_up(app, name, email).await;
    assert_eq!(
        location(&apply(app, &client, capacity).await),
        "/experts/apply?saved=1"
    );
    let id = user_id(app, email).await;
    let decided = decide_expert(app, admin, &id.to_string(), "verify", "").await;
    assert_eq!(location(&decided), "/admin/experts?decided=1");
    (client, id)
}

async fn decide_expert(
    app: &TestApp,
    client: &Client,
    id: &str,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/admin/experts/decide",
        "/admin/experts",
        &[
            ("expert_id", id),
            ("decision", decision),
            ("reason", reason),
        ],
    )
    .await
}

async fn post_request(
    app: &TestApp,
    client: &Client,
    cooperative_id: &str,
    skill: &str,
    title: &str,
) -> reqwest::Response {
    let from = format!("/cooperatives/{cooperative_id}/requests");
    app.post_form_as(
        client,
        "/api/requests/post",
        &from,
        &[
            ("cooperative_id", cooperative_id),
            ("skill", skill),
            ("title", title),
            (
                "description",
                "Un logo pour nos bouteilles d'huile d'argan.",
            ),
            ("languages[0]", "ary"),
            ("on_site", "on"),
            ("deadline", ""),
        ],
    )
    .await
}

/// Posts a request as the cooperative's owner (`app.client`) and returns its id.
pub(crate) async fn posted(
    app: &TestApp,
    coop: &cooperative::Model,
    skill: &str,
    title: &str,
) -> String {
    let answer = post_request(app, &app.client, &coop.id.to_string(), skill, title).await;
    let to = location(&answer);
    assert!(to.ends_with("?posted=1"), "posted: {to}");
    to.trim_start_matches("/requests/")
        .trim_end_matches("?posted=1")
        .to_owned()
}

pub(crate) async fn act(
    app: &TestApp,
    client: &Client,
    id: &str,
    action: &str,
) -> reqwest::Response {
    let from = format!("/requests/{id}");
    app.post_form_as(
        client,
        "/api/requests/act",
        &from,
        &[("id", id), ("action", action)],
    )
    .await
}

async fn request_of(app: &TestApp, id: &str) -> request::Model {
    request::Entity::find_by_id(Uuid::parse_str(id).expect("id"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("request")
}

async fn message(app: &TestApp, client: &Client, id: &str, body: &str) -> reqwest::Response {
    let from = format!("/requests/{id}");
    app.post_form_as(
        client,
        "/api/requests/message",
        &from,
        &[("id", id), ("body", body)],
    )
    .await
}

pub(crate) async fn deliver(
    app: &TestApp,
    client: &Client,
    id: &str,
    primary: &str,
    file: (&str, &str, Vec<u8>),
) -> reqwest::Response {
    let from = format!("/requests/{id}");
    app.post_upload_as(
        client,
        "/api/upload/requests/deliver",
        &from,
        &[
            ("id", id),
            ("note", "Logo et palette, version 1."),
            ("primary_colour", primary),
            ("secondary_colour", "#f2c14e"),
        ],
        file,
    )
    .await
}

async fn page_in(app: &TestApp, client: &Client, path: &str, lang: &str) -> (u16, String) {
    let page = client
        .get(app.url(path))
        .header("accept", "text/html")
        .header("accept-language", lang)
        .send()
        .await
        .expect("GET");
    let status = page.status().as_u16();
    (status, page.text().await.expect("body"))
}

async fn outbox_count(app: &TestApp) -> u64 {
    outbox::Entity::find().count(&app.db).await.expect("count")
}

#[tokio::test]
async fn a_logo_request_goes_from_posting_to_the_storefront_and_the_experts_impact() {
    let (app, admin) = setup().await;
    let (coop, argan) = published_product(&app, &admin).await;
    let buyer = signed_up(&app, "Salma Idrissi", "salma@example.ma").await;
    let buy = |quantity: &'static str| {
        let (buyer, argan, app) = (&buyer, &argan, &app);
        async move {
            add(app, buyer, argan, quantity).await;
            let key = Uuid::new_v4().to_string();
            let placed = place(app, buyer, &address(&key, &[])).await;
            assert!(location(&placed).starts_with("/orders/"), "ordered");
        }
    };
    // Sold before the new identity goes live.
    buy("1").await;

    // An expert applies; until verified, they cannot claim.
    let expert = signed_up(&app, "Youssef Amrani", "youssef@example.ma").await;
    assert_eq!(
        location(&apply(&app, &expert, "2").await),
        "/experts/apply?saved=1"
    );
    let expert_id = user_id(&app, "youssef@example.ma").await;
    let profile = expert::Entity::find_by_id(expert_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("profile");
    assert_eq!(profile.state, domain::expert::ExpertState::Pending);
    assert_eq!(profile.languages, "ary,fr");
    let id = posted(&app, &coop, "visual_identity", "Un logo pour notre huile").await;
    let refused = act(&app, &expert, &id, "claim").await;
    assert_eq!(error_code(&refused), "expert_not_verified");
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::Open
    );

    // The admin verifies: the expert role follows, and the expert hears of it.
    let mails = outbox_count(&app).await;
    decide_expert(&app, &admin, &expert_id.to_string(), "verify", "").await;
    assert!(
        user_role::Entity::find_by_id((expert_id, "expert".to_owned()))
            .one(&app.db)
            .await
            .expect("query")
            .is_some()
    );
    assert_eq!(outbox_count(&app).await, mails + 1);

    // A portfolio image through the media pipeline; a file that is no image is refused.
    let portfolio = app
        .post_upload_as(
            &expert,
            "/api/upload/experts/portfolio",
            "/experts/apply",
            &[],
            ("image", "work.png", logo_png()),
        )
        .await;
    assert_eq!(location(&portfolio), "/experts/apply?saved=1");
    let not_image = app
        .post_upload_as(
            &expert,
            "/api/upload/experts/portfolio",
            "/experts/apply",
            &[],
            ("image", "work.png", b"GIF89a not really".to_vec()),
        )
        .await;
    assert_eq!(error_code(&not_image), "invalid");
    let profile = expert::Entity::find_by_id(expert_id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("profile");
    assert_eq!(profile.portfolio_keys.split(',').count(), 1);

    // The cooperative invites the expert; the expert hears of it and sees the mark.
    let mails = outbox_count(&app).await;
    let invited = app
        .post_form_as(
            &app.client,
            "/api/requests/invite",
            &format!("/requests/{id}"),
            &[("id", &id), ("expert_id", &expert_id.to_string())],
        )
        .await;
    assert_eq!(location(&invited), format!("/requests/{id}?done=invite"));
    assert_eq!(
        request_of(&app, &id).await.invited_expert_id,
        Some(expert_id)
    );
    assert_eq!(outbox_count(&app).await, mails + 1);

    // Suggested for the expert, with the reasons in words.
    let (status, board) = page_in(&app, &expert, "/requests", "fr").await;
    assert_eq!(status, 200);
    let suggested = board
        .split("id=\"suggested-heading\"")
        .nth(1)
        .expect("a suggested section")
        .split("id=\"open-heading\"")
        .next()
        .expect("section");
    assert!(
        suggested.contains("Un logo pour notre huile"),
        "{suggested}"
    );
    assert!(suggested.contains("parle darija"), "{suggested}");
    assert!(
        suggested.contains("même région : Souss-Massa"),
        "{suggested}"
    );
    assert!(suggested.contains("Vous a invité"), "the invitation shows");
    let (_, board_ar) = page_in(&app, &expert, "/requests", "ar").await;
    assert!(board_ar.contains("يتحدث الدارجة"), "Arabic reasons");
    // The list of all open requests filters by type.
    let open_part = |page: &str| {
        page.split("id=\"open-heading\"")
            .nth(1)
            .unwrap_or_default()
            .to_owned()
    };
    let (_, logos) = page_in(&app, &expert, "/requests?skill=visual_identity", "fr").await;
    assert!(open_part(&logos).contains("Un logo pour notre huile"));
    let (_, packaging) =
        page_in(&app, &expert, "/requests?skill=packaging&on_site=yes", "fr").await;
    assert!(!open_part(&packaging).contains("Un logo pour notre huile"));

    // The cooperative sees the expert suggested for its request.
    let (_, coop_view) = page_in(&app, &app.client, &format!("/requests/{id}"), "fr").await;
    assert!(coop_view.contains("Youssef Amrani"), "expert suggested");

    // Claim; the cooperative hears of it.
    let mails = outbox_count(&app).await;
    let claimed = act(&app, &expert, &id, "claim").await;
    assert_eq!(location(&claimed), format!("/requests/{id}?done=claim"));
    let r = request_of(&app, &id).await;
    assert_eq!((r.state.code(), r.expert_id), ("claimed", Some(expert_id)));
    assert_eq!(outbox_count(&app).await, mails + 1);

    // A message each way, each mailed to the other side.
    let mails = outbox_count(&app).await;
    assert_eq!(
        location(
            &message(
                &app,
                &expert,
                &id,
                "Bonjour ! Quelles couleurs aimez-vous ?"
            )
            .await
        ),
        format!("/requests/{id}#thread")
    );
    message(&app, &app.client, &id, "Le vert de l'arganier.").await;
    assert_eq!(outbox_count(&app).await, mails + 2);
    let (_, thread) = page_in(&app, &app.client, &format!("/requests/{id}"), "fr").await;
    assert!(
        thread.contains("Quelles couleurs aimez-vous"),
        "the expert's message"
    );
    assert!(thread.contains("Le vert de l"), "the cooperative's message");

    // Hand in, changes asked, hand in again.
    let delivered = deliver(
        &app,
        &expert,
        &id,
        "#1d6b44",
        ("image", "logo.png", logo_png()),
    )
    .await;
    assert_eq!(location(&delivered), format!("/requests/{id}?done=deliver"));
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::Delivered
    );
    let changes = app
        .post_form_as(
            &app.client,
            "/api/requests/changes",
            &format!("/requests/{id}"),
            &[
                ("id", &id),
                ("body", "Un vert plus foncé, s'il vous plaît."),
            ],
        )
        .await;
    assert_eq!(location(&changes), format!("/requests/{id}?done=changes"));
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::ChangesRequested
    );
    deliver(
        &app,
        &expert,
        &id,
        "#0b4d2c",
        ("image", "logo.png", logo_png()),
    )
    .await;
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::Delivered
    );
    let last = deliverable::Entity::find()
        .filter(deliverable::Column::PrimaryColour.eq("#0b4d2c"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("second deliverable");

    // Apply it to the storefront: the new identity is current, the old one kept.
    let versions_before = cooperative_identity::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    let applied = app
        .post_form_as(
            &app.client,
            "/api/requests/apply",
            &format!("/requests/{id}"),
            &[("id", &id), ("deliverable_id", &last.id.to_string())],
        )
        .await;
    assert_eq!(location(&applied), format!("/requests/{id}?done=apply"));
    let current = backend::services::identity::current(&app.db, coop.id)
        .await
        .expect("query")
        .expect("identity");
    assert_eq!(current.primary_colour, "#0b4d2c");
    assert_eq!(current.logo_key, last.logo_key);
    let (_, storefront) = page_in(&app, &app.client, &format!("/c/{}", coop.slug), "ar").await;
    assert!(
        storefront.contains("#0b4d2c"),
        "the storefront wears the new colour"
    );
    let logo_hash = last.logo_key.clone().expect("logo");
    assert!(storefront.contains(&logo_hash[..16]), "and the new logo");

    // Undo brings the previous identity back (as a newer version); apply again.
    act(&app, &app.client, &id, "undo").await;
    let undone = backend::services::identity::current(&app.db, coop.id)
        .await
        .expect("query")
        .expect("identity");
    assert_ne!(undone.primary_colour, "#0b4d2c");
    assert_eq!(undone.logo_key, None);
    assert_eq!(
        cooperative_identity::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        versions_before + 2
    );
    app.post_form_as(
        &app.client,
        "/api/requests/apply",
        &format!("/requests/{id}"),
        &[("id", &id), ("deliverable_id", &last.id.to_string())],
    )
    .await;

    // Sold after the new identity went live (twice as much).
    buy("2").await;

    // Complete, rate both ways, log hours: the expert's public profile shows the impact.
    let completed = act(&app, &app.client, &id, "complete").await;
    assert_eq!(
        location(&completed),
        format!("/requests/{id}?done=complete")
    );
    for (client, stars) in [(&app.client, "5"), (&expert, "4")] {
        let rated = app
            .post_form_as(
                client,
                "/api/requests/rate",
                &format!("/requests/{id}"),
                &[("id", &id), ("rating", stars), ("body", "Merci !")],
            )
            .await;
        assert_eq!(location(&rated), format!("/requests/{id}?done=rate"));
    }
    let again = app
        .post_form_as(
            &app.client,
            "/api/requests/rate",
            &format!("/requests/{id}"),
            &[("id", &id), ("rating", "1"), ("body", "")],
        )
        .await;
    assert_eq!(error_code(&again), "conflict", "one rating per side");
    let logged = app
        .post_form_as(
            &expert,
            "/api/requests/hours",
            &format!("/requests/{id}"),
            &[("id", &id), ("hours", "2,5")],
        )
        .await;
    assert_eq!(location(&logged), format!("/requests/{id}?done=hours"));
    assert_eq!(request_of(&app, &id).await.minutes_logged, 150);
    let (status, public) = page_in(&app, &browser(), &format!("/experts/{expert_id}"), "fr").await;
    assert_eq!(status, 200);
    assert!(
        public.contains("data-impact=\"completed\">1<"),
        "completed count"
    );
    assert!(public.contains("data-impact=\"hours\">2.5<"), "hours");
    assert!(public.contains("5.0"), "the cooperative's rating");
    assert!(public.contains("Un logo pour notre huile"), "the work");
    assert!(
        public.contains("data-sales=\"after\""),
        "sales around the new identity"
    );
    assert!(public.contains("/media/images/"), "the portfolio");
    let impact = requests::public_profile(&app.db, expert_id)
        .await
        .expect("profile");
    let work = &impact.work[0];
    assert_eq!(work.sales_before, argan.price_centimes, "the month before");
    assert_eq!(
        work.sales_after,
        2 * argan.price_centimes,
        "the month after"
    );
    assert!(work.after.is_some(), "the identity after");

    // The admin report counts it.
    let (_, report) = page_in(&app, &admin, "/admin/experts", "fr").await;
    assert!(report.contains("data-state=\"completed\">1<"), "by state");
    assert!(
        report.contains("data-skill=\"visual_identity\">1<"),
        "by type"
    );
    assert!(
        report.contains("data-report=\"median\">0 h<"),
        "median time to claim"
    );
    assert!(
        report.contains("data-report=\"completion\">100 %<"),
        "completion rate"
    );
}

#[tokio::test]
async fn two_experts_claiming_at_once_exactly_one_wins_and_capacity_bounds_claims() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let (first, first_id) =
        verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "1").await;
    let (second, second_id) = verified_expert(&app, &admin, "Sara", "sara@example.ma", "1").await;
    let id = posted(&app, &coop, "visual_identity", "Logo").await;
    let (a, b) = tokio::join!(
        act(&app, &first, &id, "claim"),
        act(&app, &second, &id, "claim")
    );
    let codes = [error_code(&a), error_code(&b)];
    assert_eq!(
        codes.iter().filter(|c| c.is_empty()).count(),
        1,
        "exactly one claim wins: {codes:?}"
    );
    assert!(codes.contains(&"request_not_open".to_owned()), "{codes:?}");
    let held_by = request_of(&app, &id).await.expert_id.expect("held");
    assert!(held_by == first_id || held_by == second_id);

    // The winner is at capacity (1): a second request is refused; the other expert may take it.
    let other = posted(&app, &coop, "packaging", "Étiquettes").await;
    let winner = if held_by == first_id { &first } else { &second };
    let loser = if held_by == first_id { &second } else { &first };
    let over = act(&app, winner, &other, "claim").await;
    assert_eq!(error_code(&over), "over_capacity");
    assert_eq!(
        request_of(&app, &other).await.state,
        domain::expert::RequestState::Open
    );
    assert_eq!(error_code(&act(&app, loser, &other, "claim").await), "");

    // Releasing frees the place.
    let released = act(&app, winner, &id, "release").await;
    assert_eq!(location(&released), "/requests?done=release");
    let r = request_of(&app, &id).await;
    assert_eq!((r.state.code(), r.expert_id), ("open", None));

    // One expert with one free place claiming two requests at once gets exactly one.
    let third = posted(&app, &coop, "visual_identity", "Palette").await;
    let (a, b) = tokio::join!(
        act(&app, winner, &id, "claim"),
        act(&app, winner, &third, "claim")
    );
    let codes = [error_code(&a), error_code(&b)];
    assert_eq!(
        codes.iter().filter(|c| c.is_empty()).count(),
        1,
        "capacity holds under concurrent claims: {codes:?}"
    );
    assert!(codes.contains(&"over_capacity".to_owned()), "{codes:?}");
}

#[tokio::test]
async fn a_claim_without_activity_goes_back_to_open_once() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let (expert, _) = verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "2").await;
    let idle = posted(&app, &coop, "visual_identity", "Logo").await;
    let busy = posted(&app, &coop, "packaging", "Étiquettes").await;
    act(&app, &expert, &idle, "claim").await;
    act(&app, &expert, &busy, "claim").await;
    let days = i64::from(app.settings.requests.release_after_days);

    // Before the period is over nothing moves.
    let soon = chrono::Utc::now() + chrono::Duration::days(days - 1);
    assert_eq!(
        requests::release_inactive(&app.db, &app.settings, soon)
            .await
            .expect("job"),
        0
    );
    // The busy claim had a message later on: only the idle one is released.
    request::Entity::update_many()
        .col_expr(
            request::Column::LastActivityAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() + chrono::Duration::days(days)),
        )
        .filter(request::Column::Id.eq(Uuid::parse_str(&busy).expect("id")))
        .exec(&app.db)
        .await
        .expect("activity");
    let later = chrono::Utc::now() + chrono::Duration::days(days + 1);
    let mails = outbox_count(&app).await;
    assert_eq!(
        requests::release_inactive(&app.db, &app.settings, later)
            .await
            .expect("job"),
        1
    );
    assert!(
        outbox_count(&app).await > mails,
        "expert and cooperative hear of it"
    );
    let r = request_of(&app, &idle).await;
    assert_eq!((r.state.code(), r.expert_id), ("open", None));
    assert_eq!(
        request_of(&app, &busy).await.state,
        domain::expert::RequestState::Claimed
    );
    // Run twice (another replica): nothing more.
    assert_eq!(
        requests::release_inactive(&app.db, &app.settings, later)
            .await
            .expect("job"),
        0
    );
}

/// A second verified cooperative with its own owner.
pub(crate) async fn other_cooperative(app: &TestApp) -> (Client, Uuid) {
    let owner = signed_up(app, "Hassan", "hassan@example.ma").await;
    let id = crate::orders::amal_cooperative(app).await.id;
    let now = chrono::Utc::now();
    cooperative_member::ActiveModel {
        cooperative_id: Set(id),
        user_id: Set(user_id(app, "hassan@example.ma").await),
        role: Set("owner".into()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await
    .expect("member");
    (owner, id)
}

#[tokio::test]
async fn strangers_cannot_read_or_touch_a_request_and_nothing_changes() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let (expert, _) = verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "2").await;
    let (rival, _) = verified_expert(&app, &admin, "Sara", "sara@example.ma", "2").await;
    let (other_owner, other_coop) = other_cooperative(&app).await;
    let id = posted(&app, &coop, "visual_identity", "Logo").await;

    // Open requests are readable by signed-in users; anonymous visitors sign in first.
    let (status, _) = page_in(&app, &rival, &format!("/requests/{id}"), "fr").await;
    assert_eq!(status, 200);
    let anonymous = browser()
        .get(app.url(&format!("/requests/{id}")))
        .header("accept", "text/html")
        .send()
        .await
        .expect("GET");
    assert!(location(&anonymous).starts_with("/sign-in"));

    // Another cooperative cannot withdraw it or post for this cooperative.
    let cancel = act(&app, &other_owner, &id, "cancel").await;
    assert_eq!(error_code(&cancel), "not_found");
    let foreign = post_request(&app, &other_owner, &coop.id.to_string(), "packaging", "X").await;
    assert_eq!(error_code(&foreign), "not_found");
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::Open
    );

    act(&app, &expert, &id, "claim").await;
    message(&app, &expert, &id, "Bonjour").await;
    let messages = request_message::Entity::find()
        .count(&app.db)
        .await
        .expect("count");

    // Once claimed: another expert and another cooperative can neither read nor write the thread.
    for stranger in [&rival, &other_owner] {
        let (status, body) = page_in(&app, stranger, &format!("/requests/{id}"), "fr").await;
        assert_eq!(status, 404);
        assert!(!body.contains("Bonjour"));
        assert_eq!(
            error_code(&message(&app, stranger, &id, "Psst").await),
            "not_found"
        );
        assert_eq!(
            error_code(&act(&app, stranger, &id, "release").await),
            "not_found"
        );
        assert_eq!(
            error_code(&act(&app, stranger, &id, "complete").await),
            "not_found"
        );
        let upload = deliver(
            &app,
            stranger,
            &id,
            "#123456",
            ("image", "logo.png", logo_png()),
        )
        .await;
        assert_eq!(error_code(&upload), "not_found");
    }
    assert_eq!(
        request_message::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        messages
    );
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::Claimed
    );
    assert_eq!(
        deliverable::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );

    // Only admins decide on experts; another cooperative's page of requests is not found.
    let sara = user_id(&app, "sara@example.ma").await;
    assert_eq!(
        error_code(&decide_expert(&app, &expert, &sara.to_string(), "reject", "no").await),
        "forbidden"
    );
    let (status, _) = page_in(
        &app,
        &other_owner,
        &format!("/cooperatives/{}/requests", coop.id),
        "fr",
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = page_in(
        &app,
        &other_owner,
        &format!("/cooperatives/{other_coop}/requests"),
        "fr",
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = page_in(&app, &expert, "/admin/experts", "fr").await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn bad_input_gets_translated_errors_and_changes_nothing() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let cid = coop.id.to_string();

    // A profile without skills, languages or a way of working, and an absurd capacity.
    let applicant = signed_up(&app, "Nora", "nora@example.ma").await;
    let refused = app
        .post_form_as(
            &applicant,
            "/api/experts/save",
            "/experts/apply",
            &[("bio", ""), ("capacity", "99"), ("skills[0]", "magic")],
        )
        .await;
    assert_eq!(error_code(&refused), "invalid");
    assert_eq!(
        expert::Entity::find().count(&app.db).await.expect("count"),
        0
    );
    let (_, page) = app.follow_as(&applicant, refused).await;
    assert!(page.contains("field-error"), "errors next to the fields");

    // Requests: unknown type, empty title, a deadline in the past; then the open-request limit.
    let bad = app
        .post_form_as(
            &app.client,
            "/api/requests/post",
            &format!("/cooperatives/{cid}/requests"),
            &[
                ("cooperative_id", &cid),
                ("skill", "<script>"),
                ("title", ""),
                ("description", "x"),
                ("deadline", "2020-01-01"),
            ],
        )
        .await;
    assert_eq!(error_code(&bad), "invalid");
    let (_, page) = app.follow_as(&app.client, bad).await;
    assert!(
        ["Choose a date from tomorrow", "entre demain", "بين الغد"]
            .iter()
            .any(|m| page.contains(m)),
        "the deadline error is shown"
    );
    assert_eq!(
        request::Entity::find().count(&app.db).await.expect("count"),
        0
    );
    for n in 0..3 {
        posted(&app, &coop, "packaging", &format!("Demande {n}")).await;
    }
    let over = post_request(&app, &app.client, &cid, "packaging", "Une de trop").await;
    assert_eq!(error_code(&over), "open_requests_limit");
    assert_eq!(
        request::Entity::find().count(&app.db).await.expect("count"),
        3
    );

    // Claims on a withdrawn request; messages empty or huge; a deliverable that is no image.
    let (expert, _) = verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "2").await;
    let first = request::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("request")
        .id
        .to_string();
    act(&app, &app.client, &first, "cancel").await;
    assert_eq!(
        error_code(&act(&app, &expert, &first, "claim").await),
        "request_not_open"
    );
    let id = posted(&app, &coop, "visual_identity", "Logo").await;
    act(&app, &expert, &id, "claim").await;
    assert_eq!(
        error_code(&message(&app, &expert, &id, "   ").await),
        "invalid"
    );
    let huge = "م".repeat(domain::expert::TEXT_MAX + 1);
    assert_eq!(
        error_code(&message(&app, &expert, &id, &huge).await),
        "invalid"
    );
    assert_eq!(
        request_message::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
    let not_image = deliver(
        &app,
        &expert,
        &id,
        "#123456",
        ("image", "logo.png", b"%PDF-1.4 not an image".to_vec()),
    )
    .await;
    assert_eq!(error_code(&not_image), "invalid");
    let no_colour = deliver(
        &app,
        &expert,
        &id,
        "green",
        ("image", "logo.png", logo_png()),
    )
    .await;
    assert_eq!(error_code(&no_colour), "invalid");
    assert_eq!(
        request_of(&app, &id).await.state,
        domain::expert::RequestState::Claimed
    );
    assert_eq!(
        deliverable::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
    let hours = app
        .post_form_as(
            &expert,
            "/api/requests/hours",
            &format!("/requests/{id}"),
            &[("id", &id), ("hours", "1000")],
        )
        .await;
    assert_eq!(error_code(&hours), "invalid");
    assert_eq!(request_of(&app, &id).await.minutes_logged, 0);
    // Unknown filter values on the board are ignored, not an error.
    let (status, _) = page_in(
        &app,
        &expert,
        "/requests?skill=%27%20OR%201%3D1&region=mars&on_site=maybe",
        "ar",
    )
    .await;
    assert_eq!(status, 200);
    // Completing twice, or before delivery, is refused.
    assert_eq!(
        error_code(&act(&app, &app.client, &id, "complete").await),
        "conflict"
    );
}

async fn dismiss(app: &TestApp, client: &Client, id: &str, reason: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/requests/dismiss",
        &format!("/requests/{id}"),
        &[("id", id), ("reason", reason)],
    )
    .await
}

#[tokio::test]
async fn the_cooperative_accepts_declines_or_ends_a_claim_and_the_expert_reads_why() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let (youssef, youssef_id) =
        verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "2").await;
    let (salma, _) = verified_expert(&app, &admin, "Salma", "salma@example.ma", "2").await;
    let id = posted(&app, &coop, "visual_identity", "Logo").await;
    let path = format!("/requests/{id}");
    act(&app, &youssef, &id, "claim").await;
    let (_, page) = page_in(&app, &app.client, &path, "fr").await;
    assert!(page.contains("data-claim=\"waiting\"") && page.contains("Accepter l’expert"));

    // Bad input: a decline without a reason, or by someone not of the cooperative: a translated
    // error, nothing written.
    let (other, _) = other_cooperative(&app).await;
    let audits = app.audit_count().await;
    let no_reason = dismiss(&app, &app.client, &id, "  ").await;
    assert_eq!(error_code(&no_reason), "invalid");
    assert_eq!(error_json(&no_reason)["detail"]["errors"][0][0], "reason");
    assert_eq!(
        error_code(&dismiss(&app, &other, &id, "Non").await),
        "not_found"
    );
    assert_eq!(
        error_code(&act(&app, &other, &id, "accept").await),
        "not_found"
    );
    assert_eq!(
        error_code(&act(&app, &youssef, &id, "accept").await),
        "not_found"
    );
    assert_eq!(app.audit_count().await, audits);
    assert_eq!(request_of(&app, &id).await.expert_id, Some(youssef_id));

    // Declined with a reason: open again, the expert told why, and Salma may claim it.
    let mails = outbox_count(&app).await;
    let declined = dismiss(
        &app,
        &app.client,
        &id,
        "Nous cherchons quelqu'un qui parle tachelhit.",
    )
    .await;
    assert_eq!(location(&declined), format!("{path}?done=dismiss"));
    let r = request_of(&app, &id).await;
    assert_eq!(
        (r.state.code(), r.expert_id, r.claim_accepted_at),
        ("open", None, None)
    );
    assert!(outbox_count(&app).await > mails, "the expert is mailed");
    assert_eq!(
        crate::payments::mails_to(&app, "youssef@example.ma", "tachelhit").await,
        1,
        "with the reason"
    );
    let (_, seen) = page_in(&app, &youssef, &path, "fr").await;
    assert!(
        seen.contains("data-ending=\"declined\"") && seen.contains("tachelhit"),
        "{seen}"
    );
    let (_, others) = page_in(&app, &salma, &path, "fr").await;
    assert!(
        !others.contains("tachelhit"),
        "another expert does not read it"
    );

    // Salma claims it; the cooperative accepts (once); then ends the engagement after a delivery.
    act(&app, &salma, &id, "claim").await;
    assert_eq!(
        location(&act(&app, &app.client, &id, "accept").await),
        format!("{path}?done=accept")
    );
    assert!(request_of(&app, &id).await.claim_accepted_at.is_some());
    assert_eq!(
        error_code(&act(&app, &app.client, &id, "accept").await),
        "conflict"
    );
    let (_, hers) = page_in(&app, &salma, &path, "ar").await;
    assert!(hers.contains("data-claim=\"accepted\"") && hers.contains("قبلتكم التعاونية"));
    deliver(
        &app,
        &salma,
        &id,
        "#0f5132",
        ("image", "logo.png", logo_png()),
    )
    .await;
    assert_eq!(request_of(&app, &id).await.state.code(), "delivered");
    let ended = dismiss(&app, &app.client, &id, "Le projet est reporté.").await;
    assert_eq!(location(&ended), format!("{path}?done=dismiss"));
    let r = request_of(&app, &id).await;
    assert_eq!(
        (r.state.code(), r.expert_id, r.claim_accepted_at),
        ("open", None, None)
    );
    let (_, mine) = page_in(&app, &app.client, &path, "fr").await;
    assert!(mine.contains("data-ending=\"ended\"") && mine.contains("data-ending=\"declined\""));
    // Nobody holds it now: ending again is a conflict.
    assert_eq!(
        error_code(&dismiss(&app, &app.client, &id, "Encore").await),
        "conflict"
    );
}

#[tokio::test]
async fn a_volunteer_prints_a_certificate_anyone_can_verify() {
    use backend::entity::volunteer_certificate;
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let (expert, expert_id) =
        verified_expert(&app, &admin, "Youssef Amrani", "youssef@example.ma", "2").await;
    let issue = |client: &Client| {
        let client = client.clone();
        let app = &app;
        async move {
            app.post_form_as(&client, "/api/certificates/issue", "/certificates", &[])
                .await
        }
    };
    // Nothing completed yet: a translated refusal, nothing written.
    assert_eq!(error_code(&issue(&expert).await), "nothing_to_certify");
    let (_, refused) = page_in(&app, &expert, "/certificates?__path=x", "fr").await;
    assert!(refused.contains("Obtenir mon certificat"));
    assert_eq!(
        volunteer_certificate::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );

    // A completed request with 2 h 30 logged.
    let id = posted(&app, &coop, "visual_identity", "Logo").await;
    act(&app, &expert, &id, "claim").await;
    act(&app, &app.client, &id, "accept").await;
    deliver(
        &app,
        &expert,
        &id,
        "#1d6b44",
        ("image", "logo.png", logo_png()),
    )
    .await;
    app.post_form_as(
        &expert,
        "/api/requests/hours",
        &format!("/requests/{id}"),
        &[("id", &id), ("hours", "2,5")],
    )
    .await;
    act(&app, &app.client, &id, "complete").await;
    let (_, mine) = page_in(&app, &expert, "/certificates", "fr").await;
    assert!(
        mine.contains("1 demande menée à bien, 2 h 30 min de bénévolat"),
        "{mine}"
    );

    let issued = issue(&expert).await;
    let to = location(&issued);
    assert!(to.starts_with("/certificates/"), "{to}");
    // Anyone may open it: it is its own proof, in French and in Arabic, printable.
    let (status, fr) = page_in(&app, &browser(), &to, "fr").await;
    assert_eq!(status, 200);
    assert!(fr.contains("Certificat de bénévolat") && fr.contains("Youssef Amrani"));
    assert!(fr.contains(&coop.name_fr) && fr.contains("2 h 30 min"));
    assert!(
        fr.contains(&format!("{to}</a>")) && fr.contains("data-verified"),
        "the verification link: {fr}"
    );
    assert!(fr.contains(&format!("/experts/{expert_id}")));
    let (_, ar) = page_in(&app, &browser(), &to, "ar").await;
    assert!(ar.contains("dir=\"rtl\"") && ar.contains("شهادة تطوع") && ar.contains(&coop.name_ar));
    // What it says stays as issued; an unknown or malformed code is not found.
    assert_eq!(
        page_in(&app, &browser(), "/certificates/00000000000000000000", "fr")
            .await
            .0,
        404
    );
    assert_eq!(
        page_in(&app, &browser(), "/certificates/not-a-code", "fr")
            .await
            .0,
        404
    );
    let (_, listed) = page_in(&app, &expert, "/certificates", "fr").await;
    assert!(listed.contains(&format!("href=\"{to}\"")));
}

const SVG_LOGO: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" width="300" height="150">
  <rect width="300" height="150" fill="#ffffff"/>
  <path d="M30 120 C 90 10, 210 10, 270 120 Z" fill="#0f5132"/>
</svg>"##;

#[tokio::test]
async fn logos_come_in_as_safe_svg_and_print_files_as_private_pdf() {
    use backend::entity::deliverable;
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let (expert, _) = verified_expert(&app, &admin, "Youssef", "youssef@example.ma", "3").await;
    let logo = posted(&app, &coop, "visual_identity", "Logo").await;
    act(&app, &expert, &logo, "claim").await;
    let count = || async {
        deliverable::Entity::find()
            .count(&app.db)
            .await
            .expect("count")
    };

    // Unsafe SVG: refused with its reason, nothing stored, the request still waits for work.
    for (file, reason) in [
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>"#,
            "svg_script",
        ),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5" onclick="x()"/></svg>"#,
            "svg_script",
        ),
        (
            r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "x">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#,
            "svg_entity",
        ),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="https://evil.example/a.png"/></svg>"#,
            "svg_external",
        ),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="50000"><rect width="1" height="1"/></svg>"#,
            "svg_canvas",
        ),
        (
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>Argan</text></svg>"#,
            "svg_text",
        ),
    ] {
        let refused = deliver(
            &app,
            &expert,
            &logo,
            "#0f5132",
            ("image", "logo.svg", file.as_bytes().to_vec()),
        )
        .await;
        assert_eq!(error_code(&refused), "invalid", "{file}");
        let errors = error_json(&refused)["detail"]["errors"].clone();
        assert_eq!(
            (errors[0][0].as_str(), errors[0][1]["input"].as_str()),
            (Some("image"), Some(reason)),
            "{file}: {errors}"
        );
        let (_, page) = app.follow_as(&expert, refused).await;
        assert!(!page.contains("field-svg-"), "translated: {reason}");
    }
    assert_eq!(count().await, 0);
    assert_eq!(request_of(&app, &logo).await.state.code(), "claimed");

    // A clean SVG: drawn to an image the page shows and the storefront can use; the SVG itself
    // downloads for the cooperative (a sandboxed attachment), not for a stranger.
    let delivered = deliver(
        &app,
        &expert,
        &logo,
        "#0f5132",
        ("image", "logo.svg", SVG_LOGO.as_bytes().to_vec()),
    )
    .await;
    assert_eq!(
        location(&delivered),
        format!("/requests/{logo}?done=deliver")
    );
    let d = deliverable::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("deliverable");
    assert!(d.logo_key.is_some(), "the drawn PNG is the logo");
    assert_eq!(d.original_type.as_deref(), Some("image/svg+xml"));
    let original = format!("/deliverables/{}/original", d.id);
    let (_, page) = page_in(&app, &app.client, &format!("/requests/{logo}"), "fr").await;
    assert!(page.contains(&format!("href=\"{original}\"")) && page.contains("Télécharger le SVG"));
    let download = app.get_as(&app.client, &original).await;
    assert_eq!(download.status(), 200);
    assert_eq!(header(download.headers(), "content-type"), "image/svg+xml");
    assert!(header(download.headers(), "content-disposition").starts_with("attachment"));
    assert!(header(download.headers(), "content-security-policy").contains("sandbox"));
    assert_eq!(
        download.bytes().await.expect("body").as_ref(),
        SVG_LOGO.as_bytes()
    );
    let (stranger, _) = other_cooperative(&app).await;
    assert_eq!(app.get_as(&stranger, &original).await.status(), 404);
    assert_eq!(
        app.get_as(&expert, &original).await.status(),
        200,
        "its expert too"
    );

    // A print-ready PDF for packaging: kept privately, downloadable by the cooperative.
    let packaging = posted(&app, &coop, "packaging", "Étiquettes").await;
    act(&app, &expert, &packaging, "claim").await;
    let pdf = crate::cooperatives::CERTIFICATE.to_vec();
    let handed = deliver(
        &app,
        &expert,
        &packaging,
        "",
        ("image", "etiquettes.pdf", pdf.clone()),
    )
    .await;
    assert_eq!(
        location(&handed),
        format!("/requests/{packaging}?done=deliver"),
        "{}",
        location(&handed)
    );
    let d = deliverable::Entity::find()
        .filter(deliverable::Column::OriginalType.eq("application/pdf"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the PDF");
    assert_eq!(d.image_keys, "", "nothing public");
    let download = app
        .get_as(&app.client, &format!("/deliverables/{}/original", d.id))
        .await;
    assert_eq!(
        header(download.headers(), "content-type"),
        "application/pdf"
    );
    assert_eq!(
        download.bytes().await.expect("body").as_ref(),
        pdf.as_slice()
    );
    // A logo cannot be a PDF: the storefront needs an image.
    let third = posted(&app, &coop, "visual_identity", "Logo 2").await;
    act(&app, &expert, &third, "claim").await;
    let refused = deliver(&app, &expert, &third, "#0f5132", ("image", "logo.pdf", pdf)).await;
    assert_eq!(
        error_json(&refused)["detail"]["errors"][0][1]["input"],
        "unsupported_type"
    );
}
