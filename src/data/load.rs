//! The content as the app carries it, and parsing a data file with errors
//! that name the item and field.

use std::borrow::Cow;
use std::fmt;

// `Cow` and every model type: the baked code included below names them.
use super::model::*;
use super::validate::DataError;

/// The data file. The app does not parse it: the build bakes it into
/// `Explainer::embedded()`; the tests parse it and check the content rules.
pub const EMBEDDED_JSON: &str = include_str!("explainer.json");

/// Why the data could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file is not valid JSON, or does not match the types.
    Parse(DataError),
    /// The file parsed, but breaks the content rules; every problem is listed.
    Invalid(Vec<DataError>),
}

impl LoadError {
    /// Every problem, one per line.
    pub fn problems(&self) -> Vec<String> {
        match self {
            LoadError::Parse(error) => vec![error.to_string()],
            LoadError::Invalid(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems().join("\n"))
    }
}

impl std::error::Error for LoadError {}

impl Explainer {
    /// Parses and validates a data file (native builds: the tests and tools;
    /// the app itself never parses).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Self, LoadError> {
        let explainer = parse(json).map_err(LoadError::Parse)?;
        let problems = super::validate::validate(&explainer);
        if problems.is_empty() {
            Ok(explainer)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }

    /// The content, baked into statics at build time from the data file
    /// (`bake.rs`): nothing to parse or allocate when the page loads.
    ///
    /// The build stops if the file does not parse, and `make test` checks the
    /// content rules on it before it can ship; the browser repeats neither.
    /// (A dangling reference that slipped through would still only drop a
    /// link: lookups return `Option`.)
    ///
    /// The hydrating browser build carries the same content with every piece
    /// of prose empty (see `hollow` in `bake.rs`): the page it hydrates
    /// already shows the prose, and the app never renders it there.
    pub fn embedded() -> &'static Explainer {
        #[cfg(not(feature = "hydrate"))]
        static BAKED: Explainer = include!(concat!(env!("OUT_DIR"), "/explainer.rs"));
        #[cfg(feature = "hydrate")]
        static BAKED: Explainer = include!(concat!(env!("OUT_DIR"), "/explainer_hollow.rs"));
        &BAKED
    }
}

/// Tracks the path of a failure so the message names the item and field.
#[cfg(not(target_arch = "wasm32"))]
fn parse(json: &str) -> Result<Explainer, DataError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let explainer: Explainer = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| describe_parse_error(json, &error))?;
    deserializer
        .end()
        .map_err(|error| DataError::new("the data file", "(end)", error.to_string()))?;
    Ok(explainer)
}

/// Turns a path such as `timeline[3].title` into `timeline item "event-x" (timeline[3])`
/// and the field `title`, reading the item's id from the raw JSON where it has one.
#[cfg(not(target_arch = "wasm32"))]
fn describe_parse_error(
    json: &str,
    error: &serde_path_to_error::Error<serde_json::Error>,
) -> DataError {
    use serde_path_to_error::Segment;

    let segments: Vec<&Segment> = error.path().iter().collect();
    let message = error.inner().to_string();
    let (collection, index, rest) = match segments.as_slice() {
        [Segment::Map { key }, Segment::Seq { index }, rest @ ..] => (key, Some(*index), rest),
        [Segment::Map { key }, rest @ ..] => (key, None, rest),
        _ => return DataError::new("the data file", "(top level)", message),
    };
    let field = if rest.is_empty() {
        "(item)".to_owned()
    } else {
        rest.iter()
            .map(|segment| match segment {
                Segment::Seq { index } => format!("[{index}]"),
                other => format!(".{other}"),
            })
            .collect::<String>()
            .trim_start_matches('.')
            .to_owned()
    };
    let item = match index {
        None => collection.clone(),
        Some(index) => {
            let id = serde_json::from_str::<serde_json::Value>(json)
                .ok()
                .and_then(|value| {
                    value[collection.as_str()][index]["id"]
                        .as_str()
                        .map(str::to_owned)
                });
            match id {
                Some(id) => format!("{collection} item \"{id}\" ({collection}[{index}])"),
                None => format!("{collection}[{index}]"),
            }
        }
    };
    DataError::new(item, field, message)
}
