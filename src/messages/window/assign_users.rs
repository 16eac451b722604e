//! Texts of Step 3, assigning users and groups in Entra.

use crate::i18n::Text;

pub const ASSIGN_INTRO: Text = Text::new(
    "Entra only sends the people assigned to the enterprise application, as long as its provisioning scope is \"Sync only assigned users and groups\" (the recommended setting, step 8).",
    "Entra stuurt alleen de mensen door die aan de bedrijfstoepassing zijn toegewezen, zolang het inrichtingsbereik (Scope) \"Sync only assigned users and groups\" is (de aanbevolen instelling, stap 8).",
);
pub const ASSIGN_PATH: Text = Text::new(
    "In the new app: Users and groups > Add user/group > None Selected > tick people or groups > Select > Assign.",
    "In de nieuwe app: Users and groups (Gebruikers en groepen) > Add user/group > None Selected > vink mensen of groepen aan > Select > Assign.",
);
pub const ASSIGN_GROUPS: Text = Text::new(
    "Assigning whole groups needs Entra ID P1 or P2. Only direct members of a group are sent; groups inside groups are not expanded.",
    "Hele groepen toewijzen vereist Entra ID P1 of P2. Alleen directe leden van een groep worden doorgestuurd; groepen in groepen niet.",
);
pub const ASSIGN_TIP: Text = Text::new(
    "Tip: start with one or two test people; you can add the rest once the first ones arrived.",
    "Tip: begin met een of twee testpersonen; de rest voegt u toe zodra de eersten zijn aangekomen.",
);
pub const SEARCH_TENANT: Text = Text::new(
    "Search your tenant's people and groups",
    "Zoek mensen en groepen in uw tenant",
);
pub const SEARCH: Text = Text::new("Search", "Zoeken");
pub const ADD: Text = Text::new("Add", "Toevoegen");
pub const GROUP: Text = Text::new("group", "groep");
