//! A cooperative's own settings, kept by its members: whether buyers may pay its parcels in cash
//! on delivery (a cooperative whose carrier cannot collect cash turns it off; its buyers then pay
//! by card, checkout offering only what every cooperative of the cart accepts), and the WhatsApp
//! number buyers may write to (a Moroccan mobile, or none).

use super::{access, begin_write, db_error};
use crate::{
    audit, dto::CooperativeSettingsDto, entity::cooperative, error::AppError, user::CurrentUser,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;
use uuid::Uuid;

/// The settings form, as sent (a ticked check box arrives, an unticked one does not).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SettingsForm {
    pub cash_on_delivery: bool,
    /// As typed; empty for none.
    pub whatsapp: String,
}

/// The cooperative's settings, for its members (`NotFound` for anyone else).
pub async fn settings(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<CooperativeSettingsDto, AppError> {
    let coop = access::member_of(db, user, cooperative_id).await?;
    Ok(CooperativeSettingsDto {
        cooperative_id: coop.id.to_string(),
        name_ar: coop.name_ar,
        name_fr: coop.name_fr,
        cash_on_delivery: coop.accepts_cash_on_delivery,
        whatsapp: coop.whatsapp.unwrap_or_default(),
    })
}

/// Saves the settings (its members). A change is audit-logged; saving what is already set
/// writes nothing.
pub async fn save(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
    form: SettingsForm,
) -> Result<(), AppError> {
    let whatsapp = domain::conversation::parse_whatsapp(&form.whatsapp).map_err(|problem| {
        let mut errors = crate::error::FieldErrors::default().keep("whatsapp", &form.whatsapp);
        errors.add("whatsapp", problem);
        AppError::from(errors)
    })?;
    let txn = begin_write(db).await?;
    let coop = access::member_of(&txn, user, cooperative_id).await?;
    let cash_changed = coop.accepts_cash_on_delivery != form.cash_on_delivery;
    let whatsapp_changed = coop.whatsapp != whatsapp;
    if cash_changed || whatsapp_changed {
        cooperative::Entity::update_many()
            .col_expr(
                cooperative::Column::AcceptsCashOnDelivery,
                Expr::value(form.cash_on_delivery),
            )
            .col_expr(cooperative::Column::Whatsapp, Expr::value(whatsapp.clone()))
            .col_expr(
                cooperative::Column::UpdatedAt,
                Expr::value(chrono::Utc::now()),
            )
            .filter(cooperative::Column::Id.eq(coop.id))
            .exec(&txn)
            .await
            .map_err(db_error)?;
        // What changed, never the number itself (the log is read by every admin).
        let mut changed = serde_json::Map::new();
        if cash_changed {
            changed.insert("cash_on_delivery".into(), json!(form.cash_on_delivery));
        }
        if whatsapp_changed {
            changed.insert("whatsapp_published".into(), json!(whatsapp.is_some()));
        }
        audit::record(
            &txn,
            Some(user.id),
            "cooperative.settings_changed",
            Some(coop.id.to_string()),
            serde_json::Value::Object(changed),
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
