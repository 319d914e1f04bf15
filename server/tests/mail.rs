//! E-mail through SMTP (`SMTP_URL`): the outbox job speaks SMTP to a relay, a message the relay
//! accepts is marked sent, one it refuses stays queued for a later try.

use crate::helpers::*;
use backend::{
    entity::outbox,
    mail::{Mail, enqueue},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::jobs::Mailer;
use std::sync::{Arc, Mutex};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

/// What a relay was told: each message's recipients and its text.
#[derive(Default)]
struct Relay {
    received: Mutex<Vec<(Vec<String>, String)>>,
}

/// A small SMTP relay on a random port that accepts mail for everyone but `refuse@…`.
async fn relay() -> (String, Arc<Relay>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let relay = Arc::new(Relay::default());
    let keep = relay.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let relay = keep.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let mut to = Vec::new();
                write.write_all(b"220 relay.test ESMTP\r\n").await.ok();
                while let Ok(Some(line)) = lines.next_line().await {
                    let command = line.to_ascii_uppercase();
                    let answer: &[u8] =
                        if command.starts_with("EHLO") || command.starts_with("HELO") {
                            b"250-relay.test\r\n250 8BITMIME\r\n"
                        } else if command.starts_with("RCPT TO:") {
                            if command.contains("REFUSE@") {
                                b"550 5.1.1 no such mailbox\r\n"
                            } else {
                                to.push(line[8..].trim().to_owned());
                                b"250 OK\r\n"
                            }
                        } else if command.starts_with("DATA") {
                            write.write_all(b"354 go ahead\r\n").await.ok();
                            let mut text = String::new();
                            while let Ok(Some(data)) = lines.next_line().await {
                                if data == "." {
                                    break;
                                }
                                text.push_str(&data);
                                text.push('\n');
                            }
                            let recipients = std::mem::take(&mut to);
                            relay
                                .received
                                .lock()
                                .expect("lock")
                                .push((recipients, text));
                            b"250 queued\r\n"
                        } else if command.starts_with("QUIT") {
                            write.write_all(b"221 bye\r\n").await.ok();
                            break;
                        } else {
                            // MAIL FROM and RSET start a new message; NOOP changes nothing.
                            if command.starts_with("RSET") || command.starts_with("MAIL FROM") {
                                to.clear();
                            }
                            b"250 OK\r\n"
                        };
                    if write.write_all(answer).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    (format!("smtp://{address}"), relay)
}

#[tokio::test]
async fn the_outbox_job_sends_through_the_smtp_relay_and_keeps_what_it_refuses() {
    let (url, relay) = relay().await;
    let app = spawn_app_with(Spawn {
        smtp_url: Some(url),
        ..Spawn::default()
    })
    .await;
    for (to, subject) in [
        ("salma@example.ma", "Votre commande TW-1001"),
        ("refuse@example.ma", "Votre commande TW-1002"),
    ] {
        let mail = Mail {
            to: to.into(),
            subject: subject.into(),
            body: "Merci pour votre commande.".into(),
            language: Some("fr".into()),
        };
        enqueue(&app.db, &mail).await.expect("queued");
    }
    // The app's outbox job (every two seconds) tries both.
    outbox_tried(&app).await;
    let refused = outbox::Entity::find()
        .filter(outbox::Column::ProcessedAt.is_null())
        .all(&app.db)
        .await
        .expect("query");
    assert_eq!(refused.len(), 1, "only the refused message is still queued");
    let refused = &refused[0];
    assert!(refused.payload.contains("refuse@example.ma"));
    assert!(refused.attempts >= 1);
    assert!(
        refused.available_at > chrono::Utc::now(),
        "tried again later"
    );
    assert!(
        refused
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("550"),
        "{:?}",
        refused.last_error
    );
    let received = relay.received.lock().expect("lock");
    assert_eq!(
        received.len(),
        1,
        "the accepted message reached the relay once"
    );
    let (to, text) = &received[0];
    assert_eq!(to, &vec!["<salma@example.ma>".to_owned()]);
    assert!(text.contains("Subject: Votre commande TW-1001"), "{text}");
    assert!(text.contains("Merci pour votre commande."), "{text}");
    assert!(
        !app.dir.path().join("outbox").exists(),
        "no message written to files"
    );
}

#[tokio::test]
async fn an_smtp_url_that_cannot_be_used_is_refused_at_start() {
    assert!(Mailer::smtp("not a url", None).is_err());
    assert!(Mailer::smtp("http://relay.example.ma", None).is_err());
    assert!(Mailer::smtp("smtps://user:secret@smtp.example.ma:465", None).is_ok());
}
