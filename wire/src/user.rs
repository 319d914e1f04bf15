//! Who is signed in, as pages, server functions and services see them.

use domain::{Role, UserId};
use serde::{Deserialize, Serialize};

/// The signed-in user, as pages and server functions see them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentUser {
    /// Account id.
    pub id: UserId,
    /// Normalised e-mail address.
    pub email: String,
    /// Name shown in the header.
    pub display_name: String,
    /// Everything this user may act as.
    pub roles: Vec<Role>,
    /// Whether the person followed the link mailed to `email`. Until then they buy and browse,
    /// but do not register a cooperative, apply as an expert or become an admin.
    #[serde(default)]
    pub email_verified: bool,
}

impl CurrentUser {
    /// Whether the user holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// `EmailNotVerified` until the person followed the link mailed to their address.
    pub fn require_verified(&self) -> Result<(), crate::error::AppError> {
        if self.email_verified {
            Ok(())
        } else {
            Err(crate::error::AppError::EmailNotVerified)
        }
    }

    /// `Forbidden` unless the user holds `role`: checked before any input is read, so someone
    /// without the role learns nothing from the answer.
    pub fn require(&self, role: Role) -> Result<(), crate::error::AppError> {
        if self.has_role(role) {
            Ok(())
        } else {
            Err(crate::error::AppError::Forbidden)
        }
    }
}
