use super::*;

const SENTINEL: &str = "SENTINELtokenQx7Vb2Np9Lk4Rt6Wm8Zc1Yd3Hf5";

fn sample(now: SystemTime) -> HandOff {
    HandOff {
        app_id: 42,
        app_name: "Notes".into(),
        server: "https://appsemble.example".into(),
        tenant_url: "https://appsemble.example/api/apps/42/scim".into(),
        token: Secret::new(SENTINEL),
        connection: Some(true),
        provisioning: None,
        made_by: "owner@example.com".into(),
        made_at: time(seconds(now)),
        expires_at: time(seconds(now + DEFAULT_VALIDITY)),
    }
}

#[test]
fn a_sealed_hand_off_opens_with_its_passphrase_and_holds_no_secret_in_clear() {
    let now = SystemTime::now();
    let passphrase = new_passphrase().unwrap();
    let file = seal(&sample(now), &passphrase).unwrap();
    assert!(
        file.starts_with(ARMOR_START),
        "armored, fit for mail: {file}"
    );
    assert!(!file.contains(SENTINEL), "the token is never in clear");
    assert!(!file.contains(passphrase.expose()));
    assert!(!file.contains("Notes") && !file.contains("appsemble.example"));
    let opened = open(file.as_bytes(), &passphrase, now).unwrap();
    assert_eq!(opened, sample(now));
}

#[test]
fn each_way_a_file_cannot_be_opened_has_its_own_answer() {
    let now = SystemTime::now();
    let passphrase = new_passphrase().unwrap();
    let file = seal(&sample(now), &passphrase).unwrap();
    let other = new_passphrase().unwrap();
    assert_eq!(
        open(file.as_bytes(), &other, now),
        Err(OpenError::WrongPassphrase)
    );
    let later = now + DEFAULT_VALIDITY + Duration::from_secs(1);
    assert!(matches!(
        open(file.as_bytes(), &passphrase, later),
        Err(OpenError::Expired { .. })
    ));
    // One character of the payload changed (the last line before the armor's end).
    let mut lines: Vec<String> = file.lines().map(str::to_string).collect();
    let payload = lines.len() - 2;
    let flipped: String = lines[payload]
        .chars()
        .enumerate()
        .map(|(i, c)| match (i, c) {
            (3, 'A') => 'B',
            (3, _) => 'A',
            _ => c,
        })
        .collect();
    lines[payload] = flipped;
    let tampered = lines.join("\n") + "\n";
    assert_eq!(
        open(tampered.as_bytes(), &passphrase, now),
        Err(OpenError::Damaged)
    );
    let cut = &file.as_bytes()[..file.len() / 2];
    assert_eq!(open(cut, &passphrase, now), Err(OpenError::Damaged));
}

#[test]
fn files_of_other_tools_are_named_as_such() {
    let now = SystemTime::now();
    let passphrase = new_passphrase().unwrap();
    assert_eq!(
        open(b"Tenant URL: https://x\nToken: abc\n", &passphrase, now),
        Err(OpenError::NotAHandOff)
    );
    // An age file sealed to someone's key (as `age -r` makes), not with a passphrase.
    let key = age::x25519::Identity::generate();
    let theirs = age::encrypt_and_armor(&key.to_public(), b"hello").unwrap();
    assert_eq!(
        open(theirs.as_bytes(), &passphrase, now),
        Err(OpenError::NotAHandOff)
    );
    // A passphrase age file holding something else (as `age -p` makes).
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.expose()));
    let other = age::encrypt_and_armor(&recipient, b"{\"format\":\"other\"}").unwrap();
    assert_eq!(
        open(other.as_bytes(), &passphrase, now),
        Err(OpenError::NotAHandOff)
    );
}

#[test]
fn passphrases_are_six_listed_words_and_differ() {
    let a = new_passphrase().unwrap();
    let b = new_passphrase().unwrap();
    assert_ne!(a, b);
    let words: Vec<&str> = a.expose().split('-').collect();
    assert_eq!(words.len(), PASSPHRASE_WORDS);
    let list = eff_wordlist::large::LIST;
    assert!(words.iter().all(|w| list.iter().any(|(_, l)| l == w)));
}

#[test]
fn validity_is_read_in_minutes_hours_and_days_from_one_minute() {
    assert_eq!(parse_validity("30m"), Some(Duration::from_secs(1800)));
    assert_eq!(parse_validity("12h"), Some(Duration::from_secs(43200)));
    assert_eq!(parse_validity("7d"), Some(DEFAULT_VALIDITY));
    assert_eq!(parse_validity("7"), Some(DEFAULT_VALIDITY));
    assert_eq!(parse_validity("1m"), Some(SHORTEST));
    assert_eq!(parse_validity("0m"), None);
    assert_eq!(parse_validity("59s"), None);
    assert_eq!(parse_validity("soon"), None);
    assert_eq!(parse_validity(""), None);
}
