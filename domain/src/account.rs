//! The account forms: signing up and changing a password, parsed in one pass that reports every
//! field's problem. Whether the address is taken, or the current password right, is the
//! service's check (it needs the database and the hash).

use crate::{DisplayName, Email, FieldProblems, InputError, Password};
use std::fmt;

/// What a sign-up form holds, as typed. Its `Debug` never shows the password.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SignUpForm {
    pub display_name: String,
    pub email: String,
    pub password: String,
}

/// A parsed sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignUp {
    pub name: DisplayName,
    pub email: Email,
    pub password: Password,
}

impl SignUpForm {
    /// Parses every field, reporting each field's problem.
    pub fn parse(&self) -> Result<SignUp, FieldProblems> {
        let mut problems = FieldProblems::default();
        let name = problems.check("display_name", DisplayName::parse(&self.display_name));
        let email = problems.check("email", Email::parse(&self.email));
        let password = problems.check("password", Password::parse(&self.password));
        let parsed = (|| {
            Some(SignUp {
                name: name?,
                email: email?,
                password: password?,
            })
        })();
        problems.or(parsed)
    }
}

/// The password change form, as typed. Its `Debug` shows no password.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ChangePasswordForm {
    pub current_password: String,
    pub new_password: String,
    pub confirm_password: String,
}

/// A new password and its confirmation, as typed (a reset link's form). `Debug` shows neither.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct NewPasswordForm {
    pub new_password: String,
    pub confirm_password: String,
}

impl NewPasswordForm {
    /// The new password, if it passes the rules and its confirmation matches.
    pub fn parse(&self) -> Result<Password, FieldProblems> {
        let mut problems = FieldProblems::default();
        let new_password = problems.check("new_password", Password::parse(&self.new_password));
        if self.new_password != self.confirm_password {
            problems.add("confirm_password", InputError::PasswordsDiffer);
        }
        problems.or(new_password)
    }
}

impl fmt::Debug for NewPasswordForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPasswordForm(***)")
    }
}

impl ChangePasswordForm {
    /// The new password, if it passes the rules and its confirmation matches. The current one
    /// is not looked at here.
    pub fn parse(&self) -> Result<Password, FieldProblems> {
        NewPasswordForm {
            new_password: self.new_password.clone(),
            confirm_password: self.confirm_password.clone(),
        }
        .parse()
    }

    /// Whether the current password typed is too long to be anyone's (checked before hashing).
    pub fn current_too_long(&self) -> bool {
        self.current_password.chars().count() > Password::MAX_CHARS
    }
}

impl fmt::Debug for SignUpForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignUpForm")
            .field("display_name", &self.display_name)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for ChangePasswordForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ChangePasswordForm(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign_up() -> SignUpForm {
        SignUpForm {
            display_name: "Fatima Zahra".into(),
            email: " Fatima@Example.MA ".into(),
            password: "tighrmt-argan-2026".into(),
        }
    }

    #[test]
    fn a_sign_up_parses_whole() {
        let parsed = sign_up().parse().unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(parsed.email.as_str(), "fatima@example.ma");
    }

    #[test]
    fn every_sign_up_problem_is_reported_in_form_order() {
        let bad = SignUpForm {
            display_name: String::new(),
            email: "not-an-address".into(),
            password: "123456".into(),
        };
        let Err(problems) = bad.parse() else {
            panic!("should be refused")
        };
        assert_eq!(problems.fields(), ["display_name", "email", "password"]);
    }

    #[test]
    fn a_new_password_must_be_confirmed() {
        let form = ChangePasswordForm {
            current_password: "old".into(),
            new_password: "tighrmt-argan-2026".into(),
            confirm_password: "tighrmt-argan-2025".into(),
        };
        let Err(problems) = form.parse() else {
            panic!("should be refused")
        };
        assert_eq!(
            problems.iter().collect::<Vec<_>>(),
            [("confirm_password", InputError::PasswordsDiffer)]
        );
        let same = ChangePasswordForm {
            confirm_password: form.new_password.clone(),
            ..form
        };
        assert!(same.parse().is_ok());
        assert!(!same.current_too_long());
        assert!(!format!("{same:?}").contains("tighrmt"));
        assert!(!format!("{:?}", sign_up()).contains("tighrmt"));
    }
}
