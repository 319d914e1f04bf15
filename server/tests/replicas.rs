//! Several replicas on one database: two `taawon serve` processes on one PostgreSQL database
//! share sessions, never oversell, and deliver each queued e-mail once; outbox and search-outbox
//! passes run at once (as replicas' jobs do) handle each row once.

use crate::{
    helpers::*,
    orders::{address, ordered_and_refused, product_by_id, second_cooperative_product},
};
use backend::{
    entity::{order, outbox, search_queue},
    mail::{Mail, enqueue},
    search::{
        SearchDoc, SearchError, SearchIndex, SearchRequest, SearchResults, embedded::EmbeddedIndex,
        sync,
    },
};
use reqwest::Client;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::{
    collections::HashMap,
    path::Path,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};
use uuid::Uuid;

/// Messages in a folder the file senders write to (none when it does not exist).
fn mails_in(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).count())
        .unwrap_or(0)
}

async fn unsent(db: &impl ConnectionTrait) -> u64 {
    outbox::Entity::find()
        .filter(outbox::Column::ProcessedAt.is_null())
        .count(db)
        .await
        .expect("count")
}

#[tokio::test]
async fn outbox_passes_run_at_once_deliver_each_message_once() {
    let app = spawn_app().await;
    for n in 0..200 {
        let mail = Mail {
            to: format!("buyer{n}@example.ma"),
            subject: format!("Commande {n}"),
            body: "Merci".into(),
            language: None,
        };
        enqueue(&app.db, &mail).await.expect("queued");
    }
    // Four replicas' outbox jobs at once, each writing to its own folder, beside the app's own.
    let folders: Vec<_> = (0..4)
        .map(|r| app.dir.path().join(format!("r{r}")))
        .collect();
    let passes = folders.iter().map(|dir| {
        let db = app.db.clone();
        let senders = file_senders(dir);
        async move {
            let mut sent = 0;
            while unsent(&db).await > 0 {
                let done = server::jobs::deliver_outbox(&db, &senders)
                    .await
                    .expect("outbox pass");
                if done == 0 {
                    // What is left is being sent by another pass.
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                sent += done;
            }
            sent
        }
    });
    let sent: usize = futures::future::join_all(passes).await.into_iter().sum();
    // Nothing is left unsent, so the app's own job has written what it took, too.
    let own = mails_in(&app.dir.path().join("outbox"));
    let files: usize = folders.iter().map(|d| mails_in(d)).sum::<usize>() + own;
    assert_eq!(
        files, 200,
        "each message written once ({sent} by the four passes, {own} by the app)"
    );
    assert_eq!(sent + own, 200);
}

/// Counts what reaches the index, per product id.
#[derive(Default)]
struct CountingIndex {
    pushed: Mutex<HashMap<Uuid, usize>>,
}

impl CountingIndex {
    fn note(&self, ids: impl IntoIterator<Item = Uuid>) {
        let mut pushed = self.pushed.lock().expect("lock");
        for id in ids {
            *pushed.entry(id).or_default() += 1;
        }
    }
}

#[async_trait::async_trait]
impl SearchIndex for CountingIndex {
    async fn upsert(&self, docs: Vec<SearchDoc>) -> Result<(), SearchError> {
        self.note(docs.iter().map(|d| d.id));
        // As slow as a real index call, so passes overlap.
        tokio::time::sleep(Duration::from_millis(20)).await;
        Ok(())
    }
    async fn delete(&self, ids: Vec<Uuid>) -> Result<(), SearchError> {
        self.note(ids);
        tokio::time::sleep(Duration::from_millis(20)).await;
        Ok(())
    }
    async fn clear(&self) -> Result<(), SearchError> {
        Ok(())
    }
    async fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        EmbeddedIndex::in_memory()?.search(request).await
    }
    async fn count(&self) -> Result<u64, SearchError> {
        Ok(0)
    }
    fn name(&self) -> &'static str {
        "counting"
    }
}

#[tokio::test]
async fn search_outbox_passes_run_at_once_push_each_change_once() {
    if std::env::var("TAAWON_TEST_DATABASE").as_deref() != Ok("postgres") {
        println!(
            "SKIPPED on SQLite: one process writes a SQLite file, so only PostgreSQL has replicas \
             sharing the search outbox; this test runs in the PostgreSQL pass"
        );
        return;
    }
    let index = Arc::new(CountingIndex::default());
    let app = spawn_app_with(Spawn {
        search: Some(index.clone()),
        ..Spawn::default()
    })
    .await;
    // 300 changed products that no longer exist: each pass must tell the index to drop them.
    let ids: Vec<Uuid> = (0..300).map(|_| Uuid::new_v4()).collect();
    let values: Vec<String> = ids.iter().map(|id| format!("('{id}', 1)")).collect();
    app.db
        .execute_unprepared(&format!(
            "INSERT INTO search_queue (product_id, version) VALUES {}",
            values.join(", ")
        ))
        .await
        .expect("queued");
    let passes = (0..4).map(|_| {
        let db = app.db.clone();
        let index = index.clone();
        async move {
            while search_queue::Entity::find()
                .count(&db)
                .await
                .expect("count")
                > 0
            {
                if sync::sync_once(&db, index.as_ref(), 7).await.expect("pass") == 0 {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }
    });
    futures::future::join_all(passes).await;
    let pushed = index.pushed.lock().expect("lock").clone();
    let twice = pushed.values().filter(|n| **n > 1).count();
    assert_eq!(
        twice,
        0,
        "{twice} of {} changes pushed more than once",
        pushed.len()
    );
    assert!(
        ids.iter().all(|id| pushed.get(id) == Some(&1)),
        "every queued change pushed ({} of 300)",
        pushed.len()
    );
}

/// A `taawon serve` process on `database_url`, killed when dropped.
struct Replica {
    address: String,
    dir: tempfile::TempDir,
    _process: tokio::process::Child,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn start_replica(database_url: &str) -> Replica {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let log = std::fs::File::create(dir.path().join("server.log")).expect("log file");
    let process = tokio::process::Command::new(env!("CARGO_BIN_EXE_taawon"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("TAAWON_DATA_DIR", dir.path())
        .env("TAAWON_LISTEN", format!("127.0.0.1:{port}"))
        .env("TAAWON_PUBLIC_URL", "http://127.0.0.1")
        .env("TAAWON_LOG_FORMAT", "json")
        // Its buyers all order cash on delivery from one test address.
        .env("TAAWON_CASH_ORDERS_WAITING", "50")
        .env("TAAWON_CHECKOUT_PER_CLIENT", "100000")
        .env("TAAWON_SIGN_IN_PER_CLIENT", "100000")
        .env("TAAWON_SIGN_UP_PER_CLIENT", "100000")
        .env_remove("MEILISEARCH_URL")
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .expect("taawon serve starts");
    Replica {
        address: format!("http://127.0.0.1:{port}"),
        dir,
        _process: process,
    }
}

impl Replica {
    async fn ready(&self) {
        let started = Instant::now();
        loop {
            let answer = reqwest::get(format!("{}/healthz", self.address)).await;
            if answer.is_ok_and(|a| a.status().is_success()) {
                return;
            }
            if started.elapsed() > Duration::from_secs(60) {
                let log = std::fs::read_to_string(self.dir.path().join("server.log"));
                panic!("{} never became healthy: {log:?}", self.address);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    async fn get(&self, client: &Client, path: &str) -> (u16, String) {
        let answer = client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("GET");
        let status = answer.status().as_u16();
        (status, answer.text().await.expect("body"))
    }
}

#[tokio::test]
async fn two_serve_processes_on_one_postgres_share_sessions_stock_and_the_outbox() {
    if std::env::var("TAAWON_TEST_DATABASE").as_deref() != Ok("postgres") {
        println!(
            "SKIPPED on SQLite: replicas share a PostgreSQL database; this test runs in the \
             PostgreSQL pass"
        );
        return;
    }
    let app = spawn_app().await;
    let dates = second_cooperative_product(&app, 8_000, 10).await;
    // Both start at once, so both migrate at once (one waits for the other's lock).
    let replicas = [
        start_replica(&app.database_url),
        start_replica(&app.database_url),
    ];
    futures::future::join_all(replicas.iter().map(Replica::ready)).await;
    let [a, b] = &replicas;

    // A session made on one replica is valid on the other, and ends on both.
    let salma = browser();
    let signed = post_form_to(
        &salma,
        &a.address,
        "/api/account/sign-up",
        "/sign-up",
        &[
            ("display_name", "Salma Idrissi"),
            ("email", "salma@example.ma"),
            ("password", GOOD_PASSWORD),
        ],
    )
    .await;
    assert_eq!(location(&signed), "/", "signed up on replica A");
    let (status, page) = b.get(&salma, "/account").await;
    assert_eq!(status, 200, "replica B knows the session");
    assert!(page.contains("salma@example.ma"), "B shows Salma's account");
    let out = post_form_to(&salma, &b.address, "/api/account/sign-out", "/", &[]).await;
    assert!(out.status().is_redirection(), "signed out on B");
    let (_, page) = a.get(&salma, "/account").await;
    assert!(
        !page.contains("salma@example.ma"),
        "replica A no longer knows the session"
    );

    // 200 buyers fill their carts on one replica and check out on the other, all at once,
    // for 10 in stock.
    let buyers: Vec<Client> = (0..200).map(|_| browser()).collect();
    let product_id = dates.id.to_string();
    let product_page = format!("/p/{}", dates.slug);
    let fill = buyers.iter().enumerate().map(|(n, buyer)| {
        let replica = &replicas[n % 2];
        let fields = [("product_id", product_id.as_str()), ("quantity", "1")];
        let from = product_page.as_str();
        async move {
            let added = post_form_to(buyer, &replica.address, "/api/cart/add", from, &fields).await;
            assert_eq!(location(&added), "/cart?added=1");
        }
    });
    futures::future::join_all(fill).await;
    let keys: Vec<String> = (0..200).map(|_| Uuid::new_v4().to_string()).collect();
    let checkouts = buyers
        .iter()
        .zip(&keys)
        .enumerate()
        .map(|(n, (buyer, key))| {
            let replica = &replicas[(n + 1) % 2];
            async move {
                post_form_to(
                    buyer,
                    &replica.address,
                    "/api/checkout/place",
                    "/checkout",
                    &address(key, &[]),
                )
                .await
            }
        });
    let answers = futures::future::join_all(checkouts).await;
    let (ordered, refused) = ordered_and_refused(&answers);
    assert_eq!(
        (ordered, refused),
        (10, 190),
        "ten orders, the others told why"
    );
    assert_eq!(
        order::Entity::find().count(&app.db).await.expect("count"),
        10
    );
    assert_eq!(
        product_by_id(&app, dates.id).await.stock,
        0,
        "never below zero"
    );

    // Every queued message (sign-up, orders, the cooperative's mails; the buyers' text
    // messages) is written once, by one of the three (the two processes and the test's own
    // server).
    let queued = outbox::Entity::find().count(&app.db).await.expect("count");
    assert!(queued >= 10, "the orders queued messages ({queued})");
    eventually("every message is delivered", || async {
        unsent(&app.db).await == 0
    })
    .await;
    let folders: Vec<_> = [&a.dir, &b.dir, &app.dir]
        .iter()
        .flat_map(|d| [d.path().join("outbox"), d.path().join("texts")])
        .collect();
    eventually("every delivered message is on disk", || async {
        folders.iter().map(|d| mails_in(d)).sum::<usize>() as u64 >= queued
    })
    .await;
    let files: Vec<usize> = folders.iter().map(|d| mails_in(d)).collect();
    assert_eq!(
        files.iter().sum::<usize>() as u64,
        queued,
        "each message once (per replica, mail and texts: {files:?})"
    );
}
