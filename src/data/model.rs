//! The explainer's content as typed Rust values.
//!
//! Every struct denies unknown fields so that a typo in the data file is an
//! error that names the field instead of silently dropping content.

use serde::Deserialize;

/// Paragraph labels of the analysis, in reading order. Citations must use one of these.
pub const PARAGRAPH_LABELS: [&str; 12] = [
    "standfirst",
    "p1",
    "p2",
    "p3",
    "p4",
    "p5",
    "p6",
    "p7",
    "p8",
    "p9",
    "p10",
    "p11",
];

/// The whole explainer: what `content/explainer.json` holds.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Explainer {
    pub meta: Meta,
    /// One entry per paragraph of the analysis: a gist in our own words, so a
    /// citation marker can say what the cited paragraph is about.
    pub source_map: Vec<SourceParagraph>,
    pub sections: Vec<Section>,
    pub timeline: Vec<Event>,
    pub goals: Vec<Goal>,
    pub people: Vec<Person>,
    pub glossary: Vec<Term>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The analysis's title, as published.
    pub title: String,
    /// Publication section, e.g. "Foreign Policy".
    pub section: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// What the analysis argues, in our own words (2–4 sentences).
    pub summary: String,
    /// The date the verdicts reflect, `YYYY-MM-DD`.
    pub verdicts_as_of: String,
    /// How to cite the source, in our own words.
    pub how_to_cite: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceParagraph {
    /// A paragraph label: `standfirst`, `p1` … `p11`.
    pub label: String,
    /// What the paragraph covers, in our own words (one short sentence).
    pub gist: String,
}

/// An expandable section of the explainer.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Fragment-safe id, unique across the whole file.
    pub id: String,
    pub title: String,
    /// One line shown even when the section is collapsed.
    pub takeaway: String,
    /// Body paragraphs in our own words; may contain inline links (see `text`).
    pub body: Vec<String>,
    /// Context the analysis assumes; shown marked as background. May be empty.
    #[serde(default)]
    pub background: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Paragraph labels this section draws on.
    pub citations: Vec<String>,
}

/// A verbatim quotation with its paragraph.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Who said it, as displayed ("Xi Jinping", "The two governments", "The analysis").
    pub speaker: String,
    /// The person, when the speaker is one named in `people`.
    #[serde(default)]
    pub person: Option<String>,
    /// The exact words, without surrounding quotation marks.
    pub words: String,
    /// The paragraph label the words appear in.
    pub cite: String,
}

/// One entry on the timeline.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `pending` for what has no date yet.
    pub date: String,
    pub title: String,
    pub description: String,
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub people: Vec<String>,
    pub citations: Vec<String>,
    /// Goals this event bears on.
    #[serde(default)]
    pub goals: Vec<String>,
    /// True for context the analysis refers to but does not itself report.
    #[serde(default)]
    pub background: bool,
}

/// The fixed set of timeline themes.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    Diplomacy,
    Economy,
    Culture,
    Maritime,
    NorthKorea,
    Security,
    HistoryJapan,
    Taiwan,
}

/// A goal Lee pursued with the visit, and how it turned out.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    /// The goal, in our own words.
    pub title: String,
    /// Lee's (or his government's) own words about the aim, where the source has them.
    #[serde(default)]
    pub stated_aim: Option<Quote>,
    pub verdict: Verdict,
    /// Why this verdict, in our own words.
    pub reasoning: String,
    pub evidence: Vec<Evidence>,
    /// What would change this verdict: what to watch.
    pub watch: String,
    /// Timeline events that bear on this goal.
    pub events: Vec<String>,
    /// The section that discusses the goal.
    pub section: String,
}

/// The fixed verdict scale.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Achieved,
    PartlyAchieved,
    Deferred,
    NotAchieved,
    TooEarly,
}

/// A cited passage backing a verdict.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub cite: String,
    /// A short verbatim phrase from that paragraph.
    pub quote: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// Role at the time of the visit.
    pub role: String,
    pub citations: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
    /// True when the definition is background knowledge rather than drawn from the analysis.
    #[serde(default)]
    pub background: bool,
    /// Paragraphs that use the term.
    pub citations: Vec<String>,
}

impl Meta {
    /// The publication date as a reader reads it ("16 January 2026").
    pub fn published_label(&self) -> String {
        super::EventDate::parse(&self.published)
            .map(|d| d.to_string())
            .unwrap_or_default()
    }

    /// The verdicts' date as a reader reads it.
    pub fn verdicts_as_of_label(&self) -> String {
        super::EventDate::parse(&self.verdicts_as_of)
            .map(|d| d.to_string())
            .unwrap_or_default()
    }
}
