//! DOCX reader tests on small packages built in memory.

mod support;

use cufminutes::model::{Block, Document, FurnitureKind, MarkerKind, Paragraph, Role, Table};
use cufminutes::Error;
use support::docx_builder::{numbered, para, styled, zip_of, DocxBuilder};

fn read(builder: &DocxBuilder) -> Document {
    cufminutes::read_bytes(&builder.build(), Some("test.docx")).expect("document reads")
}

fn read_err(bytes: &[u8]) -> Error {
    match cufminutes::read_bytes(bytes, Some("test.docx")) {
        Ok(doc) => panic!("expected an error, got {doc:?}"),
        Err(e) => e,
    }
}

fn paragraphs(doc: &Document) -> Vec<&Paragraph> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
        .collect()
}

fn texts(doc: &Document) -> Vec<String> {
    paragraphs(doc).iter().map(|p| p.text()).collect()
}

fn first_table(doc: &Document) -> &Table {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            Block::Paragraph(_) => None,
        })
        .expect("a table")
}

fn label(role: &Role) -> Option<(u8, MarkerKind, Option<String>)> {
    match role {
        Role::ListItem { level, marker } => Some((*level, marker.kind, marker.label.clone())),
        _ => None,
    }
}

const HEADING_STYLES: &str = r#"
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="Titre 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Fancy body"/></w:style>
<w:style w:type="paragraph" w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SousPlan"><w:name w:val="Sous plan"/><w:basedOn w:val="Plan"/></w:style>
<w:style w:type="paragraph" w:styleId="Intertitre"><w:name w:val="Intertitre"/><w:basedOn w:val="Titre1"/></w:style>
"#;

#[test]
fn main_part_is_found_through_package_relationships() {
    let doc = read(&DocxBuilder::new(&para("Bonjour")).main_part("contenu/principal.xml"));
    assert_eq!(texts(&doc), ["Bonjour"]);
    let Block::Paragraph(p) = &doc.blocks[0] else {
        panic!("paragraph expected")
    };
    assert_eq!(p.origin.part.as_deref(), Some("contenu/principal.xml"));
}

#[test]
fn main_part_falls_back_to_content_types() {
    let doc = read(&DocxBuilder::new(&para("Ordre du jour")).without_package_rels());
    assert_eq!(texts(&doc), ["Ordre du jour"]);
}

#[test]
fn strict_namespaces_and_other_prefixes_read_alike() {
    let body = format!("{}{}", para("Strict"), styled("Titre1", "Ouverture"));
    let doc = read(
        &DocxBuilder::new(&body)
            .strict()
            .prefix("ns0")
            .styles(HEADING_STYLES),
    );
    assert_eq!(texts(&doc), ["Strict", "Ouverture"]);
    assert_eq!(
        paragraphs(&doc)[1].role,
        Role::Heading {
            level: 1,
            number: None
        }
    );
}

#[test]
fn package_without_word_part_is_unsupported() {
    let bytes = zip_of(&[(
        "[Content_Types].xml".into(),
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#.into(),
    )]);
    match read_err(&bytes) {
        Error::Unsupported { looks_like, .. } => assert!(looks_like.contains("Excel")),
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn headings_come_from_outline_levels_and_localized_style_names() {
    let body = [
        styled("Titre", "Compte-rendu"),
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

const NUMBERING: &str = r#"
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
fn tables_merge_cells_and_mark_header_rows() {
    let cell =
        |props: &str, text: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", para(text));
    let body = format!(
        "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>{}{}</w:tr><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>",
        cell(r#"<w:gridSpan w:val="2"/>"#, "Organisation"),
        cell("", "Participants"),
        cell(r#"<w:vMerge w:val="restart"/>"#, "Ville de Paris"),
        cell("", "Adjoint"),
        cell("", "Jeanne Martin"),
        cell("<w:vMerge/>", ""),
        cell("", "Chargé de mission"),
        cell("", "Paul Durand"),
    );
    let doc = read(&DocxBuilder::new(&body));
    let t = first_table(&doc);
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows[0].header);
    assert!(!t.rows[1].header);
    assert_eq!(t.rows[0].cells[0].col_span, 2);
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[2].cells.len(), 2, "the continuation cell is dropped");
    let Block::Paragraph(p) = &t.rows[2].cells[1].blocks[0] else {
        panic!("paragraph in cell")
    };
    assert_eq!(p.text(), "Paul Durand");
    assert_eq!(p.origin.cell, Some((2, 2)));
}

#[test]
fn nested_tables_are_kept_inside_their_cell() {
    let inner = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>",
        para("Dedans")
    );
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}{inner}</w:tc></w:tr></w:tbl>",
        para("Dehors")
    );
    let doc = read(&DocxBuilder::new(&body));
    let cell = &first_table(&doc).rows[0].cells[0];
    assert_eq!(cell.blocks.len(), 2);
    assert!(matches!(&cell.blocks[1], Block::Table(t) if t.rows[0].cells.len() == 1));
}

#[test]
fn tracked_changes_keep_insertions_and_drop_deletions() {
    let body = r#"<w:p><w:r><w:t xml:space="preserve">Nota bene </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>texte supprimé</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>en 2021</w:t></w:r></w:ins><w:moveFrom><w:r><w:t> ancien</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t> nouveau</w:t></w:r></w:moveTo></w:p>"#;
    let doc = read(&DocxBuilder::new(body));
    assert_eq!(texts(&doc), ["Nota bene en 2021 nouveau"]);
}

#[test]
fn fields_keep_results_and_drop_instructions() {
    let body = r#"<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>21/09/2020</w:t></w:r></w:fldSimple>
<w:r><w:t xml:space="preserve"> page </w:t></w:r>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>b</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
<w:r><w:t xml:space="preserve"> fin</w:t></w:r></w:p>"#;
    let doc = read(&DocxBuilder::new(body));
    assert_eq!(texts(&doc), ["21/09/2020 page b fin"]);
}

#[test]
fn hyperlinks_set_run_links() {
    let body = r#"<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>site</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> et </w:t></w:r><w:hyperlink w:anchor="annexe"><w:r><w:t>annexe</w:t></w:r></w:hyperlink></w:p>"#;
    let doc = read(&DocxBuilder::new(body).rel(
        "rIdLink",
        "hyperlink",
        "https://cites-unies-france.org/",
        true,
    ));
    let runs = &paragraphs(&doc)[0].runs;
    assert_eq!(
        runs[0].link.as_deref(),
        Some("https://cites-unies-france.org/")
    );
    assert_eq!(runs[1].link, None);
    assert_eq!(runs[2].link.as_deref(), Some("#annexe"));
}

#[test]
fn text_boxes_are_read_once_after_their_paragraph() {
    let content = para("Dans la boîte");
    let body = format!(
        r#"<w:p><w:r><w:t>Ancre</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>{}"#,
        para("Après")
    );
    let doc = read(&DocxBuilder::new(&body));
    assert_eq!(texts(&doc), ["Ancre", "Dans la boîte", "Après"]);
}

#[test]
fn wrappers_are_read_through_at_block_and_run_level() {
    let body = format!(
        r#"<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent></w:sdt><w:customXml>{}</w:customXml><w:p><w:smartTag><w:r><w:t>Paris</w:t></w:r></w:smartTag><w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> et Séoul</w:t></w:r></w:sdtContent></w:sdt><w:customXml><w:r><w:t>.</w:t></w:r></w:customXml></w:p>"#,
        para("Dans un SDT"),
        para("Dans customXml")
    );
    let doc = read(&DocxBuilder::new(&body));
    assert_eq!(
        texts(&doc),
        ["Dans un SDT", "Dans customXml", "Paris et Séoul."]
    );
}

#[test]
fn run_properties_resolve_through_styles() {
    let styles = r#"
<w:style w:type="character" w:styleId="Fort"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="TresFort"><w:name w:val="Very strong"/><w:basedOn w:val="Fort"/></w:style>
<w:style w:type="paragraph" w:styleId="Gras"><w:name w:val="Gras"/><w:rPr><w:b/></w:rPr></w:style>"#;
    let body = r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>gras</w:t></w:r><w:r><w:rPr><w:b w:val="0"/><w:i/></w:rPr><w:t>italique</w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>normal</w:t></w:r><w:r><w:rPr><w:rStyle w:val="TresFort"/></w:rPr><w:t>herite</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>ème</w:t></w:r><w:r><w:rPr><w:caps/></w:rPr><w:t>Song</w:t></w:r><w:r><w:rPr><w:smallCaps/></w:rPr><w:t>Kim</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>cache</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Gras"/></w:pPr><w:r><w:t>style</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>non</w:t></w:r></w:p>"#;
    let doc = read(&DocxBuilder::new(body).styles(styles));
    let ps = paragraphs(&doc);
    let runs: Vec<(&str, bool, bool, bool)> = ps[0]
        .runs
        .iter()
        .map(|r| {
            (
                r.text.as_str(),
                r.style.bold,
                r.style.italic,
                r.style.superscript,
            )
        })
        .collect();
    assert_eq!(
        runs,
        [
            ("gras", true, false, false),
            ("italique", false, true, false),
            ("normal", false, false, false),
            ("herite", true, false, false),
            ("ème", false, false, true),
            ("SONGKIM", false, false, false),
        ]
    );
    assert!(ps[1].runs[0].style.bold);
    assert!(!ps[1].runs[1].style.bold);
}

#[test]
fn special_characters_become_text() {
    let body = r#"<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:br w:type="page"/><w:t>visio</w:t><w:softHyphen/><w:t>conférence</w:t><w:noBreakHyphen/><w:t>x</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Symbol" w:char="F061"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t xml:space="preserve"> espace </w:t></w:r></w:p>"#;
    let doc = read(&DocxBuilder::new(body));
    assert_eq!(texts(&doc), ["a\tb\nc\ndvisioconférence-x•α✓ espace "]);
}

#[test]
fn furniture_is_kept_out_of_the_body() {
    let body = format!(
        r#"{}<w:p><w:r><w:t>Texte</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>"#,
        para("Corps")
    );
    let notes = format!(
        r#"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">{}</w:footnote>"#,
        para("Une note")
    );
    let builder = DocxBuilder::new(&body)
        .rel("rIdH", "header", "header1.xml", false)
        .rel("rIdF", "footer", "footer1.xml", false)
        .rel("rIdN", "footnotes", "footnotes.xml", false)
        .rel("rIdE", "endnotes", "endnotes.xml", false)
        .rel("rIdC", "comments", "comments.xml", false)
        .story("word/header1.xml", "hdr", &para("Cités Unies France"))
        .story("word/footer1.xml", "ftr", &para("Page 7"))
        .story("word/footnotes.xml", "footnotes", &notes)
        .story(
            "word/endnotes.xml",
            "endnotes",
            &format!(r#"<w:endnote w:id="2">{}</w:endnote>"#, para("Fin")),
        )
        .story(
            "word/comments.xml",
            "comments",
            &format!(
                r#"<w:comment w:id="0" w:author="A">{}</w:comment>"#,
                para("À revoir")
            ),
        );
    let doc = read(&builder);
    assert_eq!(texts(&doc), ["Corps", "Texte"]);
    let furniture: Vec<(FurnitureKind, String)> = doc
        .furniture
        .iter()
        .map(|f| {
            let Block::Paragraph(p) = &f.blocks[0] else {
                panic!("paragraph expected")
            };
            (f.kind, p.text())
        })
        .collect();
    assert_eq!(
        furniture,
        [
            (FurnitureKind::Header, "Cités Unies France".to_string()),
            (FurnitureKind::Footer, "Page 7".into()),
            (FurnitureKind::Footnote, "Une note".into()),
            (FurnitureKind::Endnote, "Fin".into()),
            (FurnitureKind::Comment, "À revoir".into()),
        ]
    );
}

#[test]
fn core_properties_are_read_even_with_lower_case_relationship_type() {
    let core = r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Compte-rendu</dc:title><dc:creator>Secrétariat CUF</dc:creator><dcterms:created>2020-09-22T08:41:00Z</dcterms:created><dcterms:modified>2020-09-23T10:14:00Z</dcterms:modified></cp:coreProperties>"#;
    let doc = read(&DocxBuilder::new(&para("x")).core(
        core,
        "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",
    ));
    assert_eq!(doc.properties.title.as_deref(), Some("Compte-rendu"));
    assert_eq!(doc.properties.author.as_deref(), Some("Secrétariat CUF"));
    assert_eq!(
        doc.properties.created.as_deref(),
        Some("2020-09-22T08:41:00Z")
    );
    assert_eq!(
        doc.properties.modified.as_deref(),
        Some("2020-09-23T10:14:00Z")
    );
}

#[test]
fn broken_xml_is_corrupt_and_names_the_part() {
    let bytes = DocxBuilder::new("<w:p><w:r><w:t>ouvert</w:r></w:p>").build();
    match read_err(&bytes) {
        Error::Corrupt { part, .. } => assert_eq!(part, "word/document.xml"),
        e => panic!("unexpected {e:?}"),
    }
}

#[test]
fn deep_nesting_hits_the_depth_limit() {
    let depth = cufminutes::read::docx::MAX_XML_DEPTH + 10;
    let body = format!(
        "{}{}{}",
        "<w:customXml>".repeat(depth),
        para("profond"),
        "</w:customXml>".repeat(depth)
    );
    assert!(matches!(
        read_err(&DocxBuilder::new(&body).build()),
        Error::Limit { .. }
    ));
}

#[test]
fn unknown_entities_are_dropped_without_panic() {
    let doc = read(&DocxBuilder::new(
        "<w:p><w:r><w:t>a&inconnu;b &amp; c&#233;</w:t></w:r></w:p>",
    ));
    assert_eq!(texts(&doc), ["ab & cé"]);
}

#[test]
fn empty_body_is_an_empty_error() {
    assert!(matches!(
        read_err(&DocxBuilder::new("<w:p/>").build()),
        Error::Empty { .. }
    ));
}

#[test]
fn origins_count_blocks_in_reading_order() {
    let body = format!(
        "{}<w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>{}",
        para("un"),
        para("cellule"),
        para("deux")
    );
    let doc = read(&DocxBuilder::new(&body));
    let Block::Paragraph(last) = &doc.blocks[2] else {
        panic!("paragraph expected")
    };
    assert_eq!(first_table(&doc).origin.index, 1);
    assert_eq!(last.origin.index, 3);
    assert_eq!(last.origin.part.as_deref(), Some("word/document.xml"));
    assert_eq!(last.origin.cell, None);
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

/// The shared corpus folder (`CUFMINUTES_SHARED`, else `../shared`), when present.
fn shared_seed() -> Option<std::path::PathBuf> {
    let root = std::env::var_os("CUFMINUTES_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| "../shared".into());
    let seed = root.join("corpus/seed");
    if seed.is_dir() {
        Some(seed)
    } else {
        eprintln!("{}: absent, seed variant checks skipped", seed.display());
        None
    }
}

fn word_bag(text: &str) -> std::collections::HashMap<String, usize> {
    let mut bag = std::collections::HashMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            *bag.entry(w.to_lowercase()).or_insert(0) += 1;
        }
    }
    bag
}

fn bag_f1(a: &str, b: &str) -> f64 {
    let (a, b) = (word_bag(a), word_bag(b));
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0)))
        .sum();
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    2.0 * common as f64 / (na + nb).max(1) as f64
}

#[test]
fn seed_variants_render_the_seed_words() {
    let Some(seed) = shared_seed() else {
        return;
    };
    let stem = "point-pays-coree-2020-09-21";
    let expected = std::fs::read_to_string(seed.join(format!("{stem}.txt")))
        .expect("seed text")
        .replace("^{ème}", "ème")
        .replace("^e ", "e ");
    for variant in ["pandoc", "libreoffice", "word-like"] {
        let doc = cufminutes::read_path(&seed.join(format!("{stem}.{variant}.docx")))
            .expect("seed variant reads");
        let mut text = cufminutes::render_text(&doc);
        for p in paragraphs(&doc) {
            if let Role::Heading {
                number: Some(n), ..
            } = &p.role
            {
                text.push_str(&format!(" {n}"));
            }
        }
        let f1 = bag_f1(&text, &expected);
        assert!(f1 > 0.995, "{variant}: F1 {f1}");
        assert!(!text.contains("supprimé"), "{variant}: deleted text shown");
    }
}

#[test]
fn seed_word_like_variant_keeps_structure_and_furniture() {
    let Some(seed) = shared_seed() else {
        return;
    };
    let doc = cufminutes::read_path(&seed.join("point-pays-coree-2020-09-21.word-like.docx"))
        .expect("word-like variant reads");
    let ps = paragraphs(&doc);
    assert!(ps.iter().any(|p| p.role == Role::Title));
    let numbers: Vec<String> = ps
        .iter()
        .filter_map(|p| match &p.role {
            Role::Heading {
                level: 1,
                number: Some(n),
            } => Some(n.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(numbers, ["1.", "2.", "3.", "4."]);
    let nested = ps
        .iter()
        .filter(|p| matches!(p.role, Role::ListItem { level: 1, .. }))
        .count();
    assert_eq!(nested, 22);
    let text = cufminutes::render_text(&doc);
    assert!(text.contains("Jeong Jae SONG"));
    assert!(text.contains("séances thématiques en 2021"));
    assert!(first_table(&doc).rows[0].header);
    assert!(doc
        .furniture
        .iter()
        .any(|f| f.kind == FurnitureKind::Header));
    assert_eq!(doc.properties.author.as_deref(), Some("Secrétariat CUF"));
    assert_eq!(
        doc.properties.title.as_deref(),
        Some("Compte-rendu du point pays République de Corée")
    );
}

#[test]
fn nesting_just_under_the_depth_limit_reads_without_overflow() {
    let tables = 160;
    let body = format!(
        "{}{}{}",
        "<w:tbl><w:tr><w:tc>".repeat(tables),
        para("au fond"),
        "</w:tc></w:tr></w:tbl>".repeat(tables)
    );
    let doc = read(&DocxBuilder::new(&body));
    assert!(matches!(doc.blocks[0], Block::Table(_)));
    let links = 500;
    let body = format!(
        "<w:p>{}<w:r><w:t>lien</w:t></w:r>{}</w:p>",
        "<w:hyperlink w:anchor=\"a\">".repeat(links),
        "</w:hyperlink>".repeat(links)
    );
    assert_eq!(texts(&read(&DocxBuilder::new(&body))), ["lien"]);
}
