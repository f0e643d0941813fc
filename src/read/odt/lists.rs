//! Lists: `text:list` nesting gives the item level, the list style gives the marker.

use crate::error::Error;
use crate::model::{Block, Marker, Role};

use super::body::{BodyReader, Cx};
use super::numbering::{next_marker, Counters};
use super::xml::Node;

impl BodyReader<'_> {
    fn list_style_of(&self, list: &Node) -> Option<String> {
        if let Some(s) = list.attr("text:style-name") {
            return Some(s.to_string());
        }
        // Without a style on the list, the first paragraph's style may name one.
        let item = list.elems().find(|e| e.name == "text:list-item")?;
        let p = item
            .elems()
            .find(|e| e.name == "text:p" || e.name == "text:h")?;
        self.styles.paragraph_list_style(p.attr("text:style-name")?)
    }

    pub(super) fn top_list(
        &mut self,
        el: &Node,
        out: &mut Vec<Block>,
        cx: Cx,
    ) -> Result<(), Error> {
        let style = self.list_style_of(el);
        let mut counters = self.numbering.open(
            style.as_deref(),
            el.attr("text:continue-numbering") == Some("true"),
            el.attr("text:continue-list"),
        );
        self.list(el, out, cx, style.as_deref(), 0, &mut counters)?;
        self.numbering
            .close(style.as_deref(), el.attr("xml:id"), &counters);
        Ok(())
    }

    fn list(
        &mut self,
        el: &Node,
        out: &mut Vec<Block>,
        cx: Cx,
        style: Option<&str>,
        level: usize,
        counters: &mut Counters,
    ) -> Result<(), Error> {
        for item in el.elems() {
            let header = match item.name.as_str() {
                "text:list-item" => false,
                "text:list-header" => true,
                _ => continue,
            };
            let item_style = item.attr("text:style-override").or(style);
            let marker = if header {
                Marker::bullet()
            } else {
                let start = item
                    .attr("text:start-value")
                    .and_then(|v| v.trim().parse::<u32>().ok());
                next_marker(self.styles, item_style, level, start, counters)
            };
            let lvl = level.min(u8::MAX as usize) as u8;
            let mut first = true;
            for child in item.elems() {
                match child.name.as_str() {
                    "text:p" | "text:h" => {
                        let m = if first {
                            marker.clone()
                        } else {
                            Marker {
                                label: None,
                                ..marker.clone()
                            }
                        };
                        if child.name == "text:h" {
                            let role = self.role_of(child, child.attr("text:style-name"));
                            let label = if first { m.label.as_deref() } else { None };
                            self.paragraph(child, out, cx, Some(role), label)?;
                        } else {
                            let role = Role::ListItem {
                                level: lvl,
                                marker: m,
                            };
                            self.paragraph(child, out, cx, Some(role), None)?;
                        }
                        first = false;
                    }
                    "text:list" => {
                        let nested = child.attr("text:style-name").or(item_style);
                        self.list(child, out, cx, nested, level + 1, counters)?;
                    }
                    "text:number" => {}
                    _ => self.block(child, out, cx)?,
                }
            }
        }
        Ok(())
    }
}
