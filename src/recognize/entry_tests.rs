//! Participant entries in every layout, on invented lines.

use super::*;

fn e(text: &str) -> Entry {
    parse_entry(text).unwrap_or_else(|| panic!("no person in {text:?}"))
}

fn fields(x: &Entry) -> (&str, Option<&str>, Option<&str>) {
    (
        x.name.as_str(),
        x.role.as_deref(),
        x.organization.as_deref(),
    )
}

#[test]
fn name_role_dash_organisation() {
    let x = e("Sandrine Kerhervé, chargée de mission Balkans – Ville de Quimperlé");
    assert_eq!(
        fields(&x),
        (
            "Sandrine Kerhervé",
            Some("chargée de mission Balkans"),
            Some("Ville de Quimperlé")
        )
    );
    let x =
        e("Omar Benali, adjoint au maire délégué aux jumelages – Mairie de Vierzon (à distance)");
    assert_eq!(x.organization.as_deref(), Some("Mairie de Vierzon"));
    assert_eq!(x.attendance, Some(Att::Remote));
    let x = e("Lina Costa, trésorière – association Les Amis de Mindelo");
    assert_eq!(
        x.organization.as_deref(),
        Some("association Les Amis de Mindelo")
    );
}

#[test]
fn surname_first_with_slashes() {
    let x = e("- ABGRALL Yann / Conseil départemental du Morbihan / directeur adjoint");
    assert_eq!(
        fields(&x),
        (
            "ABGRALL Yann",
            Some("directeur adjoint"),
            Some("Conseil départemental du Morbihan")
        )
    );
    let x = e("PERRIN-DIOP Awa / MEAE – DAECT / chargée de mission");
    assert_eq!(x.organization.as_deref(), Some("MEAE – DAECT"));
}

#[test]
fn civility_name_role_organisation_in_parentheses() {
    let x = e("Mme GUÉGUEN Maëlle, vice-présidente déléguée à l'Europe (Région Normandie)");
    assert_eq!(
        fields(&x),
        (
            "GUÉGUEN Maëlle",
            Some("vice-présidente déléguée à l'Europe"),
            Some("Région Normandie")
        )
    );
    assert_eq!(x.civility, Some("Mme"));
    let x = e("M. PHAN Duc Anh, conseiller (Comité populaire de Da Nang)");
    assert_eq!(
        x.organization.as_deref(),
        Some("Comité populaire de Da Nang")
    );
    let x = e("Mme VAN DER MEER Ilse, cheffe de projet (Capitale de Tirana)");
    assert_eq!(x.name, "VAN DER MEER Ilse");
    assert_eq!(x.organization.as_deref(), Some("Capitale de Tirana"));
}

#[test]
fn organisation_in_parentheses_then_role() {
    let x = e("Hugo Lemaire (Communauté de communes du Val d'Oust), vice-président");
    assert_eq!(
        fields(&x),
        (
            "Hugo Lemaire",
            Some("vice-président"),
            Some("Communauté de communes du Val d'Oust")
        )
    );
}

#[test]
fn numbered_signing_sheet_with_status() {
    let x = e("7. TALL Moussa, secrétaire général – Commune de Podor (excusé)");
    assert_eq!(
        fields(&x),
        (
            "TALL Moussa",
            Some("secrétaire général"),
            Some("Commune de Podor")
        )
    );
    assert_eq!(x.attendance, Some(Att::Excused));
    let x = e("3. SARR Aïda, maire – Commune de Matam (représentée par NDIAYE Fatou)");
    assert_eq!(x.attendance, Some(Att::Represented));
    assert_eq!(x.proxy.as_deref(), Some("NDIAYE Fatou"));
    assert_eq!(x.organization.as_deref(), Some("Commune de Matam"));
}

#[test]
fn role_of_a_named_body() {
    let x = e("Yannick Le Dréau : Président de Code Léon");
    assert_eq!(
        fields(&x),
        ("Yannick Le Dréau", Some("Président"), Some("Code Léon"))
    );
    let x = e("Agnès Tual, trésorière de l'Amicale Laïque");
    assert_eq!(x.organization.as_deref(), Some("Amicale Laïque"));
    let x = e("Paul Jégo, président du groupe-pays Liban");
    assert_eq!(x.organization, None);
}

#[test]
fn acronyms_and_bodies_are_not_people() {
    assert_eq!(parse_entry("Ville de Brest, service jumelages"), None);
    assert_eq!(parse_entry("DAECT / MEAE"), None);
    assert_eq!(parse_entry("chargée de mission"), None);
}

#[test]
fn segments_split_outside_parentheses() {
    let s = segments("A B, c (D, E) – F/G");
    let texts: Vec<&str> = s.iter().map(|x| x.text).collect();
    assert_eq!(texts, ["A B", "c", "D, E", "F", "G"]);
    assert!(s[2].in_parens);
}

#[test]
fn a_given_name_alone_with_its_role() {
    let x = e("Maëlle, secrétaire de séance");
    assert_eq!(fields(&x), ("Maëlle", Some("secrétaire de séance"), None));
    assert_eq!(parse_entry("Bretagne, Finistère"), None);
}

#[test]
fn handles_and_nicknames() {
    assert_eq!(e("zoupla (Maëlle Tanguy)").name, "Maëlle Tanguy");
    assert_eq!(e("Bertrand (Titou)").name, "Bertrand (Titou)");
}
#[test]
fn family_names_opening_with_a_particle() {
    let x = e("Mme LE GALL Nolwenn, cheffe de service (Ville de Morlaix)");
    assert_eq!(x.name, "LE GALL Nolwenn");
    let x = e("M. DA COSTA Rui, conseiller municipal");
    assert_eq!(x.name, "DA COSTA Rui");
    let x = e("Mme Le Floch, trésorière");
    assert_eq!(x.name, "Le Floch");
    assert_eq!(parse_entry("Le Bureau, à l'unanimité"), None);
}

#[test]
fn a_month_word_ending_a_name() {
    assert_eq!(e("Mme Trịnh Thu Mai, interprète").name, "Trịnh Thu Mai");
    assert_eq!(parse_entry("Lundi 4 Mai"), None);
}
#[test]
fn family_name_then_initials() {
    let x = e("4. PRIGENT Y.-M., conseiller délégué – Ville de Guingamp (présent)");
    assert_eq!(
        fields(&x),
        (
            "PRIGENT Y.-M.",
            Some("conseiller délégué"),
            Some("Ville de Guingamp")
        )
    );
    assert_eq!(e("M. HAMON G., trésorier").name, "HAMON G.");
    assert_eq!(
        e("9. PRIMA A.-F., chargée de mission – Ville de Lannion").name,
        "PRIMA A.-F."
    );
    assert_eq!(e("BLIN E., adjoint au maire").name, "BLIN E.");
    assert_eq!(e("GUILLOU A., conseillère").name, "GUILLOU A.");
    // An acronym after a family name in capitals is still not name.
    assert_eq!(e("M. QUÉRÉ CGT").name, "QUÉRÉ");
}

#[test]
fn an_acronym_in_parentheses_stays_with_its_organisation() {
    let x = e("TOURÉ Léon, délégué – Union des maires du Sénégal (UMS) (présent)");
    assert_eq!(
        x.organization.as_deref(),
        Some("Union des maires du Sénégal (UMS)")
    );
    assert_eq!(x.attendance, Some(Att::Present));
}

#[test]
fn an_acronym_with_its_city_and_an_ordinal_role() {
    let x = e("Mme Hana CHO, Chargée de projets, KOTRA Busan");
    assert_eq!(x.organization.as_deref(), Some("KOTRA Busan"));
    let x = e("M. Quang VO, 2ème Conseiller de l'Ambassade du Vietnam en France");
    assert_eq!(
        x.role.as_deref(),
        Some("2ème Conseiller de l'Ambassade du Vietnam en France")
    );
    let x = e("Linh Pham 1er secrétaire");
    assert_eq!(fields(&x), ("Linh Pham", Some("1er secrétaire"), None));
}

#[test]
fn scripts_that_fold_to_other_lengths_are_cut_whole() {
    let x = e("M. Kim Min-jun, directeur (서울특별시청) – représenté par Mme Œlla Lee");
    assert_eq!(x.organization.as_deref(), Some("서울특별시청"));
    assert_eq!(x.proxy.as_deref(), Some("Mme Œlla Lee"));
    let x = e("Mme Ngọc Ánh Lý, chargée de mission – Sở Ngoại vụ Huế");
    assert_eq!(x.organization.as_deref(), Some("Sở Ngoại vụ Huế"));
}

#[test]
fn representing_a_body() {
    let x = e("Rémi GUYOT, représentant LES AMIS DU PARC en remplacement de Zoé PAGE");
    assert_eq!(
        fields(&x),
        ("Rémi GUYOT", Some("représentant"), Some("LES AMIS DU PARC"))
    );
    let x = e("Mme Iris Kervadec, représentante de l'Agence de l'eau");
    assert_eq!(x.organization.as_deref(), Some("Agence de l'eau"));
    let x = e("M. Tom Abel, représentant la Ville de Dol");
    assert_eq!(x.organization.as_deref(), Some("Ville de Dol"));
}

#[test]
fn initials_after_the_name_are_an_alias() {
    let x = e("Inès Caradec (IC), conseillère municipale, Ville de Morlaix");
    assert_eq!(x.alias.as_deref(), Some("IC"));
    assert_eq!(x.organization.as_deref(), Some("Ville de Morlaix"));
    let x = e("Goulven Le Meur (GLM), trésorier");
    assert_eq!(x.alias.as_deref(), Some("GLM"));
    let x = e("Paul Abel (CGT), délégué");
    assert_eq!((x.alias, x.organization.as_deref()), (None, Some("CGT")));
}

#[test]
fn the_first_role_naming_a_body_gives_the_organisation() {
    let x = e("Mme Nolwenn Guégan, maire adjointe de la Ville de Rostrenen, présidente du groupe-pays Togo");
    assert_eq!(
        fields(&x),
        (
            "Nolwenn Guégan",
            Some("maire adjointe, présidente du groupe-pays Togo"),
            Some("Ville de Rostrenen")
        )
    );
    let x = e("M. Komlan Mensah, premier adjoint au maire de la commune de Tsévié");
    assert_eq!(x.organization.as_deref(), Some("commune de Tsévié"));
    let x = e("Mme Lou Bihan, chargée de mission de la Région Bretagne");
    assert_eq!(
        fields(&x),
        (
            "Lou Bihan",
            Some("chargée de mission"),
            Some("Région Bretagne")
        )
    );
}

#[test]
fn signing_sheet_with_dot_leaders() {
    let x = e("Madame Rose LE GALL ........ trésorière ........ Ville de Guingamp ........ visio");
    assert_eq!(
        fields(&x),
        (
            "Rose LE GALL",
            Some("trésorière"),
            Some("Ville de Guingamp")
        )
    );
    assert_eq!(x.attendance, Some(Att::Remote));
    let x = e("DE LA ROCHE Yann (Région Bretagne), chef de projet, en visioconférence");
    assert_eq!(x.name, "DE LA ROCHE Yann");
    assert_eq!(x.attendance, Some(Att::Remote));
}

#[test]
fn labels_without_the_arrival_noted_after_the_role() {
    assert_eq!(
        label_fields("FO (suppléante arrivée à 10 h 05)"),
        (Some("suppléante".to_string()), Some("FO".to_string()))
    );
}

#[test]
fn a_territorial_body_further_in_the_role() {
    let x = e("Mme Lou Tanguy, chargée de mission coopération à la mairie de Paimpol");
    assert_eq!(
        fields(&x),
        (
            "Lou Tanguy",
            Some("chargée de mission coopération"),
            Some("mairie de Paimpol")
        )
    );
    let x = e(
        "M. Sami Khoury, ingénieur responsable du service des eaux de la municipalité de Jéricho",
    );
    assert_eq!(x.organization.as_deref(), Some("municipalité de Jéricho"));
    // A service alone is part of the role.
    let x = e("M. Paul Abel, chef du service des sports");
    assert_eq!(
        fields(&x),
        ("Paul Abel", Some("chef du service des sports"), None)
    );
}
