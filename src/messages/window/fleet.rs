//! Texts of the window's "All your SCIM apps" view (the per-app words are in `messages::fleet`).

use crate::i18n::Text;

pub const FLEET_OPEN: Text = Text::new("See all your SCIM apps", "Al uw SCIM-apps bekijken");
pub const FLEET_OPEN_NOTE: Text = Text::new(
    "Every app of your organisations side by side: SCIM on or off, the live test with each app's own token, and how many users each has. Nothing is changed.",
    "Alle apps van uw organisaties naast elkaar: SCIM aan of uit, de live test met het eigen token van elke app, en hoeveel gebruikers elk heeft. Er wordt niets gewijzigd.",
);
pub const FLEET_BACK: Text = Text::new("Back to the setup", "Terug naar de installatie");
pub const FLEET_CHECKING: Text = Text::new(
    "Checking every app… (each gets at most 20 seconds)",
    "Alle apps worden gecontroleerd… (elk krijgt hoogstens 20 seconden)",
);
pub const FLEET_AGAIN: Text = Text::new("Check again", "Opnieuw controleren");
pub const FLEET_FILTER: Text = Text::new(
    "Filter (name, organisation or number)",
    "Filter (naam, organisatie of nummer)",
);
pub const FLEET_ATTENTION: Text = Text::new(
    "Only apps that need something",
    "Alleen apps die iets nodig hebben",
);
pub const FLEET_SORT: Text = Text::new("Order by", "Sorteren op");
pub const FLEET_BY_STATUS: Text = Text::new("status", "status");
pub const FLEET_BY_NAME: Text = Text::new("name", "naam");
pub const FLEET_BY_ORGANIZATION: Text = Text::new("organisation", "organisatie");
pub const FLEET_NO_MATCH: Text = Text::new("No app matches.", "Geen app komt overeen.");
pub const FLEET_CLICK: Text = Text::new(
    "Click an app to open it at the step where its next thing to do is.",
    "Klik op een app om hem te openen bij de stap waar de volgende handeling is.",
);
