//! The lookup structures of a catalogue: the index from [`ProductCode`] to a product's position
//! (an open-addressing hash table with linear probing, keyed by the packed code, that works for
//! catalogues of any size), and the [`TariffGrid`] of the provider columns and the tariffs of
//! the columns beyond the first [`HEAD`].
//!
//! The table has a power-of-two number of slots, at least twice the number of products (load
//! factor at most ½), each holding a product's code, its position in the catalogue's sorted
//! product slice, its unit and its tariffs in the first [`HEAD`] provider columns (or nothing:
//! [`Slot::EMPTY`]), so a lookup compares codes in the table itself and a tariff lookup of one
//! of those columns reads the amount from the slot that matched, without touching the product
//! or a second table. A code's home slot is its eight bytes, read as a little-endian `u64`,
//! times a multiplier, shifted down to the table's top bits (multiplicative "Fibonacci"
//! hashing, Knuth TAOCP 6.4): one multiply and one shift, the shift's amount kept in the
//! multiplier's low six bits, so the lookup's hot path loads one word of the index before the
//! slot. The slot's key says at once whether it holds the code and whether the first provider
//! column has a tariff for it (see [`Slot`]). A lookup reads slots from the home slot on
//! until it finds the code or an empty slot. At load ½ the expected probe count is about 1.5
//! for a hit and 2.5 for a miss whatever the catalogue's size, so lookups are O(1) and
//! allocate nothing; to keep the worst case short as well, the build tries a few multipliers
//! and keeps the one with the shortest longest probe sequence. The table is built in
//! [`crate::Catalogue::new`] for loaded catalogues and at compile time (a `const fn` into a
//! static array) for the embedded ones.
//!
//! A slot is 80 bytes (four amounts of 16), so a table takes 160 to 320 bytes per product: 2.6
//! MB for 10,000 products.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::{Product, ProductCode, Provider};

/// One slot of the table: a product's code (as [`ProductCode::hash_key`]), position and unit,
/// and its tariffs of the first [`HEAD`] provider columns, so that a tariff of one of those
/// columns is read from the slot that matched the code, without a second lookup.
///
/// The key carries one more fact in its top bit, [`NO_FIRST`]: set when the product has *no*
/// tariff in the first column. A code's key never has that bit (its top byte is the code's
/// length, at most 5), so one compare of the slot's key with the code's asks "is this the
/// code, and does the first column offer it?" at once: the first column's lookup, the common
/// one (a region's own GI is declared first), reads no other field of the slot before the
/// amount.
// 16-aligned (80 bytes): each amount is read as one aligned 16-byte value, never across two
// cache lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(align(16))]
pub(crate) struct Slot {
    /// The code's key, with [`NO_FIRST`] set when the product has no tariff in column 0; 0
    /// in an empty slot (no code has key 0: its length byte is at least 1).
    key: u64,
    position: u32,
    unit: crate::Unit,
    /// Bit `c` set when the product has a tariff in column `c` (`c < HEAD`).
    offered: u8,
    /// The product's tariffs in the first [`HEAD`] columns (zero where bit `c` of `offered` is
    /// clear: "n.v.t." or no such column).
    amounts: [Decimal; HEAD],
}

impl Slot {
    /// An empty slot.
    const EMPTY: Slot = Slot {
        key: 0,
        position: 0,
        unit: crate::Unit::Month,
        offered: 0,
        amounts: [Decimal::ZERO; HEAD],
    };

    pub(crate) const fn is_empty(&self) -> bool {
        self.key == 0
    }

    /// The slot of `product` at `position`, with its `tariffs` in the first [`HEAD`] of
    /// `columns`.
    // `t < tariffs.len()` and `c < HEAD` by the loop conditions.
    #[allow(clippy::indexing_slicing)]
    const fn of(
        product: &Product,
        position: usize,
        tariffs: &[(Provider, Decimal)],
        columns: &[Provider],
    ) -> Slot {
        let mut slot = Slot {
            key: product.code.hash_key(),
            position: position as u32,
            unit: product.unit,
            offered: 0,
            amounts: [Decimal::ZERO; HEAD],
        };
        let mut t = 0;
        while t < tariffs.len() {
            let (provider, amount) = tariffs[t];
            let [x, y] = provider.halves();
            let mut c = 0;
            while c < HEAD && c < columns.len() {
                let [a, b] = columns[c].halves();
                if a == x && b == y {
                    slot.amounts[c] = amount;
                    slot.offered |= 1 << c;
                }
                c += 1;
            }
            t += 1;
        }
        if slot.offered & 1 == 0 {
            slot.key |= NO_FIRST;
        }
        slot
    }

    /// Whether the slot holds the code with key `key` (whatever its [`NO_FIRST`] bit).
    #[inline]
    pub(crate) const fn holds(&self, key: u64) -> bool {
        self.key & !NO_FIRST == key
    }

    /// Whether the slot holds the code with key `key` and the product has a tariff in the
    /// first column: one compare.
    #[inline]
    pub(crate) const fn holds_with_first_column(&self, key: u64) -> bool {
        self.key == key
    }

    /// The tariff of the first column; zero when the product has none there (see
    /// [`Slot::holds_with_first_column`]).
    #[inline]
    pub(crate) const fn first_amount(&self) -> &Decimal {
        let [first, ..] = &self.amounts;
        first
    }

    /// The tariff of column `column`, if the product has one there (`None` as well for a
    /// column at or beyond [`HEAD`]).
    #[inline]
    pub(crate) fn amount(&self, column: usize) -> Option<&Decimal> {
        let amount = self.amounts.get(column)?;
        // `column < HEAD <= 8` here: the shift stays within the byte.
        if self.offered & (1 << column) == 0 {
            return None;
        }
        Some(amount)
    }

    /// The product's unit.
    #[inline]
    pub(crate) const fn unit(&self) -> crate::Unit {
        self.unit
    }

    /// The product's position in the catalogue's products.
    #[inline]
    pub(crate) const fn position(&self) -> usize {
        self.position as usize
    }
}

/// The bit of a [`Slot`]'s key that says the product has no tariff in the first column.
const NO_FIRST: u64 = 1 << 63;

/// The first multiplier: the 64-bit golden-ratio constant (Fibonacci hashing).
const FIRST_SEED: u64 = 0x9E37_79B9_7F4A_7C15;
/// How many multipliers a build of a large catalogue tries.
const TRIES: u64 = 8;
/// A longest probe sequence this short ends the search for a multiplier of a large catalogue.
const GOOD_ENOUGH: usize = 3;
/// Catalogues of at most this many products (a region's book) get a table in which every
/// product sits in its home slot, if one of [`SMALL_TRIES`] multipliers gives one: a lookup is
/// then one slot read with no probing, and its branches are the same for every code.
const SMALL: usize = 256;
/// How many multipliers a build of a small catalogue tries for a table without probing.
const SMALL_TRIES: u64 = 4096;

/// The number of multipliers to try and the longest probe sequence that ends the search, for a
/// catalogue of `n` products.
const fn search_limits(n: usize) -> (u64, usize) {
    if n <= SMALL {
        (SMALL_TRIES, 1)
    } else {
        (TRIES, GOOD_ENOUGH)
    }
}

/// The `attempt`-th multiplier for a table of `2^(64 - shift)` slots (`shift` in `1..=60`),
/// with the shift in its low six bits (see [`home`]). Those bits are never all zero, so the
/// multiplier is `2^j × odd` with `j ≤ 5`: it discards at most the key's top five bits, and
/// those are zero in every key (the top byte is the code's length, at most 5).
const fn multiplier(attempt: u64, shift: u32) -> u64 {
    let seed = FIRST_SEED.wrapping_add(attempt.wrapping_mul(0x2545_F491_4F6C_DD1D));
    (seed & !63) | shift as u64
}

/// The home slot of `code` under `multiplier` (from [`multiplier`]): the key times the
/// multiplier, shifted right by the multiplier's own low six bits (a shift masks its amount to
/// six bits, so the shift is read from the multiplier and not loaded apart).
#[inline]
const fn home(code: ProductCode, multiplier: u64) -> usize {
    code.hash_key()
        .wrapping_mul(multiplier)
        .wrapping_shr(multiplier as u32) as usize
}

/// The hash table over a sorted product slice.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct ProductIndex {
    /// The multiplier, with `64 - log2(slots.len())` in its low six bits ([`multiplier`]).
    multiplier: u64,
    slots: Cow<'static, [Slot]>,
}

/// The table of an embedded catalogue, built at compile time into a static.
pub(crate) struct EmbeddedIndex<const S: usize> {
    multiplier: u64,
    slots: [Slot; S],
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

/// Places every product by linear probing into `table` (all zero, a power of two in length,
/// longer than `products`), as its position + 1, and returns the longest probe sequence. The
/// search for a multiplier tries many; the slots are then filled once, from the best `table`
/// ([`slots_from`]). `const` so that the embedded catalogues carry their table as data.
// Every index is in bounds: `i` is masked to `table.len() - 1`, `p < products.len()` by the
// loop condition; in const evaluation an out-of-bounds index would be a build error.
#[allow(clippy::indexing_slicing)]
const fn place(products: &[Product], table: &mut [u32], multiplier: u64) -> usize {
    let mask = table.len() - 1;
    let mut longest = 0;
    let mut p = 0;
    while p < products.len() {
        let mut i = home(products[p].code, multiplier) & mask;
        let mut probes = 1;
        while table[i] != 0 {
            i = (i + 1) & mask;
            probes += 1;
        }
        table[i] = p as u32 + 1;
        if probes > longest {
            longest = probes;
        }
        p += 1;
    }
    longest
}

/// The tariffs of an embedded product (its `Cow` is borrowed; an owned one has none here).
const fn embedded_tariffs(product: &Product) -> &[(Provider, Decimal)] {
    match &product.tariffs {
        Cow::Borrowed(t) => t,
        Cow::Owned(_) => &[],
    }
}

/// The table for an embedded catalogue: `S` slots, a power of two of at least twice the
/// number of products (checked at compile time), with the best multiplier found (see
/// [`search_limits`]), each product's slot carrying its tariffs in the first [`HEAD`] of
/// `columns`.
#[allow(clippy::panic, clippy::indexing_slicing)] // only evaluated in `static` initialisers: a
// panic or an index out of bounds is a build error
pub(crate) const fn embedded_index<const S: usize>(
    products: &[Product],
    columns: &[Provider],
) -> EmbeddedIndex<S> {
    if !S.is_power_of_two() || S < 2 * products.len() || S < 16 {
        panic!("embedded index: S must be a power of two, at least 16 and 2 × the products");
    }
    let shift = 64 - S.trailing_zeros();
    let mut best_multiplier = multiplier(0, shift);
    let mut best = [0u32; S];
    let mut best_longest = place(products, &mut best, best_multiplier);
    let (tries, good_enough) = search_limits(products.len());
    let mut attempt = 1;
    while attempt < tries && best_longest > good_enough {
        let mut table = [0u32; S];
        let longest = place(products, &mut table, multiplier(attempt, shift));
        if longest < best_longest {
            best = table;
            best_multiplier = multiplier(attempt, shift);
            best_longest = longest;
        }
        attempt += 1;
    }
    let mut slots = [Slot::EMPTY; S];
    let mut i = 0;
    while i < S {
        if best[i] != 0 {
            let p = best[i] as usize - 1;
            slots[i] = Slot::of(&products[p], p, embedded_tariffs(&products[p]), columns);
        }
        i += 1;
    }
    EmbeddedIndex {
        multiplier: best_multiplier,
        slots,
    }
}

/// The slots of a placement `table` (from [`place`]) of `products`.
fn slots_from(table: &[u32], products: &[Product], columns: &[Provider]) -> Vec<Slot> {
    table
        .iter()
        .map(|&t| {
            let p = (t as usize).wrapping_sub(1);
            match products.get(p) {
                Some(product) => Slot::of(product, p, product.tariffs(), columns),
                None => Slot::EMPTY,
            }
        })
        .collect()
}

impl ProductIndex {
    /// The index of an embedded catalogue over its static table (from [`embedded_index`]).
    pub(crate) const fn embedded<const S: usize>(table: &'static EmbeddedIndex<S>) -> ProductIndex {
        ProductIndex {
            multiplier: table.multiplier,
            slots: Cow::Borrowed(&table.slots),
        }
    }

    /// Builds the index for `products` (sorted and free of duplicates, as `Catalogue` keeps
    /// them), with the best multiplier found (see [`search_limits`]), each slot carrying its
    /// product's tariffs in the first [`HEAD`] of `columns`.
    pub(crate) fn build(products: &[Product], columns: &[Provider]) -> ProductIndex {
        let bits = bits_for(products.len());
        let shift = 64 - bits;
        let mut best: Option<(usize, u64, Vec<u32>)> = None;
        let (tries, good_enough) = search_limits(products.len());
        for attempt in 0..tries {
            let mut table = vec![0u32; 1usize << bits];
            let longest = place(products, &mut table, multiplier(attempt, shift));
            if best.as_ref().is_none_or(|(b, _, _)| longest < *b) {
                best = Some((longest, multiplier(attempt, shift), table));
            }
            if longest <= good_enough {
                break;
            }
        }
        let (multiplier, table) = match best {
            Some((_, multiplier, table)) => (multiplier, table),
            None => (multiplier(0, shift), vec![0u32; 1usize << bits]),
        };
        ProductIndex {
            multiplier,
            slots: Cow::Owned(slots_from(&table, products, columns)),
        }
    }

    /// The slot holding `code` (its number and contents), if the catalogue has the code:
    /// read from the table alone. The home slot is read inline (every product of the embedded
    /// books sits in its home slot, and about two thirds of any catalogue's); the probe beyond
    /// it is out of line.
    #[inline]
    fn locate(&self, code: ProductCode) -> Option<(usize, &Slot)> {
        let key = code.hash_key();
        // `home` is below the table's length (a power of two, `2^(64 - shift)`).
        let i = home(code, self.multiplier);
        let slot = self.slots.get(i)?;
        if slot.holds(key) {
            return Some((i, slot));
        }
        if slot.is_empty() {
            return None;
        }
        self.probe(i, key)
    }

    /// [`ProductIndex::locate`] beyond the home slot `home`: linear probing from the next slot.
    #[inline(never)]
    fn probe(&self, home: usize, key: u64) -> Option<(usize, &Slot)> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = home;
        // At most one pass over the table; it always has empty slots, so the loop ends sooner.
        for _ in 1..self.slots.len() {
            i = (i + 1) & mask;
            let slot = self.slots.get(i)?;
            if slot.holds(key) {
                return Some((i, slot));
            }
            if slot.is_empty() {
                return None;
            }
        }
        None
    }

    /// The home slot of `code`: the code's own slot when it holds the code
    /// ([`Slot::holds`]), an empty slot when the catalogue has no such code, another code's
    /// when the code may be in a later slot ([`ProductIndex::slot`] looks there). `None` only
    /// for a table without slots, which no index has.
    #[inline]
    pub(crate) fn home_slot(&self, code: ProductCode) -> Option<&Slot> {
        self.slots.get(home(code, self.multiplier))
    }

    /// The slot of the product with `code`, if there is one.
    #[inline]
    pub(crate) fn slot(&self, code: ProductCode) -> Option<&Slot> {
        self.locate(code).map(|(_, slot)| slot)
    }

    /// The position and unit of the product with `code`, if there is one.
    #[inline]
    pub(crate) fn lookup(&self, code: ProductCode) -> Option<(usize, crate::Unit)> {
        self.locate(code)
            .map(|(_, slot)| (slot.position as usize, slot.unit))
    }

    /// The position of `code` in `products`, if it is there.
    #[inline]
    pub(crate) fn find(&self, code: ProductCode) -> Option<usize> {
        self.lookup(code).map(|(position, _)| position)
    }

    /// The product with `code` in `products`, if it is there.
    #[inline]
    pub(crate) fn get<'a>(
        &self,
        products: &'a [Product],
        code: ProductCode,
    ) -> Option<&'a Product> {
        products.get(self.lookup(code)?.0)
    }

    /// The longest probe sequence of any product (1 = found in its home slot).
    #[cfg(test)]
    pub(crate) fn longest_probe(&self, products: &[Product]) -> usize {
        let mask = self.slots.len() - 1;
        products
            .iter()
            .map(|p| {
                let mut i = home(p.code, self.multiplier) & mask;
                let mut n = 1;
                while products[self.slots[i].position as usize].code != p.code
                    || self.slots[i].is_empty()
                {
                    i = (i + 1) & mask;
                    n += 1;
                }
                n
            })
            .max()
            .unwrap_or(0)
    }
}

/// How many provider columns a [`TariffGrid`] compares inline, without reading its column
/// list, and whose tariffs each index [`Slot`] carries: the first four declared (a region's
/// book declares a handful of GIs).
pub(crate) const HEAD: usize = 4;

/// A provider that no [`Provider`] equals: its name would be empty. Fills the unused places of
/// [`TariffGrid::head`].
const NO_PROVIDER: [u64; 2] = [0, 0];

/// The provider columns of a catalogue and the tariffs of the columns beyond the first
/// [`HEAD`] (those of the first [`HEAD`] are in the index's slots), one row per product (in
/// the catalogue's order), column after column: the cell of the product at `position` for
/// column `HEAD + k` is `k × rows + position`, derived from the products' own tariffs when the
/// catalogue is built. The first [`HEAD`] columns' providers are kept inline, as their two
/// `u64` halves, so that finding a provider's column compares a few integers in the catalogue
/// itself, without hashing and without following a pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TariffGrid {
    /// The first [`HEAD`] declared providers' halves, in declaration order; [`NO_PROVIDER`]
    /// past the last.
    head: [[u64; 2]; HEAD],
    /// The number of products (rows).
    rows: usize,
    /// Every declared provider, in declaration order (the columns).
    columns: Cow<'static, [Provider]>,
    /// `(columns - HEAD) × rows` cells, column after column, for the columns beyond the head.
    cells: Cow<'static, [Option<Decimal>]>,
}

/// The inline head of a grid over `columns`.
#[allow(clippy::indexing_slicing)] // `c < HEAD` and `c < columns.len()` by the loop condition
const fn head(columns: &[Provider]) -> [[u64; 2]; HEAD] {
    let mut head = [NO_PROVIDER; HEAD];
    let mut c = 0;
    while c < HEAD && c < columns.len() {
        head[c] = columns[c].halves();
        c += 1;
    }
    head
}

/// The cells of an embedded catalogue's grid beyond the first [`HEAD`] columns (`N` =
/// products × (columns − [`HEAD`]), or 0), built at compile time.
#[allow(clippy::indexing_slicing, clippy::panic)] // const evaluation: a build error
pub(crate) const fn embedded_cells<const N: usize>(
    products: &[Product],
    columns: &[Provider],
) -> [Option<Decimal>; N] {
    if N != products.len() * columns.len().saturating_sub(HEAD) {
        panic!("embedded grid: N must be the products × the columns beyond the head");
    }
    let mut cells = [None; N];
    let mut p = 0;
    while p < products.len() {
        let tariffs = embedded_tariffs(&products[p]);
        let mut t = 0;
        while t < tariffs.len() {
            let (provider, amount) = tariffs[t];
            let mut c = HEAD;
            while c < columns.len() {
                let [a, b] = columns[c].halves();
                let [x, y] = provider.halves();
                if a == x && b == y {
                    cells[(c - HEAD) * products.len() + p] = Some(amount);
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
    /// The grid of an embedded catalogue of `rows` products (cells from [`embedded_cells`]).
    pub(crate) const fn embedded(
        rows: usize,
        columns: &'static [Provider],
        cells: &'static [Option<Decimal>],
    ) -> TariffGrid {
        TariffGrid {
            head: head(columns),
            rows,
            columns: Cow::Borrowed(columns),
            cells: Cow::Borrowed(cells),
        }
    }

    /// The grid of `products` (each tariff of a provider in `columns`).
    pub(crate) fn build(products: &[Product], columns: Vec<Provider>) -> TariffGrid {
        let rows = products.len();
        let beyond = columns.len().saturating_sub(HEAD);
        let mut cells = vec![None; rows.saturating_mul(beyond)];
        for (p, product) in products.iter().enumerate() {
            for (provider, amount) in product.tariffs() {
                let column = columns.iter().skip(HEAD).position(|g| g == provider);
                if let Some(k) = column {
                    if let Some(cell) = cells.get_mut(k * rows + p) {
                        *cell = Some(*amount);
                    }
                }
            }
        }
        TariffGrid {
            head: head(&columns),
            rows,
            columns: Cow::Owned(columns),
            cells: Cow::Owned(cells),
        }
    }

    /// Whether `provider` is the first column (one compare of its two halves).
    #[inline]
    pub(crate) fn is_first_column(&self, provider: Provider) -> bool {
        self.head[0] == provider.halves()
    }

    /// The column of `provider` among the first [`HEAD`], compared inline in declaration
    /// order, if it is one of them.
    #[inline]
    pub(crate) fn head_column(&self, provider: Provider) -> Option<usize> {
        let key = provider.halves();
        // A constant trip count: unrolled, with the first column compared first.
        self.head.iter().position(|declared| *declared == key)
    }

    /// The column of `provider`, if the grid has one: the first [`HEAD`] compared inline, in
    /// declaration order, the rest out of line.
    #[inline]
    pub(crate) fn column(&self, provider: Provider) -> Option<usize> {
        match self.head_column(provider) {
            Some(c) => Some(c),
            None if self.columns.len() > HEAD => self.column_beyond_head(provider),
            None => None,
        }
    }

    /// Whether the grid has columns beyond the first [`HEAD`].
    #[inline]
    pub(crate) fn has_more_columns(&self) -> bool {
        self.columns.len() > HEAD
    }

    /// [`TariffGrid::column`] beyond the first [`HEAD`] columns.
    #[inline(never)]
    pub(crate) fn column_beyond_head(&self, provider: Provider) -> Option<usize> {
        let beyond = self.columns.get(HEAD..)?;
        Some(HEAD + beyond.iter().position(|g| *g == provider)?)
    }

    /// The amount in the cell of the product at `position` and `column` (at or beyond
    /// [`HEAD`]), if any.
    #[inline]
    pub(crate) fn cell(&self, position: usize, column: usize) -> Option<&Decimal> {
        let k = column.checked_sub(HEAD)?;
        self.cells
            .get(k.wrapping_mul(self.rows).wrapping_add(position))?
            .as_ref()
    }
}

/// Whether `b` is one edit away from `a` (a byte replaced, removed, added, or two neighbours
/// swapped: the optimal-string-alignment distance is 1).
pub(crate) fn one_edit(a: &[u8], b: &[u8]) -> bool {
    match a.len().abs_diff(b.len()) {
        0 => {
            let mut diffs = (0..a.len()).filter(|&i| a.get(i) != b.get(i));
            match (diffs.next(), diffs.next(), diffs.next()) {
                (Some(_), None, _) => true,
                (Some(i), Some(j), None) => {
                    j == i + 1 && a.get(i) == b.get(j) && a.get(j) == b.get(i)
                }
                _ => false,
            }
        }
        1 => {
            let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
            let first = short
                .iter()
                .zip(long)
                .position(|(x, y)| x != y)
                .unwrap_or(short.len());
            short.get(first..) == long.get(first + 1..)
        }
        _ => false,
    }
}

/// Every product code one edit away from `typed` (see [`one_edit`]), over the characters a
/// code may hold (digits and upper-case letters).
pub(crate) fn one_edit_variants(typed: &[u8]) -> impl Iterator<Item = ProductCode> + '_ {
    const CHARS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let n = typed.len();
    let code = |bytes: Vec<u8>| -> Option<ProductCode> {
        if bytes.is_empty() || bytes.len() > 5 {
            return None;
        }
        std::str::from_utf8(&bytes).ok()?.parse().ok()
    };
    let replaced = (0..n).flat_map(move |i| {
        CHARS.iter().map(move |&c| {
            let mut v = typed.to_vec();
            if let Some(slot) = v.get_mut(i) {
                *slot = c;
            }
            v
        })
    });
    let removed = (0..n).map(move |i| {
        let mut v = typed.to_vec();
        v.remove(i);
        v
    });
    let swapped = (1..n).map(move |i| {
        let mut v = typed.to_vec();
        v.swap(i - 1, i);
        v
    });
    let added = (0..=n).flat_map(move |i| {
        CHARS.iter().map(move |&c| {
            let mut v = typed.to_vec();
            v.insert(i, c);
            v
        })
    });
    replaced
        .chain(removed)
        .chain(swapped)
        .chain(added)
        .filter(move |v| v.as_slice() != typed)
        .filter_map(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Catalogue, Measure, Unit};

    #[test]
    fn embedded_catalogues_find_every_product_in_its_home_slot() {
        for book in [Catalogue::gelderland_2026(), Catalogue::holland_rijnland()] {
            for (i, p) in book.products().enumerate() {
                assert_eq!(book.index.find(p.code()), Some(i));
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
        let index = ProductIndex::build(&sorted, &[]);
        for code in ["47B10", "48B10", "4711", "48B11", "A", "ZZZZZ"] {
            let code: ProductCode = code.parse().unwrap();
            let expected = sorted.iter().position(|p| p.code == code);
            assert_eq!(index.find(code), expected, "{code}");
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
            let index = ProductIndex::build(&sorted, &[]);
            assert!(index.slots.len() >= 2 * sorted.len());
            for (i, p) in sorted.iter().enumerate() {
                assert_eq!(index.find(p.code), Some(i));
            }
            // The build keeps trying multipliers until the longest probe is at most 3.
            assert!(
                index.longest_probe(&sorted) <= 3,
                "{}",
                index.longest_probe(&sorted)
            );
            assert_eq!(index.find("ZZZZZ".parse().unwrap()), None);
        }
    }

    #[test]
    fn the_index_and_grid_hold_every_tariff_of_the_products() {
        for book in [Catalogue::gelderland_2026(), Catalogue::holland_rijnland()] {
            let columns: Vec<_> = book.providers().iter().map(|p| p.provider()).collect();
            assert_eq!(book.index, ProductIndex::build(&book.products, &columns));
            assert_eq!(book.grid, TariffGrid::build(&book.products, columns));
            for p in book.products() {
                for info in book.providers() {
                    let g = info.provider();
                    let amount = book.find_tariff(p.code(), g).map(|t| t.amount());
                    assert_eq!(amount, p.tariff_amount(g), "{} {g}", p.code());
                    // The same decimal, digit for digit: two decimals, as the book prints it.
                    assert_eq!(
                        amount.map(|a| a.to_string()),
                        p.tariff_amount(g).map(|a| a.to_string())
                    );
                }
            }
        }
    }

    #[test]
    fn one_edit_finds_the_near_codes_only() {
        for (a, b, near) in [
            ("48B1O", "48B10", true),
            ("48B1", "48B10", true),
            ("48B100", "48B10", true),
            ("48810", "48B10", true),
            ("84B10", "48B10", true),
            ("48B10", "48B10", false),
            ("47B11", "48B10", false),
            ("4B1", "48B10", false),
        ] {
            assert_eq!(one_edit(a.as_bytes(), b.as_bytes()), near, "{a} {b}");
            assert_eq!(one_edit(b.as_bytes(), a.as_bytes()), near, "{b} {a}");
        }
        let variants: Vec<ProductCode> = one_edit_variants(b"48B1O").collect();
        assert!(variants.contains(&"48B10".parse().unwrap()));
        assert!(
            variants
                .iter()
                .all(|v| one_edit(v.as_str().as_bytes(), b"48B1O"))
        );
    }

    #[test]
    fn providers_beyond_the_inline_head_are_found() {
        use crate::{Decimal, ProviderInfo};
        // Six GIs: four compared inline, two beyond; each with its own tariff for 48B10, the
        // fifth without one ("n.v.t.").
        let gis: Vec<Provider> = ["JBA", "JBB", "JBC", "JBD", "JBE", "JBF"]
            .map(|n| n.parse().unwrap())
            .into();
        let mut ots = Product::new("48B10".parse().unwrap(), Measure::Ots, "OTS", Unit::Month);
        for (i, g) in gis.iter().enumerate().filter(|(i, _)| *i != 4) {
            ots = ots
                .with_tariff(*g, Decimal::new(100_000 + i as i64, 2))
                .unwrap();
        }
        let infos = gis
            .iter()
            .map(|g| ProviderInfo::new(*g, "GI").unwrap())
            .collect();
        let book = Catalogue::new("Zes", 2027, infos, vec![ots]).unwrap();
        let code = "48B10".parse().unwrap();
        for (i, g) in gis.iter().enumerate() {
            assert_eq!(book.grid.column(*g), Some(i), "{g}");
            let expected = (i != 4).then(|| Decimal::new(100_000 + i as i64, 2));
            assert_eq!(
                book.find_tariff(code, *g).map(|t| t.amount()),
                expected,
                "{g}"
            );
        }
        let nidos: Provider = "Nidos".parse().unwrap();
        assert_eq!(book.grid.column(nidos), None);
        assert_eq!(book.find_tariff(code, nidos), None);
        // A catalogue with fewer GIs than the head has: the empty places match nothing.
        let one = Catalogue::new(
            "Een",
            2027,
            vec![ProviderInfo::new(gis[0], "GI").unwrap()],
            vec![],
        )
        .unwrap();
        for g in &gis[1..] {
            assert_eq!(one.grid.column(*g), None, "{g}");
        }
    }

    #[test]
    fn a_slot_key_tells_the_first_column_tariff_apart() {
        // Gelderland 2026 (Productenboek, tariff table): 48B10 has a JbGld tariff (the first
        // column); the Holland Rijnland book declares no tariffs at all.
        let book = Catalogue::gelderland_2026();
        let ots: ProductCode = "48B10".parse().unwrap();
        let slot = book.index.slot(ots).unwrap();
        assert!(slot.holds(ots.hash_key()) && slot.holds_with_first_column(ots.hash_key()));
        assert_eq!(slot.first_amount(), &Decimal::new(125_929, 2));
        let hr = Catalogue::holland_rijnland();
        for p in hr.products() {
            let slot = hr.index.slot(p.code).unwrap();
            assert!(slot.holds(p.code.hash_key()), "{}", p.code);
            assert!(
                !slot.holds_with_first_column(p.code.hash_key()),
                "{}",
                p.code
            );
        }
        // A code's key never has the flag bit: its top byte is the length (at most 5).
        for code in ["A", "ZZZZZ", "99999", "48B10"] {
            let code: ProductCode = code.parse().unwrap();
            assert_eq!(code.hash_key() & NO_FIRST, 0, "{code}");
        }
    }

    #[test]
    fn the_multiplier_carries_the_shift_and_keeps_every_key_bit() {
        for bits in 4..=63 {
            let shift = 64 - bits;
            for attempt in [0, 1, 4095] {
                let m = multiplier(attempt, shift);
                assert_eq!(m & 63, u64::from(shift));
                // `2^j × odd` with `j ≤ 5`: only the key's top five bits (always zero) are lost.
                assert!(m.trailing_zeros() <= 5, "{m:#x}");
            }
        }
        // Every code's home is inside a table of 16 slots and of 2^20 slots.
        for code in ["A", "ZZZZZ", "48B10", "4711", "0"] {
            let code: ProductCode = code.parse().unwrap();
            assert!(home(code, multiplier(3, 60)) < 16);
            assert!(home(code, multiplier(3, 44)) < 1 << 20);
        }
    }

    #[test]
    fn a_slot_is_80_bytes_and_16_aligned() {
        assert_eq!(std::mem::size_of::<Slot>(), 80);
        assert_eq!(std::mem::align_of::<Slot>(), 16);
    }

    #[test]
    fn a_large_catalogue_finds_every_tariff_in_and_beyond_the_slots() {
        use crate::{Decimal, ProviderInfo};
        // 3,000 products, six GIs (four in the slots, two beyond): every product has tariffs
        // for some GIs and not others, so misses and hits of every column are checked, on
        // products in their home slot and products found by probing.
        let gis: Vec<Provider> = ["JBA", "JBB", "JBC", "JBD", "JBE", "JBF"]
            .map(|n| n.parse().unwrap())
            .into();
        let products: Vec<Product> = (0..3_000)
            .map(|i| {
                let code = format!("{i}").parse().unwrap();
                let mut p = Product::new(code, Measure::Ots, "x", Unit::Month);
                for (c, g) in gis.iter().enumerate() {
                    if (i + c) % 3 != 0 {
                        let cents = 100_000 + (i * 10 + c) as i64;
                        p = p.with_tariff(*g, Decimal::new(cents, 2)).unwrap();
                    }
                }
                p
            })
            .collect();
        let infos = gis
            .iter()
            .map(|g| ProviderInfo::new(*g, "GI").unwrap())
            .collect();
        let book = Catalogue::new("Groot", 2027, infos, products.clone()).unwrap();
        let mut probed = 0;
        for p in &products {
            let home = home(p.code, book.index.multiplier);
            probed += usize::from(!book.index.slots[home].holds(p.code.hash_key()));
            for g in &gis {
                assert_eq!(
                    book.find_tariff(p.code, *g).map(|t| t.amount()),
                    p.tariff_amount(*g),
                    "{} {g}",
                    p.code
                );
            }
        }
        assert!(probed > 0, "some products are found by probing");
        for g in &gis {
            assert_eq!(book.find_tariff("99999".parse().unwrap(), *g), None);
        }
    }

    #[test]
    fn an_empty_catalogue_finds_nothing() {
        let index = ProductIndex::build(&[], &[]);
        assert_eq!(index.find("48B10".parse().unwrap()), None);
    }
}
