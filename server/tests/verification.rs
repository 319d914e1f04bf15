//! Verified addresses: a link mailed at sign-up that must be followed before the account speaks
//! for a cooperative or volunteers; sign-ups with an address that has an account answered as new
//! ones; the first admin never promoted from an unverified account; a change of address that
//! takes effect only when the new address is confirmed.

use crate::{
    accounts::strict_limits,
    cooperatives::{REGISTER_URL, register_as, setup, tifawt},
    experts::apply,
    helpers::*,
};
use backend::{
    entity::user,
    services::accounts::{self, AdminCreated},
};
use domain::Role;
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn account(app: &TestApp, email: &str) -> Option<user::Model> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .expect("query")
}

async fn confirm(app: &TestApp, client: &Client, token: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/account/verify",
        &format!("/verify-email/{token}"),
        &[("token", token)],
    )
    .await
}

#[tokio::test]
async fn until_the_mailed_link_is_followed_the_account_buys_but_does_not_register_or_volunteer() {
    let (app, _admin) = setup().await;
    let fatima = signed_up_unverified(&app, "Fatima", "fatima@example.ma").await;
    let home = app.get_as(&fatima, "/").await.text().await.expect("home");
    assert!(
        home.contains("data-verify=\"pending\""),
        "the banner offers to resend"
    );
    assert!(
        account(&app, "fatima@example.ma")
            .await
            .expect("row")
            .email_verified_at
            .is_none()
    );

    let refused = app
        .post_upload_as(
            &fatima,
            REGISTER_URL,
            "/cooperatives/new",
            &tifawt(&[]),
            (
                "certificate",
                "certificate.pdf",
                crate::cooperatives::CERTIFICATE.to_vec(),
            ),
        )
        .await;
    assert_eq!(error_code(&refused), "email_not_verified");
    let (_, page) = app.follow_as(&fatima, refused).await;
    assert!(
        page.contains("أكّد بريدك الإلكتروني أولا"),
        "translated: {page}"
    );
    assert_eq!(
        crate::cooperatives::count_cooperatives(&app).await,
        0,
        "nothing written"
    );
    let volunteer = apply(&app, &fatima, "2").await;
    assert_eq!(error_code(&volunteer), "email_not_verified");

    // Sent again on request (limited per client); the newest link works.
    let resent = app
        .post_form_as(&fatima, "/api/account/verify/resend", "/", &[])
        .await;
    assert_eq!(location(&resent), "/account?verify=sent");
    let token = mailed_token(&app, "fatima@example.ma", "/verify-email/")
        .await
        .expect("a link");
    let page = app
        .get_as(&browser(), &format!("/verify-email/{token}"))
        .await;
    let html = page.text().await.expect("page");
    assert!(
        html.contains("/api/account/verify"),
        "a button, not a GET that verifies"
    );
    assert!(
        account(&app, "fatima@example.ma")
            .await
            .expect("row")
            .email_verified_at
            .is_none(),
        "opening the page verifies nothing"
    );
    let done = confirm(&app, &fatima, &token).await;
    assert_eq!(location(&done), "/account?verified=1");
    let home = app.get_as(&fatima, "/").await.text().await.expect("home");
    assert!(!home.contains("data-verify"), "the banner is gone");
    let again = confirm(&app, &fatima, &token).await;
    assert_eq!(error_code(&again), "verify_link_invalid");
    let forged = confirm(&app, &fatima, &"B".repeat(43)).await;
    assert_eq!(error_code(&forged), "verify_link_invalid");

    let registered = register_as(&app, &fatima, &tifawt(&[])).await;
    assert_eq!(location(&registered), "/cooperatives/mine?submitted=1");
}

#[tokio::test]
async fn a_sign_up_with_an_address_that_has_an_account_is_answered_as_a_new_one_and_mails_the_owner()
 {
    let app = spawn_app().await;
    let _owner = signed_up(&app, "Fatima", "fatima@example.ma").await;
    let stranger = browser();
    let answer = app
        .post_form_as(
            &stranger,
            "/api/account/sign-up",
            "/sign-up",
            &[
                ("display_name", "Someone"),
                ("email", "Fatima@Example.ma"),
                ("password", "another-good-password"),
            ],
        )
        .await;
    assert_eq!(
        location(&answer),
        "/",
        "the same answer as for a new address"
    );
    assert_eq!(
        app.get_as(&stranger, "/account").await.status(),
        302,
        "nobody is signed in"
    );
    assert_eq!(app.user_count().await, 1, "no account was made");
    let row = account(&app, "fatima@example.ma").await.expect("row");
    assert_eq!(row.display_name, "Fatima", "the account is untouched");
    assert!(
        mailed_token(&app, "fatima@example.ma", "/forgot-password")
            .await
            .is_some(),
        "the owner is told, with the way back in"
    );
}

#[tokio::test]
async fn create_admin_never_promotes_an_account_unless_asked_and_verified() {
    let app = spawn_app().await;
    let created =
        accounts::create_admin(&app.db, "admin@example.ma", "Admin", GOOD_PASSWORD, false)
            .await
            .expect("created");
    assert!(matches!(created, AdminCreated::NewAccount(_)));
    let again = accounts::create_admin(&app.db, "admin@example.ma", "Admin", "", false)
        .await
        .expect("again");
    assert!(matches!(again, AdminCreated::Promoted(_)), "idempotent");

    // Someone registered the operator's address first and never verified it.
    let _squatter = signed_up_unverified(&app, "Squatter", "ops@example.ma").await;
    let not_asked = accounts::create_admin(&app.db, "ops@example.ma", "Ops", "", false)
        .await
        .expect("answer");
    assert!(matches!(not_asked, AdminCreated::ExistsNotPromoted(_)));
    let unverified = accounts::create_admin(&app.db, "ops@example.ma", "Ops", "", true)
        .await
        .expect("answer");
    let AdminCreated::NotVerified(id) = unverified else {
        panic!("an unverified account is not promoted: {unverified:?}")
    };
    let user = accounts::load_user(&app.db, id)
        .await
        .expect("load")
        .expect("exists");
    assert!(!user.has_role(Role::Admin));

    // A verified account, asked for: promoted.
    let _meriem = signed_up(&app, "Meriem", "meriem@example.ma").await;
    let promoted = accounts::create_admin(&app.db, "meriem@example.ma", "ignored", "", true)
        .await
        .expect("promoted");
    let AdminCreated::Promoted(id) = promoted else {
        panic!("expected a promotion: {promoted:?}")
    };
    let user = accounts::load_user(&app.db, id)
        .await
        .expect("load")
        .expect("exists");
    assert!(user.has_role(Role::Admin) && user.has_role(Role::Consumer));

    let refused = accounts::create_admin(&app.db, "new@example.ma", "New", "password", false).await;
    assert!(
        refused.is_err(),
        "a common password is refused for admins too"
    );
}

#[tokio::test]
async fn a_new_address_is_taken_only_once_confirmed_and_then_other_sessions_end() {
    let app = spawn_app().await;
    let phone = signed_up(&app, "Fatima", "fatima@example.ma").await;
    let laptop = browser();
    let signed_in = app
        .post_form_as(
            &laptop,
            "/api/account/sign-in",
            "/sign-in",
            &[("email", "fatima@example.ma"), ("password", GOOD_PASSWORD)],
        )
        .await;
    assert_eq!(location(&signed_in), "/");
    let _amina = signed_up(&app, "Amina", "amina@example.ma").await;

    let change = |email: &'static str, password: &'static str| {
        let app = &app;
        let phone = &phone;
        async move {
            app.post_form_as(
                phone,
                "/api/account/change-email",
                "/account",
                &[("email", email), ("current_password", password)],
            )
            .await
        }
    };
    let wrong = change("fatima.new@example.ma", "not-my-password").await;
    assert_eq!(error_code(&wrong), "invalid");
    let bad = change("not-an-address", GOOD_PASSWORD).await;
    assert_eq!(error_code(&bad), "invalid");
    // An address another account has: the same answer, and no link goes to it.
    let taken = change("amina@example.ma", GOOD_PASSWORD).await;
    assert_eq!(location(&taken), "/account?email=sent");
    let amina_mails = backend::entity::outbox::Entity::find()
        .all(&app.db)
        .await
        .expect("outbox")
        .iter()
        .filter(|m| m.payload.contains("amina@example.ma"))
        .count();
    assert_eq!(amina_mails, 1, "only Amina's own sign-up link");

    let asked = change("fatima.new@example.ma", GOOD_PASSWORD).await;
    assert_eq!(location(&asked), "/account?email=sent");
    assert!(
        account(&app, "fatima@example.ma").await.is_some(),
        "not changed yet"
    );
    let token = mailed_token(&app, "fatima.new@example.ma", "/verify-email/")
        .await
        .expect("a link to the new address");
    let done = confirm(&app, &phone, &token).await;
    assert_eq!(location(&done), "/account?verified=1");
    let row = account(&app, "fatima.new@example.ma")
        .await
        .expect("the new address");
    assert!(row.email_verified_at.is_some(), "verified by the link");
    assert!(account(&app, "fatima@example.ma").await.is_none());
    assert_eq!(
        app.get_as(&phone, "/account").await.status(),
        200,
        "this session stays"
    );
    assert_eq!(
        app.get_as(&laptop, "/account").await.status(),
        302,
        "the others end"
    );
    assert!(
        mailed_token(&app, "fatima@example.ma", "/forgot-password")
            .await
            .is_some(),
        "the old address is told, with the way to take the account back"
    );

    // The name, too.
    let renamed = app
        .post_form_as(
            &phone,
            "/api/account/rename",
            "/account",
            &[("display_name", "Fatima Z.")],
        )
        .await;
    assert_eq!(location(&renamed), "/account?renamed=1");
    assert_eq!(
        account(&app, "fatima.new@example.ma")
            .await
            .expect("row")
            .display_name,
        "Fatima Z."
    );
    let empty = app
        .post_form_as(
            &phone,
            "/api/account/rename",
            "/account",
            &[("display_name", " ")],
        )
        .await;
    assert_eq!(error_code(&empty), "invalid");
}

#[tokio::test]
async fn asking_for_links_again_is_limited_per_client() {
    let app = spawn_app_with(Spawn {
        account_limits: Some(strict_limits()),
        ..Spawn::default()
    })
    .await;
    let fatima = signed_up_unverified(&app, "Fatima", "fatima@example.ma").await;
    for _ in 0..2 {
        let resent = app
            .post_form_as(&fatima, "/api/account/verify/resend", "/", &[])
            .await;
        assert_eq!(location(&resent), "/account?verify=sent");
    }
    let third = app
        .post_form_as(&fatima, "/api/account/verify/resend", "/", &[])
        .await;
    assert_eq!(error_code(&third), "rate_limited");
}
