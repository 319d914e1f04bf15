//! The expert's application and the request for help, as state machines: every transition
//! one event, every refusal named.

use serde::{Deserialize, Serialize};

crate::coded!(ExpertState, ExpertEvent, RequestState, RequestEvent);

/// A refused transition of an expert profile or a request for help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {event} when {state}")]
pub struct InvalidTransition {
    /// Code of the current state.
    pub state: &'static str,
    /// Code of the refused event.
    pub event: &'static str,
}

/// Where an expert's application stands. Only verified experts claim requests.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
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
pub enum ExpertState {
    /// Applied; an admin has not decided yet.
    Pending,
    /// An admin checked the profile: may claim.
    Verified,
    /// Turned down; the expert may edit the profile, which applies again.
    Rejected,
}

/// What happens to an expert profile.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum ExpertEvent {
    /// An admin accepts the expert.
    Verify,
    /// An admin turns the application down (or withdraws a verification).
    Reject,
    /// The expert edits a rejected profile, which applies again.
    Reapply,
}

impl ExpertState {
    /// Every state.
    pub const ALL: [ExpertState; 3] = [
        ExpertState::Pending,
        ExpertState::Verified,
        ExpertState::Rejected,
    ];

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(self, event: ExpertEvent) -> Result<ExpertState, InvalidTransition> {
        use ExpertEvent as E;
        use ExpertState as S;
        match (self, event) {
            (S::Pending, E::Verify) => Ok(S::Verified),
            (S::Pending | S::Verified, E::Reject) => Ok(S::Rejected),
            (S::Rejected, E::Reapply) => Ok(S::Pending),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }
}

impl ExpertEvent {
    /// Every event.
    pub const ALL: [ExpertEvent; 3] = [
        ExpertEvent::Verify,
        ExpertEvent::Reject,
        ExpertEvent::Reapply,
    ];
}

/// Where a cooperative's request for help stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
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
pub enum RequestState {
    /// Waiting for an expert.
    Open,
    /// An expert is working on it.
    Claimed,
    /// The expert delivered; the cooperative looks.
    Delivered,
    /// The cooperative asked for changes; the expert works again.
    ChangesRequested,
    /// The cooperative accepted the work.
    Completed,
    /// The cooperative withdrew it before anyone claimed it.
    Cancelled,
}

/// What happens to a request for help.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum RequestEvent {
    /// A verified expert with free capacity takes it.
    Claim,
    /// The expert gives it back (or it is released after inactivity).
    Release,
    /// The expert hands in work.
    Deliver,
    /// The cooperative asks for changes to the delivered work.
    RequestChanges,
    /// The cooperative accepts the delivered work.
    Complete,
    /// The cooperative withdraws an open request.
    Cancel,
    /// The cooperative declines a claim or ends the engagement: the request is open again.
    Dismiss,
}

impl RequestState {
    /// Every state, in the order of the workflow.
    pub const ALL: [RequestState; 6] = [
        RequestState::Open,
        RequestState::Claimed,
        RequestState::Delivered,
        RequestState::ChangesRequested,
        RequestState::Completed,
        RequestState::Cancelled,
    ];

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(self, event: RequestEvent) -> Result<RequestState, InvalidTransition> {
        use RequestEvent as E;
        use RequestState as S;
        match (self, event) {
            (S::Open, E::Claim) => Ok(S::Claimed),
            (S::Open, E::Cancel) => Ok(S::Cancelled),
            (S::Claimed, E::Release) => Ok(S::Open),
            (S::Claimed | S::Delivered | S::ChangesRequested, E::Dismiss) => Ok(S::Open),
            (S::Claimed | S::ChangesRequested, E::Deliver) => Ok(S::Delivered),
            (S::Delivered, E::RequestChanges) => Ok(S::ChangesRequested),
            (S::Delivered, E::Complete) => Ok(S::Completed),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }

    /// Whether an expert holds the request (it counts against the expert's capacity).
    pub fn is_held(self) -> bool {
        matches!(
            self,
            RequestState::Claimed | RequestState::Delivered | RequestState::ChangesRequested
        )
    }

    /// Whether the request still counts against the cooperative's limit of open requests.
    pub fn is_active(self) -> bool {
        !matches!(self, RequestState::Completed | RequestState::Cancelled)
    }
}

impl RequestEvent {
    /// Every event.
    pub const ALL: [RequestEvent; 7] = [
        RequestEvent::Claim,
        RequestEvent::Release,
        RequestEvent::Deliver,
        RequestEvent::RequestChanges,
        RequestEvent::Complete,
        RequestEvent::Cancel,
        RequestEvent::Dismiss,
    ];
}

/// Platform rules of the expert programme (settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestPolicy {
    /// The most requests a cooperative may have that are neither completed nor cancelled.
    pub max_open_requests: u32,
    /// Days without a message or a delivery after which a claimed request goes back to open.
    pub release_after_days: u32,
}

impl Default for RequestPolicy {
    fn default() -> Self {
        Self {
            max_open_requests: 3,
            release_after_days: 14,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_request_transition_and_every_refusal() {
        use RequestEvent as E;
        use RequestState as S;
        let allowed = [
            (S::Open, E::Claim, S::Claimed),
            (S::Open, E::Cancel, S::Cancelled),
            (S::Claimed, E::Release, S::Open),
            (S::Claimed, E::Dismiss, S::Open),
            (S::Delivered, E::Dismiss, S::Open),
            (S::ChangesRequested, E::Dismiss, S::Open),
            (S::Claimed, E::Deliver, S::Delivered),
            (S::Delivered, E::RequestChanges, S::ChangesRequested),
            (S::ChangesRequested, E::Deliver, S::Delivered),
            (S::Delivered, E::Complete, S::Completed),
        ];
        for state in S::ALL {
            for event in E::ALL {
                let expected = allowed
                    .iter()
                    .find(|(s, e, _)| *s == state && *e == event)
                    .map(|(_, _, to)| *to);
                match expected {
                    Some(to) => assert_eq!(state.apply(event), Ok(to), "{state:?} {event:?}"),
                    None => assert_eq!(
                        state.apply(event),
                        Err(InvalidTransition {
                            state: state.code(),
                            event: event.code()
                        })
                    ),
                }
            }
        }
        assert!(S::Claimed.is_held() && S::ChangesRequested.is_held() && !S::Open.is_held());
        assert!(S::Open.is_active() && !S::Completed.is_active() && !S::Cancelled.is_active());
    }

    #[test]
    fn each_expert_transition_and_every_refusal() {
        use ExpertEvent as E;
        use ExpertState as S;
        let allowed = [
            (S::Pending, E::Verify, S::Verified),
            (S::Pending, E::Reject, S::Rejected),
            (S::Verified, E::Reject, S::Rejected),
            (S::Rejected, E::Reapply, S::Pending),
        ];
        for state in S::ALL {
            for event in E::ALL {
                let expected = allowed
                    .iter()
                    .find(|(s, e, _)| *s == state && *e == event)
                    .map(|(_, _, to)| *to);
                assert_eq!(state.apply(event).ok(), expected, "{state:?} {event:?}");
            }
        }
    }
}
