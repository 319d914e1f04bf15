//! Demo data for the run command, so a visitor can click through a living marketplace.
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
    tracing::info!("demo data loaded");
    Ok(true)
}
