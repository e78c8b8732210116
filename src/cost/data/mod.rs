//! The figures of the Gelderland "Tariefbepaling" pages (productivity, cost prices), compiled in.

pub(crate) mod tariefbepaling_2026;
