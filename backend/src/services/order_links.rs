//! The buyer's private link to an order: the address mailed and shown, and the hash stored for its
//! secret. A leaf: checkout makes links, orders checks them, payments and fulfilment mail them.

use crate::state::AppSettings;

/// The buyer's link to an order (`?key=` is the secret a guest follows it with).
pub fn link(settings: &AppSettings, number: &str, key: &str) -> String {
    format!(
        "{}/orders/{number}?key={key}",
        settings.public_url.trim_end_matches('/')
    )
}

/// The hash stored for an order link's secret.
pub fn token_hash(key: &str) -> String {
    crate::media::content_hash(key.trim().as_bytes())
}
