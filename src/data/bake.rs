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

    write_baked("explainer.rs", &explainer);
    write_baked("explainer_hollow.rs", &hollow(explainer));
}

fn write_baked(file: &str, explainer: &Explainer) {
    let mut code = String::from("// Baked from explainer.json by src/data/bake.rs. Do not edit.\n");
    explainer.bake(&mut code);
    let out = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join(file);
    fs::write(&out, code)
        .unwrap_or_else(|error| fail(&format!("cannot write {}: {error}", out.display())));
}

/// The content as the hydrating browser needs it: every id, date, label,
/// verdict, theme and list as in the file, every piece of prose empty.
///
/// The browser never renders the prose: the prerendered page already holds
/// it, and the components render it only as static content, which the
/// hydrating build leaves as the HTML has it (`components/static_content.rs`).
/// What the browser does use, to filter, link, highlight and read the URL,
/// is kept; lists keep their length, so the views walk the same structure.
fn hollow(mut data: Explainer) -> Explainer {
    fn empty() -> Cow<'static, str> {
        Cow::Borrowed("")
    }
    fn each<T: Clone>(list: &mut Cow<'static, [T]>, f: impl Fn(&mut T)) {
        for item in list.to_mut() {
            f(item);
        }
    }
    fn quote(q: &mut Quote) {
        q.speaker = empty();
        q.words = empty();
    }
    fn background(b: &mut Background) {
        b.text = empty();
    }
    let meta = &mut data.meta;
    for text in [
        &mut meta.headline,
        &mut meta.title,
        &mut meta.section,
        &mut meta.summary,
        &mut meta.how_to_cite,
        &mut meta.answer,
        &mut meta.method,
    ] {
        *text = empty();
    }
    each(&mut data.source_map, |p| p.gist = empty());
    each(&mut data.sections, |s| {
        s.title = empty();
        s.takeaway = empty();
        each(&mut s.body, |t| *t = empty());
        each(&mut s.background, background);
        each(&mut s.quotes, quote);
    });
    each(&mut data.timeline, |e| {
        e.title = empty();
        e.description = empty();
    });
    each(&mut data.goals, |g| {
        g.title = empty();
        g.short = empty();
        g.gist = empty();
        g.reasoning = empty();
        g.watch = empty();
        if let Some(aim) = &mut g.stated_aim {
            quote(aim);
        }
        each(&mut g.evidence, |e| e.quote = empty());
        each(&mut g.background, background);
    });
    each(&mut data.people, |p| {
        p.name = empty();
        p.role = empty();
    });
    each(&mut data.glossary, |t| {
        t.term = empty();
        t.definition = empty();
    });
    each(&mut data.sources, |s| {
        s.outlet = empty();
        s.title = empty();
        s.url = empty();
    });
    data
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
    Meta { headline, title, section, published, summary, verdicts_as_of, how_to_cite, answer, method }
    OutsideSource { id, outlet, title, date, url }
    Background { text, sources }
    SourceParagraph { label, gist }
    Section { id, title, takeaway, body, background, quotes, figure, citations }
    Quote { speaker, person, words, cite }
    Event { id, date, title, description, themes, people, citations, goals, background, sources }
    Goal { id, title, short, stated_aim, verdict, gist, reasoning, evidence, watch, events, section, background }
    Evidence { cite, quote }
    Person { id, name, role, citations }
    Term { id, term, definition, background, citations, sources }
}
