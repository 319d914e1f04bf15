//! Roles a user can hold. A user may hold several at once (a cooperative member can also buy).

use serde::{Deserialize, Serialize};

/// What a user is allowed to do on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Buys products. Every account has this role.
    Consumer,
    /// Owner or manager of at least one cooperative.
    CooperativeMember,
    /// Volunteer marketing expert.
    Expert,
    /// Staff of the cooperative office: verifies, moderates, reports.
    Admin,
}

impl Role {
    /// Every role, in a stable order.
    pub const ALL: [Role; 4] = [
        Role::Consumer,
        Role::CooperativeMember,
        Role::Expert,
        Role::Admin,
    ];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Role::Consumer => "consumer",
            Role::CooperativeMember => "cooperative_member",
            Role::Expert => "expert",
            Role::Admin => "admin",
        }
    }

    /// Reads a stored code; unknown codes are ignored by callers rather than trusted.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_code() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("superuser"), None);
    }
}
