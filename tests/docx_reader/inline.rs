//! Inline content: tracked changes, fields, links, text boxes, wrappers, formatting, special characters.

use super::*;

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
fn deleted_numbered_paragraphs_are_dropped_and_not_counted() {
    let body = format!(
        r#"{}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr><w:del w:id="8" w:author="A"><w:r><w:delText>Retiré</w:delText></w:r></w:del></w:p>{}"#,
        numbered(1, 0, "Premier"),
        numbered(1, 0, "Deuxième")
    );
    let doc = read(&DocxBuilder::new(&body).numbering(super::structure::NUMBERING));
    assert_eq!(texts(&doc), ["Premier", "Deuxième"]);
    assert_eq!(
        label(&paragraphs(&doc)[1].role),
        Some((0, MarkerKind::Decimal, Some("2.".into())))
    );
}

#[test]
fn ruby_reads_its_base_text_only() {
    let body = r#"<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"#;
    assert_eq!(texts(&read(&DocxBuilder::new(body))), ["東京"]);
}

#[test]
fn a_field_that_never_ends_hides_text_for_a_bounded_stretch_only() {
    let mut body = r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>"#.to_string();
    for i in 0..40 {
        body.push_str(&para(&format!("ligne {i}")));
    }
    let doc = read(&DocxBuilder::new(&body));
    assert!(texts(&doc).contains(&"ligne 39".to_string()));
}

#[test]
fn field_results_may_span_paragraphs() {
    let body = format!(
        r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \o "1-3"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Introduction 1</w:t></w:r></w:p>{}<w:p><w:r><w:t>Débat 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>{}"#,
        para("Présentation 2"),
        para("Corps")
    );
    let doc = read(&DocxBuilder::new(&body));
    assert_eq!(
        texts(&doc),
        ["Introduction 1", "Présentation 2", "Débat 3", "Corps"]
    );
}
