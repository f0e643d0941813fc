//! The seed compte-rendu in its three DOCX variants (skipped when the shared corpus is absent).

use super::*;

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
    // What the seed says is read from its gold record, not written here.
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(seed.join("point-pays-coree-2020-09-21.gold.json"))
            .expect("seed gold record"),
    )
    .expect("gold record is JSON");
    let text = cufminutes::render_text(&doc);
    for p in gold["participants"].as_array().expect("participants") {
        let name = p["name"].as_str().expect("name");
        assert!(text.contains(name), "{name} missing from the text");
    }
    assert!(first_table(&doc).rows[0].header);
    assert!(doc
        .furniture
        .iter()
        .any(|f| f.kind == FurnitureKind::Header));
    assert!(doc
        .properties
        .author
        .as_deref()
        .is_some_and(|a| !a.is_empty()));
    assert_eq!(
        doc.properties.title.as_deref(),
        gold["meeting"]["title"].as_str()
    );
}
