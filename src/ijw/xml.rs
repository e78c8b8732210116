//! The XML layer of the iJw messages: a streaming cursor over `quick_xml` that knows where it is
//! (line, column, element path) and a writer that declares both namespaces on the root and
//! never writes an empty element.

use std::borrow::Cow;
use std::fmt::{Display, Write as _};
use std::io::{BufRead, Write};
use std::str::FromStr;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{NamespaceResolver, ResolveResult};

use super::types::IntoReason;
use super::{BASIS_NS, message_of_namespace};
use crate::message_error::{MessageError, MessageErrorKind};

/// Which namespace an element is in, relative to the message being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// The message's own namespace (`jw323:`).
    Msg,
    /// The basisschema namespace (`ijw:`), for children of composite types.
    Basis,
}

/// The size of `Counting`'s buffer.
const CHUNK: usize = 8 * 1024;

/// A `BufRead` over the input with a buffer of its own, that knows the line and column of what
/// the XML reader consumed. It counts them when asked ([`Counting::position`], once per token)
/// and before it refills its buffer, over all the bytes consumed since: one pass per token
/// instead of one per piece the XML reader consumes.
struct Counting<R> {
    inner: R,
    buf: Box<[u8]>,
    /// The bytes `start..end` of `buf` are not consumed yet; `counted..start` are consumed and
    /// not yet counted.
    start: usize,
    end: usize,
    counted: usize,
    line: u64,
    column: u64,
}

/// The characters (UTF-8 lead bytes) in `bytes`.
fn chars(bytes: &[u8]) -> u64 {
    if bytes.is_ascii() {
        bytes.len() as u64
    } else {
        bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u64
    }
}

/// The newlines in `bytes`, eight bytes at a time.
fn newlines(bytes: &[u8]) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const NL: u64 = 0x0A0A_0A0A_0A0A_0A0A;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0u64;
    for word in &mut words {
        let x = u64::from_le_bytes(<[u8; 8]>::try_from(word).unwrap_or_default()) ^ NL;
        // The high bit of each byte of `nonzero` is set where `x` is not zero (no carry
        // crosses bytes: each byte adds at most 0x7F + 0x7F).
        let nonzero = ((x & LOW7) + LOW7) | x;
        n += u64::from((!nonzero & HIGH).count_ones());
    }
    n + words.remainder().iter().filter(|&&b| b == b'\n').count() as u64
}

impl<R> Counting<R> {
    fn new(inner: R) -> Counting<R> {
        Counting {
            inner,
            buf: vec![0; CHUNK].into_boxed_slice(),
            start: 0,
            end: 0,
            counted: 0,
            line: 1,
            column: 1,
        }
    }

    /// Counts the bytes consumed since the last count.
    fn catch_up(&mut self) {
        let chunk = self.buf.get(self.counted..self.start).unwrap_or_default();
        // Lines: the newlines; column: the characters after the last newline, counted from 1
        // (or added to the column so far).
        let newlines = newlines(chunk);
        if newlines == 0 {
            self.column += chars(chunk);
        } else {
            self.line += newlines;
            let last = chunk.iter().rposition(|&b| b == b'\n').unwrap_or(0);
            self.column = 1 + chars(chunk.get(last + 1..).unwrap_or_default());
        }
        self.counted = self.start;
    }

    /// The line and column (from 1) of the next byte to be consumed.
    fn position(&mut self) -> (u64, u64) {
        self.catch_up();
        (self.line, self.column)
    }
}

impl<R: BufRead> std::io::Read for Counting<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), available.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.start >= self.end {
            self.catch_up();
            let n = self.inner.read(&mut self.buf)?;
            self.start = 0;
            self.end = n;
            self.counted = 0;
        }
        Ok(self.buf.get(self.start..self.end).unwrap_or_default())
    }

    fn consume(&mut self, amt: usize) {
        self.start = self.start.saturating_add(amt).min(self.end);
    }
}

/// The namespace of an element, resolved from its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NsId {
    /// The message's own namespace.
    Msg,
    /// The basisschema namespace.
    Basis,
    /// Another namespace; its URI is in `Input::other_ns`.
    Other,
    /// No namespace.
    Unbound,
}

/// One step of the document. A start tag's local name is in `Input::name` and a text's content
/// in `Input::text` until the next one is read from the document (no allocation per element).
#[derive(Debug, Clone, Copy)]
enum Token {
    Start {
        ns: NsId,
        line: u64,
        column: u64,
    },
    End,
    /// Text that is not whitespace only (whitespace-only text is dropped where it is read: it
    /// is skipped between elements, and a simple element holding only whitespace is empty
    /// either way).
    Text {
        line: u64,
        column: u64,
    },
    Eof,
}

/// The namespace declarations in scope. Only an element with attributes can declare one, so
/// only such an element pushes a scope (at the depths in `pushed`); the prefixes resolved to a
/// namespace are cached while the declarations in scope stay the same.
struct Scopes {
    resolver: NamespaceResolver,
    pushed: Vec<u32>,
    depth: u32,
    cache: Vec<(Vec<u8>, NsId)>,
    /// The namespace URI of the last start tag resolved to `NsId::Other`.
    other: String,
    msg_ns: &'static str,
}

impl Scopes {
    /// The namespace of a start tag (after its declarations were pushed), or the prefix that
    /// is not declared.
    fn resolve(&mut self, start: &BytesStart<'_>) -> Result<NsId, Vec<u8>> {
        let qname = start.name();
        let prefix: &[u8] = qname.prefix().map_or(&[], |p| p.into_inner());
        if let Some((_, id)) = self.cache.iter().find(|(p, _)| p.as_slice() == prefix) {
            return Ok(*id);
        }
        let id = match self.resolver.resolve_element(qname).0 {
            ResolveResult::Bound(ns) => {
                if ns.as_ref() == self.msg_ns.as_bytes() {
                    NsId::Msg
                } else if ns.as_ref() == BASIS_NS.as_bytes() {
                    NsId::Basis
                } else {
                    self.other.clear();
                    self.other.push_str(&String::from_utf8_lossy(ns.as_ref()));
                    return Ok(NsId::Other);
                }
            }
            ResolveResult::Unbound => NsId::Unbound,
            ResolveResult::Unknown(prefix) => return Err(prefix),
        };
        self.cache.push((prefix.to_vec(), id));
        Ok(id)
    }
}

/// A streaming reader of one iJw message.
pub(crate) struct Input<R: BufRead> {
    reader: Reader<Counting<R>>,
    scopes: Scopes,
    buf: Vec<u8>,
    /// The content of the last `Token::Text` (reused, so text costs no allocation): UTF-8,
    /// checked piece by piece as it is read.
    text: Vec<u8>,
    /// Whether `text` is known to be ASCII whitespace only.
    text_blank: bool,
    /// The local name of the last `Token::Start` as read (reused; turned into text only for
    /// an error).
    name: Vec<u8>,
    source: String,
    msg_ns: &'static str,
    message: &'static str,
    /// The open elements and, for repeated ones, their position (the path string of an error
    /// is built from it only when an error is made).
    path: Vec<(&'static str, Option<u32>)>,
    peeked: Option<(Token, u64, u64)>,
    /// Where the last token read started.
    line: u64,
    column: u64,
}

fn kind_err(kind: MessageErrorKind, reason: String, expected: Option<String>) -> MessageError {
    MessageError {
        kind,
        source: String::new(),
        line: 0,
        column: 0,
        path: String::new(),
        reason,
        expected,
    }
}

/// The element path of the open elements, joined with `/`.
fn path_of(path: &[(&'static str, Option<u32>)], extra: Option<&str>) -> String {
    let mut s = String::new();
    for (name, index) in path {
        if !s.is_empty() {
            s.push('/');
        }
        s.push_str(name);
        if let Some(i) = index {
            let _ = write!(s, "[{i}]");
        }
    }
    if let Some(extra) = extra {
        if !s.is_empty() {
            s.push('/');
        }
        s.push_str(extra);
    }
    if s.is_empty() {
        s.push('/');
    }
    s
}

/// An error at a position of a document.
fn mk_err(
    source: &str,
    path: &[(&'static str, Option<u32>)],
    (line, column): (u64, u64),
    kind: MessageErrorKind,
    reason: String,
    expected: Option<String>,
) -> MessageError {
    MessageError {
        kind,
        source: source.to_string(),
        line,
        column,
        path: path_of(path, None),
        reason,
        expected,
    }
}

/// Only namespace declarations and `xsi:` attributes are allowed.
fn check_attributes(
    source: &str,
    path: &[(&'static str, Option<u32>)],
    start: &BytesStart<'_>,
    pos: (u64, u64),
) -> Result<(), MessageError> {
    for attr in start.attributes() {
        let attr = attr.map_err(|e| {
            mk_err(
                source,
                path,
                pos,
                MessageErrorKind::NotWellFormed,
                format!("bad attribute: {e}"),
                None,
            )
        })?;
        let key = attr.key.as_ref();
        let allowed = key == b"xmlns" || key.starts_with(b"xmlns:") || key.starts_with(b"xsi:");
        if !allowed {
            return Err(mk_err(
                source,
                path,
                pos,
                MessageErrorKind::Unexpected,
                format!(
                    "attribute {} on {}: iJw messages have no attributes",
                    String::from_utf8_lossy(key),
                    String::from_utf8_lossy(start.local_name().as_ref())
                ),
                None,
            ));
        }
    }
    Ok(())
}

impl<R: BufRead> Input<R> {
    /// A reader of the message `message` (e.g. `"jw323"`) in namespace `msg_ns`.
    pub(crate) fn new(
        read: R,
        source: &str,
        msg_ns: &'static str,
        message: &'static str,
    ) -> Input<R> {
        let mut reader = Reader::from_reader(Counting::new(read));
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.trim_text(false);
        Input {
            reader,
            scopes: Scopes {
                resolver: NamespaceResolver::default(),
                pushed: Vec::new(),
                depth: 0,
                cache: Vec::new(),
                other: String::new(),
                msg_ns,
            },
            buf: Vec::new(),
            text: Vec::new(),
            text_blank: true,
            name: Vec::new(),
            source: source.to_string(),
            msg_ns,
            message,
            path: Vec::new(),
            peeked: None,
            line: 1,
            column: 1,
        }
    }

    fn path_string(&self, extra: Option<&str>) -> String {
        path_of(&self.path, extra)
    }

    /// An error at a position.
    pub(crate) fn error_at(
        &self,
        line: u64,
        column: u64,
        kind: MessageErrorKind,
        reason: impl Into<String>,
        expected: Option<String>,
    ) -> MessageError {
        MessageError {
            kind,
            source: self.source.clone(),
            line,
            column,
            path: self.path_string(None),
            reason: reason.into(),
            expected,
        }
    }

    fn err(
        &self,
        kind: MessageErrorKind,
        reason: impl Into<String>,
        expected: Option<String>,
    ) -> MessageError {
        self.error_at(self.line, self.column, kind, reason, expected)
    }

    /// Reads the next token, merging text, references and CDATA; skips comments, processing
    /// instructions, the XML declaration, a DOCTYPE and text that is whitespace only.
    fn read_token(&mut self) -> Result<(Token, u64, u64), MessageError> {
        // Where the text read so far starts (its content is in `self.text`).
        let mut text: Option<(u64, u64)> = None;
        loop {
            let pos = self.reader.get_mut().position();
            self.buf.clear();
            let event = match self.reader.read_event_into(&mut self.buf) {
                Ok(x) => x,
                Err(e) => {
                    let at = self.reader.get_mut().position();
                    return Err(mk_err(
                        &self.source,
                        &self.path,
                        at,
                        MessageErrorKind::NotWellFormed,
                        format!("not well-formed XML: {e}"),
                        None,
                    ));
                }
            };
            let bad_utf8 = |e: &dyn Display| {
                kind_err(
                    MessageErrorKind::NotWellFormed,
                    format!("not UTF-8 text: {e}"),
                    None,
                )
            };
            let piece: Option<Cow<'_, str>> = match &event {
                Event::Text(t) => {
                    let raw: &[u8] = t;
                    if raw.iter().all(|&b| matches!(b, b' ' | b'\t' | b'\n')) {
                        // Spaces, tabs and newlines (the indentation between elements): UTF-8,
                        // nothing to normalise.
                        if text.is_none() {
                            self.text.clear();
                            self.text_blank = true;
                            text = Some(pos);
                        }
                        self.text.extend_from_slice(raw);
                        continue;
                    }
                    if raw.is_ascii() && !raw.contains(&b'\r') {
                        // ASCII without a carriage return: UTF-8, nothing to normalise.
                        if text.is_none() {
                            self.text.clear();
                            text = Some(pos);
                        }
                        self.text_blank = false;
                        self.text.extend_from_slice(raw);
                        continue;
                    }
                    // Text without a carriage return needs no end-of-line normalisation.
                    match std::str::from_utf8(raw) {
                        Ok(s) if !raw.contains(&b'\r') => Some(Cow::Borrowed(s)),
                        _ => Some(t.xml10_content().map_err(|e| bad_utf8(&e))?),
                    }
                }
                Event::CData(t) => Some(t.decode().map_err(|e| bad_utf8(&e))?),
                Event::GeneralRef(r) => {
                    let name = r.decode().map_err(|e| bad_utf8(&e))?;
                    let ch = if r.is_char_ref() {
                        r.resolve_char_ref().ok().flatten()
                    } else {
                        match name.as_ref() {
                            "amp" => Some('&'),
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        }
                    };
                    match ch {
                        Some(c) => Some(Cow::Owned(c.to_string())),
                        None => {
                            return Err(mk_err(
                                &self.source,
                                &self.path,
                                pos,
                                MessageErrorKind::NotWellFormed,
                                format!("unknown entity or character reference &{name};"),
                                Some("one of &amp; &lt; &gt; &quot; &apos; or &#N;".into()),
                            ));
                        }
                    }
                }
                _ => None,
            };
            if let Some(piece) = piece {
                if text.is_none() {
                    self.text.clear();
                    text = Some(pos);
                }
                self.text_blank = false;
                self.text.extend_from_slice(piece.as_bytes());
                continue;
            }
            let token = match event {
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) | Event::DocType(_) => continue,
                Event::Start(start) => {
                    let scopes = &mut self.scopes;
                    scopes.depth = scopes.depth.saturating_add(1);
                    let attributes = !start.attributes_raw().is_empty();
                    if attributes {
                        // Only an element with attributes can declare a namespace.
                        scopes.resolver.push(&start).map_err(|e| {
                            let at = self.reader.get_mut().position();
                            let e = quick_xml::Error::from(e);
                            mk_err(
                                &self.source,
                                &self.path,
                                at,
                                MessageErrorKind::NotWellFormed,
                                format!("not well-formed XML: {e}"),
                                None,
                            )
                        })?;
                        scopes.pushed.push(scopes.depth);
                        scopes.cache.clear();
                    }
                    let ns = scopes.resolve(&start).map_err(|prefix| {
                        mk_err(
                            &self.source,
                            &self.path,
                            pos,
                            MessageErrorKind::NotWellFormed,
                            format!(
                                "element {} uses the undeclared namespace prefix {:?}",
                                String::from_utf8_lossy(start.local_name().as_ref()),
                                String::from_utf8_lossy(&prefix)
                            ),
                            None,
                        )
                    })?;
                    if attributes {
                        check_attributes(&self.source, &self.path, &start, pos)?;
                    }
                    self.name.clear();
                    self.name.extend_from_slice(start.local_name().as_ref());
                    Token::Start {
                        ns,
                        line: pos.0,
                        column: pos.1,
                    }
                }
                Event::End(_) => {
                    let scopes = &mut self.scopes;
                    if scopes.pushed.last() == Some(&scopes.depth) {
                        scopes.pushed.pop();
                        scopes.resolver.pop();
                        scopes.cache.clear();
                    }
                    scopes.depth = scopes.depth.saturating_sub(1);
                    Token::End
                }
                Event::Eof => Token::Eof,
                // Text-like events were handled above; `Empty` is expanded.
                _ => continue,
            };
            if let Some((line, column)) = text.take() {
                if !self.text_is_blank() {
                    // Put the structural token back: text comes first.
                    self.peeked = Some((token, pos.0, pos.1));
                    return Ok((Token::Text { line, column }, line, column));
                }
            }
            return Ok((token, pos.0, pos.1));
        }
    }

    /// The text read (see `self.text`).
    fn text(&self) -> &str {
        // Every piece was checked as it was read: this cannot fail.
        std::str::from_utf8(&self.text).unwrap_or_default()
    }

    /// Whether the text read is whitespace only (as `str::trim` sees it).
    fn text_is_blank(&self) -> bool {
        if self.text_blank {
            return true;
        }
        // ASCII whitespace is whitespace to `trim` too: the first other byte decides, unless it
        // starts a character beyond ASCII.
        match self.text.iter().find(|b| !b.is_ascii_whitespace()) {
            None => true,
            Some(b) if b.is_ascii() => false,
            Some(_) => self.text().trim().is_empty(),
        }
    }

    /// The local name of the last start tag, for an error.
    fn local(&self) -> String {
        String::from_utf8_lossy(&self.name).into_owned()
    }

    fn next(&mut self) -> Result<Token, MessageError> {
        let (token, line, column) = match self.peeked.take() {
            Some(t) => t,
            None => self.read_token()?,
        };
        self.line = line;
        self.column = column;
        Ok(token)
    }

    /// The next token that is not whitespace-only text (element content).
    fn next_structural(&mut self) -> Result<Token, MessageError> {
        loop {
            match self.next()? {
                Token::Text { .. } if self.text_is_blank() => continue,
                Token::Text { line, column } => {
                    return Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::Unexpected,
                        format!("text {:?} between elements", clip(self.text())),
                        Some("only elements here".into()),
                    ));
                }
                other => return Ok(other),
            }
        }
    }

    fn unread(&mut self, token: Token) {
        self.peeked = Some((token, self.line, self.column));
    }

    fn ns_uri(&self, ns: Ns) -> &'static str {
        match ns {
            Ns::Msg => self.msg_ns,
            Ns::Basis => BASIS_NS,
        }
    }

    /// The namespace URI of a resolved element, `None` when it has none.
    fn uri_of(&self, id: NsId) -> Option<&str> {
        match id {
            NsId::Msg => Some(self.msg_ns),
            NsId::Basis => Some(BASIS_NS),
            NsId::Other => Some(&self.scopes.other),
            NsId::Unbound => None,
        }
    }

    /// Whether `token` starts element `name` in `ns`.
    fn is_start(&self, token: &Token, ns: Ns, name: &str) -> bool {
        let want = match ns {
            Ns::Msg => NsId::Msg,
            Ns::Basis => NsId::Basis,
        };
        matches!(token, Token::Start { ns: got, .. } if *got == want && self.name == name.as_bytes())
    }

    fn describe(&self, ns: Ns, name: &str) -> String {
        match ns {
            Ns::Msg => format!("{}:{name}", self.message),
            Ns::Basis => format!("ijw:{name}"),
        }
    }

    /// Whether the next element is `name` in `ns` (without consuming it). `false` at an end tag.
    pub(crate) fn at(&mut self, ns: Ns, name: &str) -> Result<bool, MessageError> {
        let token = self.next_structural()?;
        let yes = self.is_start(&token, ns, name);
        self.unread(token);
        Ok(yes)
    }

    /// Opens the root element `Bericht` of this message.
    pub(crate) fn open_root(&mut self) -> Result<(), MessageError> {
        let token = self.next_structural()?;
        match token {
            Token::Start { ns, line, column } => {
                if ns == NsId::Msg && self.name == b"Bericht" {
                    self.path.push(("Bericht", None));
                    return Ok(());
                }
                let ns = self.uri_of(ns).unwrap_or_default();
                let local = self.local();
                let what = match message_of_namespace(ns) {
                    Some(m) if local == "Bericht" => {
                        format!("this is a {m} message (namespace {ns})")
                    }
                    _ if ns.is_empty() => format!("root element {local} without namespace"),
                    _ => format!("root element {local} in namespace {ns}"),
                };
                Err(self.error_at(
                    line,
                    column,
                    MessageErrorKind::WrongMessage,
                    what,
                    Some(format!(
                        "{}:Bericht in namespace {}",
                        self.message, self.msg_ns
                    )),
                ))
            }
            _ => Err(self.err(
                MessageErrorKind::Missing,
                "no root element",
                Some(format!("{}:Bericht", self.message)),
            )),
        }
    }

    /// After the root is closed: only the end of the document may follow.
    pub(crate) fn finish(&mut self) -> Result<(), MessageError> {
        match self.next_structural()? {
            Token::Eof => Ok(()),
            _ => Err(self.err(
                MessageErrorKind::NotWellFormed,
                "content after the root element",
                Some("end of document".into()),
            )),
        }
    }

    /// Opens element `name` (mandatory), with `index` for a repeated element.
    pub(crate) fn open_indexed(
        &mut self,
        ns: Ns,
        name: &'static str,
        index: Option<u32>,
    ) -> Result<(), MessageError> {
        let token = self.next_structural()?;
        if self.is_start(&token, ns, name) {
            self.path.push((name, index));
            return Ok(());
        }
        let want = self.ns_uri(ns);
        match token {
            Token::Start {
                ns: got,
                line,
                column,
            } => {
                let got = self.uri_of(got);
                let local = self.local();
                if local == name {
                    Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::WrongNamespace,
                        format!("element {name} in namespace {}", got.unwrap_or("(none)")),
                        Some(format!("{} in namespace {want}", self.describe(ns, name))),
                    ))
                } else {
                    Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::Unexpected,
                        format!(
                            "{} is missing here: found element {local} (an element is missing, out of order or not allowed here)",
                            self.describe(ns, name)
                        ),
                        Some(self.describe(ns, name)),
                    ))
                }
            }
            Token::End | Token::Eof => Err(self.err(
                MessageErrorKind::Missing,
                format!("missing element {name}"),
                Some(self.describe(ns, name)),
            )),
            Token::Text { .. } => Err(self.err(MessageErrorKind::Unexpected, "text", None)),
        }
    }

    /// Opens element `name` (mandatory).
    pub(crate) fn open(&mut self, ns: Ns, name: &'static str) -> Result<(), MessageError> {
        self.open_indexed(ns, name, None)
    }

    /// Closes the innermost open element: nothing but its end tag may follow.
    pub(crate) fn close(&mut self) -> Result<(), MessageError> {
        match self.next_structural()? {
            Token::End => {
                self.path.pop();
                Ok(())
            }
            Token::Start { line, column, .. } => Err(self.error_at(
                line,
                column,
                MessageErrorKind::Unexpected,
                format!(
                    "unexpected element {} (not allowed here, repeated or out of order)",
                    self.local()
                ),
                Some(format!(
                    "the end of {}",
                    self.path.last().map(|p| p.0).unwrap_or("the element")
                )),
            )),
            _ => Err(self.err(
                MessageErrorKind::NotWellFormed,
                "unexpected end of document",
                None,
            )),
        }
    }

    /// Reads the text of the element just opened (into `self.text`) and closes it.
    fn text_and_close(&mut self) -> Result<(u64, u64), MessageError> {
        let (open_line, open_column) = (self.line, self.column);
        match self.next()? {
            // The end tag that follows was read with the text and is returned from `peeked`:
            // `self.text` stays as it is.
            Token::Text { line, column } => {
                match self.next()? {
                    Token::End => {}
                    Token::Start { line, column, .. } => {
                        return Err(self.error_at(
                            line,
                            column,
                            MessageErrorKind::Unexpected,
                            format!("element {} inside a simple element", self.local()),
                            Some("text only".into()),
                        ));
                    }
                    _ => {
                        return Err(self.err(
                            MessageErrorKind::NotWellFormed,
                            "unexpected end of document",
                            None,
                        ));
                    }
                }
                if self.text_is_blank() {
                    return Err(self.error_at(
                        open_line,
                        open_column,
                        MessageErrorKind::Empty,
                        "empty element (RS033: no empty elements; leave an optional element out)",
                        Some("a value".into()),
                    ));
                }
                self.path.pop();
                Ok((line, column))
            }
            Token::End => Err(self.error_at(
                open_line,
                open_column,
                MessageErrorKind::Empty,
                "empty element (RS033: no empty elements; leave an optional element out)",
                Some("a value".into()),
            )),
            Token::Start { line, column, .. } => Err(self.error_at(
                line,
                column,
                MessageErrorKind::Unexpected,
                format!("element {} inside a simple element", self.local()),
                Some("text only".into()),
            )),
            Token::Eof => Err(self.err(
                MessageErrorKind::NotWellFormed,
                "unexpected end of document",
                None,
            )),
        }
    }

    /// Reads the mandatory simple element `name` as a `T`.
    pub(crate) fn leaf<T>(&mut self, ns: Ns, name: &'static str) -> Result<T, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        self.leaf_pos(ns, name).map(|(v, _, _)| v)
    }

    /// Reads the mandatory simple element `name` as a `T`, with where its text starts.
    pub(crate) fn leaf_pos<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Result<(T, u64, u64), MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        self.open(ns, name)?;
        let (line, column) = self.text_and_close()?;
        // XSD whitespace facet "collapse" for the non-string types, "preserve" for strings:
        // every value type of this module trims for itself where the XSD collapses.
        let value = self.text().parse::<T>().map_err(|e| {
            let (kind, reason, expected) = e.into_reason();
            MessageError {
                kind,
                source: self.source.clone(),
                line,
                column,
                path: self.path_string(Some(name)),
                reason,
                expected,
            }
        })?;
        Ok((value, line, column))
    }

    /// Reads the optional simple element `name`.
    pub(crate) fn opt_leaf<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Result<Option<T>, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        if self.at(ns, name)? {
            self.leaf(ns, name).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Reads the mandatory complex element `name` with `f` (which reads its children).
    pub(crate) fn child<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
        f: impl FnOnce(&mut Self) -> Result<T, MessageError>,
    ) -> Result<T, MessageError> {
        self.open(ns, name)?;
        let value = f(self)?;
        self.close()?;
        Ok(value)
    }

    /// Reads the optional complex element `name`.
    pub(crate) fn opt_child<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
        f: impl FnOnce(&mut Self) -> Result<T, MessageError>,
    ) -> Result<Option<T>, MessageError> {
        if self.at(ns, name)? {
            self.child(ns, name, f).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Reads `name` 1..n times (complex elements), each with `f`.
    pub(crate) fn many<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
        mut f: impl FnMut(&mut Self) -> Result<T, MessageError>,
    ) -> Result<Vec<T>, MessageError> {
        let mut out = Vec::new();
        let mut index: u32 = 1;
        loop {
            self.open_indexed(ns, name, Some(index))?;
            out.push(f(self)?);
            self.close()?;
            index = index.saturating_add(1);
            if !self.at(ns, name)? {
                return Ok(out);
            }
        }
    }

    /// Reads simple element `name` 1..n times.
    pub(crate) fn many_leaves<T>(
        &mut self,
        ns: Ns,
        name: &'static str,
    ) -> Result<Vec<T>, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        let mut out = vec![self.leaf(ns, name)?];
        while self.at(ns, name)? {
            out.push(self.leaf(ns, name)?);
        }
        Ok(out)
    }

    /// Sets the position of the innermost open element (for streaming repeated elements).
    pub(crate) fn open_nth(
        &mut self,
        ns: Ns,
        name: &'static str,
        index: u32,
    ) -> Result<(), MessageError> {
        self.open_indexed(ns, name, Some(index))
    }
}

/// At most 60 characters of echoed text, marked when cut (the error's own texts are never cut).
fn clip(text: &str) -> String {
    let mut s: String = text.trim().chars().take(60).collect();
    if text.trim().chars().count() > 60 {
        s.push('…');
    }
    s
}

/// A writer of one iJw message: prefixes `{message}` and `ijw`, two-space indentation.
pub(crate) struct Output<W: Write> {
    w: W,
    message: &'static str,
    path: Vec<&'static str>,
    /// One line of output, built here and written with one `write_all` (reused).
    line: String,
    /// A leaf's value as text (reused).
    value: String,
}

/// Indentation: two spaces per open element.
const SPACES: &str = "                                                                ";

impl<W: Write> Output<W> {
    /// A writer of `message` (e.g. `"jw323"`).
    pub(crate) fn new(w: W, message: &'static str) -> Output<W> {
        Output {
            w,
            message,
            path: Vec::new(),
            line: String::new(),
            value: String::new(),
        }
    }

    pub(crate) fn error(&self, kind: MessageErrorKind, reason: impl Into<String>) -> MessageError {
        MessageError {
            kind,
            source: String::new(),
            line: 0,
            column: 0,
            path: self.path.join("/"),
            reason: reason.into(),
            expected: None,
        }
    }

    fn io(&self, e: &std::io::Error) -> MessageError {
        self.error(
            MessageErrorKind::Io,
            format!("writing the message failed: {e}"),
        )
    }

    fn put(&mut self, s: &str) -> Result<(), MessageError> {
        self.w.write_all(s.as_bytes()).map_err(|e| self.io(&e))
    }

    /// Starts a line in `self.line` with the indentation of the open elements.
    fn indent(&mut self) {
        self.line.clear();
        let mut pad = self.path.len().saturating_mul(2);
        while pad > 0 {
            let n = pad.min(SPACES.len());
            self.line.push_str(SPACES.get(..n).unwrap_or_default());
            pad -= n;
        }
    }

    /// Writes `self.line`.
    fn put_line(&mut self) -> Result<(), MessageError> {
        match self.w.write_all(self.line.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.io(&e)),
        }
    }

    /// Appends `<prefix:name>` (or `</prefix:name>` when `close`) to `self.line`.
    fn tag(&mut self, ns: Ns, name: &str, close: bool) {
        let p = self.prefix(ns);
        self.line.push_str(if close { "</" } else { "<" });
        self.line.push_str(p);
        self.line.push(':');
        self.line.push_str(name);
        self.line.push('>');
    }

    fn prefix(&self, ns: Ns) -> &'static str {
        match ns {
            Ns::Msg => self.message,
            Ns::Basis => "ijw",
        }
    }

    /// The XML declaration, an optional comment and the root with both namespaces.
    pub(crate) fn root(&mut self, msg_ns: &str, comment: Option<&str>) -> Result<(), MessageError> {
        self.put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
        if let Some(c) = comment {
            // "--" may not occur inside a comment.
            let c = c.replace("--", "- -");
            self.put(&format!("<!-- {c} -->\n"))?;
        }
        let m = self.message;
        self.put(&format!(
            "<{m}:Bericht xmlns:{m}=\"{msg_ns}\" xmlns:ijw=\"{BASIS_NS}\">\n"
        ))?;
        self.path.push("Bericht");
        Ok(())
    }

    /// Opens a complex element.
    pub(crate) fn start(&mut self, ns: Ns, name: &'static str) -> Result<(), MessageError> {
        self.indent();
        self.tag(ns, name, false);
        self.line.push('\n');
        self.put_line()?;
        self.path.push(name);
        Ok(())
    }

    /// Closes the innermost complex element.
    pub(crate) fn end(&mut self, ns: Ns) -> Result<(), MessageError> {
        let name = self.path.pop().unwrap_or("Bericht");
        self.indent();
        self.tag(ns, name, true);
        self.line.push('\n');
        self.put_line()
    }

    /// A simple element; refuses empty text (RS033).
    pub(crate) fn leaf(
        &mut self,
        ns: Ns,
        name: &'static str,
        value: &dyn Display,
    ) -> Result<(), MessageError> {
        self.value.clear();
        // Writing to a `String` cannot fail (a `Display` that fails is a bug of its own).
        let _ = write!(self.value, "{value}");
        if self.value.trim().is_empty() {
            self.path.push(name);
            let e = self.error(
                MessageErrorKind::Empty,
                "empty value (RS033: no empty elements; leave an optional element out)",
            );
            self.path.pop();
            return Err(e);
        }
        self.indent();
        self.tag(ns, name, false);
        let escaped = quick_xml::escape::escape(self.value.as_str());
        self.line.push_str(&escaped);
        self.tag(ns, name, true);
        self.line.push('\n');
        self.put_line()
    }

    /// An optional simple element: written only when present.
    pub(crate) fn opt_leaf<T: Display>(
        &mut self,
        ns: Ns,
        name: &'static str,
        value: Option<&T>,
    ) -> Result<(), MessageError> {
        match value {
            Some(v) => self.leaf(ns, name, v),
            None => Ok(()),
        }
    }

    /// Checks that a 1..n list is not empty.
    pub(crate) fn non_empty<T>(
        &mut self,
        list: &[T],
        name: &'static str,
    ) -> Result<(), MessageError> {
        if list.is_empty() {
            self.path.push(name);
            let e = self.error(
                MessageErrorKind::Rule,
                format!("no {name}: the XSD requires at least one (1..n); an empty list cannot be written"),
            );
            self.path.pop();
            return Err(e);
        }
        Ok(())
    }

    /// Flushes and gives the writer back.
    pub(crate) fn finish(mut self) -> Result<W, MessageError> {
        self.path.clear();
        let m = self.message;
        self.put(&format!("</{m}:Bericht>\n"))?;
        self.w.flush().map_err(|e| self.io(&e))?;
        Ok(self.w)
    }
}
