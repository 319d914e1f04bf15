//! Product descriptions: a small Markdown subset (paragraphs, line breaks, **bold**, *italic*,
//! lists) rendered with pulldown-cmark, then sanitised with ammonia so that only those elements
//! survive. Any HTML typed in is escaped or removed; links, images, scripts, styles and attributes
//! never reach a page.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;

/// The elements a description may contain.
const ALLOWED: [&str; 7] = ["p", "br", "strong", "em", "ul", "ol", "li"];

/// Renders `source` to safe HTML.
pub fn render(source: &str) -> String {
    // Headings become bold paragraphs and links their text: a description is not a web page.
    let events = Parser::new_ext(source, Options::empty()).filter_map(|event| match event {
        Event::Start(Tag::Heading { .. }) => Some(Event::Start(Tag::Paragraph)),
        Event::End(TagEnd::Heading(_)) => Some(Event::End(TagEnd::Paragraph)),
        Event::Start(Tag::Link { .. } | Tag::Image { .. })
        | Event::End(TagEnd::Link | TagEnd::Image) => None,
        // Raw HTML is shown as the text it is, never interpreted.
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        other => Some(other),
    });
    let mut unsafe_html = String::with_capacity(source.len() * 2);
    html::push_html(&mut unsafe_html, events);
    ammonia::Builder::empty()
        .tags(HashSet::from(ALLOWED))
        .clean(&unsafe_html)
        .to_string()
}

/// The plain text of `source`, read from the Markdown events (not by stripping tags from the
/// HTML): the words of every paragraph and list item, typed HTML kept as the text it is, blocks
/// separated by a space, runs of white space made one.
pub fn plain_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for event in Parser::new_ext(source, Options::empty()) {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push_str(&text)
            }
            // Inline ends join their words; block ends and line breaks separate them.
            Event::End(
                TagEnd::Strong
                | TagEnd::Emphasis
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image,
            ) => {}
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{ALLOWED, plain_text, render};

    #[test]
    fn plain_text_comes_from_the_markdown() {
        assert_eq!(
            plain_text(
                "**Pure** argan & honey,\n*cold pressed*.\n\n- 250 ml\n- <b>glass</b> bottle"
            ),
            "Pure argan & honey, cold pressed. 250 ml <b>glass</b> bottle"
        );
    }

    #[test]
    fn the_small_subset_is_kept() {
        let html = render("**Pure** argan oil, *cold pressed*.\n\n- 250 ml\n- glass bottle");
        assert_eq!(
            html.trim(),
            "<p><strong>Pure</strong> argan oil, <em>cold pressed</em>.</p>\n<ul>\n<li>250 ml</li>\n<li>glass bottle</li>\n</ul>"
        );
    }

    #[test]
    fn html_typed_in_never_becomes_markup() {
        for attack in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[click](javascript:alert(1))",
            "<p style=\"background:url(x)\">x</p>",
            "<iframe src=//evil></iframe>",
        ] {
            let html = render(attack);
            // Every tag left is an allowed element with no attribute at all.
            for tag in html.split('<').skip(1) {
                let inside = tag.split('>').next().unwrap_or_default();
                let name = inside.trim_start_matches('/');
                assert!(ALLOWED.contains(&name), "{attack} gave {html}");
            }
        }
    }

    #[test]
    fn links_and_headings_keep_their_text() {
        assert_eq!(render("# Title").trim(), "<p>Title</p>");
        assert_eq!(
            render("[our village](https://x.ma)").trim(),
            "<p>our village</p>"
        );
    }

    #[test]
    fn arabic_text_passes_through() {
        assert_eq!(
            render("زيت **أركان** أصيل").trim(),
            "<p>زيت <strong>أركان</strong> أصيل</p>"
        );
    }
}
