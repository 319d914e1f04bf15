//! Roles a user can hold. A user may hold several at once (a cooperative member can also buy).

use serde::{Deserialize, Serialize};

crate::coded!(Role);

/// What a user is allowed to do on the platform.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
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
