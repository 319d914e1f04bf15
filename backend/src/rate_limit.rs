//! Sign-in throttling. Attempts are limited per client IP, and per (account, IP) pair, never per
//! account alone: an attacker hammering an account from elsewhere cannot lock its owner out.

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock};
use std::{net::IpAddr, num::NonZeroU32, time::Duration};

/// How many failed-or-not sign-in attempts are allowed before waiting.
#[derive(Debug, Clone, Copy)]
pub struct SignInLimits {
    /// Attempts per (account, IP) pair: a burst, then one per `account_period`.
    pub per_account_burst: u32,
    /// Time to regain one (account, IP) attempt.
    pub account_period: Duration,
    /// Attempts per IP over all accounts: a burst, then one per `ip_period`.
    pub per_ip_burst: u32,
    /// Time to regain one IP attempt.
    pub ip_period: Duration,
}

impl Default for SignInLimits {
    fn default() -> Self {
        Self {
            per_account_burst: 5,
            account_period: Duration::from_secs(60),
            per_ip_burst: 30,
            ip_period: Duration::from_secs(10),
        }
    }
}

/// Keyed limiters for sign-in attempts.
pub struct SignInLimiter {
    per_account: DefaultKeyedRateLimiter<(String, IpAddr)>,
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
}

impl std::fmt::Debug for SignInLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SignInLimiter")
    }
}

fn quota(burst: u32, period: Duration) -> Quota {
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(period)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
}

impl SignInLimiter {
    /// Limiters with the given limits.
    pub fn new(limits: SignInLimits) -> Self {
        Self {
            per_account: RateLimiter::keyed(quota(limits.per_account_burst, limits.account_period)),
            per_ip: RateLimiter::keyed(quota(limits.per_ip_burst, limits.ip_period)),
        }
    }

    /// Takes one attempt for `email` from `ip`; `Err(seconds)` says how long to wait.
    pub fn check(&self, email: &str, ip: IpAddr) -> Result<(), u64> {
        let clock = governor::clock::DefaultClock::default();
        let wait = |not_until: governor::NotUntil<_>| {
            not_until.wait_time_from(clock.now()).as_secs().max(1)
        };
        self.per_ip.check_key(&ip).map_err(wait)?;
        self.per_account
            .check_key(&(email.to_owned(), ip))
            .map_err(wait)?;
        Ok(())
    }

    /// Drops the state of keys that are back to full allowance, bounding memory.
    pub fn retain_recent(&self) {
        self.per_ip.retain_recent();
        self.per_account.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    const ATTACKER: IpAddr = IpAddr::V4(Ipv4Addr::new(203, 0, 113, 7));
    const OWNER: IpAddr = IpAddr::V4(Ipv4Addr::new(198, 51, 100, 20));

    #[test]
    fn an_account_is_throttled_after_its_burst_from_one_ip() {
        let limiter = SignInLimiter::new(SignInLimits::default());
        for _ in 0..5 {
            assert!(limiter.check("fatima@example.ma", ATTACKER).is_ok());
        }
        let wait = limiter.check("fatima@example.ma", ATTACKER);
        assert!(matches!(wait, Err(s) if s >= 1), "{wait:?}");
    }

    #[test]
    fn an_attacker_cannot_lock_the_owner_out_from_another_ip() {
        let limiter = SignInLimiter::new(SignInLimits::default());
        for _ in 0..20 {
            let _ = limiter.check("fatima@example.ma", ATTACKER);
        }
        assert!(limiter.check("fatima@example.ma", OWNER).is_ok());
    }

    #[test]
    fn one_ip_spraying_many_accounts_is_throttled() {
        let limiter = SignInLimiter::new(SignInLimits::default());
        let results: Vec<_> = (0..40)
            .map(|i| limiter.check(&format!("user{i}@example.ma"), ATTACKER))
            .collect();
        assert!(results.iter().take(30).all(Result::is_ok));
        assert!(results.iter().skip(30).all(Result::is_err));
    }
}
