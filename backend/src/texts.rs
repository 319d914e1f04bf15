//! Text messages (SMS or WhatsApp) to a buyer's phone. Like mail they go through the outbox:
//! written in the transaction of the change they report, delivered after it commits by the
//! server's worker through its text sender (files by default; a provider plugs in there).

use crate::error::AppError;
use sea_orm::ConnectionTrait;
use serde::{Deserialize, Serialize};

/// Outbox kind of a text message.
pub const TEXT_KIND: &str = "text";

/// A short plain-text message to a Moroccan phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// The phone in its ten-digit national form (`domain::input::parse_phone`).
    pub to: String,
    /// Already translated: one short sentence and a link (`*-text` messages).
    pub body: String,
    /// The language it is written in (`ar`, `fr`, `en`).
    pub language: String,
}

impl Text {
    /// The recipient in international (E.164) form, as providers want it: `+212612345678`.
    pub fn international(&self) -> String {
        format!("+212{}", self.to.trim_start_matches('0'))
    }
}

/// Queues a text to `phone` (skipped when it is not a Moroccan number, as an erased order's
/// empty phone is) for delivery after the surrounding transaction commits.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    phone: &str,
    body: &str,
    language: &str,
) -> Result<(), AppError> {
    let Ok(to) = domain::input::parse_phone(phone) else {
        return Ok(());
    };
    let text = Text {
        to,
        body: body.to_owned(),
        language: language.to_owned(),
    };
    crate::outbox::push(db, TEXT_KIND, &text).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_international_form_drops_the_trunk_zero() {
        let text = Text {
            to: "0612345678".into(),
            body: String::new(),
            language: "ar".into(),
        };
        assert_eq!(text.international(), "+212612345678");
    }
}
