//! Who may act on what, in one leaf module every service uses: the admin check and the
//! membership checks of a cooperative. A non-member learns nothing (`NotFound`, as for a
//! cooperative that does not exist); a signed-in user without the role gets `Forbidden`.

use super::db_error;
use crate::{
    entity::{cooperative, cooperative_member},
    error::AppError,
    user::CurrentUser,
};
use domain::Role;
use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

/// `Forbidden` unless `user` is an admin.
pub fn admin(user: &CurrentUser) -> Result<(), AppError> {
    if user.has_role(Role::Admin) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The member row of `user` in the cooperative, if any.
pub async fn membership(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<Option<cooperative_member::Model>, AppError> {
    cooperative_member::Entity::find_by_id((cooperative_id, user.id.into_uuid()))
        .one(db)
        .await
        .map_err(db_error)
}

/// Whether `user` is a member (owner or manager) of the cooperative.
pub async fn is_member(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<bool, AppError> {
    Ok(membership(db, user, cooperative_id).await?.is_some())
}

/// The cooperative and `user`'s member row in it; `NotFound` for anyone else.
pub async fn member_row(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<(cooperative::Model, cooperative_member::Model), AppError> {
    let member = membership(db, user, cooperative_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let coop = cooperative::Entity::find_by_id(cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    Ok((coop, member))
}

/// The cooperative, for one of its members; `NotFound` for anyone else.
pub async fn member_of(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<cooperative::Model, AppError> {
    Ok(member_row(db, user, cooperative_id).await?.0)
}

/// The cooperative, for one of its members or an admin; `NotFound` for anyone else.
pub async fn member_or_admin(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<cooperative::Model, AppError> {
    if !user.has_role(Role::Admin) {
        return member_of(db, user, cooperative_id).await;
    }
    cooperative::Entity::find_by_id(cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}
