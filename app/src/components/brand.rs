//! A cooperative's brand colours as CSS custom properties, in a `<style>` element carrying the
//! page's CSP nonce. Text colours are chosen by `domain::colour` so text on a brand colour always
//! has at least 4.5:1 contrast, whatever colour was picked.

use crate::context::use_request_ctx;
use domain::colour::Rgb;
use leptos::prelude::*;

/// The CSS for `scope` with the given colours; invalid colours fall back to Taawon's own.
pub fn brand_css(scope: &str, primary: &str, secondary: &str) -> String {
    let primary = Rgb::parse(primary).unwrap_or(Rgb {
        r: 0x0f,
        g: 0x51,
        b: 0x32,
    });
    let secondary = Rgb::parse(secondary).unwrap_or(Rgb {
        r: 0xf8,
        g: 0xd6,
        b: 0x6d,
    });
    // Only `#rrggbb` values built from parsed colours reach the stylesheet: nothing a user typed.
    format!(
        "{scope}{{--brand:{primary};--on-brand:{};--brand-2:{secondary};--on-brand-2:{}}}",
        primary.text_colour(),
        secondary.text_colour()
    )
}

/// Emits the brand colours for elements matching `scope` (e.g. `.storefront`).
#[component]
pub fn BrandStyle(scope: &'static str, primary: String, secondary: String) -> impl IntoView {
    let nonce = use_request_ctx().nonce;
    view! { <style nonce=nonce>{brand_css(scope, &primary, &secondary)}</style> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brand_css_pairs_each_colour_with_legible_text() {
        let css = brand_css(".s", "#0f5132", "#f8d66d");
        assert_eq!(
            css,
            ".s{--brand:#0f5132;--on-brand:#ffffff;--brand-2:#f8d66d;--on-brand-2:#000000}"
        );
    }

    #[test]
    fn anything_but_a_colour_never_reaches_the_stylesheet() {
        let css = brand_css(".s", "red;}</style><script>", "#zzz");
        assert!(!css.contains("script") && !css.contains("red"), "{css}");
    }
}
