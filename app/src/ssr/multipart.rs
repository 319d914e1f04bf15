//! Reading `multipart/form-data` posts (forms with a file) into text fields and files, with limits:
//! text fields are short, files are at most [`domain::media::MAX_FILE_BYTES`], and a file input
//! left empty counts as no file.

use crate::error::{AppError, FieldErrors, FieldIssue};
use bytes::{Bytes, BytesMut};
use domain::media::{MAX_FILE_BYTES, MediaError};
use std::collections::HashMap;

/// Longest text field of an upload form, in bytes.
const MAX_TEXT_BYTES: usize = 16 * 1024;
/// Most parts in one form.
const MAX_PARTS: usize = 64;

/// A read upload form.
#[derive(Debug, Default)]
pub struct UploadForm {
    texts: HashMap<String, String>,
    files: HashMap<String, Bytes>,
}

impl UploadForm {
    /// A text field ("" when absent).
    pub fn text(&self, name: &str) -> String {
        self.texts.get(name).cloned().unwrap_or_default()
    }

    /// A file, if one was chosen.
    pub fn file(&self, name: &str) -> Option<Bytes> {
        self.files.get(name).cloned()
    }

    /// Builds a form from parts (for tests and non-HTTP callers).
    pub fn from_parts(texts: &[(&str, &str)], files: Vec<(&str, Bytes)>) -> Self {
        Self {
            texts: texts
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            files: files.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        }
    }
}

fn garbled(e: multer::Error) -> AppError {
    tracing::info!(error = %e, "unreadable multipart form");
    AppError::BadRequest
}

/// Reads the whole form. A part with a file name is a file; the rest are text.
pub async fn read(data: server_fn::codec::MultipartData) -> Result<UploadForm, AppError> {
    read_with_limit(data, MAX_FILE_BYTES).await
}

/// [`read`] with another limit per file (the register of cooperatives is larger than an image).
pub async fn read_with_limit(
    data: server_fn::codec::MultipartData,
    max_file_bytes: usize,
) -> Result<UploadForm, AppError> {
    let mut multipart = data.into_inner().ok_or(AppError::BadRequest)?;
    let mut form = UploadForm::default();
    let mut parts = 0;
    while let Some(mut field) = multipart.next_field().await.map_err(garbled)? {
        parts += 1;
        if parts > MAX_PARTS {
            return Err(AppError::BadRequest);
        }
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = field.file_name().is_some();
        let limit = if is_file {
            max_file_bytes
        } else {
            MAX_TEXT_BYTES
        };
        let mut buf = BytesMut::new();
        while let Some(chunk) = field.chunk().await.map_err(garbled)? {
            if buf.len() + chunk.len() > limit {
                if is_file {
                    let mut errors = FieldErrors::default();
                    errors.add(&name, FieldIssue::Media(MediaError::TooLarge));
                    return Err(AppError::Invalid(errors));
                }
                return Err(AppError::PayloadTooLarge);
            }
            buf.extend_from_slice(&chunk);
        }
        if is_file {
            // An empty file input still sends a part, with an empty name and no bytes.
            if !buf.is_empty() {
                form.files.insert(name, buf.freeze());
            }
        } else {
            let text = String::from_utf8(buf.to_vec()).map_err(|_| AppError::BadRequest)?;
            form.texts.insert(name, text);
        }
    }
    Ok(form)
}
