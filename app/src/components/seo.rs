//! What search engines read beside a public page's content: its canonical link and language
//! alternates (see [`domain::page_links`]: the variant at `?lang=fr` is canonical to itself,
//! each variant names all three and the bare address as `x-default`), and the breadcrumb trail
//! it shows as a schema.org `BreadcrumbList`.

use crate::context::use_request_ctx;
use leptos::prelude::*;
use leptos_meta::Link;

/// The canonical and `hreflang` links of the page at `path` (with the query that names the page,
/// such as `?page=2`, never `lang`); by default the request's path without its query.
#[component]
pub fn LanguageLinks(#[prop(optional, into)] path: Option<String>) -> impl IntoView {
    let ctx = use_request_ctx();
    let path = path.unwrap_or_else(|| {
        let bare = ctx
            .path
            .split_once('?')
            .map_or(ctx.path.as_str(), |(p, _)| p);
        bare.to_owned()
    });
    let links = domain::page_links::language_links(
        &ctx.origin,
        &path,
        ctx.lang_pinned.then_some(ctx.locale),
    );
    view! {
        <Link rel="canonical" href=links.canonical/>
        {links.alternates.into_iter().map(|(tag, href)| view! { <Link rel="alternate" hreflang=tag href=href/> }).collect_view()}
    }
}

/// The trail of `(name, path)` steps a page shows (the page itself last), as JSON-LD. Rendered on
/// the server only, like every page that is not an island.
#[component]
pub fn BreadcrumbData(steps: Vec<(String, String)>) -> impl IntoView {
    let ctx = use_request_ctx();
    #[cfg(feature = "ssr")]
    let json = {
        let steps: Vec<(String, String)> = steps
            .into_iter()
            .map(|(name, path)| (name, format!("{}{path}", ctx.origin)))
            .collect();
        backend::structured_data::script(&backend::structured_data::breadcrumbs(&steps))
    };
    #[cfg(not(feature = "ssr"))]
    let json = {
        let _ = steps;
        String::new()
    };
    view! { <script type="application/ld+json" nonce=ctx.nonce inner_html=json></script> }
}
