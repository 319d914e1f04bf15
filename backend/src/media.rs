//! The media pipeline shared by logos, banners, product photos and deliverables.
//!
//! An upload is checked by its magic bytes, its declared dimensions are checked before any pixel
//! is allocated, it is decoded with `image`'s limits on a blocking thread (at most two at once, so
//! memory stays bounded), always re-encoded (which drops EXIF and GPS), resized to the variants of
//! [`domain::media::variant_sizes`] with `fast_image_resize` (faster than `image`'s resize: see
//! `cargo bench -p server --bench media`), and stored content-addressed under the SHA-256 of the
//! upload. Private documents (certificates) go under `private/`, which no public route serves.

use crate::error::AppError;
use bytes::Bytes;
use domain::{
    colour::Rgb,
    media::{self, FileKind, MediaError},
};
use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, path::Path as StorePath};
use sha2::{Digest, Sha256};
use std::{io::Cursor, sync::Arc};
use tokio::sync::Semaphore;

/// Memory an image decode may allocate: 40 MP of RGBA with room for the decoder's own buffers.
const MAX_ALLOC: u64 = media::MAX_PIXELS * 4 + 64 * 1024 * 1024;
/// JPEG quality of re-encoded photos: small on slow networks, still clean.
const JPEG_QUALITY: u8 = 82;

/// One stored, resized copy of an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// The output format of re-encoded images: JPEG when opaque, PNG when it has transparency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoded {
    /// Opaque image.
    Jpeg,
    /// Image with transparency (logos).
    Png,
}

impl Encoded {
    /// File extension of the variants.
    pub fn extension(self) -> &'static str {
        match self {
            Encoded::Jpeg => "jpg",
            Encoded::Png => "png",
        }
    }

    /// Parses an extension back.
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext {
            "jpg" => Some(Encoded::Jpeg),
            "png" => Some(Encoded::Png),
            _ => None,
        }
    }

    /// The MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            Encoded::Jpeg => "image/jpeg",
            Encoded::Png => "image/png",
        }
    }
}

/// A processed image: what the database records about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessedImage {
    /// Hex SHA-256 of the uploaded bytes: the content address.
    pub hash: String,
    /// Width of the (capped) largest variant's source, as uploaded.
    pub width: u32,
    /// Height as uploaded.
    pub height: u32,
    /// Output format of every variant.
    pub format: Encoded,
    /// The variants, smallest first.
    pub variants: Vec<Variant>,
    /// Colours suggested from the image's palette.
    pub palette: Vec<Rgb>,
    /// Encoded bytes of each variant, in the order of `variants` (not kept after storing).
    pub files: Vec<Bytes>,
}

/// The storage key of one variant of the image `hash`.
pub fn variant_key(hash: &str, width: u32, format: Encoded) -> String {
    format!(
        "images/{}/{hash}/{width}.{}",
        hash.get(..2).unwrap_or("00"),
        format.extension()
    )
}

/// The public URL of one variant.
pub fn variant_url(hash: &str, width: u32, format: Encoded) -> String {
    format!("/media/{}", variant_key(hash, width, format))
}

/// Hex SHA-256 of `bytes`.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where media live (a local folder by default; any `object_store` backend in production) and the
/// permits that bound concurrent decoding.
#[derive(Clone)]
pub struct MediaStore {
    store: Arc<dyn ObjectStore>,
    decoding: Arc<Semaphore>,
    /// Where the media live, for logs (never a credential).
    described: Arc<str>,
}

impl std::fmt::Debug for MediaStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MediaStore({})", self.described)
    }
}

/// An S3 (or S3-compatible) bucket, with time limits a person waiting on an upload can live
/// with: object_store's defaults retry a store that is down for up to three minutes, which
/// would hold every upload and image request that long; here a request fails within about
/// 15 seconds and the person is told to try again in a moment.
fn s3_store(
    url: &str,
    options: Vec<(String, String)>,
) -> Result<object_store::aws::AmazonS3, String> {
    use object_store::{ClientOptions, RetryConfig, aws::AmazonS3Builder};
    use std::time::Duration;
    let retry = RetryConfig {
        max_retries: 2,
        retry_timeout: Duration::from_secs(10),
        ..RetryConfig::default()
    };
    // The client options first: the `aws_*` client keys below (e.g. `aws_allow_http`) refine them.
    let mut builder = AmazonS3Builder::new()
        .with_client_options(
            ClientOptions::new()
                .with_connect_timeout(Duration::from_secs(3))
                .with_timeout(Duration::from_secs(30)),
        )
        .with_retry(retry)
        .with_url(url);
    for (key, value) in options {
        // Other AWS_* variables of the environment (AWS_PROFILE…) are not the store's.
        if let Ok(key) = key.parse() {
            builder = builder.with_config(key, value);
        }
    }
    builder.build().map_err(|e| format!("MEDIA_URL {url}: {e}"))
}

/// A store that cannot be reached (or refuses us) is a passing outage to the person asking:
/// "try again in a moment", with the cause logged once, here.
fn store_error(e: object_store::Error) -> AppError {
    tracing::error!(error = %e, "media store failed");
    AppError::MediaUnavailable
}

impl MediaStore {
    /// A store over any backend.
    pub fn new(store: Arc<dyn ObjectStore>) -> Self {
        let described = store.to_string().into();
        Self {
            store,
            decoding: Arc::new(Semaphore::new(2)),
            described,
        }
    }

    /// Where the media live (backend, bucket or folder, endpoint), for the start-up log.
    pub fn describe(&self) -> &str {
        &self.described
    }

    /// The default: files under `dir` (created if missing).
    pub fn local(dir: &std::path::Path) -> Result<Self, AppError> {
        std::fs::create_dir_all(dir).map_err(|e| {
            tracing::error!(error = %e, dir = %dir.display(), "cannot create the media folder");
            AppError::Internal
        })?;
        let store = object_store::local::LocalFileSystem::new_with_prefix(dir)
            .map_err(store_error)?
            .with_automatic_cleanup(true);
        let mut media = Self::new(Arc::new(store));
        media.described = format!("folder {}", dir.display()).into();
        Ok(media)
    }

    /// The store named by a URL (`MEDIA_URL`): `s3://bucket/prefix` for S3 or an S3-compatible
    /// store (configured by `options`, object_store's lower-case names of the `AWS_*`
    /// environment variables, e.g. `aws_endpoint` and `aws_allow_http` for MinIO),
    /// `file:///absolute/path` (the same as the default, elsewhere), or `memory:///` (tests).
    /// Every backend goes through the same `object_store` calls. Nothing is contacted here: a
    /// store that is out of reach makes uploads and images answer "temporarily unavailable".
    /// The S3 client takes the process's rustls provider, which the binary installs at start
    /// (`server::tls`); build one before that and reqwest panics.
    pub fn from_url(
        url: &str,
        options: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("MEDIA_URL is not a URL: {e}"))?;
        if parsed.scheme() == "file" {
            let dir = parsed
                .to_file_path()
                .map_err(|()| "MEDIA_URL: a file:// URL needs an absolute path".to_owned())?;
            return Self::local(&dir)
                .map_err(|_| format!("MEDIA_URL: cannot open the folder {}", dir.display()));
        }
        let options: Vec<(String, String)> = options.into_iter().collect();
        let endpoint = options
            .iter()
            .find(|(key, _)| key == "aws_endpoint" || key == "aws_endpoint_url")
            .map(|(_, value)| format!(" at {value}"))
            .unwrap_or_default();
        let (store, prefix): (Box<dyn ObjectStore>, StorePath) = match parsed.scheme() {
            "s3" | "s3a" => {
                let prefix =
                    StorePath::parse(parsed.path()).map_err(|e| format!("MEDIA_URL {url}: {e}"))?;
                (Box::new(s3_store(url, options)?), prefix)
            }
            _ => object_store::parse_url_opts(&parsed, options)
                .map_err(|e| format!("MEDIA_URL {url}: {e}"))?,
        };
        let store: Arc<dyn ObjectStore> = if prefix.as_ref().is_empty() {
            Arc::from(store)
        } else {
            Arc::new(object_store::prefix::PrefixStore::new(store, prefix))
        };
        let mut media = Self::new(store);
        media.described = format!(
            "{}://{}{}{endpoint}",
            parsed.scheme(),
            parsed.host_str().unwrap_or_default(),
            parsed.path()
        )
        .into();
        Ok(media)
    }

    /// Checks, decodes, re-encodes and resizes an image off the async runtime.
    pub async fn process_image(&self, bytes: Bytes) -> Result<ProcessedImage, ImageFailure> {
        let kind = media::check_upload(&bytes, false)?;
        let _permit = self
            .decoding
            .acquire()
            .await
            .map_err(|_| ImageFailure::Internal)?;
        tokio::task::spawn_blocking(move || process_blocking(&bytes, kind))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "image processing task failed");
                ImageFailure::Internal
            })?
    }

    /// Writes every variant of a processed image (idempotent: same content, same keys).
    pub async fn put_image(&self, image: &ProcessedImage) -> Result<(), AppError> {
        for (variant, file) in image.variants.iter().zip(&image.files) {
            let key = StorePath::from(variant_key(&image.hash, variant.width, image.format));
            self.store
                .put(&key, PutPayload::from_bytes(file.clone()))
                .await
                .map_err(store_error)?;
        }
        Ok(())
    }

    /// Reads a public image variant. Only keys under `images/` are readable this way.
    pub async fn get_public(&self, key: &str) -> Result<Option<Bytes>, AppError> {
        if !key.starts_with("images/") || key.contains("..") {
            return Ok(None);
        }
        self.get(key).await
    }

    /// Reads any stored object (private ones included: callers authorise first).
    pub async fn get(&self, key: &str) -> Result<Option<Bytes>, AppError> {
        let path = StorePath::parse(key).map_err(|_| AppError::NotFound)?;
        match self.store.get(&path).await {
            Ok(result) => Ok(Some(result.bytes().await.map_err(store_error)?)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(store_error(e)),
        }
    }

    /// Stores a private document under `private/{key}`.
    pub async fn put_private(&self, key: &str, bytes: Bytes) -> Result<String, AppError> {
        let full = format!("private/{key}");
        let path = StorePath::parse(&full).map_err(|_| AppError::Internal)?;
        self.store
            .put(&path, PutPayload::from_bytes(bytes))
            .await
            .map_err(store_error)?;
        Ok(full)
    }

    /// Checks a document (PDF, or an image, which is re-encoded to drop its metadata) and returns
    /// the bytes to store and their kind.
    pub async fn process_document(
        &self,
        bytes: Bytes,
    ) -> Result<(Bytes, &'static str, &'static str), ImageFailure> {
        match media::check_upload(&bytes, true)? {
            FileKind::Pdf => Ok((bytes, FileKind::Pdf.mime(), FileKind::Pdf.extension())),
            _ => {
                let image = self.process_image(bytes).await?;
                let file = image.files.last().cloned().ok_or(ImageFailure::Internal)?;
                Ok((file, image.format.mime(), image.format.extension()))
            }
        }
    }
}

/// Why processing an image failed: the user's file, or our side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFailure {
    /// The file is refused; say why.
    Refused(MediaError),
    /// Something failed on our side (logged).
    Internal,
}

impl From<MediaError> for ImageFailure {
    fn from(e: MediaError) -> Self {
        ImageFailure::Refused(e)
    }
}

fn format_of(kind: FileKind) -> Result<ImageFormat, MediaError> {
    match kind {
        FileKind::Jpeg => Ok(ImageFormat::Jpeg),
        FileKind::Png => Ok(ImageFormat::Png),
        FileKind::Webp => Ok(ImageFormat::WebP),
        FileKind::Pdf => Err(MediaError::UnsupportedType),
    }
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(media::MAX_SIDE);
    limits.max_image_height = Some(media::MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

/// Decodes an upload with limits: the header's dimensions are checked before pixels are
/// allocated, and a decoder error (truncated, damaged) is the user's error, not ours.
pub fn decode(bytes: &[u8], kind: FileKind) -> Result<DynamicImage, MediaError> {
    let format = format_of(kind)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let (width, height) = decoder.dimensions();
    media::check_dimensions(width, height)?;
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(classify)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok(image)
}

fn classify(e: image::ImageError) -> MediaError {
    match e {
        image::ImageError::Limits(_) => MediaError::Dimensions,
        image::ImageError::Unsupported(_) => MediaError::UnsupportedType,
        _ => MediaError::Damaged,
    }
}

/// Resizes with `fast_image_resize` (Lanczos3, alpha-aware).
pub fn resize(image: &DynamicImage, width: u32, height: u32) -> Result<DynamicImage, ImageFailure> {
    let mut out = DynamicImage::new(width, height, image.color());
    let mut resizer = Resizer::new();
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    resizer.resize(image, &mut out, &options).map_err(|e| {
        tracing::error!(error = %e, "resize failed");
        ImageFailure::Internal
    })?;
    Ok(out)
}

fn process_blocking(bytes: &[u8], kind: FileKind) -> Result<ProcessedImage, ImageFailure> {
    let decoded = decode(bytes, kind)?;
    let (width, height) = (decoded.width(), decoded.height());
    // Normalise to 8-bit RGB(A), the formats every browser shows; transparency is kept only when
    // some pixel uses it. One conversion, no extra copy of the pixels.
    let normal = if decoded.color().has_alpha() {
        let rgba = decoded.into_rgba8();
        if rgba.pixels().all(|p| p.0[3] == 255) {
            DynamicImage::ImageRgb8(DynamicImage::ImageRgba8(rgba).into_rgb8())
        } else {
            DynamicImage::ImageRgba8(rgba)
        }
    } else {
        DynamicImage::ImageRgb8(decoded.into_rgb8())
    };
    let format = if normal.color().has_alpha() {
        Encoded::Png
    } else {
        Encoded::Jpeg
    };
    let mut variants = Vec::new();
    let mut files = Vec::new();
    let mut palette_source = None;
    for (w, h) in media::variant_sizes(width, height) {
        let sized = if (w, h) == (width, height) {
            normal.clone()
        } else {
            resize(&normal, w, h)?
        };
        files.push(encode(&sized, format)?);
        if palette_source.is_none() {
            palette_source = Some(sized.to_rgba8());
        }
        variants.push(Variant {
            width: w,
            height: h,
        });
    }
    let palette = palette_source
        .map(|img| palette_of(&img))
        .unwrap_or_default();
    Ok(ProcessedImage {
        hash: content_hash(bytes),
        width,
        height,
        format,
        variants,
        palette,
        files,
    })
}

fn encode(image: &DynamicImage, format: Encoded) -> Result<Bytes, ImageFailure> {
    let mut out = Vec::new();
    let result = match format {
        Encoded::Jpeg => image.write_with_encoder(
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY),
        ),
        Encoded::Png => image.write_with_encoder(image::codecs::png::PngEncoder::new_with_quality(
            &mut out,
            image::codecs::png::CompressionType::Best,
            image::codecs::png::FilterType::Adaptive,
        )),
    };
    result.map_err(|e| {
        tracing::error!(error = %e, "re-encoding failed");
        ImageFailure::Internal
    })?;
    Ok(Bytes::from(out))
}

/// Brand colours suggested from an image: median-cut over its opaque pixels, then
/// [`domain::colour::suggest_palette`].
pub fn palette_of(image: &image::RgbaImage) -> Vec<Rgb> {
    let opaque: Vec<u8> = image
        .pixels()
        .filter(|p| p.0[3] >= 128)
        .flat_map(|p| [p.0[0], p.0[1], p.0[2]])
        .collect();
    let dominant = if opaque.len() >= 3 {
        color_thief::get_palette(&opaque, color_thief::ColorFormat::Rgb, 5, 8)
            .map(|colours| {
                colours
                    .into_iter()
                    .map(|c| Rgb {
                        r: c.r,
                        g: c.g,
                        b: c.b,
                    })
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    domain::colour::suggest_palette(&dominant)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32, colour: [u8; 4]) -> Vec<u8> {
        let image = image::RgbaImage::from_pixel(width, height, image::Rgba(colour));
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(image)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn an_opaque_png_becomes_jpeg_variants_that_never_upscale() {
        let processed =
            process_blocking(&png(700, 350, [200, 30, 30, 255]), FileKind::Png).unwrap();
        assert_eq!(processed.format, Encoded::Jpeg);
        let widths: Vec<u32> = processed.variants.iter().map(|v| v.width).collect();
        assert_eq!(widths, vec![320, 640, 700]);
        for (variant, file) in processed.variants.iter().zip(&processed.files) {
            assert_eq!(FileKind::sniff(file), Some(FileKind::Jpeg));
            let back = image::load_from_memory(file).unwrap();
            assert_eq!(
                (back.width(), back.height()),
                (variant.width, variant.height)
            );
        }
    }

    #[test]
    fn transparency_is_kept_as_png() {
        let processed = process_blocking(&png(64, 64, [0, 80, 40, 0]), FileKind::Png).unwrap();
        assert_eq!(processed.format, Encoded::Png);
    }

    #[test]
    fn the_palette_finds_the_logo_colour() {
        let processed =
            process_blocking(&png(100, 100, [200, 30, 30, 255]), FileKind::Png).unwrap();
        let first = processed.palette[0];
        assert!(first.r > 180 && first.g < 60 && first.b < 60, "{first}");
        assert!(processed.palette.len() >= 3);
    }

    #[test]
    fn keys_are_content_addressed() {
        let hash = content_hash(b"abc");
        assert_eq!(
            hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            variant_key(&hash, 320, Encoded::Jpeg),
            format!("images/ba/{hash}/320.jpg")
        );
    }
}
