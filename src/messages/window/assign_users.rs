//! Texts of Step 3, assigning users and groups in Entra.

use crate::i18n::Text;

pub const ASSIGN_INTRO: Text = Text::new(
    "Entra only sends the people assigned to the enterprise application.",
    "Entra stuurt alleen de mensen door die aan de enterprise-applicatie zijn toegewezen.",
);
pub const ASSIGN_PATH: Text = Text::new(
    "In the new app: Users and groups > Add user/group > choose people or groups > Assign.",
    "In de nieuwe app: Users and groups > Add user/group > kies mensen of groepen > Assign.",
);
pub const ASSIGN_GROUPS: Text = Text::new(
    "Assigning whole groups needs Entra ID P1 or P2. Only direct members of a group are sent; groups inside groups are not expanded.",
    "Hele groepen toewijzen vraagt Entra ID P1 of P2. Alleen directe leden van een groep worden doorgestuurd; groepen in groepen niet.",
);
pub const ASSIGN_TIP: Text = Text::new(
    "Tip: start with one or two test people; you can add the rest once the first ones arrived.",
    "Tip: begin met een of twee testpersonen; de rest voegt u toe zodra de eersten zijn aangekomen.",
);
