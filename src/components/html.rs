//! Static prose written as one HTML string per block.
//!
//! Most of the page is prose that never changes after it is shown: paragraphs
//! with term buttons and links, quotations, citation markers, glossary
//! entries. Building each of those nodes through the DOM API from wasm costs a
//! JS call per element, attribute and text run (about 1,700 elements at
//! start-up). Handing the browser one string per block lets its HTML parser do
//! the work instead, and the views keep only what reacts to the reader.
//! Everything written here is escaped; only literal markup from this crate is
//! written raw.

/// An HTML string under construction.
#[derive(Debug, Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Self {
        Self::default()
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for ch in text.chars() {
            match ch {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                other => self.0.push(other),
            }
        }
        self
    }

    /// Markup written in this crate (never data).
    pub fn raw(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// An opening tag; attribute values are escaped.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.text(value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// An element holding only text.
    pub fn element(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// A link to the item with the id `target` on this page.
    pub fn link_to(&mut self, target: &str, text: &str) -> &mut Self {
        self.element("a", &[("href", &format!("#{target}"))], text)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// Builds a block of HTML with `write`.
pub fn html(write: impl FnOnce(&mut Html)) -> String {
    let mut html = Html::new();
    write(&mut html);
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let markup = html(|h| {
            h.open("a", &[("href", "#x\"><script>"), ("title", "it's")])
                .text("<b>Tom & Jerry</b>")
                .close("a");
        });
        assert_eq!(
            markup,
            "<a href=\"#x&quot;&gt;&lt;script&gt;\" title=\"it&#39;s\">&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</a>"
        );
    }

    #[test]
    fn elements_nest_in_order() {
        let markup = html(|h| {
            h.open("p", &[])
                .element("em", &[("class", "a")], "one")
                .raw(" ")
                .text("two")
                .close("p");
        });
        assert_eq!(markup, "<p><em class=\"a\">one</em> two</p>");
    }
}
