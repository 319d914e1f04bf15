//! Demo data for the run command, so a visitor can click through a living marketplace: demo
//! accounts for every role, a generated sample of the national register, and a marketplace of
//! 24 verified cooperatives (two in each of the 12 regions) with visual identities, quality
//! labels (most verified, some waiting for an admin) and 168 products with drawn photos — a few
//! left as drafts and one hidden by the moderators. Everything goes through the same services as
//! real users, so the demo obeys every rule. Deterministic; idempotent (does nothing when the
//! demo admin already exists).
//!
//! This file makes the accounts and the register and walks the cooperatives;
//! `cooperatives.rs` makes each cooperative with its identity, labels and products,
//! `experts.rs` the expert programme and `orders.rs` a few orders.

mod cooperatives;
mod experts;
mod orders;

pub use experts::seed_experts;
pub use orders::seed_orders;

use crate::register;
use backend::{
    entity::user,
    media::MediaStore,
    services::accounts::{self, AdminCreated, SignUpForm},
    user::CurrentUser,
};
use cooperatives::{demo_cooperative, pick_cooperatives};
use domain::Locale;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// Demo accounts `(e-mail, name, password)`; listed in README.md.
pub const DEMO_ACCOUNTS: [(&str, &str, &str); 4] = [
    ("admin@taawon.demo", "Nadia (admin)", "taawon-demo-admin"),
    ("amina@taawon.demo", "Amina", "taawon-demo-buyer"),
    ("khadija@taawon.demo", "Khadija", "taawon-demo-coop"),
    (
        "youssef@taawon.demo",
        "Youssef (expert)",
        "taawon-demo-expert",
    ),
];

/// Cooperatives in the demo marketplace (two per region).
pub const DEMO_COOPERATIVES: usize = 24;

/// Products each demo cooperative lists.
pub const PRODUCTS_PER_COOPERATIVE: usize = 7;

/// Password of the demo cooperatives' other owners (not listed: Khadija is the one to use).
const OWNER_PASSWORD: &str = "taawon-demo-owner";

/// Loads the demo data; `Ok(false)` when it was already there.
pub async fn seed(db: &DatabaseConnection, media: &MediaStore) -> anyhow::Result<bool> {
    seed_with(db, media, DEMO_COOPERATIVES).await
}

/// Loads the demo data with its first `cooperatives` cooperatives only (tests use a few).
pub async fn seed_with(
    db: &DatabaseConnection,
    media: &MediaStore,
    cooperatives: usize,
) -> anyhow::Result<bool> {
    let (admin_email, admin_name, admin_password) = DEMO_ACCOUNTS[0];
    let exists = user::Entity::find()
        .filter(user::Column::Email.eq(admin_email))
        .one(db)
        .await?
        .is_some();
    if exists {
        return Ok(false);
    }
    let admin =
        match accounts::create_admin(db, admin_email, admin_name, admin_password, true).await {
            Ok(
                AdminCreated::NewAccount(id)
                | AdminCreated::Promoted(id)
                | AdminCreated::ExistsNotPromoted(id)
                | AdminCreated::NotVerified(id),
            ) => accounts::load_user(db, id).await,
            Err(e) => Err(e),
        }
        .map_err(|e| anyhow::anyhow!("demo admin: {e}"))?
        .ok_or_else(|| anyhow::anyhow!("demo admin vanished"))?;
    let mut users = Vec::new();
    for (email, name, password) in &DEMO_ACCOUNTS[1..] {
        users.push(account(db, email, name, password).await?);
    }
    let sample = register::csv(register::DEMO_ROWS, 2026);
    let rows = backend::services::registry::parse_csv(sample.as_bytes())
        .map_err(|problems| anyhow::anyhow!("demo register does not parse: {problems:?}"))?;
    backend::services::registry::import(
        db,
        &rows,
        None,
        backend::services::registry::OffSale::Ask,
        |_| {},
    )
    .await
    .map_err(|e| anyhow::anyhow!("demo register: {e}"))?;
    let khadija = users
        .get(1)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("demo cooperative account missing"))?;
    let mut picks = pick_cooperatives(&rows);
    picks.truncate(cooperatives);
    let started = std::time::Instant::now();
    for (i, entry) in picks.iter().enumerate() {
        let owner = if i == 0 {
            khadija.clone()
        } else {
            let email = format!("cooperative{i:02}@taawon.demo");
            account(db, &email, &entry.name_fr, OWNER_PASSWORD).await?
        };
        demo_cooperative(db, media, &admin, &owner, entry, i).await?;
        tracing::info!(
            cooperative = i + 1,
            of = picks.len(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "demo cooperative ready"
        );
    }
    demo_fair(db, media, &admin).await?;
    tracing::info!("demo data loaded");
    Ok(true)
}

/// A fair of women-led cooperatives, running from two days ago for a month (a saved search, so
/// it shows every women-led cooperative's products on sale).
async fn demo_fair(
    db: &DatabaseConnection,
    media: &MediaStore,
    admin: &CurrentUser,
) -> anyhow::Result<()> {
    let today = chrono::Utc::now().date_naive();
    let form = domain::collection::CollectionForm {
        title_ar: "معرض التعاونيات النسائية".into(),
        title_fr: "Foire des coopératives de femmes".into(),
        title_en: "Women's cooperatives fair".into(),
        text_ar: "منتجات التعاونيات التي تقودها النساء، مباشرة من صانعاتها.".into(),
        text_fr: "Les produits des coopératives menées par des femmes, directement de leurs mains."
            .into(),
        text_en: "Products of cooperatives led by women, straight from their hands.".into(),
        starts_on: (today - chrono::Days::new(2)).to_string(),
        ends_on: (today + chrono::Days::new(28)).to_string(),
        women_led: true,
        ..domain::collection::CollectionForm::default()
    };
    backend::services::collections::create(db, media, admin, &form, None)
        .await
        .map_err(|e| anyhow::anyhow!("demo fair: {e}"))?;
    Ok(())
}

pub(super) async fn demo_user(db: &DatabaseConnection, email: &str) -> anyhow::Result<CurrentUser> {
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo account {email} missing"))?;
    accounts::load_user(db, domain::UserId::from_uuid(found.id))
        .await
        .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?
        .ok_or_else(|| anyhow::anyhow!("demo account {email} missing"))
}

async fn account(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    password: &str,
) -> anyhow::Result<CurrentUser> {
    let form = SignUpForm {
        display_name: name.chars().take(60).collect(),
        email: email.into(),
        password: password.into(),
    };
    accounts::sign_up(db, &form, Locale::Ar, accounts::Verification::Trusted)
        .await
        .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?
        .ok_or_else(|| anyhow::anyhow!("demo account {email} exists already"))
}
