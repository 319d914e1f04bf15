//! The production settings against real or faithful peers on loopback: media in a real
//! S3-compatible server (moto), mail through an SMTP server that speaks TLS (STARTTLS and
//! implicit TLS, with a test authority), Stripe's API through an HTTP double that checks the
//! form fields Stripe documents and answers with bodies shaped like Stripe's, a card order
//! through the real adapter from checkout to the cooperative's inbox, and the real `taawon`
//! binary started with every production setting at once.

use crate::{
    cooperatives::prepare,
    helpers::*,
    media::logo_png,
    orders::{add, address, place},
    peers::{self, Peer, S3_KEY},
    products::published_product,
};
use backend::{
    entity::{media_image, order},
    mail::{Mail, enqueue},
    media::MediaStore,
    payments::{
        CardGateway, CheckoutLine, CheckoutRequest, CheckoutStatus, RefundAnswer, RefundRequest,
    },
};
use object_store::{ObjectStore, ObjectStoreExt, aws::AmazonS3Builder, path::Path as StorePath};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::stripe::{StripeGateway, samples};
use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::{Arc, Mutex},
    time::Duration,
};
use uuid::Uuid;
use wiremock::{
    Mock, MockServer, Request, Respond, ResponseTemplate,
    matchers::{method, path, path_regex},
};

const BUCKET: &str = "taawon-media";
const WEBHOOK_SECRET: &str = "whsec_taawon_production";

// ---------------------------------------------------------------------------------------------
// S3

/// The `aws_*` options that reach the S3 peer (as the `AWS_*` variables do in production).
fn s3_options(peer: &Peer) -> Vec<(String, String)> {
    [
        ("aws_endpoint", peer.get("endpoint")),
        ("aws_access_key_id", S3_KEY.0.to_owned()),
        ("aws_secret_access_key", S3_KEY.1.to_owned()),
        ("aws_region", "us-east-1".to_owned()),
        ("aws_allow_http", "true".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

/// The site's media store in the S3 peer's bucket, under `site/`. The process's TLS provider is
/// installed first, as the binary does at start: the S3 client is built with none of its own.
fn s3_media(peer: &Peer) -> MediaStore {
    server::tls::install_crypto_provider();
    MediaStore::from_url(&format!("s3://{BUCKET}/site"), s3_options(peer)).expect("S3 store")
}

/// The bucket as the test sees it, with the same credentials, to look behind the site's back.
fn bucket(peer: &Peer) -> impl ObjectStore {
    server::tls::install_crypto_provider();
    AmazonS3Builder::new()
        .with_endpoint(peer.get("endpoint"))
        .with_bucket_name(BUCKET)
        .with_access_key_id(S3_KEY.0)
        .with_secret_access_key(S3_KEY.1)
        .with_region("us-east-1")
        .with_allow_http(true)
        .build()
        .expect("bucket")
}

async fn keys_in(store: &impl ObjectStore, prefix: &str) -> Vec<String> {
    use futures::TryStreamExt;
    let mut keys: Vec<String> = store
        .list(Some(&StorePath::from(prefix)))
        .map_ok(|meta| meta.location.to_string())
        .try_collect()
        .await
        .expect("list");
    keys.sort();
    keys
}

/// The image URLs of the first `srcset` of a page.
fn srcset_urls(html: &str) -> Vec<String> {
    let start = html.find("srcset=\"").expect("a srcset") + 8;
    let srcset = &html[start..start + html[start..].find('"').expect("end")];
    srcset
        .split(", ")
        .map(|s| s.split(' ').next().expect("url").to_owned())
        .collect()
}

#[tokio::test]
async fn logos_and_product_photos_go_to_a_real_s3_server_and_come_back() {
    let Some(s3) = peers::s3("S3 media", BUCKET).await else {
        return;
    };
    let store = s3_media(&s3);
    assert!(
        store
            .describe()
            .starts_with("s3://taawon-media/site at http://127.0.0.1:")
    );
    let app = spawn_app_with(Spawn {
        media: Some(store),
        ..Spawn::default()
    })
    .await;
    let (app, admin) = prepare(app).await;
    // The product's photo is uploaded through HTTP on the way to publishing it.
    let (coop, product) = published_product(&app, &admin).await;
    let id = coop.id.to_string();
    let uploaded = app
        .post_upload_as(
            &app.client,
            "/api/upload/identity/image",
            &format!("/cooperatives/{id}/identity"),
            &[("cooperative_id", &id), ("slot", "logo")],
            ("logo", "logo.png", logo_png()),
        )
        .await;
    assert_eq!(
        location(&uploaded),
        format!("/cooperatives/{id}/identity?saved=1")
    );

    // Both read back through /media/…, as stored in the bucket.
    let mut served = Vec::new();
    for page in [format!("/c/{}", coop.slug), format!("/p/{}", product.slug)] {
        let html = app.get(&page).await.text().await.expect("body");
        let urls = srcset_urls(&html);
        assert!(!urls.is_empty(), "{page}");
        for url in urls {
            let answer = app.get(&url).await;
            assert_eq!(answer.status(), 200, "{url}");
            assert_eq!(
                header(answer.headers(), "cache-control"),
                "public, max-age=31536000, immutable"
            );
            let bytes = answer.bytes().await.expect("bytes");
            assert!(image::load_from_memory(&bytes).is_ok(), "{url}");
            served.push(url);
        }
    }
    let bucket = bucket(&s3);
    let stored = keys_in(&bucket, "site").await;
    assert!(
        stored.iter().any(|k| k.starts_with("site/private/")),
        "the register certificate is kept privately in the bucket too: {stored:?}"
    );
    for url in &served {
        let key = format!("site/{}", url.trim_start_matches("/media/"));
        assert!(stored.contains(&key), "{key} is in the bucket: {stored:?}");
    }
    assert_eq!(
        std::fs::read_dir(app.dir.path().join("media")).map_or(0, |d| d.count()),
        0,
        "nothing in the default media folder"
    );

    // Deleted from the bucket, they are gone from the site too: nothing is kept aside.
    for key in &stored {
        bucket
            .delete(&StorePath::from(key.as_str()))
            .await
            .expect("delete");
    }
    assert!(keys_in(&bucket, "site").await.is_empty());
    for url in &served {
        assert_eq!(app.get(url).await.status(), 404, "{url}");
    }
}

#[tokio::test]
async fn an_s3_server_out_of_reach_refuses_uploads_with_a_translated_error_and_writes_nothing() {
    let Some(s3) = peers::s3("S3 out of reach", BUCKET).await else {
        return;
    };
    let store = s3_media(&s3);
    let app = spawn_app_with(Spawn {
        media: Some(store),
        ..Spawn::default()
    })
    .await;
    let (app, admin) = prepare(app).await;
    let coop = crate::cooperatives::verified_cooperative(&app, &admin).await;
    let id = coop.id.to_string();
    let images_before = media_image::Entity::find()
        .count(&app.db)
        .await
        .expect("count");
    drop(s3); // The server stops: its port answers nothing now.
    let started = std::time::Instant::now();
    let refused = app
        .client
        .post(app.url("/api/upload/identity/image"))
        .header("accept", "text/html")
        .header("accept-language", "fr")
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .header("referer", app.url(&format!("/cooperatives/{id}/identity")))
        .multipart(
            reqwest::multipart::Form::new()
                .text("cooperative_id", id.clone())
                .text("slot", "logo")
                .part(
                    "logo",
                    reqwest::multipart::Part::bytes(logo_png()).file_name("logo.png"),
                ),
        )
        .send()
        .await
        .expect("POST");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "the upload is answered within the store's time limits"
    );
    assert_eq!(error_code(&refused), "media_unavailable");
    let page = app
        .get_in(&location(&refused), "fr")
        .await
        .text()
        .await
        .expect("the form again");
    assert!(
        page.contains("ne peuvent pas être enregistrés ou affichés pour le moment"),
        "the error is shown in French: {}",
        &page[page.find("alert").unwrap_or(0)..][..400.min(page.len())]
    );
    assert_eq!(
        media_image::Entity::find()
            .count(&app.db)
            .await
            .expect("count"),
        images_before,
        "no image recorded"
    );
    let identity = app
        .get(&format!("/c/{}", coop.slug))
        .await
        .text()
        .await
        .expect("storefront");
    assert!(
        !identity.contains("srcset=\"/media/"),
        "no logo on the storefront"
    );
    // Reading an image the store cannot give is a passing outage too, never a 500.
    let answer = app
        .get("/media/images/ab/abababababababababababababababababababababababababababababababab/320.png")
        .await;
    assert_eq!(answer.status(), 503);
    assert_eq!(header(answer.headers(), "retry-after"), "30");
}

// ---------------------------------------------------------------------------------------------
// SMTP over TLS

fn queued(to: &str, subject: &str, body: &str, language: &str) -> Mail {
    Mail {
        to: to.into(),
        subject: subject.into(),
        body: body.into(),
        language: Some(language.into()),
    }
}

#[tokio::test]
async fn mail_goes_through_an_smtp_server_over_tls_once_in_the_readers_language() {
    let Some(smtp) = peers::smtp("SMTP over TLS").await else {
        return;
    };
    for (url, mode) in [
        (
            format!("smtps://127.0.0.1:{}", smtp.get("tls_port")),
            "implicit TLS",
        ),
        (
            format!(
                "smtp://127.0.0.1:{}?tls=required",
                smtp.get("starttls_port")
            ),
            "STARTTLS",
        ),
    ] {
        let before = peers::received(&smtp).len();
        let app = spawn_app_with(Spawn {
            smtp_url: Some(url.clone()),
            smtp_ca_file: Some(smtp.get("ca_file").into()),
            ..Spawn::default()
        })
        .await;
        for mail in [
            queued(
                "salma@example.ma",
                "طلبك TA-2026-0001",
                "شكرا على طلبك من تعاونية تيفاوت.",
                "ar",
            ),
            queued(
                "refuse@example.ma",
                "Votre commande TA-2026-0002",
                "Merci pour votre commande.",
                "fr",
            ),
        ] {
            enqueue(&app.db, &mail).await.expect("queued");
        }
        let rows = outbox_tried(&app).await;
        // Another pass or two of the job: what was sent is not sent again.
        tokio::time::sleep(Duration::from_secs(3)).await;
        let received = peers::received(&smtp);
        assert_eq!(
            received.len(),
            before + 1,
            "{mode}: one message arrived, once"
        );
        let message = &received[before];
        assert_eq!(message["tls"], true, "{mode}");
        assert_eq!(message["envelope_to"][0], "salma@example.ma");
        assert_eq!(message["subject"], "طلبك TA-2026-0001", "{mode}");
        assert_eq!(message["content_language"], "ar", "{mode}");
        assert_eq!(message["content_type"], "text/plain");
        assert_eq!(
            message["body"].as_str().expect("body").trim_end(),
            "شكرا على طلبك من تعاونية تيفاوت."
        );
        assert_eq!(message["from"], "Taawon <no-reply@taawon.test>");
        let refused: Vec<_> = rows.iter().filter(|r| r.processed_at.is_none()).collect();
        assert_eq!(refused.len(), 1, "{mode}: the refused message stays queued");
        assert!(refused[0].payload.contains("refuse@example.ma"));
        assert!(
            refused[0]
                .last_error
                .as_deref()
                .unwrap_or_default()
                .contains("550"),
            "{:?}",
            refused[0].last_error
        );
    }
}

#[tokio::test]
async fn an_smtp_server_whose_certificate_is_not_trusted_gets_nothing_and_the_mail_waits() {
    let Some(smtp) = peers::smtp("SMTP with an untrusted certificate").await else {
        return;
    };
    // Without SMTP_CA_FILE, the test authority is unknown: the certificate is refused.
    let app = spawn_app_with(Spawn {
        smtp_url: Some(format!("smtps://127.0.0.1:{}", smtp.get("tls_port"))),
        ..Spawn::default()
    })
    .await;
    enqueue(
        &app.db,
        &queued("salma@example.ma", "Votre commande", "Merci.", "fr"),
    )
    .await
    .expect("queued");
    let rows = outbox_tried(&app).await;
    assert_eq!(rows.len(), 1);
    assert!(rows[0].processed_at.is_none(), "still queued");
    let error = rows[0].last_error.clone().unwrap_or_default();
    assert!(
        error.to_ascii_lowercase().contains("certificate"),
        "the log says why: {error}"
    );
    assert!(
        peers::received(&smtp).is_empty(),
        "nothing was sent in clear"
    );
}

// ---------------------------------------------------------------------------------------------
// Stripe's API, as a double that checks what Stripe documents

/// A Stripe double: creates Checkout Sessions from the form the adapter posts (answering with
/// Stripe's documented object) and answers reads of them with the status the test sets; creates
/// Refunds of a paid session's payment intent, checking the parameters Stripe documents, never
/// more than is left of the charge, and the same refund for the same idempotency key.
#[derive(Clone, Default)]
struct StripeDouble {
    sessions: Arc<Mutex<HashMap<String, serde_json::Value>>>,
    /// Refunds by idempotency key.
    refunds: Arc<Mutex<HashMap<String, serde_json::Value>>>,
}

/// The parameters Stripe documents for `POST /v1/refunds` (metadata's keys are free).
const REFUND_PARAMETERS: [&str; 10] = [
    "amount",
    "charge",
    "currency",
    "customer",
    "instructions_email",
    "origin",
    "payment_intent",
    "reason",
    "refund_application_fee",
    "reverse_transfer",
];

impl StripeDouble {
    async fn start() -> (MockServer, Self) {
        let server = MockServer::start().await;
        let double = Self::default();
        Mock::given(method("POST"))
            .and(path("/v1/checkout/sessions"))
            .respond_with(double.clone())
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path_regex(r"^/v1/checkout/sessions/[A-Za-z0-9_]+$"))
            .respond_with(double.clone())
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/v1/refunds"))
            .respond_with(double.clone())
            .mount(&server)
            .await;
        (server, double)
    }

    fn set(&self, id: &str, status: &str, payment_status: &str) {
        let mut sessions = self.sessions.lock().expect("lock");
        let session = sessions.get_mut(id).expect("a session the double created");
        session["status"] = status.into();
        session["payment_status"] = payment_status.into();
        session["payment_intent"] = if payment_status == "paid" {
            format!("pi_{id}").into()
        } else {
            serde_json::Value::Null
        };
    }
}

fn form(request: &Request) -> BTreeMap<String, String> {
    form_urlencoded::parse(&request.body).into_owned().collect()
}

fn stripe_error(status: u16, message: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(serde_json::json!({
        "error": { "type": "invalid_request_error", "message": message }
    }))
}

impl Respond for StripeDouble {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let authorised = request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("Bearer sk_test_"));
        if !authorised {
            return stripe_error(401, "Invalid API Key provided");
        }
        let mut sessions = self.sessions.lock().expect("lock");
        if request.url.path() == "/v1/refunds" {
            return self.refund(request, &sessions);
        }
        if request.method.as_str() == "GET" {
            let id = request.url.path().rsplit('/').next().unwrap_or_default();
            return match sessions.get(id) {
                Some(session) => ResponseTemplate::new(200).set_body_json(session),
                None => stripe_error(404, "No such checkout.session"),
            };
        }
        let fields = form(request);
        let line = |n: usize, field: &str| fields.get(&format!("line_items[{n}]{field}")).cloned();
        let mut amount_total = 0_i64;
        let mut n = 0;
        while let (Some(amount), Some(quantity)) =
            (line(n, "[price_data][unit_amount]"), line(n, "[quantity]"))
        {
            amount_total +=
                amount.parse::<i64>().unwrap_or(0) * quantity.parse::<i64>().unwrap_or(0);
            n += 1;
        }
        let id = format!("cs_test_double_{}", sessions.len() + 1);
        let mut session = samples::session(
            &id,
            fields.get("metadata[order_id]").map_or("", String::as_str),
            amount_total,
            "open",
            "unpaid",
        );
        session["url"] = format!("https://checkout.stripe.com/c/pay/{id}").into();
        session["success_url"] = fields.get("success_url").cloned().into();
        session["cancel_url"] = fields.get("cancel_url").cloned().into();
        session["customer_email"] = fields.get("customer_email").cloned().into();
        session["locale"] = fields.get("locale").cloned().into();
        if let Some(at) = fields.get("expires_at").and_then(|a| a.parse::<i64>().ok()) {
            session["expires_at"] = at.into();
        }
        session["metadata"] = serde_json::json!({
            "order_id": fields.get("metadata[order_id]"),
            "order_number": fields.get("metadata[order_number]"),
        });
        sessions.insert(id, session.clone());
        ResponseTemplate::new(200).set_body_json(session)
    }
}

impl StripeDouble {
    /// `POST /v1/refunds`, as Stripe documents it.
    fn refund(
        &self,
        request: &Request,
        sessions: &HashMap<String, serde_json::Value>,
    ) -> ResponseTemplate {
        let Some(key) = request
            .headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok())
        else {
            return stripe_error(400, "an idempotency key is expected on every refund");
        };
        let mut refunds = self.refunds.lock().expect("lock");
        if let Some(done) = refunds.get(key) {
            return ResponseTemplate::new(200).set_body_json(done);
        }
        let fields = form(request);
        if let Some(unknown) = fields
            .keys()
            .find(|k| !k.starts_with("metadata[") && !REFUND_PARAMETERS.contains(&k.as_str()))
        {
            return stripe_error(400, &format!("Received unknown parameter: {unknown}"));
        }
        if let Some(reason) = fields.get("reason")
            && !["duplicate", "fraudulent", "requested_by_customer"].contains(&reason.as_str())
        {
            return stripe_error(400, "Invalid reason");
        }
        let Some(intent) = fields.get("payment_intent") else {
            return stripe_error(400, "One of charge or payment_intent is required");
        };
        let Some(session) = sessions
            .values()
            .find(|s| s["payment_intent"].as_str() == Some(intent.as_str()))
        else {
            return stripe_error(404, &format!("No such payment_intent: '{intent}'"));
        };
        let charged = session["amount_total"].as_i64().unwrap_or(0);
        let refunded: i64 = refunds
            .values()
            .filter(|r| r["payment_intent"].as_str() == Some(intent.as_str()))
            .map(|r| r["amount"].as_i64().unwrap_or(0))
            .sum();
        let amount = match fields.get("amount").map(|a| a.parse::<i64>()) {
            None => charged - refunded,
            Some(Ok(a)) if a > 0 => a,
            Some(_) => return stripe_error(400, "Invalid positive integer"),
        };
        if amount > charged - refunded {
            return stripe_error(
                400,
                &format!("Refund amount ({amount}) is greater than unrefunded amount on charge"),
            );
        }
        let metadata: serde_json::Map<String, serde_json::Value> = fields
            .iter()
            .filter_map(|(k, v)| {
                let name = k.strip_prefix("metadata[")?.strip_suffix(']')?;
                Some((name.to_owned(), v.clone().into()))
            })
            .collect();
        let refund = serde_json::json!({
            "id": format!("re_double_{}", refunds.len() + 1),
            "object": "refund",
            "amount": amount,
            "balance_transaction": null,
            "charge": format!("ch_{intent}"),
            "created": 1_764_633_600,
            "currency": session["currency"],
            "destination_details": null,
            "metadata": metadata,
            "payment_intent": intent,
            "reason": fields.get("reason"),
            "receipt_number": null,
            "source_transfer_reversal": null,
            "status": "succeeded",
            "transfer_reversal": null
        });
        refunds.insert(key.to_owned(), refund.clone());
        ResponseTemplate::new(200).set_body_json(refund)
    }
}

fn checkout_request(key: &str) -> CheckoutRequest {
    CheckoutRequest {
        order_id: Uuid::now_v7(),
        order_number: "TA-2026-0042".into(),
        idempotency_key: key.into(),
        currency: "MAD".into(),
        lines: vec![
            CheckoutLine {
                name: "Huile d’argan alimentaire".into(),
                unit_amount: 12_000,
                quantity: 2,
            },
            CheckoutLine {
                name: "Livraison".into(),
                unit_amount: 3_000,
                quantity: 1,
            },
        ],
        customer_email: Some("salma@example.ma".into()),
        success_url: "https://taawon.test/orders/TA-2026-0042?key=k&paid=1".into(),
        cancel_url: "https://taawon.test/orders/TA-2026-0042?key=k".into(),
        expires_at: chrono::Utc::now().timestamp() + 3_600,
        locale: "fr",
    }
}

#[tokio::test]
async fn the_stripe_adapter_sends_the_fields_stripe_documents_and_reads_its_answers() {
    let (server, double) = StripeDouble::start().await;
    let gateway = StripeGateway::new("sk_test_taawon", Some(&server.uri())).expect("client");
    let request = checkout_request("taawon-order-0042");
    let hosted = gateway
        .open_checkout(&request)
        .await
        .expect("session created");
    assert_eq!(hosted.session_id, "cs_test_double_1");
    assert_eq!(
        hosted.url,
        "https://checkout.stripe.com/c/pay/cs_test_double_1"
    );

    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);
    let create = &requests[0];
    let headers = |name: &str| {
        create
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(headers("authorization"), "Bearer sk_test_taawon");
    assert_eq!(headers("idempotency-key"), "taawon-order-0042");
    assert!(
        headers("content-type").starts_with("application/x-www-form-urlencoded"),
        "{}",
        headers("content-type")
    );
    assert!(
        !headers("stripe-version").is_empty(),
        "an API version is pinned"
    );
    let fields = form(create);
    let order_id = request.order_id.to_string();
    let expected: BTreeMap<String, String> = [
        ("mode", "payment"),
        ("client_reference_id", order_id.as_str()),
        ("customer_email", "salma@example.ma"),
        ("success_url", request.success_url.as_str()),
        ("cancel_url", request.cancel_url.as_str()),
        ("expires_at", &request.expires_at.to_string()),
        ("locale", "fr"),
        ("metadata[order_id]", order_id.as_str()),
        ("metadata[order_number]", "TA-2026-0042"),
        ("payment_intent_data[metadata][order_id]", order_id.as_str()),
        (
            "payment_intent_data[metadata][order_number]",
            "TA-2026-0042",
        ),
        ("line_items[0][price_data][currency]", "mad"),
        (
            "line_items[0][price_data][product_data][name]",
            "Huile d’argan alimentaire",
        ),
        ("line_items[0][price_data][unit_amount]", "12000"),
        ("line_items[0][quantity]", "2"),
        ("line_items[1][price_data][currency]", "mad"),
        ("line_items[1][price_data][product_data][name]", "Livraison"),
        ("line_items[1][price_data][unit_amount]", "3000"),
        ("line_items[1][quantity]", "1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    // Exactly these: Stripe refuses a parameter it does not know.
    assert_eq!(
        fields.keys().collect::<BTreeSet<_>>(),
        expected.keys().collect::<BTreeSet<_>>()
    );
    assert_eq!(fields, expected);

    // Reading it back: each status Stripe documents, decoded.
    for (status, payment_status, expected) in [
        ("open", "unpaid", CheckoutStatus::Open),
        (
            "complete",
            "paid",
            CheckoutStatus::Paid {
                amount_total: Some(27_000),
                payment_intent: Some("pi_cs_test_double_1".into()),
            },
        ),
        ("complete", "unpaid", CheckoutStatus::AwaitingAsyncPayment),
        ("expired", "unpaid", CheckoutStatus::Expired),
    ] {
        double.set(&hosted.session_id, status, payment_status);
        let read = gateway.checkout_status(&hosted.session_id).await;
        assert_eq!(read.expect("read"), expected, "{status}/{payment_status}");
    }
    let reads = server.received_requests().await.expect("recorded");
    assert!(reads[1..].iter().all(|r| r.method.as_str() == "GET"
        && r.url.path() == "/v1/checkout/sessions/cs_test_double_1"
        && r.body.is_empty()));

    // Stripe's errors are errors, with no key or body in them.
    let unknown = gateway.checkout_status("cs_test_unknown").await;
    let error = unknown.expect_err("an unknown session is an error");
    assert!(!error.0.contains("sk_test"), "{}", error.0);
    let wrong_key = StripeGateway::new("sk_live_taawon", Some(&server.uri())).expect("client");
    assert!(wrong_key.open_checkout(&request).await.is_err());
}

#[tokio::test]
async fn the_stripe_adapter_refunds_a_part_once_by_the_fields_stripe_documents() {
    let (server, double) = StripeDouble::start().await;
    let gateway = StripeGateway::new("sk_test_taawon", Some(&server.uri())).expect("client");
    let request = checkout_request("taawon-order-0043");
    let hosted = gateway.open_checkout(&request).await.expect("session");
    double.set(&hosted.session_id, "complete", "paid");
    let part = Uuid::now_v7();
    let refund = RefundRequest {
        order_id: request.order_id,
        shipment_id: Some(part),
        session_id: hosted.session_id.clone(),
        // Not known yet: the adapter asks Stripe for the session's payment.
        payment_intent: None,
        amount: 15_000,
        currency: "MAD".into(),
        idempotency_key: format!("taawon-refund-{part}"),
    };
    let answer = gateway.refund(&refund).await.expect("answered");
    assert_eq!(
        answer,
        RefundAnswer::Accepted {
            refund_id: "re_double_1".into()
        }
    );
    let sent = server.received_requests().await.expect("recorded");
    let post = sent
        .iter()
        .find(|r| r.url.path() == "/v1/refunds")
        .expect("a refund was posted");
    assert_eq!(
        post.headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok()),
        Some(refund.idempotency_key.as_str())
    );
    let order_id = request.order_id.to_string();
    let part_id = part.to_string();
    let expected: BTreeMap<String, String> = [
        ("payment_intent", "pi_cs_test_double_1"),
        ("amount", "15000"),
        ("reason", "requested_by_customer"),
        ("metadata[order_id]", order_id.as_str()),
        ("metadata[shipment_id]", part_id.as_str()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(form(post), expected);

    // Sent again (a retry after a lost answer): the same refund, nothing more refunded.
    let again = gateway
        .refund(&RefundRequest {
            payment_intent: Some("pi_cs_test_double_1".into()),
            ..refund.clone()
        })
        .await
        .expect("answered");
    assert_eq!(again, answer);
    assert_eq!(double.refunds.lock().expect("lock").len(), 1);

    // More than is left of the charge (27,000 − 15,000) is refused for good, not retried.
    let too_much = gateway
        .refund(&RefundRequest {
            amount: 12_001,
            idempotency_key: "taawon-refund-other".into(),
            ..refund.clone()
        })
        .await
        .expect("answered");
    assert!(matches!(too_much, RefundAnswer::Refused(_)), "{too_much:?}");
    // A session that made no payment has nothing to refund.
    let unpaid = gateway
        .open_checkout(&checkout_request("taawon-order-0044"))
        .await
        .expect("session");
    let nothing = gateway
        .refund(&RefundRequest {
            session_id: unpaid.session_id,
            idempotency_key: "taawon-refund-unpaid".into(),
            ..refund.clone()
        })
        .await
        .expect("answered");
    assert!(matches!(nothing, RefundAnswer::Refused(_)), "{nothing:?}");
    // Stripe unreachable is an error to retry, not a refusal.
    let unreachable =
        StripeGateway::new("sk_test_taawon", Some("http://127.0.0.1:9")).expect("client");
    assert!(unreachable.refund(&refund).await.is_err());
    drop(server);
}

#[tokio::test]
async fn a_guest_card_order_goes_through_the_real_adapter_to_the_cooperatives_inbox() {
    let (server, double) = StripeDouble::start().await;
    let gateway =
        Arc::new(StripeGateway::new("sk_test_taawon", Some(&server.uri())).expect("client"));
    let app = spawn_app_with(Spawn {
        payments: Some(gateway),
        payment_config: Some(server::config::PaymentConfig {
            stripe_webhook_secret: Some(WEBHOOK_SECRET.parse().expect("secret")),
            stripe_api_base: Some(server.uri()),
            ..Default::default()
        }),
        ..Spawn::default()
    })
    .await;
    let (app, admin) = prepare(app).await;
    let (coop, product) = published_product(&app, &admin).await;
    let guest = browser();
    add(&app, &guest, &product, "2").await;
    let key = Uuid::new_v4().to_string();
    let placed = place(&app, &guest, &address(&key, &[("payment", "card")])).await;
    let o = order::Entity::find()
        .filter(order::Column::IdempotencyKey.eq(key.as_str()))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the order was placed");

    // The buyer is sent to the page the double named; what it was asked for is the order.
    assert_eq!(
        location(&placed),
        "https://checkout.stripe.com/c/pay/cs_test_double_1"
    );
    let create = server
        .received_requests()
        .await
        .expect("recorded")
        .remove(0);
    let fields = form(&create);
    assert_eq!(fields["metadata[order_id]"], o.id.to_string());
    assert_eq!(fields["metadata[order_number]"], o.number);
    assert_eq!(fields["line_items[0][quantity]"], "2");
    let charged: i64 = (0..)
        .map_while(|n| {
            Some(
                fields
                    .get(&format!("line_items[{n}][price_data][unit_amount]"))?
                    .parse::<i64>()
                    .ok()?
                    * fields
                        .get(&format!("line_items[{n}][quantity]"))?
                        .parse::<i64>()
                        .ok()?,
            )
        })
        .sum();
    assert_eq!(
        charged, o.total_centimes,
        "the session charges the order's total"
    );
    let inbox = format!("/cooperatives/{}/orders", coop.id);
    let page = app.get(&inbox).await.text().await.expect("inbox");
    assert!(
        !page.contains(&o.number),
        "not the cooperative's to fulfil before it is paid"
    );

    // Stripe says so in a signed event: paid, and in the cooperative's inbox.
    double.set("cs_test_double_1", "complete", "paid");
    let session = double.sessions.lock().expect("lock")["cs_test_double_1"].clone();
    let payload = samples::event("evt_double_1", "checkout.session.completed", session);
    let signature = samples::signature(&payload, WEBHOOK_SECRET, chrono::Utc::now().timestamp());
    let delivered = app
        .client
        .post(app.url("/webhooks/stripe"))
        .header("stripe-signature", signature)
        .header("content-type", "application/json")
        .body(payload)
        .send()
        .await
        .expect("webhook");
    assert_eq!(delivered.status(), 200);
    let paid = order::Entity::find_by_id(o.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("order");
    assert_eq!(paid.payment_state, domain::order::PaymentState::Paid);
    let page = app.get(&inbox).await.text().await.expect("inbox");
    assert!(page.contains(&o.number), "the paid order is in the inbox");
    let receipt = app
        .get_as(
            &guest,
            &format!("/orders/{}?key={}", o.number, o.idempotency_key),
        )
        .await
        .text()
        .await
        .expect("order page");
    assert!(
        !receipt.contains("data-state=\"pending_payment\""),
        "the buyer sees it paid"
    );
}

// ---------------------------------------------------------------------------------------------
// The real binary, every production setting at once

/// A port nothing listens on.
pub fn closed_port() -> u16 {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    socket.local_addr().expect("address").port()
}

/// `taawon serve` with `env`, its log in `log`; `None` when it exited (its status and log).
pub struct Binary {
    pub child: std::process::Child,
    log: std::path::PathBuf,
    pub address: String,
}

impl Binary {
    pub fn start(env: &[(&str, String)], dir: &std::path::Path) -> Self {
        let port = closed_port();
        let log = dir.join("taawon.log");
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_taawon"));
        command
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TAAWON_LISTEN", format!("127.0.0.1:{port}"))
            .env("TAAWON_DATA_DIR", dir)
            .env("LEPTOS_SITE_ROOT", dir)
            .stdout(std::fs::File::create(dir.join("taawon.out")).expect("out"))
            .stderr(std::fs::File::create(&log).expect("log"));
        for (key, value) in env {
            command.env(key, value);
        }
        Self {
            child: command.spawn().expect("taawon starts"),
            log,
            address: format!("http://127.0.0.1:{port}"),
        }
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits for `/healthz` to answer 200; fails with the log if the process ends first.
    pub async fn healthy(&mut self) {
        let client = reqwest::Client::new();
        for _ in 0..240 {
            if let Some(status) = self.child.try_wait().expect("wait") {
                panic!(
                    "taawon exited ({status}) before it answered:\n{}",
                    self.log()
                );
            }
            if let Ok(answer) = client.get(format!("{}/healthz", self.address)).send().await
                && answer.status() == 200
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        panic!(
            "taawon did not answer /healthz within 60 s:\n{}",
            self.log()
        );
    }

    /// Waits for the process to end by itself; its exit status and log.
    async fn exited(&mut self) -> (std::process::ExitStatus, String) {
        for _ in 0..240 {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return (status, self.log());
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        panic!("taawon is still running:\n{}", self.log());
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn the_real_binary_starts_with_every_production_setting_and_uses_each_part() {
    let (Some(s3), Some(smtp)) = (
        peers::s3("the production binary", BUCKET).await,
        peers::smtp("the production binary").await,
    ) else {
        return;
    };
    let (stripe, _double) = StripeDouble::start().await;
    let database_url = fresh_postgres_database().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let meilisearch = format!("http://127.0.0.1:{}", closed_port());
    let metrics = format!("127.0.0.1:{}", closed_port());
    let env = [
        ("TAAWON_METRICS_LISTEN", metrics.clone()),
        ("TAAWON_TRUSTED_PROXIES", "10.0.0.0/8".to_owned()),
        ("TAAWON_CNDP_DECLARATION", "D-GC-2026-0042".to_owned()),
        ("DATABASE_URL", database_url.clone()),
        ("TAAWON_PUBLIC_URL", "https://taawon.test".to_owned()),
        ("STRIPE_SECRET_KEY", "sk_test_production_smoke".to_owned()),
        ("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET.to_owned()),
        ("STRIPE_API_BASE", stripe.uri()),
        ("MEDIA_URL", format!("s3://{BUCKET}/site")),
        ("AWS_ENDPOINT", s3.get("endpoint")),
        ("AWS_ACCESS_KEY_ID", S3_KEY.0.to_owned()),
        ("AWS_SECRET_ACCESS_KEY", S3_KEY.1.to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
        ("AWS_ALLOW_HTTP", "true".to_owned()),
        (
            "SMTP_URL",
            format!("smtps://127.0.0.1:{}", smtp.get("tls_port")),
        ),
        ("SMTP_CA_FILE", smtp.get("ca_file")),
        ("MEILISEARCH_URL", meilisearch.clone()),
        ("MEILISEARCH_API_KEY", "meili-master-key".to_owned()),
    ];
    let mut binary = Binary::start(&env, dir.path());
    binary.healthy().await;
    let log = binary.log();
    for expected in [
        "part=\"database\" uses=PostgreSQL".to_owned(),
        format!("part=\"search\" uses=Meilisearch at {meilisearch}"),
        format!(
            "part=\"media\" uses=s3://{BUCKET}/site at {}",
            s3.get("endpoint")
        ),
        format!(
            "part=\"mail\" uses=SMTP relay 127.0.0.1:{} (implicit TLS)",
            smtp.get("tls_port")
        ),
        format!(
            "part=\"payments\" uses=cards through Stripe at {}",
            stripe.uri()
        ),
        "part=\"card webhooks\" uses=signed events accepted".to_owned(),
        "part=\"tls\" uses=rustls with ring".to_owned(),
        "part=\"public url\" uses=https://taawon.test".to_owned(),
    ] {
        assert!(
            log.contains(&expected),
            "the log names {expected:?}:\n{log}"
        );
    }
    for secret in [
        "sk_test_production_smoke",
        S3_KEY.1,
        "meili-master-key",
        WEBHOOK_SECRET,
    ] {
        assert!(!log.contains(secret), "no secret in the log:\n{log}");
    }
    assert!(!log.contains("panicked"), "{log}");

    // Each part in use by the running binary.
    let db = sea_orm::Database::connect(&database_url).await.expect("db");
    // Mail: a queued message leaves through the SMTP server, over TLS.
    enqueue(
        &db,
        &queued("salma@example.ma", "Votre commande TA-1", "Merci.", "fr"),
    )
    .await
    .expect("queued");
    // Media: images in the bucket (written here with the same settings) are served from it.
    let store = s3_media(&s3);
    assert!(demo::seed_with(&db, &store, 1).await.expect("demo"));
    let client = reqwest::Client::new();
    let home = client
        .get(format!("{}/?lang=fr", binary.address))
        .send()
        .await
        .expect("home");
    assert_eq!(home.status(), 200);
    assert_eq!(
        crate::helpers::header(home.headers(), "strict-transport-security"),
        "max-age=31536000; includeSubDomains"
    );
    let cookies = home
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect::<Vec<_>>();
    assert!(
        cookies.iter().all(|c| c.contains("Secure")),
        "an https public URL makes every cookie Secure: {cookies:?}"
    );
    let html = home.text().await.expect("home");
    let image = srcset_urls(&html).remove(0);
    let answer = client
        .get(format!("{}{image}", binary.address))
        .send()
        .await
        .expect("image");
    assert_eq!(answer.status(), 200, "{image} from the bucket");
    // Search: Meilisearch does not answer here, so search says so in the reader's language,
    // and the rest of the site works.
    let search = client
        .get(format!("{}/search?q=miel&lang=fr", binary.address))
        .send()
        .await
        .expect("search");
    let page = search.text().await.expect("search page");
    assert!(
        page.contains("La recherche est momentanément indisponible"),
        "{page}"
    );
    let started = std::time::Instant::now();
    while peers::received(&smtp).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the mail leaves:\n{}",
            binary.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mail = &peers::received(&smtp)[0];
    assert_eq!(
        (mail["tls"].as_bool(), mail["subject"].as_str()),
        (Some(true), Some("Votre commande TA-1"))
    );
    // Card payments are on: the webhook endpoint takes signed events only.
    let unsigned = client
        .post(format!("{}/webhooks/stripe", binary.address))
        .body("{}")
        .send()
        .await
        .expect("webhook");
    assert_eq!(unsigned.status(), 400);
    // Metrics for the operators on their own address, not on the public one.
    let public = client
        .get(format!("{}/metrics", binary.address))
        .send()
        .await
        .expect("public metrics");
    assert_eq!(public.status(), 404);
    let private = client
        .get(format!("http://{metrics}/metrics"))
        .send()
        .await
        .expect("metrics");
    assert_eq!(private.status(), 200);
    assert!(
        private
            .text()
            .await
            .expect("metrics")
            .contains("http_requests_total")
    );
    // The legal notice names the operator's CNDP declaration.
    let legal = client
        .get(format!("{}/legal?lang=fr", binary.address))
        .send()
        .await
        .expect("legal");
    assert!(
        legal
            .text()
            .await
            .expect("legal")
            .contains("D-GC-2026-0042")
    );
    assert!(!binary.log().contains("panicked"));
}

#[tokio::test]
async fn the_real_binary_refuses_the_old_proxy_switch_naming_the_new_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut binary = Binary::start(&[("TAAWON_TRUST_PROXY", "true".to_owned())], dir.path());
    let (status, log) = binary.exited().await;
    assert!(!status.success(), "{log}");
    assert!(log.contains("TAAWON_TRUSTED_PROXIES"), "{log}");
}

#[tokio::test]
async fn the_real_binary_refuses_a_malformed_stripe_key_in_one_line_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (key, value) in [
        ("STRIPE_SECRET_KEY", "pk_live_this_is_the_publishable_key"),
        ("STRIPE_API_BASE", "stripe-mock:12111"),
    ] {
        let mut env = vec![("STRIPE_SECRET_KEY", "sk_test_fine".to_owned())];
        env.retain(|(k, _)| *k != key);
        env.push((key, value.to_owned()));
        let mut binary = Binary::start(&env, dir.path());
        let (status, log) = binary.exited().await;
        assert!(!status.success(), "{log}");
        assert!(!log.contains("panicked"), "{log}");
        let last = log.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("taawon: ") && last.contains(key),
            "{key}: {log}"
        );
        assert!(
            !log.contains("pk_live_this_is"),
            "the key is not printed: {log}"
        );
    }
}
