//! Secret tokens for emailed links, and the hashes of them that are stored instead.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::Rng;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::DomainError;

const TOKEN_BYTES: usize = 32;
const ENCODED_LEN: usize = 43;
const INVALID: DomainError = DomainError::new("error-link-invalid");

/// 256 random bits, carried in URLs as unpadded base64url. Never logged: `Debug` hides it.
#[derive(Clone)]
pub struct SecretToken {
    bytes: [u8; TOKEN_BYTES],
    encoded: String,
}

impl SecretToken {
    pub fn generate() -> SecretToken {
        let mut bytes = [0u8; TOKEN_BYTES];
        rand::rng().fill(&mut bytes);
        SecretToken {
            bytes,
            encoded: URL_SAFE_NO_PAD.encode(bytes),
        }
    }

    pub fn parse(input: &str) -> Result<SecretToken, DomainError> {
        let input = input.trim();
        let well_formed = input.len() == ENCODED_LEN
            && input
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !well_formed {
            return Err(INVALID);
        }
        let decoded = URL_SAFE_NO_PAD.decode(input).map_err(|_| INVALID)?;
        let bytes: [u8; TOKEN_BYTES] = decoded.try_into().map_err(|_| INVALID)?;
        Ok(SecretToken {
            bytes,
            encoded: input.to_owned(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.encoded
    }

    /// SHA-256 of the raw bytes, as lower-case hex: the value to store and look up.
    pub fn hash(&self) -> TokenHash {
        TokenHash(sha256_hex(&self.bytes))
    }
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(digest.len() * 2);
    for byte in digest {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    hex
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl fmt::Debug for SecretToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretToken(..)")
    }
}

/// The stored form of a [`SecretToken`]. Equality takes the same time wherever the values differ.
#[derive(Debug, Clone)]
pub struct TokenHash(String);

impl TokenHash {
    /// Wraps a hash read back from the database.
    pub fn from_stored(hash: String) -> TokenHash {
        TokenHash(hash)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl PartialEq for TokenHash {
    fn eq(&self, other: &Self) -> bool {
        self.0.as_bytes().ct_eq(other.0.as_bytes()).into()
    }
}

impl Eq for TokenHash {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_are_43_url_safe_chars_and_distinct() {
        let a = SecretToken::generate();
        let b = SecretToken::generate();
        assert_eq!(a.as_str().len(), 43);
        assert!(a
            .as_str()
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert_ne!(a.as_str(), b.as_str());
        assert_ne!(a.hash(), b.hash());
    }

    #[test]
    fn round_trips_through_parse() {
        let token = SecretToken::generate();
        let parsed = SecretToken::parse(token.as_str()).unwrap();
        assert_eq!(parsed.as_str(), token.as_str());
        assert_eq!(parsed.hash(), token.hash());
    }

    #[test]
    fn hash_is_stable_lower_case_hex_sha256() {
        let zeros = SecretToken::parse(&"A".repeat(43)).unwrap();
        let hash = zeros.hash();
        assert_eq!(hash.as_str().len(), 64);
        assert!(hash.as_str().bytes().all(|c| HEX.contains(&c)));
        // SHA-256 of 32 zero bytes.
        assert_eq!(
            hash.as_str(),
            "66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925"
        );
        assert_eq!(hash, zeros.hash());
    }

    #[test]
    fn stored_hashes_compare_by_value() {
        let hash = SecretToken::generate().hash();
        assert_eq!(TokenHash::from_stored(hash.as_str().to_owned()), hash);
        assert_ne!(TokenHash::from_stored("0".repeat(64)), hash);
        assert_ne!(TokenHash::from_stored(String::new()), hash);
    }

    #[test]
    fn parse_rejects_wrong_length_alphabet_or_trailing_bits() {
        let good = SecretToken::generate().as_str().to_owned();
        for bad in [
            String::new(),
            good[..42].to_owned(),
            format!("{good}A"),
            format!("{}=", &good[..42]),
            format!("{}+", &good[..42]),
            format!("{}/", &good[..42]),
            format!("{}é", &good[..41]),
            format!("{}B", "A".repeat(42)),
        ] {
            assert_eq!(
                SecretToken::parse(&bad).map(|_| ()),
                Err(INVALID),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn debug_does_not_reveal_the_secret() {
        let token = SecretToken::generate();
        assert_eq!(format!("{token:?}"), "SecretToken(..)");
    }
}
