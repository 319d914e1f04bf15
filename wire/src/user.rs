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
}

impl CurrentUser {
    /// Whether the user holds `role`.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
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
