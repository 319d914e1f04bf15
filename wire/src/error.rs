//! The one error type that crosses the wire. Every variant has a stable snake_case code, an HTTP
//! status (`status()` is the only place errors meet HTTP) and a translated message; `Internal`
//! carries no detail, because the cause is logged once where it is converted.

use crate::i18n::t;
use domain::{InputError, Locale};
use serde::{Deserialize, Serialize};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

/// What is wrong with one form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case", tag = "issue", content = "input")]
#[strum(serialize_all = "kebab-case")]
pub enum FieldIssue {
    /// The value does not parse (empty, too long, malformed…).
    Input(InputError),
    /// Another account already uses this e-mail address.
    EmailTaken,
    /// The current password given to change it is wrong.
    CurrentPasswordWrong,
    /// The register number is not in the national register.
    RegisterNumberUnknown,
    /// Another cooperative on Taawon already uses this register number.
    RegisterNumberTaken,
    /// The register lists this number's cooperative as dissolved or in liquidation.
    RegisterNumberInactive,
    /// The form holds what is already recorded: there is nothing to change.
    NothingChanged,
    /// An uploaded file was refused (type, size, dimensions, damage).
    Media(domain::media::MediaError),
    /// The invited person is already a member of the cooperative.
    AlreadyMember,
    /// An invitation to this address is already waiting.
    AlreadyInvited,
    /// Too many invitations are waiting.
    TooManyInvitations,
    /// Another product of the cooperative already has this SKU.
    SkuTaken,
    /// The product already has as many photos as it may.
    TooManyPhotos,
    /// Fewer are in stock than the quantity asked for.
    NotEnoughStock,
    /// No order has this number and phone (the same answer when the number is unknown, so
    /// nobody learns which numbers exist).
    OrderNotFound,
}

impl FieldIssue {
    /// The translation key of this issue.
    pub fn message_key(self) -> String {
        let code: &'static str = match self {
            FieldIssue::Input(e) => e.code(),
            FieldIssue::Media(e) => e.code(),
            other => other.into(),
        };
        format!("field-{}", code.replace('_', "-"))
    }
}

impl From<InputError> for FieldIssue {
    fn from(e: InputError) -> Self {
        FieldIssue::Input(e)
    }
}

/// Field errors of a refused form, plus the non-secret values to put back in it, so a form posted
/// without JavaScript comes back filled in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldErrors {
    /// `(field name, issue)`, in form order.
    pub errors: Vec<(String, FieldIssue)>,
    /// `(field name, value)` of fields that are safe to echo (never passwords).
    pub values: Vec<(String, String)>,
}

impl FieldErrors {
    /// Records an issue with `field`.
    pub fn add(&mut self, field: &str, issue: impl Into<FieldIssue>) {
        self.errors.push((field.to_owned(), issue.into()));
    }

    /// Records every problem a domain parser found.
    pub fn with(mut self, problems: &domain::FieldProblems) -> Self {
        for (field, problem) in problems.iter() {
            self.add(field, problem);
        }
        self
    }

    /// Remembers the values of every `(field, value)` pair (never pass passwords).
    pub fn keep_all(self, pairs: &[(&str, &str)]) -> Self {
        pairs
            .iter()
            .fold(self, |errors, (field, value)| errors.keep(field, value))
    }

    /// Remembers a value to refill the form with.
    pub fn keep(mut self, field: &str, value: &str) -> Self {
        self.values
            .push((field.to_owned(), value.chars().take(256).collect()));
        self
    }

    /// Remembers every value of a multi-valued field (check boxes), at most 32.
    pub fn keep_list(self, field: &str, values: &[String]) -> Self {
        values
            .iter()
            .take(32)
            .fold(self, |errors, value| errors.keep(field, value))
    }

    /// Every value kept for `field`, in order.
    pub fn values_of(&self, field: &str) -> Vec<&str> {
        self.values
            .iter()
            .filter(|(f, _)| f == field)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The first issue with `field`, if any.
    pub fn issue(&self, field: &str) -> Option<FieldIssue> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, i)| *i)
    }

    /// The value to refill `field` with.
    pub fn value(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.as_str())
    }

    /// `Ok(())` when nothing was recorded, else the errors as [`AppError::Invalid`].
    pub fn into_result(self) -> Result<(), AppError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
}

/// What is wrong with a product CSV file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum CsvProblem {
    /// The file is not UTF-8 text.
    NotUtf8,
    /// No header or no data line.
    Empty,
    /// A required column is missing.
    MissingColumn { column: String },
    /// More lines than one import takes.
    TooManyLines { max: usize },
    /// A cell of a line was refused.
    Field {
        line: u64,
        column: String,
        issue: FieldIssue,
    },
}

#[cfg(feature = "ssr")]
impl From<domain::csv_file::ProductFileProblem> for CsvProblem {
    fn from(problem: domain::csv_file::ProductFileProblem) -> Self {
        use domain::csv_file::{MAX_PRODUCT_LINES, ProductFileProblem as P};
        match problem {
            P::NotUtf8 => Self::NotUtf8,
            P::Empty => Self::Empty,
            P::MissingColumn(column) => Self::MissingColumn {
                column: column.to_owned(),
            },
            P::TooManyLines => Self::TooManyLines {
                max: MAX_PRODUCT_LINES,
            },
        }
    }
}

/// Every failure a user can meet.
#[derive(
    Debug, Clone, PartialEq, thiserror::Error, Serialize, Deserialize, strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case", tag = "code", content = "detail")]
#[strum(serialize_all = "snake_case")]
pub enum AppError {
    /// The page or record does not exist (or is not visible to this user).
    #[error("not_found")]
    NotFound,
    /// The user must sign in first.
    #[error("unauthorized")]
    Unauthorized,
    /// Signed in, but not allowed to do this.
    #[error("forbidden")]
    Forbidden,
    /// Form input was refused; nothing was changed.
    #[strum(serialize = "invalid_input")]
    #[error("invalid_input")]
    Invalid(FieldErrors),
    /// E-mail or password is wrong (deliberately not saying which).
    #[error("invalid_credentials")]
    InvalidCredentials,
    /// Too many attempts; try again after the given number of seconds.
    #[error("rate_limited")]
    RateLimited {
        /// Seconds until the next attempt is allowed.
        retry_after_secs: u64,
    },
    /// The request conflicts with the current state (e.g. submitted twice).
    #[error("conflict")]
    Conflict,
    /// A state-changing request came from another site.
    #[error("cross_site")]
    CrossSite,
    /// The request body is larger than this route accepts.
    #[error("payload_too_large")]
    PayloadTooLarge,
    /// The request is malformed (missing or garbled fields).
    #[error("bad_request")]
    BadRequest,
    /// A register file was refused (nothing was imported): its first problems, and how many
    /// there are in all.
    #[error("import_refused")]
    ImportRefused {
        /// The first problems (bounded, so the error fits in a URL).
        problems: Vec<domain::registry::FileProblem>,
        /// How many problems the file has.
        total: usize,
    },
    /// A product CSV was refused (nothing was imported): its first problems, and how many there
    /// are in all.
    #[error("products_import_refused")]
    ProductsImportRefused {
        problems: Vec<CsvProblem>,
        total: usize,
    },
    /// The invitation link is unknown, used or expired.
    #[error("invitation_invalid")]
    InvitationInvalid,
    /// The address of the account is not verified yet: the link mailed to it must be followed
    /// first (registering a cooperative, applying as an expert).
    #[error("email_not_verified")]
    EmailNotVerified,
    /// The national register shows the cooperative dissolved or in liquidation: it cannot be
    /// verified (or reinstated) while it does.
    #[error("register_inactive")]
    RegisterInactive,
    /// A volunteer certificate is asked for before any request was completed.
    #[error("nothing_to_certify")]
    NothingToCertify,
    /// The register file would take these verified cooperatives off sale (it shows them
    /// dissolved or in liquidation): nothing was imported; the admin confirms and imports again.
    #[error("register_lapses")]
    RegisterLapses {
        /// The first of them (the error travels in the URL).
        cooperatives: Vec<domain::registry::Lapsing>,
        /// How many in all.
        total: usize,
    },
    /// The account is the only owner of a cooperative that is not suspended: it must be handed
    /// over (or suspended by an admin) before the account is deleted.
    #[error("sole_owner")]
    SoleOwner,
    /// The password-reset link is unknown, used or expired: a new one must be asked for.
    #[error("reset_link_invalid")]
    ResetLinkInvalid,
    /// The address-verification link is unknown, used, expired or for an address the account no
    /// longer has.
    #[error("verify_link_invalid")]
    VerifyLinkInvalid,
    /// The invitation was sent to another e-mail address than the signed-in account's.
    #[error("invitation_for_another")]
    InvitationForAnother,
    /// A product cannot be published (or must keep what publishing needs), for these reasons.
    #[error("publish_blocked")]
    PublishBlocked(Vec<domain::product::PublishBlocker>),
    /// The search engine did not answer; browsing by category still works.
    #[error("search_unavailable")]
    SearchUnavailable,
    /// The cart is empty: there is nothing to order.
    #[error("cart_empty")]
    CartEmpty,
    /// Some products in the cart are gone or not in stock in that quantity any more; the cart
    /// shows which. Nothing was ordered.
    #[error("cart_changed")]
    CartChanged,
    /// Some prices changed since the products were put in the cart; the buyer must accept the
    /// new prices first. Nothing was ordered.
    #[error("prices_changed")]
    PricesChanged,
    /// The buyer (their account, e-mail or phone) is a member of a cooperative in the cart:
    /// a cooperative's members do not order from it. Nothing was ordered.
    #[error("own_cooperative")]
    OwnCooperative,
    /// The buyer's address, phone or account already has as many cash-on-delivery orders
    /// waiting for a cooperative's confirmation as allowed. Nothing was ordered.
    #[error("cash_orders_limit")]
    CashOrdersLimit,
    /// The card-payment provider could not be reached; the order is kept and can be paid later.
    #[error("payment_unavailable")]
    PaymentUnavailable,
    /// The media store (S3 or the media folder) could not be reached; nothing was saved.
    #[error("media_unavailable")]
    MediaUnavailable,
    /// The request is no longer open (another expert claimed it, or it was withdrawn).
    #[error("request_not_open")]
    RequestNotOpen,
    /// The expert already holds as many requests as their capacity allows.
    #[error("over_capacity")]
    OverCapacity,
    /// Only experts an admin verified may claim requests.
    #[error("expert_not_verified")]
    ExpertNotVerified,
    /// The cooperative already has as many open requests as allowed.
    #[error("open_requests_limit")]
    OpenRequestsLimit,
    /// An export's dates are not `YYYY-MM-DD`, or the first comes after the last.
    #[error("date_range_invalid")]
    DateRangeInvalid,
    /// Too many password checks are running or waiting at once: try again in a moment. Nothing
    /// was changed.
    #[error("busy")]
    Busy {
        /// Seconds to wait before trying again.
        retry_after_secs: u64,
    },
    /// Something failed on our side. Details are in the server log, never here.
    #[error("internal")]
    Internal,
}

impl AppError {
    /// The stable code (also the `code` field on the wire).
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// The HTTP status for this error. The only place errors are mapped to HTTP.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::InvitationInvalid
            | AppError::ResetLinkInvalid
            | AppError::VerifyLinkInvalid => 410,
            AppError::InvitationForAnother => 403,
            AppError::Unauthorized | AppError::InvalidCredentials => 401,
            AppError::Forbidden
            | AppError::CrossSite
            | AppError::ExpertNotVerified
            | AppError::EmailNotVerified => 403,
            AppError::Invalid(_)
            | AppError::ImportRefused { .. }
            | AppError::ProductsImportRefused { .. }
            | AppError::PublishBlocked(_) => 422,
            AppError::RateLimited { .. } => 429,
            AppError::Conflict
            | AppError::RegisterInactive
            | AppError::NothingToCertify
            | AppError::RegisterLapses { .. }
            | AppError::CartEmpty
            | AppError::CartChanged
            | AppError::PricesChanged
            | AppError::OwnCooperative
            | AppError::CashOrdersLimit
            | AppError::RequestNotOpen
            | AppError::OverCapacity
            | AppError::OpenRequestsLimit
            | AppError::SoleOwner => 409,
            AppError::PayloadTooLarge => 413,
            AppError::BadRequest | AppError::DateRangeInvalid => 400,
            AppError::SearchUnavailable
            | AppError::PaymentUnavailable
            | AppError::MediaUnavailable
            | AppError::Busy { .. } => 503,
            AppError::Internal => 500,
        }
    }

    /// The translation key of the message shown to the user.
    pub fn message_key(&self) -> String {
        format!("error-{}", self.code().replace('_', "-"))
    }

    /// How long the client should wait before trying again (`Retry-After`), when it should.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            AppError::RateLimited { retry_after_secs } | AppError::Busy { retry_after_secs } => {
                Some(*retry_after_secs)
            }
            _ => None,
        }
    }

    /// The message shown to the user, in their language.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            AppError::RateLimited { retry_after_secs } => crate::i18n::t_args(
                locale,
                "error-rate-limited",
                &[("minutes", retry_after_secs.div_ceil(60).max(1).into())],
            ),
            other => t(locale, &other.message_key()),
        }
    }

    /// Field errors, when the error is about form input.
    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            AppError::Invalid(fields) => Some(fields),
            _ => None,
        }
    }
}

impl From<FieldErrors> for AppError {
    fn from(fields: FieldErrors) -> Self {
        AppError::Invalid(fields)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The client sent something we cannot read: that is their error, not ours.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::BadRequest,
            other => {
                #[cfg(feature = "ssr")]
                tracing::error!(error = %other, "server function failed");
                let _ = other;
                AppError::Internal
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<AppError> {
        vec![
            AppError::NotFound,
            AppError::Unauthorized,
            AppError::Forbidden,
            AppError::Invalid(FieldErrors::default()),
            AppError::InvalidCredentials,
            AppError::RateLimited {
                retry_after_secs: 90,
            },
            AppError::Conflict,
            AppError::CrossSite,
            AppError::PayloadTooLarge,
            AppError::BadRequest,
            AppError::ImportRefused {
                problems: vec![],
                total: 0,
            },
            AppError::InvitationInvalid,
            AppError::ResetLinkInvalid,
            AppError::VerifyLinkInvalid,
            AppError::SoleOwner,
            AppError::RegisterInactive,
            AppError::NothingToCertify,
            AppError::RegisterLapses {
                cooperatives: vec![],
                total: 0,
            },
            AppError::EmailNotVerified,
            AppError::InvitationForAnother,
            AppError::ProductsImportRefused {
                problems: vec![],
                total: 0,
            },
            AppError::PublishBlocked(vec![domain::product::PublishBlocker::NoPhoto]),
            AppError::SearchUnavailable,
            AppError::CartEmpty,
            AppError::CartChanged,
            AppError::PricesChanged,
            AppError::OwnCooperative,
            AppError::CashOrdersLimit,
            AppError::PaymentUnavailable,
            AppError::MediaUnavailable,
            AppError::RequestNotOpen,
            AppError::OverCapacity,
            AppError::ExpertNotVerified,
            AppError::OpenRequestsLimit,
            AppError::DateRangeInvalid,
            AppError::Busy {
                retry_after_secs: 2,
            },
            AppError::Internal,
        ]
    }

    #[test]
    fn every_error_has_a_translated_message_in_every_locale() {
        for error in all() {
            for locale in Locale::ALL {
                let message = error.message(locale);
                assert!(
                    !message.is_empty() && !message.starts_with("error-"),
                    "{error:?} {locale:?}: {message}"
                );
            }
        }
    }

    #[test]
    fn codes_and_keys_are_the_published_ones() {
        // Codes are on the wire and in the JSON API; keys name the translations.
        assert_eq!(
            AppError::Invalid(FieldErrors::default()).code(),
            "invalid_input"
        );
        assert_eq!(
            AppError::RateLimited {
                retry_after_secs: 3
            }
            .code(),
            "rate_limited"
        );
        assert_eq!(
            AppError::ProductsImportRefused {
                problems: vec![],
                total: 0
            }
            .code(),
            "products_import_refused"
        );
        assert_eq!(
            AppError::OpenRequestsLimit.message_key(),
            "error-open-requests-limit"
        );
        assert_eq!(FieldIssue::EmailTaken.message_key(), "field-email-taken");
        assert_eq!(
            FieldIssue::Input(InputError::PasswordTooCommon).message_key(),
            "field-password-too-common"
        );
        assert_eq!(
            FieldIssue::Media(domain::media::MediaError::TooLarge).message_key(),
            "field-file-too-large"
        );
    }

    #[test]
    fn every_field_issue_has_a_translated_message_in_every_locale() {
        use domain::media::MediaError;
        use strum::IntoEnumIterator;
        let issues = InputError::iter()
            .map(FieldIssue::Input)
            .chain([
                FieldIssue::EmailTaken,
                FieldIssue::CurrentPasswordWrong,
                FieldIssue::RegisterNumberUnknown,
                FieldIssue::RegisterNumberTaken,
                FieldIssue::RegisterNumberInactive,
                FieldIssue::NothingChanged,
                FieldIssue::AlreadyMember,
                FieldIssue::AlreadyInvited,
                FieldIssue::TooManyInvitations,
                FieldIssue::SkuTaken,
                FieldIssue::TooManyPhotos,
                FieldIssue::NotEnoughStock,
            ])
            .chain(MediaError::iter().map(FieldIssue::Media));
        for issue in issues {
            for locale in Locale::ALL {
                let message = t(locale, &issue.message_key());
                assert!(
                    !message.starts_with("field-"),
                    "{issue:?} {locale:?}: {message}"
                );
            }
        }
    }

    #[test]
    fn errors_round_trip_through_the_wire_format() {
        let mut fields = FieldErrors::default().keep("email", "a@b.ma");
        fields.add("password", InputError::PasswordTooCommon);
        let error = AppError::Invalid(fields);
        let back = AppError::de(error.ser());
        assert_eq!(back, error);
    }

    #[test]
    fn internal_errors_carry_no_detail_on_the_wire() {
        let wire = AppError::Internal.ser();
        assert_eq!(&wire[..], br#"{"code":"internal"}"#);
    }

    #[test]
    fn garbled_arguments_are_a_bad_request_not_an_internal_error() {
        let error = AppError::from_server_fn_error(ServerFnErrorErr::Args("missing email".into()));
        assert_eq!(error, AppError::BadRequest);
        assert_eq!(error.status(), 400);
    }
}
