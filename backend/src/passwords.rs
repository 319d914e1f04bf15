//! Password hashing with argon2id (OWASP's minimum: m = 19 MiB, t = 2, p = 1), run off the async
//! runtime because a hash takes tens of milliseconds of CPU.
//!
//! At most one hash per core runs at once, and only a short queue may wait for a turn: beyond it,
//! or after waiting [`QUEUE_WAIT`], the answer is [`AppError::Busy`] at once. A flood of sign-ups
//! or sign-ins therefore costs at most `cores × 19 MiB` and a few waiting tasks, never a stalled
//! server.

use crate::error::AppError;
use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};
use domain::Password;
use std::{
    sync::{
        LazyLock,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};
use tokio::sync::Semaphore;

/// Memory cost in KiB (19 MiB).
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Iterations.
pub const ITERATIONS: u32 = 2;

/// Hashes running at once: one per core.
pub fn concurrent() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
}

/// Hashes that may wait for a turn, per running one.
const QUEUE_PER_RUNNING: usize = 4;
/// The longest a hash waits for a turn before the answer is "busy".
pub const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// What a busy answer tells the client to wait.
const RETRY_AFTER_SECS: u64 = 2;

static TURNS: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(concurrent()));
static WANTED: AtomicUsize = AtomicUsize::new(0);

/// Counts a hash from asking for a turn until it is done.
struct Wanted;

impl Wanted {
    fn take() -> Result<Self, AppError> {
        let before = WANTED.fetch_add(1, Ordering::AcqRel);
        let guard = Self;
        if before >= concurrent() * (1 + QUEUE_PER_RUNNING) {
            tracing::warn!("password hashing busy: queue full");
            return Err(AppError::Busy {
                retry_after_secs: RETRY_AFTER_SECS,
            });
        }
        Ok(guard)
    }
}

impl Drop for Wanted {
    fn drop(&mut self) {
        WANTED.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Runs the CPU-heavy `work` on the blocking pool once a turn is free.
async fn run<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let _wanted = Wanted::take()?;
    let busy = || AppError::Busy {
        retry_after_secs: RETRY_AFTER_SECS,
    };
    let _turn = tokio::time::timeout(QUEUE_WAIT, TURNS.acquire())
        .await
        .map_err(|_| {
            tracing::warn!("password hashing busy: waited too long");
            busy()
        })?
        .map_err(|_| AppError::Internal)?;
    tokio::task::spawn_blocking(work).await.map_err(|e| {
        tracing::error!(error = %e, "password hashing task failed");
        AppError::Internal
    })?
}

fn hasher() -> Result<Argon2<'static>, AppError> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, 1, None).map_err(|e| {
        tracing::error!(error = %e, "argon2 parameters rejected");
        AppError::Internal
    })?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password into a PHC string (algorithm, parameters and salt included).
pub async fn hash(password: &Password) -> Result<String, AppError> {
    let secret = password.expose().to_owned();
    run(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()?
            .hash_password(secret.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| {
                tracing::error!(error = %e, "password hashing failed");
                AppError::Internal
            })
    })
    .await
}

/// Checks `candidate` against a stored PHC string. A malformed stored hash never matches. A
/// candidate longer than any password can be never matches either, but costs the same time: only
/// its first [`Password::MAX_CHARS`] characters are hashed.
pub async fn verify(candidate: &str, stored: &str) -> Result<bool, AppError> {
    let too_long = candidate.chars().count() > Password::MAX_CHARS;
    let candidate: String = candidate.chars().take(Password::MAX_CHARS).collect();
    let stored = stored.to_owned();
    run(move || {
        let Ok(parsed) = PasswordHash::new(&stored) else {
            tracing::warn!("stored password hash is malformed");
            return Ok(false);
        };
        let matches = hasher()?
            .verify_password(candidate.as_bytes(), &parsed)
            .is_ok();
        Ok(matches && !too_long)
    })
    .await
}

/// A hash of a random password, verified against when the e-mail is unknown so that timing does
/// not reveal which addresses have accounts.
pub async fn dummy_hash() -> Result<String, AppError> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_try_init(|| async {
            let random: String = (0..24)
                .map(|_| char::from(b'a' + rand::random_range(0..26u8)))
                .collect();
            let password = Password::parse(&random).map_err(|_| AppError::Internal)?;
            hash(&password).await
        })
        .await
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_the_required_cost_and_verify() -> Result<(), AppError> {
        let password = Password::parse("argan-oil-from-souss").map_err(|_| AppError::Internal)?;
        let stored = hash(&password).await?;
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("argan-oil-from-souss", &stored).await?);
        assert!(!verify("argan-oil-from-sous", &stored).await?);
        assert!(!verify("anything", "not a phc string").await?);
        let long = "a".repeat(Password::MAX_CHARS + 1);
        let stored =
            hash(&Password::parse(&long[..Password::MAX_CHARS]).map_err(|_| AppError::Internal)?)
                .await?;
        assert!(
            !verify(&long, &stored).await?,
            "an over-long candidate never matches, even on its first characters"
        );
        Ok(())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_flood_of_hashes_gets_busy_answers_not_a_queue_without_end() -> Result<(), AppError> {
        let password = Password::parse("argan-oil-from-souss").map_err(|_| AppError::Internal)?;
        let flood = concurrent() * (1 + QUEUE_PER_RUNNING) + 40;
        let answers = futures_util::future::join_all((0..flood).map(|_| hash(&password))).await;
        let busy = answers
            .iter()
            .filter(
                |a| matches!(a, Err(AppError::Busy { retry_after_secs }) if *retry_after_secs > 0),
            )
            .count();
        let hashed = answers.iter().filter(|a| a.is_ok()).count();
        assert!(busy >= 40, "{busy} busy of {flood}");
        assert!(hashed >= concurrent(), "{hashed} hashed of {flood}");
        assert_eq!(busy + hashed, flood, "every answer is a hash or busy");
        Ok(())
    }
}
