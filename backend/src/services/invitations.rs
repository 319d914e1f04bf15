//! The owner of a cooperative invites managers by e-mail. The link carries a random single-use
//! token (only its hash is stored) valid for seven days; it is accepted by the signed-in account
//! with that e-mail address, which then becomes a manager of the cooperative.

use super::access;
use super::{accounts::grant_role_in, db_error};
use crate::{
    audit,
    dto::{InvitationDto, TeamDto, TeamMemberDto},
    entity::{cooperative, cooperative_invitation as invitation, cooperative_member, user},
    error::{AppError, FieldErrors, FieldIssue},
    i18n::t_args,
    mail::{self, Mail},
    user::CurrentUser,
};
use domain::{Email, Locale, Role};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

/// How long an invitation stays valid.
pub const VALID_DAYS: i64 = 7;
/// Most pending invitations a cooperative may have at once (no mail cannon).
pub const MAX_PENDING: usize = 20;

fn coop_name(coop: &cooperative::Model, locale: Locale) -> String {
    if locale == Locale::Ar {
        coop.name_ar.clone()
    } else {
        coop.name_fr.clone()
    }
}

/// The team page: members, pending invitations, and whether `user` may invite (owners only).
pub async fn team(
    db: &DatabaseConnection,
    user: &CurrentUser,
    cooperative_id: Uuid,
) -> Result<TeamDto, AppError> {
    let (coop, me) = access::member_row(db, user, cooperative_id).await?;
    let members = cooperative_member::Entity::find()
        .filter(cooperative_member::Column::CooperativeId.eq(cooperative_id))
        .order_by_asc(cooperative_member::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    let mut people = Vec::with_capacity(members.len());
    for m in members {
        if let Some(u) = user::Entity::find_by_id(m.user_id)
            .one(db)
            .await
            .map_err(db_error)?
        {
            people.push(TeamMemberDto {
                display_name: u.display_name,
                email: u.email,
                role: m.role,
            });
        }
    }
    let pending = if me.role == "owner" {
        pending(db, cooperative_id)
            .await?
            .into_iter()
            .map(|i| InvitationDto {
                email: i.email,
                expires_at: i.expires_at.format("%Y-%m-%d").to_string(),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(TeamDto {
        cooperative_id: coop.id.to_string(),
        name_ar: coop.name_ar,
        name_fr: coop.name_fr,
        can_invite: me.role == "owner",
        members: people,
        pending,
    })
}

async fn pending(
    db: &impl ConnectionTrait,
    cooperative_id: Uuid,
) -> Result<Vec<invitation::Model>, AppError> {
    invitation::Entity::find()
        .filter(invitation::Column::CooperativeId.eq(cooperative_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(chrono::Utc::now()))
        .order_by_asc(invitation::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)
}

/// Invites `email` to manage the cooperative; only its owner may. The e-mail (in the owner's
/// language) carries the link; it is written to the outbox in the same transaction.
pub async fn invite(
    db: &DatabaseConnection,
    owner: &CurrentUser,
    cooperative_id: Uuid,
    raw_email: &str,
    locale: Locale,
    public_url: &str,
) -> Result<(), AppError> {
    let refuse = |issue: FieldIssue| {
        let mut errors = FieldErrors::default().keep("email", raw_email);
        errors.add("email", issue);
        AppError::Invalid(errors)
    };
    let email = Email::parse(raw_email).map_err(|e| refuse(e.into()))?;
    let txn = super::begin_write(db).await?;
    let (coop, me) = access::member_row(&txn, owner, cooperative_id).await?;
    if me.role != "owner" {
        return Err(AppError::Forbidden);
    }
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await
        .map_err(db_error)?;
    if let Some(existing) = &existing {
        let already = cooperative_member::Entity::find_by_id((cooperative_id, existing.id))
            .one(&txn)
            .await
            .map_err(db_error)?;
        if already.is_some() {
            return Err(refuse(FieldIssue::AlreadyMember));
        }
    }
    let open = pending(&txn, cooperative_id).await?;
    if open.iter().any(|i| i.email == email.as_str()) {
        return Err(refuse(FieldIssue::AlreadyInvited));
    }
    if open.len() >= MAX_PENDING {
        return Err(refuse(FieldIssue::TooManyInvitations));
    }
    let token = crate::tokens::new_token();
    let now = chrono::Utc::now();
    invitation::ActiveModel {
        id: Set(Uuid::now_v7()),
        cooperative_id: Set(cooperative_id),
        email: Set(email.as_str().to_owned()),
        token_hash: Set(crate::tokens::digest(&token)),
        invited_by: Set(owner.id.into_uuid()),
        created_at: Set(now),
        expires_at: Set(now + chrono::Duration::days(VALID_DAYS)),
        accepted_at: Set(None),
        accepted_by: Set(None),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    let link = format!("{}/invitations/{token}", public_url.trim_end_matches('/'));
    let args = [
        ("name", coop_name(&coop, locale).into()),
        ("inviter", owner.display_name.clone().into()),
        ("link", link.into()),
        ("days", VALID_DAYS.into()),
    ];
    mail::enqueue(
        &txn,
        &Mail {
            to: email.as_str().to_owned(),
            subject: t_args(locale, "mail-invitation-subject", &args),
            body: t_args(locale, "mail-invitation-body", &args),
            language: Some(locale.tag().to_owned()),
        },
    )
    .await?;
    audit::record(
        &txn,
        Some(owner.id),
        "cooperative.manager_invited",
        Some(cooperative_id.to_string()),
        json!({ "email": email.as_str() }),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// An invitation that can still be accepted.
async fn usable(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<(invitation::Model, cooperative::Model), AppError> {
    let found = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(crate::tokens::digest(token)))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::InvitationInvalid)?;
    if found.accepted_at.is_some() || found.expires_at <= chrono::Utc::now() {
        return Err(AppError::InvitationInvalid);
    }
    let coop = cooperative::Entity::find_by_id(found.cooperative_id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::InvitationInvalid)?;
    Ok((found, coop))
}

/// What the invitation page shows: `(name_ar, name_fr, invited address)`.
pub async fn preview(
    db: &DatabaseConnection,
    token: &str,
) -> Result<(String, String, String), AppError> {
    let (found, coop) = usable(db, token).await?;
    Ok((coop.name_ar, coop.name_fr, found.email))
}

/// Accepts an invitation: the signed-in account must have the invited address. Returns the
/// cooperative's id.
pub async fn accept(
    db: &DatabaseConnection,
    user: &CurrentUser,
    token: &str,
) -> Result<Uuid, AppError> {
    let txn = super::begin_write(db).await?;
    let (found, coop) = usable(&txn, token).await?;
    if found.email != user.email {
        return Err(AppError::InvitationForAnother);
    }
    let already = cooperative_member::Entity::find_by_id((coop.id, user.id.into_uuid()))
        .one(&txn)
        .await
        .map_err(db_error)?;
    let now = chrono::Utc::now();
    if already.is_none() {
        cooperative_member::ActiveModel {
            cooperative_id: Set(coop.id),
            user_id: Set(user.id.into_uuid()),
            role: Set("manager".to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(&txn)
        .await
        .map_err(db_error)?;
        grant_role_in(&txn, user.id, Role::CooperativeMember).await?;
    }
    let mut accepted: invitation::ActiveModel = found.into();
    accepted.accepted_at = Set(Some(now));
    accepted.accepted_by = Set(Some(user.id.into_uuid()));
    accepted.update(&txn).await.map_err(db_error)?;
    audit::record(
        &txn,
        Some(user.id),
        "cooperative.manager_joined",
        Some(coop.id.to_string()),
        json!({}),
    )
    .await?;
    txn.commit().await.map_err(db_error)?;
    Ok(coop.id)
}
