//! Heap allocations of the hot calls, counted with a counting global allocator.
//!
//! Counts are per thread (a thread-local counter), so tests running in parallel do not disturb
//! each other, and they are deterministic: no timing is involved.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::NaiveDate;
use jbjr::billing::Placement;
use jbjr::billing::placements_budget;
use jbjr::{BillingRule, Catalogue, Decimal, Measure, Order, ProductCode, Provider};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: delegates every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `f` on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    let after = ALLOCATIONS.with(Cell::get);
    (after - before, out)
}

#[test]
fn the_counter_counts() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert_eq!(n, 1);
    assert_eq!(v.len(), 16);
}

#[test]
fn code_parsing_and_lookups_do_not_allocate() {
    let book = Catalogue::gelderland_2026();
    let (n, ok) = allocations(|| {
        let mut found = 0;
        for product in book.products() {
            let code: ProductCode = product.code().as_str().parse().unwrap();
            found += usize::from(book.product(code).is_ok());
            for provider in [Provider::JbGld, Provider::Wss, Provider::LdH, Provider::JvV] {
                if let Ok(t) = book.tariff(code, provider) {
                    found += usize::from(!t.amount().is_sign_negative());
                }
            }
        }
        found
    });
    assert_eq!(n, 0, "allocations in parse/product/tariff");
    assert!(ok > 23);
}

/// A call that fails, with the allocations its error is expected to make.
type ErrorCase = (u64, Box<dyn FnOnce() -> Result<(), jbjr::Error>>);

/// Allocations made by making each error of `cases`, with the error.
fn per_error(cases: Vec<ErrorCase>) -> Vec<(u64, u64, Result<(), jbjr::Error>)> {
    cases
        .into_iter()
        .map(|(expected, f)| {
            let (n, r) = allocations(f);
            (expected, n, r)
        })
        .collect()
}

#[test]
fn errors_allocate_once_per_text_they_carry() {
    // Issue 16: an `Error` is small (at most 64 bytes); its texts live on the heap, one
    // allocation each, and an error without texts (a code, a provider, dates, amounts)
    // allocates nothing. Before, texts of up to 24 or 64 bytes were held inline in a 120-byte
    // error. A lookup that succeeds allocates nothing either way
    // (`code_parsing_and_lookups_do_not_allocate`).
    let book = Catalogue::gelderland_2026();
    let hr = Catalogue::holland_rijnland();
    let ots: ProductCode = "48B10".parse().unwrap();
    let results = per_error(vec![
        // The echoed input.
        (1, Box::new(|| "48B100".parse::<ProductCode>().map(|_| ()))),
        (
            1,
            Box::new(|| "Jeugdbescherming Overal".parse::<Provider>().map(|_| ())),
        ),
        // The region.
        (
            1,
            Box::new(move || book.product("48A04".parse().unwrap()).map(|_| ())),
        ),
        // Code, provider and year only.
        (
            0,
            Box::new(move || {
                book.tariff("49B03".parse().unwrap(), Provider::LdH)
                    .map(|_| ())
            }),
        ),
        (
            1,
            Box::new(move || {
                hr.tariff("48A04".parse().unwrap(), Provider::Wss)
                    .map(|_| ())
            }),
        ),
        (
            0,
            Box::new(move || {
                book.quote(ots, Provider::JbGld, d(2026, 12, 1), d(2027, 1, 31))
                    .map(|_| ())
            }),
        ),
        // The limit, the detail, the boxed range.
        (
            1,
            Box::new(|| Order::new(Measure::Ots, d(2026, 1, 31), d(2027, 1, 31)).map(|_| ())),
        ),
        (
            1,
            Box::new(|| jbjr::check_age(Measure::Stp, d(2001, 5, 14), d(2026, 12, 31)).map(|_| ())),
        ),
        (
            1,
            Box::new(|| {
                jbjr::cost::monthly_tariff(Decimal::MAX, Decimal::MAX, Decimal::ZERO).map(|_| ())
            }),
        ),
    ]);
    for (expected, n, result) in &results {
        assert!(result.is_err(), "{result:?}");
        assert_eq!(n, expected, "allocations while making {result:?}");
    }
}

#[test]
fn long_errors_allocate_once_per_text_and_keep_the_whole_text() {
    // An echoed input longer than 24 bytes: one allocation of exactly its text.
    let long_name = "Jeugdbescherming Gelderland en Overijssel samen";
    let (n, err) = allocations(|| long_name.parse::<Provider>().unwrap_err());
    assert_eq!(n, 1, "{err}");
    assert!(err.to_string().contains(long_name), "{err}");
    // A formatted reason longer than 64 bytes (a 28-digit amount): measured, then written
    // into one allocation; the product's code is the error's second text.
    let amount = Decimal::from_i128_with_scale(-79_228_162_514_264_337_593_543_950_335, 3);
    let ots = jbjr::Product::new(
        "48B10".parse().unwrap(),
        Measure::Ots,
        "OTS",
        jbjr::Unit::Month,
    );
    let (n, err) = allocations(move || ots.with_tariff(Provider::JbGld, amount).unwrap_err());
    assert_eq!(n, 2, "{err}");
    assert!(err.to_string().contains(&amount.to_string()), "{err}");
}

#[test]
fn cost_functions_do_not_allocate() {
    let (n, out) = allocations(|| {
        let rate = Decimal::new(14625, 2);
        (
            jbjr::cost::annual_cost(Decimal::from(102), rate),
            jbjr::cost::monthly_tariff(Decimal::from(102), rate, Decimal::new(13, 3)),
        )
    });
    assert_eq!(n, 0);
    assert_eq!(out.1, Ok(Decimal::new(125929, 2)));
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn new_extend_and_birth_date_do_not_allocate_on_success() {
    let (n, order) = allocations(|| Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 14)));
    assert_eq!(n, 0);
    let mut order = order.unwrap();
    let (n, r) = allocations(|| order.extend(d(2028, 3, 14)));
    assert_eq!((r.is_ok(), n), (true, 0));
    let (n, r) = allocations(|| order.with_birth_date(d(2012, 1, 1)));
    assert_eq!((r.is_ok(), n), (true, 0));
    let (n, r) = allocations(|| {
        let mut gbm = Order::new(Measure::GbmBegeleiding, d(2026, 1, 1), d(2026, 9, 30))?;
        gbm.extend(d(2027, 6, 30)).map(|()| gbm)
    });
    assert_eq!((r.is_ok(), n), (true, 0));
    let (n, r) = allocations(|| order.holland_rijnland_ots_code(d(2027, 6, 1)));
    assert_eq!((r.is_ok(), n), (true, 0));
}

#[test]
fn quote_does_not_allocate() {
    let book = Catalogue::gelderland_2026();
    let ots = "48B10".parse().unwrap();
    let gbm = "47B11".parse().unwrap();
    let (n, total) = allocations(|| {
        let mut total = Decimal::ZERO;
        for rule in [
            BillingRule::SapGi,
            BillingRule::ProRataDaily,
            BillingRule::EveryTouchedMonth,
        ] {
            let q = book
                .quote_with(ots, Provider::JbGld, d(2026, 1, 15), d(2026, 11, 3), rule)
                .unwrap();
            total += q.lines().map(|l| l.amount()).sum::<Decimal>();
            total += q.year_totals().map(|(_, t)| t).sum::<Decimal>();
            let g = book
                .quote_with(gbm, Provider::Wss, d(2026, 1, 15), d(2026, 11, 3), rule)
                .unwrap();
            total += g.total();
        }
        total
    });
    assert_eq!(n, 0, "quote allocated {n} times");
    assert!(total > Decimal::ZERO);
}

#[test]
fn placements_budget_allocates_nothing_per_placement() {
    let book = Catalogue::gelderland_2026();
    let ots = "48B10".parse().unwrap();
    let placements = |count: u32| {
        (0..count).map(move |i| Placement {
            child: i,
            code: ots,
            provider: Provider::JbGld,
            start: d(2025, 6, 1),
            end: d(2026, 8, 15),
        })
    };
    let (small, ()) = allocations(|| drop(placements_budget(book, placements(10)).unwrap()));
    let (large, ()) = allocations(|| drop(placements_budget(book, placements(100_000)).unwrap()));
    assert_eq!(
        small, large,
        "allocations grow with the number of placements"
    );
}

#[test]
fn offers_and_find_tariff_agree_with_tariff_and_never_allocate() {
    let hr = Catalogue::holland_rijnland();
    for book in [Catalogue::gelderland_2026(), hr] {
        let mut providers: Vec<Provider> = Provider::gelderland().to_vec();
        providers.push("Nidos".parse().unwrap());
        let mut codes: Vec<ProductCode> = book.products().map(|p| p.code()).collect();
        codes.push("48A04".parse().unwrap());
        codes.push("ZZZ".parse().unwrap());
        let (n, ()) = allocations(|| {
            for &code in &codes {
                for &provider in &providers {
                    let found = book.find_tariff(code, provider);
                    assert_eq!(book.offers(code, provider), found.is_some());
                    assert_eq!(
                        found.map(|t| t.amount()),
                        book.tariff_amount_for_test(code, provider)
                    );
                }
            }
        });
        assert_eq!(n, 0, "{}", book.region());
        for &code in &codes {
            for &provider in &providers {
                assert_eq!(
                    book.find_tariff(code, provider),
                    book.tariff(code, provider).ok()
                );
            }
        }
    }
}

/// The tariff's amount read from the product itself (another way than the lookup's grid).
trait TariffAmount {
    fn tariff_amount_for_test(&self, code: ProductCode, provider: Provider) -> Option<Decimal>;
}

impl TariffAmount for Catalogue {
    fn tariff_amount_for_test(&self, code: ProductCode, provider: Provider) -> Option<Decimal> {
        if !self.publishes_tariffs() {
            return None;
        }
        self.products()
            .find(|p| p.code() == code)?
            .tariff_amount(provider)
    }
}
