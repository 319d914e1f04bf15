//! A cooperative's profile and settings, kept by its members without an admin looking again:
//! the public profile (phone, WhatsApp number buyers may write to, head counts, sector) and
//! whether buyers may pay its parcels in cash on delivery (a cooperative whose carrier cannot
//! collect cash turns it off; its buyers then pay by card). Its legal details are shown here too;
//! changing them is a proposal an admin decides (`legal_changes`).

use super::{access, begin_write, db_error, legal_changes};
use crate::{
    audit, dto::CooperativeSettingsDto, entity::cooperative, error::AppError, user::CurrentUser,
};
use domain::cooperative::{
    CooperativeStatus,
    form::{Profile, ProfileForm},
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use serde_json::json;
use uuid::Uuid;

/// The settings form, as sent (a ticked check box arrives, an unticked one does not). A profile
/// field not sent at all (`None`) keeps its value; the page always sends every field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettingsForm {
    pub cash_on_delivery: bool,
    pub phone: Option<String>,
    /// Empty for none.
    pub whatsapp: Option<String>,
    pub member_count: Option<String>,
    pub women_count: Option<String>,
    pub sector: Option<String>,
}

impl SettingsForm {
    /// The profile form: what was sent, the recorded value for what was not.
    fn profile(&self, coop: &cooperative::Model) -> ProfileForm {
        let or = |sent: &Option<String>, recorded: String| sent.clone().unwrap_or(recorded);
        ProfileForm {
            phone: or(&self.phone, coop.phone.clone()),
            whatsapp: or(&self.whatsapp, coop.whatsapp.clone().unwrap_or_default()),
            member_count: or(&self.member_count, coop.member_count.to_string()),
            women_count: or(&self.women_count, coop.women_count.to_string()),
            sector: or(&self.sector, coop.sector.clone()),
        }
    }
}

/// The cooperative's profile and settings, for its members (`NotFound` for anyone else).
pub async fn settings(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<CooperativeSettingsDto, AppError> {
    let (coop, member) = access::member_row(db, user, cooperative_id).await?;
    let legal_change = legal_changes::latest(db, &coop).await?;
    Ok(CooperativeSettingsDto {
        cooperative_id: coop.id.to_string(),
        slug: coop.slug.clone(),
        verified: coop.state == CooperativeStatus::Verified,
        is_owner: member.role == "owner",
        legal: legal_changes::recorded(&coop),
        cash_on_delivery: coop.accepts_cash_on_delivery,
        whatsapp: coop.whatsapp.clone().unwrap_or_default(),
        phone: coop.phone.clone(),
        member_count: coop.member_count,
        women_count: coop.women_count,
        sector: coop.sector.clone(),
        legal_change,
    })
}

/// Saves the profile and settings (its members; any state: none of it needs an admin's look).
/// A change is audit-logged by field name (never the numbers: admins read the log); saving what
/// is already set writes nothing. An invalid form comes back with its values, nothing written.
pub async fn save(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: SettingsForm,
) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let coop = access::member_of(&txn, user, cooperative_id).await?;
    let profile = parse(&form.profile(&coop))?;
    let changed: Vec<&str> = [
        (
            "cash_on_delivery",
            coop.accepts_cash_on_delivery != form.cash_on_delivery,
        ),
        ("whatsapp", coop.whatsapp != profile.whatsapp),
        ("phone", coop.phone != profile.phone),
        ("member_count", coop.member_count != profile.member_count),
        ("women_count", coop.women_count != profile.women_count),
        ("sector", coop.sector != profile.sector.code()),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect();
    if !changed.is_empty() {
        let mut active: cooperative::ActiveModel = coop.clone().into();
        active.accepts_cash_on_delivery = Set(form.cash_on_delivery);
        active.whatsapp = Set(profile.whatsapp.clone());
        active.phone = Set(profile.phone.clone());
        active.member_count = Set(profile.member_count);
        active.women_count = Set(profile.women_count);
        active.sector = Set(profile.sector.code().to_owned());
        active.updated_at = Set(chrono::Utc::now());
        active.update(&txn).await.map_err(db_error)?;
        audit::record(
            &txn,
            Some(user.id),
            "cooperative.settings_changed",
            Some(coop.id.to_string()),
            json!({
                "changed": changed,
                "cash_on_delivery": form.cash_on_delivery,
                "whatsapp_published": profile.whatsapp.is_some(),
            }),
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// The profile, or the form back with its values and every field's problem.
fn parse(form: &ProfileForm) -> Result<Profile, AppError> {
    form.parse().map_err(|problems| {
        crate::error::FieldErrors::default()
            .keep_all(&[
                ("phone", &form.phone),
                ("whatsapp", &form.whatsapp),
                ("member_count", &form.member_count),
                ("women_count", &form.women_count),
                ("sector", &form.sector),
            ])
            .with(&problems)
            .into()
    })
}
