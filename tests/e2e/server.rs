//! A tiny static file server for `dist/`, on 127.0.0.1 and a free port.
//!
//! It serves the same tree at `/` and under a sub-path (`/explainer/`), so the
//! release build is checked both at a site root and below one. Every request is
//! recorded (method, path, status, content type) for the tests to inspect.
//! Plain `std::net` with one thread per connection and `Connection: close`:
//! no extra crate, nothing clever.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The sub-path the tree is also served under.
pub const SUB_PATH: &str = "/explainer/";

/// One request the server answered.
#[derive(Debug, Clone)]
pub struct Served {
    pub method: String,
    /// The request target as sent (path and query).
    pub target: String,
    pub status: u16,
    pub content_type: String,
}

pub struct StaticServer {
    addr: std::net::SocketAddr,
    log: Arc<Mutex<Vec<Served>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Serve `root` on 127.0.0.1 at a free port.
    pub fn start(root: &Path) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let root = root.canonicalize()?;
        let thread = {
            let (log, stop) = (log.clone(), stop.clone());
            std::thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let (root, log) = (root.clone(), log.clone());
                    std::thread::spawn(move || {
                        let _ = handle(conn, &root, &log);
                    });
                }
            })
        };
        Ok(Self {
            addr,
            log,
            stop,
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request answered so far, in order.
    pub fn requests(&self) -> Vec<Served> {
        self.log.lock().unwrap().clone()
    }

    pub fn clear_log(&self) {
        self.log.lock().unwrap().clear();
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn mime_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Map a request path to a file under `root`, or None (→ 404).
fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let rel = if let Some(rest) = url_path.strip_prefix(SUB_PATH) {
        rest
    } else {
        url_path.strip_prefix('/')?
    };
    let rel = percent_decode(rel)?;
    let mut path = root.to_path_buf();
    for comp in Path::new(&rel).components() {
        match comp {
            Component::Normal(c) => path.push(c),
            Component::CurDir => {}
            _ => return None, // no `..`, no absolute paths
        }
    }
    if path.is_dir() {
        // Directory paths get their index.html, but only with a trailing slash
        // (or at the root), like an ordinary static host: relative asset URLs
        // in the page resolve correctly only then.
        if !(url_path.ends_with('/')) {
            return None;
        }
        path.push("index.html");
    }
    path.is_file().then_some(path)
}

fn handle(mut conn: TcpStream, root: &Path, log: &Mutex<Vec<Served>>) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(()); // the wake-up connection, or an idle one
    }
    // Drain the headers; we need none of them.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let url_path = target.split(['?', '#']).next().unwrap_or("");

    let (status, content_type, body) = match (method.as_str(), resolve(root, url_path)) {
        ("GET" | "HEAD", Some(file)) => match std::fs::read(&file) {
            Ok(bytes) => (200, mime_type(&file), bytes),
            Err(_) => (500, "text/plain; charset=utf-8", b"read error\n".to_vec()),
        },
        ("GET" | "HEAD", None) => (404, "text/plain; charset=utf-8", b"not found\n".to_vec()),
        _ => (
            405,
            "text/plain; charset=utf-8",
            b"method not allowed\n".to_vec(),
        ),
    };
    log.lock().unwrap().push(Served {
        method: method.clone(),
        target: target.clone(),
        status,
        content_type: content_type.to_string(),
    });
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Internal Server Error",
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    conn.write_all(head.as_bytes())?;
    if method != "HEAD" {
        conn.write_all(&body)?;
    }
    conn.flush()?;
    let _ = conn.shutdown(Shutdown::Write);
    // Let the client finish reading before the socket closes.
    let _ = reader.read(&mut [0u8; 1]);
    Ok(())
}

/// A blocking one-shot HTTP request to 127.0.0.1 (used for chromedriver's
/// non-standard endpoints and for cleanup in `Drop`, where nothing async runs).
pub fn http_request(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> std::io::Result<(u16, String)> {
    let mut conn = TcpStream::connect(("127.0.0.1", port))?;
    conn.set_read_timeout(Some(Duration::from_secs(30)))?;
    let body = body.unwrap_or("");
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    conn.write_all(req.as_bytes())?;
    // chromedriver keeps connections alive whatever we ask, so read exactly
    // one response: up to Content-Length, or the last chunk, or EOF.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let split = loop {
        let n = conn.read(&mut buf)?;
        raw.extend_from_slice(&buf[..n]);
        if let Some(pos) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        if n == 0 {
            break raw.len();
        }
    };
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let header = |name: &str| {
        head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    };
    let content_length: Option<usize> = header("content-length").and_then(|v| v.parse().ok());
    let chunked = header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    loop {
        let body_len = raw.len().saturating_sub(split + 4);
        let complete = match content_length {
            Some(len) => body_len >= len,
            None if chunked => raw.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if complete {
            break;
        }
        let n = conn.read(&mut buf)?;
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
    }
    let mut rest = raw.get(split + 4..).unwrap_or(&[]);
    if let Some(len) = content_length {
        rest = &rest[..len.min(rest.len())];
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

fn dechunk(mut s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = s.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&s[..eol]);
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        let rest = &s[eol + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}
