//! The XML tokenizer of the iJw messages: start tags (namespace resolved), end tags, text and
//! the end of the document, each with its line and column, from any [`std::io::BufRead`], in a
//! buffer of its own (streaming: memory grows with the longest token, not with the document).
//!
//! It reads XML 1.0 with namespaces (UTF-8) as far as an iJw message can hold it, and refuses
//! what is not well-formed instead of guessing:
//!
//! - the XML declaration, processing instructions, comments and a `DOCTYPE` (internal subset
//!   included) are skipped; a UTF-8 byte order mark at the start is skipped;
//! - text is merged across references, CDATA sections and comments; the five predefined entities
//!   and character references (`&#N;`, `&#xH;`) are resolved, any other reference is an error;
//!   line ends `\r\n` and `\r` become `\n` (XML 1.0 §2.11); the whole input must be UTF-8
//!   (checked once, as it is read: a byte that is not is an error where it is);
//! - text that is ASCII whitespace only and ends at a tag is dropped where it is read (the
//!   indentation between elements: a simple element holding only whitespace is empty either
//!   way); other text is handed on, and the caller decides;
//! - an empty-element tag `<a/>` is a start tag followed by an end tag;
//! - names follow XML's name characters (ASCII checked here, non-ASCII checked as UTF-8); an end
//!   tag must close the innermost open element, by the same qualified name;
//! - a start tag's attributes are parsed (quoted with `"` or `'`, no `<` in a value, no name
//!   twice); only namespace declarations (`xmlns`, `xmlns:p`) and `xsi:` attributes are allowed,
//!   as iJw messages have no attributes of their own;
//! - an element's prefix is resolved through the declarations in scope (Namespaces in XML 1.0):
//!   the caller matches elements on the namespace URI, never on the prefix.
//!
//! Positions are counted as the scanner moves (lines by `\n`, columns in characters from 1),
//! with no second pass over the bytes: a token's line and column cost two subtractions.
//!
//! Beside the tokens, the reader may take a *fast way* for what an iJw message mostly holds
//! (`Scanner::simple_element`, `open_element`, `close_open_element`, `starts_with_element`):
//! white space and a plain tag (and text) read straight from the buffer, eight bytes at a
//! time. A fast way either reads exactly what the tokens would give, or consumes nothing and
//! says so (`None`), and the tokens then read it: anything unusual (a comment, a reference, an
//! attribute, a line break in text, a tag cut by the end of the buffer) goes the
//! token-by-token way, so the result and every error are the same however the input arrives
//! (tests/ijw_tokenizer.rs reads in chunks of 1 to 4096 bytes; the iJw fuzz targets check it
//! on every input).
//!
//! This replaces `quick_xml`, whose tokenizer alone took 7.5–9.5 times the instructions of the
//! declaration check it feeds (benches/README.md, "iJw messages"); quick-xml remains the
//! reference the tests compare this tokenizer with.

use std::io::BufRead;

use memchr::memchr;
use memchr::memmem;

use super::BASIS_NS;
use crate::message_error::MessageErrorKind;

/// The size of the buffer; it grows only for a token longer than this.
const CHUNK: usize = 16 * 1024;

/// The namespace of an element, resolved from its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NsId {
    /// The message's own namespace.
    Msg,
    /// The basisschema namespace.
    Basis,
    /// Another namespace; its URI is in [`Scanner::other`].
    Other,
    /// No namespace.
    Unbound,
}

/// One step of the document. A start tag's local name is in [`Scanner::name`] and a text's
/// content in [`Scanner::text`] until the next token is read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Token {
    /// A start tag (also the first half of an empty-element tag).
    Start {
        /// Its namespace.
        ns: NsId,
        /// Where its `<` is.
        line: u64,
        /// Where its `<` is.
        column: u64,
    },
    /// An end tag (also the second half of an empty-element tag).
    End,
    /// Text that is not ASCII whitespace only.
    Text {
        /// Where the text starts.
        line: u64,
        /// Where the text starts.
        column: u64,
    },
    /// The end of the document.
    Eof,
}

/// A token with where it starts.
pub(crate) type Positioned = (Token, u64, u64);

/// Why the document cannot be read, and where.
#[derive(Debug)]
pub(crate) struct ScanError {
    pub(crate) kind: MessageErrorKind,
    pub(crate) reason: String,
    pub(crate) expected: Option<String>,
    pub(crate) line: u64,
    pub(crate) column: u64,
}

/// A namespace declaration in scope.
struct Binding {
    /// The prefix (empty for the default namespace).
    prefix: Vec<u8>,
    ns: NsId,
    /// The URI, for `NsId::Other`.
    uri: String,
    /// The depth of the element that declared it.
    depth: usize,
}

/// Whether `b` may start a name (ASCII checked here; a byte beyond ASCII is checked as UTF-8
/// with the whole name).
#[inline(always)]
fn name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
}

/// Whether `b` may continue an ASCII name: letters, digits, `_ : - .`.
const fn ascii_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'-' | b'.')
}

/// The ASCII bytes that may continue a name (the fast way of a start tag).
static ASCII_NAME_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut rest: &mut [bool] = &mut table;
    let mut b: u8 = 0;
    while let [slot, tail @ ..] = rest {
        *slot = ascii_name_byte(b);
        rest = tail;
        b = b.wrapping_add(1);
    }
    table
};

/// Classes of text bytes: the fast way of text takes `PLAIN`, `SPACE` and `NEWLINE` to the `LT`;
/// `SPECIAL` (`&`, `\r`, beyond ASCII) takes the slow way.
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const LT: u8 = 3;
const SPECIAL: u8 = 4;

static TEXT_CLASS: [u8; 256] = {
    let mut table = [PLAIN; 256];
    let mut rest: &mut [u8] = &mut table;
    let mut b: u8 = 0;
    while let [slot, tail @ ..] = rest {
        *slot = match b {
            b' ' | b'\t' => SPACE,
            b'\n' => NEWLINE,
            b'<' => LT,
            b'&' | b'\r' | 0x80.. => SPECIAL,
            _ => PLAIN,
        };
        rest = tail;
        b = b.wrapping_add(1);
    }
    table
};

/// Whether `b` may continue a name: a byte of an ASCII name, or any byte beyond ASCII (checked
/// as UTF-8 with the whole name).
#[inline(always)]
fn name_byte(b: u8) -> bool {
    b >= 0x80
        || ASCII_NAME_BYTES
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The UTF-8 continuation bytes in `bytes` (a character is one lead byte and its continuations).
fn continuations(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b & 0xC0 == 0x80).count() as u64
}

/// A streaming tokenizer over `R`.
pub(crate) struct Scanner<R> {
    inner: R,
    /// Read and not yet dropped: `buf[pos..]` is not consumed. Checked as UTF-8 as it is read
    /// (a text's `&str` is then a slice of it), with the bytes of a character that the input
    /// has not finished yet in `pending`.
    buf: String,
    pending: Vec<u8>,
    /// The input is not UTF-8 after what `buf` holds.
    not_utf8: bool,
    pos: usize,
    /// The capacity `buf` is filled up to.
    cap: usize,
    /// The offset in the document of `buf[0]`.
    base: u64,
    eof: bool,
    /// The line of `buf[pos]`, the document offset its line starts at, and the UTF-8
    /// continuation bytes on that line before `pos` (so the column counts characters).
    line: u64,
    line_start: u64,
    wide: u64,
    /// The qualified names of the open elements, one after the other, and where each starts.
    open: Vec<u8>,
    open_at: Vec<usize>,
    bindings: Vec<Binding>,
    msg_ns: &'static str,
    /// The second half of an empty-element tag is due.
    pending_end: bool,
    /// A structural token read after text, handed out next.
    stashed: Option<Positioned>,
    /// The text of the last `Token::Text` (UTF-8).
    pub(crate) text: Vec<u8>,
    /// Whether `text` is ASCII whitespace only.
    pub(crate) text_blank: bool,
    /// Where the text being read starts.
    text_at: Option<(u64, u64)>,
    /// The namespace URI of the last start tag resolved to `NsId::Other`.
    pub(crate) other: String,
    /// Where the local name of the last start tag is in `open` (while it is open).
    name_at: (usize, usize),
    /// Whether the first bytes were looked at (for a byte order mark).
    started: bool,
    /// The prefix and colon (`jw323:`, `ijw:`; empty for the default namespace) last seen on
    /// an element of the message's namespace and of the basisschema, while the declarations in
    /// scope stay as they were.
    prefixes: [Option<Vec<u8>>; 2],
}

/// What a start tag holds beyond its name.
struct Attribute {
    name: Vec<u8>,
    value: Vec<u8>,
}

impl<R: BufRead> Scanner<R> {
    /// A scanner of a message in namespace `msg_ns`.
    pub(crate) fn new(inner: R, msg_ns: &'static str) -> Scanner<R> {
        Scanner {
            inner,
            buf: String::new(),
            pending: Vec::new(),
            not_utf8: false,
            pos: 0,
            cap: CHUNK,
            base: 0,
            eof: false,
            line: 1,
            line_start: 0,
            wide: 0,
            open: Vec::new(),
            open_at: Vec::new(),
            bindings: Vec::new(),
            msg_ns,
            pending_end: false,
            stashed: None,
            text: Vec::new(),
            text_blank: true,
            text_at: None,
            other: String::new(),
            name_at: (0, 0),
            started: false,
            prefixes: [None, None],
        }
    }

    /// The local name of the last start tag (empty once that element was closed).
    pub(crate) fn name(&self) -> &[u8] {
        self.open
            .get(self.name_at.0..self.name_at.1)
            .unwrap_or_default()
    }

    /// The line and column of `buf[pos]`.
    fn here(&self) -> (u64, u64) {
        let offset = self.base + self.pos as u64;
        (
            self.line,
            offset
                .saturating_sub(self.line_start)
                .saturating_sub(self.wide)
                + 1,
        )
    }

    /// The line and column of `buf[pos + rel]` (counted over the bytes between: for errors).
    fn at_rel(&self, rel: usize) -> (u64, u64) {
        let bytes = self
            .buf
            .as_bytes()
            .get(self.pos..self.pos.saturating_add(rel).min(self.buf.len()))
            .unwrap_or_default();
        match bytes.iter().rposition(|&b| b == b'\n') {
            None => {
                let (line, column) = self.here();
                (line, column + bytes.len() as u64 - continuations(bytes))
            }
            Some(last) => {
                let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64;
                let tail = bytes.get(last + 1..).unwrap_or_default();
                (
                    self.line + lines,
                    1 + tail.len() as u64 - continuations(tail),
                )
            }
        }
    }

    /// Consumes `n` bytes, counting their lines and characters.
    fn advance(&mut self, n: usize) {
        let end = self.pos.saturating_add(n).min(self.buf.len());
        let bytes = self.buf.as_bytes().get(self.pos..end).unwrap_or_default();
        match bytes.iter().rposition(|&b| b == b'\n') {
            None => self.wide += continuations(bytes),
            Some(last) => {
                self.line += bytes.iter().filter(|&&b| b == b'\n').count() as u64;
                self.line_start = self.base + (self.pos + last + 1) as u64;
                self.wide = continuations(bytes.get(last + 1..).unwrap_or_default());
            }
        }
        self.pos = end;
    }

    /// Consumes `n` ASCII bytes without a newline.
    fn skip(&mut self, n: usize) {
        self.pos = self.pos.saturating_add(n).min(self.buf.len());
    }

    fn error(
        &self,
        (line, column): (u64, u64),
        kind: MessageErrorKind,
        reason: impl Into<String>,
        expected: Option<String>,
    ) -> Box<ScanError> {
        Box::new(ScanError {
            kind,
            reason: reason.into(),
            expected,
            line,
            column,
        })
    }

    fn malformed(&self, at: (u64, u64), reason: impl Into<String>) -> Box<ScanError> {
        self.error(
            at,
            MessageErrorKind::NotWellFormed,
            format!("not well-formed XML: {}", reason.into()),
            None,
        )
    }

    /// Reads more of the document after the bytes not yet consumed (which move to the front of
    /// the buffer); `false` at the end of the document. The bytes read are checked as UTF-8
    /// here, once: a byte that cannot be in UTF-8 is an error when the reading reaches it.
    fn fill(&mut self) -> Result<bool, Box<ScanError>> {
        if self.not_utf8 {
            return Err(self.error(
                self.at_rel(self.buf.len() - self.pos),
                MessageErrorKind::NotWellFormed,
                "not UTF-8: a byte here cannot start or continue a character",
                Some("UTF-8 text (XML 1.0 §4.3.3)".into()),
            ));
        }
        if self.eof {
            return Ok(false);
        }
        // `pos` is always after a whole token, so at a character's start; were it not, the
        // buffer would only grow.
        if self.pos > 0 && self.buf.is_char_boundary(self.pos) {
            self.buf.drain(..self.pos);
            self.base += self.pos as u64;
            self.pos = 0;
        }
        if self.buf.len() >= self.cap {
            self.cap = self.cap.saturating_mul(2);
        }
        let want = self.cap - self.buf.len();
        loop {
            match self.inner.fill_buf() {
                Ok(available) => {
                    let n = available.len().min(want);
                    let new = available.get(..n).unwrap_or_default();
                    if n == 0 {
                        self.eof = true;
                        if !self.pending.is_empty() {
                            self.not_utf8 = true;
                            return self.fill();
                        }
                        return Ok(false);
                    }
                    let mut joined = Vec::new();
                    let bytes = if self.pending.is_empty() {
                        new
                    } else {
                        joined.append(&mut self.pending);
                        joined.extend_from_slice(new);
                        joined.as_slice()
                    };
                    match std::str::from_utf8(bytes) {
                        Ok(text) => self.buf.push_str(text),
                        Err(e) => {
                            let (valid, rest) = bytes
                                .split_at_checked(e.valid_up_to())
                                .unwrap_or((bytes, &[]));
                            self.buf
                                .push_str(std::str::from_utf8(valid).unwrap_or_default());
                            if e.error_len().is_some() {
                                self.not_utf8 = true;
                            } else {
                                // A character the input has not finished yet.
                                self.pending = rest.to_vec();
                            }
                        }
                    }
                    self.inner.consume(n);
                    return Ok(true);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(self.error(
                        self.here(),
                        MessageErrorKind::NotWellFormed,
                        format!("cannot read the input: {e}"),
                        None,
                    ));
                }
            }
        }
    }

    /// The byte at `pos + rel`, reading more when needed; `None` at the end of the document.
    fn byte_at(&mut self, rel: usize) -> Result<Option<u8>, Box<ScanError>> {
        loop {
            if let Some(&b) = self.buf.as_bytes().get(self.pos + rel) {
                return Ok(Some(b));
            }
            if !self.fill()? {
                return Ok(None);
            }
        }
    }

    /// Where `pattern` starts, searching from `pos + from`, reading more when needed.
    fn find(&mut self, from: usize, pattern: &[u8]) -> Result<Option<usize>, Box<ScanError>> {
        let mut from = from;
        loop {
            let hay = self
                .buf
                .as_bytes()
                .get(self.pos + from..)
                .unwrap_or_default();
            let found = match pattern {
                [one] => memchr(*one, hay),
                _ => memmem::find(hay, pattern),
            };
            if let Some(i) = found {
                return Ok(Some(from + i));
            }
            // The pattern may straddle what is read and what is not.
            from = from
                .max((self.buf.len() - self.pos).saturating_sub(pattern.len().saturating_sub(1)));
            if !self.fill()? {
                return Ok(None);
            }
        }
    }

    /// The next token: text is merged up to the next tag (or the end) and handed out before
    /// it; whitespace-only text is dropped.
    pub(crate) fn next_token(&mut self) -> Result<Positioned, Box<ScanError>> {
        if let Some(token) = self.stashed.take() {
            return Ok(token);
        }
        self.text.clear();
        self.text_blank = true;
        self.text_at = None;
        loop {
            let Some(token) = self.step()? else {
                continue;
            };
            if let Some((line, column)) = self.text_at.take() {
                if !self.text_blank {
                    self.stashed = Some(token);
                    return Ok((Token::Text { line, column }, line, column));
                }
            }
            return Ok(token);
        }
    }

    /// The white space at the start of `rest` (spaces, tabs, newlines) up to a `<`: where the
    /// `<` is, the newlines passed and where the last one is. `None` when anything else comes
    /// first, or the buffer ends.
    fn white_to_tag(rest: &[u8]) -> Option<(usize, u64, usize)> {
        let mut i = 0;
        let mut newlines = 0u64;
        let mut last = 0usize;
        loop {
            match rest.get(i)? {
                b' ' | b'\t' => {}
                b'\n' => {
                    newlines += 1;
                    last = i;
                    i += leading_spaces(rest, i + 1);
                }
                b'<' => return Some((i, newlines, last)),
                _ => return None,
            }
            i += 1;
        }
    }

    /// Consumes `n` bytes that hold `newlines` line breaks, the last at `last`, and no
    /// character beyond ASCII after it; returns the line and column of byte `at` of them
    /// (after the last line break).
    fn pass(&mut self, n: usize, newlines: u64, last: usize, at: usize) -> (u64, u64) {
        let position = if newlines > 0 {
            self.line += newlines;
            self.line_start = self.base + (self.pos + last + 1) as u64;
            self.wide = 0;
            (self.line, at.saturating_sub(last) as u64)
        } else {
            let (line, column) = self.here();
            (line, column + at as u64)
        };
        self.pos += n;
        position
    }

    /// Whether no token is waiting, so that a fast way may read on from `pos`.
    fn at_rest(&self) -> bool {
        !self.pending_end && self.stashed.is_none()
    }

    /// The fast way of a simple element `name` in namespace `ns`, as an iJw message mostly
    /// holds them: white space, `<p:name>`, ASCII text (no reference, line break or carriage
    /// return; not blank), `</p:name>`, all in the buffer. Returns where the text starts and
    /// where it is in the buffer ([`Scanner::buffered`]); `None`, having consumed nothing,
    /// when anything else comes (the token-by-token way then reads it, with the same result or
    /// error).
    pub(crate) fn simple_element(
        &mut self,
        ns: NsId,
        name: &[u8],
    ) -> Option<(u64, u64, std::ops::Range<usize>)> {
        if !self.at_rest() {
            return None;
        }
        let rest = self.buf.as_bytes().get(self.pos..)?;
        let (open, newlines, last) = Self::white_to_tag(rest)?;
        let qname_len = start_tag_of(&mut self.prefixes, &self.bindings, rest, open, ns, name)?;
        // The text: ASCII, not blank, no reference, line break or carriage return.
        let text_at = open + qname_len + 2;
        let j = plain_text(rest, text_at)?;
        // `</p:name>`.
        let qname = rest.get(open + 1..open + 1 + qname_len)?;
        let end = rest.get(j..j + qname_len + 3)?;
        if end.get(..2) != Some(b"</")
            || !same(end.get(2..2 + qname_len)?, qname)
            || end.last() != Some(&b'>')
        {
            return None;
        }
        let text = self.pos + text_at..self.pos + j;
        let (line, column) = self.pass(j + qname_len + 3, newlines, last, text_at);
        Some((line, column, text))
    }

    /// Text of the buffer that was read last (valid until the next token is read).
    pub(crate) fn buffered(&self, range: std::ops::Range<usize>) -> &str {
        self.buf.get(range).unwrap_or_default()
    }

    /// The fast way of a start tag `<p:name>` (no attributes): where its `<` is; `None`,
    /// having consumed nothing, when anything else comes.
    pub(crate) fn open_element(&mut self, ns: NsId, name: &[u8]) -> Option<(u64, u64)> {
        if !self.at_rest() {
            return None;
        }
        let rest = self.buf.as_bytes().get(self.pos..)?;
        let (open, newlines, last) = Self::white_to_tag(rest)?;
        let qname_len = start_tag_of(&mut self.prefixes, &self.bindings, rest, open, ns, name)?;
        let qname = rest.get(open + 1..open + 1 + qname_len)?;
        let qname_at = self.open.len();
        self.open.extend_from_slice(qname);
        self.open_at.push(qname_at);
        self.name_at = (self.open.len() - name.len(), self.open.len());
        Some(self.pass(open + qname_len + 2, newlines, last, open))
    }

    /// The fast way of the end tag of the innermost open element: where its `<` is; `None`,
    /// having consumed nothing, when anything else comes.
    pub(crate) fn close_open_element(&mut self) -> Option<(u64, u64)> {
        if !self.at_rest() {
            return None;
        }
        let rest = self.buf.as_bytes().get(self.pos..)?;
        let (open, newlines, last) = Self::white_to_tag(rest)?;
        let qname = self.open.get(*self.open_at.last()?..)?;
        let tag = rest.get(open..open + qname.len() + 3)?;
        if tag.get(..2) != Some(b"</")
            || !same(tag.get(2..2 + qname.len())?, qname)
            || tag.last() != Some(&b'>')
            || !qname.is_ascii()
        {
            return None;
        }
        let at = self.pass(open + qname.len() + 3, newlines, last, open);
        self.close_element();
        Some(at)
    }

    /// The fast way of looking ahead: whether the next element starts with `<p:name>` (`p`
    /// bound to `ns`), consuming nothing. `Some(false)` at an end tag or another start tag;
    /// `None` when anything else comes (a comment, text, the end of the buffer).
    pub(crate) fn starts_with_element(&mut self, ns: NsId, name: &[u8]) -> Option<bool> {
        if !self.at_rest() {
            return None;
        }
        let rest = self.buf.as_bytes().get(self.pos..)?;
        let (open, _, _) = Self::white_to_tag(rest)?;
        if start_tag_of(&mut self.prefixes, &self.bindings, rest, open, ns, name).is_some() {
            return Some(true);
        }
        if rest.get(open + 1) == Some(&b'/') {
            return Some(false);
        }
        // Another element: a start tag whose local name, read whole, is another name (a tag
        // cut off by the end of the buffer, or this name with white space or attributes, is
        // left to the token-by-token way).
        let tag = rest.get(open + 1..)?;
        let len = tag.iter().position(|&b| {
            !ASCII_NAME_BYTES
                .get(usize::from(b))
                .copied()
                .unwrap_or(false)
        })?;
        if !tag.first().is_some_and(|&b| name_start(b)) {
            return None;
        }
        let qname = tag.get(..len)?;
        let local = qname.rsplit(|&b| b == b':').next()?;
        (!same(local, name)).then_some(false)
    }

    /// Reads one piece: a structural token, or `None` after text, a comment, a processing
    /// instruction, a CDATA section or a DOCTYPE.
    fn step(&mut self) -> Result<Option<Positioned>, Box<ScanError>> {
        if self.pending_end {
            self.pending_end = false;
            let (line, column) = self.here();
            self.close_element();
            return Ok(Some((Token::End, line, column)));
        }
        let Some(first) = self.byte_at(0)? else {
            let (line, column) = self.here();
            return Ok(Some((Token::Eof, line, column)));
        };
        if !self.started {
            self.started = true;
            // A UTF-8 byte order mark (not counted as a column).
            if first == 0xEF && self.byte_at(1)? == Some(0xBB) && self.byte_at(2)? == Some(0xBF) {
                self.pos = 3;
                self.line_start = 3;
                return Ok(None);
            }
        }
        if first != b'<' {
            self.text_run()?;
            return Ok(None);
        }
        match self.byte_at(1)? {
            Some(b'/') => self.end_tag().map(Some),
            Some(b'?') => {
                let at = self.here();
                match self.find(2, b"?>")? {
                    Some(end) => {
                        self.advance(end + 2);
                        Ok(None)
                    }
                    None => Err(self.malformed(at, "processing instruction without its end `?>`")),
                }
            }
            Some(b'!') => {
                self.bang()?;
                Ok(None)
            }
            Some(_) => self.start_tag().map(Some),
            None => Err(self.malformed(self.here(), "the document ends inside a tag")),
        }
    }

    /// `<!--`, `<![CDATA[` or `<!DOCTYPE`.
    fn bang(&mut self) -> Result<(), Box<ScanError>> {
        let at = self.here();
        let mut head = [0u8; 9];
        for (i, slot) in head.iter_mut().enumerate() {
            match self.byte_at(i)? {
                Some(b) => *slot = b,
                None => break,
            }
        }
        if head.starts_with(b"<!--") {
            let Some(end) = self.find(4, b"-->")? else {
                return Err(self.malformed(at, "comment without its end `-->`"));
            };
            self.advance(end + 3);
            Ok(())
        } else if head.starts_with(b"<![CDATA[") {
            let Some(end) = self.find(9, b"]]>")? else {
                return Err(self.malformed(at, "CDATA section without its end `]]>`"));
            };
            if self.text_at.is_none() {
                self.text_at = Some(at);
            }
            let content = self
                .buf
                .as_bytes()
                .get(self.pos + 9..self.pos + end)
                .unwrap_or_default();
            let content = std::str::from_utf8(content)
                .map_err(|e| self.not_utf8(at, &e))?
                .to_owned();
            self.push_text(&content);
            self.advance(end + 3);
            Ok(())
        } else if head.starts_with(b"<!DOCTYPE") {
            // To the `>` that ends it, past an internal subset in brackets.
            let mut i = 9;
            let mut depth = 0u32;
            let mut quote: Option<u8> = None;
            loop {
                let Some(b) = self.byte_at(i)? else {
                    return Err(self.malformed(at, "DOCTYPE without its end `>`"));
                };
                match (quote, b) {
                    (Some(q), b) if b == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(b),
                    (None, b'[') => depth += 1,
                    (None, b']') => depth = depth.saturating_sub(1),
                    (None, b'>') if depth == 0 => break,
                    _ => {}
                }
                i += 1;
            }
            self.advance(i + 1);
            Ok(())
        } else {
            Err(self.malformed(
                at,
                "`<!` must start a comment `<!--`, a CDATA section or a DOCTYPE",
            ))
        }
    }

    fn not_utf8(&self, at: (u64, u64), e: &dyn std::fmt::Display) -> Box<ScanError> {
        self.error(
            at,
            MessageErrorKind::NotWellFormed,
            format!("not UTF-8 text: {e}"),
            None,
        )
    }

    /// Adds decoded text (`\r\n` and `\r` as `\n`).
    fn push_text(&mut self, piece: &str) {
        if !piece.bytes().all(is_space) {
            self.text_blank = false;
        }
        if piece.contains('\r') {
            let normal = piece.replace("\r\n", "\n").replace('\r', "\n");
            self.text.extend_from_slice(normal.as_bytes());
        } else {
            self.text.extend_from_slice(piece.as_bytes());
        }
    }

    /// Text up to the next `<` or the end of the document.
    fn text_run(&mut self) -> Result<(), Box<ScanError>> {
        if self.text_at.is_none() {
            self.text_at = Some(self.here());
        }
        // The fast way: ASCII without references or carriage returns (the indentation between
        // elements, and most values), in one pass to the `<`.
        let (len, newlines, last, blank) = loop {
            let run = self.buf.as_bytes().get(self.pos..).unwrap_or_default();
            let mut newlines = 0u64;
            let mut last = 0usize;
            let mut blank = true;
            let mut end = None;
            let mut i = 0;
            while let Some(&b) = run.get(i) {
                match TEXT_CLASS.get(usize::from(b)).copied().unwrap_or(SPECIAL) {
                    PLAIN => blank = false,
                    SPACE => {}
                    NEWLINE => {
                        newlines += 1;
                        last = i;
                        // Indentation: eight spaces at a time.
                        while run.get(i + 1..i + 9) == Some(b"        ") {
                            i += 8;
                        }
                    }
                    LT => {
                        end = Some(i);
                        break;
                    }
                    _ => {
                        let len = match self.find(i, b"<")? {
                            Some(len) => len,
                            None => self.buf.len() - self.pos,
                        };
                        return self.text_slow(len);
                    }
                }
                i += 1;
            }
            match end {
                Some(len) => break (len, newlines, last, blank),
                None if !self.fill()? => {
                    break (self.buf.len() - self.pos, newlines, last, blank);
                }
                None => continue,
            }
        };
        let run = self
            .buf
            .as_bytes()
            .get(self.pos..self.pos + len)
            .unwrap_or_default();
        if blank {
            // Whitespace is kept only when text came before it, or when what follows is not a
            // tag (a comment or a CDATA section: the text goes on).
            let next = self.buf.as_bytes().get(self.pos + len + 1).copied();
            let tag_follows = matches!(next, Some(b) if b == b'/' || name_start(b));
            if !(self.text_blank && tag_follows) {
                self.text.extend_from_slice(run);
            }
        } else {
            self.text_blank = false;
            self.text.extend_from_slice(run);
        }
        if newlines > 0 {
            self.line += newlines;
            self.line_start = self.base + (self.pos + last + 1) as u64;
            self.wide = 0;
        }
        self.pos += len;
        Ok(())
    }

    /// Text with references, carriage returns or characters beyond ASCII.
    fn text_slow(&mut self, len: usize) -> Result<(), Box<ScanError>> {
        let mut done = 0;
        while done < len {
            let rest = self
                .buf
                .as_bytes()
                .get(self.pos + done..self.pos + len)
                .unwrap_or_default();
            let plain = memchr(b'&', rest).unwrap_or(rest.len());
            if plain > 0 {
                let piece = rest.get(..plain).unwrap_or_default();
                let at = self.at_rel(done);
                let piece = std::str::from_utf8(piece)
                    .map_err(|e| self.not_utf8(at, &e))?
                    .to_owned();
                self.push_text(&piece);
                done += plain;
                continue;
            }
            // A reference: `&name;`.
            let at = self.at_rel(done);
            let Some(semi) = memchr(b';', rest) else {
                return Err(self.reference_error(at, rest.get(1..).unwrap_or_default()));
            };
            let name = rest.get(1..semi).unwrap_or_default();
            let Some(c) = resolve_reference(name) else {
                return Err(self.reference_error(at, name));
            };
            let mut utf8 = [0u8; 4];
            let s: &str = c.encode_utf8(&mut utf8);
            self.text_blank = false;
            self.text.extend_from_slice(s.as_bytes());
            done += semi + 1;
        }
        self.advance(len);
        Ok(())
    }

    fn reference_error(&self, at: (u64, u64), name: &[u8]) -> Box<ScanError> {
        let name = String::from_utf8_lossy(name);
        let name: String = name.chars().take(40).collect();
        self.error(
            at,
            MessageErrorKind::NotWellFormed,
            format!("unknown entity or character reference &{name};"),
            Some("one of &amp; &lt; &gt; &quot; &apos; or &#N;".into()),
        )
    }

    /// `</name>`: must close the innermost open element.
    fn end_tag(&mut self) -> Result<Positioned, Box<ScanError>> {
        let (line, column) = self.here();
        // The fast way: `</` and the innermost open element's name and `>`.
        if let Some(&at) = self.open_at.last() {
            let len = self.open.len() - at;
            while self.buf.len() - self.pos < len + 3 && self.fill()? {}
            let open = self.open.get(at..).unwrap_or_default();
            let tag = self.buf.as_bytes().get(self.pos + 2..self.pos + 3 + len);
            if tag.is_some_and(|t| t.starts_with(open) && t.last() == Some(&b'>')) {
                if open.is_ascii() {
                    self.skip(len + 3);
                } else {
                    self.advance(len + 3);
                }
                self.close_element();
                return Ok((Token::End, line, column));
            }
        }
        let Some(gt) = self.find(2, b">")? else {
            return Err(self.malformed((line, column), "the document ends inside an end tag"));
        };
        let tag = self
            .buf
            .as_bytes()
            .get(self.pos + 2..self.pos + gt)
            .unwrap_or_default();
        let name_len = tag.iter().position(|&b| !name_byte(b)).unwrap_or(tag.len());
        let (name, rest) = tag.split_at(name_len);
        if !rest.iter().all(|&b| is_space(b)) {
            return Err(self.malformed(
                (line, column),
                format!(
                    "end tag </{}> holds more than a name",
                    String::from_utf8_lossy(tag)
                        .chars()
                        .take(60)
                        .collect::<String>()
                ),
            ));
        }
        let open = self
            .open_at
            .last()
            .and_then(|&at| self.open.get(at..))
            .unwrap_or_default();
        if open != name || self.open_at.is_empty() {
            let name = String::from_utf8_lossy(name).into_owned();
            let reason = if self.open_at.is_empty() {
                format!("end tag </{name}> without its start tag")
            } else {
                format!(
                    "end tag </{name}> where </{}> is due",
                    String::from_utf8_lossy(open)
                )
            };
            return Err(self.malformed((line, column), reason));
        }
        if rest.is_empty() && name.is_ascii() {
            self.skip(gt + 1);
        } else {
            self.advance(gt + 1);
        }
        self.close_element();
        Ok((Token::End, line, column))
    }

    /// Forgets the innermost open element and the namespaces it declared.
    fn close_element(&mut self) {
        let depth = self.open_at.len();
        while self.bindings.last().is_some_and(|b| b.depth == depth) {
            self.bindings.pop();
            self.prefixes = [None, None];
        }
        if let Some(at) = self.open_at.pop() {
            self.open.truncate(at);
        }
    }

    /// `<name ...>` or `<name .../>`.
    fn start_tag(&mut self) -> Result<Positioned, Box<ScanError>> {
        let at = self.here();
        // The name, to the first byte that cannot be in an ASCII one.
        let (n, end) = loop {
            let tag = self.buf.as_bytes().get(self.pos + 1..).unwrap_or_default();
            let len = tag.len();
            match tag.iter().position(|&b| {
                !ASCII_NAME_BYTES
                    .get(usize::from(b))
                    .copied()
                    .unwrap_or(false)
            }) {
                Some(i) => break (i + 1, tag.get(i).copied()),
                None if !self.fill()? => break (len + 1, None),
                None => continue,
            }
        };
        let first = self
            .buf
            .as_bytes()
            .get(self.pos + 1)
            .copied()
            .unwrap_or(b' ');
        if !name_start(first) {
            return Err(self.malformed(
                at,
                format!("`<` followed by {:?}, not a name", char::from(first)),
            ));
        }
        if end == Some(b'>') && n > 1 {
            // The fast way: an ASCII name, no attributes.
            let qname_at = self.open.len();
            let qname = self
                .buf
                .as_bytes()
                .get(self.pos + 1..self.pos + n)
                .unwrap_or_default();
            self.open.extend_from_slice(qname);
            self.open_at.push(qname_at);
            let ns = self.resolve(qname_at, at)?;
            self.skip(n + 1);
            return Ok((
                Token::Start {
                    ns,
                    line: at.0,
                    column: at.1,
                },
                at.0,
                at.1,
            ));
        }
        // Past a name beyond ASCII.
        let mut n = n;
        while let Some(b) = self.byte_at(n)? {
            if !name_byte(b) {
                break;
            }
            n += 1;
        }
        self.start_tag_general(n, at)
    }

    /// A start tag with attributes, a line break or a name beyond ASCII; `n` is where its name
    /// ends.
    fn start_tag_general(
        &mut self,
        n: usize,
        at: (u64, u64),
    ) -> Result<Positioned, Box<ScanError>> {
        // The `>` that ends the tag (not one inside a quoted value).
        let mut i = n;
        let mut quote: Option<u8> = None;
        let gt = loop {
            let Some(b) = self.byte_at(i)? else {
                return Err(self.malformed(at, "the document ends inside a start tag"));
            };
            match (quote, b) {
                (Some(q), b) if b == q => quote = None,
                (Some(_), b'<') | (None, b'<') => {
                    return Err(self.malformed(self.at_rel(i), "`<` inside a tag"));
                }
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'>') => break i,
                _ => {}
            }
            i += 1;
        };
        let tag = self
            .buf
            .as_bytes()
            .get(self.pos + 1..self.pos + gt)
            .unwrap_or_default()
            .to_vec();
        let qname = tag.get(..n - 1).unwrap_or_default();
        if std::str::from_utf8(qname).is_err() {
            return Err(self.not_utf8(at, &"an element name"));
        }
        let (attributes, empty) = self.attributes(tag.get(n - 1..).unwrap_or_default(), at)?;
        let depth = self.open_at.len() + 1;
        let local = qname.rsplit(|&b| b == b':').next().unwrap_or_default();
        let mut bindings = Vec::new();
        for attribute in &attributes {
            let key = attribute.name.as_slice();
            let prefix = if key == b"xmlns" {
                Some(Vec::new())
            } else {
                key.strip_prefix(b"xmlns:").map(<[u8]>::to_vec)
            };
            match prefix {
                Some(prefix) => {
                    if !prefix.is_empty() && attribute.value.is_empty() {
                        return Err(self.malformed(
                            at,
                            format!(
                                "xmlns:{}=\"\" (a prefix cannot be undeclared)",
                                String::from_utf8_lossy(&prefix)
                            ),
                        ));
                    }
                    let uri = String::from_utf8(attribute.value.clone())
                        .map_err(|e| self.not_utf8(at, &e))?;
                    let ns = if uri.is_empty() {
                        NsId::Unbound
                    } else if uri == self.msg_ns {
                        NsId::Msg
                    } else if uri == BASIS_NS {
                        NsId::Basis
                    } else {
                        NsId::Other
                    };
                    bindings.push(Binding {
                        prefix,
                        ns,
                        uri,
                        depth,
                    });
                }
                None if key.starts_with(b"xsi:") => {}
                None => {
                    return Err(self.error(
                        at,
                        MessageErrorKind::Unexpected,
                        format!(
                            "attribute {} on {}: iJw messages have no attributes",
                            String::from_utf8_lossy(key),
                            String::from_utf8_lossy(local)
                        ),
                        None,
                    ));
                }
            }
        }
        if !bindings.is_empty() {
            self.prefixes = [None, None];
        }
        self.bindings.extend(bindings);
        let qname_at = self.open.len();
        self.open.extend_from_slice(qname);
        self.open_at.push(qname_at);
        let ns = self.resolve(qname_at, at)?;
        self.advance(gt + 1);
        if empty {
            self.pending_end = true;
        }
        Ok((
            Token::Start {
                ns,
                line: at.0,
                column: at.1,
            },
            at.0,
            at.1,
        ))
    }

    /// The attributes after a start tag's name (`rest` runs to the `>`), and whether the tag
    /// is an empty-element tag.
    fn attributes(
        &self,
        rest: &[u8],
        at: (u64, u64),
    ) -> Result<(Vec<Attribute>, bool), Box<ScanError>> {
        let mut out: Vec<Attribute> = Vec::new();
        let mut i = 0;
        loop {
            let spaced = rest.get(i).is_some_and(|&b| is_space(b));
            while rest.get(i).is_some_and(|&b| is_space(b)) {
                i += 1;
            }
            match rest.get(i) {
                None => return Ok((out, false)),
                Some(b'/') if i + 1 == rest.len() => return Ok((out, true)),
                Some(_) if !spaced => {
                    return Err(self.malformed(at, "attributes must be separated by white space"));
                }
                Some(&b) if name_start(b) => {}
                Some(&b) => {
                    return Err(self.malformed(
                        at,
                        format!("{:?} where an attribute name is due", char::from(b)),
                    ));
                }
            }
            let start = i;
            while rest.get(i).is_some_and(|&b| name_byte(b)) {
                i += 1;
            }
            let name = rest.get(start..i).unwrap_or_default().to_vec();
            while rest.get(i).is_some_and(|&b| is_space(b)) {
                i += 1;
            }
            if rest.get(i) != Some(&b'=') {
                return Err(self.malformed(
                    at,
                    format!(
                        "attribute {} without `=\"value\"`",
                        String::from_utf8_lossy(&name)
                    ),
                ));
            }
            i += 1;
            while rest.get(i).is_some_and(|&b| is_space(b)) {
                i += 1;
            }
            let Some(&quote) = rest.get(i).filter(|&&b| b == b'"' || b == b'\'') else {
                return Err(self.malformed(
                    at,
                    format!(
                        "the value of attribute {} is not quoted",
                        String::from_utf8_lossy(&name)
                    ),
                ));
            };
            i += 1;
            let len = rest
                .get(i..)
                .and_then(|r| memchr(quote, r))
                .unwrap_or(rest.len() - i);
            let raw = rest.get(i..i + len).unwrap_or_default();
            let value = self.attribute_value(raw, at)?;
            i += len + 1;
            if out.iter().any(|a| a.name == name) {
                return Err(self.malformed(
                    at,
                    format!("attribute {} appears twice", String::from_utf8_lossy(&name)),
                ));
            }
            out.push(Attribute { name, value });
        }
    }

    /// An attribute value with its references resolved and its white space normalised (XML 1.0
    /// §3.3.3).
    fn attribute_value(&self, raw: &[u8], at: (u64, u64)) -> Result<Vec<u8>, Box<ScanError>> {
        let raw = std::str::from_utf8(raw).map_err(|e| self.not_utf8(at, &e))?;
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            out.push_str(rest.get(..amp).unwrap_or_default());
            let after = rest.get(amp + 1..).unwrap_or_default();
            let Some(semi) = after.find(';') else {
                return Err(self.reference_error(at, after.as_bytes()));
            };
            let name = after.get(..semi).unwrap_or_default();
            let Some(c) = resolve_reference(name.as_bytes()) else {
                return Err(self.reference_error(at, name.as_bytes()));
            };
            out.push(c);
            rest = after.get(semi + 1..).unwrap_or_default();
        }
        out.push_str(rest);
        let out = out.replace("\r\n", " ").replace(['\r', '\n', '\t'], " ");
        Ok(out.into_bytes())
    }

    /// The namespace of the element whose qualified name starts at `open[qname_at..]`.
    fn resolve(&mut self, qname_at: usize, at: (u64, u64)) -> Result<NsId, Box<ScanError>> {
        let qname = self.open.get(qname_at..).unwrap_or_default();
        let colon = qname.iter().position(|&b| b == b':');
        let (prefix, local) = match colon {
            Some(colon) => (
                qname.get(..colon).unwrap_or_default(),
                qname.get(colon + 1..).unwrap_or_default(),
            ),
            None => (&[][..], qname),
        };
        if local.is_empty() || (colon.is_some() && (prefix.is_empty() || local.contains(&b':'))) {
            return Err(self.malformed(
                at,
                format!(
                    "element name {} is not a qualified name (prefix:local)",
                    String::from_utf8_lossy(qname)
                ),
            ));
        }
        let local_at = qname_at + colon.map_or(0, |c| c + 1);
        self.name_at = (local_at, self.open.len());
        let binding = self.bindings.iter().rev().find(|b| {
            b.prefix.len() == prefix.len() && b.prefix.iter().zip(prefix).all(|(x, y)| x == y)
        });
        match binding {
            Some(b) => {
                if b.ns == NsId::Other {
                    self.other.clear();
                    self.other.push_str(&b.uri);
                }
                Ok(b.ns)
            }
            None if prefix.is_empty() => Ok(NsId::Unbound),
            None if prefix == b"xml" => {
                self.other.clear();
                self.other.push_str("http://www.w3.org/XML/1998/namespace");
                Ok(NsId::Other)
            }
            None => Err(self.malformed(
                at,
                format!(
                    "element {} uses the undeclared namespace prefix {:?}",
                    String::from_utf8_lossy(local),
                    String::from_utf8_lossy(prefix)
                ),
            )),
        }
    }
}

/// Whether `rest[open..]` is the start tag `<p:name>` (no attributes) with `p` bound to `ns`
/// by `bindings`: the length of `p:name`. `prefixes` remembers the prefix that matched.
#[inline(always)]
fn start_tag_of(
    prefixes: &mut [Option<Vec<u8>>; 2],
    bindings: &[Binding],
    rest: &[u8],
    open: usize,
    ns: NsId,
    name: &[u8],
) -> Option<usize> {
    let slot = match ns {
        NsId::Msg => 0,
        NsId::Basis => 1,
        _ => 2,
    };
    if let Some(Some(prefix)) = prefixes.get(slot) {
        // The prefix seen last for this namespace, then the name, then `>`.
        let len = prefix.len() + name.len();
        if !prefix.is_empty()
            && rest
                .get(open + 1..open + 1 + prefix.len())
                .is_some_and(|p| same(p, prefix))
        {
            // This prefix (it ends at the first colon) is bound to `ns`: the name decides.
            let named = rest.get(open + 1 + len) == Some(&b'>')
                && rest
                    .get(open + 1 + prefix.len()..open + 1 + len)
                    .is_some_and(|n| same(n, name));
            return named.then_some(len);
        }
    }
    // The prefix (up to 16 bytes), then the name, then `>`.
    let head = rest.get(open + 1..(open + 18).min(rest.len()))?;
    let colon = head.iter().position(|&b| b == b':');
    let prefix = head.get(..colon.unwrap_or(0))?;
    let qname_len = colon.map_or(0, |c| c + 1) + name.len();
    let after = open + 1 + qname_len;
    if rest.get(open + 1 + colon.map_or(0, |c| c + 1)..after)? != name
        || rest.get(after) != Some(&b'>')
        || !prefix.iter().all(|&b| {
            ASCII_NAME_BYTES
                .get(usize::from(b))
                .copied()
                .unwrap_or(false)
        })
        || prefix.first().is_some_and(|&b| !name_start(b))
    {
        return None;
    }
    let binding = bindings.iter().rev().find(|b| {
        b.prefix.len() == prefix.len() && b.prefix.iter().zip(prefix).all(|(x, y)| x == y)
    });
    let resolved = match binding {
        Some(b) => b.ns,
        None if prefix.is_empty() => NsId::Unbound,
        None => return None,
    };
    if resolved != ns {
        return None;
    }
    if let Some(cached) = prefixes.get_mut(slot) {
        *cached = rest
            .get(open + 1..open + 1 + qname_len - name.len())
            .map(<[u8]>::to_vec);
    }
    Some(qname_len)
}

/// Eight bytes of `bytes` from `at` as a little-endian word (`None` near the end).
#[inline(always)]
fn word(bytes: &[u8], at: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(eight))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that is zero. Exact up to the lowest zero byte; a byte above
/// a zero byte may be marked too (the borrow), which the callers allow for.
#[inline(always)]
fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(ONES) & !w & HIGHS
}

/// The spaces in `bytes` from `at` (eight at a time).
#[inline(always)]
fn leading_spaces(bytes: &[u8], at: usize) -> usize {
    let mut n = 0;
    while let Some(w) = word(bytes, at + n) {
        let same = ((w ^ (ONES * u64::from(b' '))).trailing_zeros() / 8) as usize;
        n += same;
        if same < 8 {
            return n;
        }
    }
    n + bytes
        .get(at + n..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b' ')
        .count()
}

/// Where the text from `at` ends at a `<`, when it is the text of the fast way: ASCII, no `&`,
/// carriage return or line break, and not spaces and tabs only. `None` otherwise, and when
/// fewer than eight bytes are left in `bytes` (eight at a time).
fn plain_text(bytes: &[u8], at: usize) -> Option<usize> {
    let mut j = at;
    let mut blank = true;
    loop {
        let w = word(bytes, j)?;
        let lt = zero_bytes(w ^ (ONES * u64::from(b'<')));
        // The high bits of the bytes before the first `<` (exact: see `zero_bytes`).
        let before = if lt == 0 {
            HIGHS
        } else {
            (1u64 << lt.trailing_zeros()).wrapping_sub(1) & HIGHS
        };
        let bad = zero_bytes(w ^ (ONES * u64::from(b'&')))
            | zero_bytes(w ^ (ONES * u64::from(b'\r')))
            | zero_bytes(w ^ (ONES * u64::from(b'\n')))
            | (w & HIGHS);
        if bad & before != 0 {
            return None;
        }
        // A byte marked as a space or tab may be neither (above a true one): then the text
        // counts as blank here and the slow way decides.
        let space =
            zero_bytes(w ^ (ONES * u64::from(b' '))) | zero_bytes(w ^ (ONES * u64::from(b'\t')));
        if !space & before != 0 {
            blank = false;
        }
        if lt != 0 {
            let end = j + (lt.trailing_zeros() / 8) as usize;
            return (!blank).then_some(end);
        }
        j += 8;
    }
}

/// `a == b`, for the short names of tags (eight bytes at a time, without a call).
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let n = a.len();
    if n < 8 {
        if n >= 4 {
            // The first four bytes and the last four (overlapping).
            let four = |s: &[u8], at: usize| {
                s.get(at..at + 4)
                    .and_then(|w| <[u8; 4]>::try_from(w).ok())
                    .map(u32::from_le_bytes)
            };
            return four(a, 0) == four(b, 0) && four(a, n - 4) == four(b, n - 4);
        }
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    let mut i = 0;
    while i + 8 <= n {
        if word(a, i) != word(b, i) {
            return false;
        }
        i += 8;
    }
    // The last eight bytes (overlapping what was compared).
    i == n || word(a, n - 8) == word(b, n - 8)
}

/// The character of a reference's name (`amp`, `#65`, `#x41`), `None` when there is none.
fn resolve_reference(name: &[u8]) -> Option<char> {
    match name {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        [b'#', b'x', hex @ ..] => {
            let s = std::str::from_utf8(hex).ok()?;
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            char::from_u32(u32::from_str_radix(s, 16).ok()?).filter(|&c| c != '\0')
        }
        [b'#', dec @ ..] => {
            let s = std::str::from_utf8(dec).ok()?;
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            char::from_u32(s.parse().ok()?).filter(|&c| c != '\0')
        }
        _ => None,
    }
}

/// The tokenizer against `quick_xml` (a dev-dependency, the reader this one replaced): on
/// generated documents with every construct the tokenizer reads, both give the same elements
/// (namespace URI and local name), end tags and text.
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use quick_xml::events::Event;
    use quick_xml::name::ResolveResult;

    const MSG: &str = "urn:made-up:message";

    /// What both readers see, in order.
    #[derive(Debug, PartialEq, Eq)]
    enum Seen {
        Start(String, String),
        End,
        Text(String),
    }

    fn ours(xml: &[u8]) -> Vec<Seen> {
        let mut scanner = Scanner::new(xml, MSG);
        let mut out = Vec::new();
        loop {
            let (token, _, _) = scanner.next_token().unwrap();
            match token {
                Token::Start { ns, .. } => {
                    let uri = match ns {
                        NsId::Msg => MSG.to_string(),
                        NsId::Basis => BASIS_NS.to_string(),
                        NsId::Other => scanner.other.clone(),
                        NsId::Unbound => String::new(),
                    };
                    let name = String::from_utf8(scanner.name().to_vec()).unwrap();
                    out.push(Seen::Start(uri, name));
                }
                Token::End => out.push(Seen::End),
                Token::Text { .. } => {
                    out.push(Seen::Text(String::from_utf8(scanner.text.clone()).unwrap()));
                }
                Token::Eof => return out,
            }
        }
    }

    fn reference(xml: &[u8]) -> Vec<Seen> {
        let mut reader = quick_xml::NsReader::from_reader(xml);
        reader.config_mut().expand_empty_elements = true;
        let mut out = Vec::new();
        let mut text = String::new();
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let (ns, event) = reader.read_resolved_event_into(&mut buf).unwrap();
            match event {
                Event::Text(t) => text.push_str(&t.xml10_content().unwrap()),
                Event::CData(t) => text.push_str(&t.decode().unwrap()),
                Event::GeneralRef(r) => {
                    let c = if r.is_char_ref() {
                        r.resolve_char_ref().unwrap().unwrap()
                    } else {
                        match r.decode().unwrap().as_ref() {
                            "amp" => '&',
                            "lt" => '<',
                            "gt" => '>',
                            "quot" => '"',
                            _ => '\'',
                        }
                    };
                    text.push(c);
                }
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) | Event::DocType(_) => {}
                other => {
                    if !text
                        .bytes()
                        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                    {
                        out.push(Seen::Text(text.clone()));
                    }
                    text.clear();
                    match other {
                        Event::Start(s) => {
                            let uri = match ns {
                                ResolveResult::Bound(n) => {
                                    String::from_utf8(n.as_ref().to_vec()).unwrap()
                                }
                                _ => String::new(),
                            };
                            let local =
                                String::from_utf8(s.local_name().as_ref().to_vec()).unwrap();
                            out.push(Seen::Start(uri, local));
                        }
                        Event::End(_) => out.push(Seen::End),
                        Event::Eof => return out,
                        e => panic!("unexpected {e:?}"),
                    }
                }
            }
        }
    }

    /// A piece of text: plain, with references, a CDATA section, a comment, line ends.
    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                "[a-zA-Z0-9 .,-]{0,12}",
                Just("&amp;&lt;&gt;&quot;&apos;".to_string()),
                Just("&#233;&#x20AC;".to_string()),
                Just("<![CDATA[ <a> & ]]>".to_string()),
                Just("<!-- c -->".to_string()),
                Just("<?pi x?>".to_string()),
                Just("\r\n \n\t\r".to_string()),
                Just("é€".to_string()),
            ],
            0..4,
        )
        .prop_map(|v| v.concat())
    }

    /// An element with a prefix bound on the root (`m`, `b`, `o`) or the default namespace, a
    /// redeclaration, an empty-element tag, children or text.
    fn element() -> impl Strategy<Value = String> {
        let leaf = (
            prop::sample::select(vec!["m:", "b:", "o:", ""]),
            "[A-Z][a-zA-Z]{0,8}",
            text(),
            any::<bool>(),
        )
            .prop_map(|(p, name, text, empty)| {
                if empty {
                    format!("<{p}{name}/>")
                } else {
                    format!("<{p}{name}>{text}</{p}{name} >")
                }
            });
        leaf.prop_recursive(4, 40, 6, |inner| {
            (
                prop::sample::select(vec!["m:", "b:", "o:", ""]),
                "[A-Z][a-zA-Z]{0,8}",
                prop::collection::vec((inner, text()), 0..5),
                prop::sample::select(vec![
                    "",
                    " xmlns:o=\"urn:other\"",
                    "\n  xmlns:b='urn:b2' xsi:type=\"x\"",
                    " xmlns=\"\"",
                ]),
            )
                .prop_map(|(p, name, children, decl)| {
                    let body: String = children.into_iter().map(|(c, t)| c + &t).collect();
                    format!("<{p}{name}{decl}>{body}</{p}{name}>")
                })
        })
    }

    #[test]
    fn byte_tables_hold_what_they_say() {
        for b in 0..=u8::MAX {
            let ascii_name = b.is_ascii_alphanumeric() || b"_:-.".contains(&b);
            assert_eq!(ASCII_NAME_BYTES[usize::from(b)], ascii_name, "{b}");
            assert_eq!(name_byte(b), ascii_name || b >= 0x80, "{b}");
            let class = TEXT_CLASS[usize::from(b)];
            assert_eq!(class == SPACE, b == b' ' || b == b'\t', "{b}");
            assert_eq!(class == NEWLINE, b == b'\n', "{b}");
            assert_eq!(class == LT, b == b'<', "{b}");
            assert_eq!(
                class == SPECIAL,
                b == b'&' || b == b'\r' || b >= 0x80,
                "{b}"
            );
        }
    }

    #[test]
    fn words_find_what_bytes_find() {
        // `plain_text`, `leading_spaces` and `same` against byte-by-byte answers, at every
        // length and offset of a few texts.
        let texts: [&[u8]; 6] = [
            b"202600001</jw323:ToewijzingNummer>........",
            b"a b&c</x>.......",
            b"   \t </x>........",
            b"caf\xc3\xa9</x>........",
            b"x\r\ny</x>........",
            b"<<<<<<<<<<<<<<<<",
        ];
        for text in texts {
            for at in 0..text.len() {
                let rest = &text[at..];
                let lt = rest.iter().position(|&b| b == b'<');
                let expected = lt.filter(|&end| {
                    let body = &rest[..end];
                    body.iter().all(|&b| b < 0x80 && !b"&\r\n".contains(&b))
                        && body.iter().any(|&b| b != b' ' && b != b'\t')
                        && at + (end / 8 + 1) * 8 <= text.len()
                });
                let got = plain_text(text, at).map(|end| end - at);
                // Near the end (fewer than eight bytes left) the fast way gives up: `None`.
                if got.is_some() || expected.is_some() {
                    assert_eq!(got, expected, "{:?} at {at}", String::from_utf8_lossy(text));
                }
                let spaces = rest.iter().take_while(|&&b| b == b' ').count();
                assert_eq!(leading_spaces(text, at), spaces);
                for len in 0..=rest.len() {
                    assert!(same(&rest[..len], &rest[..len]));
                    if len > 0 {
                        let mut other = rest[..len].to_vec();
                        other[len - 1] ^= 1;
                        assert!(!same(&rest[..len], &other));
                        other[len - 1] ^= 1;
                        other[0] ^= 0x20;
                        assert!(!same(&rest[..len], &other));
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn reads_as_quick_xml_does(root in element(), before in text(), bom in any::<bool>()) {
            // Text before the root is left out (a message has none); comments and white space
            // are kept.
            let before: String = before.chars().filter(|c| c.is_whitespace()).collect();
            let xml = format!(
                "{}<?xml version=\"1.0\"?>{before}<m:Root xmlns:m=\"{MSG}\" xmlns:b=\"{BASIS_NS}\" \
                 xmlns:o=\"urn:o\" xmlns=\"urn:default\">{root}</m:Root>\n<!-- end -->\n",
                if bom { "\u{feff}" } else { "" },
            );
            let ours = ours(xml.as_bytes());
            let reference = reference(xml.trim_start_matches('\u{feff}').as_bytes());
            prop_assert_eq!(ours, reference, "{}", xml);
        }
    }
}
