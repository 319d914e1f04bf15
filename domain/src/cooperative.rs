//! The cooperative verification state machine (ARCHITECTURE.md §6). Only verified cooperatives
//! publish products, receive orders and ask experts for help.

use serde::{Deserialize, Serialize};

pub mod form;

/// Where a cooperative stands with the platform. Its [`CooperativeStatus`] is the same state
/// without the reason: what the `state` column stores (the reason has its own column).
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumDiscriminants,
)]
#[serde(rename_all = "snake_case", tag = "state", content = "reason")]
#[strum(serialize_all = "snake_case")]
#[strum_discriminants(
    name(CooperativeStatus),
    derive(
        Hash,
        Serialize,
        Deserialize,
        strum::IntoStaticStr,
        strum::EnumString,
        strum::EnumIter
    ),
    serde(rename_all = "snake_case"),
    strum(serialize_all = "snake_case"),
    cfg_attr(
        feature = "db",
        derive(sea_orm::DeriveValueType),
        sea_orm(
            value_type = "String",
            from_str = "Self::stored",
            to_str = "<&'static str>::from"
        )
    )
)]
pub enum CooperativeState {
    /// Being filled in by its owner; not yet sent for verification.
    Draft,
    /// Sent to the office for verification.
    Submitted,
    /// Checked against the register; may sell.
    Verified,
    /// Refused, with the reason the owner is told.
    Rejected(String),
    /// Was verified, now barred from selling, with the reason.
    Suspended(String),
}

/// What can happen to a cooperative.
#[derive(Debug, Clone, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum CooperativeEvent {
    /// The owner sends (or re-sends, after a rejection) the file for verification.
    Submit,
    /// An admin confirms the cooperative against the register.
    Verify,
    /// An admin refuses it, saying why.
    Reject(String),
    /// An admin suspends a verified cooperative, saying why.
    Suspend(String),
    /// An admin lifts a suspension.
    Reinstate,
    /// A register import shows a verified cooperative dissolved or in liquidation: back to the
    /// admins' queue (off sale) until one decides.
    RegisterLapsed,
}

/// A refused transition: the event does not apply in the current state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {event} a cooperative that is {state}")]
pub struct InvalidTransition {
    /// Code of the current state.
    pub state: &'static str,
    /// Code of the refused event.
    pub event: &'static str,
}

impl CooperativeState {
    /// Stable code stored in the database.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// Rebuilds a state from its stored status and reason.
    pub fn from_parts(status: CooperativeStatus, reason: Option<&str>) -> Self {
        let reason = || reason.unwrap_or_default().to_owned();
        match status {
            CooperativeStatus::Draft => CooperativeState::Draft,
            CooperativeStatus::Submitted => CooperativeState::Submitted,
            CooperativeStatus::Verified => CooperativeState::Verified,
            CooperativeStatus::Rejected => CooperativeState::Rejected(reason()),
            CooperativeStatus::Suspended => CooperativeState::Suspended(reason()),
        }
    }

    /// The state without its reason, as stored.
    pub fn status(&self) -> CooperativeStatus {
        self.into()
    }

    /// The reason attached to a rejection or suspension.
    pub fn reason(&self) -> Option<&str> {
        match self {
            CooperativeState::Rejected(r) | CooperativeState::Suspended(r) => Some(r),
            _ => None,
        }
    }

    /// Whether the cooperative may sell and be seen by the public.
    pub fn is_public(&self) -> bool {
        matches!(self, CooperativeState::Verified)
    }

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(&self, event: CooperativeEvent) -> Result<CooperativeState, InvalidTransition> {
        use CooperativeEvent as E;
        use CooperativeState as S;
        match (self, event) {
            (S::Draft | S::Rejected(_), E::Submit) => Ok(S::Submitted),
            (S::Submitted, E::Verify) => Ok(S::Verified),
            (S::Submitted, E::Reject(reason)) => Ok(S::Rejected(reason)),
            (S::Verified, E::Suspend(reason)) => Ok(S::Suspended(reason)),
            (S::Suspended(_), E::Reinstate) => Ok(S::Verified),
            (S::Verified, E::RegisterLapsed) => Ok(S::Submitted),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }
}

crate::coded!(CooperativeStatus);

impl CooperativeEvent {
    /// Stable code, for the audit log and error messages.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::{CooperativeEvent as E, CooperativeState as S, *};

    fn reason() -> String {
        "certificate unreadable".to_owned()
    }

    fn all_states() -> Vec<S> {
        vec![
            S::Draft,
            S::Submitted,
            S::Verified,
            S::Rejected(reason()),
            S::Suspended(reason()),
        ]
    }

    fn all_events() -> Vec<E> {
        vec![
            E::Submit,
            E::Verify,
            E::Reject(reason()),
            E::Suspend(reason()),
            E::Reinstate,
            E::RegisterLapsed,
        ]
    }

    #[test]
    fn a_verified_cooperative_the_register_shows_lapsed_goes_back_to_review() {
        assert_eq!(S::Verified.apply(E::RegisterLapsed), Ok(S::Submitted));
        for state in [
            S::Draft,
            S::Submitted,
            S::Rejected(reason()),
            S::Suspended(reason()),
        ] {
            assert!(state.apply(E::RegisterLapsed).is_err(), "{state:?}");
        }
    }

    #[test]
    fn a_draft_cooperative_can_be_submitted() {
        assert_eq!(S::Draft.apply(E::Submit), Ok(S::Submitted));
    }

    #[test]
    fn a_submitted_cooperative_can_be_verified() {
        assert_eq!(S::Submitted.apply(E::Verify), Ok(S::Verified));
    }

    #[test]
    fn a_submitted_cooperative_can_be_rejected_with_its_reason() {
        assert_eq!(
            S::Submitted.apply(E::Reject(reason())),
            Ok(S::Rejected(reason()))
        );
    }

    #[test]
    fn a_rejected_cooperative_can_be_submitted_again() {
        assert_eq!(S::Rejected(reason()).apply(E::Submit), Ok(S::Submitted));
    }

    #[test]
    fn a_verified_cooperative_can_be_suspended_with_its_reason() {
        assert_eq!(
            S::Verified.apply(E::Suspend(reason())),
            Ok(S::Suspended(reason()))
        );
    }

    #[test]
    fn a_suspended_cooperative_can_be_reinstated() {
        assert_eq!(S::Suspended(reason()).apply(E::Reinstate), Ok(S::Verified));
    }

    #[test]
    fn a_draft_cannot_be_verified_rejected_suspended_or_reinstated() {
        for event in [
            E::Verify,
            E::Reject(reason()),
            E::Suspend(reason()),
            E::Reinstate,
        ] {
            assert!(S::Draft.apply(event).is_err());
        }
    }

    #[test]
    fn a_verified_cooperative_cannot_be_submitted_verified_rejected_or_reinstated() {
        for event in [E::Submit, E::Verify, E::Reject(reason()), E::Reinstate] {
            assert!(S::Verified.apply(event).is_err());
        }
    }

    #[test]
    fn a_suspended_cooperative_cannot_be_resubmitted_or_verified_directly() {
        for event in [
            E::Submit,
            E::Verify,
            E::Reject(reason()),
            E::Suspend(reason()),
        ] {
            assert!(S::Suspended(reason()).apply(event).is_err());
        }
    }

    #[test]
    fn a_submitted_cooperative_cannot_be_resubmitted_suspended_or_reinstated() {
        for event in [E::Submit, E::Suspend(reason()), E::Reinstate] {
            assert!(S::Submitted.apply(event).is_err());
        }
    }

    #[test]
    fn a_rejected_cooperative_cannot_be_verified_or_suspended_without_resubmission() {
        for event in [
            E::Verify,
            E::Reject(reason()),
            E::Suspend(reason()),
            E::Reinstate,
        ] {
            assert!(S::Rejected(reason()).apply(event).is_err());
        }
    }

    #[test]
    fn exactly_seven_of_the_thirty_pairs_are_allowed() {
        let allowed = all_states()
            .iter()
            .flat_map(|s| all_events().into_iter().map(move |e| s.apply(e)))
            .filter(Result::is_ok)
            .count();
        assert_eq!(allowed, 7);
    }

    #[test]
    fn only_verified_cooperatives_are_public() {
        let public: Vec<_> = all_states().into_iter().filter(S::is_public).collect();
        assert_eq!(public, vec![S::Verified]);
    }

    #[test]
    fn states_round_trip_through_their_stored_parts() {
        for state in all_states() {
            let status = CooperativeStatus::stored(state.code());
            assert_eq!(status, Ok(state.status()));
            assert_eq!(S::from_parts(state.status(), state.reason()), state);
        }
        assert!(CooperativeStatus::stored("deleted").is_err());
    }

    #[test]
    fn a_refused_transition_names_the_state_and_the_event() {
        let refused = S::Verified.apply(E::Submit);
        assert_eq!(
            refused,
            Err(InvalidTransition {
                state: "verified",
                event: "submit"
            })
        );
    }
}
