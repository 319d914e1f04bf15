//! The links that tell search engines which address is which page. Every public page has a
//! variant per language at `?lang=ar|fr|en` (that response's language, whatever the cookie
//! says) and the bare address, whose language the visitor's cookie or browser picks: the bare
//! address is the `x-default`. Each variant is canonical to itself and every variant names all
//! the others, so the alternates are reciprocal, which search engines require before they use
//! them.

use crate::locale::Locale;

/// A page's canonical address and its language alternates (`ar`, `fr`, `en`, then `x-default`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageLinks {
    pub canonical: String,
    pub alternates: Vec<(&'static str, String)>,
}

/// The links of the page at `path` (path and the query that names the page, e.g. `?page=2`,
/// without `lang`) on the site at `origin`, as rendered in `pinned`'s language when the address
/// asked for one.
pub fn language_links(origin: &str, path: &str, pinned: Option<Locale>) -> LanguageLinks {
    let bare = format!("{}{path}", origin.trim_end_matches('/'));
    let mut alternates: Vec<(&'static str, String)> = Locale::ALL
        .iter()
        .map(|l| (l.tag(), in_language(&bare, *l)))
        .collect();
    let canonical = pinned.map_or_else(|| bare.clone(), |l| in_language(&bare, l));
    alternates.push(("x-default", bare));
    LanguageLinks {
        canonical,
        alternates,
    }
}

/// `url` in one language: its `lang` query parameter.
pub fn in_language(url: &str, locale: Locale) -> String {
    let joint = if url.contains('?') { '&' } else { '?' };
    format!("{url}{joint}lang={}", locale.tag())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_is_canonical_to_itself_and_names_the_others() {
        let bare = language_links("https://taawon.ma/", "/p/argan", None);
        assert_eq!(bare.canonical, "https://taawon.ma/p/argan");
        let tags: Vec<&str> = bare.alternates.iter().map(|(t, _)| *t).collect();
        assert_eq!(tags, ["ar", "fr", "en", "x-default"]);
        for locale in Locale::ALL {
            let variant = language_links("https://taawon.ma", "/p/argan", Some(locale));
            assert_eq!(
                variant.canonical,
                format!("https://taawon.ma/p/argan?lang={}", locale.tag())
            );
            // Reciprocal: the variant is among its own alternates and the set is the same.
            assert!(
                variant
                    .alternates
                    .iter()
                    .any(|(_, u)| *u == variant.canonical)
            );
            assert_eq!(variant.alternates, bare.alternates);
        }
        assert!(
            bare.alternates
                .iter()
                .any(|(t, u)| *t == "x-default" && *u == bare.canonical)
        );
    }

    #[test]
    fn a_page_query_is_kept_before_the_language() {
        let links = language_links(
            "https://taawon.ma",
            "/categories/honey?page=2",
            Some(Locale::Fr),
        );
        assert_eq!(
            links.canonical,
            "https://taawon.ma/categories/honey?page=2&lang=fr"
        );
    }
}
