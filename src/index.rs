//! The lookup structures of a catalogue: the index from [`ProductCode`] to a product's position
//! (an open-addressing hash table with linear probing, keyed by the packed code, that works for
//! catalogues of any size), and the [`TariffGrid`] of every tariff by product and provider.
//!
//! The table has a power-of-two number of slots, at least twice the number of products (load
//! factor at most ½), each the `u32` position of a product in the catalogue's sorted product
//! slice or [`EMPTY`]. A code's home slot is its eight bytes, read as a little-endian `u64`,
//! times an odd multiplier, shifted down to the table's top bits (multiplicative "Fibonacci"
//! hashing, Knuth TAOCP 6.4): one multiply and one shift, so the lookup's hot path stays a few
//! cycles. A lookup reads slots from the home slot on until it finds the code or an empty
//! slot. At load ½ the expected probe count is about 1.5 for a hit and 2.5 for a miss whatever
//! the catalogue's size, so lookups are O(1) and allocate nothing; to keep the worst case short
//! as well, the build tries a few multipliers and keeps the one with the shortest longest probe
//! sequence. The table is built in [`crate::Catalogue::new`] for loaded catalogues and at
//! compile time (a `const fn` into a static array) for the embedded ones.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::{Product, ProductCode, Provider};

/// The value of an empty slot: never a position (a catalogue has fewer than `u32::MAX`
/// products), so the bounds check of the product read doubles as the empty check.
const EMPTY: u32 = u32::MAX;

/// The first multiplier: the 64-bit golden-ratio constant (Fibonacci hashing).
const FIRST_SEED: u64 = 0x9E37_79B9_7F4A_7C15;
/// How many multipliers a build tries.
const TRIES: u64 = 8;
/// A longest probe sequence this short ends the search for a multiplier.
const GOOD_ENOUGH: usize = 3;

/// The `attempt`-th multiplier (odd: an even one would discard the key's lowest bit).
const fn seed(attempt: u64) -> u64 {
    FIRST_SEED.wrapping_add(attempt.wrapping_mul(0x2545_F491_4F6C_DD1D)) | 1
}

/// The home slot of `code` in a table of `2^(64 - shift)` slots.
#[inline]
const fn home(code: ProductCode, seed: u64, shift: u32) -> usize {
    (code.hash_key().wrapping_mul(seed) >> shift) as usize
}

/// The hash table over a sorted product slice.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct ProductIndex {
    /// The multiplier.
    seed: u64,
    /// `64 - log2(slots.len())`.
    shift: u32,
    slots: Cow<'static, [u32]>,
}

/// The table of an embedded catalogue, built at compile time into a static.
pub(crate) struct EmbeddedIndex<const S: usize> {
    seed: u64,
    slots: [u32; S],
}

impl std::fmt::Debug for ProductIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProductIndex")
            .field("slots", &self.slots.len())
            .finish_non_exhaustive()
    }
}

/// `log2` of the table size for `n` products: at least 2n slots, at least 16.
const fn bits_for(n: usize) -> u32 {
    let want = if n < 8 { 16 } else { n.saturating_mul(2) };
    let mut bits = 4;
    while (1usize << bits) < want && bits < 63 {
        bits += 1;
    }
    bits
}

/// Fills `slots` (all [`EMPTY`], a power of two in length, more than `products.len()`) by
/// linear probing, and returns the longest probe sequence. `const` so that the embedded
/// catalogues carry their table as data.
// Every index is in bounds: `i` is masked to `slots.len() - 1`, `p < products.len()` by the
// loop condition; in const evaluation an out-of-bounds index would be a build error.
#[allow(clippy::indexing_slicing)]
const fn fill(products: &[Product], slots: &mut [u32], seed: u64, shift: u32) -> usize {
    let mask = slots.len() - 1;
    let mut longest = 0;
    let mut p = 0;
    while p < products.len() {
        let mut i = home(products[p].code, seed, shift) & mask;
        let mut probes = 1;
        while slots[i] != EMPTY {
            i = (i + 1) & mask;
            probes += 1;
        }
        slots[i] = p as u32;
        if probes > longest {
            longest = probes;
        }
        p += 1;
    }
    longest
}

/// The table for an embedded catalogue: `S` slots, a power of two of at least twice the
/// number of products (checked at compile time), with the best of [`TRIES`] multipliers.
#[allow(clippy::panic)] // only evaluated in `static` initialisers: a panic is a build error
pub(crate) const fn embedded_index<const S: usize>(products: &[Product]) -> EmbeddedIndex<S> {
    if !S.is_power_of_two() || S < 2 * products.len() || S < 16 {
        panic!("embedded index: S must be a power of two, at least 16 and 2 × the products");
    }
    let shift = 64 - S.trailing_zeros();
    let mut best = EmbeddedIndex {
        seed: seed(0),
        slots: [EMPTY; S],
    };
    let mut best_longest = fill(products, &mut best.slots, best.seed, shift);
    let mut attempt = 1;
    while attempt < TRIES && best_longest > GOOD_ENOUGH {
        let mut slots = [EMPTY; S];
        let longest = fill(products, &mut slots, seed(attempt), shift);
        if longest < best_longest {
            best = EmbeddedIndex {
                seed: seed(attempt),
                slots,
            };
            best_longest = longest;
        }
        attempt += 1;
    }
    best
}

impl ProductIndex {
    /// The index of an embedded catalogue over its static table (from [`embedded_index`]).
    pub(crate) const fn embedded<const S: usize>(table: &'static EmbeddedIndex<S>) -> ProductIndex {
        ProductIndex {
            seed: table.seed,
            shift: 64 - S.trailing_zeros(),
            slots: Cow::Borrowed(&table.slots),
        }
    }

    /// Builds the index for `products` (sorted and free of duplicates, as `Catalogue` keeps
    /// them), with the best of [`TRIES`] multipliers.
    pub(crate) fn build(products: &[Product]) -> ProductIndex {
        let bits = bits_for(products.len());
        let shift = 64 - bits;
        let mut best: Option<(usize, ProductIndex)> = None;
        for attempt in 0..TRIES {
            let mut slots = vec![EMPTY; 1usize << bits];
            let longest = fill(products, &mut slots, seed(attempt), shift);
            if best.as_ref().is_none_or(|(b, _)| longest < *b) {
                let index = ProductIndex {
                    seed: seed(attempt),
                    shift,
                    slots: Cow::Owned(slots),
                };
                best = Some((longest, index));
            }
            if longest <= GOOD_ENOUGH {
                break;
            }
        }
        match best {
            Some((_, index)) => index,
            None => ProductIndex {
                seed: seed(0),
                shift,
                slots: Cow::Owned(vec![EMPTY; 1usize << bits]),
            },
        }
    }

    /// The position of `code` in `products`, if it is there.
    #[inline]
    pub(crate) fn find(&self, products: &[Product], code: ProductCode) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = home(code, self.seed, self.shift) & mask;
        // At most one pass over the table; it always has empty slots, so the loop ends sooner.
        for _ in 0..self.slots.len() {
            let position = *self.slots.get(i)? as usize;
            // An empty slot holds `EMPTY`, which is past the end of `products`.
            if products.get(position)?.code == code {
                return Some(position);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The product with `code` in `products`, if it is there.
    #[inline]
    pub(crate) fn get<'a>(
        &self,
        products: &'a [Product],
        code: ProductCode,
    ) -> Option<&'a Product> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = home(code, self.seed, self.shift) & mask;
        for _ in 0..self.slots.len() {
            let product = products.get(*self.slots.get(i)? as usize)?;
            if product.code == code {
                return Some(product);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The longest probe sequence of any product (1 = found in its home slot).
    #[cfg(test)]
    pub(crate) fn longest_probe(&self, products: &[Product]) -> usize {
        let mask = self.slots.len() - 1;
        products
            .iter()
            .map(|p| {
                let mut i = home(p.code, self.seed, self.shift) & mask;
                let mut n = 1;
                while products[self.slots[i] as usize].code != p.code {
                    i = (i + 1) & mask;
                    n += 1;
                }
                n
            })
            .max()
            .unwrap_or(0)
    }
}

/// Every tariff of a catalogue in one grid, `[product position][provider column]`, next to the
/// catalogue's provider columns: derived from the products' own tariffs when the catalogue is
/// built, so that a lookup finds the column by scanning a few `Provider`s (independent of the
/// product lookup) and reads the amount at `position × columns + column`, without a second
/// pointer to follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TariffGrid {
    columns: Cow<'static, [Provider]>,
    cells: Cow<'static, [Option<Decimal>]>,
}

/// The grid of an embedded catalogue (`N` = products × columns), built at compile time.
#[allow(clippy::indexing_slicing)] // const evaluation: an out-of-bounds index is a build error
pub(crate) const fn embedded_cells<const N: usize>(
    products: &[Product],
    columns: &[Provider],
) -> [Option<Decimal>; N] {
    let mut cells = [None; N];
    let mut p = 0;
    while p < products.len() {
        let tariffs: &[(Provider, Decimal)] = match &products[p].tariffs {
            Cow::Borrowed(t) => t,
            Cow::Owned(_) => &[],
        };
        let mut t = 0;
        while t < tariffs.len() {
            let (provider, amount) = tariffs[t];
            let mut c = 0;
            while c < columns.len() {
                let [a, b] = columns[c].halves();
                let [x, y] = provider.halves();
                if a == x && b == y {
                    cells[p * columns.len() + c] = Some(amount);
                }
                c += 1;
            }
            t += 1;
        }
        p += 1;
    }
    cells
}

impl TariffGrid {
    /// The grid of an embedded catalogue.
    pub(crate) const fn embedded(
        columns: &'static [Provider],
        cells: &'static [Option<Decimal>],
    ) -> TariffGrid {
        TariffGrid {
            columns: Cow::Borrowed(columns),
            cells: Cow::Borrowed(cells),
        }
    }

    /// The grid of `products` (each tariff of a provider in `columns`).
    pub(crate) fn build(products: &[Product], columns: Vec<Provider>) -> TariffGrid {
        let n = columns.len();
        let mut cells = vec![None; products.len().saturating_mul(n)];
        for (p, product) in products.iter().enumerate() {
            for (provider, amount) in product.tariffs() {
                if let Some(c) = columns.iter().position(|g| g == provider) {
                    if let Some(cell) = cells.get_mut(p * n + c) {
                        *cell = Some(*amount);
                    }
                }
            }
        }
        TariffGrid {
            columns: Cow::Owned(columns),
            cells: Cow::Owned(cells),
        }
    }

    /// The amount of the product at `position` for `provider`, if any.
    #[inline]
    pub(crate) fn get(&self, position: usize, provider: Provider) -> Option<Decimal> {
        let column = self.columns.iter().position(|g| *g == provider)?;
        let n = self.columns.len();
        *self
            .cells
            .get(position.wrapping_mul(n).wrapping_add(column))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalogue, Measure, Unit};

    #[test]
    fn embedded_catalogues_find_every_product_within_two_probes() {
        for book in [Catalogue::gelderland_2026(), Catalogue::holland_rijnland()] {
            for (i, p) in book.products().enumerate() {
                assert_eq!(book.index.find(&book.products, p.code()), Some(i));
            }
            assert!(
                book.index.longest_probe(&book.products) <= 2,
                "{}",
                book.region()
            );
        }
    }

    fn products(codes: impl IntoIterator<Item = String>) -> Vec<Product> {
        let mut v: Vec<Product> = codes
            .into_iter()
            .map(|c| Product::new(c.parse().unwrap(), Measure::Ots, "x", Unit::Month))
            .collect();
        v.sort_by_key(|p| p.code);
        v.dedup_by_key(|p| p.code);
        v
    }

    #[test]
    fn absent_codes_are_not_found() {
        let sorted = products(["47B10", "48B10", "4711"].map(String::from));
        let index = ProductIndex::build(&sorted);
        for code in ["47B10", "48B10", "4711", "48B11", "A", "ZZZZZ"] {
            let code: ProductCode = code.parse().unwrap();
            let expected = sorted.iter().position(|p| p.code == code);
            assert_eq!(index.find(&sorted, code), expected, "{code}");
            assert_eq!(
                index.get(&sorted, code),
                expected.map(|i| &sorted[i]),
                "{code}"
            );
        }
    }

    #[test]
    fn large_catalogues_keep_short_probes() {
        // 10,000 codes of the regional shape (two digits, a letter, two digits) and 10,000
        // consecutive numbers: the worst a real file would look like.
        for codes in [
            (0..10_000)
                .map(|i| {
                    format!(
                        "{:02}{}{:02}",
                        i % 100,
                        (b'A' + (i / 100 % 26) as u8) as char,
                        i / 2600
                    )
                })
                .collect::<Vec<_>>(),
            (0..10_000).map(|i| format!("{i}")).collect(),
        ] {
            let sorted = products(codes);
            let index = ProductIndex::build(&sorted);
            assert!(index.slots.len() >= 2 * sorted.len());
            for (i, p) in sorted.iter().enumerate() {
                assert_eq!(index.find(&sorted, p.code), Some(i));
            }
            // The build keeps trying multipliers until the longest probe is at most 3.
            assert!(
                index.longest_probe(&sorted) <= 3,
                "{}",
                index.longest_probe(&sorted)
            );
            assert_eq!(index.find(&sorted, "ZZZZZ".parse().unwrap()), None);
        }
    }

    #[test]
    fn the_tariff_grid_holds_every_tariff_of_the_products() {
        for book in [Catalogue::gelderland_2026(), Catalogue::holland_rijnland()] {
            let columns: Vec<_> = book.providers().iter().map(|p| p.provider()).collect();
            assert_eq!(book.grid, TariffGrid::build(&book.products, columns));
            for (i, p) in book.products().enumerate() {
                for info in book.providers() {
                    let g = info.provider();
                    assert_eq!(book.grid.get(i, g), p.tariff_amount(g), "{} {g}", p.code());
                }
            }
        }
    }

    #[test]
    fn an_empty_catalogue_finds_nothing() {
        let index = ProductIndex::build(&[]);
        assert_eq!(index.find(&[], "48B10".parse().unwrap()), None);
    }
}
