//! Sign-up, sign-in, sign-out, password change, throttling, first admin.

use crate::helpers::*;
use backend::{
    entity::user,
    services::limits::{AccountLimits, Limit},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn signing_up_creates_an_account_signs_it_in_and_stores_an_argon2id_hash() {
    let app = spawn_app().await;
    let response = app
        .sign_up("Khadija", "Khadija@Example.ma", GOOD_PASSWORD)
        .await;
    assert_eq!(response.status(), 302);
    assert_eq!(location(&response), "/");

    let account = app.get("/account").await;
    assert_eq!(account.status(), 200);
    let body = account.text().await.expect("body");
    assert!(
        body.contains("Khadija"),
        "the account page greets the new user"
    );
    assert!(
        body.contains("khadija@example.ma"),
        "the address is stored normalised"
    );

    let stored = user::Entity::find()
        .filter(user::Column::Email.eq("khadija@example.ma"))
        .one(&app.db)
        .await
        .expect("query");
    let stored = stored.expect("user row");
    assert!(
        stored
            .password_hash
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{}",
        stored.password_hash
    );
    assert!(!stored.password_hash.contains(GOOD_PASSWORD));
    assert_eq!(
        app.audit_count().await,
        2,
        "the sign-up and the address's verification are audited"
    );
}

#[tokio::test]
async fn bad_sign_up_input_comes_back_on_the_form_with_translated_field_errors_and_writes_nothing()
{
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/account/sign-up",
            "/sign-up",
            &[
                ("display_name", "Khadija"),
                ("email", "not-an-address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(response.status(), 302);
    let back = location(&response);
    assert!(
        back.contains("/sign-up?") && back.contains("__err="),
        "redirected back to the form: {back}"
    );

    let (status, page) = app.follow(response).await;
    assert_eq!(status, 200);
    // No Accept-Language and no cookie: Arabic.
    assert!(
        page.contains("أدخل بريدًا إلكترونيًا مثل"),
        "translated e-mail error"
    );
    assert!(
        page.contains("يجب أن تتكون كلمة المرور من 8 أحرف على الأقل"),
        "translated password error"
    );
    assert!(
        page.contains(r#"value="Khadija""#),
        "the name is put back in the form"
    );
    assert!(page.contains(r#"aria-invalid="true""#));
    assert_eq!(app.user_count().await, 0);
    assert_eq!(app.audit_count().await, 0);
}

#[tokio::test]
async fn field_errors_follow_the_chosen_language() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/account/sign-up"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url("/sign-up"))
        .header("accept-language", "fr-MA,fr;q=0.9")
        .form(&[
            ("display_name", ""),
            ("email", "a@b.ma"),
            ("password", GOOD_PASSWORD),
        ])
        .send()
        .await
        .expect("post");
    let back = location(&response);
    let page = app.get_in(&back, "fr").await.text().await.expect("body");
    assert!(
        page.contains("Ce champ est obligatoire."),
        "French field error"
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn one_of_the_most_common_passwords_is_refused() {
    let app = spawn_app().await;
    let response = app.sign_up("Omar", "omar@example.ma", "iloveyou").await;
    let (_, page) = app.follow(response).await;
    assert!(
        page.contains("من أكثر الكلمات شيوعًا"),
        "common-password error shown"
    );
    assert_eq!(app.user_count().await, 0);
}

#[tokio::test]
async fn an_address_can_hold_only_one_account() {
    let app = spawn_app().await;
    assert_eq!(
        app.sign_up("Omar", "omar@example.ma", GOOD_PASSWORD)
            .await
            .status(),
        302
    );
    let other = spawn_client(&app);
    let response = other
        .post(app.url("/api/account/sign-up"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url("/sign-up"))
        .form(&[
            ("display_name", "Someone"),
            ("email", "OMAR@example.ma"),
            ("password", "another-good-passphrase"),
        ])
        .send()
        .await
        .expect("post");
    // Answered as a new address would be (nothing says the address has an account), but no
    // second account is made and nobody is signed in to the first.
    assert_eq!(location(&response), "/");
    let page = other
        .get(location_url(&app, &response))
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("body");
    assert!(
        !page.contains("data-testid=\"account-link\""),
        "not signed in"
    );
    assert_eq!(app.user_count().await, 1);
}

fn spawn_client(_app: &TestApp) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

fn location_url(app: &TestApp, response: &reqwest::Response) -> String {
    app.url(&location(response))
}

#[tokio::test]
async fn signing_in_with_the_right_password_works_and_a_wrong_one_says_nothing_about_which_part_was_wrong()
 {
    let app = spawn_app().await;
    app.sign_up("Youssef", "youssef@example.ma", GOOD_PASSWORD)
        .await;
    app.post_form("/api/account/sign-out", "/", &[]).await;

    let wrong_password = app
        .sign_in("youssef@example.ma", "wrong-password-here")
        .await;
    let (_, page_wrong_password) = app.follow(wrong_password).await;
    let unknown_user = app
        .sign_in("nobody@example.ma", "wrong-password-here")
        .await;
    let (_, page_unknown_user) = app.follow(unknown_user).await;
    let message = "البريد الإلكتروني أو كلمة المرور غير صحيحة";
    assert!(page_wrong_password.contains(message));
    assert!(page_unknown_user.contains(message));
    assert_eq!(app.get("/account").await.status(), 302, "still signed out");

    let right = app.sign_in("youssef@example.ma", GOOD_PASSWORD).await;
    assert_eq!(location(&right), "/");
    assert_eq!(app.get("/account").await.status(), 200);
}

#[tokio::test]
async fn signing_in_rotates_the_session_id_and_the_old_id_stops_working() {
    let app = spawn_app().await;
    let first = app
        .sign_up("Salma", "salma@example.ma", GOOD_PASSWORD)
        .await;
    let first_cookie = set_cookie(&first, "taawon_session")
        .expect("session cookie")
        .to_owned();
    let second = app.sign_in("salma@example.ma", GOOD_PASSWORD).await;
    let second_cookie = set_cookie(&second, "taawon_session")
        .expect("new session cookie")
        .to_owned();
    let id = |c: &str| c.split(';').next().unwrap_or_default().to_owned();
    assert_ne!(
        id(&first_cookie),
        id(&second_cookie),
        "a new session id at sign-in"
    );

    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = stale
        .get(app.url("/account"))
        .header("accept", "text/html")
        .header("cookie", id(&first_cookie))
        .send()
        .await
        .expect("get");
    assert_eq!(
        response.status(),
        302,
        "the pre-sign-in session no longer signs anyone in"
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let signed_up = app
        .sign_up("Hamza", "hamza@example.ma", GOOD_PASSWORD)
        .await;
    let cookie = set_cookie(&signed_up, "taawon_session")
        .expect("cookie")
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned();
    let out = app
        .post_form("/api/account/sign-out", "/account", &[])
        .await;
    assert_eq!(location(&out), "/");
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = replay
        .get(app.url("/account"))
        .header("accept", "text/html")
        .header("cookie", cookie)
        .send()
        .await
        .expect("get");
    assert_eq!(
        response.status(),
        302,
        "a copied cookie is useless after sign-out"
    );
    assert_eq!(location(&response), "/sign-in?next=/account");
}

#[tokio::test]
async fn forged_and_garbage_session_cookies_are_treated_as_signed_out() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    for cookie in [
        "taawon_session=AAAAAAAAAAAAAAAAAAAAAA",
        "taawon_session=%%%garbage",
        "taawon_session=",
    ] {
        let response = client
            .get(app.url("/account"))
            .header("accept", "text/html")
            .header("cookie", cookie)
            .send()
            .await
            .expect("get");
        assert_eq!(response.status(), 302, "{cookie}");
        let home = client
            .get(app.url("/"))
            .header("cookie", cookie)
            .send()
            .await
            .expect("get");
        assert_eq!(home.status(), 200, "{cookie}");
    }
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_replaces_it() {
    let app = spawn_app().await;
    app.sign_up("Rachid", "rachid@example.ma", GOOD_PASSWORD)
        .await;
    let new_password = "couscous-on-friday-2026";

    let refused = app
        .post_form(
            "/api/account/change-password",
            "/account",
            &[
                ("current_password", "not-my-password"),
                ("new_password", new_password),
                ("confirm_password", "different"),
            ],
        )
        .await;
    let (_, page) = app.follow(refused).await;
    assert!(page.contains("كلمة المرور الحالية غير صحيحة"));
    assert!(page.contains("كلمتا المرور الجديدتان غير متطابقتين"));

    let changed = app
        .post_form(
            "/api/account/change-password",
            "/account",
            &[
                ("current_password", GOOD_PASSWORD),
                ("new_password", new_password),
                ("confirm_password", new_password),
            ],
        )
        .await;
    assert_eq!(location(&changed), "/account?changed=1");
    app.post_form("/api/account/sign-out", "/", &[]).await;
    let old = app.sign_in("rachid@example.ma", GOOD_PASSWORD).await;
    assert!(
        location(&old).contains("__err="),
        "the old password no longer works"
    );
    let new = app.sign_in("rachid@example.ma", new_password).await;
    assert_eq!(location(&new), "/");
}

#[tokio::test]
async fn changing_the_password_requires_signing_in() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/api/account/change-password",
            "/account",
            &[
                ("current_password", "x"),
                ("new_password", GOOD_PASSWORD),
                ("confirm_password", GOOD_PASSWORD),
            ],
        )
        .await;
    assert!(location(&response).contains("__err="));
    let json = app
        .client
        .post(app.url("/api/account/change-password"))
        .header("origin", &app.address)
        .form(&[
            ("current_password", "x"),
            ("new_password", GOOD_PASSWORD),
            ("confirm_password", GOOD_PASSWORD),
        ])
        .send()
        .await
        .expect("post");
    assert_eq!(
        json.status(),
        401,
        "a script caller gets the status of the error"
    );
    assert_eq!(
        json.text().await.expect("body"),
        r#"{"code":"unauthorized"}"#
    );
}

/// Three tries at one account and ten over all accounts per client in an hour; two sign-ups;
/// two reset links per address.
pub fn strict_limits() -> AccountLimits {
    AccountLimits {
        sign_in_per_client: Limit {
            scope: "sign_in",
            max: 10,
            window_secs: 3600,
        },
        sign_in_per_account: Limit {
            scope: "sign_in_account",
            max: 3,
            window_secs: 3600,
        },
        sign_up_per_client: Limit {
            scope: "sign_up",
            max: 2,
            window_secs: 3600,
        },
        reset_per_client: Limit {
            scope: "reset",
            max: 10,
            window_secs: 3600,
        },
        reset_per_address: Limit {
            scope: "reset_address",
            max: 2,
            window_secs: 3600,
        },
        verify_per_client: Limit {
            scope: "verify",
            max: 2,
            window_secs: 3600,
        },
    }
}

pub async fn sign_in_from(
    app: &TestApp,
    ip: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    app.client
        .post(app.url("/api/account/sign-in"))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url("/sign-in"))
        .header("x-forwarded-for", ip)
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .expect("post")
}

#[tokio::test]
async fn sign_in_attempts_are_throttled_without_locking_the_owner_out() {
    let app = spawn_app_with(Spawn {
        account_limits: Some(strict_limits()),
        ..Spawn::default()
    })
    .await;
    app.sign_up("Imane", "imane@example.ma", GOOD_PASSWORD)
        .await;
    app.post_form("/api/account/sign-out", "/", &[]).await;

    for _ in 0..3 {
        let attempt =
            sign_in_from(&app, "203.0.113.9", "imane@example.ma", "guess-guess-guess").await;
        assert!(location(&attempt).contains("__err="));
    }
    // Writing another address in front of the one the proxy appends changes nothing, however
    // often it changes: the guesser is still the address the proxy saw.
    for n in 0..3 {
        let spoofed = sign_in_from(
            &app,
            &format!("198.51.100.{n}, 203.0.113.9"),
            "imane@example.ma",
            "guess-guess-guess",
        )
        .await;
        let (_, page) = app.follow(spoofed).await;
        assert!(
            page.contains("محاولات كثيرة جدًا"),
            "a written address is not the client"
        );
    }
    let throttled = sign_in_from(&app, "203.0.113.9", "imane@example.ma", GOOD_PASSWORD).await;
    let (_, page) = app.follow(throttled).await;
    assert!(
        page.contains("محاولات كثيرة جدًا"),
        "even the right password waits once throttled"
    );
    assert_eq!(app.get("/account").await.status(), 302);

    let owner = sign_in_from(&app, "198.51.100.20", "imane@example.ma", GOOD_PASSWORD).await;
    assert_eq!(
        location(&owner),
        "/",
        "the owner, elsewhere, is not locked out"
    );
}

#[tokio::test]
async fn an_expired_session_signs_nobody_in() {
    use backend::entity::session;
    use sea_orm::sea_query::Expr;
    let app = spawn_app().await;
    app.sign_up("Zineb", "zineb@example.ma", GOOD_PASSWORD)
        .await;
    assert_eq!(app.get("/account").await.status(), 200);
    session::Entity::update_many()
        .col_expr(session::Column::ExpiresAt, Expr::value(0_i64))
        .exec(&app.db)
        .await
        .expect("expire sessions");
    let response = app.get("/account").await;
    assert_eq!(
        response.status(),
        302,
        "an expired session is treated as signed out"
    );
}
