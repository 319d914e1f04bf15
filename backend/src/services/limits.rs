//! Limits on what one client may do in a while (signing in, signing up, placing orders…), counted
//! in the database in
//! fixed windows: one atomic upsert per attempt, so the count is exact however many requests and
//! replicas race, and a limit holds across every replica. A client is its network address as the
//! trusted proxy saw it; IPv6 addresses count by their /64, which one subscriber usually holds
//! whole.
//!
//! A fixed window lets a client spend its allowance at the end of one window and again at the
//! start of the next: at most twice the limit over one window's length, never more.

use super::{Sql, db_error};
use crate::error::AppError;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use std::net::IpAddr;

/// One limited action: at most `max` per `window_secs` seconds per client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// What is limited (the key's prefix).
    pub scope: &'static str,
    pub max: u32,
    pub window_secs: i64,
}

/// Orders placed from one client: the window of the checkout limit.
pub const CHECKOUT_WINDOW_SECS: i64 = 600;

/// Guests reopening an order from its number and phone (`/orders/find`), from one client…
pub const FIND_ORDER_PER_CLIENT: Limit = Limit {
    scope: "find_order",
    max: 10,
    window_secs: 3600,
};

/// …and at one order number from anywhere, so guessing a number's phone from many networks
/// stops too.
pub const FIND_ORDER_PER_NUMBER: Limit = Limit {
    scope: "find_order_number",
    max: 10,
    window_secs: 3600,
};

/// Messages to and from cooperatives from one client ("Ask the cooperative").
pub const MESSAGES_PER_CLIENT: Limit = Limit {
    scope: "message",
    max: 30,
    window_secs: 3600,
};

/// The limits on account actions (the checkout limit is a platform setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountLimits {
    /// Sign-in attempts from one client, over every account.
    pub sign_in_per_client: Limit,
    /// Sign-in attempts at one account from one client. Never per account alone: a guesser
    /// elsewhere cannot lock the owner out.
    pub sign_in_per_account: Limit,
    /// Accounts created from one client.
    pub sign_up_per_client: Limit,
    /// Password-reset links asked for from one client.
    pub reset_per_client: Limit,
    /// Password-reset links asked for one address, from anywhere (a mailbox is not flooded).
    pub reset_per_address: Limit,
    /// Verification links asked for again from one client.
    pub verify_per_client: Limit,
}

impl AccountLimits {
    /// The limits with `sign_in` attempts per client in five minutes and `sign_up` accounts per
    /// client in an hour (the two an operator may need to raise behind a carrier's NAT).
    pub fn new(sign_in: u32, sign_up: u32) -> Self {
        Self {
            sign_in_per_client: Limit {
                scope: "sign_in",
                max: sign_in,
                window_secs: 300,
            },
            sign_in_per_account: Limit {
                scope: "sign_in_account",
                max: 5,
                window_secs: 900,
            },
            sign_up_per_client: Limit {
                scope: "sign_up",
                max: sign_up,
                window_secs: 3600,
            },
            reset_per_client: Limit {
                scope: "reset",
                max: sign_up,
                window_secs: 3600,
            },
            reset_per_address: Limit {
                scope: "reset_address",
                max: 3,
                window_secs: 3600,
            },
            verify_per_client: Limit {
                scope: "verify",
                max: sign_up,
                window_secs: 3600,
            },
        }
    }
}

impl Default for AccountLimits {
    fn default() -> Self {
        Self::new(30, 10)
    }
}

/// The longest key part an attempt counts under; what is longer is cut (keys are built from
/// parsed addresses and digests, so only a bug could reach it).
const MAX_WHO: usize = 96;

/// The key of attempts at the account `email` (whether or not it exists) from `client` (`*`:
/// from anywhere): a digest of the normalised address, so the table holds no address in clear.
pub fn account_key(email: &str, client: &str) -> String {
    use sha2::{Digest, Sha256};
    let normalised: String = email.trim().to_lowercase().chars().take(320).collect();
    let digest = Sha256::digest(normalised.as_bytes());
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}@{client}")
}

/// The key a client counts under: its address, an IPv6 one cut to its /64.
pub fn client_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// Counts one attempt of `limit` by `who` at `now` (Unix seconds); past the limit,
/// [`AppError::RateLimited`] with the seconds until the window ends (the attempt still counts).
pub async fn take(
    db: &impl ConnectionTrait,
    limit: Limit,
    who: &str,
    now: i64,
) -> Result<(), AppError> {
    let window = limit.window_secs.max(1);
    let start = now - now.rem_euclid(window);
    let who: String = who.chars().take(MAX_WHO).collect();
    let mut sql = Sql::new(db.get_database_backend());
    sql.push("INSERT INTO rate_limits (key, window_start, hits) VALUES (")
        .bind(format!("{}:{who}", limit.scope))
        .push(", ")
        .bind(start)
        .push(
            ", 1) ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
             RETURNING CAST(hits AS BIGINT)",
        );
    let hits = sql.number(db).await?;
    if hits > i64::from(limit.max) {
        tracing::warn!(scope = limit.scope, hits, "client past its limit");
        return Err(AppError::RateLimited {
            retry_after_secs: u64::try_from(start + window - now).unwrap_or(1).max(1),
        });
    }
    Ok(())
}

/// Forgets windows that ended more than a day before `now`; how many rows went.
pub async fn forget_old(db: &DatabaseConnection, now: i64) -> Result<u64, AppError> {
    let backend = db.get_database_backend();
    let placeholder = match backend {
        sea_orm::DatabaseBackend::Postgres => "$1",
        _ => "?",
    };
    let done = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            format!("DELETE FROM rate_limits WHERE window_start < {placeholder}"),
            [(now - 86_400).into()],
        ))
        .await
        .map_err(db_error)?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::{account_key, client_key};

    #[test]
    fn account_keys_hold_no_address_and_ignore_case() {
        let key = account_key(" Fatima@Example.ma ", "203.0.113.7");
        assert_eq!(key, account_key("fatima@example.ma", "203.0.113.7"));
        assert_ne!(key, account_key("fatima@example.ma", "203.0.113.8"));
        assert!(!key.contains("fatima"), "{key}");
        assert!(key.len() < 96, "{key}");
        assert!(account_key(&"x".repeat(100_000), "::1").len() < 96);
    }

    #[test]
    fn clients_count_by_address_and_ipv6_by_its_64() {
        assert_eq!(
            client_key("203.0.113.7".parse().expect("ip")),
            "203.0.113.7"
        );
        assert_eq!(
            client_key("2001:db8:1:2:aaaa::1".parse().expect("ip")),
            client_key("2001:db8:1:2:bbbb::9".parse().expect("ip"))
        );
        assert_ne!(
            client_key("2001:db8:1:2::1".parse().expect("ip")),
            client_key("2001:db8:1:3::1".parse().expect("ip"))
        );
        assert_eq!(
            client_key("::ffff:198.51.100.4".parse().expect("ip")),
            "198.51.100.4"
        );
    }
}
