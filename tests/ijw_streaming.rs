//! The JW323 reader streams (issue 19): memory grows with the lines kept, not with the bytes
//! read. A counting global allocator tracks the live heap bytes of this thread; reading a large
//! JW323 line by line with `Jw323Reader`, keeping nothing, must stay below a small bound that
//! does not depend on the size of the document.

#![cfg(feature = "ijw")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{BufReader, Read};

use jbjr::ijw::{Jw323, Jw323Reader};

struct Counting;

thread_local! {
    /// Live bytes allocated by this thread (allocations minus frees; may go negative when a
    /// thread frees what another allocated, which this test does not do).
    static LIVE: Cell<i64> = const { Cell::new(0) };
    /// The highest `LIVE` seen since the last reset.
    static PEAK: Cell<i64> = const { Cell::new(0) };
}

fn add(n: i64) {
    // `try_with`: the allocator also runs while thread-locals are torn down.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + n;
        live.set(now);
        let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
    });
}

fn size(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

// SAFETY: delegates every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        add(size(layout.size()));
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        add(-size(layout.size()));
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        add(size(new_size) - size(layout.size()));
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The peak of live bytes above the level at the start, while `f` runs.
fn peak<T>(f: impl FnOnce() -> T) -> (i64, T) {
    let start = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let out = f();
    (PEAK.with(Cell::get) - start, out)
}

const SAMPLE: &str = include_str!("../data/ijw/jw323_declaratie.xml");

/// A JW323 made from the sample by repeating its first client `copies` times, produced on the
/// fly (never held in memory whole): the header and declaration fields, then the client
/// `copies` times, then the end. The total is left as in the sample: the reader does not add
/// up amounts (that is the check's work).
struct Repeated {
    head: &'static [u8],
    client: &'static [u8],
    tail: &'static [u8],
    copies: u64,
    /// 0: head, 1: clients, 2: tail, 3: done.
    part: u8,
    at: usize,
    emitted: u64,
    /// Bytes handed out.
    bytes: u64,
}

impl Repeated {
    fn new(copies: u64) -> Repeated {
        let start = SAMPLE.find("<jw323:Client>").unwrap();
        let end = SAMPLE[start..].find("</jw323:Client>").unwrap() + start;
        let end = end + "</jw323:Client>".len();
        let tail = SAMPLE.find("</jw323:Clienten>").unwrap();
        Repeated {
            head: &SAMPLE.as_bytes()[..start],
            client: &SAMPLE.as_bytes()[start..end],
            tail: &SAMPLE.as_bytes()[tail..],
            copies,
            part: 0,
            at: 0,
            emitted: 0,
            bytes: 0,
        }
    }
}

impl Read for Repeated {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let piece = match self.part {
                0 => self.head,
                1 => self.client,
                2 => self.tail,
                _ => return Ok(0),
            };
            if self.at == piece.len() {
                self.at = 0;
                match self.part {
                    1 => {
                        self.emitted += 1;
                        if self.emitted == self.copies {
                            self.part = 2;
                        }
                    }
                    _ => self.part += 1,
                }
                continue;
            }
            let rest = &piece[self.at..];
            let n = rest.len().min(out.len());
            out[..n].copy_from_slice(&rest[..n]);
            self.at += n;
            self.bytes += n as u64;
            return Ok(n);
        }
    }
}

fn lines_per_client() -> usize {
    let msg = Jw323::from_str(SAMPLE, "sample").unwrap();
    msg.declaratie.clienten[0].prestaties.len()
}

/// Reads `copies` clients with `Jw323Reader`, keeping nothing: (peak live bytes, lines, bytes
/// read).
fn stream(copies: u64) -> (i64, usize, u64) {
    let mut source = Repeated::new(copies);
    let (peak, lines) = peak(|| {
        let mut reader =
            Jw323Reader::new(BufReader::with_capacity(8192, &mut source), "big.xml").unwrap();
        let mut lines = 0usize;
        while let Some(line) = reader.next_line().unwrap() {
            assert_eq!(line.bsn.as_str(), "999900006");
            lines += 1;
        }
        lines
    });
    (peak, lines, source.bytes)
}

#[test]
fn the_reader_streams_memory_does_not_grow_with_the_bytes_read() {
    let per_client = lines_per_client();
    assert!(per_client >= 2);
    // 100 clients and 10,000 clients: 100 times the bytes.
    let (small_peak, small_lines, small_bytes) = stream(100);
    let (big_peak, big_lines, big_bytes) = stream(10_000);
    assert_eq!(small_lines, 100 * per_client);
    assert_eq!(big_lines, 10_000 * per_client);
    assert!(big_bytes > 15_000_000, "read {big_bytes} bytes");
    // The peak is the reader's buffers and one line, not the document: the same for 100 times
    // the input, and far below even the small document's size.
    assert!(
        big_peak < 64 * 1024,
        "peak live bytes {big_peak} while reading {big_bytes} bytes"
    );
    assert!(
        big_peak <= small_peak + 1024,
        "peak {big_peak} bytes for {big_bytes} bytes read, {small_peak} for {small_bytes}"
    );
}

#[test]
fn reading_whole_keeps_the_lines() {
    // The counter does see what is kept: the whole message of 2,000 clients holds far more than
    // the streaming bound.
    let mut source = Repeated::new(2_000);
    let (kept, msg) = peak(|| Jw323::read(BufReader::new(&mut source), "big.xml").unwrap());
    assert_eq!(msg.declaratie.clienten.len(), 2_000);
    assert!(kept > 64 * 1024 * 10, "kept {kept} bytes");
}
