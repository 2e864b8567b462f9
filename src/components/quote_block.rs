use super::citation::write_cite;
use super::html::Html;
use crate::data::{Explainer, Quote};

/// Writes a verbatim quotation, attributed, with its paragraph.
pub fn write_quote(h: &mut Html, data: &Explainer, quote: &Quote) {
    h.raw("<figure class=\"quote\"><blockquote class=\"quote__words\"><p>“")
        .text(&quote.words)
        .raw("”</p></blockquote><figcaption class=\"quote__speaker\">— ")
        .text(&quote.speaker)
        .raw(" ");
    write_cite(h, data, &quote.cite);
    h.raw("</figcaption></figure>");
}
