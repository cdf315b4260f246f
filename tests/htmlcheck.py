"""Reading built HTML the way a browser would, with html.parser: what it shows, what could
run, and where its links go. Shared by the hostile-site, link and browser tests."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background", "ping", "cite"}
# Elements no page of ours contains; from a record any of them would load or run something.
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "img", "video", "audio", "source", "track"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
# Every hostile payload names this host or calls alert(); neither may reach markup.
MARKERS = ("evil.example", "alert(")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    in_head: bool = False


@dataclass
class Document:
    elements: list[Element] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    text: str = ""  # what a reader sees: all text outside script/style/template, whitespace collapsed
    title: str = ""  # the first <title>: the document's
    scripts: list[tuple[Element, str]] = field(default_factory=list)  # (element, inline code): <script>, <style>

    def meta(self, name: str) -> str | None:
        for el in self.elements:
            if el.tag == "meta" and el.attrs.get("name") == name:
                return el.attrs.get("content")
        return None


class _Parser(HTMLParser):
    HIDDEN = {"script", "style", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = Document()
        self.chunks: list[str] = []
        self.stack: list[str] = []
        self.title: list[str] | None = None
        self.script: tuple[Element, list[str]] | None = None
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_head = (self.in_head or tag == "head") and tag != "body"
        el = Element(tag, {k: v or "" for k, v in attrs}, self.getpos()[0], self.in_head)
        self.doc.elements.append(el)
        for key in ("id", "name"):
            if key in el.attrs and (key == "id" or tag == "a"):
                self.doc.ids.add(el.attrs[key])
        if tag == "title" and not self.doc.title:  # the document's; SVG charts have their own
            self.title = []
        if tag in ("script", "style"):  # their text is code: kept to look for payloads in
            self.script = (el, [])
        if tag in self.HIDDEN:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in self.HIDDEN and self.stack and self.stack[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.in_head = self.in_head and tag != "head"
        if tag == "title" and self.title is not None:
            self.doc.title = " ".join("".join(self.title).split())
            self.title = None
        if tag in ("script", "style") and self.script is not None:
            self.doc.scripts.append((self.script[0], "".join(self.script[1])))
            self.script = None
        if tag in self.HIDDEN and tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script[1].append(data)
        if self.title is not None:
            self.title.append(data)
            return
        if not self.stack:
            self.chunks.append(data)


def parse_html(source: str) -> Document:
    parser = _Parser()
    parser.feed(source)
    parser.close()
    parser.doc.text = " ".join("".join(parser.chunks).split())
    return parser.doc


def read(path: Path) -> Document:
    return parse_html(path.read_text(encoding="utf-8"))


def _scheme_of(value: str) -> str:
    # Browsers ignore tabs, newlines and leading spaces in a URL's scheme.
    return _INVISIBLE.sub("", value).lower()


def unsafe(doc: Document, where: str) -> list[str]:
    """Everything in `doc` that could run code, load something remote, or came from a payload."""
    found = []
    for el in doc.elements:
        at = f"{where}:{el.line}: <{el.tag}>"
        # No <style> anywhere: generator/style_hooks.py links the first paint's CSS as a file.
        if el.tag in FORBIDDEN_TAGS:
            found.append(f"{at} element not expected on any page")
        if el.tag == "form" and "action" in el.attrs:  # Material's search form has none
            found.append(f"{at} form that submits somewhere")
        if el.tag == "meta" and el.attrs.get("http-equiv", "").lower() == "refresh":
            found.append(f"{at} meta refresh")
        for name, value in el.attrs.items():
            if name.startswith("on"):
                found.append(f"{at} event handler attribute {name}={value!r}")
            if name in URL_ATTRIBUTES and _scheme_of(value).startswith(BAD_SCHEMES):
                found.append(f"{at} {name} with a script-capable scheme: {value!r}")
            # Text attributes (content, title, aria-label) may hold payload text, quoted;
            # an address or a style may not.
            if (name in URL_ATTRIBUTES or name == "style") and any(marker in value for marker in MARKERS):
                found.append(f"{at} {name} carries payload text: {value!r}")
            if name == "id" and value == "evil-id":
                found.append(f"{at} id set by an attribute list")
        if el.tag in ("script", "link") and (el.attrs.get("src") or el.attrs.get("href")):
            target = urlsplit(el.attrs.get("src") or el.attrs.get("href"))
            if el.tag == "script" and (target.scheme or target.netloc):
                found.append(f"{at} script from another origin: {el.attrs['src']!r}")
    for el, code in doc.scripts:
        if any(marker in code for marker in MARKERS):
            found.append(f"{where}:{el.line}: <{el.tag}> with payload text: {code[:80]!r}")
    return found


# --- links ------------------------------------------------------------------------------------

LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "area": "href", "use": "href"}


def page_url(site: Path, html_file: Path, base: str) -> str:
    rel = html_file.relative_to(site).as_posix()
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return base + rel


def target_file(site: Path, base: str, url: str) -> Path | None:
    """The file in `site` that `url` (absolute, inside `base`) serves, or None."""
    path = unquote(urlsplit(url).path)
    base_path = urlsplit(base).path
    if not path.startswith(base_path):
        return None
    rest = path[len(base_path):]
    if rest.startswith("/") or "//" in rest:
        return None  # "/briefings//x": servers differ on what that is
    rel = posixpath.normpath(rest) if rest else "."
    if rel.startswith(".."):
        return None
    candidate = site / rel
    if path.endswith("/") or rel == ".":
        candidate = candidate / "index.html"
    elif candidate.is_dir():
        candidate = candidate / "index.html"  # MkDocs never links like this; servers redirect
    return candidate if candidate.is_file() else None


def broken_links(site: Path, base: str = "http://site.invalid/") -> list[str]:
    """Every internal link, script, stylesheet and #anchor in `site` that does not resolve.

    `base` is the address the site is served from (a sub-path such as /briefings/ works);
    links to other hosts are external and not followed."""
    base_parts = urlsplit(base)
    docs: dict[Path, Document] = {}

    def document(path: Path) -> Document:
        if path not in docs:
            docs[path] = read(path)
        return docs[path]

    problems = []
    for html_file in sorted(site.rglob("*.html")):
        here = page_url(site, html_file, base)
        for el in document(html_file).elements:
            attr = LINK_ATTRIBUTES.get(el.tag)
            value = el.attrs.get(attr or "")
            if not attr or value is None or attr not in el.attrs:
                continue
            where = f"{html_file.relative_to(site)}:{el.line}: <{el.tag} {attr}={value!r}>"
            if value.startswith(("mailto:", "tel:")):
                continue
            url = urljoin(here, value)
            parts = urlsplit(url)
            if (parts.scheme, parts.netloc) != (base_parts.scheme, base_parts.netloc):
                if parts.scheme not in ("http", "https"):
                    problems.append(f"{where} unexpected scheme")
                continue  # another site: not ours to check
            target = target_file(site, base, url)
            if target is None:
                problems.append(f"{where} -> {parts.path} does not exist")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html" and fragment not in document(target).ids:
                problems.append(f"{where} -> no id {fragment!r} in {target.relative_to(site)}")
    return problems
