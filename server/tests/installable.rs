//! Installable and cached: every page links a web manifest in its own language (Arabic right to
//! left) with the icons phones ask for and the pages' theme colour; the client's content-named
//! files are served for a year, `immutable`, brotli-compressed to browsers that accept it and
//! gzipped to the others.

use crate::helpers::*;
use reqwest::header;
use serde_json::Value;

#[tokio::test]
async fn every_page_links_a_manifest_in_its_language() {
    let app = spawn_app().await;
    for (lang, name, dir) in [
        ("ar", "تعاون — منتجات التعاونيات المغربية", "rtl"),
        ("fr", "Taawon — produits des coopératives marocaines", "ltr"),
        ("en", "Taawon — products of Moroccan cooperatives", "ltr"),
    ] {
        let page = app.text_as_in(&browser(), "/", lang).await;
        let link = format!("<link rel=\"manifest\" href=\"/manifest.webmanifest?lang={lang}\"");
        assert!(page.contains(&link), "{lang}: {link}");
        assert!(page.contains(&format!(
            "name=\"theme-color\" content=\"{}\"",
            app::THEME_COLOUR
        )));
        // Fetched as browsers fetch it: no cookie, no Accept-Language.
        let response = browser()
            .get(app.url(&format!("/manifest.webmanifest?lang={lang}")))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 200);
        assert_eq!(
            header(response.headers(), "content-type"),
            "application/manifest+json"
        );
        let manifest: Value = response.json().await.expect("JSON");
        assert_eq!(manifest["name"], name);
        assert_eq!(manifest["lang"], lang);
        assert_eq!(manifest["dir"], dir);
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["start_url"], "/");
        assert_eq!(manifest["theme_color"], app::THEME_COLOUR);
        let icons = manifest["icons"].as_array().expect("icons");
        for (size, purpose) in [
            ("192x192", "any"),
            ("512x512", "any"),
            ("512x512", "maskable"),
        ] {
            assert!(
                icons.iter().any(|i| i["sizes"] == size
                    && i["purpose"] == purpose
                    && i["type"] == "image/png"),
                "{size} {purpose}"
            );
        }
    }
}

#[tokio::test]
async fn content_named_client_files_are_kept_a_year_and_sent_brotli_or_gzip() {
    let app = spawn_app().await;
    let pkg = app.dir.path().join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg");
    let name = "taawon-0123456789ab.js";
    std::fs::write(pkg.join(name), "console.log('plain');").expect("plain");
    std::fs::write(pkg.join(format!("{name}.gz")), b"gzip bytes").expect("gz");
    std::fs::write(pkg.join(format!("{name}.br")), b"brotli bytes").expect("br");
    let fetch = |accept: &'static str| {
        let url = app.url(&format!("/pkg/{name}"));
        async move {
            reqwest::Client::builder()
                .no_gzip()
                .no_brotli()
                .build()
                .expect("client")
                .get(url)
                .header(header::ACCEPT_ENCODING, accept)
                .send()
                .await
                .expect("GET")
        }
    };
    for (accept, encoding, body) in [
        ("br, gzip", "br", "brotli bytes"),
        ("gzip", "gzip", "gzip bytes"),
        ("identity", "", "console.log('plain');"),
    ] {
        let response = fetch(accept).await;
        assert_eq!(response.status(), 200, "{accept}");
        assert_eq!(
            header(response.headers(), "content-encoding"),
            encoding,
            "{accept}"
        );
        assert_eq!(
            header(response.headers(), "cache-control"),
            "public, max-age=31536000, immutable"
        );
        assert!(
            header(response.headers(), "vary")
                .to_lowercase()
                .contains("accept-encoding")
        );
        assert_eq!(response.text().await.expect("body"), body, "{accept}");
    }
}
