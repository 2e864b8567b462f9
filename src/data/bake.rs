//! The build script (`build` in Cargo.toml): bakes `explainer.json` into Rust
//! statics, so the app carries its content as ready values and the browser
//! neither ships a JSON parser nor runs one (about 45 KB of wasm).
//!
//! The file is parsed with serde_json into the types of `model.rs`, the same
//! types the tests parse it into; a file that does not parse stops the build
//! with the item and field at fault. The content rules are checked by
//! `cargo test` (`tests/data.rs`), which also checks that the baked value
//! equals the parsed file.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs, process};

#[allow(dead_code)]
#[path = "model.rs"]
mod model;

use model::*;

const DATA: &str = "src/data/explainer.json";

fn main() {
    for watched in [DATA, "src/data/model.rs", "src/data/bake.rs"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let json =
        fs::read_to_string(DATA).unwrap_or_else(|error| fail(&format!("cannot read it: {error}")));
    let mut deserializer = serde_json::Deserializer::from_str(&json);
    let explainer: Explainer = serde_path_to_error::deserialize(&mut deserializer)
        .unwrap_or_else(|error| fail(&format!("at `{}`: {}", error.path(), error.inner())));
    deserializer
        .end()
        .unwrap_or_else(|error| fail(&error.to_string()));

    let mut code = String::from("// Baked from explainer.json by src/data/bake.rs. Do not edit.\n");
    explainer.bake(&mut code);
    let out = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("explainer.rs");
    fs::write(&out, code)
        .unwrap_or_else(|error| fail(&format!("cannot write {}: {error}", out.display())));
}

fn fail(why: &str) -> ! {
    eprintln!("error: {DATA} {why}");
    process::exit(1);
}

/// Writes a value as a Rust expression that rebuilds it without allocating.
trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        // A str's Debug form is a valid Rust string literal.
        let _ = write!(out, "Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.bake(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

/// Enums of unit variants: `Theme::Economy`.
macro_rules! bake_enums {
    ($($ty:ident),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
            }
        }
    )*};
}

/// Structs, field by field. A field missing here makes the baked code fail
/// to compile, so the list cannot silently fall behind `model.rs`.
macro_rules! bake_structs {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}

bake_enums!(Theme, Verdict);

bake_structs! {
    Explainer { meta, source_map, sections, timeline, goals, people, glossary, sources }
    Meta { title, section, published, summary, verdicts_as_of, how_to_cite, answer, method }
    OutsideSource { id, outlet, title, date, url }
    Background { text, sources }
    SourceParagraph { label, gist }
    Section { id, title, takeaway, body, background, quotes, figure, citations }
    Quote { speaker, person, words, cite }
    Event { id, date, title, description, themes, people, citations, goals, background, sources }
    Goal { id, title, stated_aim, verdict, reasoning, evidence, watch, events, section, background }
    Evidence { cite, quote }
    Person { id, name, role, citations }
    Term { id, term, definition, background, citations, sources }
}
