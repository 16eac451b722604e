//! The sealed hand-off: what the app's owner gives the customer's Entra admin (Tenant URL, Secret
//! Token, the app, the verdicts of the last test, who made it and until when it is valid), in one
//! file encrypted with the `age` format's passphrase recipient (scrypt, ASCII-armored so it can go
//! by mail). The passphrase is made here from the EFF large word list — six words, about 77 bits,
//! which an offline attack against scrypt's ~1 s per guess cannot exhaust — shown once and never
//! stored. Expiry is inside the sealed part, so nobody can extend a file without the passphrase.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::secret::Secret;
use crate::token::RandomUnavailable;

/// What marks the plaintext as ours (a file sealed by another tool with a passphrase is not).
const FORMAT: &str = "scim-assistant-handoff";
const VERSION: u32 = 1;
/// How an armored age file starts (age's C2SP spec, "ASCII armor").
const ARMOR_START: &str = "-----BEGIN AGE ENCRYPTED FILE-----";
/// Words in a passphrase: 6 × log2(7776) ≈ 77.5 bits.
pub const PASSPHRASE_WORDS: usize = 6;
/// The shortest validity `--expires` takes.
pub const SHORTEST: Duration = Duration::from_secs(60);
/// The validity when none is given.
pub const DEFAULT_VALIDITY: Duration = Duration::from_secs(7 * 24 * 3600);

/// The contents of a hand-off.
#[derive(Clone, Debug, PartialEq)]
pub struct HandOff {
    pub app_id: u64,
    pub app_name: String,
    /// The Appsemble server's origin.
    pub server: String,
    pub tenant_url: String,
    pub token: Secret,
    /// The last test's verdicts: Test Connection would pass; Appsemble can receive users
    /// (`None`: not known, the rehearsal did not run).
    pub connection: Option<bool>,
    pub provisioning: Option<bool>,
    /// Who made it (the owner's email or client id).
    pub made_by: String,
    pub made_at: SystemTime,
    pub expires_at: SystemTime,
}

/// Why a file could not be opened; each has one sentence and a next step at the edge.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("not a hand-off file of this assistant")]
    NotAHandOff,
    #[error("the passphrase does not open this file")]
    WrongPassphrase,
    #[error("the file is damaged")]
    Damaged,
    #[error("the hand-off has expired")]
    Expired { expires_at: SystemTime },
}

#[derive(Serialize, Deserialize)]
struct Sealed {
    format: String,
    version: u32,
    app_id: u64,
    app_name: String,
    server: String,
    tenant_url: String,
    token: String,
    connection: Option<bool>,
    provisioning: Option<bool>,
    made_by: String,
    made_at: u64,
    expires_at: u64,
}

fn seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

fn time(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

/// A new passphrase: six words from the EFF large list, each drawn without modulo bias.
pub fn new_passphrase() -> Result<Secret, RandomUnavailable> {
    let list = eff_wordlist::large::LIST;
    let mut words = Vec::with_capacity(PASSPHRASE_WORDS);
    while words.len() < PASSPHRASE_WORDS {
        let mut bytes = [0u8; 2];
        getrandom::fill(&mut bytes).map_err(|e| RandomUnavailable::new(e.to_string()))?;
        let drawn = usize::from(u16::from_le_bytes(bytes));
        // 65536 = 8 × 7776 + 3328: values from 62208 up would favour the first words.
        if drawn < list.len() * (65536 / list.len()) {
            words.push(list[drawn % list.len()].1);
        }
    }
    Ok(Secret::new(words.join("-")))
}

/// Seals `handoff` with `passphrase`; the armored text to write to the file.
pub fn seal(handoff: &HandOff, passphrase: &Secret) -> Result<String, age::EncryptError> {
    let sealed = Sealed {
        format: FORMAT.into(),
        version: VERSION,
        app_id: handoff.app_id,
        app_name: handoff.app_name.clone(),
        server: handoff.server.clone(),
        tenant_url: handoff.tenant_url.clone(),
        token: handoff.token.expose().to_string(),
        connection: handoff.connection,
        provisioning: handoff.provisioning,
        made_by: handoff.made_by.clone(),
        made_at: seconds(handoff.made_at),
        expires_at: seconds(handoff.expires_at),
    };
    let plaintext = serde_json::to_vec(&sealed).unwrap_or_default();
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.expose()));
    age::encrypt_and_armor(&recipient, &plaintext)
}

/// Opens a hand-off file's bytes with `passphrase`, as of `now`.
pub fn open(file: &[u8], passphrase: &Secret, now: SystemTime) -> Result<HandOff, OpenError> {
    let text = String::from_utf8_lossy(file);
    if !text.trim_start().starts_with(ARMOR_START) {
        return Err(OpenError::NotAHandOff);
    }
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.expose()));
    let plaintext = age::decrypt(&identity, file).map_err(|error| match error {
        // The scrypt stanza's key did not open: the passphrase (age's AEAD cannot tell it from a
        // changed stanza body, and a wrong passphrase is by far the likelier).
        age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed => {
            OpenError::WrongPassphrase
        }
        // Sealed for someone's key, not with a passphrase: another tool's file.
        age::DecryptError::NoMatchingKeys | age::DecryptError::UnknownFormat => {
            OpenError::NotAHandOff
        }
        _ => OpenError::Damaged,
    })?;
    let sealed: Sealed = serde_json::from_slice(&plaintext).map_err(|_| OpenError::NotAHandOff)?;
    if sealed.format != FORMAT || sealed.version != VERSION {
        return Err(OpenError::NotAHandOff);
    }
    let expires_at = time(sealed.expires_at);
    if now >= expires_at {
        return Err(OpenError::Expired { expires_at });
    }
    Ok(HandOff {
        app_id: sealed.app_id,
        app_name: sealed.app_name,
        server: sealed.server,
        tenant_url: sealed.tenant_url,
        token: Secret::new(sealed.token),
        connection: sealed.connection,
        provisioning: sealed.provisioning,
        made_by: sealed.made_by,
        made_at: time(sealed.made_at),
        expires_at,
    })
}

/// `30m`, `12h`, `7d` (or a bare number of days); `None` when unreadable or under a minute.
pub fn parse_validity(text: &str) -> Option<Duration> {
    let text = text.trim();
    let (number, unit) = match text.char_indices().last()? {
        (at, unit) if unit.is_ascii_alphabetic() => (&text[..at], unit.to_ascii_lowercase()),
        _ => (text, 'd'),
    };
    let count: u64 = number.trim().parse().ok()?;
    let unit_seconds = match unit {
        'm' => 60,
        'h' => 3600,
        'd' => 24 * 3600,
        _ => return None,
    };
    let validity = Duration::from_secs(count.checked_mul(unit_seconds)?);
    (validity >= SHORTEST).then_some(validity)
}

#[cfg(test)]
mod tests;
