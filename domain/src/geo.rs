//! Where cooperatives are and what they do: Morocco's 12 regions and 75 prefectures and provinces
//! (2015 territorial division), and the sectors of the national register of cooperatives.

use crate::Locale;
use serde::{Deserialize, Serialize};

/// One of the 12 regions of Morocco (2015 division), in their official order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Tanger-Tétouan-Al Hoceïma (طنجة تطوان الحسيمة).
    TangerTetouanAlHoceima,
    /// L'Oriental (الشرق).
    Oriental,
    /// Fès-Meknès (فاس مكناس).
    FesMeknes,
    /// Rabat-Salé-Kénitra (الرباط سلا القنيطرة).
    RabatSaleKenitra,
    /// Béni Mellal-Khénifra (بني ملال خنيفرة).
    BeniMellalKhenifra,
    /// Casablanca-Settat (الدار البيضاء سطات).
    CasablancaSettat,
    /// Marrakech-Safi (مراكش آسفي).
    MarrakechSafi,
    /// Drâa-Tafilalet (درعة تافيلالت).
    DraaTafilalet,
    /// Souss-Massa (سوس ماسة).
    SoussMassa,
    /// Guelmim-Oued Noun (كلميم واد نون).
    GuelmimOuedNoun,
    /// Laâyoune-Sakia El Hamra (العيون الساقية الحمراء).
    LaayouneSakiaElHamra,
    /// Dakhla-Oued Ed-Dahab (الداخلة وادي الذهب).
    DakhlaOuedEdDahab,
}

impl Region {
    /// Every region, in the official order (the order of the variants, so also sorted).
    pub const ALL: [Region; 12] = [
        Region::TangerTetouanAlHoceima,
        Region::Oriental,
        Region::FesMeknes,
        Region::RabatSaleKenitra,
        Region::BeniMellalKhenifra,
        Region::CasablancaSettat,
        Region::MarrakechSafi,
        Region::DraaTafilalet,
        Region::SoussMassa,
        Region::GuelmimOuedNoun,
        Region::LaayouneSakiaElHamra,
        Region::DakhlaOuedEdDahab,
    ];

    /// The code, its name in the three languages, and its prefectures and provinces.
    fn entry(self) -> (Labels, &'static [Province]) {
        let (code, ar, fr, en, provinces): (_, _, _, _, &'static [Province]) = match self {
            Region::TangerTetouanAlHoceima => (
                "tanger_tetouan_al_hoceima",
                "طنجة تطوان الحسيمة",
                "Tanger-Tétouan-Al Hoceïma",
                "Tanger-Tetouan-Al Hoceima",
                &TANGER_TETOUAN_AL_HOCEIMA,
            ),
            Region::Oriental => ("oriental", "الشرق", "L'Oriental", "Oriental", &ORIENTAL),
            Region::FesMeknes => (
                "fes_meknes",
                "فاس مكناس",
                "Fès-Meknès",
                "Fez-Meknes",
                &FES_MEKNES,
            ),
            Region::RabatSaleKenitra => (
                "rabat_sale_kenitra",
                "الرباط سلا القنيطرة",
                "Rabat-Salé-Kénitra",
                "Rabat-Sale-Kenitra",
                &RABAT_SALE_KENITRA,
            ),
            Region::BeniMellalKhenifra => (
                "beni_mellal_khenifra",
                "بني ملال خنيفرة",
                "Béni Mellal-Khénifra",
                "Beni Mellal-Khenifra",
                &BENI_MELLAL_KHENIFRA,
            ),
            Region::CasablancaSettat => (
                "casablanca_settat",
                "الدار البيضاء سطات",
                "Casablanca-Settat",
                "Casablanca-Settat",
                &CASABLANCA_SETTAT,
            ),
            Region::MarrakechSafi => (
                "marrakech_safi",
                "مراكش آسفي",
                "Marrakech-Safi",
                "Marrakesh-Safi",
                &MARRAKECH_SAFI,
            ),
            Region::DraaTafilalet => (
                "draa_tafilalet",
                "درعة تافيلالت",
                "Drâa-Tafilalet",
                "Draa-Tafilalet",
                &DRAA_TAFILALET,
            ),
            Region::SoussMassa => (
                "souss_massa",
                "سوس ماسة",
                "Souss-Massa",
                "Souss-Massa",
                &SOUSS_MASSA,
            ),
            Region::GuelmimOuedNoun => (
                "guelmim_oued_noun",
                "كلميم واد نون",
                "Guelmim-Oued Noun",
                "Guelmim-Oued Noun",
                &GUELMIM_OUED_NOUN,
            ),
            Region::LaayouneSakiaElHamra => (
                "laayoune_sakia_el_hamra",
                "العيون الساقية الحمراء",
                "Laâyoune-Sakia El Hamra",
                "Laayoune-Sakia El Hamra",
                &LAAYOUNE_SAKIA_EL_HAMRA,
            ),
            Region::DakhlaOuedEdDahab => (
                "dakhla_oued_ed_dahab",
                "الداخلة وادي الذهب",
                "Dakhla-Oued Ed-Dahab",
                "Dakhla-Oued Ed-Dahab",
                &DAKHLA_OUED_ED_DAHAB,
            ),
        };
        (Labels { code, ar, fr, en }, provinces)
    }

    /// The stable code (snake_case ASCII), stored in the database; the same as its serde form.
    pub fn code(self) -> &'static str {
        self.entry().0.code
    }

    /// The region with exactly this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The official name in `locale` (English uses the French form without accents unless an
    /// English form is in common use, such as "Fez" or "Marrakesh").
    pub fn name(self, locale: Locale) -> &'static str {
        self.entry().0.name(locale)
    }

    /// The prefectures and provinces of the region.
    pub fn provinces(self) -> &'static [Province] {
        self.entry().1
    }

    /// The region named `name` in any of the three languages, or by its code, ignoring case,
    /// accents, hamza forms, hyphens, apostrophes and spacing: "drâa tafilalet", "DRAA-TAFILALET".
    pub fn from_name(name: &str) -> Option<Self> {
        let wanted = fold(name);
        Self::ALL.into_iter().find(|r| r.entry().0.matches(&wanted))
    }
}

/// A prefecture (urban) or province (rural) of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Province {
    /// Stable snake_case ASCII code, unique across the country.
    pub code: &'static str,
    /// Official name in Arabic.
    pub ar: &'static str,
    /// Official name in French.
    pub fr: &'static str,
    /// Name in English: the French one without accents, unless an English form is in common use.
    pub en: &'static str,
}

impl Province {
    /// The name in `locale`.
    pub fn name(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Ar => self.ar,
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }

    fn labels(&self) -> Labels {
        Labels {
            code: self.code,
            ar: self.ar,
            fr: self.fr,
            en: self.en,
        }
    }
}

/// The prefecture or province with exactly this code, and its region.
pub fn province_by_code(code: &str) -> Option<(Region, &'static Province)> {
    Region::ALL.into_iter().find_map(|region| {
        region
            .provinces()
            .iter()
            .find(|p| p.code == code)
            .map(|p| (region, p))
    })
}

/// The prefecture or province of `region` named `name` in any language or by its code, folded like
/// [`Region::from_name`]. A province of another region is not found.
pub fn find_province(region: Region, name: &str) -> Option<&'static Province> {
    let wanted = fold(name);
    region
        .provinces()
        .iter()
        .find(|p| p.labels().matches(&wanted))
}

/// A sector of activity, as classified by the national register of cooperatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Farming and livestock (argan, saffron, honey, dairy…). Most cooperatives.
    Agriculture,
    /// Traditional crafts: weaving, pottery, leather, wood, embroidery.
    Handicraft,
    /// Sea fishing.
    Fishing,
    /// Food processing (couscous, preserves, oils).
    FoodProcessing,
    /// Forestry and forest products.
    Forestry,
    /// Housing.
    Housing,
    /// Transport.
    Transport,
    /// Services.
    Services,
    /// Consumer cooperatives.
    Consumption,
    /// Every other sector of the register.
    Other,
}

impl Sector {
    /// Every sector, in a stable order.
    pub const ALL: [Sector; 10] = [
        Sector::Agriculture,
        Sector::Handicraft,
        Sector::Fishing,
        Sector::FoodProcessing,
        Sector::Forestry,
        Sector::Housing,
        Sector::Transport,
        Sector::Services,
        Sector::Consumption,
        Sector::Other,
    ];

    fn labels(self) -> Labels {
        let (code, ar, fr, en) = match self {
            Sector::Agriculture => ("agriculture", "الفلاحة", "Agriculture", "Agriculture"),
            Sector::Handicraft => ("handicraft", "الصناعة التقليدية", "Artisanat", "Handicraft"),
            Sector::Fishing => ("fishing", "الصيد البحري", "Pêche", "Fishing"),
            Sector::FoodProcessing => (
                "food_processing",
                "الصناعة الغذائية",
                "Agroalimentaire",
                "Food processing",
            ),
            Sector::Forestry => ("forestry", "الغابات", "Forêts", "Forestry"),
            Sector::Housing => ("housing", "السكن", "Habitat", "Housing"),
            Sector::Transport => ("transport", "النقل", "Transport", "Transport"),
            Sector::Services => ("services", "الخدمات", "Services", "Services"),
            Sector::Consumption => ("consumption", "الاستهلاك", "Consommation", "Consumer"),
            Sector::Other => ("other", "قطاعات أخرى", "Autres", "Other"),
        };
        Labels { code, ar, fr, en }
    }

    /// The stable code (snake_case ASCII), stored in the database; the same as its serde form.
    pub fn code(self) -> &'static str {
        self.labels().code
    }

    /// The sector with exactly this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        self.labels().name(locale)
    }

    /// The sector named `name` in any of the three languages, or by its code, folded like
    /// [`Region::from_name`].
    pub fn from_name(name: &str) -> Option<Self> {
        let wanted = fold(name);
        Self::ALL.into_iter().find(|s| s.labels().matches(&wanted))
    }

    /// The sector's approximate share of registered cooperatives, in per-mille. The shares of
    /// [`Sector::ALL`] add up to exactly 1000, so they can weight samples and seed data.
    pub fn register_weight_permille(self) -> u32 {
        match self {
            Sector::Agriculture => 640,
            Sector::Handicraft => 180,
            Sector::Housing => 50,
            Sector::Services => 30,
            Sector::FoodProcessing => 25,
            Sector::Fishing => 20,
            Sector::Transport => 20,
            Sector::Other => 15,
            Sector::Consumption => 10,
            Sector::Forestry => 10,
        }
    }
}

/// A code and the three names of a region, province or sector.
#[derive(Debug, Clone, Copy)]
struct Labels {
    code: &'static str,
    ar: &'static str,
    fr: &'static str,
    en: &'static str,
}

impl Labels {
    fn name(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Ar => self.ar,
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }

    /// True when an already folded query equals the folded code or one of the names.
    fn matches(self, folded: &str) -> bool {
        !folded.is_empty()
            && [self.code, self.ar, self.fr, self.en]
                .into_iter()
                .any(|label| fold(label) == folded)
    }
}

/// Folds a place or sector name for comparison: lower case; Latin accents and ligatures removed
/// (é→e, â→a, ï→i, œ→oe); Arabic short vowels and tatweel removed, hamza and alif forms unified
/// (أ إ آ ٱ→ا, ؤ→و, ئ ى→ي, ة→ه, ڭ گ→ك); everything that is not a letter or digit (spaces,
/// hyphens, apostrophes, underscores) dropped, so "Tan-Tan", "tan tan" and "tantan" are equal.
fn fold(text: &str) -> String {
    crate::normalize::fold(text).replace(' ', "")
}

const fn p(code: &'static str, ar: &'static str, fr: &'static str, en: &'static str) -> Province {
    Province { code, ar, fr, en }
}

static TANGER_TETOUAN_AL_HOCEIMA: [Province; 8] = [
    p(
        "tanger_assilah",
        "طنجة أصيلة",
        "Tanger-Assilah",
        "Tangier-Assilah",
    ),
    p(
        "mdiq_fnideq",
        "المضيق الفنيدق",
        "M'diq-Fnideq",
        "M'diq-Fnideq",
    ),
    p("tetouan", "تطوان", "Tétouan", "Tetouan"),
    p("fahs_anjra", "الفحص أنجرة", "Fahs-Anjra", "Fahs-Anjra"),
    p("larache", "العرائش", "Larache", "Larache"),
    p("al_hoceima", "الحسيمة", "Al Hoceïma", "Al Hoceima"),
    p("chefchaouen", "شفشاون", "Chefchaouen", "Chefchaouen"),
    p("ouezzane", "وزان", "Ouezzane", "Ouezzane"),
];

static ORIENTAL: [Province; 8] = [
    p("oujda_angad", "وجدة أنكاد", "Oujda-Angad", "Oujda-Angad"),
    p("nador", "الناظور", "Nador", "Nador"),
    p("driouch", "الدريوش", "Driouch", "Driouch"),
    p("jerada", "جرادة", "Jerada", "Jerada"),
    p("berkane", "بركان", "Berkane", "Berkane"),
    p("taourirt", "تاوريرت", "Taourirt", "Taourirt"),
    p("guercif", "جرسيف", "Guercif", "Guercif"),
    p("figuig", "فجيج", "Figuig", "Figuig"),
];

static FES_MEKNES: [Province; 9] = [
    p("fes", "فاس", "Fès", "Fez"),
    p("meknes", "مكناس", "Meknès", "Meknes"),
    p("el_hajeb", "الحاجب", "El Hajeb", "El Hajeb"),
    p("ifrane", "إفران", "Ifrane", "Ifrane"),
    p(
        "moulay_yacoub",
        "مولاي يعقوب",
        "Moulay Yacoub",
        "Moulay Yacoub",
    ),
    p("sefrou", "صفرو", "Sefrou", "Sefrou"),
    p("boulemane", "بولمان", "Boulemane", "Boulemane"),
    p("taounate", "تاونات", "Taounate", "Taounate"),
    p("taza", "تازة", "Taza", "Taza"),
];

static RABAT_SALE_KENITRA: [Province; 7] = [
    p("rabat", "الرباط", "Rabat", "Rabat"),
    p("sale", "سلا", "Salé", "Sale"),
    p(
        "skhirate_temara",
        "الصخيرات تمارة",
        "Skhirate-Témara",
        "Skhirate-Temara",
    ),
    p("kenitra", "القنيطرة", "Kénitra", "Kenitra"),
    p("khemisset", "الخميسات", "Khémisset", "Khemisset"),
    p("sidi_kacem", "سيدي قاسم", "Sidi Kacem", "Sidi Kacem"),
    p(
        "sidi_slimane",
        "سيدي سليمان",
        "Sidi Slimane",
        "Sidi Slimane",
    ),
];

static BENI_MELLAL_KHENIFRA: [Province; 5] = [
    p("beni_mellal", "بني ملال", "Béni Mellal", "Beni Mellal"),
    p("azilal", "أزيلال", "Azilal", "Azilal"),
    p(
        "fquih_ben_salah",
        "الفقيه بن صالح",
        "Fquih Ben Salah",
        "Fquih Ben Salah",
    ),
    p("khenifra", "خنيفرة", "Khénifra", "Khenifra"),
    p("khouribga", "خريبكة", "Khouribga", "Khouribga"),
];

static CASABLANCA_SETTAT: [Province; 9] = [
    p("casablanca", "الدار البيضاء", "Casablanca", "Casablanca"),
    p("mohammedia", "المحمدية", "Mohammédia", "Mohammedia"),
    p("el_jadida", "الجديدة", "El Jadida", "El Jadida"),
    p("nouaceur", "النواصر", "Nouaceur", "Nouaceur"),
    p("mediouna", "مديونة", "Médiouna", "Mediouna"),
    p("benslimane", "بنسليمان", "Benslimane", "Benslimane"),
    p("berrechid", "برشيد", "Berrechid", "Berrechid"),
    p("settat", "سطات", "Settat", "Settat"),
    p("sidi_bennour", "سيدي بنور", "Sidi Bennour", "Sidi Bennour"),
];

static MARRAKECH_SAFI: [Province; 8] = [
    p("marrakech", "مراكش", "Marrakech", "Marrakesh"),
    p("chichaoua", "شيشاوة", "Chichaoua", "Chichaoua"),
    p("al_haouz", "الحوز", "Al Haouz", "Al Haouz"),
    p(
        "el_kelaa_des_sraghna",
        "قلعة السراغنة",
        "El Kelâa des Sraghna",
        "El Kelaa des Sraghna",
    ),
    p("essaouira", "الصويرة", "Essaouira", "Essaouira"),
    p("rehamna", "الرحامنة", "Rehamna", "Rehamna"),
    p("safi", "آسفي", "Safi", "Safi"),
    p("youssoufia", "اليوسفية", "Youssoufia", "Youssoufia"),
];

static DRAA_TAFILALET: [Province; 5] = [
    p("errachidia", "الرشيدية", "Errachidia", "Errachidia"),
    p("ouarzazate", "ورزازات", "Ouarzazate", "Ouarzazate"),
    p("midelt", "ميدلت", "Midelt", "Midelt"),
    p("tinghir", "تنغير", "Tinghir", "Tinghir"),
    p("zagora", "زاكورة", "Zagora", "Zagora"),
];

static SOUSS_MASSA: [Province; 6] = [
    p(
        "agadir_ida_ou_tanane",
        "أكادير إداوتنان",
        "Agadir-Ida-Ou-Tanane",
        "Agadir-Ida-Ou-Tanane",
    ),
    p(
        "inezgane_ait_melloul",
        "إنزكان آيت ملول",
        "Inezgane-Aït Melloul",
        "Inezgane-Ait Melloul",
    ),
    p(
        "chtouka_ait_baha",
        "اشتوكة آيت باها",
        "Chtouka-Aït Baha",
        "Chtouka-Ait Baha",
    ),
    p("taroudant", "تارودانت", "Taroudant", "Taroudant"),
    p("tiznit", "تزنيت", "Tiznit", "Tiznit"),
    p("tata", "طاطا", "Tata", "Tata"),
];

static GUELMIM_OUED_NOUN: [Province; 4] = [
    p("guelmim", "كلميم", "Guelmim", "Guelmim"),
    p("assa_zag", "آسا الزاك", "Assa-Zag", "Assa-Zag"),
    p("tan_tan", "طانطان", "Tan-Tan", "Tan-Tan"),
    p("sidi_ifni", "سيدي إفني", "Sidi Ifni", "Sidi Ifni"),
];

static LAAYOUNE_SAKIA_EL_HAMRA: [Province; 4] = [
    p("laayoune", "العيون", "Laâyoune", "Laayoune"),
    p("boujdour", "بوجدور", "Boujdour", "Boujdour"),
    p("tarfaya", "طرفاية", "Tarfaya", "Tarfaya"),
    p("es_semara", "السمارة", "Es-Semara", "Es-Semara"),
];

static DAKHLA_OUED_ED_DAHAB: [Province; 2] = [
    p(
        "oued_ed_dahab",
        "وادي الذهب",
        "Oued Ed-Dahab",
        "Oued Ed-Dahab",
    ),
    p("aousserd", "أوسرد", "Aousserd", "Aousserd"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error as ValueError, StrDeserializer};
    use std::collections::HashSet;

    fn all_provinces() -> Vec<(Region, &'static Province)> {
        Region::ALL
            .into_iter()
            .flat_map(|r| r.provinces().iter().map(move |p| (r, p)))
            .collect()
    }

    fn is_arabic(c: char) -> bool {
        ('\u{0600}'..='\u{06ff}').contains(&c)
    }

    /// Non-empty, Arabic letters only in Arabic, no Arabic elsewhere, English in plain ASCII.
    fn assert_well_named(what: &str, ar: &str, fr: &str, en: &str) {
        for name in [ar, fr, en] {
            assert!(!name.trim().is_empty(), "{what}: empty name");
            assert_eq!(name.trim(), name, "{what}: stray spaces in {name:?}");
        }
        assert!(
            ar.chars().any(|c| is_arabic(c) && c.is_alphabetic()),
            "{what}: no Arabic letter in {ar:?}"
        );
        assert!(
            ar.chars().all(|c| !c.is_alphabetic() || is_arabic(c)),
            "{what}: non-Arabic letter in {ar:?}"
        );
        assert!(
            !fr.chars().any(is_arabic),
            "{what}: Arabic in French {fr:?}"
        );
        assert!(en.is_ascii(), "{what}: English {en:?} is not plain ASCII");
    }

    fn assert_code_shape(code: &str) {
        assert!(
            !code.is_empty()
                && code.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && !code.starts_with('_')
                && !code.ends_with('_')
                && !code.contains("__"),
            "bad code {code:?}"
        );
    }

    #[test]
    fn there_are_twelve_regions_and_seventy_five_prefectures_and_provinces() {
        assert_eq!(Region::ALL.len(), 12);
        assert_eq!(Region::ALL.into_iter().collect::<HashSet<_>>().len(), 12);
        assert_eq!(all_provinces().len(), 75);
    }

    #[test]
    fn each_region_has_its_official_number_of_prefectures_and_provinces() {
        let counts: Vec<usize> = Region::ALL
            .into_iter()
            .map(|r| r.provinces().len())
            .collect();
        assert_eq!(counts, [8, 8, 9, 7, 5, 9, 8, 5, 6, 4, 4, 2]);
    }

    #[test]
    fn regions_are_listed_in_their_official_order() {
        assert!(Region::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Region::ALL[0], Region::TangerTetouanAlHoceima);
        assert_eq!(Region::ALL[8], Region::SoussMassa);
        assert_eq!(Region::ALL[11], Region::DakhlaOuedEdDahab);
    }

    #[test]
    fn every_code_is_well_formed_and_unique() {
        let province_codes: HashSet<_> = all_provinces().iter().map(|(_, p)| p.code).collect();
        assert_eq!(province_codes.len(), 75);
        let region_codes: HashSet<_> = Region::ALL.into_iter().map(Region::code).collect();
        assert_eq!(region_codes.len(), 12);
        let sector_codes: HashSet<_> = Sector::ALL.into_iter().map(Sector::code).collect();
        assert_eq!(sector_codes.len(), Sector::ALL.len());
        for code in province_codes
            .iter()
            .chain(&region_codes)
            .chain(&sector_codes)
        {
            assert_code_shape(code);
        }
    }

    #[test]
    fn every_region_and_province_is_named_in_three_languages() {
        for region in Region::ALL {
            let [ar, fr, en] = Locale::ALL.map(|l| region.name(l));
            assert_well_named(region.code(), ar, fr, en);
            assert!(
                !region.provinces().is_empty(),
                "{region:?} has no provinces"
            );
        }
        for (_, province) in all_provinces() {
            assert_well_named(province.code, province.ar, province.fr, province.en);
            assert_eq!(province.name(Locale::Ar), province.ar);
            assert_eq!(province.name(Locale::Fr), province.fr);
            assert_eq!(province.name(Locale::En), province.en);
        }
    }

    #[test]
    fn official_names_keep_their_accents_and_arabic_spelling() {
        assert_eq!(Region::SoussMassa.name(Locale::Ar), "سوس ماسة");
        assert_eq!(
            Region::CasablancaSettat.name(Locale::Ar),
            "الدار البيضاء سطات"
        );
        assert_eq!(Region::DraaTafilalet.name(Locale::Fr), "Drâa-Tafilalet");
        assert_eq!(Region::DraaTafilalet.name(Locale::En), "Draa-Tafilalet");
        assert_eq!(Region::Oriental.name(Locale::Fr), "L'Oriental");
        assert_eq!(Region::Oriental.name(Locale::En), "Oriental");
        assert_eq!(
            Region::BeniMellalKhenifra.name(Locale::Fr),
            "Béni Mellal-Khénifra"
        );
        let souss: Vec<_> = Region::SoussMassa
            .provinces()
            .iter()
            .map(|p| p.fr)
            .collect();
        assert_eq!(
            souss,
            [
                "Agadir-Ida-Ou-Tanane",
                "Inezgane-Aït Melloul",
                "Chtouka-Aït Baha",
                "Taroudant",
                "Tiznit",
                "Tata"
            ]
        );
    }

    #[test]
    fn region_codes_round_trip_and_match_the_serde_form() {
        for region in Region::ALL {
            assert_eq!(Region::from_code(region.code()), Some(region));
            let deserializer: StrDeserializer<'_, ValueError> = region.code().into_deserializer();
            assert_eq!(Region::deserialize(deserializer).ok(), Some(region));
        }
        assert_eq!(Region::from_code("souss_massa"), Some(Region::SoussMassa));
        assert_eq!(Region::from_code("Souss-Massa"), None);
        assert_eq!(Region::from_code(""), None);
    }

    #[test]
    fn province_codes_round_trip_with_their_region() {
        for (region, province) in all_provinces() {
            assert_eq!(province_by_code(province.code), Some((region, province)));
        }
        assert_eq!(
            province_by_code("taroudant").map(|(r, p)| (r, p.fr)),
            Some((Region::SoussMassa, "Taroudant"))
        );
        assert_eq!(province_by_code("souss_massa"), None);
        assert_eq!(province_by_code(""), None);
    }

    #[test]
    fn regions_are_found_by_each_of_their_names_and_their_code() {
        for region in Region::ALL {
            for locale in Locale::ALL {
                assert_eq!(
                    Region::from_name(region.name(locale)),
                    Some(region),
                    "{locale:?}"
                );
            }
            assert_eq!(Region::from_name(region.code()), Some(region));
        }
    }

    #[test]
    fn region_names_are_folded_for_case_accents_and_punctuation() {
        for (typed, region) in [
            ("drâa tafilalet", Region::DraaTafilalet),
            ("DRAA-TAFILALET", Region::DraaTafilalet),
            ("souss massa", Region::SoussMassa),
            ("  Souss -- Massa ", Region::SoussMassa),
            ("l'oriental", Region::Oriental),
            ("L’ORIENTAL", Region::Oriental),
            ("fes meknes", Region::FesMeknes),
            ("Tanger Tetouan Al Hoceima", Region::TangerTetouanAlHoceima),
            ("laayoune sakia el hamra", Region::LaayouneSakiaElHamra),
            ("Beni-Mellal Khenifra", Region::BeniMellalKhenifra),
            ("  الداخلة   وادي الذهب ", Region::DakhlaOuedEdDahab),
            ("مراكش اسفي", Region::MarrakechSafi),
            ("درعة تافيلالت", Region::DraaTafilalet),
        ] {
            assert_eq!(Region::from_name(typed), Some(region), "{typed:?}");
        }
        for unknown in ["", "  -- ", "Atlantis", "Souss", "Casablanca-Settat-Rabat"] {
            assert_eq!(Region::from_name(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn provinces_are_found_only_within_their_region() {
        let taroudant = find_province(Region::SoussMassa, "taroudant");
        assert_eq!(taroudant.map(|p| p.code), Some("taroudant"));
        assert_eq!(find_province(Region::SoussMassa, "Casablanca"), None);
        assert_eq!(find_province(Region::CasablancaSettat, "Taroudant"), None);
        assert_eq!(find_province(Region::SoussMassa, ""), None);
        for (typed, code) in [
            ("inezgane ait melloul", "inezgane_ait_melloul"),
            ("اكادير اداوتنان", "agadir_ida_ou_tanane"),
            ("CHTOUKA AÏT-BAHA", "chtouka_ait_baha"),
            ("تارودانت", "taroudant"),
        ] {
            assert_eq!(
                find_province(Region::SoussMassa, typed).map(|p| p.code),
                Some(code),
                "{typed:?}"
            );
        }
        assert_eq!(
            find_province(Region::FesMeknes, "Fez").map(|p| p.code),
            Some("fes")
        );
        assert_eq!(
            find_province(Region::GuelmimOuedNoun, "tantan").map(|p| p.code),
            Some("tan_tan")
        );
        assert_eq!(
            find_province(Region::TangerTetouanAlHoceima, "mdiq fnideq").map(|p| p.code),
            Some("mdiq_fnideq")
        );
    }

    #[test]
    fn every_province_is_found_by_each_of_its_names_and_its_code() {
        for (region, province) in all_provinces() {
            for name in [province.code, province.ar, province.fr, province.en] {
                assert_eq!(find_province(region, name), Some(province), "{name:?}");
            }
        }
    }

    #[test]
    fn folded_names_never_confuse_two_places_or_sectors() {
        fn distinct(groups: Vec<Vec<&str>>) {
            let mut owner = std::collections::HashMap::new();
            for (i, names) in groups.iter().enumerate() {
                for name in names {
                    let folded = fold(name);
                    assert!(!folded.is_empty(), "{name:?} folds to nothing");
                    if let Some(other) = owner.insert(folded, i) {
                        assert_eq!(other, i, "{name:?} is also the name of another entry");
                    }
                }
            }
        }
        distinct(
            Region::ALL
                .iter()
                .map(|r| {
                    vec![
                        r.code(),
                        r.name(Locale::Ar),
                        r.name(Locale::Fr),
                        r.name(Locale::En),
                    ]
                })
                .collect(),
        );
        for region in Region::ALL {
            distinct(
                region
                    .provinces()
                    .iter()
                    .map(|p| vec![p.code, p.ar, p.fr, p.en])
                    .collect(),
            );
        }
        distinct(
            Sector::ALL
                .iter()
                .map(|s| {
                    vec![
                        s.code(),
                        s.name(Locale::Ar),
                        s.name(Locale::Fr),
                        s.name(Locale::En),
                    ]
                })
                .collect(),
        );
    }

    #[test]
    fn folding_ignores_case_accents_hamza_vowels_and_separators() {
        assert_eq!(fold("Béni Mellal-Khénifra"), "benimellalkhenifra");
        assert_eq!(fold("L'Oriental"), "loriental");
        assert_eq!(fold("ÎLE Œuvre  ça"), "ileoeuvreca");
        assert_eq!(fold("Fe\u{0301}s"), "fes");
        assert_eq!(fold("souss_massa"), fold("Souss-Massa"));
        assert_eq!(fold("أَكادِير إداوتنان"), fold("اكادير اداوتنان"));
        assert_eq!(fold("تازة"), fold("تازه"));
        assert_eq!(fold("العرائش"), fold("العرايش"));
        assert_eq!(fold("مـراكـش"), "مراكش");
        assert_eq!(fold(" -'_ "), "");
    }

    #[test]
    fn sector_codes_round_trip_and_match_the_serde_form() {
        for sector in Sector::ALL {
            assert_eq!(Sector::from_code(sector.code()), Some(sector));
            let deserializer: StrDeserializer<'_, ValueError> = sector.code().into_deserializer();
            assert_eq!(Sector::deserialize(deserializer).ok(), Some(sector));
        }
        assert_eq!(
            Sector::from_code("food_processing"),
            Some(Sector::FoodProcessing)
        );
        assert_eq!(Sector::from_code("Agriculture"), None);
    }

    #[test]
    fn sectors_are_named_in_three_languages_and_found_by_any_name() {
        assert_eq!(Sector::ALL.into_iter().collect::<HashSet<_>>().len(), 10);
        for sector in Sector::ALL {
            let [ar, fr, en] = Locale::ALL.map(|l| sector.name(l));
            assert_well_named(sector.code(), ar, fr, en);
            for locale in Locale::ALL {
                assert_eq!(
                    Sector::from_name(sector.name(locale)),
                    Some(sector),
                    "{locale:?}"
                );
            }
            assert_eq!(Sector::from_name(sector.code()), Some(sector));
        }
        assert_eq!(Sector::Handicraft.name(Locale::Ar), "الصناعة التقليدية");
        assert_eq!(Sector::Fishing.name(Locale::Fr), "Pêche");
        assert_eq!(Sector::from_name("peche"), Some(Sector::Fishing));
        assert_eq!(
            Sector::from_name("AGRO-ALIMENTAIRE"),
            Some(Sector::FoodProcessing)
        );
        assert_eq!(
            Sector::from_name("food processing"),
            Some(Sector::FoodProcessing)
        );
        assert_eq!(Sector::from_name("الفلاحه"), Some(Sector::Agriculture));
        assert_eq!(Sector::from_name("tourism"), None);
        assert_eq!(Sector::from_name(""), None);
    }

    #[test]
    fn sector_weights_sum_to_a_thousand_with_agriculture_and_handicraft_leading() {
        let total: u32 = Sector::ALL
            .into_iter()
            .map(Sector::register_weight_permille)
            .sum();
        assert_eq!(total, 1000);
        assert_eq!(Sector::Agriculture.register_weight_permille(), 640);
        assert_eq!(Sector::Handicraft.register_weight_permille(), 180);
        for sector in Sector::ALL {
            assert!(sector.register_weight_permille() > 0, "{sector:?}");
        }
    }
}
