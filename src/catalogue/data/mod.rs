//! The embedded catalogues, compiled in as `static` data.

pub(crate) mod gelderland_2026;
pub(crate) mod holland_rijnland;
