//! Demo data for the run command, so a visitor can click through a living marketplace: demo
//! accounts and a generated sample of the national register.
//! Idempotent: does nothing when the demo admin already exists.

use app::ssr::{
    entity::user,
    services::accounts::{self, SignUpForm},
};
use domain::Locale;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// Demo accounts `(e-mail, name, password)`; documented in the README.
pub const DEMO_ACCOUNTS: [(&str, &str, &str); 2] = [
    ("admin@taawon.demo", "Nadia (admin)", "taawon-demo-admin"),
    ("amina@taawon.demo", "Amina", "taawon-demo-buyer"),
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
    accounts::create_admin(db, admin_email, admin_name, admin_password)
        .await
        .map_err(|e| anyhow::anyhow!("demo admin: {e}"))?;
    for (email, name, password) in &DEMO_ACCOUNTS[1..] {
        let form = SignUpForm {
            display_name: (*name).into(),
            email: (*email).into(),
            password: (*password).into(),
        };
        accounts::sign_up(db, &form, Locale::Ar)
            .await
            .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?;
    }
    let sample = crate::registry_sample::csv(crate::registry_sample::DEMO_ROWS, 2026);
    let rows = app::ssr::services::registry::parse_csv(sample.as_bytes())
        .map_err(|problems| anyhow::anyhow!("demo register does not parse: {problems:?}"))?;
    app::ssr::services::registry::import(db, &rows, None, |_| {})
        .await
        .map_err(|e| anyhow::anyhow!("demo register: {e}"))?;
    tracing::info!("demo data loaded");
    Ok(true)
}
