//! `Order::new` and `Order::extend` do not allocate on success (errors may), counted with a
//! counting global allocator. Counts are per thread, so parallel tests do not disturb them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use chrono::NaiveDate;
use jbjr::{Measure, Order};

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

fn allocations<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (out, ALLOCATIONS.with(Cell::get) - before)
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn new_extend_and_birth_date_do_not_allocate_on_success() {
    let (order, n) = allocations(|| Order::new(Measure::Ots, d(2026, 3, 15), d(2027, 3, 14)));
    assert_eq!(n, 0);
    let mut order = order.unwrap();
    let (r, n) = allocations(|| order.extend(d(2028, 3, 14)));
    assert_eq!((r.is_ok(), n), (true, 0));
    let (r, n) = allocations(|| order.with_birth_date(d(2012, 1, 1)));
    assert_eq!((r.is_ok(), n), (true, 0));
    let (r, n) = allocations(|| {
        let mut gbm = Order::new(Measure::GbmBegeleiding, d(2026, 1, 1), d(2026, 9, 30))?;
        gbm.extend(d(2027, 6, 30)).map(|()| gbm)
    });
    assert_eq!((r.is_ok(), n), (true, 0));
    let (r, n) = allocations(|| order.holland_rijnland_ots_code(d(2027, 6, 1)));
    assert_eq!((r.is_ok(), n), (true, 0));
}
