//! Quality labels a cooperative holds (organic, IGP, AOP, Label Agricole, fair trade, the ONSSA
//! food-safety authorisation), each with a reference and optional evidence an admin checks. Only
//! verified labels show as badges on products and can be filtered on.

use serde::{Deserialize, Serialize};

crate::coded!(LabelKind, LabelStatus);

/// A kind of label.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
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
pub enum LabelKind {
    /// Organic farming (Moroccan law 39-12 or a foreign certifier).
    Organic,
    /// Protected geographical indication (IGP).
    Igp,
    /// Protected designation of origin (AOP).
    Aop,
    /// Label Agricole, the Moroccan quality label.
    LabelAgricole,
    /// Fair trade.
    FairTrade,
    /// The ONSSA sanitary authorisation or approval number of the premises.
    Onssa,
}

impl LabelKind {
    /// Every kind, in display order.
    pub const ALL: [LabelKind; 6] = [
        LabelKind::Organic,
        LabelKind::Igp,
        LabelKind::Aop,
        LabelKind::LabelAgricole,
        LabelKind::FairTrade,
        LabelKind::Onssa,
    ];
}

/// Where a label claim stands. Its [`LabelStatus`] is the same state without the reason: what
/// the `state` column stores.
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
    name(LabelStatus),
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
pub enum LabelState {
    /// Declared by the cooperative, waiting for an admin.
    Pending,
    /// Checked by an admin: shown as a badge.
    Verified,
    /// Refused by an admin, with the reason the cooperative is told.
    Rejected(String),
}

/// What can happen to a label claim.
#[derive(Debug, Clone, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum LabelEvent {
    /// The cooperative declares it again (new reference or evidence): back to checking.
    Declare,
    /// An admin confirms it.
    Verify,
    /// An admin refuses it, saying why.
    Reject(String),
}

/// A refused transition.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {event} a label that is {state}")]
pub struct InvalidTransition {
    pub state: &'static str,
    pub event: &'static str,
}

impl LabelState {
    /// Stable code stored in the database.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// Rebuilds a state from its stored status and reason.
    pub fn from_parts(status: LabelStatus, reason: Option<&str>) -> Self {
        match status {
            LabelStatus::Pending => LabelState::Pending,
            LabelStatus::Verified => LabelState::Verified,
            LabelStatus::Rejected => LabelState::Rejected(reason.unwrap_or_default().to_owned()),
        }
    }

    /// The state without its reason, as stored.
    pub fn status(&self) -> LabelStatus {
        self.into()
    }

    /// Applies `event`; every pair not listed is refused.
    pub fn apply(&self, event: LabelEvent) -> Result<LabelState, InvalidTransition> {
        use LabelEvent as E;
        use LabelState as S;
        match (self, event) {
            // Any change of reference or evidence must be checked again.
            (_, E::Declare) => Ok(S::Pending),
            (S::Pending, E::Verify) => Ok(S::Verified),
            (S::Pending, E::Reject(reason)) => Ok(S::Rejected(reason)),
            // An admin may withdraw a verification found wrong later.
            (S::Verified, E::Reject(reason)) => Ok(S::Rejected(reason)),
            (state, event) => Err(InvalidTransition {
                state: state.code(),
                event: event.code(),
            }),
        }
    }
}

impl LabelEvent {
    /// Stable code.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

/// A label's reference (certificate or authorisation number): 1–60 printable characters.
pub fn parse_reference(raw: &str) -> Result<String, crate::InputError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(crate::InputError::Required);
    }
    if text.chars().count() > 60 || text.chars().any(char::is_control) {
        return Err(crate::InputError::TooLong);
    }
    Ok(text.to_owned())
}

/// A declared label: its kind and reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub kind: LabelKind,
    pub reference: String,
}

/// Parses a label declaration's `kind` and `reference` fields, reporting both fields' problems.
pub fn parse_declaration(kind: &str, reference: &str) -> Result<Declaration, crate::FieldProblems> {
    let mut problems = crate::FieldProblems::default();
    let kind = problems.check(
        "kind",
        crate::input::choice(kind, LabelKind::from_code(kind)),
    );
    let reference = problems.check("reference", parse_reference(reference));
    let declaration = kind
        .zip(reference)
        .map(|(kind, reference)| Declaration { kind, reference });
    problems.or(declaration)
}

#[cfg(test)]
mod tests {
    use super::{LabelEvent as E, LabelState as S, *};

    #[test]
    fn a_declaration_reports_both_fields() {
        let ok =
            parse_declaration("organic", " MA-BIO-2026-17 ").unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(ok.reference, "MA-BIO-2026-17");
        use crate::InputError::{ChoiceInvalid, Required};
        let Err(problems) = parse_declaration("halal-ish", "") else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [("kind", ChoiceInvalid), ("reference", Required)]
        );
        assert_eq!(
            parse_declaration(" ", "x").map_err(|p| p.iter().collect::<Vec<_>>()),
            Err(vec![("kind", Required)])
        );
    }

    fn why() -> String {
        "certificate expired".into()
    }

    #[test]
    fn a_declared_label_waits_for_an_admin() {
        assert_eq!(S::Rejected(why()).apply(E::Declare), Ok(S::Pending));
        assert_eq!(S::Verified.apply(E::Declare), Ok(S::Pending));
        assert_eq!(S::Pending.apply(E::Declare), Ok(S::Pending));
    }

    #[test]
    fn an_admin_verifies_or_rejects_a_pending_label() {
        assert_eq!(S::Pending.apply(E::Verify), Ok(S::Verified));
        assert_eq!(S::Pending.apply(E::Reject(why())), Ok(S::Rejected(why())));
    }

    #[test]
    fn a_verified_label_can_be_withdrawn() {
        assert_eq!(S::Verified.apply(E::Reject(why())), Ok(S::Rejected(why())));
    }

    #[test]
    fn other_transitions_are_refused() {
        assert!(S::Verified.apply(E::Verify).is_err());
        assert!(S::Rejected(why()).apply(E::Verify).is_err());
        assert!(S::Rejected(why()).apply(E::Reject(why())).is_err());
    }

    #[test]
    fn codes_round_trip() {
        for kind in LabelKind::ALL {
            assert_eq!(LabelKind::from_code(kind.code()), Some(kind));
        }
        for state in [S::Pending, S::Verified, S::Rejected(why())] {
            assert_eq!(LabelStatus::stored(state.code()), Ok(state.status()));
            assert_eq!(S::from_parts(state.status(), Some(&why())), state);
        }
        assert_eq!(LabelKind::from_code("halal"), None);
    }

    #[test]
    fn references_are_checked() {
        assert_eq!(parse_reference(" AUT.12.345 "), Ok("AUT.12.345".to_owned()));
        assert!(parse_reference("").is_err());
        assert!(parse_reference(&"x".repeat(61)).is_err());
    }
}
