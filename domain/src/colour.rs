//! Brand colours and legible text on them: WCAG 2 relative luminance and contrast ratio, and the
//! choice of text colour that keeps contrast at AA (≥ 4.5:1) whatever colour a cooperative picks.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An sRGB colour, parsed from `#rrggbb` (or `#rgb`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Rgb {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

/// A colour string that is not `#rrggbb` or `#rgb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("colour_invalid")]
pub struct ColourError;

/// The WCAG AA minimum contrast for normal text.
pub const AA_NORMAL_TEXT: f64 = 4.5;

/// Text colour on light backgrounds. Pure black on purpose: with any lighter ink, some mid-tone
/// backgrounds would reach less than 4.5:1 with both ink and white.
pub const INK: Rgb = Rgb { r: 0, g: 0, b: 0 };
/// White, for text on dark colours.
pub const WHITE: Rgb = Rgb {
    r: 0xff,
    g: 0xff,
    b: 0xff,
};

impl Rgb {
    /// Parses `#rrggbb` or `#rgb` (case-insensitive, surrounding spaces ignored).
    pub fn parse(raw: &str) -> Result<Self, ColourError> {
        let hex = raw.trim().strip_prefix('#').ok_or(ColourError)?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(ColourError);
        }
        let digit = |i: usize, len: usize| {
            u8::from_str_radix(&hex[i..i + len], 16).map_err(|_| ColourError)
        };
        match hex.len() {
            6 => Ok(Self {
                r: digit(0, 2)?,
                g: digit(2, 2)?,
                b: digit(4, 2)?,
            }),
            3 => {
                let (r, g, b) = (digit(0, 1)?, digit(1, 1)?, digit(2, 1)?);
                Ok(Self {
                    r: r * 17,
                    g: g * 17,
                    b: b * 17,
                })
            }
            _ => Err(ColourError),
        }
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG 2 contrast ratio with `other`, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The text colour to put on this background: black or white, whichever contrasts more. For any
    /// background the better of the two reaches at least 4.5:1 (the worst case is about 4.58:1).
    pub fn text_colour(self) -> Rgb {
        if self.contrast(INK) >= self.contrast(WHITE) {
            INK
        } else {
            WHITE
        }
    }
}

/// How many brand colours to suggest from a logo.
pub const SUGGESTIONS: usize = 4;

/// Brand colours to suggest from a logo's palette (`dominant`, most common first, as a quantiser
/// such as median cut returns it). Near-white and near-black (the paper and ink of most logos) go
/// last, near-duplicates are dropped, and when the logo has fewer distinct colours the list is
/// completed with darker and lighter shades of its main colour, so there are always
/// [`SUGGESTIONS`] distinct choices.
pub fn suggest_palette(dominant: &[Rgb]) -> Vec<Rgb> {
    fn distance(a: Rgb, b: Rgb) -> u32 {
        let d = |x: u8, y: u8| u32::from(x.abs_diff(y));
        d(a.r, b.r).pow(2) + d(a.g, b.g).pow(2) + d(a.b, b.b).pow(2)
    }
    fn neutral(c: Rgb) -> bool {
        let l = c.luminance();
        !(0.01..=0.85).contains(&l)
    }
    fn shade(c: Rgb, factor: f64) -> Rgb {
        let f = |v: u8| {
            let v = f64::from(v);
            let out = if factor < 1.0 {
                v * factor
            } else {
                v + (255.0 - v) * (factor - 1.0)
            };
            out.round().clamp(0.0, 255.0) as u8
        };
        Rgb {
            r: f(c.r),
            g: f(c.g),
            b: f(c.b),
        }
    }
    const MIN_DISTANCE: u32 = 40 * 40;
    let mut ordered: Vec<Rgb> = dominant.iter().copied().filter(|c| !neutral(*c)).collect();
    ordered.extend(dominant.iter().copied().filter(|c| neutral(*c)));
    let mut out: Vec<Rgb> = Vec::with_capacity(SUGGESTIONS);
    let push = |c: Rgb, out: &mut Vec<Rgb>| {
        if out.len() < SUGGESTIONS && out.iter().all(|o| distance(*o, c) >= MIN_DISTANCE) {
            out.push(c);
        }
    };
    for c in ordered {
        push(c, &mut out);
    }
    let base = out.first().copied().unwrap_or(Rgb {
        r: 0x0f,
        g: 0x51,
        b: 0x32,
    });
    for factor in [0.55, 1.45, 0.3, 1.75, 0.8, 1.2] {
        push(shade(base, factor), &mut out);
    }
    for c in [
        INK,
        WHITE,
        Rgb {
            r: 0x0f,
            g: 0x51,
            b: 0x32,
        },
        Rgb {
            r: 0xc8,
            g: 0x7d,
            b: 0x2a,
        },
    ] {
        push(c, &mut out);
    }
    out
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

impl TryFrom<String> for Rgb {
    type Error = ColourError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Rgb::parse(&value)
    }
}

impl From<Rgb> for String {
    fn from(value: Rgb) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn colours_parse_in_long_and_short_form() {
        assert_eq!(
            Rgb::parse("#0f5132"),
            Ok(Rgb {
                r: 0x0f,
                g: 0x51,
                b: 0x32
            })
        );
        assert_eq!(Rgb::parse(" #FFF "), Ok(WHITE));
        assert_eq!(
            Rgb::parse("#0f5132").map(|c| c.to_string()),
            Ok("#0f5132".to_owned())
        );
        for bad in ["0f5132", "#0f513", "#ggg", "#", "", "#0f5132ff", "#٠١٢"] {
            assert_eq!(Rgb::parse(bad), Err(ColourError), "{bad}");
        }
    }

    #[test]
    fn black_on_white_is_twenty_one_to_one() {
        let black = Rgb { r: 0, g: 0, b: 0 };
        assert!((black.contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn known_pairs_match_the_wcag_reference_values() {
        // #777777 on white is the classic 4.48:1 that just fails AA.
        let grey = Rgb {
            r: 0x77,
            g: 0x77,
            b: 0x77,
        };
        assert!(
            (grey.contrast(WHITE) - 4.48).abs() < 0.01,
            "{}",
            grey.contrast(WHITE)
        );
    }

    #[test]
    fn dark_brands_get_white_text_and_light_brands_get_ink() {
        assert_eq!(
            Rgb {
                r: 0x0f,
                g: 0x51,
                b: 0x32
            }
            .text_colour(),
            WHITE
        );
        assert_eq!(
            Rgb {
                r: 0xf8,
                g: 0xd6,
                b: 0x6d
            }
            .text_colour(),
            INK
        );
    }

    #[test]
    fn every_one_of_4096_evenly_spread_colours_gets_aa_text() {
        for r in (0..=255u8).step_by(17) {
            for g in (0..=255u8).step_by(17) {
                for b in (0..=255u8).step_by(17) {
                    let bg = Rgb { r, g, b };
                    assert!(bg.contrast(bg.text_colour()) >= AA_NORMAL_TEXT, "{bg}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn any_colour_gets_text_with_at_least_aa_contrast(r: u8, g: u8, b: u8) {
            let bg = Rgb { r, g, b };
            prop_assert!(bg.contrast(bg.text_colour()) >= AA_NORMAL_TEXT);
        }

        #[test]
        fn contrast_is_symmetric_and_between_1_and_21(a: (u8, u8, u8), b: (u8, u8, u8)) {
            let (x, y) = (Rgb { r: a.0, g: a.1, b: a.2 }, Rgb { r: b.0, g: b.1, b: b.2 });
            prop_assert!((x.contrast(y) - y.contrast(x)).abs() < 1e-12);
            prop_assert!((1.0..=21.0 + 1e-9).contains(&x.contrast(y)));
        }
    }

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse(hex).unwrap()
    }

    #[test]
    fn palette_suggestions_put_brand_colours_before_paper_and_ink() {
        let logo = [
            rgb("#ffffff"),
            rgb("#1a5c3a"),
            rgb("#1b5d3b"),
            rgb("#d4a017"),
            rgb("#000000"),
        ];
        let palette = suggest_palette(&logo);
        assert_eq!(palette.len(), SUGGESTIONS);
        assert_eq!(palette[0], rgb("#1a5c3a"));
        assert_eq!(
            palette[1],
            rgb("#d4a017"),
            "the near-duplicate green was dropped"
        );
        assert!(palette.contains(&rgb("#ffffff")));
    }

    #[test]
    fn a_one_colour_logo_still_gets_distinct_suggestions() {
        for logo in [
            vec![rgb("#b22222")],
            vec![],
            vec![rgb("#ffffff")],
            vec![rgb("#000000"); 3],
        ] {
            let palette = suggest_palette(&logo);
            assert!(palette.len() >= 3, "{logo:?} → {palette:?}");
            for (i, a) in palette.iter().enumerate() {
                for b in &palette[i + 1..] {
                    assert_ne!(a, b, "{logo:?} → {palette:?}");
                }
            }
        }
    }
}
