//! The API's OpenAPI document (`/api/v1/openapi.json`) and the same document as a page people
//! can read (`/api/v1/docs`): each operation with its parameters and answers, and a link to try
//! the ones that need no value. Rendered on the server: no JavaScript, right to left in Arabic.

use super::with_etag;
use axum::{extract::Request, http::HeaderMap, response::Response};
use domain::{Locale, feed::xml_text};
use std::{fmt::Write, sync::Arc};
use utoipa::openapi::{OpenApi, RefOr, path::ParameterIn};

/// The document, serialised once.
pub struct Document {
    pub doc: OpenApi,
    json: Vec<u8>,
}

impl Document {
    pub fn new(doc: &OpenApi) -> Self {
        let json = serde_json::to_vec_pretty(doc).unwrap_or_default();
        Self {
            doc: doc.clone(),
            json,
        }
    }
}

/// `GET /api/v1/openapi.json`
pub async fn json(document: Arc<Document>, headers: HeaderMap) -> Response {
    with_etag(&headers, document.json.clone(), "application/json")
}

/// `GET /api/v1/docs`
pub async fn page(document: Arc<Document>, req: Request) -> Response {
    let locale = req
        .extensions()
        .get::<app::context::RequestCtx>()
        .map_or(Locale::En, |c| c.locale);
    let html = render(&document.doc, locale);
    let mut response = with_etag(req.headers(), html.into_bytes(), "text/html; charset=utf-8");
    response.headers_mut().insert(
        http::header::CONTENT_LANGUAGE,
        http::HeaderValue::from_static(locale.tag()),
    );
    response
}

fn render(doc: &OpenApi, locale: Locale) -> String {
    let t = |key: &str| xml_text(&backend::i18n::t(locale, key));
    let dir = if locale == Locale::Ar { "rtl" } else { "ltr" };
    let base = doc
        .servers
        .as_ref()
        .and_then(|s| s.first())
        .map(|s| s.url.clone())
        .unwrap_or_default();
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/taawon.css\"></head>\
         <body><main class=\"narrow prose api-docs\"><h1>{title}</h1><p>{intro}</p>\
         <p><a href=\"{base}/openapi.json\" dir=\"ltr\">openapi.json</a> (OpenAPI {version})</p>\
         <p dir=\"ltr\">{description}</p>",
        lang = locale.tag(),
        title = t("api-docs-title"),
        intro = t("api-docs-intro"),
        base = xml_text(&base),
        version = serde_json::to_value(&doc.openapi)
            .ok()
            .and_then(|v| v.as_str().map(xml_text))
            .unwrap_or_default(),
        description = xml_text(doc.info.description.as_deref().unwrap_or_default()),
    );
    for (path, item) in doc.paths.paths.iter() {
        let Some(operation) = item.get.as_ref() else {
            continue;
        };
        let _ = write!(
            html,
            "<section class=\"api-operation\"><h2 dir=\"ltr\"><code>GET {}</code></h2>",
            xml_text(&format!("{base}{path}"))
        );
        let summary = operation
            .description
            .as_deref()
            .or(operation.summary.as_deref())
            .unwrap_or_default();
        let _ = write!(html, "<p dir=\"ltr\">{}</p>", xml_text(summary));
        let parameters = operation.parameters.as_deref().unwrap_or_default();
        if !parameters.is_empty() {
            let _ = write!(
                html,
                "<h3>{}</h3><table class=\"table\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
                t("api-docs-parameters"),
                t("api-docs-name"),
                t("api-docs-where"),
                t("api-docs-meaning"),
            );
            for p in parameters.iter().filter_map(|p| match p {
                RefOr::T(p) => Some(p),
                RefOr::Ref(_) => None,
            }) {
                let place = match p.parameter_in {
                    ParameterIn::Path => "path",
                    ParameterIn::Query => "query",
                    ParameterIn::Header => "header",
                    _ => "",
                };
                let required = matches!(p.required, utoipa::openapi::Required::True);
                let _ = write!(
                    html,
                    "<tr><td dir=\"ltr\"><code>{}</code>{}</td><td>{place}</td><td dir=\"ltr\">{}</td></tr>",
                    xml_text(&p.name),
                    if required { " *" } else { "" },
                    xml_text(p.description.as_deref().unwrap_or_default()),
                );
            }
            html.push_str("</tbody></table>");
        }
        let _ = write!(html, "<h3>{}</h3><ul>", t("api-docs-answers"));
        for (status, response) in operation.responses.responses.iter() {
            let description = match response {
                RefOr::T(r) => r.description.clone(),
                RefOr::Ref(r) => r.ref_location.clone(),
            };
            let _ = write!(
                html,
                "<li dir=\"ltr\"><code>{}</code> {}</li>",
                xml_text(status),
                xml_text(&description)
            );
        }
        html.push_str("</ul>");
        if !path.contains('{') {
            let example = format!("{base}{path}?lang={}", locale.tag());
            let example = if path.ends_with("/search") {
                format!("{example}&q=argan")
            } else {
                example
            };
            let _ = write!(
                html,
                "<p><a href=\"{}\">{}</a></p>",
                xml_text(&example),
                t("api-docs-try")
            );
        }
        html.push_str("</section>");
    }
    html.push_str("</main></body></html>\n");
    html
}
