//! Campaign photos uploaded by organisers: refused when too large or not a JPEG, PNG or WebP
//! by content (magic bytes, whatever the file is called), decoded with limits, and encoded
//! again (which drops all metadata, such as a camera's GPS position in EXIF).

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};

/// The largest upload accepted, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The widest or tallest image stored; larger ones are scaled down to this.
pub const MAX_SIDE: u32 = 2000;
/// The widest or tallest image decoded at all (a small file can claim huge dimensions).
const MAX_DECODED_SIDE: u32 = 12_000;
/// Memory the decoder may allocate.
const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// JPEG quality of the stored image.
const JPEG_QUALITY: u8 = 85;

/// Why an upload was refused; `message` is shown beside the form's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("too large")]
    TooLarge,
    #[error("not a JPEG, PNG or WebP image")]
    WrongType,
    #[error("unreadable")]
    Unreadable,
}

impl ImageError {
    /// The refusal as a form error, worded in the page's language where it is shown.
    pub fn error(self) -> crate::i18n::Message {
        crate::i18n::Message::new(match self {
            ImageError::TooLarge => "error-photo-too-large",
            ImageError::WrongType => "error-photo-wrong-type",
            ImageError::Unreadable => "error-photo-unreadable",
        })
    }

    /// The refusal in English.
    pub fn message(self) -> &'static str {
        match self {
            ImageError::TooLarge => {
                "The photo is larger than 5 MB: choose a smaller one (or save it smaller)"
            }
            ImageError::WrongType => {
                "The file is not a JPEG, PNG or WebP photo: choose one of those (SVG and other \
                 kinds are not accepted)"
            }
            ImageError::Unreadable => {
                "The photo could not be read (the file may be damaged, or too many pixels): \
                 choose another"
            }
        }
    }
}

/// An image ready to store: re-encoded, with no metadata.
#[derive(Debug, Clone)]
pub struct StoredImage {
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
    /// Lower-case hex SHA-256 of `bytes`: the image's name at its URL.
    pub sha256: String,
    pub width: u32,
    pub height: u32,
}

/// The kind of image by its first bytes, if it is one Missive accepts.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(ImageFormat::WebP)
    } else {
        None
    }
}

/// Checks and re-encodes an upload: PNG stays PNG (and so does any image with transparency),
/// everything else becomes JPEG. Slow for big photos: call it off the async workers.
pub fn process(upload: &[u8]) -> Result<StoredImage, ImageError> {
    if upload.len() > MAX_BYTES {
        return Err(ImageError::TooLarge);
    }
    let format = sniff(upload).ok_or(ImageError::WrongType)?;
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODED_SIDE);
    limits.max_image_height = Some(MAX_DECODED_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| ImageError::Unreadable)?;
    // The EXIF orientation goes with the metadata, so it is applied to the pixels first.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| ImageError::Unreadable)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    if image.width() > MAX_SIDE || image.height() > MAX_SIDE {
        image = image.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle);
    }
    let alpha = image.color().has_alpha();
    let mut bytes = Vec::new();
    let content_type = if format == ImageFormat::Png || alpha {
        let image = match alpha {
            true => DynamicImage::ImageRgba8(image.to_rgba8()),
            false => DynamicImage::ImageRgb8(image.to_rgb8()),
        };
        image
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .map_err(|_| ImageError::Unreadable)?;
        "image/png"
    } else {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
        DynamicImage::ImageRgb8(image.to_rgb8())
            .write_with_encoder(encoder)
            .map_err(|_| ImageError::Unreadable)?;
        "image/jpeg"
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    Ok(StoredImage {
        content_type,
        sha256,
        width: image.width(),
        height: image.height(),
        bytes,
    })
}

/// True for a name `process` could have made (64 lower-case hex digits).
pub fn is_name(sha256: &str) -> bool {
    sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Where an uploaded image is served (for ever: its name is its content's hash).
pub fn path(sha256: &str) -> String {
    format!("/campaign-images/{sha256}")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut bytes = Vec::new();
        DynamicImage::ImageRgb8(image)
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        bytes
    }

    #[test]
    fn a_png_is_stored_as_png_with_its_size_and_hash() {
        let stored = process(&png(30, 20)).expect("accepted");
        assert_eq!(stored.content_type, "image/png");
        assert_eq!((stored.width, stored.height), (30, 20));
        assert!(is_name(&stored.sha256));
        assert_eq!(sniff(&stored.bytes), Some(ImageFormat::Png));
    }

    #[test]
    fn a_large_image_is_scaled_down() {
        let stored = process(&png(MAX_SIDE + 400, 100)).expect("accepted");
        assert_eq!(stored.width, MAX_SIDE);
    }

    #[test]
    fn other_kinds_and_broken_images_are_refused() {
        let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        assert_eq!(process(svg).unwrap_err(), ImageError::WrongType);
        assert_eq!(
            process(b"hello, I am text").unwrap_err(),
            ImageError::WrongType
        );
        let mut broken = png(10, 10);
        broken.truncate(40);
        assert_eq!(process(&broken).unwrap_err(), ImageError::Unreadable);
        let mut big = png(10, 10);
        big.resize(MAX_BYTES + 1, 0);
        assert_eq!(process(&big).unwrap_err(), ImageError::TooLarge);
    }

    #[test]
    fn a_jpeg_loses_its_exif_metadata() {
        let mut jpeg = Vec::new();
        let image = image::RgbImage::from_pixel(16, 16, image::Rgb([200, 30, 30]));
        DynamicImage::ImageRgb8(image)
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        // An APP1 segment after the start marker, as a camera writes its EXIF (GPS included).
        let exif = b"Exif\0\0MM\0*\0\0\0\x08\0\0GPSLatitude 51.5";
        let length = u16::try_from(exif.len() + 2).unwrap().to_be_bytes();
        let mut tagged = jpeg[..2].to_vec();
        tagged.extend_from_slice(&[0xFF, 0xE1, length[0], length[1]]);
        tagged.extend_from_slice(exif);
        tagged.extend_from_slice(&jpeg[2..]);
        let stored = process(&tagged).expect("accepted");
        assert_eq!(stored.content_type, "image/jpeg");
        let contains = |needle: &[u8]| stored.bytes.windows(needle.len()).any(|w| w == needle);
        assert!(!contains(b"Exif") && !contains(b"GPSLatitude"));
    }

    #[test]
    fn names_are_64_lower_case_hex_digits() {
        assert!(is_name(&"a".repeat(64)));
        assert!(!is_name(&"A".repeat(64)));
        assert!(!is_name(&"a".repeat(63)));
        assert!(!is_name("../etc/passwd"));
    }
}
