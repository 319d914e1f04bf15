//! Rules for uploaded files: what a file is (by its first bytes, never by its name or declared
//! type), how large it may be, and which resized variants an image gets.

use serde::{Deserialize, Serialize};

crate::coded!(MediaError);

/// Largest uploaded image or document, in bytes.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// Largest side of an image we agree to decode, in pixels.
pub const MAX_SIDE: u32 = 8192;
/// Most pixels of an image we agree to decode (40 megapixels).
pub const MAX_PIXELS: u64 = 40_000_000;
/// Widths of the resized variants served with `srcset`.
pub const VARIANT_WIDTHS: [u32; 3] = [320, 640, 1280];

/// The kinds of file we accept, recognised by their magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// JPEG (`FF D8 FF`).
    Jpeg,
    /// PNG (`89 50 4E 47 0D 0A 1A 0A`).
    Png,
    /// WebP (`RIFF....WEBP`).
    Webp,
    /// PDF (`%PDF-`), accepted for documents only.
    Pdf,
}

impl FileKind {
    /// Recognises a file by its first bytes.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileKind::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(FileKind::Png)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(FileKind::Webp)
        } else if bytes.starts_with(b"%PDF-") {
            Some(FileKind::Pdf)
        } else {
            None
        }
    }

    /// True for the kinds that are images.
    pub fn is_image(self) -> bool {
        !matches!(self, FileKind::Pdf)
    }

    /// The MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Webp => "image/webp",
            FileKind::Pdf => "application/pdf",
        }
    }

    /// The file extension (no dot).
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
            FileKind::Webp => "webp",
            FileKind::Pdf => "pdf",
        }
    }
}

/// Why an uploaded file was refused. Each has a translated message naming the field.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    thiserror::Error,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum MediaError {
    /// No file, or a file of zero bytes.
    #[error("file_empty")]
    #[strum(serialize = "file_empty")]
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("file_too_large")]
    #[strum(serialize = "file_too_large")]
    TooLarge,
    /// Not one of the accepted kinds (whatever its name or declared type says).
    #[error("file_type")]
    #[strum(serialize = "file_type")]
    UnsupportedType,
    /// Declares more than [`MAX_SIDE`] pixels a side or [`MAX_PIXELS`] in all.
    #[error("image_dimensions")]
    #[strum(serialize = "image_dimensions")]
    Dimensions,
    /// Looks like an image but cannot be decoded (truncated or damaged).
    #[error("image_damaged")]
    #[strum(serialize = "image_damaged")]
    Damaged,
    /// An SVG with a script, an event handler or an embedded page.
    #[error("svg_script")]
    #[strum(serialize = "svg_script")]
    SvgScript,
    /// An SVG with a document type declaration (entities can expand without end).
    #[error("svg_entity")]
    #[strum(serialize = "svg_entity")]
    SvgEntity,
    /// An SVG that refers to a file or address outside itself.
    #[error("svg_external")]
    #[strum(serialize = "svg_external")]
    SvgExternal,
    /// An SVG whose canvas is larger than [`SVG_MAX_SIDE`] units a side, or has no size.
    #[error("svg_canvas")]
    #[strum(serialize = "svg_canvas")]
    SvgCanvas,
    /// An SVG with live text, which prints only where its font is installed.
    #[error("svg_text")]
    #[strum(serialize = "svg_text")]
    SvgText,
}

/// The largest SVG canvas accepted, in user units a side.
pub const SVG_MAX_SIDE: f32 = 10_000.0;
/// The largest SVG file accepted, in bytes.
pub const SVG_MAX_BYTES: usize = 1024 * 1024;

/// Checks what can be checked before decoding: size and kind. `allow_pdf` is for documents.
pub fn check_upload(bytes: &[u8], allow_pdf: bool) -> Result<FileKind, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(MediaError::TooLarge);
    }
    match FileKind::sniff(bytes) {
        Some(FileKind::Pdf) if !allow_pdf => Err(MediaError::UnsupportedType),
        // JPEG decoders fill a cut-off picture with grey rather than fail: check the end is there.
        Some(FileKind::Jpeg) if !jpeg_is_complete(bytes) => Err(MediaError::Damaged),
        Some(kind) => Ok(kind),
        None => Err(MediaError::UnsupportedType),
    }
}

/// True when a JPEG has its end-of-image marker (`FF D9`) after the start of its first scan
/// (`FF DA`). Inside scan data every `FF` byte is escaped, so the marker cannot appear there by
/// chance; data some phones append after the end (motion photos) does not matter.
pub fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let Some(scan) = bytes.windows(2).position(|w| w == [0xFF, 0xDA]) else {
        return false;
    };
    bytes[scan..].windows(2).any(|w| w == [0xFF, 0xD9])
}

/// Checks declared dimensions before any pixel is allocated.
pub fn check_dimensions(width: u32, height: u32) -> Result<(), MediaError> {
    if width == 0 || height == 0 {
        return Err(MediaError::Damaged);
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(MediaError::Dimensions);
    }
    Ok(())
}

/// The variants to make of an image `width × height`: each standard width smaller than the image,
/// plus the image's own width when it is under the largest (never upscaled). Heights keep the
/// aspect ratio (at least 1 px).
pub fn variant_sizes(width: u32, height: u32) -> Vec<(u32, u32)> {
    let largest = VARIANT_WIDTHS[VARIANT_WIDTHS.len() - 1];
    let mut widths: Vec<u32> = VARIANT_WIDTHS
        .iter()
        .copied()
        .filter(|w| *w < width)
        .collect();
    if width <= largest {
        widths.push(width);
    } else {
        widths.retain(|w| *w != largest);
        widths.push(largest);
    }
    widths
        .into_iter()
        .map(|w| {
            let h = (u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width);
            (w, u32::try_from(h).unwrap_or(u32::MAX).max(1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_recognised_by_their_bytes_not_their_names() {
        assert_eq!(
            FileKind::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(FileKind::Jpeg)
        );
        assert_eq!(
            FileKind::sniff(b"\x89PNG\r\n\x1a\n...."),
            Some(FileKind::Png)
        );
        assert_eq!(
            FileKind::sniff(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(FileKind::Webp)
        );
        assert_eq!(FileKind::sniff(b"%PDF-1.7"), Some(FileKind::Pdf));
        assert_eq!(FileKind::sniff(b"<html><script>alert(1)</script>"), None);
        assert_eq!(FileKind::sniff(b"RIFF\0\0\0\0WAVE"), None);
        assert_eq!(FileKind::sniff(b"GIF89a"), None);
        assert_eq!(
            FileKind::sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            None
        );
    }

    #[test]
    fn uploads_are_checked_for_emptiness_size_and_kind() {
        assert_eq!(check_upload(b"", true), Err(MediaError::Empty));
        assert_eq!(
            check_upload(b"%PDF-1.4", false),
            Err(MediaError::UnsupportedType)
        );
        assert_eq!(check_upload(b"%PDF-1.4", true), Ok(FileKind::Pdf));
        assert_eq!(
            check_upload(b"hello", true),
            Err(MediaError::UnsupportedType)
        );
        let mut big = vec![0xFF, 0xD8, 0xFF, 0xDA, 0xFF, 0xD9];
        big.resize(MAX_FILE_BYTES + 1, 0);
        assert_eq!(check_upload(&big, false), Err(MediaError::TooLarge));
    }

    #[test]
    fn a_cut_off_jpeg_is_damaged() {
        let whole = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 2, 0xFF, 0xDA, 1, 2, 0xFF, 0x00, 3, 0xFF, 0xD9,
        ];
        assert_eq!(check_upload(&whole, false), Ok(FileKind::Jpeg));
        assert_eq!(check_upload(&whole[..12], false), Err(MediaError::Damaged));
        // A thumbnail's end marker before the first scan does not count.
        let thumb_only = [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xD9, 0xFF, 0xDA, 1, 2, 3];
        assert!(!jpeg_is_complete(&thumb_only));
        let mut motion = whole.to_vec();
        motion.extend_from_slice(b"ftypmp42 and then a video");
        assert!(jpeg_is_complete(&motion));
    }

    #[test]
    fn dimensions_are_bounded_per_side_and_in_total() {
        assert_eq!(check_dimensions(8192, 4000), Ok(()));
        assert_eq!(check_dimensions(8193, 10), Err(MediaError::Dimensions));
        assert_eq!(
            check_dimensions(100_000, 100_000),
            Err(MediaError::Dimensions)
        );
        assert_eq!(check_dimensions(8000, 8000), Err(MediaError::Dimensions));
        assert_eq!(check_dimensions(0, 10), Err(MediaError::Damaged));
    }

    #[test]
    fn variants_never_upscale_and_keep_the_aspect_ratio() {
        assert_eq!(
            variant_sizes(4000, 3000),
            vec![(320, 240), (640, 480), (1280, 960)]
        );
        assert_eq!(
            variant_sizes(800, 400),
            vec![(320, 160), (640, 320), (800, 400)]
        );
        assert_eq!(variant_sizes(200, 200), vec![(200, 200)]);
        assert_eq!(
            variant_sizes(1280, 10),
            vec![(320, 3), (640, 5), (1280, 10)]
        );
        assert_eq!(variant_sizes(8000, 1), vec![(320, 1), (640, 1), (1280, 1)]);
    }

    #[test]
    fn every_error_has_a_distinct_code() {
        let all = [
            MediaError::Empty,
            MediaError::TooLarge,
            MediaError::UnsupportedType,
            MediaError::Dimensions,
            MediaError::Damaged,
        ];
        let mut codes: Vec<_> = all.iter().map(|e| e.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
    }
}
