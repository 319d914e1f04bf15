//! A realistic, generated sample of the national register of cooperatives, for the demo data and
//! for trying the import: all 12 regions, sectors in their real proportions (≈64% agriculture,
//! ≈18% handicraft), names in Arabic and French. Deterministic: the same seed gives the same file.

use domain::{
    Locale,
    geo::{Region, Sector},
};

/// Rows in the demo register.
pub const DEMO_ROWS: usize = 2_400;

/// Small deterministic generator (SplitMix64): good enough for sample data, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Index drawn with the given weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut roll = (self.next() % u64::from(total.max(1))) as u32;
        for (i, w) in weights.iter().enumerate() {
            if roll < *w {
                return i;
            }
            roll -= w;
        }
        weights.len() - 1
    }
}

/// Approximate share of cooperatives per region (per mille), in `Region::ALL` order.
const REGION_WEIGHTS: [u32; 12] = [95, 80, 115, 95, 75, 110, 140, 80, 110, 40, 30, 30];

/// `(Arabic, French)` name words: the "spirit" of the cooperative.
const SPIRITS: [(&str, &str); 24] = [
    ("الأمل", "Al Amal"),
    ("النور", "Annour"),
    ("البركة", "Al Baraka"),
    ("الوفاء", "Al Wafa"),
    ("تيفاوت", "Tifawt"),
    ("تويزي", "Tiwizi"),
    ("الخير", "Al Khair"),
    ("الفتح", "Al Fath"),
    ("الصفاء", "Assafa"),
    ("الريحان", "Arrayhane"),
    ("تامونت", "Tamount"),
    ("أزاغار", "Azaghar"),
    ("النجاح", "Annajah"),
    ("الإخلاص", "Al Ikhlas"),
    ("السلام", "Assalam"),
    ("أكادير", "Agadir"),
    ("إيمان", "Imane"),
    ("المستقبل", "Al Moustakbal"),
    ("الواحة", "Al Waha"),
    ("تودرت", "Toudert"),
    ("أمل الأطلس", "Amal Al Atlas"),
    ("نساء الجبل", "Femmes de la Montagne"),
    ("الزيتونة", "Zitouna"),
    ("الياقوت", "Al Yaqout"),
];

/// `(Arabic, French)` activity words per sector.
fn activities(sector: Sector) -> &'static [(&'static str, &'static str)] {
    match sector {
        Sector::Agriculture => &[
            ("لإنتاج زيت الأركان", "d'huile d'argan"),
            ("لتربية النحل", "apicole"),
            ("للزعفران", "du safran"),
            ("لزيت الزيتون", "d'huile d'olive"),
            ("للتمور", "des dattes"),
            ("للورد العطري", "de la rose"),
            (
                "للنباتات العطرية والطبية",
                "des plantes aromatiques et médicinales",
            ),
            ("للحليب ومشتقاته", "laitière"),
            ("للصبار", "du cactus"),
            ("للكسكس والحبوب", "du couscous et des céréales"),
        ],
        Sector::Handicraft => &[
            ("للزرابي", "des tapis"),
            ("للفخار", "de poterie"),
            ("للجلد", "du cuir"),
            ("للخشب", "du bois"),
            ("للسلالة", "de vannerie"),
            ("للحلي الفضية", "de bijoux en argent"),
            ("للنسيج", "de tissage"),
        ],
        Sector::Fishing => &[
            ("للصيد التقليدي", "de pêche artisanale"),
            ("لتربية المحار", "ostréicole"),
        ],
        Sector::FoodProcessing => &[
            ("للأملو والمربى", "d'amlou et de confitures"),
            ("للعجائن التقليدية", "de pâtes traditionnelles"),
        ],
        Sector::Forestry => &[("للمنتجات الغابوية", "des produits forestiers")],
        Sector::Housing => &[("للسكن", "d'habitat")],
        Sector::Transport => &[("للنقل", "de transport")],
        Sector::Services => &[("للخدمات", "de services")],
        Sector::Consumption => &[("للاستهلاك", "de consommation")],
        _ => &[("متعددة الأنشطة", "polyvalente")],
    }
}

/// The sample register as CSV text (UTF-8, with the canonical header).
pub fn csv(rows: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let sector_weights: Vec<u32> = Sector::ALL
        .iter()
        .map(|s| s.register_weight_permille())
        .collect();
    let mut out = String::from(
        "register_number,name_ar,name_fr,region,province,sector,registered_on,status\n",
    );
    for n in 0..rows {
        let region = Region::ALL[rng.weighted(&REGION_WEIGHTS)];
        let province = rng.pick(region.provinces());
        let sector = Sector::ALL[rng.weighted(&sector_weights)];
        let (spirit_ar, spirit_fr) = rng.pick(&SPIRITS);
        let (activity_ar, activity_fr) = rng.pick(activities(sector));
        let year = 1985 + rng.below(40);
        let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
        let status = match rng.below(100) {
            0..=93 => "active",
            94..=96 => "in_liquidation",
            _ => "dissolved",
        };
        out.push_str(&format!(
            "{year}/{number:05},تعاونية {spirit_ar} {activity_ar},\"Coopérative {spirit_fr} {activity_fr}\",{region},{province},{sector},{year}-{month:02}-{day:02},{status}\n",
            number = n + 1,
            region = region.name(Locale::Fr),
            province = province.name(Locale::Fr),
            sector = sector.code(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_covers_every_region_with_realistic_sector_shares_and_parses() {
        let text = csv(DEMO_ROWS, 2026);
        let rows = backend::services::registry::parse_csv(text.as_bytes())
            .map_err(|p| format!("{:?}", &p[..p.len().min(3)]));
        let rows = rows.unwrap_or_else(|e| panic!("sample does not parse: {e}"));
        assert_eq!(rows.len(), DEMO_ROWS);
        for region in Region::ALL {
            assert!(
                rows.iter().any(|r| r.region == region),
                "{region:?} missing"
            );
        }
        let share =
            |sector| rows.iter().filter(|r| r.sector == sector).count() as f64 / rows.len() as f64;
        assert!(
            (0.60..0.68).contains(&share(Sector::Agriculture)),
            "agriculture {}",
            share(Sector::Agriculture)
        );
        assert!(
            (0.15..0.21).contains(&share(Sector::Handicraft)),
            "handicraft {}",
            share(Sector::Handicraft)
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_file() {
        assert_eq!(csv(50, 7), csv(50, 7));
        assert_ne!(csv(50, 7), csv(50, 8));
    }
}
