#!/usr/bin/env python3
"""Trunk post_build hook: write a strict Content-Security-Policy <meta> into the
staged index.html.

Every inline <script> (the app's loader and import map, and in `trunk serve`
trunk's autoreload script) is allowed by its sha256 hash, never by
'unsafe-inline'. Inline <style> elements (the prerender writes one, the
timeline overview's placing rules) get hashes in style-src the same way.
`style` attributes are not allowed at all: the page has none
(tests/prerender.rs checks). An existing CSP meta is replaced; otherwise the
meta goes right after <meta charset>, so it governs everything that follows
in the document.

Before hashing, it writes the SRI hash of each file the loader names as
`@integrity <file>` (see `pattern_script` in Trunk.toml).

frame-ancestors cannot be set from a meta CSP; it is sent as a response header
(see public/_headers and README.md).

Runs with plain python3 (no packages). Standalone use:
    python3 .ci/csp.py path/to/index.html
"""
import base64
import hashlib
import os
import re
import sys

SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
STYLE_RE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.I | re.S)
CSP_META_RE = re.compile(r"<meta\b[^>]*http-equiv=[\"']?content-security-policy[\"']?[^>]*>", re.I)
CHARSET_RE = re.compile(r"<meta\b[^>]*charset=[^>]*>", re.I)


def sha256(text):
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_hashes(regex, html):
    hashes = []
    for attrs, body in regex.findall(html):
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue  # external script: covered by 'self'
        h = sha256(body)
        if h not in hashes:
            hashes.append(h)
    return hashes


def policy(script_hashes, style_hashes):
    directives = [
        "default-src 'none'",
        " ".join(["script-src 'self' 'wasm-unsafe-eval'"] + script_hashes),
        " ".join(["style-src 'self'"] + style_hashes),
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return "; ".join(directives)


INTEGRITY_RE = re.compile(r"@integrity ([\w.-]+)")


def fill_integrity(html, folder):
    """The loader (`pattern_script` in Trunk.toml) names each file it fetches
    as `@integrity <file>`; write that file's SRI hash in its place, so the
    browser refuses a JS or wasm file that is not the one built with this page."""
    def sri(m):
        file = os.path.join(folder, m.group(1))
        if not os.path.isfile(file):
            sys.exit("csp.py: the loader names %s, which the build did not write" % file)
        with open(file, "rb") as f:
            return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode("ascii")
    return INTEGRITY_RE.sub(sri, html)


def main():
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        staging = os.environ.get("TRUNK_STAGING_DIR")
        if not staging:
            sys.exit("csp.py: TRUNK_STAGING_DIR is not set (run as a trunk hook, or pass a file)")
        path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()

    # `trunk serve` fills two placeholders in its inline autoreload script at
    # request time, which would change the script after we hashed it. Fill them
    # now with the values trunk would use (current host, base "/"), so the
    # served bytes are the hashed bytes. Release builds have no such script.
    for quote in ("'", "`"):
        html = html.replace(quote + "{{__TRUNK_ADDRESS__}}" + quote, "window.location.host")
    html = html.replace("{{__TRUNK_WS_BASE__}}", "/")

    html = fill_integrity(html, os.path.dirname(os.path.abspath(path)))

    # Hash the document as it will be served, minus any old CSP meta.
    html = CSP_META_RE.sub("", html, count=1) if CSP_META_RE.search(html) else html
    scripts = inline_hashes(SCRIPT_RE, html)
    styles = inline_hashes(STYLE_RE, html)
    if "unsafe-inline" in " ".join(scripts):
        sys.exit("csp.py: refusing to emit unsafe-inline")
    meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy(scripts, styles)

    m = CHARSET_RE.search(html)
    if m:
        html = html[: m.end()] + meta + html[m.end():]
    else:
        head = re.search(r"<head\b[^>]*>", html, re.I)
        if not head:
            sys.exit("csp.py: no <head> in %s" % path)
        html = html[: head.end()] + meta + html[head.end():]

    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print("csp.py: CSP meta written to %s (%d inline script hash(es), %d style hash(es))"
          % (path, len(scripts), len(styles)))


if __name__ == "__main__":
    main()
