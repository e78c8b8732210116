//! `Catalogue::quote` does not allocate, and `placements_budget` allocates nothing per
//! placement: checked with a counting global allocator (this test binary only).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use jbjr::budget::placements_budget;
use jbjr::family::Placement;
use jbjr::{BillingRule, Catalogue, Decimal, Provider};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    f();
    ALLOCATIONS.load(Ordering::Relaxed) - before
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// One test function only: the counter is global, and tests of one binary run in parallel.
#[test]
fn quote_and_budgets_do_not_allocate_per_item() {
    let book = Catalogue::gelderland_2026();
    let ots = "48B10".parse().unwrap();
    let gbm = "47B11".parse().unwrap();
    let n = allocations_during(|| {
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
        assert!(total > Decimal::ZERO);
    });
    assert_eq!(n, 0, "quote allocated {n} times");

    let placements = |count: u32| {
        (0..count).map(move |i| Placement {
            child: i,
            code: ots,
            provider: Provider::JbGld,
            start: d(2025, 6, 1),
            end: d(2026, 8, 15),
        })
    };
    let small = allocations_during(|| drop(placements_budget(book, placements(10)).unwrap()));
    let large = allocations_during(|| drop(placements_budget(book, placements(100_000)).unwrap()));
    assert_eq!(
        small, large,
        "allocations grow with the number of placements"
    );
}
