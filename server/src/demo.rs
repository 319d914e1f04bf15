//! Demo data for the run command, so a visitor can click through a living marketplace: demo
//! accounts and a generated sample of the national register.
//! Idempotent: does nothing when the demo admin already exists.

use app::ssr::{
    entity::user,
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
pub async fn seed(db: &DatabaseConnection) -> anyhow::Result<bool> {
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
        demo_cooperative(db, &admin, owner, entry).await?;
    }
    tracing::info!("demo data loaded");
    Ok(true)
}

/// A verified cooperative with a visual identity, owned by the demo cooperative account, so a
/// visitor finds a storefront to look at.
async fn demo_cooperative(
    db: &DatabaseConnection,
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
    let id = cooperatives::register(db, owner, &form)
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
    Ok(())
}
