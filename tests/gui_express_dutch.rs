//! "Set it up for me" in Dutch, in practice mode. In its own test binary because the language is
//! process-wide.

#![cfg(feature = "practice")]

mod support;

#[test]
fn set_it_up_for_me_works_in_dutch_too() {
    scim_assistant::i18n::set_lang(scim_assistant::i18n::Lang::Nl);
    let actions = support::practice::express_path(
        [
            "Regel het voor mij",
            "Inloggen",
            "Aanmelden bij Microsoft",
            "Koppelen",
        ],
        "Alex Wilber (alex@contoso.example) staat in Notes: de koppeling werkt.",
    );
    assert_eq!(actions, 4);
}
