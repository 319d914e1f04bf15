//! Server functions, one module an area. Each is thin: who is calling, parse, one service call.
//! Endpoints are explicit and stable; inputs stay URL-encoded so plain HTML forms can post them.

pub mod account;
pub mod catalog;
pub mod certificates;
pub mod collections;
pub mod conversations;
pub mod cooperative_settings;
pub mod cooperatives;
pub mod dashboards;
pub mod directory;
pub mod identity;
pub mod labels;
pub mod legal;
pub mod locale;
pub mod orders;
pub mod payouts;
pub mod products;
pub mod registry;
pub mod requests;
pub mod reviews;
pub mod search;
pub mod team;

use crate::error::AppError;
use leptos::prelude::*;
use server_fn::error::ServerFnUrlError;

/// The error a no-JavaScript form post left in the URL for the server function at `fn_path`
/// (server_fn redirects back with `__path` and `__err` in the query).
pub fn url_error(fn_path: &str) -> Option<AppError> {
    let query = leptos_router::hooks::use_query_map();
    query.with_untracked(|q| {
        let path = q.get("__path")?;
        if path != fn_path {
            return None;
        }
        q.get("__err")
            .map(|err| ServerFnUrlError::<AppError>::decode_err(&err))
    })
}

/// Keeps a post-sign-in destination on this site: a local absolute path, else home.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        // Printable ASCII only: anything else could not even go into a Location header.
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.contains("://")
                && p.len() <= 512
                && p.chars().all(|c| c.is_ascii_graphic()) =>
        {
            p.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_destinations_off_this_site_become_home() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("/x?u=https://evil.example")), "/");
        assert_eq!(safe_next(None), "/");
        assert_eq!(safe_next(Some("/a\r\nSet-Cookie: x=y")), "/");
        assert_eq!(safe_next(Some("/حساب")), "/");
    }
}
