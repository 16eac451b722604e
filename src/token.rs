//! SCIM tokens: long, random and free of modulo bias.

use crate::secret::Secret;

/// Characters a token is made of: the same 62 the Appsemble studio uses, so a token made here looks
/// like one made there.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// Length of a new token. The studio uses 30; 40 characters of 62 give about 238 bits.
pub const TOKEN_LENGTH: usize = 40;

/// Bytes at or above this value are thrown away so that every character is equally likely
/// (248 = 4 × 62; `byte % 62` over the full 0–255 range would favour the first eight characters).
const REJECT_FROM: u8 = (256 / ALPHABET.len() * ALPHABET.len()) as u8;

/// Failure to read the operating system's random number generator.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the operating system's random number generator is not available: {0}")]
pub struct RandomUnavailable(String);

impl RandomUnavailable {
    pub(crate) fn new(why: String) -> Self {
        Self(why)
    }
}

/// A new SCIM token from the operating system's CSPRNG.
pub fn generate_token() -> Result<Secret, RandomUnavailable> {
    token_from_source(TOKEN_LENGTH, |buf| {
        getrandom::fill(buf).map_err(|e| RandomUnavailable(e.to_string()))
    })
}

/// Builds a token of `length` characters from the bytes `fill` provides, rejecting biased bytes.
fn token_from_source(
    length: usize,
    mut fill: impl FnMut(&mut [u8]) -> Result<(), RandomUnavailable>,
) -> Result<Secret, RandomUnavailable> {
    let mut token = String::with_capacity(length);
    let mut buf = [0u8; 64];
    while token.len() < length {
        fill(&mut buf)?;
        for &byte in buf.iter().filter(|&&b| b < REJECT_FROM) {
            if token.len() == length {
                break;
            }
            token.push(ALPHABET[usize::from(byte) % ALPHABET.len()] as char);
        }
    }
    Ok(Secret::new(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_alphanumeric_and_different() {
        let a = generate_token().unwrap();
        let b = generate_token().unwrap();
        assert_eq!(a.expose().len(), TOKEN_LENGTH);
        assert!(a.expose().chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }

    #[test]
    fn biased_bytes_are_rejected() {
        // A source that only ever yields bytes from the rejected range, except for one
        // acceptable byte per buffer, must still produce characters only from accepted bytes.
        let mut calls = 0;
        let token = token_from_source(3, |buf| {
            calls += 1;
            buf.fill(255);
            buf[0] = 61; // '9'
            Ok(())
        })
        .unwrap();
        assert_eq!(token.expose(), "999");
        assert_eq!(calls, 3);
    }

    #[test]
    fn characters_are_uniform_over_many_tokens() {
        let mut counts = [0u32; 62];
        for _ in 0..500 {
            for c in generate_token().unwrap().expose().bytes() {
                let index = ALPHABET.iter().position(|&a| a == c).unwrap();
                counts[index] += 1;
            }
        }
        // 20,000 characters: expected 322.6 per character. The first eight characters would be
        // favoured by about 25% with modulo bias; allow generous noise but catch that.
        let first_eight: u32 = counts[..8].iter().sum();
        let last_eight: u32 = counts[54..].iter().sum();
        let ratio = f64::from(first_eight) / f64::from(last_eight);
        assert!(
            (0.85..1.15).contains(&ratio),
            "ratio {ratio}, counts {counts:?}"
        );
    }
}
