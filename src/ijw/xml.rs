//! The XML layer of the iJw messages: a streaming cursor over `quick_xml` that knows where it is
//! (line, column, element path) and a writer that declares both namespaces on the root and
//! never writes an empty element.

use std::borrow::Cow;
use std::fmt::{Display, Write as _};
use std::io::{BufRead, Write};
use std::str::FromStr;

use quick_xml::NsReader;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;

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

/// A `BufRead` that counts lines and columns of what the XML reader consumed.
struct Counting<R> {
    inner: R,
    line: u64,
    column: u64,
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
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        // The buffer is filled: this returns it without reading.
        if let Ok(buf) = self.inner.fill_buf() {
            let chunk = buf.get(..amt).unwrap_or(buf);
            // Lines: the newlines in the chunk; column: the characters (UTF-8 lead bytes)
            // after the last newline, counted from 1 (or added to the column so far).
            let chars = |bytes: &[u8]| bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u64;
            match chunk.iter().rposition(|&b| b == b'\n') {
                Some(last) => {
                    let before = chunk.get(..last).unwrap_or_default();
                    let newlines = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
                    self.line += newlines;
                    self.column = 1 + chars(chunk.get(last + 1..).unwrap_or_default());
                }
                None => self.column += chars(chunk),
            }
        }
        self.inner.consume(amt);
    }
}

/// One step of the document, owned.
#[derive(Debug)]
enum Token {
    Start {
        /// The namespace URI; borrowed for the message's and the basisschema's (no allocation).
        ns: Option<Cow<'static, str>>,
        local: String,
        line: u64,
        column: u64,
    },
    End,
    /// Text; its content is in `Input::text` until the next token is read from the document.
    Text {
        line: u64,
        column: u64,
    },
    Eof,
}

/// A streaming reader of one iJw message.
pub(crate) struct Input<R: BufRead> {
    reader: NsReader<Counting<R>>,
    buf: Vec<u8>,
    /// The content of the last `Token::Text` (reused, so text costs no allocation).
    text: String,
    source: String,
    msg_ns: &'static str,
    message: &'static str,
    /// The open elements and, for repeated ones, their position.
    path: Vec<(String, Option<u32>)>,
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
fn path_of(path: &[(String, Option<u32>)], extra: Option<&str>) -> String {
    let mut s = String::new();
    for (name, index) in path {
        if !s.is_empty() {
            s.push('/');
        }
        s.push_str(name);
        if let Some(i) = index {
            s.push_str(&format!("[{i}]"));
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
    path: &[(String, Option<u32>)],
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

impl<R: BufRead> Input<R> {
    /// A reader of the message `message` (e.g. `"jw323"`) in namespace `msg_ns`.
    pub(crate) fn new(
        read: R,
        source: &str,
        msg_ns: &'static str,
        message: &'static str,
    ) -> Input<R> {
        let mut reader = NsReader::from_reader(Counting {
            inner: read,
            line: 1,
            column: 1,
        });
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.trim_text(false);
        Input {
            reader,
            buf: Vec::new(),
            text: String::new(),
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
    /// instructions, the XML declaration and a DOCTYPE.
    fn read_token(&mut self) -> Result<(Token, u64, u64), MessageError> {
        // Where the text read so far starts (its content is in `self.text`).
        let mut text: Option<(u64, u64)> = None;
        loop {
            let pos = (self.reader.get_ref().line, self.reader.get_ref().column);
            self.buf.clear();
            let (resolved, event) = match self.reader.read_resolved_event_into(&mut self.buf) {
                Ok(x) => x,
                Err(e) => {
                    let at = (self.reader.get_ref().line, self.reader.get_ref().column);
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
                Event::Text(t) => Some(t.xml10_content().map_err(|e| bad_utf8(&e))?),
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
                self.text.push_str(&piece);
                continue;
            }
            let token = match event {
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) | Event::DocType(_) => continue,
                Event::Start(start) => {
                    let local = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                    let ns = match resolved {
                        ResolveResult::Bound(ns) => {
                            Some(if ns.as_ref() == self.msg_ns.as_bytes() {
                                Cow::Borrowed(self.msg_ns)
                            } else if ns.as_ref() == BASIS_NS.as_bytes() {
                                Cow::Borrowed(BASIS_NS)
                            } else {
                                Cow::Owned(String::from_utf8_lossy(ns.as_ref()).into_owned())
                            })
                        }
                        ResolveResult::Unbound => None,
                        ResolveResult::Unknown(prefix) => {
                            return Err(mk_err(
                                &self.source,
                                &self.path,
                                pos,
                                MessageErrorKind::NotWellFormed,
                                format!(
                                    "element {local} uses the undeclared namespace prefix {:?}",
                                    String::from_utf8_lossy(&prefix)
                                ),
                                None,
                            ));
                        }
                    };
                    for attr in start.attributes() {
                        let attr = attr.map_err(|e| {
                            mk_err(
                                &self.source,
                                &self.path,
                                pos,
                                MessageErrorKind::NotWellFormed,
                                format!("bad attribute: {e}"),
                                None,
                            )
                        })?;
                        let key = attr.key.as_ref();
                        let allowed = key == b"xmlns"
                            || key.starts_with(b"xmlns:")
                            || key.starts_with(b"xsi:");
                        if !allowed {
                            return Err(mk_err(
                                &self.source,
                                &self.path,
                                pos,
                                MessageErrorKind::Unexpected,
                                format!(
                                    "attribute {} on {local}: iJw messages have no attributes",
                                    String::from_utf8_lossy(key)
                                ),
                                None,
                            ));
                        }
                    }
                    Token::Start {
                        ns,
                        local,
                        line: pos.0,
                        column: pos.1,
                    }
                }
                Event::End(_) => Token::End,
                Event::Eof => Token::Eof,
                // Text-like events were handled above; `Empty` is expanded.
                _ => continue,
            };
            if let Some((line, column)) = text.take() {
                // Put the structural token back: text comes first.
                self.peeked = Some((token, pos.0, pos.1));
                return Ok((Token::Text { line, column }, line, column));
            }
            return Ok((token, pos.0, pos.1));
        }
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
                Token::Text { .. } if self.text.trim().is_empty() => continue,
                Token::Text { line, column } => {
                    return Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::Unexpected,
                        format!("text {:?} between elements", clip(&self.text)),
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

    fn describe(&self, ns: Ns, name: &str) -> String {
        match ns {
            Ns::Msg => format!("{}:{name}", self.message),
            Ns::Basis => format!("ijw:{name}"),
        }
    }

    /// Whether the next element is `name` in `ns` (without consuming it). `false` at an end tag.
    pub(crate) fn at(&mut self, ns: Ns, name: &str) -> Result<bool, MessageError> {
        let token = self.next_structural()?;
        let yes = matches!(&token, Token::Start { ns: Some(u), local, .. }
            if local == name && u == self.ns_uri(ns));
        self.unread(token);
        Ok(yes)
    }

    /// Opens the root element `Bericht` of this message.
    pub(crate) fn open_root(&mut self) -> Result<(), MessageError> {
        let token = self.next_structural()?;
        match token {
            Token::Start {
                ns,
                local,
                line,
                column,
            } => {
                let ns = ns.unwrap_or_default();
                if local == "Bericht" && ns == self.msg_ns {
                    self.path.push((local, None));
                    return Ok(());
                }
                let what = match message_of_namespace(&ns) {
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
        name: &str,
        index: Option<u32>,
    ) -> Result<(), MessageError> {
        let token = self.next_structural()?;
        let want = self.ns_uri(ns);
        match token {
            Token::Start {
                ns: got,
                local,
                line,
                column,
            } => {
                if local == name && got.as_deref() == Some(want) {
                    self.path.push((local, index));
                    Ok(())
                } else if local == name {
                    Err(self.error_at(
                        line,
                        column,
                        MessageErrorKind::WrongNamespace,
                        format!(
                            "element {name} in namespace {}",
                            got.as_deref().unwrap_or("(none)")
                        ),
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
    pub(crate) fn open(&mut self, ns: Ns, name: &str) -> Result<(), MessageError> {
        self.open_indexed(ns, name, None)
    }

    /// Closes the innermost open element: nothing but its end tag may follow.
    pub(crate) fn close(&mut self) -> Result<(), MessageError> {
        match self.next_structural()? {
            Token::End => {
                self.path.pop();
                Ok(())
            }
            Token::Start {
                local,
                line,
                column,
                ..
            } => Err(self.error_at(
                line,
                column,
                MessageErrorKind::Unexpected,
                format!("unexpected element {local} (not allowed here, repeated or out of order)"),
                Some(format!(
                    "the end of {}",
                    self.path
                        .last()
                        .map(|p| p.0.as_str())
                        .unwrap_or("the element")
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
                    Token::Start {
                        local,
                        line,
                        column,
                        ..
                    } => {
                        return Err(self.error_at(
                            line,
                            column,
                            MessageErrorKind::Unexpected,
                            format!("element {local} inside a simple element"),
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
                if self.text.trim().is_empty() {
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
            Token::Start {
                local,
                line,
                column,
                ..
            } => Err(self.error_at(
                line,
                column,
                MessageErrorKind::Unexpected,
                format!("element {local} inside a simple element"),
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
    pub(crate) fn leaf<T>(&mut self, ns: Ns, name: &str) -> Result<T, MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        self.leaf_pos(ns, name).map(|(v, _, _)| v)
    }

    /// Reads the mandatory simple element `name` as a `T`, with where its text starts.
    pub(crate) fn leaf_pos<T>(&mut self, ns: Ns, name: &str) -> Result<(T, u64, u64), MessageError>
    where
        T: FromStr,
        T::Err: IntoReason,
    {
        self.open(ns, name)?;
        let (line, column) = self.text_and_close()?;
        // XSD whitespace facet "collapse" for the non-string types, "preserve" for strings:
        // every value type of this module trims for itself where the XSD collapses.
        let value = self.text.parse::<T>().map_err(|e| {
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
    pub(crate) fn opt_leaf<T>(&mut self, ns: Ns, name: &str) -> Result<Option<T>, MessageError>
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
        name: &str,
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
        name: &str,
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
        name: &str,
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
    pub(crate) fn many_leaves<T>(&mut self, ns: Ns, name: &str) -> Result<Vec<T>, MessageError>
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
    pub(crate) fn open_nth(&mut self, ns: Ns, name: &str, index: u32) -> Result<(), MessageError> {
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
