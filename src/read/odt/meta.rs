//! Document properties from meta.xml.

use crate::model::Properties;

use super::xml::Node;

/// Reads title, author and dates from the root of meta.xml; empty values are absent.
pub fn read_meta(root: &Node) -> Properties {
    let mut props = Properties::default();
    let Some(meta) = root.child("office:meta") else {
        return props;
    };
    let value = |name: &str| {
        meta.child(name)
            .map(|n| n.text().trim().to_string())
            .filter(|s| !s.is_empty())
    };
    props.title = value("dc:title");
    props.author = value("meta:initial-creator").or_else(|| value("dc:creator"));
    props.created = value("meta:creation-date");
    props.modified = value("dc:date");
    props
}
