//! English and Dutch. Every text exists in both languages by construction: a [`Text`] constant
//! holds both, and [`tr!`](crate::tr) takes both format strings. Appsemble is a Dutch company and
//! many of its customers' admins read Dutch first.

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language's own name, for the switch in the window.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
        }
    }

    /// Reads a locale such as `nl_NL.UTF-8`, `nl-BE` or `en_US`; anything not Dutch is English.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if language == "nl" { Lang::Nl } else { Lang::En }
    }

    /// The language the command line uses: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX
    /// tools do.
    pub fn from_environment(env: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| env(name).filter(|v| !v.is_empty()))
            .map(|locale| Lang::from_locale(&locale))
            .unwrap_or_default()
    }

    /// The language of the desktop session (also on Windows and macOS).
    pub fn from_system() -> Lang {
        sys_locale::get_locale()
            .map(|locale| Lang::from_locale(&locale))
            .unwrap_or_else(|| Lang::from_environment(|k| std::env::var(k).ok()))
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language texts are shown in now.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Nl,
        _ => Lang::En,
    }
}

pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// A fixed text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub nl: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, nl: &'static str) -> Self {
        Self { en, nl }
    }

    /// The text in the current language.
    pub fn get(self) -> &'static str {
        self.in_lang(lang())
    }

    pub fn in_lang(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Nl => self.nl,
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.get().to_string()
    }
}

/// Formats the English or the Dutch string for `lang`, with inline arguments:
/// `tr!(lang; "{n} users", "{n} gebruikers")`.
#[macro_export]
macro_rules! tr {
    ($lang:expr; $en:literal, $nl:literal $(,)?) => {
        match $lang {
            $crate::i18n::Lang::En => format!($en),
            $crate::i18n::Lang::Nl => format!($nl),
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_locales_are_recognised_and_everything_else_is_english() {
        for dutch in ["nl", "nl_NL.UTF-8", "nl-BE", "NL_nl", "nl_NL@euro"] {
            assert_eq!(Lang::from_locale(dutch), Lang::Nl, "{dutch}");
        }
        for other in ["en_US.UTF-8", "de_DE", "C", "POSIX", "", "fr-BE"] {
            assert_eq!(Lang::from_locale(other), Lang::En, "{other}");
        }
        let env = |name: &str| match name {
            "LANG" => Some("nl_NL.UTF-8".to_string()),
            "LC_ALL" => Some(String::new()),
            _ => None,
        };
        assert_eq!(Lang::from_environment(env), Lang::Nl);
        let overridden = |name: &str| {
            (name == "LC_ALL")
                .then(|| "en_GB".to_string())
                .or_else(|| env(name))
        };
        assert_eq!(Lang::from_environment(overridden), Lang::En);
    }

    #[test]
    fn texts_follow_the_chosen_language() {
        let text = Text::new("Next", "Volgende");
        assert_eq!(text.in_lang(Lang::Nl), "Volgende");
        let n = 3;
        assert_eq!(tr!(Lang::Nl; "{n} users", "{n} gebruikers"), "3 gebruikers");
        assert_eq!(tr!(Lang::En; "{n} users", "{n} gebruikers"), "3 users");
    }
}
