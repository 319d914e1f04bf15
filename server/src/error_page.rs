//! Error pages rendered outside Leptos: refused cross-site posts and panics. Translated, styled,
//! and free of detail.

use app::{error::AppError, i18n::t};
use axum::response::{Html, IntoResponse, Response};
use domain::Locale;
use http::{HeaderValue, StatusCode};

/// Header the panic handler sets so the outer middleware can render the page in the user's language.
pub const PANIC_MARKER: &str = "x-taawon-panic";

/// A complete HTML error page.
pub fn render(locale: Locale, status: StatusCode, error: &AppError) -> Response {
    let (title, heading, text) = match error {
        AppError::Internal => (
            t(locale, "server-error-title"),
            t(locale, "server-error-heading"),
            t(locale, "server-error-text"),
        ),
        other => (other.message(locale), other.message(locale), String::new()),
    };
    let home = t(locale, "not-found-home");
    let brand = t(locale, "brand-name");
    let html = format!(
        r#"<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · {brand}</title><link rel="stylesheet" href="/pkg/taawon.css"></head><body><main id="main" class="site-main"><section class="narrow" data-error-code="{code}"><h1>{heading}</h1><p>{text}</p><a class="button" href="/">{home}</a></section></main></body></html>"#,
        lang = locale.tag(),
        dir = locale.direction().as_str(),
        title = escape(&title),
        brand = escape(&brand),
        code = error.code(),
        heading = escape(&heading),
        text = escape(&text),
        home = escape(&home),
    );
    (status, Html(html)).into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Turns a panic into a bare 500 marked for the middleware; the panic itself is logged here, once.
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %detail, "request handler panicked");
    let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
    response
        .headers_mut()
        .insert(PANIC_MARKER, HeaderValue::from_static("1"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    #[tokio::test]
    async fn the_500_page_is_translated_and_says_nothing_about_the_cause() {
        let ar = render(
            Locale::Ar,
            StatusCode::INTERNAL_SERVER_ERROR,
            &AppError::Internal,
        );
        assert_eq!(ar.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let ar = body(ar).await;
        assert!(
            ar.contains(r#"<html lang="ar" dir="rtl">"#) && ar.contains("حدث خطأ من جهتنا"),
            "{ar}"
        );
        let fr = body(render(
            Locale::Fr,
            StatusCode::INTERNAL_SERVER_ERROR,
            &AppError::Internal,
        ))
        .await;
        assert!(
            fr.contains(r#"<html lang="fr" dir="ltr">"#)
                && fr.contains("Une erreur est survenue de notre côté"),
            "{fr}"
        );
    }

    #[test]
    fn a_panic_becomes_a_marked_500_without_its_message() {
        let response = panic_response(Box::new("secret detail"));
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(response.headers().contains_key(PANIC_MARKER));
    }
}
