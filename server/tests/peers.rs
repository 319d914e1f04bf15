//! Real peers on loopback for the production settings: an S3-compatible server (moto's) and an
//! SMTP server that speaks TLS with a test certificate (aiosmtpd, trustme). Each test starts its
//! own from `scripts/peers/` with the Python that `scripts/setup.sh --peers` installed
//! (`TAAWON_PEERS_PYTHON`), and the peer stops when the test drops it.
//!
//! Without that Python a test says it skipped, unless `TAAWON_REQUIRE_PEERS=1` (the test
//! command sets it), where it fails: the test command never passes without the peers.

use serde_json::Value;
use std::{path::PathBuf, process::Stdio, time::Duration};
use tokio::{
    io::{AsyncBufReadExt, BufReader},
    process::{Child, Command},
};

/// A running peer; dropping it stops it (its standard input closes, and it is killed).
pub struct Peer {
    _child: Child,
    /// What the peer printed when it was ready (ports, endpoint, files).
    pub info: Value,
    /// The peer's working folder, when it has one (removed with the peer).
    _dir: Option<tempfile::TempDir>,
}

impl Peer {
    /// A string the peer printed.
    pub fn get(&self, key: &str) -> String {
        match &self.info[key] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

/// The peers' Python, or `None` after saying why this test does not run.
fn python(test: &str) -> Option<PathBuf> {
    let path = std::env::var_os("TAAWON_PEERS_PYTHON").map(PathBuf::from);
    match path {
        Some(path) if path.exists() => Some(path),
        _ if std::env::var("TAAWON_REQUIRE_PEERS").as_deref() == Ok("1") => panic!(
            "{test}: the test peers are required (TAAWON_REQUIRE_PEERS=1) but TAAWON_PEERS_PYTHON \
             names no Python; run scripts/setup.sh --peers"
        ),
        _ => {
            eprintln!(
                "SKIPPED {test}: TAAWON_PEERS_PYTHON is not set (scripts/test.sh installs the \
                 peers and sets it)"
            );
            None
        }
    }
}

async fn start(
    test: &str,
    script: &str,
    args: &[String],
    dir: Option<tempfile::TempDir>,
) -> Option<Peer> {
    let python = python(test)?;
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../scripts/peers")
        .join(script);
    let mut child = Command::new(python)
        .arg(&script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("{test}: cannot start {}: {e}", script.display()));
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
        .await
        .unwrap_or_else(|_| panic!("{test}: {} did not start within 60 s", script.display()))
        .expect("read")
        .unwrap_or_else(|| panic!("{test}: {} ended before it was ready", script.display()));
    let info = serde_json::from_str(&line).expect("the peer's ready line");
    Some(Peer {
        _child: child,
        info,
        _dir: dir,
    })
}

/// An S3-compatible server with `bucket` created; `info.endpoint` is its URL.
pub async fn s3(test: &str, bucket: &str) -> Option<Peer> {
    start(test, "s3.py", &[bucket.to_owned()], None).await
}

/// The credentials the S3 peer is reached with (moto accepts any).
pub const S3_KEY: (&str, &str) = ("taawon-test", "taawon-test-secret");

/// An SMTP server with TLS: `info.starttls_port`, `info.tls_port`, `info.ca_file` (the test
/// authority that signed its certificate for 127.0.0.1), `info.received` (one JSON file per
/// message it accepted).
pub async fn smtp(test: &str) -> Option<Peer> {
    let dir = tempfile::tempdir().expect("temp dir");
    let arg = dir.path().display().to_string();
    start(test, "smtp.py", &[arg], Some(dir)).await
}

/// The messages an SMTP peer accepted, oldest first.
pub fn received(peer: &Peer) -> Vec<Value> {
    let folder = PathBuf::from(peer.get("received"));
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("received folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json"))
        .collect()
}
