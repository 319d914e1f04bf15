//! Languages: Arabic by default and right to left, negotiation, the switcher, translated 404.

use crate::helpers::*;

#[tokio::test]
async fn pages_are_arabic_and_right_to_left_by_default() {
    let app = spawn_app().await;
    let body = app.get("/").await.text().await.expect("body");
    assert!(
        body.contains(r#"<html lang="ar" dir="rtl""#),
        "{}",
        &body[..body.len().min(300)]
    );
    assert!(body.contains("من التعاونية إلى باب بيتك"));
}

#[tokio::test]
async fn accept_language_picks_french_or_english_left_to_right() {
    let app = spawn_app().await;
    let fr = app
        .get_in("/sign-in", "fr-FR,fr;q=0.9,en;q=0.5")
        .await
        .text()
        .await
        .expect("body");
    assert!(fr.contains(r#"<html lang="fr" dir="ltr""#));
    assert!(fr.contains("Connexion"));
    let en = app
        .get_in("/sign-in", "en-US,en;q=0.9")
        .await
        .text()
        .await
        .expect("body");
    assert!(en.contains(r#"<html lang="en" dir="ltr""#));
    let unknown = app
        .get_in("/sign-in", "de-DE")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        unknown.contains(r#"<html lang="ar" dir="rtl""#),
        "unsupported languages fall back to Arabic"
    );
}

#[tokio::test]
async fn the_language_switcher_sets_a_cookie_without_javascript_and_returns_to_the_page() {
    let app = spawn_app().await;
    let response = app
        .post_form("/api/locale", "/sign-in", &[("locale", "fr")])
        .await;
    assert_eq!(response.status(), 302);
    // server_fn strips its error parameters from the query, leaving at most a bare `?`.
    assert_eq!(
        location(&response).trim_end_matches('?'),
        app.url("/sign-in")
    );
    let cookie = set_cookie(&response, "taawon_locale").expect("locale cookie");
    assert!(
        cookie.starts_with("taawon_locale=fr") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let page = app
        .get_in("/sign-in", "en")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        page.contains(r#"<html lang="fr" dir="ltr""#),
        "the cookie wins over Accept-Language"
    );
}

#[tokio::test]
async fn an_unknown_language_is_refused_and_sets_nothing() {
    let app = spawn_app().await;
    // From a page opened in one language by `?lang=`, the chosen language wins on the way back.
    let from_link = app
        .post_form(
            "/api/locale",
            "/categories/saffron?sort=price_asc&lang=fr",
            &[("locale", "ar")],
        )
        .await;
    assert_eq!(location(&from_link), "/categories/saffron?sort=price_asc");
    let response = app.post_form("/api/locale", "/", &[("locale", "xx")]).await;
    assert!(location(&response).contains("__err="));
    assert!(set_cookie(&response, "taawon_locale").is_none());
}

#[tokio::test]
async fn unknown_pages_get_a_translated_404() {
    let app = spawn_app().await;
    let ar = app.get("/no-such-page").await;
    assert_eq!(ar.status(), 404);
    assert!(ar.text().await.expect("body").contains("لم نجد هذه الصفحة"));
    let fr = app.get_in("/no-such-page", "fr").await;
    assert_eq!(fr.status(), 404);
    assert!(
        fr.text()
            .await
            .expect("body")
            .contains("Nous n’avons pas trouvé cette page")
    );
}

#[tokio::test]
async fn the_password_field_is_an_island_and_the_rest_of_the_page_is_not() {
    let app = spawn_app().await;
    let islands = |body: &str| -> Vec<String> {
        body.split("<leptos-island")
            .skip(1)
            .map(|tag| {
                let start = tag.find("data-component=\"").map(|i| i + 16).unwrap_or(0);
                tag[start..]
                    .split(['"', '_'])
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect()
    };
    let body = app.get("/sign-in").await.text().await.expect("body");
    assert_eq!(
        islands(&body),
        ["SearchBox", "PasswordInput"],
        "only the header's search box and the password toggle hydrate"
    );
    let home = app.get("/").await.text().await.expect("body");
    assert_eq!(islands(&home), ["SearchBox"]);
}
