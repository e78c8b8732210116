//! A perfect-hash index from [`ProductCode`] to a product's position, so that a lookup is a
//! multiply, a shift and two array reads instead of a search.
//!
//! The index is built once per catalogue: at compile time for the embedded catalogues, in
//! [`crate::Catalogue::new`] for the others. It hashes the code's eight bytes, read as a
//! little-endian `u64` (no byte swap on the usual targets), with a multiplicative hash
//! `(key × seed) >> 56` into 256 one-byte slots, trying seeds until no two codes share a slot.
//! A catalogue for which no seed works (or with more than 254 products) gets no index and falls
//! back to binary search; lookups give the same answers either way.

use crate::{Product, ProductCode};

/// Slots of the table: one byte each, the position of the product in the slot, or [`EMPTY`].
const SLOTS: usize = 256;
/// The byte of an empty slot. A catalogue indexed this way has fewer than 255 products, so
/// `EMPTY` is never a position: the bounds check of the product read doubles as the empty
/// check.
const EMPTY: u8 = u8::MAX;
/// How many seeds to try before giving up.
const TRIES: u64 = 256;
/// The first seed: the 64-bit golden-ratio constant (Fibonacci hashing).
const FIRST_SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// A perfect-hash table over a sorted product slice.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct ProductIndex {
    /// The multiplier, or 0 when there is no index (binary search instead).
    seed: u64,
    slots: [u8; SLOTS],
}

impl std::fmt::Debug for ProductIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProductIndex")
            .field("seed", &self.seed)
            .finish_non_exhaustive()
    }
}

const fn slot(code: ProductCode, seed: u64) -> usize {
    (code.hash_key().wrapping_mul(seed) >> 56) as usize
}

impl ProductIndex {
    /// Builds the index for `products` (which must be sorted and free of duplicates, as
    /// `Catalogue` keeps them). `const` so that the embedded catalogues carry it as data.
    // Every index below is in bounds: `slot` is `< 256` by the shift, `i < products.len()` by the
    // loop condition; in const evaluation an out-of-bounds index would be a build error.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn build(products: &[Product]) -> ProductIndex {
        let none = ProductIndex {
            seed: 0,
            slots: [EMPTY; SLOTS],
        };
        if products.len() >= EMPTY as usize {
            return none;
        }
        let mut attempt = 0;
        while attempt < TRIES {
            // Odd multipliers only: an even one discards the code's lowest bit.
            let seed = FIRST_SEED.wrapping_add(attempt.wrapping_mul(0x2545_F491_4F6C_DD1D)) | 1;
            let mut slots = [EMPTY; SLOTS];
            let mut i = 0;
            let mut clash = false;
            while i < products.len() {
                let s = slot(products[i].code, seed);
                if slots[s] != EMPTY {
                    clash = true;
                    break;
                }
                slots[s] = i as u8;
                i += 1;
            }
            if !clash {
                return ProductIndex { seed, slots };
            }
            attempt += 1;
        }
        none
    }

    /// The position of `code` in `products`, if it is there.
    #[inline]
    pub(crate) fn find(&self, products: &[Product], code: ProductCode) -> Option<usize> {
        if self.seed == 0 {
            return search(products, code);
        }
        // An empty slot holds `EMPTY`, which is past the end of `products`.
        let position = usize::from(*self.slots.get(slot(code, self.seed))?);
        match products.get(position) {
            Some(p) if p.code == code => Some(position),
            _ => None,
        }
    }

    /// The product with `code` in `products`, if it is there: [`ProductIndex::find`] without
    /// the detour through a position, so the hot path reads the slot, bounds-checks once and
    /// compares the code.
    #[inline]
    pub(crate) fn get<'a>(
        &self,
        products: &'a [Product],
        code: ProductCode,
    ) -> Option<&'a Product> {
        if self.seed == 0 {
            return products.get(search(products, code)?);
        }
        let product = products.get(usize::from(*self.slots.get(slot(code, self.seed))?))?;
        (product.code == code).then_some(product)
    }

    /// Whether the table is in use (false: binary search).
    #[cfg(test)]
    pub(crate) fn is_perfect(&self) -> bool {
        self.seed != 0
    }
}

/// Binary search: the lookup of a catalogue without a perfect index (out of line, so that the
/// indexed path stays short).
#[cold]
#[inline(never)]
fn search(products: &[Product], code: ProductCode) -> Option<usize> {
    products.binary_search_by_key(&code, |p| p.code).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalogue, Measure, Unit};

    #[test]
    fn embedded_catalogues_have_a_perfect_index() {
        for book in [Catalogue::gelderland_2026(), Catalogue::holland_rijnland()] {
            assert!(book.index.is_perfect(), "{}", book.region());
            for (i, p) in book.products().enumerate() {
                assert_eq!(book.index.find(&book.products, p.code()), Some(i));
            }
        }
    }

    #[test]
    fn absent_codes_are_not_found_with_or_without_index() {
        let products: Vec<Product> = ["47B10", "48B10", "4711"]
            .iter()
            .map(|c| Product::new(c.parse().unwrap(), Measure::Ots, "x", Unit::Month))
            .collect();
        let mut sorted = products.clone();
        sorted.sort_by_key(|p| p.code);
        let index = ProductIndex::build(&sorted);
        let fallback = ProductIndex {
            seed: 0,
            slots: [EMPTY; SLOTS],
        };
        for code in ["47B10", "48B10", "4711", "48B11", "A", "ZZZZZ"] {
            let code: ProductCode = code.parse().unwrap();
            let expected = sorted.iter().position(|p| p.code == code);
            assert_eq!(index.find(&sorted, code), expected, "{code}");
            assert_eq!(fallback.find(&sorted, code), expected, "{code}");
            let expected = expected.map(|i| &sorted[i]);
            assert_eq!(index.get(&sorted, code), expected, "{code}");
            assert_eq!(fallback.get(&sorted, code), expected, "{code}");
        }
    }
}
