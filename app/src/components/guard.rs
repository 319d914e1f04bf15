//! The page guards: a signed-out visitor goes to the sign-in page; a signed-in user without the
//! right gets a 403 page.

use crate::context::use_request_ctx;

/// Sends a signed-out visitor to the sign-in page (coming back to `path` after); `false` then.
pub fn require_sign_in(path: &str) -> bool {
    if use_request_ctx().user.is_none() {
        crate::ssr_redirect(&format!("/sign-in?next={path}"));
        return false;
    }
    true
}
