//! Headers, footers, notes and comments stay out of the body.

use super::*;

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
