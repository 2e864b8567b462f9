//! The explainer's content as typed Rust values.
//!
//! Every struct denies unknown fields so that a typo in the data file is an
//! error that names the field instead of silently dropping content.
//!
//! Text and lists are `Cow`s: the app's copy is baked into static data at
//! build time (see `bake.rs`), borrowed, while a file parsed at run time (in
//! the tests) owns its values. One set of types serves both.

use std::borrow::Cow;

use serde::Deserialize;

/// A string of the content.
pub type Text = Cow<'static, str>;

/// A list of the content.
pub type List<T> = Cow<'static, [T]>;

/// The figures a section may show (`Section::figure`).
pub const FIGURES: [&str; 1] = ["yellow-sea-map"];

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

/// The whole explainer: what `src/data/explainer.json` holds.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Explainer {
    pub meta: Meta,
    /// One entry per paragraph of the analysis: a gist in our own words, so a
    /// citation marker can say what the cited paragraph is about.
    pub source_map: List<SourceParagraph>,
    pub sections: List<Section>,
    pub timeline: List<Event>,
    pub goals: List<Goal>,
    pub people: List<Person>,
    pub glossary: List<Term>,
    /// Published reports that back the background facts (never loaded by the page).
    pub sources: List<OutsideSource>,
}

/// A published report outside the analysis that a background fact relies on.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OutsideSource {
    /// Fragment-safe id, unique among sources, e.g. `src-interfax-treaty`.
    pub id: Text,
    /// Who published it, e.g. "Korea JoongAng Daily".
    pub outlet: Text,
    /// The report's headline, as published.
    pub title: Text,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Text,
    /// The report's address, as plain text (a link, never fetched by the page).
    pub url: Text,
}

/// Context the analysis assumes, with the published reports that back it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Background {
    /// The fact, in our own words; may contain inline links.
    pub text: Text,
    /// Ids into `Explainer.sources`; at least one.
    pub sources: List<Text>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The page's own headline, in our words: the question of the title,
    /// answered.
    pub headline: Text,
    /// The analysis's title, as published.
    pub title: Text,
    /// The site section the analysis appeared in, as displayed in full,
    /// e.g. "Foreign Policy section" (a section, not the magazine).
    pub section: Text,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Text,
    /// What the analysis argues, in our own words (2–4 sentences).
    pub summary: Text,
    /// The date the verdicts reflect, `YYYY-MM-DD`.
    pub verdicts_as_of: Text,
    /// How to cite the source, in our own words.
    pub how_to_cite: Text,
    /// The headline's question answered plainly, in our own words (one or two sentences).
    pub answer: Text,
    /// One line: how the scorecard's goals were chosen.
    pub method: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceParagraph {
    /// A paragraph label: `standfirst`, `p1` … `p11`.
    pub label: Text,
    /// What the paragraph covers, in our own words (one short sentence).
    pub gist: Text,
}

/// An expandable section of the explainer.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Fragment-safe id, unique across the whole file.
    pub id: Text,
    pub title: Text,
    /// One line shown even when the section is collapsed.
    pub takeaway: Text,
    /// Body paragraphs in our own words; may contain inline links (see `text`).
    pub body: List<Text>,
    /// Context the analysis assumes; shown marked as background, each with its sources. May be empty.
    #[serde(default)]
    pub background: List<Background>,
    #[serde(default)]
    pub quotes: List<Quote>,
    /// Paragraph labels this section draws on.
    /// A figure drawn by the app, shown in the section's panel; one of
    /// [`FIGURES`].
    #[serde(default)]
    pub figure: Option<Text>,
    pub citations: List<Text>,
}

/// A verbatim quotation with its paragraph.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Who said it, as displayed ("Xi Jinping", "The two governments", "The analysis").
    pub speaker: Text,
    /// The person, when the speaker is one named in `people`.
    #[serde(default)]
    pub person: Option<Text>,
    /// The exact words, without surrounding quotation marks.
    pub words: Text,
    /// The paragraph label the words appear in.
    pub cite: Text,
}

/// One entry on the timeline.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Text,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `pending` for what has no date yet.
    pub date: Text,
    pub title: Text,
    pub description: Text,
    pub themes: List<Theme>,
    #[serde(default)]
    pub people: List<Text>,
    pub citations: List<Text>,
    /// Goals this event bears on.
    #[serde(default)]
    pub goals: List<Text>,
    /// True for context the analysis refers to but does not itself report.
    #[serde(default)]
    pub background: bool,
    /// Ids into `Explainer.sources`: required when `background` is true, and
    /// whenever the date (or its day) comes from outside the analysis.
    #[serde(default)]
    pub sources: List<Text>,
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
    pub id: Text,
    /// The goal, in our own words.
    pub title: Text,
    /// A label of a few words for the first screen's strip of verdicts.
    pub short: Text,
    /// Lee's (or his government's) own words about the aim, where the source has them.
    #[serde(default)]
    pub stated_aim: Option<Quote>,
    pub verdict: Verdict,
    /// Why this verdict in one line, shown while the goal is collapsed: our
    /// own words, plain text, backed by the paragraphs its reasoning cites.
    pub gist: Text,
    /// Why this verdict, in our own words.
    pub reasoning: Text,
    pub evidence: List<Evidence>,
    /// What would change this verdict: what to watch.
    pub watch: Text,
    /// Timeline events that bear on this goal.
    pub events: List<Text>,
    /// The section that discusses the goal.
    pub section: Text,
    /// Context outside the analysis that bears on the verdict, with sources.
    #[serde(default)]
    pub background: List<Background>,
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
    pub cite: Text,
    /// A short verbatim phrase from that paragraph.
    pub quote: Text,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Text,
    pub name: Text,
    /// Role at the time of the visit.
    pub role: Text,
    pub citations: List<Text>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Text,
    pub term: Text,
    pub definition: Text,
    /// True when the definition is background knowledge rather than drawn from the analysis.
    #[serde(default)]
    pub background: bool,
    /// Paragraphs that use the term.
    pub citations: List<Text>,
    /// Ids into `Explainer.sources`: required when `background` is true.
    #[serde(default)]
    pub sources: List<Text>,
}
