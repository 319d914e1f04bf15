//! Conversations between a buyer and a cooperative ("Ask the cooperative"): what a message may
//! hold, and the cooperative's WhatsApp number.

use crate::InputError;

/// Longest message, in characters.
pub const MESSAGE_MAX: usize = 2_000;

/// A message as typed: trimmed, line breaks kept, other control characters dropped; refused when
/// empty, longer than [`MESSAGE_MAX`], or holding markup (an HTML tag or entity, a script URL):
/// messages are plain text, shown escaped, and a message that is mostly markup is spam or an
/// attack, never a question about argan oil.
pub fn parse_message(raw: &str) -> Result<String, InputError> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Err(InputError::Required);
    }
    if text.chars().count() > MESSAGE_MAX {
        return Err(InputError::TooLong);
    }
    if has_markup(&text) {
        return Err(InputError::MarkupNotAllowed);
    }
    Ok(text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect())
}

/// Whether `text` holds an HTML tag (`<b`, `</`, `<!`), an entity (`&lt;`, `&#60;`) or a
/// `javascript:` URL. A lone `<` or `&` ("< 5 kg", "huile & miel") is text.
fn has_markup(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let tag = chars
        .windows(2)
        .any(|w| w[0] == '<' && (w[1].is_ascii_alphabetic() || matches!(w[1], '/' | '!' | '?')));
    let entity = text.match_indices('&').any(|(i, _)| {
        let rest: String = text[i + 1..].chars().take(10).collect();
        match rest.split_once(';') {
            Some((name, _)) => {
                !name.is_empty()
                    && (name.chars().all(|c| c.is_ascii_alphanumeric())
                        || name
                            .strip_prefix('#')
                            .is_some_and(|n| n.chars().all(|c| c.is_ascii_alphanumeric())))
            }
            None => false,
        }
    });
    tag || entity || text.to_ascii_lowercase().contains("javascript:")
}

/// A cooperative's WhatsApp number: a Moroccan mobile (06…, 07…) written any way people write
/// it, in its ten-digit national form; empty input is no number.
pub fn parse_whatsapp(raw: &str) -> Result<Option<String>, InputError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let national = crate::input::parse_phone(raw)?;
    if national.starts_with("06") || national.starts_with("07") {
        Ok(Some(national))
    } else {
        // A landline has no WhatsApp.
        Err(InputError::PhoneInvalid)
    }
}

/// WhatsApp's click-to-chat link for a national number, with `text` ready to send.
pub fn whatsapp_chat(national: &str, text: &str) -> String {
    let number = format!("212{}", national.trim_start_matches('0'));
    format!("https://wa.me/{number}?text={}", encode_component(text))
}

/// WhatsApp's click-to-share link: WhatsApp opens with `text` ready to send, to any chat or to
/// oneself ("Message yourself").
pub fn whatsapp_share(text: &str) -> String {
    format!("https://wa.me/?text={}", encode_component(text))
}

/// Percent-encodes a query component (RFC 3986 unreserved characters stay).
fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_questions_pass_and_markup_is_refused() {
        assert_eq!(
            parse_message("  هل الزيت صالح للطبخ؟\r\nMerci & bonne journée < 5 kg ? "),
            Ok("هل الزيت صالح للطبخ؟\nMerci & bonne journée < 5 kg ?".into())
        );
        for bad in [
            "<script>alert(1)</script>",
            "voir <a href=x>ici</a>",
            "&lt;b&gt;",
            "&#60;img",
            "clique javascript:alert(1)",
            "</p>",
        ] {
            assert_eq!(
                parse_message(bad),
                Err(InputError::MarkupNotAllowed),
                "{bad}"
            );
        }
        assert_eq!(parse_message("   "), Err(InputError::Required));
        assert_eq!(
            parse_message(&"م".repeat(MESSAGE_MAX + 1)),
            Err(InputError::TooLong)
        );
    }

    #[test]
    fn a_whatsapp_number_is_a_moroccan_mobile() {
        assert_eq!(
            parse_whatsapp("+212 6 61-23-45-67"),
            Ok(Some("0661234567".into()))
        );
        assert_eq!(parse_whatsapp(""), Ok(None));
        assert_eq!(
            parse_whatsapp("0522 33 44 55"),
            Err(InputError::PhoneInvalid)
        );
        assert_eq!(
            parse_whatsapp("+33 6 12 34 56 78"),
            Err(InputError::PhoneInvalid)
        );
        assert_eq!(
            whatsapp_chat("0661234567", "Salam, TA-1"),
            "https://wa.me/212661234567?text=Salam%2C%20TA-1"
        );
    }
}
