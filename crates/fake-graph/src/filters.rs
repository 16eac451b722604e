//! Graph's `$filter` and path segments, as far as the assistant uses them.

/// Graph's `$filter` as far as the assistant uses it: `a eq 'x'` and `startswith(a,'x')`, joined
/// by `or` (case-insensitive, as Graph's directory filters are).
pub fn matches_filter(filter: &str, fields: &[(&str, &str)]) -> bool {
    filter.split(" or ").any(|clause| {
        let clause = clause.trim();
        fields.iter().any(|(name, value)| {
            if let Some(wanted) = filter_literal(clause, name) {
                return value.eq_ignore_ascii_case(&wanted);
            }
            let prefix = format!("startswith({name},'");
            clause
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix("')"))
                .is_some_and(|start| {
                    value
                        .to_lowercase()
                        .starts_with(&start.replace("''", "'").to_lowercase())
                })
        })
    })
}

/// A path segment percent-decoded, as Graph reads `users/ada%40contoso.example`.
pub fn percent_decoded(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `displayName eq 'x'` → `x` (quotes doubled inside, graph.md §4).
pub fn filter_literal(filter: &str, attribute: &str) -> Option<String> {
    let start = filter.find(&format!("{attribute} eq '"))? + attribute.len() + 5;
    let rest = &filter[start..];
    let mut value = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
                value.push('\'');
            } else {
                return Some(value);
            }
        } else {
            value.push(c);
        }
    }
    None
}
