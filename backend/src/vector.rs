//! SVG logos handed in by experts: checked as XML before anything draws them, then drawn to a PNG
//! on the server (resvg), which goes through the image pipeline like any upload; the SVG itself is
//! kept privately for the cooperative to download and send to a printer.
//!
//! Refused, each with its own translated reason: a document type declaration (entities can
//! expand without end, or reach for files), a script, an event handler (`on…`), an embedded page
//! (`foreignObject`, `iframe`, `embed`, `object`), a reference to anything outside the file
//! (`href` other than `#…`, `url(…)` other than `url(#…)`, `@import`), live text (it prints only
//! where its font is installed: designers outline it), a canvas without a size or larger than
//! [`SVG_MAX_SIDE`] units a side, and a file over [`SVG_MAX_BYTES`].

use domain::media::{MediaError, SVG_MAX_BYTES, SVG_MAX_SIDE};

/// The longest side of the PNG an SVG is drawn to, in pixels.
pub const RASTER_SIDE: u32 = 1024;

/// Whether `bytes` look like an SVG (an XML document or an `<svg>` element at the start).
pub fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<?xml") || head.starts_with("<svg") || head.starts_with("<!--")
}

/// Elements that run code or embed another document.
const ACTIVE: [&str; 7] = [
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
];

/// Whether a piece of CSS (a `style` attribute or element) reaches outside the file.
fn css_reaches_out(css: &str) -> bool {
    let lower = css.to_ascii_lowercase();
    if lower.contains("@import") || lower.contains("expression(") {
        return true;
    }
    lower.match_indices("url(").any(|(at, _)| {
        let rest = lower[at + 4..].trim_start_matches([' ', '"', '\'']);
        !rest.starts_with('#')
    })
}

/// Checks an SVG file; the reason it is refused, if it is.
pub fn check(bytes: &[u8]) -> Result<(), MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    if bytes.len() > SVG_MAX_BYTES {
        return Err(MediaError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| MediaError::Damaged)?;
    if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
        return Err(MediaError::SvgEntity);
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected | roxmltree::Error::EntityReferenceLoop(_) => {
            MediaError::SvgEntity
        }
        _ => MediaError::Damaged,
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        return Err(MediaError::UnsupportedType);
    }
    for node in doc.descendants() {
        if node.is_pi() && node.pi().is_some_and(|pi| pi.target == "xml-stylesheet") {
            return Err(MediaError::SvgExternal);
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        if ACTIVE.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            return Err(MediaError::SvgScript);
        }
        if matches!(name, "text" | "tspan" | "textPath") {
            return Err(MediaError::SvgText);
        }
        if name == "style" && node.text().is_some_and(css_reaches_out) {
            return Err(MediaError::SvgExternal);
        }
        for attribute in node.attributes() {
            let key = attribute.name().to_ascii_lowercase();
            let value = attribute.value().trim();
            if key.starts_with("on") {
                return Err(MediaError::SvgScript);
            }
            if key == "href" && !value.starts_with('#') {
                return Err(MediaError::SvgExternal);
            }
            if css_reaches_out(value) {
                return Err(MediaError::SvgExternal);
            }
        }
    }
    let tree = usvg_tree(bytes)?;
    let size = tree.size();
    let (width, height) = (size.width(), size.height());
    if !(width.is_finite() && height.is_finite())
        || width < 1.0
        || height < 1.0
        || width > SVG_MAX_SIDE
        || height > SVG_MAX_SIDE
    {
        return Err(MediaError::SvgCanvas);
    }
    Ok(())
}

fn usvg_tree(bytes: &[u8]) -> Result<resvg::usvg::Tree, MediaError> {
    resvg::usvg::Tree::from_data(bytes, &resvg::usvg::Options::default())
        .map_err(|_| MediaError::Damaged)
}

/// Draws a checked SVG to a PNG whose longest side is [`RASTER_SIDE`] pixels, on a transparent
/// ground. Call [`check`] first.
pub fn rasterise(bytes: &[u8]) -> Result<Vec<u8>, MediaError> {
    check(bytes)?;
    let tree = usvg_tree(bytes)?;
    let size = tree.size();
    let scale = RASTER_SIDE as f32 / size.width().max(size.height());
    let side = |v: f32| ((v * scale).round() as u32).clamp(1, RASTER_SIDE);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(side(size.width()), side(size.height()))
        .ok_or(MediaError::SvgCanvas)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|_| MediaError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOGO: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100" width="200" height="100">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#0f5132"/><stop offset="1" stop-color="#f2c14e"/></linearGradient></defs>
  <style>.leaf { fill: url(#g); }</style>
  <rect width="200" height="100" fill="#fff"/>
  <path class="leaf" d="M20 80 C 60 0, 140 0, 180 80 Z"/>
  <use xlink:href="#g"/>
</svg>"##;

    #[test]
    fn a_clean_logo_passes_and_is_drawn_to_a_png_of_the_right_shape() {
        assert!(looks_like_svg(LOGO.as_bytes()));
        assert_eq!(check(LOGO.as_bytes()), Ok(()));
        let png = rasterise(LOGO.as_bytes()).expect("drawn");
        assert!(png.starts_with(b"\x89PNG"));
        let image = image::load_from_memory(&png).expect("a PNG");
        assert_eq!(
            (image.width(), image.height()),
            (RASTER_SIDE, RASTER_SIDE / 2)
        );
    }

    #[test]
    fn every_unsafe_svg_is_refused_with_its_reason() {
        let svg = |body: &str| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">{body}</svg>"#
            )
        };
        let cases = [
            (svg("<script>alert(1)</script>"), MediaError::SvgScript),
            (svg(r#"<rect width="10" height="10" onload="alert(1)"/>"#), MediaError::SvgScript),
            (svg(r#"<foreignObject><div/></foreignObject>"#), MediaError::SvgScript),
            (svg(r#"<image href="https://evil.example/x.png"/>"#), MediaError::SvgExternal),
            (svg(r#"<image xlink:href="file:///etc/passwd"/>"#), MediaError::SvgExternal),
            (svg(r#"<a href="javascript:alert(1)"><rect width="1" height="1"/></a>"#), MediaError::SvgExternal),
            (svg(r#"<rect width="1" height="1" style="fill: url(https://evil.example/p)"/>"#), MediaError::SvgExternal),
            (svg("<style>@import url(https://evil.example/a.css);</style>"), MediaError::SvgExternal),
            (svg(r#"<text x="1" y="1">Argan</text>"#), MediaError::SvgText),
            (
                r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>"#.to_owned(),
                MediaError::SvgEntity,
            ),
            (
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"><rect width="1" height="1"/></svg>"#.to_owned(),
                MediaError::SvgCanvas,
            ),
            ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect".to_owned(), MediaError::Damaged),
            ("<html><body/></html>".to_owned(), MediaError::UnsupportedType),
        ];
        for (file, reason) in cases {
            assert_eq!(check(file.as_bytes()), Err(reason), "{file}");
            assert_eq!(rasterise(file.as_bytes()).err(), Some(reason), "{file}");
        }
        let huge = format!("{}{}", svg(""), " ".repeat(SVG_MAX_BYTES));
        assert_eq!(check(huge.as_bytes()), Err(MediaError::TooLarge));
    }
}
