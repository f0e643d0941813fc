//! Finding the main part, properties, errors and limits, provenance.

use super::*;

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
            .styles(super::structure::HEADING_STYLES),
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
fn core_properties_are_read_even_with_lower_case_relationship_type() {
    let core = r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Compte-rendu</dc:title><dc:creator>Secrétariat CUF</dc:creator><dcterms:created>2021-04-06T09:12:00Z</dcterms:created><dcterms:modified>2021-04-07T16:05:00Z</dcterms:modified></cp:coreProperties>"#;
    let doc = read(&DocxBuilder::new(&para("x")).core(
        core,
        "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",
    ));
    assert_eq!(doc.properties.title.as_deref(), Some("Compte-rendu"));
    assert_eq!(doc.properties.author.as_deref(), Some("Secrétariat CUF"));
    assert_eq!(
        doc.properties.created.as_deref(),
        Some("2021-04-06T09:12:00Z")
    );
    assert_eq!(
        doc.properties.modified.as_deref(),
        Some("2021-04-07T16:05:00Z")
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

#[test]
fn utf16_parts_are_decoded() {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="{}"><w:body>{}</w:body></w:document>"#,
        support::docx_builder::W,
        para("Réunion en UTF-16")
    );
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(document.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let bytes = support::docx_builder::zip_of_bytes(&[
        ("word/document.xml", utf16),
        (
            "_rels/.rels",
            br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_vec(),
        ),
        ("[Content_Types].xml", br#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.to_vec()),
    ]);
    let doc = cufminutes::read_bytes(&bytes, Some("test.docx")).expect("reads");
    assert_eq!(texts(&doc), ["Réunion en UTF-16"]);
}

#[test]
fn truncated_and_garbled_parts_give_errors_not_panics() {
    let body = format!(
        r#"{}<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{}</w:tc></w:tr></w:tbl><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:hyperlink r:id="absent"><w:r><w:t>x</w:t></w:r></w:hyperlink></w:p>"#,
        numbered(7, 3, "liste inconnue"),
        para("cellule")
    );
    let document = DocxBuilder::new(&body).document_xml();
    for cut in (0..document.len()).step_by(7) {
        let Some(prefix) = document.get(..cut) else {
            continue;
        };
        let garbled = prefix.replace("w:val", "w:val=\"&bogus;\" x");
        for xml in [prefix, garbled.as_str()] {
            let bytes = DocxBuilder::new("").document_override(xml).build();
            let _ = cufminutes::read_bytes(&bytes, Some("test.docx"));
        }
    }
}
