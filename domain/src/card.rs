//! Card money after the charge: refunds (asked by Taawon for one part, or made at the provider
//! and read from its events) and disputes (a buyer's bank contesting the charge). Each has a
//! state that moves once, by a conditional update from the state it was read in.

use serde::{Deserialize, Serialize};

/// Where a refund stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum RefundState {
    /// Written with the change that calls for it; not yet accepted by the provider (it is sent,
    /// and sent again with the same idempotency key until the provider answers).
    Requested,
    /// The provider accepted it: the money is on its way back to the buyer, and the ledger says
    /// so.
    Sent,
    /// The provider refused it (an admin sees it and settles it by hand).
    Failed,
}

/// Who made a refund.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum RefundOrigin {
    /// Taawon asked the provider, for one part that will not be delivered.
    Taawon,
    /// Made at the provider (its dashboard) and read from its `charge.refunded` event.
    Provider,
}

/// Where a card dispute stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "db",
    derive(sea_orm::DeriveValueType),
    sea_orm(
        value_type = "String",
        from_str = "Self::stored",
        to_str = "<&'static str>::from"
    )
)]
pub enum DisputeState {
    /// The bank contests the charge: what the order's cooperatives earned on it is frozen.
    Open,
    /// Closed in the platform's favour: the earnings are the cooperatives' again.
    Won,
    /// Closed in the buyer's favour: the money went back to the buyer, as a refund.
    Lost,
}

crate::coded!(RefundState, RefundOrigin, DisputeState);

impl RefundState {
    /// Moves a requested refund on by the provider's answer; a refund already answered keeps
    /// its answer (a late or repeated one changes nothing).
    pub fn answered(self, accepted: bool) -> Option<RefundState> {
        match self {
            RefundState::Requested if accepted => Some(RefundState::Sent),
            RefundState::Requested => Some(RefundState::Failed),
            RefundState::Sent | RefundState::Failed => None,
        }
    }

    /// Whether it counts in what the provider has refunded (or will have) of the charge.
    pub fn counts(self) -> bool {
        self != RefundState::Failed
    }
}

impl DisputeState {
    /// The state a dispute closed with Stripe's `status` moves to: `won` and `warning_closed`
    /// (an inquiry that ended) leave the money with the platform; `lost` does not. Any other
    /// status is not a close.
    pub fn closed_as(status: &str) -> Option<DisputeState> {
        match status {
            "won" | "warning_closed" => Some(DisputeState::Won),
            "lost" => Some(DisputeState::Lost),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refund_is_answered_once() {
        assert_eq!(
            RefundState::Requested.answered(true),
            Some(RefundState::Sent)
        );
        assert_eq!(
            RefundState::Requested.answered(false),
            Some(RefundState::Failed)
        );
        assert_eq!(RefundState::Sent.answered(false), None);
        assert_eq!(RefundState::Failed.answered(true), None);
        assert!(RefundState::Requested.counts() && !RefundState::Failed.counts());
    }

    #[test]
    fn disputes_close_by_stripes_status() {
        assert_eq!(DisputeState::closed_as("won"), Some(DisputeState::Won));
        assert_eq!(
            DisputeState::closed_as("warning_closed"),
            Some(DisputeState::Won)
        );
        assert_eq!(DisputeState::closed_as("lost"), Some(DisputeState::Lost));
        assert_eq!(DisputeState::closed_as("needs_response"), None);
    }
}
