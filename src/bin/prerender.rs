//! Writes the whole explainer into the page shell: `prerender PATH` fills
//! the `index.html` at PATH in place, and writes the files it links to (the
//! Yellow Sea map) beside it. Trunk runs it after every build (a
//! `post_build` hook in Trunk.toml), on the staged `index.html`.

use std::{env, fs, process};

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: prerender path/to/index.html");
        process::exit(2);
    };
    let result = fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {path}: {error}"))
        .and_then(|shell| china_rok_explainer::prerender::fill_page(&shell))
        .and_then(|page| {
            fs::write(&path, page).map_err(|error| format!("cannot write {path}: {error}"))
        })
        .and_then(|()| {
            // Beside index.html: the files the page links to.
            let dir = std::path::Path::new(&path)
                .parent()
                .unwrap_or(std::path::Path::new("."));
            china_rok_explainer::prerender::companion_files()
                .into_iter()
                .try_for_each(|(name, contents)| {
                    let file = dir.join(name);
                    fs::write(&file, contents)
                        .map_err(|error| format!("cannot write {}: {error}", file.display()))
                })
        });
    if let Err(error) = result {
        eprintln!("prerender: {error}");
        process::exit(1);
    }
}
