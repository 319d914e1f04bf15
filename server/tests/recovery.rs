//! Password reset by e-mail and the sessions a person controls: a forgotten password comes back
//! through a single-use link that ends every session; a changed password ends the others; the
//! sessions page lists and ends them.

use crate::{accounts::strict_limits, helpers::*};
use backend::{
    entity::{account_token, outbox, session},
    mail::Mail,
};
use reqwest::Client;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, sea_query::Expr};

const NEW_PASSWORD: &str = "couscous-du-vendredi";

/// Reset links mailed to `to`, newest first.
async fn mailed_reset_tokens(app: &TestApp, to: &str) -> Vec<String> {
    outbox::Entity::find()
        .order_by_desc(outbox::Column::CreatedAt)
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .filter_map(|row| serde_json::from_str::<Mail>(&row.payload).ok())
        .filter(|mail| mail.to == to)
        .filter_map(|mail| {
            let link = mail
                .body
                .split_whitespace()
                .find(|w| w.contains("/reset-password/"))?
                .to_owned();
            assert!(
                link.starts_with("http://127.0.0.1/reset-password/"),
                "{link}"
            );
            Some(link.rsplit('/').next()?.to_owned())
        })
        .collect()
}

async fn ask_for_link(app: &TestApp, client: &Client, email: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/account/forgot-password",
        "/forgot-password",
        &[("email", email)],
    )
    .await
}

async fn reset(
    app: &TestApp,
    client: &Client,
    token: &str,
    new: &str,
    confirm: &str,
) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/account/reset-password",
        &format!("/reset-password/{token}"),
        &[
            ("token", token),
            ("new_password", new),
            ("confirm_password", confirm),
        ],
    )
    .await
}

async fn signed_in_as(app: &TestApp, email: &str, password: &str) -> Option<Client> {
    let client = browser();
    let answer = app
        .post_form_as(
            &client,
            "/api/account/sign-in",
            "/sign-in",
            &[("email", email), ("password", password)],
        )
        .await;
    (location(&answer) == "/").then_some(client)
}

async fn is_signed_in(app: &TestApp, client: &Client) -> bool {
    app.get_as(client, "/account").await.status() == 200
}

#[tokio::test]
async fn a_forgotten_password_comes_back_by_a_single_use_link_that_ends_every_session() {
    let app = spawn_app().await;
    let phone = signed_up(&app, "Fatima", "fatima@example.ma").await;
    let laptop = signed_in_as(&app, "fatima@example.ma", GOOD_PASSWORD)
        .await
        .expect("signs in on a second device");

    // The same answer for an address with an account and one without; mail only for the first.
    let visitor = browser();
    let known = ask_for_link(&app, &visitor, "Fatima@Example.ma").await;
    let unknown = ask_for_link(&app, &visitor, "nobody@example.ma").await;
    assert_eq!(location(&known), "/forgot-password?sent=1");
    assert_eq!(
        location(&unknown),
        location(&known),
        "nothing tells them apart"
    );
    let (_, page) = app.follow_as(&visitor, known).await;
    assert!(page.contains("data-sent=\"reset\""), "{page}");
    assert!(
        mailed_reset_tokens(&app, "nobody@example.ma")
            .await
            .is_empty()
    );
    let tokens = mailed_reset_tokens(&app, "fatima@example.ma").await;
    assert_eq!(tokens.len(), 1);
    let token = &tokens[0];
    // Only the digest is stored.
    let stored = account_token::Entity::find()
        .filter(account_token::Column::Purpose.eq("reset"))
        .all(&app.db)
        .await
        .expect("tokens");
    assert_eq!(stored.len(), 1);
    assert_ne!(&stored[0].token_hash, token);

    // The link's page offers the form; a mismatched confirmation changes nothing.
    let page = app
        .get_as(&visitor, &format!("/reset-password/{token}"))
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("name=\"new_password\""), "{html}");
    assert!(html.contains("no-referrer"), "the token is not sent on");
    let mismatched = reset(
        &app,
        &visitor,
        token,
        NEW_PASSWORD,
        "something-else-entirely",
    )
    .await;
    assert_eq!(error_code(&mismatched), "invalid");
    assert!(is_signed_in(&app, &phone).await, "nothing changed yet");
    let weak = reset(&app, &visitor, token, "12345678", "12345678").await;
    assert_eq!(error_code(&weak), "invalid");

    let done = reset(&app, &visitor, token, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(location(&done), "/sign-in?reset=1");
    assert!(
        !is_signed_in(&app, &phone).await,
        "the phone's session ended"
    );
    assert!(
        !is_signed_in(&app, &laptop).await,
        "the laptop's session ended"
    );
    assert!(
        signed_in_as(&app, "fatima@example.ma", GOOD_PASSWORD)
            .await
            .is_none()
    );
    assert!(
        signed_in_as(&app, "fatima@example.ma", NEW_PASSWORD)
            .await
            .is_some()
    );

    // Used once: refused the second time, in the reader's language, and nothing changes.
    let again = reset(&app, &visitor, token, GOOD_PASSWORD, GOOD_PASSWORD).await;
    assert_eq!(error_code(&again), "reset_link_invalid");
    let (_, page) = app.follow_as(&visitor, again).await;
    assert!(page.contains("هذا الرابط لم يعد صالحا"), "{page}");
    assert!(
        signed_in_as(&app, "fatima@example.ma", NEW_PASSWORD)
            .await
            .is_some()
    );
    let page = app.get_in(&format!("/reset-password/{token}"), "fr").await;
    assert!(
        page.text()
            .await
            .expect("body")
            .contains("Ce lien n’est plus valable")
    );
}

#[tokio::test]
async fn reset_links_are_refused_when_expired_forged_or_superseded_and_open_only_their_account() {
    let app = spawn_app().await;
    let _fatima = signed_up(&app, "Fatima", "fatima@example.ma").await;
    let _amina = signed_up(&app, "Amina", "amina@example.ma").await;
    let visitor = browser();
    ask_for_link(&app, &visitor, "fatima@example.ma").await;
    let old = mailed_reset_tokens(&app, "fatima@example.ma").await[0].clone();

    // Forged: refused.
    let forged = reset(&app, &visitor, &"A".repeat(43), NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(error_code(&forged), "reset_link_invalid");
    let huge = reset(
        &app,
        &visitor,
        &"A".repeat(5_000),
        NEW_PASSWORD,
        NEW_PASSWORD,
    )
    .await;
    assert_eq!(error_code(&huge), "reset_link_invalid");

    // Expired: refused, and the password stays.
    account_token::Entity::update_many()
        .col_expr(
            account_token::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(&app.db)
        .await
        .expect("expire");
    let expired = reset(&app, &visitor, &old, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(error_code(&expired), "reset_link_invalid");
    assert!(
        signed_in_as(&app, "fatima@example.ma", GOOD_PASSWORD)
            .await
            .is_some()
    );

    // A fresh link for Fatima resets Fatima, never Amina; it also retires her other links.
    ask_for_link(&app, &visitor, "fatima@example.ma").await;
    ask_for_link(&app, &visitor, "fatima@example.ma").await;
    let fresh = mailed_reset_tokens(&app, "fatima@example.ma").await;
    assert_eq!(fresh.len(), 3);
    let done = reset(&app, &visitor, &fresh[0], NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(location(&done), "/sign-in?reset=1");
    let superseded = reset(&app, &visitor, &fresh[1], GOOD_PASSWORD, GOOD_PASSWORD).await;
    assert_eq!(error_code(&superseded), "reset_link_invalid");
    assert!(
        signed_in_as(&app, "fatima@example.ma", NEW_PASSWORD)
            .await
            .is_some()
    );
    assert!(
        signed_in_as(&app, "amina@example.ma", GOOD_PASSWORD)
            .await
            .is_some()
    );
}

#[tokio::test]
async fn reset_links_are_limited_per_address_whoever_asks() {
    let app = spawn_app_with(Spawn {
        account_limits: Some(strict_limits()),
        ..Spawn::default()
    })
    .await;
    let _fatima = signed_up(&app, "Fatima", "fatima@example.ma").await;
    for n in 0..2 {
        let asked = app
            .client
            .post(app.url("/api/account/forgot-password"))
            .header("x-forwarded-for", format!("203.0.113.{n}"))
            .form(&[("email", "fatima@example.ma")])
            .send()
            .await
            .expect("post");
        assert_eq!(asked.status(), 200, "link {n} is sent");
    }
    let third = app
        .client
        .post(app.url("/api/account/forgot-password"))
        .header("x-forwarded-for", "198.51.100.9")
        .form(&[("email", "FATIMA@example.ma")])
        .send()
        .await
        .expect("post");
    assert_eq!(
        third.status(),
        429,
        "the mailbox is not flooded from elsewhere"
    );
    assert!(third.headers().contains_key("retry-after"));
    assert_eq!(
        mailed_reset_tokens(&app, "fatima@example.ma").await.len(),
        2
    );
}

async fn sessions_of(app: &TestApp) -> u64 {
    session::Entity::find()
        .filter(session::Column::UserId.is_not_null())
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_person_sees_their_sessions_ends_one_or_all_others_and_a_password_change_ends_the_rest() {
    let app = spawn_app().await;
    let phone = signed_up(&app, "Fatima", "fatima@example.ma").await;
    let laptop = browser();
    let answer = laptop
        .post(app.url("/api/account/sign-in"))
        .header("accept", "text/html")
        .header(
            "user-agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        )
        .header("x-forwarded-for", "203.0.113.77")
        .header("referer", app.url("/sign-in"))
        .form(&[("email", "fatima@example.ma"), ("password", GOOD_PASSWORD)])
        .send()
        .await
        .expect("sign in");
    assert_eq!(location(&answer), "/");
    let tablet = signed_in_as(&app, "fatima@example.ma", GOOD_PASSWORD)
        .await
        .expect("a third session");
    let stranger = signed_up(&app, "Amina", "amina@example.ma").await;
    assert_eq!(sessions_of(&app).await, 4);

    // The list shows device and network, never an address or a session id.
    let page = app.get_as(&phone, "/account/sessions").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.expect("body");
    assert!(html.contains("data-sessions=\"3\""), "{html}");
    assert!(html.contains("Firefox · Linux"), "{html}");
    assert!(html.contains("203.0.113.0/24"), "{html}");
    assert!(!html.contains("203.0.113.77"), "the address is not shown");
    let ids: Vec<String> = session::Entity::find()
        .all(&app.db)
        .await
        .expect("rows")
        .into_iter()
        .map(|s| s.id)
        .collect();
    for id in &ids {
        assert!(
            !html.contains(id.as_str()),
            "a session id is never on the page"
        );
    }
    // The laptop's handle, as the page gives it.
    let laptop_row = session::Entity::find()
        .filter(session::Column::Device.eq("Firefox · Linux"))
        .one(&app.db)
        .await
        .expect("row")
        .expect("the laptop's session");
    let handle = backend::services::sessions::handle(&laptop_row.id);
    assert!(html.contains(&handle));

    // Another account cannot end it; the owner can.
    let refused = app
        .post_form_as(
            &stranger,
            "/api/account/sessions/end",
            "/account/sessions",
            &[("handle", &handle)],
        )
        .await;
    assert_eq!(location(&refused), "/account/sessions?ended=1");
    assert!(is_signed_in(&app, &laptop).await, "a stranger ends nothing");
    let ended = app
        .post_form_as(
            &phone,
            "/api/account/sessions/end",
            "/account/sessions",
            &[("handle", &handle)],
        )
        .await;
    assert_eq!(location(&ended), "/account/sessions?ended=1");
    assert!(
        !is_signed_in(&app, &laptop).await,
        "the laptop is signed out"
    );
    assert!(is_signed_in(&app, &tablet).await);

    // Changing the password keeps this session and ends the others.
    let changed = app
        .post_form_as(
            &phone,
            "/api/account/change-password",
            "/account",
            &[
                ("current_password", GOOD_PASSWORD),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(location(&changed), "/account?changed=1");
    assert!(is_signed_in(&app, &phone).await, "this session stays");
    assert!(!is_signed_in(&app, &tablet).await, "the others end");
    assert!(
        is_signed_in(&app, &stranger).await,
        "other accounts are untouched"
    );

    // "Everywhere else" ends all but this one.
    let again = signed_in_as(&app, "fatima@example.ma", NEW_PASSWORD)
        .await
        .expect("signs in again");
    let all = app
        .post_form_as(
            &phone,
            "/api/account/sessions/end-others",
            "/account/sessions",
            &[],
        )
        .await;
    assert_eq!(location(&all), "/account/sessions?ended=1");
    assert!(!is_signed_in(&app, &again).await);
    assert!(is_signed_in(&app, &phone).await);
}
