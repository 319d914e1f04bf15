//! A schematic map of Morocco's 12 regions (2015 division), drawn as SVG on the server: no map
//! tiles and no outside service.
//!
//! Every border is written once below, as a line of points in degrees from one end to the other,
//! and each region's outline is the borders that go round it. Neighbouring regions therefore use
//! the very same points along their common border: the borders coincide exactly, nothing overlaps
//! and nothing is left between two regions. The points were simplified to within about a tenth of a
//! degree (ten kilometres or so) from a public GeoJSON of the region outlines
//! (github.com/helkhateb/morocco-geojson), with the point of Lagouira widened a little so that it
//! does not look like a stray spike. The three southern regions are drawn like the others.
//!
//! The projection is equirectangular: longitudes are scaled by the cosine of 29° (about the
//! country's middle latitude) so that shapes are not stretched, north is up, and the whole country
//! is fitted into [`VIEW_BOX`] with a small margin.

use crate::geo::Region;

/// Width and height of the map's SVG viewBox (origin 0 0).
pub const VIEW_BOX: (u32, u32) = (400, 430);

/// One region's outline on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionShape {
    /// The region drawn.
    pub region: Region,
    /// The SVG path data (`M x y L x y … Z`), coordinates rounded to one decimal, in the viewBox.
    pub path: String,
    /// A point well inside the outline where a label/count can be drawn (x, y in the viewBox).
    pub anchor: (f32, f32),
}

/// The 12 regions' outlines, in `Region::ALL` order.
pub fn shapes() -> Vec<RegionShape> {
    let projection = Projection::fit();
    Region::ALL
        .into_iter()
        .map(|region| {
            let corners: Vec<String> = outline(region)
                .into_iter()
                .map(|point| {
                    let (x, y) = projection.project(point);
                    format!("{x:.1} {y:.1}")
                })
                .collect();
            let (x, y) = projection.project(anchor(region));
            RegionShape {
                region,
                path: format!("M {} Z", corners.join(" L ")),
                anchor: (x as f32, y as f32),
            }
        })
        .collect()
}

/// A point in degrees: longitude (negative west of Greenwich), then latitude.
type LonLat = (f64, f64);

/// A border, from one end to the other. Each end is a point where three regions meet, or where a
/// border between two regions meets the sea or a neighbouring country.
type Border = &'static [LonLat];

/// One side of an outline: a border walked from its first point to its last, or backwards.
#[derive(Debug, Clone, Copy)]
enum Side {
    Forward(Border),
    Backward(Border),
}

use Side::{Backward, Forward};

/// The borders going round `region`, clockwise on the map; each starts where the previous ends.
fn sides(region: Region) -> &'static [Side] {
    match region {
        Region::TangerTetouanAlHoceima => &[
            Forward(TANGER_COAST),
            Forward(TANGER_ORIENTAL),
            Forward(TANGER_FES),
            Forward(TANGER_RABAT),
        ],
        Region::Oriental => &[
            Forward(ORIENTAL_COAST_AND_ALGERIA),
            Forward(ORIENTAL_DRAA),
            Forward(FES_ORIENTAL),
            Backward(TANGER_ORIENTAL),
        ],
        Region::FesMeknes => &[
            Backward(FES_ORIENTAL),
            Forward(FES_DRAA),
            Forward(FES_BENI_MELLAL),
            Forward(FES_RABAT),
            Backward(TANGER_FES),
        ],
        Region::RabatSaleKenitra => &[
            Forward(RABAT_COAST),
            Backward(TANGER_RABAT),
            Backward(FES_RABAT),
            Forward(RABAT_BENI_MELLAL),
            Forward(RABAT_CASABLANCA),
        ],
        Region::BeniMellalKhenifra => &[
            Backward(FES_BENI_MELLAL),
            Forward(BENI_MELLAL_DRAA),
            Forward(BENI_MELLAL_MARRAKECH),
            Backward(CASABLANCA_BENI_MELLAL),
            Backward(RABAT_BENI_MELLAL),
        ],
        Region::CasablancaSettat => &[
            Forward(CASABLANCA_COAST),
            Backward(RABAT_CASABLANCA),
            Forward(CASABLANCA_BENI_MELLAL),
            Forward(CASABLANCA_MARRAKECH),
        ],
        Region::MarrakechSafi => &[
            Forward(MARRAKECH_COAST),
            Backward(CASABLANCA_MARRAKECH),
            Backward(BENI_MELLAL_MARRAKECH),
            Forward(MARRAKECH_DRAA),
            Forward(MARRAKECH_SOUSS),
        ],
        Region::DraaTafilalet => &[
            Backward(ORIENTAL_DRAA),
            Forward(DRAA_ALGERIA),
            Forward(DRAA_SOUSS),
            Backward(MARRAKECH_DRAA),
            Backward(BENI_MELLAL_DRAA),
            Backward(FES_DRAA),
        ],
        Region::SoussMassa => &[
            Forward(SOUSS_COAST),
            Backward(MARRAKECH_SOUSS),
            Backward(DRAA_SOUSS),
            Forward(SOUSS_ALGERIA),
            Forward(SOUSS_GUELMIM),
        ],
        Region::GuelmimOuedNoun => &[
            Forward(GUELMIM_COAST),
            Backward(SOUSS_GUELMIM),
            Forward(GUELMIM_ALGERIA_AND_MAURITANIA),
            Forward(GUELMIM_LAAYOUNE),
        ],
        Region::LaayouneSakiaElHamra => &[
            Forward(LAAYOUNE_COAST),
            Backward(GUELMIM_LAAYOUNE),
            Forward(LAAYOUNE_MAURITANIA),
            Forward(LAAYOUNE_DAKHLA),
        ],
        Region::DakhlaOuedEdDahab => &[
            Forward(DAKHLA_MAURITANIA_AND_COAST),
            Backward(LAAYOUNE_DAKHLA),
        ],
    }
}

/// The corners of `region`'s outline, clockwise: every point of every side but its last, which is
/// the first of the next side.
fn outline(region: Region) -> Vec<LonLat> {
    let mut corners = Vec::new();
    for side in sides(region) {
        match *side {
            Forward(border) => {
                if let Some((_, rest)) = border.split_last() {
                    corners.extend_from_slice(rest);
                }
            }
            Backward(border) => {
                if let Some((_, rest)) = border.split_first() {
                    corners.extend(rest.iter().rev());
                }
            }
        }
    }
    corners
}

/// Where the label of `region` goes: near the point of the outline farthest from its borders.
fn anchor(region: Region) -> LonLat {
    match region {
        Region::TangerTetouanAlHoceima => (-5.6, 35.3),
        Region::Oriental => (-2.6, 34.4),
        Region::FesMeknes => (-4.8, 33.9),
        Region::RabatSaleKenitra => (-6.4, 34.0),
        Region::BeniMellalKhenifra => (-6.2, 32.6),
        Region::CasablancaSettat => (-7.4, 33.2),
        Region::MarrakechSafi => (-8.4, 31.6),
        Region::DraaTafilalet => (-4.8, 31.4),
        Region::SoussMassa => (-8.5, 30.0),
        Region::GuelmimOuedNoun => (-10.0, 28.4),
        Region::LaayouneSakiaElHamra => (-13.2, 25.6),
        Region::DakhlaOuedEdDahab => (-14.7, 22.7),
    }
}

/// The latitude whose cosine scales the longitudes: about the middle of the country.
const MIDDLE_LATITUDE: f64 = 29.0;

/// The empty space left round the country, in viewBox units.
const MARGIN: f64 = 6.0;

/// Degrees to viewBox units: scaled to fit, centred, north up.
struct Projection {
    west: f64,
    north: f64,
    /// How much shorter a degree of longitude is than a degree of latitude.
    squeeze: f64,
    /// ViewBox units per degree of latitude.
    scale: f64,
    left: f64,
    top: f64,
}

impl Projection {
    /// The projection that fits every outline into the viewBox, leaving at least [`MARGIN`] round
    /// it and centring it along the roomier side.
    fn fit() -> Self {
        let (mut west, mut east) = (f64::INFINITY, f64::NEG_INFINITY);
        let (mut south, mut north) = (f64::INFINITY, f64::NEG_INFINITY);
        for (lon, lat) in Region::ALL.into_iter().flat_map(outline) {
            west = west.min(lon);
            east = east.max(lon);
            south = south.min(lat);
            north = north.max(lat);
        }
        let squeeze = MIDDLE_LATITUDE.to_radians().cos();
        let (width, height) = ((east - west) * squeeze, north - south);
        let (box_width, box_height) = (f64::from(VIEW_BOX.0), f64::from(VIEW_BOX.1));
        let scale = ((box_width - 2.0 * MARGIN) / width).min((box_height - 2.0 * MARGIN) / height);
        Projection {
            west,
            north,
            squeeze,
            scale,
            left: (box_width - width * scale) / 2.0,
            top: (box_height - height * scale) / 2.0,
        }
    }

    /// The point in the viewBox, each coordinate rounded to one decimal.
    fn project(&self, (lon, lat): LonLat) -> (f64, f64) {
        let x = self.left + (lon - self.west) * self.squeeze * self.scale;
        let y = self.top + (self.north - lat) * self.scale;
        ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0)
    }
}

// Points where borders meet: three regions, or two regions and the sea or a neighbouring country.
const TANGER_RABAT_COAST: LonLat = (-6.24, 35.03);
const TANGER_ORIENTAL_COAST: LonLat = (-3.84, 35.21);
const TANGER_FES_ORIENTAL: LonLat = (-3.86, 34.92);
const TANGER_FES_RABAT: LonLat = (-5.3, 34.51);
const FES_RABAT_BENI_MELLAL: LonLat = (-5.81, 33.56);
const FES_BENI_MELLAL_DRAA: LonLat = (-5.26, 32.98);
const FES_ORIENTAL_DRAA: LonLat = (-3.93, 32.61);
const ORIENTAL_DRAA_ALGERIA: LonLat = (-3.11, 31.74);
const RABAT_CASABLANCA_BENI_MELLAL: LonLat = (-6.83, 33.27);
const RABAT_CASABLANCA_COAST: LonLat = (-7.08, 33.86);
const CASABLANCA_BENI_MELLAL_MARRAKECH: LonLat = (-7.03, 32.33);
const CASABLANCA_MARRAKECH_COAST: LonLat = (-8.99, 32.78);
const BENI_MELLAL_MARRAKECH_DRAA: LonLat = (-7.14, 31.42);
const MARRAKECH_DRAA_SOUSS: LonLat = (-7.71, 31.14);
const MARRAKECH_SOUSS_COAST: LonLat = (-9.83, 30.96);
const DRAA_SOUSS_ALGERIA: LonLat = (-6.46, 29.68);
const SOUSS_GUELMIM_ALGERIA: LonLat = (-8.67, 28.24);
const SOUSS_GUELMIM_COAST: LonLat = (-10.01, 29.62);
const GUELMIM_LAAYOUNE_MAURITANIA: LonLat = (-8.67, 26.79);
const GUELMIM_LAAYOUNE_COAST: LonLat = (-11.9, 28.19);
const LAAYOUNE_DAKHLA_MAURITANIA: LonLat = (-11.99, 24.35);
const LAAYOUNE_DAKHLA_COAST: LonLat = (-14.93, 24.69);

// The borders, named after the regions on either side; the sea and the neighbouring countries are
// named too where a border runs along them.

/// North of Moulay Bousselham, round Cap Spartel, Tangier and Ceuta, to Al Hoceïma.
const TANGER_COAST: Border = &[
    TANGER_RABAT_COAST,
    (-5.93, 35.79),
    (-5.48, 35.92),
    (-4.74, 35.24),
    TANGER_ORIENTAL_COAST,
];
const TANGER_ORIENTAL: Border = &[TANGER_ORIENTAL_COAST, TANGER_FES_ORIENTAL];
const TANGER_FES: Border = &[
    TANGER_FES_ORIENTAL,
    (-4.47, 34.71),
    (-5.13, 34.82),
    TANGER_FES_RABAT,
];
const TANGER_RABAT: Border = &[
    TANGER_FES_RABAT,
    (-5.71, 34.72),
    (-5.73, 34.92),
    TANGER_RABAT_COAST,
];
/// Past the Cap des Trois Fourches and Saïdia, then down the Algerian border by Oujda and Figuig.
const ORIENTAL_COAST_AND_ALGERIA: Border = &[
    TANGER_ORIENTAL_COAST,
    (-3.31, 35.22),
    (-2.95, 35.44),
    (-2.85, 35.12),
    (-2.42, 35.17),
    (-1.98, 34.95),
    (-1.7, 34.47),
    (-1.55, 32.96),
    (-1.01, 32.52),
    (-1.29, 32.05),
    (-2.82, 32.05),
    ORIENTAL_DRAA_ALGERIA,
];
/// The Fès-Meknès side juts east past Outat El Haj, and the Oriental's juts west south of Taza.
const FES_ORIENTAL: Border = &[
    FES_ORIENTAL_DRAA,
    (-3.6, 33.17),
    (-2.86, 33.28),
    (-3.25, 33.59),
    (-3.08, 33.85),
    (-3.47, 33.97),
    (-3.86, 33.56),
    (-4.09, 33.62),
    (-3.62, 34.83),
    TANGER_FES_ORIENTAL,
];
const ORIENTAL_DRAA: Border = &[
    ORIENTAL_DRAA_ALGERIA,
    (-3.16, 32.24),
    (-3.65, 32.2),
    FES_ORIENTAL_DRAA,
];
const FES_DRAA: Border = &[
    FES_ORIENTAL_DRAA,
    (-4.76, 32.95),
    (-4.82, 33.16),
    FES_BENI_MELLAL_DRAA,
];
const FES_BENI_MELLAL: Border = &[FES_BENI_MELLAL_DRAA, (-5.28, 33.21), FES_RABAT_BENI_MELLAL];
/// Round Meknès; the Sidi Kacem side reaches east above it.
const FES_RABAT: Border = &[
    FES_RABAT_BENI_MELLAL,
    (-5.73, 34.01),
    (-5.9, 34.18),
    (-5.5, 34.17),
    TANGER_FES_RABAT,
];
const RABAT_BENI_MELLAL: Border = &[
    FES_RABAT_BENI_MELLAL,
    (-5.81, 33.37),
    (-6.24, 33.53),
    (-6.35, 33.29),
    RABAT_CASABLANCA_BENI_MELLAL,
];
const RABAT_CASABLANCA: Border = &[
    RABAT_CASABLANCA_BENI_MELLAL,
    (-6.75, 33.61),
    (-7.01, 33.63),
    RABAT_CASABLANCA_COAST,
];
/// From Skhirat past Rabat and Kénitra to north of Moulay Bousselham.
const RABAT_COAST: Border = &[RABAT_CASABLANCA_COAST, TANGER_RABAT_COAST];
const CASABLANCA_BENI_MELLAL: Border = &[
    RABAT_CASABLANCA_BENI_MELLAL,
    CASABLANCA_BENI_MELLAL_MARRAKECH,
];
const CASABLANCA_MARRAKECH: Border = &[
    CASABLANCA_BENI_MELLAL_MARRAKECH,
    (-7.55, 32.46),
    (-7.97, 32.88),
    (-8.35, 32.35),
    CASABLANCA_MARRAKECH_COAST,
];
/// From near Oualidia past El Jadida and Casablanca to between Bouznika and Skhirat.
const CASABLANCA_COAST: Border = &[
    CASABLANCA_MARRAKECH_COAST,
    (-8.31, 33.37),
    RABAT_CASABLANCA_COAST,
];
const BENI_MELLAL_MARRAKECH: Border = &[
    BENI_MELLAL_MARRAKECH_DRAA,
    (-7.28, 31.73),
    (-6.97, 31.8),
    CASABLANCA_BENI_MELLAL_MARRAKECH,
];
/// Along the High Atlas, by Imilchil.
const BENI_MELLAL_DRAA: Border = &[
    FES_BENI_MELLAL_DRAA,
    (-5.39, 32.18),
    (-5.78, 32.07),
    (-5.82, 31.82),
    (-6.82, 31.3),
    BENI_MELLAL_MARRAKECH_DRAA,
];
/// Across the Tizi n'Tichka.
const MARRAKECH_DRAA: Border = &[BENI_MELLAL_MARRAKECH_DRAA, MARRAKECH_DRAA_SOUSS];
/// Along the High Atlas, by the Tizi n'Test, to the coast north of Cap Ghir.
const MARRAKECH_SOUSS: Border = &[
    MARRAKECH_DRAA_SOUSS,
    (-8.31, 30.86),
    (-8.75, 30.85),
    (-8.8, 30.99),
    (-8.97, 30.83),
    (-9.68, 30.82),
    MARRAKECH_SOUSS_COAST,
];
/// Past Essaouira and Safi to near Oualidia.
const MARRAKECH_COAST: Border = &[
    MARRAKECH_SOUSS_COAST,
    (-9.85, 31.4),
    (-9.25, 32.2),
    (-9.29, 32.55),
    CASABLANCA_MARRAKECH_COAST,
];
/// South of Boudenib, Merzouga and M'Hamid.
const DRAA_ALGERIA: Border = &[
    ORIENTAL_DRAA_ALGERIA,
    (-3.77, 31.63),
    (-3.55, 30.89),
    (-4.88, 30.4),
    (-5.38, 29.86),
    DRAA_SOUSS_ALGERIA,
];
/// Between Tata and Zagora, then north past Tazenakht and the Siroua.
const DRAA_SOUSS: Border = &[
    DRAA_SOUSS_ALGERIA,
    (-6.34, 29.99),
    (-6.63, 30.47),
    (-7.0, 30.28),
    (-7.16, 30.38),
    (-7.28, 30.1),
    (-7.58, 30.19),
    MARRAKECH_DRAA_SOUSS,
];
/// South of Tata and Akka.
const SOUSS_ALGERIA: Border = &[
    DRAA_SOUSS_ALGERIA,
    (-7.09, 29.68),
    (-8.4, 28.96),
    (-8.7, 28.7),
    SOUSS_GUELMIM_ALGERIA,
];
const SOUSS_GUELMIM: Border = &[
    SOUSS_GUELMIM_ALGERIA,
    (-9.14, 28.7),
    (-9.16, 29.37),
    (-9.82, 29.4),
    SOUSS_GUELMIM_COAST,
];
/// From Mirleft past Agadir and round Cap Ghir.
const SOUSS_COAST: Border = &[
    SOUSS_GUELMIM_COAST,
    (-9.6, 30.38),
    (-9.88, 30.62),
    MARRAKECH_SOUSS_COAST,
];
/// Down the meridian 8°40′ W, along Algeria and then Mauritania.
const GUELMIM_ALGERIA_AND_MAURITANIA: Border =
    &[SOUSS_GUELMIM_ALGERIA, GUELMIM_LAAYOUNE_MAURITANIA];
const GUELMIM_LAAYOUNE: Border = &[
    GUELMIM_LAAYOUNE_MAURITANIA,
    (-8.98, 26.83),
    (-9.36, 27.33),
    (-9.7, 27.3),
    (-10.38, 27.71),
    (-11.7, 27.77),
    GUELMIM_LAAYOUNE_COAST,
];
/// From east of Akhfennir past Tan-Tan and the mouth of the Drâa to Sidi Ifni and Mirleft.
const GUELMIM_COAST: Border = &[GUELMIM_LAAYOUNE_COAST, (-10.52, 29.07), SOUSS_GUELMIM_COAST];
/// Down to 26° N, west along it to 12° W, and south along that.
const LAAYOUNE_MAURITANIA: Border = &[
    GUELMIM_LAAYOUNE_MAURITANIA,
    (-8.67, 26.0),
    (-12.0, 25.99),
    LAAYOUNE_DAKHLA_MAURITANIA,
];
const LAAYOUNE_DAKHLA: Border = &[
    LAAYOUNE_DAKHLA_MAURITANIA,
    (-13.29, 24.51),
    (-13.64, 24.37),
    (-14.14, 24.57),
    (-14.6, 24.46),
    LAAYOUNE_DAKHLA_COAST,
];
/// Past Boujdour, Laâyoune, Tarfaya and Akhfennir.
const LAAYOUNE_COAST: Border = &[
    LAAYOUNE_DAKHLA_COAST,
    (-14.47, 26.23),
    (-13.67, 26.65),
    (-12.95, 27.96),
    GUELMIM_LAAYOUNE_COAST,
];
/// Along Mauritania to the point of Lagouira, then up the coast past Cap Barbas and Dakhla.
const DAKHLA_MAURITANIA_AND_COAST: Border = &[
    LAAYOUNE_DAKHLA_MAURITANIA,
    (-11.99, 23.4),
    (-12.58, 23.28),
    (-13.17, 22.76),
    (-12.98, 21.34),
    (-16.93, 21.35),
    (-17.05, 20.8),
    (-17.12, 21.05),
    (-17.05, 21.4),
    (-16.84, 22.18),
    (-16.54, 22.32),
    (-16.17, 22.97),
    (-16.0, 23.7),
    LAAYOUNE_DAKHLA_COAST,
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    /// A point in tenths of a viewBox unit, the paths' own precision, so comparisons are exact.
    type Pt = (i64, i64);

    /// Every pair of regions that share a border, from north to south.
    const NEIGHBOURS: [(Region, Region); 20] = [
        (Region::TangerTetouanAlHoceima, Region::Oriental),
        (Region::TangerTetouanAlHoceima, Region::FesMeknes),
        (Region::TangerTetouanAlHoceima, Region::RabatSaleKenitra),
        (Region::Oriental, Region::FesMeknes),
        (Region::Oriental, Region::DraaTafilalet),
        (Region::FesMeknes, Region::RabatSaleKenitra),
        (Region::FesMeknes, Region::BeniMellalKhenifra),
        (Region::FesMeknes, Region::DraaTafilalet),
        (Region::RabatSaleKenitra, Region::BeniMellalKhenifra),
        (Region::RabatSaleKenitra, Region::CasablancaSettat),
        (Region::BeniMellalKhenifra, Region::CasablancaSettat),
        (Region::BeniMellalKhenifra, Region::MarrakechSafi),
        (Region::BeniMellalKhenifra, Region::DraaTafilalet),
        (Region::CasablancaSettat, Region::MarrakechSafi),
        (Region::MarrakechSafi, Region::DraaTafilalet),
        (Region::MarrakechSafi, Region::SoussMassa),
        (Region::DraaTafilalet, Region::SoussMassa),
        (Region::SoussMassa, Region::GuelmimOuedNoun),
        (Region::GuelmimOuedNoun, Region::LaayouneSakiaElHamra),
        (Region::LaayouneSakiaElHamra, Region::DakhlaOuedEdDahab),
    ];

    /// Towns well inside their region (longitude, latitude).
    const TOWNS: [(Region, &str, LonLat); 20] = [
        (
            Region::TangerTetouanAlHoceima,
            "Chefchaouen",
            (-5.26, 35.17),
        ),
        (Region::Oriental, "Taourirt", (-2.9, 34.41)),
        (Region::Oriental, "Bouarfa", (-1.95, 32.53)),
        (Region::FesMeknes, "Fès", (-5.0, 34.03)),
        (Region::FesMeknes, "Ifrane", (-5.11, 33.53)),
        (Region::RabatSaleKenitra, "Khémisset", (-6.07, 33.82)),
        (Region::BeniMellalKhenifra, "Béni Mellal", (-6.35, 32.34)),
        (Region::CasablancaSettat, "Settat", (-7.62, 33.0)),
        (Region::MarrakechSafi, "Marrakech", (-8.01, 31.63)),
        (Region::MarrakechSafi, "Chichaoua", (-8.76, 31.54)),
        (Region::DraaTafilalet, "Ouarzazate", (-6.91, 30.92)),
        (Region::DraaTafilalet, "Errachidia", (-4.42, 31.93)),
        (Region::DraaTafilalet, "Zagora", (-5.84, 30.33)),
        (Region::SoussMassa, "Taroudant", (-8.88, 30.47)),
        (Region::SoussMassa, "Tata", (-7.97, 29.74)),
        (Region::GuelmimOuedNoun, "Guelmim", (-10.06, 28.99)),
        (Region::GuelmimOuedNoun, "Assa", (-9.43, 28.61)),
        (Region::LaayouneSakiaElHamra, "Smara", (-11.67, 26.74)),
        (Region::LaayouneSakiaElHamra, "Laâyoune", (-13.2, 27.15)),
        (Region::DakhlaOuedEdDahab, "Aousserd", (-14.33, 22.55)),
    ];

    /// "123.4" as 1234, insisting on digits with exactly one decimal (so no minus sign either).
    fn tenths(number: &str) -> i64 {
        let (whole, decimal) = number
            .split_once('.')
            .unwrap_or_else(|| panic!("no decimal point in {number:?}"));
        assert!(
            !whole.is_empty()
                && whole.chars().all(|c| c.is_ascii_digit())
                && decimal.len() == 1
                && decimal.chars().all(|c| c.is_ascii_digit()),
            "malformed number {number:?}"
        );
        format!("{whole}{decimal}").parse().unwrap()
    }

    /// The corners of `M x y L x y … Z`, checking the syntax on the way.
    fn corners(path: &str) -> Vec<Pt> {
        let body = path
            .strip_prefix("M ")
            .and_then(|rest| rest.strip_suffix(" Z"))
            .unwrap_or_else(|| panic!("not `M … Z`: {path:?}"));
        body.split(" L ")
            .map(|pair| {
                let (x, y) = pair
                    .split_once(' ')
                    .unwrap_or_else(|| panic!("not a coordinate pair: {pair:?}"));
                (tenths(x), tenths(y))
            })
            .collect()
    }

    fn outlines() -> Vec<(Region, Vec<Pt>)> {
        shapes()
            .into_iter()
            .map(|shape| (shape.region, corners(&shape.path)))
            .collect()
    }

    fn in_tenths((x, y): (f64, f64)) -> Pt {
        ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
    }

    /// The sides of a closed outline, each from one corner to the next.
    fn edges(ring: &[Pt]) -> impl Iterator<Item = (Pt, Pt)> + '_ {
        ring.iter()
            .zip(ring.iter().cycle().skip(1))
            .map(|(&a, &b)| (a, b))
    }

    /// Positive when `o`, `a`, `b` turn clockwise on screen (y down), zero when they are aligned.
    fn cross(o: Pt, a: Pt, b: Pt) -> i64 {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    }

    fn on_segment(p: Pt, a: Pt, b: Pt) -> bool {
        cross(a, b, p) == 0
            && (a.0.min(b.0)..=a.0.max(b.0)).contains(&p.0)
            && (a.1.min(b.1)..=a.1.max(b.1)).contains(&p.1)
    }

    /// Whether the segments `ab` and `cd`, ends included, have a point in common.
    fn meet(a: Pt, b: Pt, c: Pt, d: Pt) -> bool {
        let apart = |p: i64, q: i64| (p > 0 && q < 0) || (p < 0 && q > 0);
        (apart(cross(c, d, a), cross(c, d, b)) && apart(cross(a, b, c), cross(a, b, d)))
            || on_segment(a, c, d)
            || on_segment(b, c, d)
            || on_segment(c, a, b)
            || on_segment(d, a, b)
    }

    /// Whether two segments from the same corner `s`, towards `p` and `q`, lie along each other.
    fn fold(s: Pt, p: Pt, q: Pt) -> bool {
        cross(s, p, q) == 0 && (p.0 - s.0) * (q.0 - s.0) + (p.1 - s.1) * (q.1 - s.1) > 0
    }

    /// Whether `p` is inside `ring` or on it.
    fn inside_or_on(p: Pt, ring: &[Pt]) -> bool {
        let mut inside = false;
        for (a, b) in edges(ring) {
            if on_segment(p, a, b) {
                return true;
            }
            if (a.1 > p.1) != (b.1 > p.1) {
                // Does the side cross the horizontal line through `p` to its right?
                let (left, right) = ((p.0 - a.0) * (b.1 - a.1), (b.0 - a.0) * (p.1 - a.1));
                if (b.1 > a.1 && left < right) || (b.1 < a.1 && left > right) {
                    inside = !inside;
                }
            }
        }
        inside
    }

    fn strictly_inside(p: Pt, ring: &[Pt]) -> bool {
        inside_or_on(p, ring) && !edges(ring).any(|(a, b)| on_segment(p, a, b))
    }

    /// Distance from `p` to the outline, in viewBox units.
    fn clearance(p: Pt, ring: &[Pt]) -> f64 {
        edges(ring)
            .map(|(a, b)| {
                let (ax, ay, bx, by) = (a.0 as f64, a.1 as f64, b.0 as f64, b.1 as f64);
                let (px, py) = (p.0 as f64, p.1 as f64);
                let (dx, dy) = (bx - ax, by - ay);
                let t = (((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
                (px - ax - t * dx).hypot(py - ay - t * dy) / 10.0
            })
            .fold(f64::INFINITY, f64::min)
    }

    /// Twice the area, positive when the outline runs clockwise on screen.
    fn twice_area(ring: &[Pt]) -> i64 {
        edges(ring).map(|(a, b)| a.0 * b.1 - b.0 * a.1).sum()
    }

    fn undirected((a, b): (Pt, Pt)) -> (Pt, Pt) {
        (a.min(b), a.max(b))
    }

    #[test]
    fn there_is_one_shape_per_region_in_the_official_order() {
        let regions: Vec<Region> = shapes().into_iter().map(|shape| shape.region).collect();
        assert_eq!(regions, Region::ALL);
    }

    #[test]
    fn each_side_of_an_outline_starts_where_the_previous_one_ends() {
        for region in Region::ALL {
            let ends: Vec<(LonLat, LonLat)> = sides(region)
                .iter()
                .map(|side| match *side {
                    Forward(border) => (border[0], border[border.len() - 1]),
                    Backward(border) => (border[border.len() - 1], border[0]),
                })
                .collect();
            for (i, (_, end)) in ends.iter().enumerate() {
                let (next_start, _) = ends[(i + 1) % ends.len()];
                assert_eq!(*end, next_start, "{region:?}: side {i} leaves a gap");
            }
        }
    }

    #[test]
    fn paths_are_closed_lines_with_one_decimal_inside_the_view_box() {
        let (width, height) = (i64::from(VIEW_BOX.0) * 10, i64::from(VIEW_BOX.1) * 10);
        for shape in shapes() {
            assert!(shape.path.starts_with("M "), "{:?}", shape.region);
            assert!(shape.path.ends_with(" Z"), "{:?}", shape.region);
            let ring = corners(&shape.path);
            assert!(
                ring.len() >= 6,
                "{:?} has {} corners",
                shape.region,
                ring.len()
            );
            for (x, y) in ring {
                assert!(
                    (0..=width).contains(&x) && (0..=height).contains(&y),
                    "{:?}: ({x}, {y}) tenths is outside the view box",
                    shape.region
                );
            }
        }
    }

    #[test]
    fn the_country_fills_the_view_box_but_for_a_small_margin() {
        let all: Vec<Pt> = outlines().into_iter().flat_map(|(_, ring)| ring).collect();
        let (left, right) = (
            all.iter().map(|p| p.0).min().unwrap(),
            i64::from(VIEW_BOX.0) * 10 - all.iter().map(|p| p.0).max().unwrap(),
        );
        let (top, bottom) = (
            all.iter().map(|p| p.1).min().unwrap(),
            i64::from(VIEW_BOX.1) * 10 - all.iter().map(|p| p.1).max().unwrap(),
        );
        let margin = (MARGIN * 10.0).round() as i64;
        // Centred both ways, the margin exact along the tighter side, and a view box whose shape
        // is the country's: no more than 5 units of extra room along the other side.
        assert!(
            (left - right).abs() <= 1 && (top - bottom).abs() <= 1,
            "not centred"
        );
        assert!(
            left.min(top) >= margin - 1 && left.min(top) <= margin + 1,
            "{left} {top}"
        );
        assert!(
            left.max(top) <= margin + 50,
            "the view box is out of shape: {left} {top}"
        );
    }

    #[test]
    fn no_outline_crosses_or_touches_itself() {
        for (region, ring) in outlines() {
            let distinct: HashSet<&Pt> = ring.iter().collect();
            assert_eq!(
                distinct.len(),
                ring.len(),
                "{region:?} goes twice through a corner"
            );
            let sides: Vec<(Pt, Pt)> = edges(&ring).collect();
            let n = sides.len();
            for i in 0..n {
                for j in i + 1..n {
                    let ((a, b), (c, d)) = (sides[i], sides[j]);
                    if j == i + 1 {
                        assert!(!fold(b, a, d), "{region:?} folds back at {b:?}");
                    } else if i == 0 && j == n - 1 {
                        assert!(!fold(a, b, c), "{region:?} folds back at {a:?}");
                    } else {
                        assert!(!meet(a, b, c, d), "{region:?}: sides {i} and {j} meet");
                    }
                }
            }
        }
    }

    #[test]
    fn outlines_of_different_regions_meet_only_at_shared_sides_and_corners() {
        let all = outlines();
        for (i, (first, first_ring)) in all.iter().enumerate() {
            for (second, second_ring) in &all[i + 1..] {
                for (a, b) in edges(first_ring) {
                    for (c, d) in edges(second_ring) {
                        if undirected((a, b)) == undirected((c, d)) || !meet(a, b, c, d) {
                            continue;
                        }
                        // Otherwise the two sides may only share one end, without lying along
                        // each other.
                        let shared = [a, b].into_iter().find(|p| *p == c || *p == d);
                        let crossing = match shared {
                            None => true,
                            Some(s) => {
                                let p = if s == a { b } else { a };
                                let q = if s == c { d } else { c };
                                fold(s, p, q)
                            }
                        };
                        assert!(
                            !crossing,
                            "{first:?} {a:?}-{b:?} crosses {second:?} {c:?}-{d:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn no_corner_of_a_region_lies_inside_another() {
        let all = outlines();
        for (region, ring) in &all {
            for (other, other_ring) in &all {
                if region == other {
                    continue;
                }
                for &corner in ring {
                    assert!(
                        !strictly_inside(corner, other_ring),
                        "{region:?} has {corner:?} inside {other:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn outlines_run_clockwise_and_each_shared_side_both_ways() {
        let mut runs: HashMap<(Pt, Pt), Region> = HashMap::new();
        for (region, ring) in outlines() {
            assert!(twice_area(&ring) > 0, "{region:?} runs anticlockwise");
            for side in edges(&ring) {
                if let Some(other) = runs.insert(side, region) {
                    panic!("{region:?} and {other:?} both run {side:?} the same way");
                }
            }
        }
    }

    #[test]
    fn together_the_regions_have_one_outline_round_the_country() {
        let all = outlines();
        let mut uses: HashMap<(Pt, Pt), u32> = HashMap::new();
        for (_, ring) in &all {
            for side in edges(ring) {
                *uses.entry(undirected(side)).or_default() += 1;
            }
        }
        assert!(
            uses.values().all(|&n| n <= 2),
            "a side is shared by three regions"
        );
        // The sides of one region only (the coast and the borders with Algeria and Mauritania)
        // must join up into a single loop: no hole between regions, no piece cut off.
        let mut next: HashMap<Pt, Pt> = HashMap::new();
        for (_, ring) in &all {
            for (a, b) in edges(ring) {
                if uses[&undirected((a, b))] == 1 {
                    assert!(next.insert(a, b).is_none(), "the outline forks at {a:?}");
                }
            }
        }
        let start = *next.keys().next().unwrap();
        let mut country = vec![start];
        let mut at = next[&start];
        while at != start {
            assert!(country.len() < next.len(), "the outline does not close");
            country.push(at);
            at = next[&at];
        }
        assert_eq!(
            country.len(),
            next.len(),
            "the outline is in several pieces"
        );
        let regions: i64 = all.iter().map(|(_, ring)| twice_area(ring)).sum();
        assert_eq!(twice_area(&country), regions);
    }

    #[test]
    fn regions_share_a_border_exactly_when_they_are_neighbours() {
        let mut owners: HashMap<(Pt, Pt), Vec<Region>> = HashMap::new();
        for (region, ring) in outlines() {
            for side in edges(&ring) {
                owners.entry(undirected(side)).or_default().push(region);
            }
        }
        let found: HashSet<(Region, Region)> = owners
            .values()
            .filter(|regions| regions.len() == 2)
            .map(|regions| (regions[0].min(regions[1]), regions[0].max(regions[1])))
            .collect();
        let expected: HashSet<(Region, Region)> = NEIGHBOURS
            .into_iter()
            .map(|(a, b)| (a.min(b), a.max(b)))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn each_anchor_is_well_inside_its_own_region_and_outside_the_others() {
        let all = outlines();
        for shape in shapes() {
            let (x, y) = shape.anchor;
            let anchor = in_tenths((f64::from(x), f64::from(y)));
            for (region, ring) in &all {
                if *region == shape.region {
                    assert!(
                        strictly_inside(anchor, ring),
                        "{region:?}'s anchor is outside it"
                    );
                    let room = clearance(anchor, ring);
                    assert!(
                        room >= 8.0,
                        "{region:?}'s anchor is {room:.1} from its border"
                    );
                } else {
                    assert!(
                        !inside_or_on(anchor, ring),
                        "{:?}'s anchor is in {region:?}",
                        shape.region
                    );
                }
            }
        }
    }

    #[test]
    fn well_known_towns_fall_in_their_own_region() {
        let projection = Projection::fit();
        let all = outlines();
        for (region, town, place) in TOWNS {
            let point = in_tenths(projection.project(place));
            let found: Vec<Region> = all
                .iter()
                .filter(|(_, ring)| strictly_inside(point, ring))
                .map(|(region, _)| *region)
                .collect();
            assert_eq!(found, [region], "{town}");
        }
    }
}
