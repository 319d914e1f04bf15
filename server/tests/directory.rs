//! The directory of cooperatives (`/cooperatives`) and its map: verified cooperatives only,
//! each filter, the orders and pages as links, the map's counts and links, three languages, the
//! page cache; and the sector facet of product search.

use crate::helpers::*;
use backend::entity::{cooperative, cooperative_label};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn page(app: &TestApp, query: &str, language: &str) -> (u16, String, String) {
    let response = browser()
        .get(app.url(&format!("/cooperatives{query}")))
        .header("accept-language", language)
        .send()
        .await
        .expect("GET");
    let status = response.status().as_u16();
    let cache = header(response.headers(), page_cache_header());
    (status, cache, response.text().await.expect("body"))
}

fn page_cache_header() -> &'static str {
    server::page_cache::CACHE_HEADER
}

/// The slugs of the cards on a directory page, in order.
fn cards(html: &str) -> Vec<String> {
    html.split("<li data-cooperative=\"")
        .skip(1)
        .filter(|rest| {
            rest.split('>')
                .next()
                .is_some_and(|tag| tag.contains("directory-card"))
        })
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The count the map writes on `region`.
fn map_count(html: &str, region: &str) -> String {
    html.split(&format!("data-region=\"{region}\"><path"))
        .nth(1)
        .and_then(|rest| rest.split("class=\"region-count\">").nth(1))
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("{region} is on the map"))
        .to_owned()
}

#[tokio::test]
async fn the_directory_lists_verified_cooperatives_by_region_sector_and_more_with_a_map() {
    // Tifawt (Souss-Massa, agriculture, 18 women of 24) sells argan oil, in stock, and holds a
    // verified organic label; Al Amal (Drâa-Tafilalet, handicraft, 2 women of 10) sells nothing;
    // a third cooperative waits for verification.
    let (app, admin) = crate::cooperatives::setup().await;
    let (tifawt, _) = crate::products::published_product(&app, &admin).await;
    let tid = tifawt.id.to_string();
    crate::products::declare_organic(&app, &tid).await;
    let label = cooperative_label::Entity::find()
        .one(&app.db)
        .await
        .expect("labels")
        .expect("declared");
    app.post_form_as(
        &admin,
        "/api/admin/labels/decide",
        "/admin/labels",
        &[("label_id", &label.id.to_string()), ("decision", "verify")],
    )
    .await;
    let other = signed_up(&app, "Hassan", "hassan@example.ma").await;
    crate::cooperatives::register_as(
        &app,
        &other,
        &crate::cooperatives::tifawt(&[
            ("register_number", "2018/0007"),
            ("ice", "001800007000012"),
            ("name_ar", "تعاونية الأمل للزرابي"),
            ("name_fr", "Coopérative Al Amal des tapis"),
            ("region", "draa_tafilalet"),
            ("province", "ouarzazate"),
            ("sector", "handicraft"),
            ("member_count", "10"),
            ("women_count", "2"),
        ]),
    )
    .await;
    let amal = cooperative::Entity::find()
        .filter(cooperative::Column::RegisterNumber.eq("2018/0007"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("Al Amal registered");
    crate::cooperatives::decide(&app, &admin, &amal.id.to_string(), "verify", "").await;

    let (status, _, all) = page(&app, "", "fr").await;
    assert_eq!(status, 200);
    let main = all.split("<main").nth(1).unwrap_or_default();
    assert_eq!(
        cards(&all),
        [amal.slug.clone(), tifawt.slug.clone()],
        "by name: {main}"
    );
    assert!(all.contains("2 coopératives"), "{all}");
    assert_eq!(
        all.matches("<path ").count(),
        12,
        "the 12 regions are drawn"
    );
    assert_eq!(map_count(&all, "souss_massa"), "1");
    assert_eq!(map_count(&all, "draa_tafilalet"), "1");
    assert_eq!(map_count(&all, "oriental"), "0");
    assert!(
        all.contains("href=\"/cooperatives?region=souss_massa\""),
        "a region links to its list"
    );
    assert!(all.contains("1 produit en vente") && all.contains("Aucun produit en vente"));

    // Each filter, as a link or the form would send it.
    for (query, expected) in [
        ("?region=souss_massa", vec![&tifawt.slug]),
        ("?sector=handicraft", vec![&amal.slug]),
        ("?women_led=1", vec![&tifawt.slug]),
        ("?in_stock=1", vec![&tifawt.slug]),
        ("?label=organic", vec![&tifawt.slug]),
        ("?region=oriental", vec![]),
        ("?sort=products", vec![&tifawt.slug, &amal.slug]),
        // Unknown values are ignored, a page past the end is the last page.
        (
            "?region=atlantis&sector=mining&label=nope&sort=sideways&page=99",
            vec![&amal.slug, &tifawt.slug],
        ),
    ] {
        let (status, _, html) = page(&app, query, "fr").await;
        assert_eq!(status, 200, "{query}");
        assert_eq!(cards(&html).iter().collect::<Vec<_>>(), expected, "{query}");
    }
    // With a region chosen, the map still counts every region under the other filters, marks the
    // chosen one, and its link clears the choice.
    let (_, _, chosen) = page(&app, "?region=souss_massa&sector=agriculture", "fr").await;
    assert_eq!(map_count(&chosen, "souss_massa"), "1");
    assert_eq!(
        map_count(&chosen, "draa_tafilalet"),
        "0",
        "Al Amal is not agriculture"
    );
    assert!(chosen.contains("region tone-4 selected"));
    assert!(chosen.contains("href=\"/cooperatives?sector=agriculture\" aria-label=\"Souss-Massa"));
    assert!(chosen.contains("1 coopérative"));

    // Arabic, right to left; English.
    let (_, _, arabic) = page(&app, "", "ar").await;
    assert!(arabic.contains("dir=\"rtl\"") && arabic.contains("التعاونيات حسب الجهة"));
    assert!(arabic.contains("سوس ماسة"));
    let (_, _, english) = page(&app, "?sort=newest", "en").await;
    assert!(english.contains("2 cooperatives") && english.contains("aria-current=\"true\">Newest"));

    // Anonymous visits are served from the page cache until the catalog changes.
    let (_, first, _) = page(&app, "?sector=agriculture", "fr").await;
    let (_, second, _) = page(&app, "?sector=agriculture", "fr").await;
    assert_eq!((first.as_str(), second.as_str()), ("miss", "hit"));
    crate::products::suspend(&app, &tifawt).await;
    let (_, after, html) = page(&app, "?sector=agriculture", "fr").await;
    assert_eq!(after, "miss");
    assert!(
        cards(&html).is_empty(),
        "a suspended cooperative leaves the directory"
    );

    // The sitemap names the directory.
    let pages = app
        .get("/sitemaps/pages.xml")
        .await
        .text()
        .await
        .expect("body");
    assert!(pages.contains("/cooperatives</loc>"));
}

#[tokio::test]
async fn sector_is_a_facet_of_product_search() {
    let (app, _, product) = crate::search::searchable_product().await;
    let link = format!("/p/{}", product.slug);
    let (_, all) = crate::search::search_page(&app, "?q=argan", "fr").await;
    assert!(
        all.contains("Secteur") && all.contains("/search?q=argan&amp;sector=agriculture"),
        "{all}"
    );
    let (_, agriculture) =
        crate::search::search_page(&app, "?q=argan&sector=agriculture", "fr").await;
    assert!(agriculture.contains(&link));
    let (_, handicraft) =
        crate::search::search_page(&app, "?q=argan&sector=handicraft", "fr").await;
    assert!(!handicraft.contains(&link), "argan oil is not handicraft");
    // A change of the cooperative's sector reaches the index (through the outbox).
    let coop = crate::cooperatives::the_cooperative(&app).await;
    let saved = app
        .post_form_as(
            &app.client,
            "/api/cooperatives/settings/save",
            &format!("/cooperatives/{}/settings", coop.id),
            &[
                ("cooperative_id", &coop.id.to_string()),
                ("sector", "handicraft"),
            ],
        )
        .await;
    assert!(
        location(&saved).ends_with("?saved=1"),
        "{}",
        location(&saved)
    );
    eventually("the new sector is searchable", || async {
        crate::search::search_page(&app, "?q=argan&sector=handicraft", "fr")
            .await
            .1
            .contains(&link)
    })
    .await;
}
