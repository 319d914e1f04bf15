//! One demo cooperative: verified against the register, with its visual identity, quality
//! labels and products with drawn photos.

use super::{DEMO_COOPERATIVES, PRODUCTS_PER_COOPERATIVE};
use crate::{
    catalog::{self, CoopStyle, ProductTemplate},
    pictures,
};
use backend::{
    media::MediaStore,
    services::{
        cooperatives::{self, CooperativeForm, Decision},
        identity::{self, IdentityForm},
        labels, products,
    },
    user::CurrentUser,
};
use domain::{
    Locale,
    geo::{Region, Sector},
    label::LabelKind,
    product::ProductEvent,
    registry::RegistryRow,
};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

/// Side of the drawn product photos, in pixels (variants of 320 and 640 px are made from it).
const PHOTO_SIZE: u32 = 640;

/// Two active register entries per region (the register's word counts: a dissolved cooperative
/// cannot be verified): a farming (or food) cooperative and, where the region has one, a
/// handicraft cooperative; the first is Khadija's argan cooperative of the Souss.
pub(super) fn pick_cooperatives(rows: &[RegistryRow]) -> Vec<&RegistryRow> {
    let food = |r: &RegistryRow| {
        matches!(
            r.sector,
            Sector::Agriculture | Sector::FoodProcessing | Sector::Forestry
        )
    };
    let craft = |r: &RegistryRow| r.sector == Sector::Handicraft;
    let mut picks: Vec<&RegistryRow> = Vec::new();
    let mut regions: Vec<Region> = Region::ALL.to_vec();
    // Khadija's cooperative first: in the Souss, where argan grows.
    if let Some(pos) = regions.iter().position(|r| *r == Region::SoussMassa) {
        regions.rotate_left(pos);
    }
    for region in regions {
        let in_region: Vec<&RegistryRow> = rows
            .iter()
            .filter(|r| {
                r.region == region
                    && r.status.is_active()
                    && r.name_ar.len() > 3
                    && !r.name_fr.is_empty()
            })
            .collect();
        let first = in_region
            .iter()
            .find(|r| food(r))
            .or_else(|| in_region.first())
            .copied();
        let second = in_region
            .iter()
            .find(|r| craft(r))
            .or_else(|| in_region.iter().filter(|r| food(r)).nth(1))
            .copied();
        picks.extend(first);
        picks.extend(second);
    }
    picks.truncate(DEMO_COOPERATIVES);
    picks
}

/// A verified cooperative with a visual identity, labels and products, owned by `owner`.
pub(super) async fn demo_cooperative(
    db: &DatabaseConnection,
    media: &MediaStore,
    admin: &CurrentUser,
    owner: &CurrentUser,
    entry: &RegistryRow,
    index: usize,
) -> anyhow::Result<()> {
    let founded_on = entry
        .registered_on
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .unwrap_or_else(|| "2015-01-01".into());
    // Sizes and membership vary; about half of the cooperatives are led by women.
    let members = 9 + (index * 7) % 40;
    let women = if index.is_multiple_of(2) {
        members - index % 4
    } else {
        (index * 3) % (members / 2)
    };
    let form = CooperativeForm {
        register_number: entry.register_number.to_string(),
        ice: format!("00{:013}", 1_523_456_000_078u64 + index as u64 * 1_000_003),
        name_ar: entry.name_ar.clone(),
        name_fr: entry.name_fr.clone(),
        region: entry.region.code().into(),
        province: entry.province.into(),
        sector: entry.sector.code().into(),
        founded_on,
        member_count: members.to_string(),
        women_count: women.to_string(),
        phone: format!("06{:08}", 12_345_678 + index * 1_111),
    };
    let certificate = bytes::Bytes::from_static(DEMO_CERTIFICATE);
    let id = cooperatives::register(db, media, owner, &form, Some(certificate))
        .await
        .map_err(|e| anyhow::anyhow!("demo cooperative: {e:?}"))?;
    cooperatives::decide(db, admin, id, Decision::Verify, "")
        .await
        .map_err(|e| anyhow::anyhow!("demo verification: {e}"))?;
    let styles = catalog::styles();
    let style = &styles[index % styles.len()];
    identity::save(db, owner, id, &identity_form(style))
        .await
        .map_err(|e| anyhow::anyhow!("demo identity: {e:?}"))?;
    for (slot, image) in [
        (identity::ImageSlot::Logo, demo_logo(style, index)?),
        (identity::ImageSlot::Banner, demo_banner(style, index)?),
    ] {
        identity::set_image(db, media, owner, id, slot, image)
            .await
            .map_err(|e| anyhow::anyhow!("demo {slot:?}: {e:?}"))?;
    }
    let templates = templates_for(entry.sector, index);
    let label_ids = demo_labels(db, media, admin, owner, id, &templates, index).await?;
    for (n, template) in templates.iter().enumerate() {
        let draft = index % 4 == 3 && n + 1 == templates.len();
        let hidden = index == 5 && n == 0;
        demo_product(
            db, media, admin, owner, id, template, &label_ids, index, n, draft, hidden,
        )
        .await?;
    }
    Ok(())
}

pub(super) fn identity_form(style: &CoopStyle) -> IdentityForm {
    IdentityForm {
        primary_colour: style.primary.clone(),
        secondary_colour: style.secondary.clone(),
        tagline_ar: style.tagline[0].clone(),
        tagline_fr: style.tagline[1].clone(),
        tagline_en: style.tagline[2].clone(),
        story_ar: style.story[0].clone(),
        story_fr: style.story[1].clone(),
        story_en: style.story[2].clone(),
    }
}

/// The products a cooperative of `sector` sells: templates that suit it, a different slice for
/// each cooperative so the whole catalog is on show.
pub(super) fn templates_for(sector: Sector, index: usize) -> Vec<&'static ProductTemplate> {
    let suitable: Vec<&ProductTemplate> = catalog::products()
        .iter()
        .filter(|t| catalog::suits(t, sector.code()))
        .collect();
    if suitable.is_empty() {
        return Vec::new();
    }
    let start = (index * PRODUCTS_PER_COOPERATIVE) % suitable.len();
    (0..PRODUCTS_PER_COOPERATIVE.min(suitable.len()))
        .map(|k| suitable[(start + k) % suitable.len()])
        .collect()
}

/// Declares the labels the cooperative's products carry; an admin verifies them, except at
/// every fifth cooperative, where they still wait (so the admin queue has work). Returns
/// `(label code, id)`.
pub(super) async fn demo_labels(
    db: &DatabaseConnection,
    media: &MediaStore,
    admin: &CurrentUser,
    owner: &CurrentUser,
    cooperative_id: Uuid,
    templates: &[&ProductTemplate],
    index: usize,
) -> anyhow::Result<Vec<(LabelKind, Uuid)>> {
    let mut kinds: Vec<&str> = templates
        .iter()
        .flat_map(|t| t.labels.iter().map(String::as_str))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    for kind in &kinds {
        let reference = match *kind {
            "onssa" => format!(
                "AUT.{:02}.{:03}.{:02}",
                10 + index,
                100 + index * 7,
                20 + index % 6
            ),
            other => format!(
                "{}-MA-{}-{:04}",
                other.to_uppercase(),
                2020 + index % 5,
                117 + index * 13
            ),
        };
        labels::declare(
            db,
            media,
            owner,
            cooperative_id,
            kind,
            &reference,
            Some(bytes::Bytes::from_static(DEMO_CERTIFICATE)),
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo label {kind}: {e:?}"))?;
    }
    let declared = labels::of_cooperative(db, cooperative_id)
        .await
        .map_err(|e| anyhow::anyhow!("demo labels: {e}"))?;
    if index % 5 != 4 {
        for label in &declared {
            labels::decide(db, admin, label.id, None)
                .await
                .map_err(|e| anyhow::anyhow!("demo label verification: {e}"))?;
        }
    }
    Ok(declared.into_iter().map(|l| (l.kind, l.id)).collect())
}

/// One product: created, photographed (a drawn picture), published unless `draft`, and hidden
/// by the admin when `hidden`.
pub(super) async fn demo_product(
    db: &DatabaseConnection,
    media: &MediaStore,
    admin: &CurrentUser,
    owner: &CurrentUser,
    cooperative_id: Uuid,
    template: &ProductTemplate,
    label_ids: &[(LabelKind, Uuid)],
    index: usize,
    n: usize,
    draft: bool,
    hidden: bool,
) -> anyhow::Result<()> {
    let quantity = template.quantity.clone();
    let form = products::ProductForm {
        sku: format!("TW{index:02}-{n:02}"),
        category: template.category.clone(),
        price: format!(
            "{}.{:02}",
            template.price_centimes / 100,
            template.price_centimes % 100
        ),
        // Some products are sold out, to show how that looks.
        stock: if (index + n) % 9 == 4 {
            "0".into()
        } else {
            (3 + (index * 5 + n * 11) % 60).to_string()
        },
        unit: template.unit.clone(),
        quantity,
        weight: template.weight_grams.to_string(),
        titles: template.title.clone(),
        descriptions: template.description.clone(),
        labels: label_ids
            .iter()
            .filter(|(kind, _)| template.labels.iter().any(|l| l == kind.code()))
            .map(|(_, id)| id.to_string())
            .collect(),
    };
    let product = products::create(db, owner, cooperative_id, &form)
        .await
        .map_err(|e| anyhow::anyhow!("demo product {}: {e:?}", template.title[1]))?;
    // Khadija's first product is sold in three sizes, to show options.
    if index == 0 && n == 0 {
        three_sizes(db, owner, &product, &form).await?;
    }
    let picture = pictures::product_image(template, index as u32, PHOTO_SIZE);
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(picture).write_to(
        &mut std::io::Cursor::new(&mut jpeg),
        image::ImageFormat::Jpeg,
    )?;
    let alts = template.title.clone();
    products::add_photo(
        db,
        media,
        owner,
        product.id,
        bytes::Bytes::from(jpeg),
        &alts,
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo photo: {e:?}"))?;
    if !draft {
        products::transition(db, owner, product.id, ProductEvent::Publish)
            .await
            .map_err(|e| anyhow::anyhow!("demo publish: {e:?}"))?;
    }
    if hidden {
        products::moderate(
            db,
            admin,
            product.id,
            Some("La photo ne montre pas le produit vendu. Merci d’en ajouter une vraie."),
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo moderation: {e:?}"))?;
    }
    Ok(())
}

/// Gives a product two larger sizes beside its own (twice and four times the pack, for a little
/// less per unit), named by their quantity.
async fn three_sizes(
    db: &DatabaseConnection,
    owner: &CurrentUser,
    product: &backend::entity::product::Model,
    form: &products::ProductForm,
) -> anyhow::Result<()> {
    let unit = domain::product::Unit::from_code(&product.unit)
        .ok_or_else(|| anyhow::anyhow!("demo unit {}", product.unit))?;
    let options = backend::services::product_options::of_product(db, product.id)
        .await
        .map_err(|e| anyhow::anyhow!("demo options: {e:?}"))?;
    let first = options
        .first()
        .ok_or_else(|| anyhow::anyhow!("demo product without an option"))?;
    let rows: Vec<products::OptionRow> = [(1, 10), (2, 19), (4, 36)]
        .into_iter()
        .enumerate()
        .map(|(i, (times, tenths))| {
            let quantity = domain::product::Quantity {
                milli: product.quantity_milli * times,
                unit,
            };
            let price = product.price_centimes * tenths / 10;
            products::OptionRow {
                id: if i == 0 {
                    first.id.to_string()
                } else {
                    String::new()
                },
                label: quantity.display(Locale::Fr),
                sku: if i == 0 {
                    form.sku.clone()
                } else {
                    format!("{}-{times}", form.sku)
                },
                price: format!("{}.{:02}", price / 100, price % 100),
                quantity: quantity.amount(),
                stock: (12 / times).to_string(),
                photo: String::new(),
                gtin: String::new(),
                remove: false,
            }
        })
        .collect();
    products::save_options(db, owner, product.id, &rows)
        .await
        .map_err(|e| anyhow::anyhow!("demo sizes: {e:?}"))
}

/// A one-page PDF standing in for the demo cooperative's name-approval certificate.
pub(super) const DEMO_CERTIFICATE: &[u8] = b"%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 74 >> stream
BT /F1 18 Tf 72 760 Td (Certificat negatif - document de demonstration) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
";

pub(super) fn png(image: image::RgbaImage) -> anyhow::Result<bytes::Bytes> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(image)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)?;
    Ok(bytes::Bytes::from(out))
}

/// A drawn logo in the cooperative's colours: a disc with a ring and a motif of leaves (their
/// number and angle vary with `index`), on transparency.
pub(super) fn demo_logo(style: &CoopStyle, index: usize) -> anyhow::Result<bytes::Bytes> {
    let primary = rgb(&style.primary);
    let secondary = rgb(&style.secondary);
    let leaves = 3 + index % 3;
    let turn = index as f64 * 0.7;
    png(image::RgbaImage::from_fn(512, 512, |x, y| {
        let (dx, dy) = (f64::from(x) - 256.0, f64::from(y) - 256.0);
        let r = (dx * dx + dy * dy).sqrt();
        let leaf = (0..leaves).any(|k| {
            let a = turn + k as f64 * std::f64::consts::TAU / leaves as f64;
            let (cx, cy) = (256.0 + 90.0 * a.cos(), 256.0 + 90.0 * a.sin());
            let (lx, ly) = (f64::from(x) - cx, f64::from(y) - cy);
            // An ellipse pointing away from the centre.
            let (u, v) = (lx * a.cos() + ly * a.sin(), -lx * a.sin() + ly * a.cos());
            (u / 70.0).powi(2) + (v / 32.0).powi(2) < 1.0
        });
        if leaf && r < 200.0 {
            image::Rgba([secondary[0], secondary[1], secondary[2], 255])
        } else if r < 200.0 {
            image::Rgba([primary[0], primary[1], primary[2], 255])
        } else if r < 240.0 {
            image::Rgba([secondary[0], secondary[1], secondary[2], 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    }))
}

/// A drawn banner: an evening sky in the cooperative's accent colour over hills in its main one.
pub(super) fn demo_banner(style: &CoopStyle, index: usize) -> anyhow::Result<bytes::Bytes> {
    let primary = rgb(&style.primary);
    let secondary = rgb(&style.secondary);
    let phase = index as f64 * 1.3;
    let mix = |a: u8, b: u8, t: f64| (f64::from(a) * (1.0 - t) + f64::from(b) * t) as u8;
    png(image::RgbaImage::from_fn(1600, 500, |x, y| {
        let (fx, fy) = (f64::from(x), f64::from(y));
        let hill = 330.0 + 50.0 * (fx / 170.0 + phase).sin() + 25.0 * (fx / 61.0).cos();
        let colour = if fy > hill + 60.0 {
            [
                mix(primary[0], 0, 0.3),
                mix(primary[1], 0, 0.3),
                mix(primary[2], 0, 0.3),
            ]
        } else if fy > hill {
            primary
        } else {
            let t = fy / 330.0;
            [
                mix(0xff, secondary[0], t),
                mix(0xf8, secondary[1], t),
                mix(0xe8, secondary[2], t),
            ]
        };
        image::Rgba([colour[0], colour[1], colour[2], 255])
    }))
}

/// `#rrggbb` as bytes (black when malformed; the styles are checked by their tests).
pub(super) fn rgb(hex: &str) -> [u8; 3] {
    domain::colour::Rgb::parse(hex)
        .map(|c| [c.r, c.g, c.b])
        .unwrap_or([0, 0, 0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register;

    fn register() -> Vec<RegistryRow> {
        let sample = register::csv(register::DEMO_ROWS, 2026);
        backend::services::registry::parse_csv(sample.as_bytes()).unwrap_or_default()
    }

    #[test]
    fn the_demo_has_two_cooperatives_in_each_of_the_twelve_regions() {
        let rows = register();
        let picks = pick_cooperatives(&rows);
        assert_eq!(picks.len(), DEMO_COOPERATIVES);
        for region in Region::ALL {
            assert_eq!(
                picks.iter().filter(|r| r.region == region).count(),
                2,
                "{region:?}"
            );
        }
        assert_eq!(picks[0].region, Region::SoussMassa, "Khadija's comes first");
        assert!(
            picks.iter().all(|r| r.status.is_active()),
            "only active entries"
        );
        let mut numbers: Vec<_> = picks.iter().map(|r| r.register_number.as_str()).collect();
        numbers.dedup();
        assert_eq!(numbers.len(), DEMO_COOPERATIVES, "distinct cooperatives");
    }

    #[test]
    fn the_demo_lists_at_least_150_products_across_every_category() {
        let rows = register();
        let picks = pick_cooperatives(&rows);
        let listed: Vec<&ProductTemplate> = picks
            .iter()
            .enumerate()
            .flat_map(|(i, r)| templates_for(r.sector, i))
            .collect();
        assert!(listed.len() >= 150, "{} products", listed.len());
        for top in domain::category::TREE {
            let codes: Vec<&str> = std::iter::once(top.code)
                .chain(top.children.iter().map(|c| c.code))
                .collect();
            assert!(
                listed.iter().any(|t| codes.contains(&t.category.as_str())),
                "{} has products",
                top.code
            );
        }
    }

    #[test]
    fn every_template_fills_a_valid_product_form() {
        let codes: std::collections::HashSet<String> = domain::category::flattened()
            .into_iter()
            .map(|(_, _, c)| c.code.to_owned())
            .collect();
        for (n, t) in catalog::products().iter().enumerate() {
            let form = products::ProductForm {
                sku: format!("T{n}"),
                category: t.category.clone(),
                price: format!("{}.{:02}", t.price_centimes / 100, t.price_centimes % 100),
                stock: "1".into(),
                unit: t.unit.clone(),
                quantity: t.quantity.clone(),
                weight: t.weight_grams.to_string(),
                titles: t.title.clone(),
                descriptions: t.description.clone(),
                labels: vec![],
            };
            assert!(form.parse(&codes).is_ok(), "{}", t.title[2]);
            for label in &t.labels {
                assert!(
                    domain::label::LabelKind::from_code(label).is_some(),
                    "{label}"
                );
            }
        }
    }

    #[test]
    fn demo_styles_keep_white_text_legible() {
        for style in catalog::styles() {
            let primary =
                domain::colour::Rgb::parse(&style.primary).unwrap_or(domain::colour::Rgb {
                    r: 255,
                    g: 255,
                    b: 255,
                });
            assert_eq!(
                primary.text_colour().to_string(),
                "#ffffff",
                "{}",
                style.primary
            );
        }
    }
}
