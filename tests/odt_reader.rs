//! ODT reader: each feature on a small package built in memory, then the seed compte-rendu.

#[path = "support/odt_builder.rs"]
mod odt_builder;

use cufminutes::model::{Block, Document, FurnitureKind, MarkerKind, Paragraph, Role};
use cufminutes::Error;
use odt_builder::OdtBuilder;

fn read(b: &OdtBuilder) -> Document {
    match cufminutes::read_bytes(&b.build(), Some("test.odt")) {
        Ok(doc) => doc,
        Err(e) => panic!("reading the fixture failed: {e}"),
    }
}

fn read_body(body: &str) -> Document {
    read(&OdtBuilder::new(body))
}

fn paragraphs(blocks: &[Block]) -> Vec<&Paragraph> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        })
        .collect()
}

fn texts(blocks: &[Block]) -> Vec<String> {
    paragraphs(blocks).iter().map(|p| p.text()).collect()
}

/// (level, label) of every list item.
fn items(doc: &Document) -> Vec<(u8, Option<String>, String)> {
    paragraphs(&doc.blocks)
        .iter()
        .filter_map(|p| match &p.role {
            Role::ListItem { level, marker } => Some((*level, marker.label.clone(), p.text())),
            _ => None,
        })
        .collect()
}

const NUMBERED: &str = r#"
<text:list-style style:name="N">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
  <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/>
  <text:list-level-style-number text:level="3" style:num-format="I" style:num-prefix="(" style:num-suffix=")"/>
  <text:list-level-style-number text:level="4" style:num-format="i" style:num-suffix="."/>
  <text:list-level-style-number text:level="5" style:num-format="A" style:num-suffix="."/>
</text:list-style>
<text:list-style style:name="B">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
  <text:list-level-style-bullet text:level="2" text:bullet-char="◦"/>
</text:list-style>"#;

#[test]
fn paragraphs_headings_and_title() {
    let doc = read(
        &OdtBuilder::new(
            r#"<text:p text:style-name="Title">Compte-rendu</text:p>
               <text:h text:style-name="Heading_20_1" text:outline-level="1">Ouverture</text:h>
               <text:h text:outline-level="2">Budget</text:h>
               <text:h text:style-name="Title" text:outline-level="1">Titre bis</text:h>
               <text:p>Texte</text:p><text:p>  </text:p>"#,
        )
        .common_styles(
            r#"<style:style style:name="Title" style:family="paragraph"/>
               <style:style style:name="Heading_20_1" style:family="paragraph" style:default-outline-level="1"/>"#,
        ),
    );
    let roles: Vec<_> = paragraphs(&doc.blocks)
        .iter()
        .map(|p| p.role.clone())
        .collect();
    assert_eq!(
        roles,
        vec![
            Role::Title,
            Role::Heading {
                level: 1,
                number: None
            },
            Role::Heading {
                level: 2,
                number: None
            },
            Role::Title,
            Role::Normal
        ]
    );
    assert_eq!(texts(&doc.blocks)[1], "Ouverture");
    assert_eq!(doc.format.as_str(), "odt");
}

#[test]
fn nested_lists_have_levels_and_bullets() {
    let doc = read(
        &OdtBuilder::new(
            r#"<text:list text:style-name="B">
             <text:list-item><text:p>un</text:p>
               <text:list><text:list-item><text:p>un-un</text:p></text:list-item></text:list>
             </text:list-item>
             <text:list-item><text:p>deux</text:p></text:list-item>
           </text:list>"#,
        )
        .automatic_styles(NUMBERED),
    );
    let ps = paragraphs(&doc.blocks);
    let levels: Vec<_> = ps
        .iter()
        .map(|p| match &p.role {
            Role::ListItem { level, marker } => (*level, marker.kind, marker.label.clone()),
            other => panic!("not a list item: {other:?}"),
        })
        .collect();
    assert_eq!(
        levels,
        vec![
            (0, MarkerKind::Bullet, None),
            (1, MarkerKind::Bullet, None),
            (0, MarkerKind::Bullet, None)
        ]
    );
    assert_eq!(cufminutes::render_text(&doc), "- un\n  - un-un\n- deux\n");
}

#[test]
fn numbered_lists_render_labels_in_each_format() {
    let doc = read(&OdtBuilder::new(
        r#"<text:list text:style-name="N">
             <text:list-item><text:p>one</text:p>
               <text:list>
                 <text:list-item><text:p>one-a</text:p></text:list-item>
                 <text:list-item><text:p>one-b</text:p>
                   <text:list><text:list-item><text:p>roman</text:p>
                     <text:list><text:list-item><text:p>small</text:p>
                       <text:list><text:list-item><text:p>upper</text:p></text:list-item></text:list>
                     </text:list-item></text:list>
                   </text:list-item></text:list>
                 </text:list-item>
               </text:list>
             </text:list-item>
             <text:list-item><text:p>two</text:p>
               <text:list><text:list-item><text:p>two-a</text:p></text:list-item></text:list>
             </text:list-item>
           </text:list>"#,
    )
    .automatic_styles(NUMBERED));
    let got: Vec<_> = items(&doc)
        .into_iter()
        .map(|(l, lab, _)| (l, lab.unwrap_or_default()))
        .collect();
    let want: Vec<(u8, String)> = [
        (0, "1."),
        (1, "a)"),
        (1, "b)"),
        (2, "(I)"),
        (3, "i."),
        (4, "A."),
        (0, "2."),
        (1, "a)"),
    ]
    .into_iter()
    .map(|(l, s)| (l, s.to_string()))
    .collect();
    assert_eq!(got, want);
    let first = &paragraphs(&doc.blocks)[0];
    match &first.role {
        Role::ListItem { marker, .. } => assert_eq!(marker.kind, MarkerKind::Decimal),
        other => panic!("{other:?}"),
    }
    assert!(cufminutes::render_text(&doc).starts_with("- 1. one\n  - a) one-a\n"));
}

#[test]
fn start_values_and_continued_numbering() {
    let styles = r#"<text:list-style style:name="S">
        <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="." text:start-value="3"/>
      </text:list-style>
      <text:list-style style:name="N">
        <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
      </text:list-style>"#;
    let doc = read(&OdtBuilder::new(
        r#"<text:list text:style-name="S"><text:list-item><text:p>three</text:p></text:list-item>
             <text:list-item><text:p>four</text:p></text:list-item></text:list>
           <text:list text:style-name="N"><text:list-item text:start-value="7"><text:p>seven</text:p></text:list-item></text:list>
           <text:p>between</text:p>
           <text:list text:style-name="N" text:continue-numbering="true"><text:list-item><text:p>eight</text:p></text:list-item></text:list>
           <text:list text:style-name="N"><text:list-item><text:p>restart</text:p></text:list-item></text:list>
           <text:list xml:id="x1" text:style-name="N"><text:list-item><text:p>a1</text:p></text:list-item></text:list>
           <text:list text:style-name="N"><text:list-item><text:p>b1</text:p></text:list-item></text:list>
           <text:list text:style-name="N" text:continue-list="x1"><text:list-item><text:p>a2</text:p></text:list-item></text:list>"#,
    )
    .automatic_styles(styles));
    let labels: Vec<_> = items(&doc)
        .into_iter()
        .map(|(_, l, t)| format!("{} {t}", l.unwrap_or_default()))
        .collect();
    assert_eq!(
        labels,
        vec![
            "3. three",
            "4. four",
            "7. seven",
            "8. eight",
            "1. restart",
            "1. a1",
            "1. b1",
            "2. a2"
        ]
    );
}

#[test]
fn list_style_from_paragraph_style_and_multi_paragraph_items() {
    let doc = read(&OdtBuilder::new(
        r#"<text:list><text:list-item><text:p text:style-name="P1">first</text:p><text:p text:style-name="P1">more</text:p></text:list-item>
             <text:list-item><text:p text:style-name="P1">second</text:p></text:list-item></text:list>"#,
    )
    .automatic_styles(&format!(
        r#"{NUMBERED}<style:style style:name="P1" style:family="paragraph" style:list-style-name="N"/>"#
    )));
    let got: Vec<_> = items(&doc).into_iter().map(|(_, l, t)| (l, t)).collect();
    assert_eq!(
        got,
        vec![
            (Some("1.".to_string()), "first".to_string()),
            (None, "more".to_string()),
            (Some("2.".to_string()), "second".to_string())
        ]
    );
}

#[test]
fn spans_give_bold_italic_superscript_and_caps() {
    let doc = read(
        &OdtBuilder::new(
            r#"<text:p>M. <text:span text:style-name="T1">Song</text:span> : le 2<text:span text:style-name="T2">ème</text:span> et 15<text:span text:style-name="T3">e</text:span> <text:span text:style-name="T4">vite</text:span> <text:span text:style-name="T5">kim</text:span> <text:span text:style-name="T6">bas</text:span></text:p>
               <text:p text:style-name="P1">Tout en gras</text:p>
               <text:p text:style-name="Inherits">Hérité</text:p>
               <text:p><text:span text:style-name="Strong_20_Emphasis">fort</text:span></text:p>"#,
        )
        .automatic_styles(
            r#"<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
               <style:style style:name="T2" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
               <style:style style:name="T3" style:family="text"><style:text-properties style:text-position="33% 58%"/></style:style>
               <style:style style:name="T4" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
               <style:style style:name="T5" style:family="text"><style:text-properties fo:text-transform="uppercase"/></style:style>
               <style:style style:name="T6" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>
               <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
               <style:style style:name="Inherits" style:family="paragraph" style:parent-style-name="Gras"/>"#,
        )
        .common_styles(
            r#"<style:style style:name="Gras" style:family="paragraph"><style:text-properties fo:font-weight="700"/></style:style>
               <style:style style:name="Strong_20_Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"#,
        ),
    );
    let ps = paragraphs(&doc.blocks);
    let p = ps[0];
    assert_eq!(p.text(), "M. Song : le 2ème et 15e vite KIM bas");
    let bold: Vec<_> = p
        .runs
        .iter()
        .filter(|r| r.style.bold)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(bold, vec!["Song"]);
    let sup: Vec<_> = p
        .runs
        .iter()
        .filter(|r| r.style.superscript)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(sup, vec!["ème", "e"]);
    let italic: Vec<_> = p
        .runs
        .iter()
        .filter(|r| r.style.italic)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(italic, vec!["vite"]);
    assert!(ps[1].is_all_bold(), "paragraph-style bold");
    assert!(
        ps[2].is_all_bold(),
        "bold inherited from the parent common style"
    );
    assert!(ps[3].is_all_bold(), "common text style on a span");
}

#[test]
fn links_spaces_tabs_and_breaks() {
    let doc = read_body(
        r#"<text:p>Voir <text:a xlink:type="simple" xlink:href="https://cites-unies.fr/?a=1&amp;b=2">le <text:span>site</text:span></text:a>.</text:p>
           <text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d<text:soft-page-break/>e</text:p>
           <text:p>
              mots   séparés
              par des retours  </text:p>"#,
    );
    let ps = paragraphs(&doc.blocks);
    assert_eq!(ps[0].text(), "Voir le site.");
    let linked: Vec<_> = ps[0]
        .runs
        .iter()
        .filter_map(|r| r.link.as_deref().map(|l| (r.text.as_str(), l)))
        .collect();
    assert_eq!(linked, vec![("le site", "https://cites-unies.fr/?a=1&b=2")]);
    assert_eq!(ps[1].text(), "a   b\tc\nde");
    assert_eq!(ps[2].text(), "mots séparés par des retours");
}

#[test]
fn notes_go_to_furniture_and_citations_leave_the_body() {
    let doc = read_body(
        r#"<text:p>Décision<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Voir annexe.</text:p></text:note-body></text:note> prise.</text:p>
           <text:p>Fin<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>Note de fin.</text:p></text:note-body></text:note></text:p>"#,
    );
    assert_eq!(texts(&doc.blocks), vec!["Décision prise.", "Fin"]);
    let notes: Vec<_> = doc
        .furniture
        .iter()
        .map(|f| (f.kind, texts(&f.blocks)))
        .collect();
    assert_eq!(
        notes,
        vec![
            (FurnitureKind::Footnote, vec!["Voir annexe.".to_string()]),
            (FurnitureKind::Endnote, vec!["Note de fin.".to_string()])
        ]
    );
    assert!(!cufminutes::render_text(&doc).contains("annexe"));
}

#[test]
fn comments_go_to_furniture() {
    let doc = read_body(
        r#"<text:p>Le budget<office:annotation><dc:creator>Jeanne</dc:creator><dc:date>2020-09-21T10:00:00</dc:date><text:p>À vérifier</text:p></office:annotation> est voté<office:annotation-end/>.</text:p>"#,
    );
    assert_eq!(texts(&doc.blocks), vec!["Le budget est voté."]);
    assert_eq!(doc.furniture.len(), 1);
    assert_eq!(doc.furniture[0].kind, FurnitureKind::Comment);
    assert_eq!(texts(&doc.furniture[0].blocks), vec!["À vérifier"]);
}

#[test]
fn tracked_deletions_are_dropped_and_insertions_kept() {
    let doc = read_body(
        r#"<text:tracked-changes>
             <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>texte supprimé</text:p></text:deletion></text:changed-region>
             <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>
           </text:tracked-changes>
           <text:p>Avant<text:change text:change-id="ct1"/> <text:change-start text:change-id="ct2"/>ajouté<text:change-end text:change-id="ct2"/> après</text:p>"#,
    );
    assert_eq!(texts(&doc.blocks), vec!["Avant ajouté après"]);
    assert!(!cufminutes::render_text(&doc).contains("supprimé"));
}

#[test]
fn tables_keep_spans_headers_and_nesting() {
    let doc = read_body(
        r#"<text:p>Avant</text:p>
           <table:table table:name="T">
             <table:table-column table:number-columns-repeated="3"/>
             <table:table-header-rows><table:table-row>
               <table:table-cell table:number-columns-spanned="2"><text:p>Organisation</text:p></table:table-cell>
               <table:covered-table-cell/>
               <table:table-cell><text:p>Nom</text:p></table:table-cell>
             </table:table-row></table:table-header-rows>
             <table:table-row>
               <table:table-cell table:number-rows-spanned="2"><text:p>Ville</text:p></table:table-cell>
               <table:table-cell><text:p>Tours</text:p></table:table-cell>
               <table:table-cell>
                 <table:table><table:table-row><table:table-cell><text:p>interne</text:p></table:table-cell></table:table-row></table:table>
               </table:table-cell>
             </table:table-row>
             <table:table-row>
               <table:covered-table-cell/>
               <table:table-cell><text:p>Marseille</text:p></table:table-cell>
               <table:table-cell><text:p>Roudaut-Lenn</text:p></table:table-cell>
             </table:table-row>
           </table:table>"#,
    );
    let Block::Table(t) = &doc.blocks[1] else {
        panic!("expected a table, got {:?}", doc.blocks[1]);
    };
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows[0].header);
    assert!(!t.rows[1].header);
    assert_eq!(t.rows[0].cells.len(), 2, "covered cells are dropped");
    assert_eq!(t.rows[0].cells[0].col_span, 2);
    assert_eq!(t.rows[1].cells[0].row_span, 2);
    assert_eq!(t.rows[2].cells.len(), 2);
    assert_eq!(texts(&t.rows[2].cells[0].blocks), vec!["Marseille"]);
    // Cell origins give grid coordinates, counting covered cells.
    let p = paragraphs(&t.rows[2].cells[0].blocks)[0];
    assert_eq!(p.origin.cell, Some((2, 1)));
    let Block::Table(inner) = &t.rows[1].cells[2].blocks[0] else {
        panic!("expected a nested table");
    };
    assert_eq!(texts(&inner.rows[0].cells[0].blocks), vec!["interne"]);
    assert_eq!(t.origin.part.as_deref(), Some("content.xml"));
}

#[test]
fn sections_frames_and_indexes_are_read_through() {
    let doc = read_body(
        r#"<text:table-of-content text:name="TOC">
             <text:table-of-content-source><text:index-title-template>Sommaire</text:index-title-template></text:table-of-content-source>
             <text:index-body><text:p>1. Ouverture</text:p></text:index-body>
           </text:table-of-content>
           <text:section text:name="S1"><text:p>Dans la section</text:p></text:section>
           <text:p>Ancre<draw:frame draw:name="F1"><draw:text-box><text:p>Dans la boîte</text:p></draw:text-box></draw:frame> suite</text:p>
           <text:p>Après</text:p>"#,
    );
    assert_eq!(
        texts(&doc.blocks),
        vec![
            "1. Ouverture",
            "Dans la section",
            "Ancre suite",
            "Dans la boîte",
            "Après"
        ]
    );
}

#[test]
fn origins_count_blocks_in_reading_order() {
    let doc = read_body(
        r#"<text:p>a</text:p><table:table><table:table-row><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table><text:p>c</text:p>"#,
    );
    let mut idx = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Paragraph(p) => idx.push((p.text(), p.origin.index)),
            Block::Table(t) => {
                idx.push(("table".into(), t.origin.index));
                let inner = paragraphs(&t.rows[0].cells[0].blocks)[0];
                idx.push((inner.text(), inner.origin.index));
            }
        }
    }
    assert_eq!(
        idx,
        vec![
            ("a".to_string(), 0),
            ("table".to_string(), 1),
            ("b".to_string(), 2),
            ("c".to_string(), 3)
        ]
    );
    let p = paragraphs(&doc.blocks)[0];
    assert_eq!(p.origin.part.as_deref(), Some("content.xml"));
    assert_eq!(p.origin.cell, None);
}

#[test]
fn page_header_and_footer_are_furniture() {
    let doc = read(
        &OdtBuilder::new("<text:p>Corps</text:p>").master_styles(
            r#"<style:master-page style:name="Standard">
                 <style:header><text:p>Cités Unies France</text:p></style:header>
                 <style:footer><text:p>Page <text:page-number text:select-page="current">3</text:page-number></text:p></style:footer>
               </style:master-page>
               <style:master-page style:name="Other">
                 <style:footer><text:p>Page <text:page-number>3</text:page-number></text:p></style:footer>
               </style:master-page>"#,
        ),
    );
    assert_eq!(texts(&doc.blocks), vec!["Corps"]);
    let furniture: Vec<_> = doc
        .furniture
        .iter()
        .map(|f| (f.kind, texts(&f.blocks)))
        .collect();
    assert_eq!(
        furniture,
        vec![
            (
                FurnitureKind::Header,
                vec!["Cités Unies France".to_string()]
            ),
            (FurnitureKind::Footer, vec!["Page 3".to_string()])
        ]
    );
    let p = paragraphs(&doc.furniture[0].blocks)[0];
    assert_eq!(p.origin.part.as_deref(), Some("styles.xml"));
}

#[test]
fn metadata_comes_from_meta_xml() {
    let doc = read(&OdtBuilder::new("<text:p>x</text:p>").meta(
        r#"<dc:title>Point pays Corée</dc:title><meta:initial-creator>Jeanne Martin</meta:initial-creator><dc:creator>Paul</dc:creator>
           <meta:creation-date>2020-09-21T14:30:00</meta:creation-date><dc:date>2020-09-22T09:00:00</dc:date>"#,
    ));
    let p = &doc.properties;
    assert_eq!(p.title.as_deref(), Some("Point pays Corée"));
    assert_eq!(p.author.as_deref(), Some("Jeanne Martin"));
    assert_eq!(p.created.as_deref(), Some("2020-09-21T14:30:00"));
    assert_eq!(p.modified.as_deref(), Some("2020-09-22T09:00:00"));

    let doc = read(
        &OdtBuilder::new("<text:p>x</text:p>").meta("<dc:creator>Paul</dc:creator><dc:title/>"),
    );
    assert_eq!(doc.properties.author.as_deref(), Some("Paul"));
    assert_eq!(doc.properties.title, None);
}

fn read_err(b: &OdtBuilder) -> Error {
    match cufminutes::read_bytes(&b.build(), Some("bad.odt")) {
        Ok(doc) => panic!("expected an error, got {doc:?}"),
        Err(e) => e,
    }
}

#[test]
fn broken_xml_is_corrupt_and_names_the_part() {
    let err = read_err(&OdtBuilder::new("<text:p>unclosed <text:span></text:p>"));
    match &err {
        Error::Corrupt { part, path, .. } => {
            assert_eq!(part, "content.xml");
            assert_eq!(path, "bad.odt");
        }
        other => panic!("expected Corrupt, got {other:?}"),
    }
    let mut b = OdtBuilder::new("<text:p>ok</text:p>");
    b.raw_styles = Some("<office:document-styles><office:styles>".into());
    match read_err(&b) {
        Error::Corrupt { part, .. } => assert_eq!(part, "styles.xml"),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    let mut b = OdtBuilder::new("");
    b.raw_content = Some("not xml at all <<<".into());
    assert_eq!(read_err(&b).kind(), "corrupt");
}

#[test]
fn deep_nesting_hits_the_depth_limit() {
    let depth = cufminutes::read::odt::MAX_XML_DEPTH + 10;
    let body = format!(
        "<text:p>{}x{}</text:p>",
        "<text:span>".repeat(depth),
        "</text:span>".repeat(depth)
    );
    match read_err(&OdtBuilder::new(&body)) {
        Error::Limit { message, .. } => assert!(message.contains("MAX_XML_DEPTH"), "{message}"),
        other => panic!("expected Limit, got {other:?}"),
    }
    // Nesting well under the limit reads.
    let ok = format!(
        "<text:p>{}x{}</text:p>",
        "<text:span>".repeat(50),
        "</text:span>".repeat(50)
    );
    assert_eq!(texts(&read_body(&ok).blocks), vec!["x"]);
}

#[test]
fn nesting_just_under_the_depth_limit_reads_without_overflow() {
    // Each list level is two elements, each table level three; stay just under the limit.
    let room = cufminutes::read::odt::MAX_XML_DEPTH - 6;
    let lists = room / 2;
    let body = format!(
        "{}<text:p>deep</text:p>{}",
        "<text:list><text:list-item>".repeat(lists),
        "</text:list-item></text:list>".repeat(lists)
    );
    let doc = read_body(&body);
    assert_eq!(items(&doc).len(), 1);
    assert_eq!(items(&doc)[0].0 as usize, lists - 1);

    let tables = room / 3;
    let body = format!(
        "{}<text:p>cell</text:p>{}",
        "<table:table><table:table-row><table:table-cell>".repeat(tables),
        "</table:table-cell></table:table-row></table:table>".repeat(tables)
    );
    let doc = read_body(&body);
    assert!(cufminutes::render_text(&doc).contains("cell"));
}

#[test]
fn entities_are_not_expanded() {
    let mut b = OdtBuilder::new("");
    b.raw_content = Some(format!(
        r#"<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><office:document-content {}><office:body><office:text><text:p>a&lol2;b &#233;t&#xE9; &lt;ok&gt;</text:p></office:text></office:body></office:document-content>"#,
        odt_builder::NS
    ));
    let doc = read(&b);
    assert_eq!(texts(&doc.blocks), vec!["ab été <ok>"]);
}

#[test]
fn missing_content_and_non_text_packages_are_errors() {
    // A zip with an ODT mimetype but no content.xml.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", opts).unwrap();
    std::io::Write::write_all(&mut zip, b"application/vnd.oasis.opendocument.text").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    match cufminutes::read_bytes(&bytes, Some("x.odt")) {
        Err(Error::Corrupt { part, .. }) => assert_eq!(part, "content.xml"),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    let mut b = OdtBuilder::new("");
    b.raw_content = Some(format!(
        "<office:document-content {}><office:body><office:spreadsheet/></office:body></office:document-content>",
        odt_builder::NS
    ));
    assert_eq!(read_err(&b).kind(), "unsupported");
}

#[test]
fn password_protected_packages_are_encrypted_errors() {
    let mut b = OdtBuilder::new("<text:p>x</text:p>");
    b.raw_manifest = Some(
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>"#
            .into(),
    );
    assert_eq!(read_err(&b).kind(), "encrypted");
}

#[test]
fn headings_in_numbered_lists_keep_their_number_and_checkboxes_are_read() {
    let doc = read(
        &OdtBuilder::new(
            r#"<text:list text:style-name="N"><text:list-item><text:h text:outline-level="1">Ouverture</text:h></text:list-item>
                 <text:list-item><text:h text:outline-level="1">Budget</text:h></text:list-item></text:list>
               <text:list text:style-name="C"><text:list-item><text:p>à faire</text:p></text:list-item></text:list>
               <text:list text:style-name="X"><text:list-item><text:p>fait</text:p></text:list-item></text:list>"#,
        )
        .automatic_styles(&format!(
            r#"{NUMBERED}<text:list-style style:name="C"><text:list-level-style-bullet text:level="1" text:bullet-char="☐"/></text:list-style>
               <text:list-style style:name="X"><text:list-level-style-bullet text:level="1" text:bullet-char="☒"/></text:list-style>"#
        )),
    );
    let ps = paragraphs(&doc.blocks);
    assert_eq!(
        ps[0].role,
        Role::Heading {
            level: 1,
            number: None
        }
    );
    assert_eq!(ps[0].text(), "1. Ouverture");
    assert_eq!(ps[1].text(), "2. Budget");
    let checks: Vec<_> = ps[2..]
        .iter()
        .map(|p| match &p.role {
            Role::ListItem { marker, .. } => (marker.kind, marker.checked),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        checks,
        vec![
            (MarkerKind::Checkbox, Some(false)),
            (MarkerKind::Checkbox, Some(true))
        ]
    );
}

#[test]
fn unusual_namespace_prefixes_read_the_same() {
    let mut b = OdtBuilder::new("");
    b.raw_content = Some(
        r#"<o:document-content xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><o:body><o:text><t:h t:outline-level="2">Titre</t:h></o:text></o:body></o:document-content>"#
            .into(),
    );
    let doc = read(&b);
    assert_eq!(
        paragraphs(&doc.blocks)[0].role,
        Role::Heading {
            level: 2,
            number: None
        }
    );
}

// ---- Real files from ../shared (skipped when absent) ----

fn shared(rel: &str) -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared")).join(rel);
    p.exists().then_some(p)
}

fn words(s: &str) -> std::collections::HashMap<String, usize> {
    let mut m = std::collections::HashMap::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn bag_f1(got: &str, want: &str) -> f64 {
    let (g, w) = (words(got), words(want));
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    let (gn, wn): (usize, usize) = (g.values().sum(), w.values().sum());
    if gn == 0 || wn == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / gn as f64, common as f64 / wn as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn all_runs(blocks: &[Block]) -> Vec<&cufminutes::model::Run> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Paragraph(p) => out.extend(p.runs.iter()),
            Block::Table(t) => {
                for row in &t.rows {
                    for c in &row.cells {
                        out.extend(all_runs(&c.blocks));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn seed_odt_matches_pandoc_reading() {
    let Some(dir) = shared("corpus/seed") else {
        println!("skipped: ../shared not found");
        return;
    };
    let path = dir.join("point-pays-coree-2020-09-21.odt");
    let doc = cufminutes::read_path(&path).expect("seed ODT reads");
    let labelled: Vec<_> = items(&doc)
        .into_iter()
        .filter_map(|(_, l, t)| l.map(|l| (l, t)))
        .collect();
    let labels: Vec<_> = labelled.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, vec!["1.", "2.", "3.", "4."]);
    assert_eq!(labelled[0].1, "Introduction");
    assert_eq!(items(&doc).len(), 90);

    let runs = all_runs(&doc.blocks);
    let bold = runs.iter().filter(|r| r.style.bold).count();
    let sup: Vec<_> = runs
        .iter()
        .filter(|r| r.style.superscript)
        .map(|r| r.text.as_str())
        .collect();
    let links = runs.iter().filter(|r| r.link.is_some()).count();
    assert!(bold > 0, "bold runs");
    assert_eq!(sup.len(), 5, "superscripts: {sup:?}");
    assert_eq!(links, 3);

    let footers: Vec<_> = doc
        .furniture
        .iter()
        .filter(|f| f.kind == FurnitureKind::Footer)
        .collect();
    assert_eq!(footers.len(), 1);
    let footer_text = texts(&footers[0].blocks).join(" ");
    assert_eq!(footer_text, "1", "the footer is the page number");
    let body = cufminutes::render_text(&doc);
    assert!(
        !body.lines().any(|l| l.trim() == footer_text.trim()),
        "footer kept out of the body"
    );

    let pandoc = std::fs::read_to_string(dir.join("point-pays-coree-2020-09-21.odt.pandoc.txt"))
        .expect("pandoc text");
    let f1 = bag_f1(&body, &pandoc);
    println!(
        "seed odt: {} blocks, {} list items, {bold} bold runs, {} superscripts, {links} links, footer {footer_text:?}, bag-of-words F1 {f1:.4}",
        doc.blocks.len(),
        items(&doc).len(),
        sup.len()
    );
    assert!(f1 >= 0.97, "bag-of-words F1 {f1}");
}

fn odt_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            odt_files(&p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("odt")) {
            out.push(p);
        }
    }
}

#[test]
fn wild_odt_files_never_panic() {
    let Some(dir) = shared("docx-wild/other") else {
        println!("skipped: ../shared not found");
        return;
    };
    let mut files = Vec::new();
    odt_files(&dir, &mut files);
    files.sort();
    let (mut ok, mut encrypted, mut failed) = (0, 0, 0);
    for f in &files {
        let bytes = std::fs::read(f).expect("read file");
        let shown = f.display().to_string();
        let result = std::panic::catch_unwind(|| cufminutes::read_bytes(&bytes, Some(&shown)));
        match result {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(Error::Encrypted { .. })) => encrypted += 1,
            Ok(Err(e)) => {
                failed += 1;
                println!(
                    "{}: {e}",
                    f.file_name().unwrap_or_default().to_string_lossy()
                );
            }
            Err(_) => panic!("reader panicked on {shown}"),
        }
    }
    println!(
        "wild ODT files: {} read, {ok} ok, {encrypted} encrypted, {failed} other errors",
        files.len()
    );
    assert_eq!(failed, 0, "only password-protected files may fail");
}
