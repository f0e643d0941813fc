//! Paragraph roles: titles, headings, list numbering, checkboxes, drop caps.

use super::*;

pub(crate) const HEADING_STYLES: &str = r#"
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="Titre 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Fancy body"/></w:style>
<w:style w:type="paragraph" w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SousPlan"><w:name w:val="Sous plan"/><w:basedOn w:val="Plan"/></w:style>
<w:style w:type="paragraph" w:styleId="SousTitre"><w:name w:val="Subtitle"/><w:basedOn w:val="Titre"/></w:style>
<w:style w:type="paragraph" w:styleId="Intertitre"><w:name w:val="Intertitre"/><w:basedOn w:val="Titre1"/></w:style>
"#;

#[test]
fn headings_come_from_outline_levels_and_localized_style_names() {
    let body = [
        styled("Titre", "Compte-rendu"),
        styled("SousTitre", "Sous-titre"),
        styled("Titre1", "Introduction"),
        styled("Titre2", "Contexte"),
        styled("Heading1", "Pas un titre"),
        styled("Plan", "Niveau trois"),
        styled("SousPlan", "Herite du plan"),
        styled("Intertitre", "Herite du titre 1"),
        "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Direct</w:t></w:r></w:p>".into(),
    ]
    .concat();
    let doc = read(&DocxBuilder::new(&body).styles(HEADING_STYLES));
    let roles: Vec<Role> = paragraphs(&doc).iter().map(|p| p.role.clone()).collect();
    let h = |level| Role::Heading {
        level,
        number: None,
    };
    assert_eq!(
        roles,
        [
            Role::Title,
            Role::Normal,
            h(1),
            h(2),
            Role::Normal,
            h(3),
            h(3),
            h(1),
            h(2)
        ]
    );
}

pub(crate) const NUMBERING: &str = r#"
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1 -"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
"#;

#[test]
fn numbering_renders_labels_with_counters() {
    let body = [
        numbered(1, 0, "Un"),
        numbered(1, 0, "Deux"),
        numbered(1, 1, "Deux point un"),
        numbered(1, 1, "Deux point deux"),
        numbered(1, 0, "Trois"),
        numbered(2, 0, "Puce"),
        numbered(2, 1, "Sous-puce"),
        numbered(3, 0, "Lettre a"),
        numbered(3, 0, "Lettre b"),
        numbered(4, 0, "Repris a quatre"),
        numbered(5, 0, "Romain"),
        numbered(0, 0, "Sans numero"),
    ]
    .concat();
    let doc = read(&DocxBuilder::new(&body).numbering(NUMBERING));
    let labels: Vec<_> = paragraphs(&doc).iter().map(|p| label(&p.role)).collect();
    let d = |level, l: &str| Some((level, MarkerKind::Decimal, Some(l.to_string())));
    assert_eq!(labels[0], d(0, "1."));
    assert_eq!(labels[1], d(0, "2."));
    assert_eq!(labels[2], d(1, "2.1"));
    assert_eq!(labels[3], d(1, "2.2"));
    assert_eq!(labels[4], d(0, "3."));
    assert_eq!(labels[5], Some((0, MarkerKind::Bullet, None)));
    assert_eq!(labels[6], Some((1, MarkerKind::Bullet, None)));
    assert_eq!(labels[7], Some((0, MarkerKind::Letter, Some("a)".into()))));
    assert_eq!(labels[8], Some((0, MarkerKind::Letter, Some("b)".into()))));
    assert_eq!(labels[9], d(0, "4."));
    assert_eq!(labels[10], Some((0, MarkerKind::Roman, Some("I -".into()))));
    assert_eq!(labels[11], None);
    assert_eq!(paragraphs(&doc)[11].role, Role::Normal);
}

#[test]
fn numbering_from_style_and_numbered_headings_keep_their_number() {
    let styles = format!(
        "{HEADING_STYLES}{}",
        r#"<w:style w:type="paragraph" w:styleId="Paragraphedeliste"><w:name w:val="List Paragraph"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>"#
    );
    let body = [
        "<w:p><w:pPr><w:pStyle w:val=\"Titre1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Introduction</w:t></w:r></w:p>".to_string(),
        styled("Paragraphedeliste", "Point"),
        "<w:p><w:pPr><w:pStyle w:val=\"Paragraphedeliste\"/><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Sous-point</w:t></w:r></w:p>".to_string(),
        "<w:p><w:pPr><w:pStyle w:val=\"Paragraphedeliste\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Plus de puce</w:t></w:r></w:p>".to_string(),
        "<w:p><w:pPr><w:pStyle w:val=\"Titre1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Suite</w:t></w:r></w:p>".to_string(),
    ]
    .concat();
    let doc = read(&DocxBuilder::new(&body).styles(&styles).numbering(NUMBERING));
    let ps = paragraphs(&doc);
    assert_eq!(
        ps[0].role,
        Role::Heading {
            level: 1,
            number: Some("1.".into())
        }
    );
    assert_eq!(ps[0].text(), "Introduction");
    assert_eq!(label(&ps[1].role), Some((0, MarkerKind::Bullet, None)));
    assert_eq!(label(&ps[2].role), Some((1, MarkerKind::Bullet, None)));
    assert_eq!(ps[3].role, Role::Normal);
    assert_eq!(
        ps[4].role,
        Role::Heading {
            level: 1,
            number: Some("2.".into())
        }
    );
}

#[test]
fn restarted_instances_share_the_outer_counters_of_their_definition() {
    let numbering = format!(
        "{NUMBERING}{}",
        r#"<w:num w:numId="6"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
    );
    let body = [
        numbered(1, 0, "Chapitre un"),
        numbered(1, 1, "Section"),
        numbered(1, 0, "Chapitre deux"),
        numbered(6, 1, "Section reprise"),
    ]
    .concat();
    let doc = read(&DocxBuilder::new(&body).numbering(&numbering));
    let labels: Vec<_> = paragraphs(&doc).iter().map(|p| label(&p.role)).collect();
    assert_eq!(
        labels[3],
        Some((1, MarkerKind::Decimal, Some("2.1".into())))
    );
}

#[test]
fn numbering_style_links_borrow_the_linked_definition() {
    let styles = r#"<w:style w:type="numbering" w:styleId="ListeNumeros"><w:name w:val="Liste numeros"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#;
    let numbering = format!(
        "{NUMBERING}{}",
        r#"<w:abstractNum w:abstractNumId="9"><w:numStyleLink w:val="ListeNumeros"/></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>"#
    );
    let body = [numbered(9, 0, "Premier"), numbered(9, 1, "Sous")].concat();
    let doc = read(&DocxBuilder::new(&body).styles(styles).numbering(&numbering));
    let labels: Vec<_> = paragraphs(&doc).iter().map(|p| label(&p.role)).collect();
    assert_eq!(labels[0], Some((0, MarkerKind::Decimal, Some("1.".into()))));
    assert_eq!(
        labels[1],
        Some((1, MarkerKind::Decimal, Some("1.1".into())))
    );
}

#[test]
fn empty_numbered_items_keep_their_number() {
    let body = [
        numbered(1, 0, ""),
        numbered(1, 0, "Deux"),
        numbered(2, 0, ""),
    ]
    .concat();
    let doc = read(&DocxBuilder::new(&body).numbering(NUMBERING));
    let labels: Vec<_> = paragraphs(&doc).iter().map(|p| label(&p.role)).collect();
    assert_eq!(labels.len(), 2, "an empty bullet is dropped");
    assert_eq!(labels[0], Some((0, MarkerKind::Decimal, Some("1.".into()))));
}

#[test]
fn checkbox_content_controls_become_checkbox_items() {
    let body = r#"<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> Présent</w:t></w:r></w:p>"#;
    let doc = read(&DocxBuilder::new(body));
    let p = paragraphs(&doc)[0];
    assert_eq!(p.text().trim(), "Présent");
    match &p.role {
        Role::ListItem { marker, .. } => {
            assert_eq!(marker.kind, MarkerKind::Checkbox);
            assert_eq!(marker.checked, Some(true));
        }
        r => panic!("unexpected {r:?}"),
    }
}

#[test]
fn drop_cap_letter_joins_its_paragraph() {
    let body = format!(
        r#"<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3"/></w:pPr><w:r><w:t>L</w:t></w:r></w:p>{}"#,
        para("a séance est ouverte.")
    );
    let doc = read(&DocxBuilder::new(&body));
    assert_eq!(texts(&doc), ["La séance est ouverte."]);
}

#[test]
fn legacy_form_checkboxes_become_checkbox_items() {
    let body = r#"<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> Excusé</w:t></w:r></w:p>"#;
    let doc = read(&DocxBuilder::new(body));
    match &paragraphs(&doc)[0].role {
        Role::ListItem { marker, .. } => assert_eq!(marker.checked, Some(true)),
        r => panic!("unexpected {r:?}"),
    }
}
