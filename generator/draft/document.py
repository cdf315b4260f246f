"""Reading one input file into plain text and what the file itself says about it.

Plain text and Markdown are read as written (Markdown loses its markup, line by
line, so line numbers stay true). A saved web page goes through trafilatura for the
main text and metadata, and htmldate for the publication date. Anything that cannot
be read becomes one InputError with a one-line reason: empty, binary, too large,
not UTF-8 (or the page's declared charset), no article text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .lookalikes import one_script_words

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2})\b""", re.I)


class InputError(Exception):
    """A file that cannot be drafted; the message is one line."""


@dataclass
class Document:
    path: Path
    form: str  # text, markdown or html
    text: str  # what is drafted from, one paragraph or line per line
    raw: str  # the decoded file, to give line numbers in the file itself
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD from the page's metadata
    url: str | None = None
    site_name: str | None = None
    host: str | None = None
    language: str | None = None

    def line_in_file(self, words: str, text_line: int) -> int:
        """The file's own line for words found on `text_line` of the drafted text."""
        if self.form != "html":
            return text_line
        found = self.raw.find(words)
        return self.raw.count("\n", 0, found) + 1 if found >= 0 else text_line


def _decode(data: bytes, form: str) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _META_CHARSET.search(data[:4096]) if form == "html" else None
        if declared:
            name = declared.group(1).decode("ascii", "replace")
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                raise InputError(f"the page declares charset {name!r} but is not in it") from None
        raise InputError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8") from None


def _clean(text: str) -> str:
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"(\*\*|__|\*|`|^#{1,6}\s+|^>\s?|^\s*[-+*]\s+)", re.M)


def _markdown_to_text(source: str) -> tuple[str, str | None]:
    title = None
    lines = []
    for line in source.split("\n"):
        if title is None and re.match(r"^#\s+\S", line):
            title = line.lstrip("#").strip()
        lines.append(_MD_MARKS.sub("", _MD_LINK.sub(r"\1", line)))
    return "\n".join(lines), title


def _from_html(path: Path, raw: str) -> Document:
    import htmldate
    import trafilatura

    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                            include_tables=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise InputError("no article text found in the page")
    try:
        date = htmldate.find_date(raw, original_date=True, extensive_search=False)
    except Exception:  # htmldate has no error contract for malformed pages; the date is optional
        date = None
    lang = _HTML_LANG.search(raw[:4096])
    return Document(
        path, "html", one_script_words(_clean(text)), raw,
        title=_clean(extracted.title).strip() if extracted.title else None,
        date=date or extracted.date, url=extracted.url, site_name=extracted.sitename, host=extracted.hostname,
        language=lang.group(1).lower() if lang else None,
    )


def read_document(path: Path) -> Document:
    form = SUFFIXES.get(path.suffix.lower())
    if form is None:
        raise InputError("not a .txt, .md or .html file")
    try:
        if not path.exists():
            raise InputError("no such file")
        if not path.is_file():
            raise InputError("not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError("empty file")
    raw = _decode(data, form)
    if form == "html":
        return _from_html(path, raw)
    text = _clean(raw)
    if not text.strip():
        raise InputError("empty file")
    if form == "markdown":
        text, title = _markdown_to_text(text)
        return Document(path, form, one_script_words(text), text, title=title)
    return Document(path, form, one_script_words(text), text)
