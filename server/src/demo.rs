//! Demo data for the run command, so a visitor can click through a living marketplace: demo
//! accounts and a generated sample of the national register.
//! Idempotent: does nothing when the demo admin already exists.

use app::ssr::{
    entity::user,
    media::MediaStore,
    services::accounts::{self, AdminCreated, SignUpForm},
};
use domain::Locale;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// Demo accounts `(e-mail, name, password)`; documented in the README.
pub const DEMO_ACCOUNTS: [(&str, &str, &str); 3] = [
    ("admin@taawon.demo", "Nadia (admin)", "taawon-demo-admin"),
    ("amina@taawon.demo", "Amina", "taawon-demo-buyer"),
    ("khadija@taawon.demo", "Khadija", "taawon-demo-coop"),
];

/// Loads the demo data; `Ok(false)` when it was already there.
pub async fn seed(db: &DatabaseConnection, media: &MediaStore) -> anyhow::Result<bool> {
    let (admin_email, admin_name, admin_password) = DEMO_ACCOUNTS[0];
    let exists = user::Entity::find()
        .filter(user::Column::Email.eq(admin_email))
        .one(db)
        .await?
        .is_some();
    if exists {
        return Ok(false);
    }
    let admin = match accounts::create_admin(db, admin_email, admin_name, admin_password).await {
        Ok(AdminCreated::NewAccount(id) | AdminCreated::Promoted(id)) => {
            accounts::load_user(db, id).await
        }
        Err(e) => Err(e),
    }
    .map_err(|e| anyhow::anyhow!("demo admin: {e}"))?
    .ok_or_else(|| anyhow::anyhow!("demo admin vanished"))?;
    let mut users = Vec::new();
    for (email, name, password) in &DEMO_ACCOUNTS[1..] {
        let form = SignUpForm {
            display_name: (*name).into(),
            email: (*email).into(),
            password: (*password).into(),
        };
        let user = accounts::sign_up(db, &form, Locale::Ar)
            .await
            .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?;
        users.push(user);
    }
    let sample = crate::registry_sample::csv(crate::registry_sample::DEMO_ROWS, 2026);
    let rows = app::ssr::services::registry::parse_csv(sample.as_bytes())
        .map_err(|problems| anyhow::anyhow!("demo register does not parse: {problems:?}"))?;
    app::ssr::services::registry::import(db, &rows, None, |_| {})
        .await
        .map_err(|e| anyhow::anyhow!("demo register: {e}"))?;
    let farm = rows
        .iter()
        .find(|r| r.sector == domain::geo::Sector::Agriculture);
    if let (Some(owner), Some(entry)) = (users.last(), farm) {
        demo_cooperative(db, media, &admin, owner, entry).await?;
    }
    tracing::info!("demo data loaded");
    Ok(true)
}

/// A verified cooperative with a visual identity, owned by the demo cooperative account, so a
/// visitor finds a storefront to look at.
async fn demo_cooperative(
    db: &DatabaseConnection,
    media: &MediaStore,
    admin: &app::context::CurrentUser,
    owner: &app::context::CurrentUser,
    entry: &domain::registry::RegistryRow,
) -> anyhow::Result<()> {
    use app::ssr::services::{
        cooperatives::{self, CooperativeForm, Decision},
        identity::{self, IdentityForm},
    };
    let founded_on = entry
        .registered_on
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .unwrap_or_else(|| "2015-01-01".into());
    let form = CooperativeForm {
        register_number: entry.register_number.to_string(),
        ice: "001523456000078".into(),
        name_ar: entry.name_ar.clone(),
        name_fr: entry.name_fr.clone(),
        region: entry.region.code().into(),
        province: entry.province.into(),
        sector: entry.sector.code().into(),
        founded_on,
        member_count: "24".into(),
        women_count: "18".into(),
        phone: "0612345678".into(),
    };
    let certificate = bytes::Bytes::from_static(DEMO_CERTIFICATE);
    let id = cooperatives::register(db, media, owner, &form, Some(certificate))
        .await
        .map_err(|e| anyhow::anyhow!("demo cooperative: {e:?}"))?;
    cooperatives::decide(db, admin, id, Decision::Verify, "")
        .await
        .map_err(|e| anyhow::anyhow!("demo verification: {e}"))?;
    let identity = IdentityForm {
        primary_colour: "#8a3b12".into(),
        secondary_colour: "#f8d66d".into(),
        tagline_ar: "من أيادي النساء إلى مائدتكم".into(),
        tagline_fr: "Des mains des femmes à votre table".into(),
        tagline_en: "From women's hands to your table".into(),
        story_ar: "تجمع تعاونيتنا نساء القرية حول منتوج أرضنا، بطرق تقليدية وبأسعار عادلة.".into(),
        story_fr: "Notre coopérative réunit les femmes du village autour des produits de notre terre, selon des méthodes traditionnelles et à prix juste.".into(),
        story_en: "Our cooperative brings the village's women together around what our land gives, with traditional methods and fair prices.".into(),
    };
    identity::save(db, owner, id, &identity)
        .await
        .map_err(|e| anyhow::anyhow!("demo identity: {e:?}"))?;
    for (slot, image) in [
        (identity::ImageSlot::Logo, demo_logo()?),
        (identity::ImageSlot::Banner, demo_banner()?),
    ] {
        identity::set_image(db, media, owner, id, slot, image)
            .await
            .map_err(|e| anyhow::anyhow!("demo {slot:?}: {e:?}"))?;
    }
    Ok(())
}

/// A one-page PDF standing in for the demo cooperative's name-approval certificate.
const DEMO_CERTIFICATE: &[u8] = b"%PDF-1.4
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

fn png(image: image::RgbaImage) -> anyhow::Result<bytes::Bytes> {
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(image)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)?;
    Ok(bytes::Bytes::from(out))
}

/// A drawn logo: an argan-brown disc with a saffron ring and three leaves, on transparency.
fn demo_logo() -> anyhow::Result<bytes::Bytes> {
    let size = 512i64;
    png(image::RgbaImage::from_fn(512, 512, |x, y| {
        let (dx, dy) = (i64::from(x) - size / 2, i64::from(y) - size / 2);
        let r2 = dx * dx + dy * dy;
        let leaf = |cx: i64, cy: i64| {
            let (lx, ly) = (i64::from(x) - cx, i64::from(y) - cy);
            lx * lx * 4 + ly * ly < 42 * 42 * 4
        };
        if leaf(256, 200) || leaf(206, 280) || leaf(306, 280) {
            image::Rgba([0x3d, 0x7a, 0x2a, 255])
        } else if r2 < 200 * 200 {
            image::Rgba([0x8a, 0x3b, 0x12, 255])
        } else if r2 < 240 * 240 {
            image::Rgba([0xe0, 0xa8, 0x26, 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    }))
}

/// A drawn banner: an evening sky over the hills of the Souss.
fn demo_banner() -> anyhow::Result<bytes::Bytes> {
    png(image::RgbaImage::from_fn(1600, 500, |x, y| {
        let (fx, fy) = (f64::from(x), f64::from(y));
        let hill = 330.0 + 50.0 * (fx / 170.0).sin() + 25.0 * (fx / 61.0).cos();
        let colour = if fy > hill + 60.0 {
            [0x5b, 0x3a, 0x1e]
        } else if fy > hill {
            [0x8a, 0x5a, 0x2b]
        } else {
            let t = fy / 330.0;
            [
                (0xf8 as f64 * (1.0 - t) + 0xe0 as f64 * t) as u8,
                (0xd6 as f64 * (1.0 - t) + 0x8a as f64 * t) as u8,
                (0x6d as f64 * (1.0 - t) + 0x3b as f64 * t) as u8,
            ]
        };
        image::Rgba([colour[0], colour[1], colour[2], 255])
    }))
}
