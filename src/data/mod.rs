//! The content: its types, the embedded file, the lookups the page makes in
//! it, and the rules it must follow; and the Yellow Sea map's geometry.

pub mod date;
pub mod load;
pub mod lookup;
pub mod model;
pub mod overview;
pub mod pmz;
pub mod rich_text;
pub mod validate;
pub mod vocabulary;
pub mod yellow_sea_map;

pub use date::EventDate;
pub use load::LoadError;
pub use model::*;
pub use validate::{DataError, ItemKind};
