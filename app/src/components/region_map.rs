//! A map of Morocco's 12 regions drawn as SVG on the server (no tiles, no script, no external
//! service): each region shaded by how many cooperatives it counts, its count written on it, and
//! a link to the list filtered to it; the same links follow as a list for small screens and
//! screen readers.

use crate::{
    dto::RegionCountDto,
    i18n::{t, t_args},
};
use domain::{Locale, feed::xml_text as escape, geo::Region, region_map};
use leptos::prelude::*;

/// The shade of a region with `count` cooperatives when the busiest has `max`: 0 for none, then
/// 1 to 4 by quarter of the maximum.
fn tone(count: u64, max: u64) -> u64 {
    if count == 0 || max == 0 {
        0
    } else {
        (count * 4).div_ceil(max).clamp(1, 4)
    }
}

/// One region as the map draws it: its count and where its link goes.
#[derive(Debug, Clone, PartialEq)]
pub struct MapRegion {
    pub region: Region,
    pub count: u64,
    pub href: String,
}

/// The map's SVG markup.
pub fn svg(regions: &[MapRegion], selected: Option<Region>, locale: Locale) -> String {
    let (width, height) = region_map::VIEW_BOX;
    let max = regions.iter().map(|r| r.count).max().unwrap_or(0);
    let title = escape(&t(locale, "directory-map-title"));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" \
         class=\"region-map-svg\" aria-labelledby=\"region-map-title\">\
         <title id=\"region-map-title\">{title}</title>"
    );
    for shape in region_map::shapes() {
        let Some(r) = regions.iter().find(|r| r.region == shape.region) else {
            continue;
        };
        let name = shape.region.name(locale);
        let label = escape(&t_args(
            locale,
            "directory-map-region",
            &[("region", name.into()), ("count", r.count.into())],
        ));
        let here = if selected == Some(shape.region) {
            " selected"
        } else {
            ""
        };
        let (x, y) = shape.anchor;
        out.push_str(&format!(
            "<a href=\"{href}\" aria-label=\"{label}\" data-region=\"{code}\">\
             <path d=\"{d}\" class=\"region tone-{tone}{here}\"><title>{label}</title></path>\
             <text x=\"{x:.1}\" y=\"{y:.1}\" class=\"region-count\">{count}</text></a>",
            href = escape(&r.href),
            code = shape.region.code(),
            d = shape.path,
            tone = tone(r.count, max),
            count = r.count,
        ));
    }
    out.push_str("</svg>");
    out
}

/// The map, with the regions' links also as a list.
#[component]
pub fn RegionMap(
    regions: Vec<RegionCountDto>,
    /// The region the list is filtered to (empty for none).
    selected: String,
    /// The link of a region (by code).
    href: impl Fn(&str) -> String,
    locale: Locale,
) -> impl IntoView {
    let drawn: Vec<MapRegion> = regions
        .iter()
        .filter_map(|r| {
            Some(MapRegion {
                region: Region::from_code(&r.region)?,
                count: r.count,
                href: href(&r.region),
            })
        })
        .collect();
    let selected = Region::from_code(&selected);
    let markup = svg(&drawn, selected, locale);
    view! {
        <figure class="region-map">
            <figcaption>{t(locale, "directory-map-title")}</figcaption>
            <div class="region-map-drawing" inner_html=markup></div>
            <ul class="region-list">
                {drawn.into_iter().map(|r| {
                    let here = selected == Some(r.region);
                    view! {
                        <li>
                            <a href=r.href aria-current=here.then_some("true") data-region=r.region.code()>
                                <bdi>{r.region.name(locale)}</bdi> " " <span class="facet-count">{r.count}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions() -> Vec<MapRegion> {
        Region::ALL
            .into_iter()
            .enumerate()
            .map(|(n, region)| MapRegion {
                region,
                count: n as u64,
                href: format!("/cooperatives?region={}&sort=newest", region.code()),
            })
            .collect()
    }

    #[test]
    fn every_region_is_a_link_with_its_count_and_the_markup_is_well_formed() {
        let markup = svg(&regions(), Some(Region::Oriental), Locale::Fr);
        assert_eq!(markup.matches("<a href=").count(), 12);
        assert_eq!(markup.matches("<path ").count(), 12);
        assert!(markup.contains("href=\"/cooperatives?region=souss_massa&amp;sort=newest\""));
        assert!(
            markup.contains("L&apos;Oriental : 1 coopérative"),
            "{markup}"
        );
        assert!(
            markup.contains("class=\"region tone-1 selected\""),
            "{markup}"
        );
        assert!(markup.contains(">11</text>"));
        // Every element opened is closed.
        for tag in ["a", "path", "text", "title", "svg"] {
            assert_eq!(
                markup.matches(&format!("<{tag}")).count(),
                markup.matches(&format!("</{tag}>")).count(),
                "{tag}"
            );
        }
    }

    #[test]
    fn tones_rise_with_the_count() {
        assert_eq!(tone(0, 10), 0);
        assert_eq!(tone(1, 10), 1);
        assert_eq!(tone(5, 10), 2);
        assert_eq!(tone(10, 10), 4);
        assert_eq!(tone(3, 0), 0);
    }
}
