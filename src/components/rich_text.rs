use super::html::Html;
use super::popovers::write_popover_trigger;
use crate::data::rich_text::{parse_inline, Inline};
use crate::data::{Explainer, ItemKind};

/// Writes content prose: glossary terms and people become popover buttons,
/// `#id` links become in-page links. A link to an unknown id is plain text.
pub fn write_rich_text(h: &mut Html, data: &Explainer, text: &str) {
    for run in parse_inline(text) {
        match run {
            Inline::Term { text, id } | Inline::Person { text, id }
                if matches!(data.kind_of(id), Some(ItemKind::Term | ItemKind::Person)) =>
            {
                write_popover_trigger(h, id, text);
            }
            Inline::Link { text, id } if data.kind_of(id).is_some() => {
                h.link_to(id, text);
            }
            other => {
                h.text(other.text());
            }
        }
    }
}

/// One paragraph of rich text.
pub fn write_rich_paragraph(h: &mut Html, data: &Explainer, text: &str) {
    h.open("p", &[]);
    write_rich_text(h, data, text);
    h.close("p");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::html::html;

    fn data() -> &'static Explainer {
        Explainer::embedded()
    }

    #[test]
    fn terms_people_and_links_become_buttons_and_anchors() {
        let term = &data().glossary[0].id;
        let person = &data().people[0].id;
        let section = &data().sections[0].id;
        let text = format!(
            "A [word](term:{term}), [someone](person:{person}) and [there](#{section}) & <more>"
        );
        let markup = html(|h| write_rich_text(h, data(), &text));
        assert_eq!(
            markup,
            format!(
                "A <button type=\"button\" class=\"popover-trigger\" popovertarget=\"popover-{term}\">word</button>, \
                 <button type=\"button\" class=\"popover-trigger\" popovertarget=\"popover-{person}\">someone</button> \
                 and <a href=\"#{section}\">there</a> &amp; &lt;more&gt;"
            )
        );
    }

    #[test]
    fn a_link_to_an_unknown_id_is_plain_text() {
        let markup = html(|h| {
            write_rich_text(
                h,
                data(),
                "[gone](#no-such-id) and [gone too](term:no-such-term)",
            )
        });
        assert_eq!(markup, "gone and gone too");
    }

    #[test]
    fn a_term_link_to_a_section_opens_no_popover() {
        let section = &data().sections[0].id;
        let markup = html(|h| write_rich_text(h, data(), &format!("[x](term:{section})")));
        assert_eq!(markup, "x");
    }
}
