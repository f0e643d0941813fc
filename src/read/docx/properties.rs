//! Core properties (`docProps/core.xml`): title, creator, creation and modification dates.

use crate::error::Error;
use crate::model::Properties;
use crate::read::package::Package;

use super::package_parts::{read_xml, Relationships};

/// Reads the core properties named by the package relationships (the type URI is matched
/// on its last segment, so LibreOffice's lower-case `officedocument` spelling works),
/// falling back to the conventional part name.
pub fn read_properties(
    pkg: &mut Package,
    package_rels: &Relationships,
) -> Result<Properties, Error> {
    let part = package_rels
        .first_of("core-properties")
        .map(|r| r.target.clone())
        .filter(|t| pkg.find(t).is_some())
        .unwrap_or_else(|| "docProps/core.xml".to_string());
    let Some(root) = read_xml(pkg, &part)? else {
        return Ok(Properties::default());
    };
    let get = |name: &str| {
        root.child(name)
            .map(|e| e.own_text().trim().to_string())
            .filter(|s| !s.is_empty())
    };
    Ok(Properties {
        title: get("title"),
        author: get("creator"),
        created: get("created"),
        modified: get("modified"),
    })
}
