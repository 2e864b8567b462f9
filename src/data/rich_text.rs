//! The small inline markup used in the content's prose.
//!
//! `[visible text](term:ID)` and `[visible text](person:ID)` open a popover,
//! `[visible text](#ID)` links to a section, event or goal. Anything else is
//! plain text, so a stray bracket never breaks a paragraph.

/// One run of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Term { text: &'a str, id: &'a str },
    Person { text: &'a str, id: &'a str },
    Link { text: &'a str, id: &'a str },
}

impl<'a> Inline<'a> {
    /// The id this run refers to, if any.
    pub fn target(&self) -> Option<&'a str> {
        match *self {
            Inline::Text(_) => None,
            Inline::Term { id, .. } | Inline::Person { id, .. } | Inline::Link { id, .. } => {
                Some(id)
            }
        }
    }

    /// What a reader sees.
    pub fn text(&self) -> &'a str {
        match *self {
            Inline::Text(text)
            | Inline::Term { text, .. }
            | Inline::Person { text, .. }
            | Inline::Link { text, .. } => text,
        }
    }
}

/// Splits a paragraph into runs. Never fails: malformed markup stays as text.
pub fn parse_inline(source: &str) -> Vec<Inline<'_>> {
    let mut runs = Vec::new();
    let mut rest = source;
    let mut text_start = 0;
    let mut offset = 0;
    while let Some(open) = rest.find('[') {
        let after_open = &rest[open + 1..];
        let parsed = after_open.find("](").and_then(|close| {
            let text = &after_open[..close];
            let after_paren = &after_open[close + 2..];
            let end = after_paren.find(')')?;
            let target = &after_paren[..end];
            let run = if let Some(id) = target.strip_prefix("term:") {
                Inline::Term { text, id }
            } else if let Some(id) = target.strip_prefix("person:") {
                Inline::Person { text, id }
            } else if let Some(id) = target.strip_prefix('#') {
                Inline::Link { text, id }
            } else {
                return None;
            };
            let valid = !text.is_empty() && !text.contains('[') && is_valid_id(run.target()?);
            valid.then_some((run, open + 1 + close + 2 + end + 1))
        });
        match parsed {
            Some((run, consumed)) => {
                let start = offset + open;
                if start > text_start {
                    runs.push(Inline::Text(&source[text_start..start]));
                }
                runs.push(run);
                offset += consumed;
                text_start = offset;
                rest = &source[offset..];
            }
            None => {
                offset += open + 1;
                rest = &source[offset..];
            }
        }
    }
    if text_start < source.len() {
        runs.push(Inline::Text(&source[text_start..]));
    }
    runs
}

/// Ids are lowercase ASCII words joined by hyphens, starting with a letter,
/// so they are safe as HTML ids and URL fragments without escaping.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
        && !id.ends_with('-')
        && !id.contains("--")
}

/// The paragraph as plain text, for word counts and copy checks.
pub fn plain_text(source: &str) -> String {
    parse_inline(source).iter().map(Inline::text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_links_out_of_text() {
        let runs = parse_inline("The [THAAD](term:term-thaad) row and [Xi](person:person-xi).");
        assert_eq!(
            runs,
            vec![
                Inline::Text("The "),
                Inline::Term {
                    text: "THAAD",
                    id: "term-thaad"
                },
                Inline::Text(" row and "),
                Inline::Person {
                    text: "Xi",
                    id: "person-xi"
                },
                Inline::Text("."),
            ]
        );
    }

    #[test]
    fn section_links_and_plain_text() {
        assert_eq!(
            parse_inline("See [the sea](#yellow-sea)"),
            vec![
                Inline::Text("See "),
                Inline::Link {
                    text: "the sea",
                    id: "yellow-sea"
                }
            ]
        );
        assert_eq!(parse_inline("no links"), vec![Inline::Text("no links")]);
        assert_eq!(parse_inline(""), Vec::<Inline>::new());
    }

    #[test]
    fn malformed_markup_stays_text() {
        for text in [
            "a [b] c",
            "[x](http://example.com)",
            "[x](term:Bad Id)",
            "[](term:thaad)",
            "[open",
            "[x](term:thaad",
        ] {
            assert_eq!(plain_text(text), text, "{text:?}");
            assert!(
                parse_inline(text).iter().all(|r| r.target().is_none()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn recovers_after_a_stray_bracket() {
        assert_eq!(
            parse_inline("[a [b](#goal-x)"),
            vec![
                Inline::Text("[a "),
                Inline::Link {
                    text: "b",
                    id: "goal-x"
                }
            ]
        );
    }

    #[test]
    fn id_rules() {
        assert!(is_valid_id("goal-korean-wave"));
        assert!(is_valid_id("p4"));
        for bad in ["", "4p", "Goal", "a_b", "a--b", "a-", "a b", "é"] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
