//! Server-rendered SVG charts, drawn with plotters' SVG backend: bars over time and ranked bars.
//! Readable without JavaScript; laid out in the page's direction (in Arabic, time runs from right
//! to left, bars grow leftwards and the labels sit on the right, right-aligned); every label comes
//! from the caller, already in the page's language. Each chart goes with a table of the same
//! figures (the page's text alternative), so the SVG itself is presentational.
//!
//! Plotters places text for a left-to-right drawing. An Arabic chart is marked `direction="rtl"`
//! (so each label is laid out right to left, words and numbers in their order) and its text
//! anchors are swapped to match: in right-to-left text, `start` is the right edge.

use domain::{Locale, locale::Direction};
use plotters::{
    coord::Shift,
    prelude::*,
    style::{FontDesc, FontFamily, FontStyle},
};

/// One bar: its label and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Shown on the axis, already translated.
    pub label: String,
    /// Its length, in the chart's unit (centimes, a count…).
    pub value: i64,
}

const TEXT: RGBColor = RGBColor(0x33, 0x33, 0x33);
const AXIS: RGBColor = RGBColor(0x66, 0x66, 0x66);
const GRID: RGBColor = RGBColor(0xe4, 0xe4, 0xe4);
/// The storefront's accent (argan green).
const FILL: RGBColor = RGBColor(0x2f, 0x6b, 0x4f);

/// Drawn for a phone's column (about 330 px at 360 px wide), so the text is seen near its size
/// there; wider screens scale it up.
const WIDTH: u32 = 360;
const COLUMNS_HEIGHT: u32 = 220;
const ROW_HEIGHT: u32 = 30;
/// Width of the ranked bars' label column.
const NAMES_WIDTH: u32 = 160;

fn font<'a>() -> FontDesc<'a> {
    // Plotters' SVG backend writes sizes divided by 1.24: 20 gives 16 px text, about 15 px once
    // the drawing fits a 360 px phone.
    FontDesc::new(FontFamily::SansSerif, 20.0, FontStyle::Normal)
}

/// Where the value axis (time chart) or the names (ranked bars) go: at the start of the line.
fn start_side(rtl: bool) -> LabelAreaPosition {
    if rtl {
        LabelAreaPosition::Right
    } else {
        LabelAreaPosition::Left
    }
}

/// A label on the right-hand axis of an Arabic chart, padded so plotters' width estimate (by
/// bytes) is the same for all: it then starts every label at the axis instead of mixing
/// alignments. SVG collapses the trailing spaces, so nothing shows.
fn padded(label: String, rtl: bool, bytes: usize) -> String {
    if rtl {
        let pad = bytes.saturating_sub(label.len());
        format!("{label}{}", " ".repeat(pad))
    } else {
        label
    }
}

/// The padded length of a value axis' labels (long enough for `12 345 678`).
const NUMBER_BYTES: usize = 16;

/// A tick's label: empty between whole numbers (a count's axis has no half orders).
fn tick(value: f64, axis: &dyn Fn(i64) -> String) -> String {
    let whole = value.round();
    if (value - whole).abs() > 1e-6 {
        String::new()
    } else {
        axis(whole as i64)
    }
}

/// Marks a drawing right to left: the root's direction and every text anchor swapped.
fn right_to_left(svg: &str) -> String {
    svg.replacen("<svg ", "<svg direction=\"rtl\" ", 1)
        .lines()
        .map(|line| {
            if line.starts_with("<text ") {
                line.replace("text-anchor=\"start\"", "text-anchor=\"\u{0}\"")
                    .replace("text-anchor=\"end\"", "text-anchor=\"start\"")
                    .replace("text-anchor=\"\u{0}\"", "text-anchor=\"end\"")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A round top for a value axis: 1, 2 or 5 times a power of ten, at least `max`.
fn nice_ceiling(max: i64) -> i64 {
    let max = max.max(1);
    let mut step = 1i64;
    while step.saturating_mul(10) <= max {
        step = step.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .iter()
        .map(|m| step.saturating_mul(*m))
        .find(|c| *c >= max)
        .unwrap_or(max)
}

fn render(
    size: (u32, u32),
    rtl: bool,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), String>,
) -> Option<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let drawn = root
            .fill(&WHITE)
            .map_err(|e| e.to_string())
            .and_then(|()| draw(&root))
            .and_then(|()| root.present().map_err(|e| e.to_string()));
        if let Err(e) = drawn {
            tracing::warn!(error = %e, "chart not drawn");
            return None;
        }
    }
    let svg = if rtl { right_to_left(&svg) } else { svg };
    // The table beside it says the same: assistive technology skips the drawing.
    Some(svg.replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1))
}

/// Bars over time, oldest first in `bars`; `axis` writes a value on the value axis. `None` when
/// drawing failed (the page then shows only the table).
pub fn columns(bars: &[Bar], locale: Locale, axis: &dyn Fn(i64) -> String) -> Option<String> {
    let n = bars.len().max(1);
    let rtl = locale.direction() == Direction::Rtl;
    let top = nice_ceiling(bars.iter().map(|b| b.value).max().unwrap_or(0));
    // The slot of bar `i`: left to right, or right to left in Arabic.
    let slot = |i: usize| if rtl { n - 1 - i } else { i };
    let every = n.div_ceil(8);
    render((WIDTH, COLUMNS_HEIGHT), rtl, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .set_label_area_size(start_side(rtl), 70)
            .set_label_area_size(LabelAreaPosition::Bottom, 30)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0f64..(top as f64))
            .map_err(|e| e.to_string())?;
        let x_label = |x: &f64| {
            let position = x.round();
            if (x - position).abs() > 1e-6 || position < 0.0 {
                return String::new();
            }
            let i = slot(position as usize % n);
            match bars.get(i) {
                Some(b) if i % every == 0 => b.label.clone(),
                _ => String::new(),
            }
        };
        let y_label = |y: &f64| padded(tick(*y, axis), rtl, NUMBER_BYTES);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(n)
            .y_labels(5)
            .x_label_formatter(&x_label)
            .y_label_formatter(&y_label)
            .label_style(font().color(&TEXT))
            .axis_style(AXIS)
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let x = slot(i) as f64;
                Rectangle::new([(x - 0.35, 0.0), (x + 0.35, b.value as f64)], FILL.filled())
            }))
            .map_err(|e| e.to_string())?;
        Ok(())
    })
}

/// Ranked bars, largest first as given; `axis` writes a value on the value axis.
pub fn ranking(bars: &[Bar], locale: Locale, axis: &dyn Fn(i64) -> String) -> Option<String> {
    let n = bars.len().max(1);
    let rtl = locale.direction() == Direction::Rtl;
    let top = nice_ceiling(bars.iter().map(|b| b.value).max().unwrap_or(0)) as f64;
    let height = ROW_HEIGHT * n as u32 + 50;
    // The first bar at the top; in Arabic, bars grow from the right edge leftwards.
    let row = |i: usize| (n - 1 - i) as f64;
    let length = |v: f64| if rtl { top - v } else { v };
    let longest = bars
        .iter()
        .map(|b| short(&b.label).len())
        .max()
        .unwrap_or(0);
    render((WIDTH, height), rtl, |root| {
        // Room at the far end for the last value's label.
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .margin_left(if rtl { 28 } else { 12 })
            .margin_right(if rtl { 12 } else { 28 })
            .set_label_area_size(start_side(rtl), NAMES_WIDTH)
            .set_label_area_size(LabelAreaPosition::Bottom, 30)
            .build_cartesian_2d(0f64..top, -0.5f64..(n as f64 - 0.5))
            .map_err(|e| e.to_string())?;
        let y_label = |y: &f64| {
            let position = y.round();
            if (y - position).abs() > 1e-6 || position < 0.0 {
                return String::new();
            }
            let i = n - 1 - (position as usize).min(n - 1);
            bars.get(i)
                .map(|b| padded(short(&b.label), rtl, longest))
                .unwrap_or_default()
        };
        let x_label = |x: &f64| tick(length(*x), axis);
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .x_labels(5)
            .x_label_formatter(&x_label)
            .y_label_formatter(&y_label)
            .label_style(font().color(&TEXT))
            .axis_style(AXIS)
            .bold_line_style(GRID)
            .light_line_style(TRANSPARENT)
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let y = row(i);
                let (start, end) = if rtl {
                    (top - b.value as f64, top)
                } else {
                    (0.0, b.value as f64)
                };
                Rectangle::new([(start, y - 0.32), (end, y + 0.32)], FILL.filled())
            }))
            .map_err(|e| e.to_string())?;
        Ok(())
    })
}

/// A label short enough for the axis (the table has it whole).
fn short(label: &str) -> String {
    const MAX: usize = 18;
    if label.chars().count() <= MAX {
        label.to_owned()
    } else {
        let mut cut: String = label.chars().take(MAX - 1).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Vec<Bar> {
        vec![
            Bar {
                label: "سوس ماسة".into(),
                value: 1200,
            },
            Bar {
                label: "Fès-Meknès <b>".into(),
                value: 300,
            },
        ]
    }

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(0), 1);
        assert_eq!(nice_ceiling(7), 10);
        assert_eq!(nice_ceiling(1200), 2000);
        assert_eq!(nice_ceiling(4999), 5000);
        assert_eq!(nice_ceiling(5001), 10000);
    }

    #[test]
    fn charts_are_svg_with_escaped_labels_in_the_page_direction() {
        let svg = ranking(&bars(), Locale::Ar, &|v| v.to_string()).expect("drawn");
        assert!(
            svg.starts_with("<svg aria-hidden=\"true\" focusable=\"false\" direction=\"rtl\""),
            "{svg}"
        );
        assert!(svg.contains("سوس ماسة"));
        assert!(svg.contains("Fès-Meknès &lt;b&gt;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.matches("<rect").count() >= 3);
        // The names start at the axis, on its right: plotters' `start` (left edge at x), written
        // as `end` for right-to-left text.
        let name = svg
            .lines()
            .zip(svg.lines().skip(1))
            .find(|(_, text)| text.trim() == "سوس ماسة")
            .map(|(tag, _)| tag.to_owned())
            .expect("the name's text element");
        assert!(name.contains("text-anchor=\"end\""), "{name}");
        let fr = columns(&bars(), Locale::Fr, &|v| v.to_string()).expect("drawn");
        assert!(fr.contains("Fès-Meknès &lt;b&gt;"));
        assert!(!fr.contains("direction="));
        let fr_names = ranking(&bars(), Locale::Fr, &|v| v.to_string()).expect("drawn");
        let fr_name = fr_names
            .lines()
            .zip(fr_names.lines().skip(1))
            .find(|(_, text)| text.trim() == "سوس ماسة")
            .map(|(tag, _)| tag.to_owned())
            .expect("the name's text element");
        assert!(
            fr_name.contains("text-anchor=\"end\""),
            "right-aligned against the axis: {fr_name}"
        );
    }

    #[test]
    fn arabic_bars_grow_from_the_right() {
        let rect_xs = |svg: &str| -> Vec<(i64, i64)> {
            svg.lines()
                .filter(|l| l.starts_with("<rect") && l.contains("#2F6B4F"))
                .map(|l| {
                    let attr = |name: &str| -> i64 {
                        l.split(&format!(" {name}=\""))
                            .nth(1)
                            .and_then(|r| r.split('"').next())
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(-1)
                    };
                    (attr("x"), attr("width"))
                })
                .collect()
        };
        let ar = rect_xs(&ranking(&bars(), Locale::Ar, &|v| v.to_string()).expect("drawn"));
        let en = rect_xs(&ranking(&bars(), Locale::En, &|v| v.to_string()).expect("drawn"));
        assert_eq!(ar.len(), 2);
        assert_eq!(en.len(), 2);
        // Same lengths (to a pixel of rounding); in English every bar starts at one left edge, in
        // Arabic every bar ends at one right edge.
        assert!((ar[0].1 - en[0].1).abs() <= 1, "{ar:?} {en:?}");
        assert_eq!(en[0].0, en[1].0);
        assert!((ar[0].0 + ar[0].1 - ar[1].0 - ar[1].1).abs() <= 1, "{ar:?}");
        // Both end at the right edge, so the short bar starts well to the right of the long one.
        assert!(
            ar[1].0 > ar[0].0 + 50,
            "the short Arabic bar starts far right: {ar:?} {en:?}"
        );
    }
}
