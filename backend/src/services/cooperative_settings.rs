//! A cooperative's own settings, kept by its members: for now whether buyers may pay its parcels
//! in cash on delivery. A cooperative whose carrier cannot collect cash turns it off; its buyers
//! then pay by card (checkout offers only what every cooperative of the cart accepts).

use super::{access, begin_write, db_error};
use crate::{
    audit, dto::CooperativeSettingsDto, entity::cooperative, error::AppError, user::CurrentUser,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;
use uuid::Uuid;

/// The settings form, as sent (a ticked check box arrives, an unticked one does not).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SettingsForm {
    pub cash_on_delivery: bool,
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
    let txn = begin_write(db).await?;
    let coop = access::member_of(&txn, user, cooperative_id).await?;
    if coop.accepts_cash_on_delivery != form.cash_on_delivery {
        cooperative::Entity::update_many()
            .col_expr(
                cooperative::Column::AcceptsCashOnDelivery,
                Expr::value(form.cash_on_delivery),
            )
            .col_expr(
                cooperative::Column::UpdatedAt,
                Expr::value(chrono::Utc::now()),
            )
            .filter(cooperative::Column::Id.eq(coop.id))
            .exec(&txn)
            .await
            .map_err(db_error)?;
        audit::record(
            &txn,
            Some(user.id),
            "cooperative.settings_changed",
            Some(coop.id.to_string()),
            json!({ "cash_on_delivery": form.cash_on_delivery }),
        )
        .await?;
    }
    txn.commit().await.map_err(db_error)?;
    Ok(())
}
