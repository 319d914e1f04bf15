//! The binary's one TLS back-end. Every TLS client in the process (Stripe through hyper-rustls,
//! S3 through object_store's reqwest, SMTP through lettre, PostgreSQL through sqlx) uses rustls;
//! the dependency features are arranged so that only `ring` is compiled (no aws-lc-rs: `cargo
//! tree -i aws-lc-rs` finds nothing), and the process default is installed here, before any
//! client is built, for the clients that take the default instead of naming one (object_store's
//! reqwest is built with `rustls-no-provider`).
//!
//! Why ring: every other client already named it, it needs no C toolchain beyond the one
//! `ring` brings, and with two back-ends compiled rustls cannot choose a default at all (that
//! made `taawon serve` panic as soon as `STRIPE_SECRET_KEY` was set).

/// The name of the installed back-end, for the start-up log.
pub const BACKEND: &str = "rustls with ring";

/// Installs ring as the process's TLS crypto provider. Calling it again (tests build several
/// applications in one process) keeps the one installed.
pub fn install_crypto_provider() {
    // An error only says a provider is installed already: ours, as nothing else installs one.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_process_provider_is_ring_once_installed() {
        super::install_crypto_provider();
        super::install_crypto_provider();
        let provider = rustls::crypto::CryptoProvider::get_default().expect("installed");
        let ring = rustls::crypto::ring::default_provider();
        let names = |p: &rustls::crypto::CryptoProvider| {
            p.cipher_suites
                .iter()
                .map(|s| format!("{:?}", s.suite()))
                .collect::<Vec<_>>()
        };
        assert_eq!(names(provider), names(&ring));
    }
}
