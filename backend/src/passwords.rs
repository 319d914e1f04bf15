//! Password hashing with argon2id (OWASP's minimum: m = 19 MiB, t = 2, p = 1), run off the async
//! runtime because a hash takes tens of milliseconds of CPU.

use crate::error::AppError;
use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};
use domain::Password;

/// Memory cost in KiB (19 MiB).
pub const MEMORY_KIB: u32 = 19 * 1024;
/// Iterations.
pub const ITERATIONS: u32 = 2;

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
    tokio::task::spawn_blocking(move || {
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
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing task failed");
        AppError::Internal
    })?
}

/// Checks `candidate` against a stored PHC string. A malformed stored hash never matches.
pub async fn verify(candidate: &str, stored: &str) -> Result<bool, AppError> {
    let candidate = candidate.to_owned();
    let stored = stored.to_owned();
    tokio::task::spawn_blocking(move || {
        let Ok(parsed) = PasswordHash::new(&stored) else {
            tracing::warn!("stored password hash is malformed");
            return Ok(false);
        };
        Ok(hasher()?
            .verify_password(candidate.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "password verification task failed");
        AppError::Internal
    })?
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
        Ok(())
    }
}
