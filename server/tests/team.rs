//! The owner invites managers by e-mail; the invited account accepts and may then edit the
//! cooperative; invitations are single-use, expire, and belong to their address.

use crate::{
    cooperatives::{decide, register_as_owner, setup, the_cooperative, tifawt},
    helpers::*,
};
use backend::{
    entity::{cooperative_invitation, cooperative_member, outbox},
    mail::Mail,
};
use reqwest::Client;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

async fn invite(app: &TestApp, client: &Client, id: &str, email: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/cooperatives/team/invite",
        &format!("/cooperatives/{id}/team"),
        &[("cooperative_id", id), ("email", email)],
    )
    .await
}

/// The token of the newest invitation e-mail, read from the outbox.
async fn mailed_token(app: &TestApp, to: &str) -> String {
    let row = outbox::Entity::find()
        .order_by_desc(outbox::Column::CreatedAt)
        .all(&app.db)
        .await
        .expect("outbox")
        .into_iter()
        .find(|r| r.payload.contains(to))
        .expect("an e-mail to the invitee");
    let mail: Mail = serde_json::from_str(&row.payload).expect("mail");
    let link = mail
        .body
        .split_whitespace()
        .find(|w| w.contains("/invitations/"))
        .expect("a link in the e-mail");
    assert!(link.starts_with("http://127.0.0.1/invitations/"), "{link}");
    link.rsplit('/').next().expect("token").to_owned()
}

async fn accept(app: &TestApp, client: &Client, token: &str) -> reqwest::Response {
    app.post_form_as(
        client,
        "/api/invitations/accept",
        &format!("/invitations/{token}"),
        &[("token", token)],
    )
    .await
}

async fn managers(app: &TestApp) -> u64 {
    cooperative_member::Entity::find()
        .filter(cooperative_member::Column::Role.eq("manager"))
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn the_owner_invites_a_manager_who_accepts_once_and_can_then_edit() {
    let (app, admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let coop = the_cooperative(&app).await;
    let id = coop.id.to_string();

    let sent = invite(&app, &app.client, &id, "  Salma@Example.ma ").await;
    assert_eq!(
        location(&sent),
        format!("/cooperatives/{id}/team?invited=1")
    );
    let team = app
        .get(&format!("/cooperatives/{id}/team"))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        team.contains("salma@example.ma"),
        "the pending invitation is listed"
    );
    let token = mailed_token(&app, "salma@example.ma").await;
    let stored = cooperative_invitation::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("invitation");
    assert_ne!(
        stored.token_hash, token,
        "only a hash of the token is stored"
    );

    // Someone else holding the link cannot use it.
    let other = signed_up(&app, "Other", "other@example.ma").await;
    let refused = accept(&app, &other, &token).await;
    let (_, page) = app.follow_as(&other, refused).await;
    assert!(page.contains("أُرسلت هذه الدعوة إلى عنوان بريد آخر"));
    assert_eq!(managers(&app).await, 0);

    // The invitee signs up with the invited address and accepts.
    let salma = signed_up(&app, "Salma", "salma@example.ma").await;
    let page = app
        .get_as(&salma, &format!("/invitations/{token}"))
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("قبول الدعوة"), "the accept button");
    let joined = accept(&app, &salma, &token).await;
    assert_eq!(location(&joined), "/cooperatives/mine?joined=1");
    assert_eq!(managers(&app).await, 1);

    // Single use.
    let again = accept(&app, &salma, &token).await;
    let (_, page) = app.follow_as(&salma, again).await;
    assert!(page.contains("رابط الدعوة هذا لم يعد صالحًا"));
    assert_eq!(managers(&app).await, 1);

    // A manager sees the team but cannot invite; once verified, a manager edits the identity.
    assert_eq!(
        app.get_as(&salma, &format!("/cooperatives/{id}/team"))
            .await
            .status(),
        200
    );
    let by_manager = invite(&app, &salma, &id, "third@example.ma").await;
    assert!(location(&by_manager).contains("__err="));
    decide(&app, &admin, &id, "verify", "").await;
    let saved = app
        .post_form_as(
            &salma,
            "/api/cooperatives/identity/save",
            &format!("/cooperatives/{id}/identity"),
            &[
                ("cooperative_id", id.as_str()),
                ("primary_colour", "#225533"),
                ("secondary_colour", "#f8d66d"),
                ("tagline_ar", ""),
                ("tagline_fr", "Géré par Salma"),
                ("tagline_en", ""),
                ("story_ar", ""),
                ("story_fr", ""),
                ("story_en", ""),
            ],
        )
        .await;
    assert!(
        location(&saved).ends_with("saved=1"),
        "{}",
        location(&saved)
    );
}

#[tokio::test]
async fn bad_invitations_are_refused_and_change_nothing() {
    let (app, _admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let id = the_cooperative(&app).await.id.to_string();
    let invitations = || async {
        cooperative_invitation::Entity::find()
            .count(&app.db)
            .await
            .expect("count")
    };

    for (email, message) in [
        ("not-an-email", "أدخل بريدًا إلكترونيًا مثل"),
        ("fatima@example.ma", "هذا الشخص عضو في الفريق من قبل"),
    ] {
        let response = invite(&app, &app.client, &id, email).await;
        assert!(location(&response).contains("__err="), "{email}");
        let (_, page) = app.follow(response).await;
        assert!(page.contains(message), "{email}: {message}");
    }
    assert_eq!(invitations().await, 0);
    invite(&app, &app.client, &id, "salma@example.ma").await;
    let twice = invite(&app, &app.client, &id, "salma@example.ma").await;
    let (_, page) = app.follow(twice).await;
    assert!(page.contains("دعوة إلى هذا العنوان تنتظر القبول من قبل"));
    assert_eq!(invitations().await, 1);

    // A stranger can neither see the team nor invite.
    let stranger = signed_up(&app, "Stranger", "stranger@example.ma").await;
    assert_eq!(
        app.get_as(&stranger, &format!("/cooperatives/{id}/team"))
            .await
            .status(),
        404
    );
    let response = invite(&app, &stranger, &id, "friend@example.ma").await;
    assert!(location(&response).contains("__err="));
    assert_eq!(invitations().await, 1);

    // An expired invitation cannot be accepted.
    let token = mailed_token(&app, "salma@example.ma").await;
    let stored = cooperative_invitation::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("invitation");
    let mut expired: cooperative_invitation::ActiveModel = stored.into();
    expired.expires_at = Set(chrono::Utc::now() - chrono::Duration::hours(1));
    expired.update(&app.db).await.expect("expire");
    let salma = signed_up(&app, "Salma", "salma@example.ma").await;
    let refused = accept(&app, &salma, &token).await;
    assert!(location(&refused).contains("__err="));
    assert_eq!(managers(&app).await, 0);
    let unknown = accept(&app, &salma, "not-a-token").await;
    assert!(location(&unknown).contains("__err="));
}

/// A member of cooperative B, on every write to cooperative A: 404 (A's existence is not even
/// revealed), and nothing changes.
#[tokio::test]
async fn a_member_of_another_cooperative_can_write_nothing_to_this_one() {
    use crate::cooperatives::{identity_versions, register_as};
    let (app, admin) = setup().await;
    register_as_owner(&app, &tifawt(&[])).await;
    let id = the_cooperative(&app).await.id.to_string();
    decide(&app, &admin, &id, "verify", "").await;
    let a = the_cooperative(&app).await;
    assert_eq!(a.state, domain::cooperative::CooperativeStatus::Verified);

    let member_of_b = signed_up(&app, "Rachid", "rachid@example.ma").await;
    let b = register_as(
        &app,
        &member_of_b,
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
    assert_eq!(location(&b), "/cooperatives/mine?submitted=1");

    let form_posts: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "/api/cooperatives/identity/save",
            vec![
                ("cooperative_id", &id),
                ("primary_colour", "#123456"),
                ("secondary_colour", "#654321"),
                ("tagline_ar", ""),
                ("tagline_fr", ""),
                ("tagline_en", ""),
                ("story_ar", ""),
                ("story_fr", ""),
                ("story_en", ""),
            ],
        ),
        (
            "/api/cooperatives/identity/restore",
            vec![("cooperative_id", &id), ("version", "1")],
        ),
        (
            "/api/cooperatives/team/invite",
            vec![("cooperative_id", &id), ("email", "friend@example.ma")],
        ),
    ];
    for (action, fields) in form_posts {
        let response = member_of_b
            .post(app.url(action))
            .header("origin", &app.address)
            .form(&fields)
            .send()
            .await
            .expect("post");
        assert_eq!(response.status(), 404, "{action}");
    }
    let logo = {
        let mut out = Vec::new();
        image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(64, 64, image::Rgb([9, 9, 9])))
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .expect("png");
        out
    };
    // (action, text fields, (file field, file bytes))
    type Upload<'a> = (&'a str, Vec<(&'a str, String)>, (&'a str, Vec<u8>));
    let uploads: Vec<Upload> = vec![
        (
            "/api/upload/identity/image",
            vec![("cooperative_id", id.clone()), ("slot", "logo".into())],
            ("logo", logo),
        ),
        (
            "/api/upload/cooperatives/resubmit",
            tifawt(&[])
                .into_iter()
                .map(|(k, v)| (k, v.to_owned()))
                .chain([("cooperative_id", id.clone())])
                .collect(),
            ("certificate", crate::cooperatives::CERTIFICATE.to_vec()),
        ),
    ];
    for (action, fields, (field, bytes)) in uploads {
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text(k, v);
        }
        form = form.part(
            field,
            reqwest::multipart::Part::bytes(bytes).file_name("file.bin"),
        );
        let response = member_of_b
            .post(app.url(action))
            .header("origin", &app.address)
            .multipart(form)
            .send()
            .await
            .expect("post");
        assert_eq!(response.status(), 404, "{action}");
    }
    for page in [
        format!("/cooperatives/{id}/identity"),
        format!("/cooperatives/{id}/team"),
        format!("/cooperatives/{id}/edit"),
        format!("/cooperatives/{id}/certificate"),
    ] {
        assert_eq!(
            app.get_as(&member_of_b, &page).await.status(),
            404,
            "{page}"
        );
    }
    assert_eq!(identity_versions(&app).await, 0);
    assert_eq!(
        cooperative_invitation::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        0
    );
    let after = backend::entity::cooperative::Entity::find_by_id(a.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("A");
    assert_eq!(after, a, "A is unchanged");
}
