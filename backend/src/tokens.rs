//! Secret tokens mailed to people (invitations, password resets): 256 random bits, URL-safe, of
//! which only the digest is stored, so a copy of the database opens nothing.

use base64::Engine;

/// A new token for a link.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored of `token`: its SHA-256, hex.
pub fn digest(token: &str) -> String {
    crate::media::content_hash(token.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_stored_only_as_digests() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(digest(&a).len(), 64);
        assert_ne!(digest(&a), a);
        assert_eq!(digest(&a), digest(&a));
    }
}
