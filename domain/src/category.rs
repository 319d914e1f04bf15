//! The catalog's categories: a two-level tree of what Moroccan cooperatives sell, named in Arabic,
//! French and English. This is the seed; the database holds the tree the site shows.

use crate::Locale;

/// A category (top level or a sub-category).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    /// Stable code, also the URL segment (`/categories/{code}`).
    pub code: &'static str,
    /// Name in Arabic.
    pub ar: &'static str,
    /// Name in French.
    pub fr: &'static str,
    /// Name in English.
    pub en: &'static str,
    /// Sub-categories (empty for a sub-category).
    pub children: &'static [Category],
}

impl Category {
    /// The name in `locale`.
    pub fn name(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Ar => self.ar,
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }
}

const fn leaf(
    code: &'static str,
    ar: &'static str,
    fr: &'static str,
    en: &'static str,
) -> Category {
    Category {
        code,
        ar,
        fr,
        en,
        children: &[],
    }
}

/// The seeded tree, in display order.
pub const TREE: &[Category] = &[
    Category {
        code: "argan-oils",
        ar: "الأركان والزيوت",
        fr: "Argan et autres huiles",
        en: "Argan and other oils",
        children: &[
            leaf(
                "argan-culinary",
                "زيت أركان غذائي",
                "Huile d’argan alimentaire",
                "Culinary argan oil",
            ),
            leaf(
                "argan-cosmetic",
                "زيت أركان تجميلي",
                "Huile d’argan cosmétique",
                "Cosmetic argan oil",
            ),
            leaf("other-oils", "زيوت أخرى", "Autres huiles", "Other oils"),
        ],
    },
    Category {
        code: "olive-oil-olives",
        ar: "زيت الزيتون والزيتون",
        fr: "Huile d’olive et olives",
        en: "Olive oil and olives",
        children: &[
            leaf("olive-oil", "زيت الزيتون", "Huile d’olive", "Olive oil"),
            leaf("olives", "الزيتون", "Olives", "Olives"),
        ],
    },
    Category {
        code: "honey-amlou",
        ar: "العسل وأملو",
        fr: "Miel et amlou",
        en: "Honey and amlou",
        children: &[
            leaf("honey", "العسل", "Miel", "Honey"),
            leaf("amlou", "أملو", "Amlou", "Amlou"),
        ],
    },
    Category {
        code: "saffron",
        ar: "الزعفران",
        fr: "Safran",
        en: "Saffron",
        children: &[],
    },
    Category {
        code: "spices-herbs",
        ar: "التوابل والأعشاب",
        fr: "Épices et herbes",
        en: "Spices and herbs",
        children: &[
            leaf("spices", "التوابل", "Épices", "Spices"),
            leaf(
                "herbs-teas",
                "الأعشاب والشاي",
                "Herbes et tisanes",
                "Herbs and teas",
            ),
        ],
    },
    Category {
        code: "couscous-grains",
        ar: "الكسكس والحبوب",
        fr: "Couscous et céréales",
        en: "Couscous and grains",
        children: &[
            leaf("couscous", "الكسكس", "Couscous", "Couscous"),
            leaf(
                "grains-flours",
                "الحبوب والدقيق",
                "Céréales et farines",
                "Grains and flours",
            ),
        ],
    },
    Category {
        code: "dates-dried-fruit",
        ar: "التمور والفواكه الجافة",
        fr: "Dattes et fruits secs",
        en: "Dates and dried fruit",
        children: &[
            leaf("dates", "التمور", "Dattes", "Dates"),
            leaf(
                "nuts-dried-fruit",
                "المكسرات والفواكه المجففة",
                "Fruits secs",
                "Nuts and dried fruit",
            ),
        ],
    },
    Category {
        code: "floral-waters",
        ar: "ماء الورد وماء الزهر",
        fr: "Eau de rose et eau de fleur d’oranger",
        en: "Rose and orange-blossom water",
        children: &[],
    },
    Category {
        code: "cosmetics-soaps",
        ar: "مستحضرات التجميل والصابون",
        fr: "Cosmétiques et savons",
        en: "Cosmetics and soaps",
        children: &[
            leaf("soaps", "الصابون", "Savons", "Soaps"),
            leaf("ghassoul", "الغاسول", "Ghassoul", "Ghassoul"),
            leaf(
                "creams-balms",
                "الكريمات والمراهم",
                "Crèmes et baumes",
                "Creams and balms",
            ),
        ],
    },
    Category {
        code: "rugs-textiles",
        ar: "الزرابي والمنسوجات",
        fr: "Tapis et textiles",
        en: "Rugs and textiles",
        children: &[
            leaf("rugs", "الزرابي", "Tapis", "Rugs"),
            leaf("textiles", "المنسوجات", "Textiles", "Textiles"),
            leaf("embroidery", "الطرز", "Broderie", "Embroidery"),
        ],
    },
    Category {
        code: "pottery-ceramics",
        ar: "الفخار والخزف",
        fr: "Poterie et céramique",
        en: "Pottery and ceramics",
        children: &[],
    },
    Category {
        code: "leather",
        ar: "الجلد",
        fr: "Cuir",
        en: "Leather",
        children: &[],
    },
    Category {
        code: "wood",
        ar: "الخشب",
        fr: "Bois",
        en: "Wood",
        children: &[],
    },
    Category {
        code: "basketry",
        ar: "السلالة",
        fr: "Vannerie",
        en: "Basketry",
        children: &[],
    },
    Category {
        code: "jewellery",
        ar: "الحلي",
        fr: "Bijoux",
        en: "Jewellery",
        children: &[],
    },
    Category {
        code: "dairy-cheese",
        ar: "الألبان والأجبان",
        fr: "Produits laitiers et fromages",
        en: "Dairy and cheese",
        children: &[],
    },
    Category {
        code: "preserves",
        ar: "المعلبات والمربيات",
        fr: "Conserves et confitures",
        en: "Preserves",
        children: &[],
    },
];

/// Every category with its parent's code, parents first, in display order.
pub fn flattened() -> Vec<(Option<&'static str>, usize, &'static Category)> {
    let mut out = Vec::new();
    for (i, top) in TREE.iter().enumerate() {
        out.push((None, i, top));
        for (j, child) in top.children.iter().enumerate() {
            out.push((Some(top.code), j, child));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_tree_covers_what_cooperatives_sell_with_unique_url_safe_codes() {
        assert_eq!(TREE.len(), 17);
        let mut codes = HashSet::new();
        for (_, _, c) in flattened() {
            assert!(codes.insert(c.code), "duplicate code {}", c.code);
            assert!(
                c.code
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}",
                c.code
            );
            for locale in Locale::ALL {
                assert!(!c.name(locale).trim().is_empty(), "{} {locale:?}", c.code);
            }
            assert!(
                c.children.iter().all(|g| g.children.is_empty()),
                "two levels only"
            );
        }
        assert!(codes.len() > 30);
    }
}
