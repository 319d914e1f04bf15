//! The media pipeline through HTTP: logos and banners of a verified cooperative, hostile files
//! (each refused with a translated error and nothing saved), body limits, and who may upload.

use crate::{
    cooperatives::{identity_versions, prepare, setup, verified_cooperative},
    helpers::*,
};
use backend::entity::media_image;
use image::{DynamicImage, ImageFormat, Rgba, RgbaImage};
use reqwest::Client;
use sea_orm::{EntityTrait, PaginatorTrait};
use std::io::Cursor;

const UPLOAD: &str = "/api/upload/identity/image";

fn encode(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut out), format)
        .expect("encode");
    out
}

/// A two-colour logo on a transparent background: green disc, saffron band.
pub(crate) fn logo_png() -> Vec<u8> {
    let image = RgbaImage::from_fn(700, 500, |x, y| {
        let (dx, dy) = (x as i64 - 350, y as i64 - 250);
        if dx * dx + dy * dy < 150 * 150 {
            Rgba([0x1a, 0x5c, 0x3a, 255])
        } else if y > 420 {
            Rgba([0xd4, 0xa0, 0x17, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    encode(DynamicImage::ImageRgba8(image), ImageFormat::Png)
}

/// A photo-like JPEG with an EXIF segment holding a GPS position, as phones write them.
fn jpeg_with_gps() -> Vec<u8> {
    let image = RgbaImage::from_fn(1600, 900, |x, y| {
        Rgba([(x % 256) as u8, (y % 256) as u8, 120, 255])
    });
    let jpeg = encode(
        DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(image).into_rgb8()),
        ImageFormat::Jpeg,
    );
    let payload = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude 30.4202N GPSLongitude 9.5982W";
    let len = u16::try_from(payload.len() + 2).expect("short segment");
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A PNG whose header declares `width × height` 1-bit pixels, with `rows` rows of zeros written.
fn declared_png(width: u32, height: u32, write_rows: bool) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::One);
        let mut writer = encoder.write_header().expect("header");
        if write_rows {
            let row = (width as usize).div_ceil(8);
            writer
                .write_image_data(&vec![0u8; row * height as usize])
                .expect("rows");
        }
        // Without rows the writer is dropped with no image data: a header and nothing else.
        let _ = writer.finish();
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn upload(
    app: &TestApp,
    client: &Client,
    id: &str,
    slot: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    app.post_upload_as(
        client,
        UPLOAD,
        &format!("/cooperatives/{id}/identity"),
        &[("cooperative_id", id), ("slot", slot)],
        (slot, name, bytes),
    )
    .await
}

async fn image_rows(app: &TestApp) -> u64 {
    media_image::Entity::find()
        .count(&app.db)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_logo_is_resized_suggests_colours_and_shows_on_the_storefront_with_og_image() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();

    let response = upload(&app, &app.client, &id, "logo", "logo.png", logo_png()).await;
    assert_eq!(
        location(&response),
        format!("/cooperatives/{id}/identity?saved=1")
    );
    assert_eq!(identity_versions(&app).await, 1);
    assert_eq!(image_rows(&app).await, 1);

    let editor = app
        .get(&format!("/cooperatives/{id}/identity"))
        .await
        .text()
        .await
        .expect("body");
    let swatches = editor.matches("class=\"palette-swatch").count();
    assert!(swatches >= 3, "{swatches} suggested colours");
    let suggested: Vec<domain::colour::Rgb> = editor
        .split("data-colour=\"")
        .skip(1)
        .filter_map(|rest| domain::colour::Rgb::parse(rest.get(..7)?).ok())
        .collect();
    let near = |c: &domain::colour::Rgb, (r, g, b): (i32, i32, i32)| {
        (i32::from(c.r) - r).abs() + (i32::from(c.g) - g).abs() + (i32::from(c.b) - b).abs() < 60
    };
    assert!(
        suggested.iter().any(|c| near(c, (0x1a, 0x5c, 0x3a))),
        "the disc's green is suggested: {suggested:?}"
    );
    assert!(
        suggested.iter().any(|c| near(c, (0xd4, 0xa0, 0x17))),
        "the band's saffron is suggested: {suggested:?}"
    );
    assert!(editor.contains("<datalist id=\"logo-palette\""));

    let page = app
        .get(&format!("/c/{}", coop.slug))
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("class=\"storefront-logo\""), "{page}");
    let srcset_start = page.find("srcset=\"").expect("srcset") + 8;
    let srcset = &page[srcset_start..srcset_start + page[srcset_start..].find('"').expect("end")];
    let urls: Vec<&str> = srcset
        .split(", ")
        .map(|s| s.split(' ').next().expect("url"))
        .collect();
    assert_eq!(urls.len(), 3, "{srcset}");
    assert!(srcset.contains(" 320w") && srcset.contains(" 640w") && srcset.contains(" 700w"));
    assert!(
        page.contains("width=\"640\" height=\"457\""),
        "intrinsic size"
    );
    assert!(
        page.contains("property=\"og:image\" content=\"http://127.0.0.1/media/images/"),
        "absolute og:image"
    );

    for url in urls {
        let variant = app.get(url).await;
        assert_eq!(variant.status(), 200, "{url}");
        assert_eq!(
            variant.headers()["content-type"],
            "image/png",
            "transparent logos stay PNG"
        );
        assert_eq!(
            variant.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        let bytes = variant.bytes().await.expect("bytes");
        assert!(image::load_from_memory(&bytes).is_ok());
    }

    // The same file again is recognised by its hash: a new version, no second image.
    upload(&app, &app.client, &id, "logo", "again.png", logo_png()).await;
    assert_eq!(identity_versions(&app).await, 2);
    assert_eq!(image_rows(&app).await, 1);
}

/// Files under `dir`, at any depth.
fn files_under(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| match e.file_type() {
                    Ok(t) if t.is_dir() => files_under(&e.path()),
                    _ => 1,
                })
                .sum()
        })
        .unwrap_or(0)
}

#[tokio::test]
async fn media_go_to_the_object_store_media_url_names() {
    for kind in ["memory", "file"] {
        let elsewhere = tempfile::tempdir().expect("temp dir");
        let url = match kind {
            "memory" => "memory:///taawon/media".to_owned(),
            _ => format!("file://{}", elsewhere.path().display()),
        };
        let app = spawn_app_with(Spawn {
            media_url: Some(url.clone()),
            ..Spawn::default()
        })
        .await;
        let (app, admin) = prepare(app).await;
        let coop = verified_cooperative(&app, &admin).await;
        let id = coop.id.to_string();
        let response = upload(&app, &app.client, &id, "logo", "logo.png", logo_png()).await;
        assert_eq!(
            location(&response),
            format!("/cooperatives/{id}/identity?saved=1"),
            "{url}"
        );
        let page = app
            .get(&format!("/c/{}", coop.slug))
            .await
            .text()
            .await
            .expect("body");
        let start = page.find("srcset=\"").expect("srcset") + 8;
        let srcset = &page[start..start + page[start..].find('"').expect("end")];
        for variant in srcset
            .split(", ")
            .map(|s| s.split(' ').next().expect("url"))
        {
            let answer = app.get(variant).await;
            assert_eq!(answer.status(), 200, "{url}: {variant}");
            let bytes = answer.bytes().await.expect("bytes");
            assert!(image::load_from_memory(&bytes).is_ok(), "{url}: {variant}");
        }
        assert_eq!(
            files_under(&app.dir.path().join("media")),
            0,
            "{url}: nothing in the default folder"
        );
        if kind == "file" {
            assert_eq!(
                files_under(&elsewhere.path().join("images")),
                3,
                "the three sizes are in {url}"
            );
        }
    }
}

#[tokio::test]
async fn a_banner_is_re_encoded_without_its_exif_and_gps() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    let original = jpeg_with_gps();
    assert!(contains(&original, b"GPSLatitude"));

    let response = upload(&app, &app.client, &id, "banner", "IMG_2041.JPG", original).await;
    assert!(
        location(&response).ends_with("saved=1"),
        "{}",
        location(&response)
    );
    let page = app
        .get(&format!("/c/{}", coop.slug))
        .await
        .text()
        .await
        .expect("body");
    assert!(page.contains("class=\"storefront-banner\""));
    let row = media_image::Entity::find()
        .one(&app.db)
        .await
        .expect("query")
        .expect("an image");
    assert_eq!(row.format, "jpg");
    assert_eq!(
        row.variants, "320x180,640x360,1280x720",
        "never wider than 1280"
    );
    for width in [320, 640, 1280] {
        let url = format!("/media/images/{}/{}/{width}.jpg", &row.hash[..2], row.hash);
        let bytes = app.get(&url).await.bytes().await.expect("bytes");
        assert!(bytes.starts_with(&[0xFF, 0xD8, 0xFF]), "{url} is a JPEG");
        assert!(
            !contains(&bytes, b"Exif") && !contains(&bytes, b"GPSLatitude"),
            "{url} still carries EXIF"
        );
    }
}

#[tokio::test]
async fn webp_is_accepted() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    let webp = encode(
        DynamicImage::ImageRgba8(RgbaImage::from_pixel(400, 400, Rgba([200, 40, 40, 255]))),
        ImageFormat::WebP,
    );
    let response = upload(&app, &app.client, &id, "logo", "logo.webp", webp).await;
    assert!(location(&response).ends_with("saved=1"));
    assert_eq!(image_rows(&app).await, 1);
}

#[tokio::test]
async fn hostile_files_are_refused_with_a_translated_error_and_nothing_is_saved() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    let good_jpeg = encode(
        DynamicImage::ImageRgba8(RgbaImage::from_pixel(300, 300, Rgba([10, 90, 50, 255])))
            .into_rgb8()
            .into(),
        ImageFormat::Jpeg,
    );
    let bomb = declared_png(7000, 7000, true);
    assert!(
        bomb.len() < 100_000,
        "a bomb is small: {} bytes",
        bomb.len()
    );

    let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
        (
            "truncated JPEG",
            "photo.jpg",
            good_jpeg[..good_jpeg.len() / 3].to_vec(),
            "هذه الصورة ناقصة أو تالفة",
        ),
        (
            "PNG declaring 100,000 × 100,000 pixels",
            "huge.png",
            declared_png(100_000, 100_000, false),
            "هذه الصورة كبيرة جدًا",
        ),
        (
            "decompression bomb (49 MP in a few KB)",
            "bomb.png",
            bomb,
            "هذه الصورة كبيرة جدًا",
        ),
        (
            "HTML named .jpg",
            "photo.jpg",
            b"<html><script>alert(document.cookie)</script></html>".to_vec(),
            "هذا الملف غير مقبول",
        ),
        ("zero-byte file", "empty.png", Vec::new(), "هذا الملف فارغ"),
        (
            "PDF as a logo",
            "logo.pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec(),
            "هذا الملف غير مقبول",
        ),
        (
            "GIF",
            "anim.gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(),
            "هذا الملف غير مقبول",
        ),
    ];
    for (what, name, bytes, message) in cases {
        let response = upload(&app, &app.client, &id, "logo", name, bytes).await;
        let to = location(&response);
        assert!(to.contains("__err="), "{what}: {to}");
        let (status, page) = app.follow(response).await;
        assert_eq!(status, 200, "{what}");
        assert!(page.contains(message), "{what}: expected {message}");
        assert!(
            page.contains("field-invalid"),
            "{what}: the field is marked"
        );
    }
    assert_eq!(identity_versions(&app).await, 0, "no version was saved");
    assert_eq!(image_rows(&app).await, 0, "no image was recorded");
    // The server is still up and well.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn upload_bodies_are_limited_and_must_be_multipart() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();

    // Declared too large (Content-Length): refused before the body is read. The server may close
    // the connection while the client is still sending, which is also a refusal.
    let mut big = vec![0xFF, 0xD8, 0xFF, 0xE0];
    big.resize(12 * 1024 * 1024, 0);
    let form = reqwest::multipart::Form::new()
        .text("cooperative_id", id.clone())
        .text("slot", "logo")
        .part(
            "logo",
            reqwest::multipart::Part::bytes(big).file_name("big.jpg"),
        );
    let sent = app
        .client
        .post(app.url(UPLOAD))
        .header("accept", "text/html")
        .header("origin", &app.address)
        .header("referer", app.url(&format!("/cooperatives/{id}/identity")))
        .multipart(form)
        .send()
        .await;
    if let Ok(response) = sent {
        assert!(
            location(&response).contains("__err="),
            "{}",
            response.status()
        );
        let (_, page) = app.follow(response).await;
        assert!(page.contains("ما أرسلته كبير جدًا"), "explained in Arabic");
    }

    // Streamed without a length: a file one byte over 10 MiB is refused as too large, naming
    // the field; a body far over the route's limit is cut off and refused.
    for (size, message) in [
        (10 * 1024 * 1024 + 1, "يتجاوز هذا الملف 10 ميغابايت"),
        (40 * 1024 * 1024, "يتجاوز هذا الملف 10 ميغابايت"),
    ] {
        let mut first = vec![0xFF, 0xD8, 0xFF, 0xE0];
        first.resize(64 * 1024, 0);
        let mut chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![Ok(first)];
        let mut sent = 64 * 1024;
        while sent < size {
            let n = (size - sent).min(64 * 1024);
            chunks.push(Ok(vec![0; n]));
            sent += n;
        }
        let stream = reqwest::Body::wrap_stream(futures::stream::iter(chunks));
        let form = reqwest::multipart::Form::new()
            .text("cooperative_id", id.clone())
            .text("slot", "logo")
            .part(
                "logo",
                reqwest::multipart::Part::stream(stream).file_name("big.jpg"),
            );
        let response = app
            .client
            .post(app.url(UPLOAD))
            .header("accept", "text/html")
            .header("origin", &app.address)
            .header("referer", app.url(&format!("/cooperatives/{id}/identity")))
            .multipart(form)
            .send()
            .await
            .expect("a streamed upload gets an answer");
        assert!(
            location(&response).contains("__err="),
            "{size}: {}",
            response.status()
        );
        let (_, page) = app.follow(response).await;
        assert!(page.contains(message), "{size}: explained in Arabic");
    }

    // A URL-encoded post to an upload route is a bad request, not a crash.
    let response = app
        .post_form(
            UPLOAD,
            &format!("/cooperatives/{id}/identity"),
            &[("cooperative_id", &id)],
        )
        .await;
    assert!(
        location(&response).contains("__err="),
        "{}",
        response.status()
    );
    let response = app
        .client
        .post(app.url(UPLOAD))
        .header("origin", &app.address)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), 400);
    assert_eq!(identity_versions(&app).await, 0);
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn only_the_cooperatives_members_upload_its_images() {
    let (app, admin) = setup().await;
    let coop = verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();

    let anonymous = browser();
    let stranger = browser();
    app.post_form_as(
        &stranger,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Other"),
            ("email", "other@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    let error_code = |response: &reqwest::Response| {
        use base64::Engine;
        let to = location(response);
        let err = to
            .split("__err=")
            .nth(1)
            .unwrap_or_default()
            .replace("%3D", "=");
        let json = base64::engine::general_purpose::URL_SAFE
            .decode(&err)
            .or_else(|_| base64::engine::general_purpose::STANDARD.decode(&err))
            .unwrap_or_default();
        String::from_utf8_lossy(&json).into_owned()
    };
    for (who, client, code) in [
        ("anonymous", &anonymous, "unauthorized"),
        ("another user", &stranger, "not_found"),
        ("admin (not a member)", &admin, "not_found"),
    ] {
        let response = upload(&app, client, &id, "logo", "logo.png", logo_png()).await;
        let error = error_code(&response);
        assert!(
            error.contains(&format!("\"code\":\"{code}\"")),
            "{who}: {error} from {}",
            location(&response)
        );
    }
    assert_eq!(identity_versions(&app).await, 0);
    assert_eq!(image_rows(&app).await, 0, "refused before any processing");

    // Private paths are never served as media.
    assert_eq!(
        app.get("/media/private/certificates/x.pdf").await.status(),
        404
    );
    assert_eq!(
        app.get("/media/images/../private/x.jpg").await.status(),
        404
    );
}

#[tokio::test]
async fn the_certificate_is_required_checked_and_downloadable_by_members_and_admins_only() {
    use crate::cooperatives::{
        CERTIFICATE, REGISTER_URL as REGISTER, register_as, the_cooperative, tifawt,
    };
    let (app, admin) = setup().await;
    app.sign_up("Fatima", "fatima@example.ma", GOOD_PASSWORD)
        .await;

    // No file, then a fake one: refused with the field named, nothing written.
    let without = app
        .post_form(REGISTER, "/cooperatives/new", &tifawt(&[]))
        .await;
    assert!(location(&without).contains("__err="));
    let form = reqwest::multipart::Form::new().text("register_number", "2015/4521");
    let form = tifawt(&[])
        .into_iter()
        .skip(1)
        .fold(form, |f, (k, v)| f.text(k, v));
    let (_, page) = app
        .follow(
            app.client
                .post(app.url(REGISTER))
                .header("accept", "text/html")
                .header("origin", &app.address)
                .header("referer", app.url("/cooperatives/new"))
                .multipart(form)
                .send()
                .await
                .expect("post"),
        )
        .await;
    assert!(
        page.contains("هذا الملف فارغ أو غير موجود"),
        "certificate required"
    );
    assert!(
        page.contains(r#"value="2015/4521""#),
        "the form keeps what was typed"
    );
    let fake = app
        .post_upload_as(
            &app.client,
            REGISTER,
            "/cooperatives/new",
            &tifawt(&[]),
            (
                "certificate",
                "certificate.pdf",
                b"<html>not a pdf</html>".to_vec(),
            ),
        )
        .await;
    let (_, page) = app.follow(fake).await;
    assert!(page.contains("هذا الملف غير مقبول"));
    assert_eq!(
        crate::cooperatives::count_cooperatives(&app).await,
        0,
        "nothing is half-saved"
    );

    let done = register_as(&app, &app.client, &tifawt(&[])).await;
    assert_eq!(location(&done), "/cooperatives/mine?submitted=1");
    let coop = the_cooperative(&app).await;
    assert_eq!(coop.certificate_type.as_deref(), Some("application/pdf"));
    let url = format!("/cooperatives/{}/certificate", coop.id);

    let mine = app
        .get("/cooperatives/mine")
        .await
        .text()
        .await
        .expect("body");
    assert!(mine.contains(&url), "the owner sees the download link");
    let queue = app
        .get_as(&admin, "/admin/cooperatives")
        .await
        .text()
        .await
        .expect("body");
    assert!(
        queue.contains(&url),
        "the admin queue links the certificate"
    );

    for (who, client) in [("owner", &app.client), ("admin", &admin)] {
        let response = app.get_as(client, &url).await;
        assert_eq!(response.status(), 200, "{who}");
        assert_eq!(response.headers()["content-type"], "application/pdf");
        assert!(
            response.headers()["content-disposition"]
                .to_str()
                .expect("ascii")
                .starts_with("attachment"),
            "{who}"
        );
        assert_eq!(response.headers()["cache-control"], "private, no-store");
        assert!(
            response.headers()["content-security-policy"]
                .to_str()
                .expect("ascii")
                .starts_with("sandbox"),
            "{who}"
        );
        assert_eq!(&response.bytes().await.expect("bytes")[..], CERTIFICATE);
    }

    let stranger = browser();
    app.post_form_as(
        &stranger,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Other"),
            ("email", "other@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    assert_eq!(app.get_as(&stranger, &url).await.status(), 404, "stranger");
    assert_eq!(
        app.get_as(&browser(), &url).await.status(),
        401,
        "anonymous"
    );
    let key = coop.certificate_key.expect("stored");
    assert!(key.starts_with("private/"), "{key}");
    assert_eq!(app.get(&format!("/media/{key}")).await.status(), 404);
}
