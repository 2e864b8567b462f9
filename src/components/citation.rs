use super::html::Html;
use crate::data::{Explainer, Text};

/// The reader-facing name of a paragraph label: `p4` → `¶4`.
pub fn paragraph_marker(label: &str) -> String {
    match label.strip_prefix('p') {
        Some(number) => format!("¶{number}"),
        None => "¶ standfirst".to_owned(),
    }
}

/// Writes a marker showing which paragraph of the analysis supports a claim:
/// a link to the source note, titled with the paragraph's gist.
pub fn write_cite(h: &mut Html, data: &Explainer, label: &str) {
    let gist = data
        .source_map
        .iter()
        .find(|p| p.label == label)
        .map(|p| &*p.gist)
        .unwrap_or_default();
    let name = match label.strip_prefix('p') {
        Some(number) => format!("paragraph {number}"),
        None => "the standfirst".to_owned(),
    };
    h.element(
        "a",
        &[
            ("class", "cite"),
            ("data-cite", label),
            ("href", &format!("#source-{label}")),
            ("title", &format!("Source: {name} of the analysis. {gist}")),
            ("aria-label", &format!("Source: {name}")),
        ],
        &paragraph_marker(label),
    );
}

/// Several citation markers in a row.
pub fn write_cites(h: &mut Html, data: &Explainer, labels: &[Text]) {
    h.open("span", &[("class", "cites")]);
    for label in labels {
        write_cite(h, data, label);
    }
    h.close("span");
}
