"""Text from records is data: turn it into Markdown that can only show as text.

Python-Markdown and its extensions give meaning to many ASCII punctuation
marks (links, emphasis, attribute lists, admonitions, snippets, tables, HTML,
Jinja in some plugins). Rather than chase each syntax, every such mark becomes
a numeric character reference, which Markdown passes through untouched and the
browser shows as the character itself. Letters, digits and spaces stay as they
are, so pages remain readable and searchable.
"""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

_SPECIAL = set("\\`*_{}[]()#+-.!|~^=:$%@&<>\"'/;?")
_TABLE = str.maketrans({ch: f"&#{ord(ch)};" for ch in _SPECIAL})
_WHITESPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def md_inline(value: object) -> Markup:
    """Any value as one line of inert Markdown text."""
    if isinstance(value, Markup):
        return value
    return _md_inline_text(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _md_inline_text(text: str) -> Markup:
    # Names and dates repeat thousands of times across the pages (1.4 million calls
    # at 10,000 articles); escaping each distinct text once is enough.
    return Markup(_WHITESPACE.sub(" ", text).strip().translate(_TABLE))


def md_paragraphs(value: object) -> Markup:
    """Multi-line text as inert Markdown paragraphs; single newlines join lines."""
    paragraphs = [p for p in _PARAGRAPH_BREAK.split(str(value).strip()) if p.strip()]
    return Markup("\n\n".join(md_inline(p) for p in paragraphs))


def excerpt(value: object, limit: int = 320) -> Markup:
    """The first paragraph, cut at a word boundary: enough to tell the story in a list."""
    return _excerpt(str(value), limit)


@functools.lru_cache(maxsize=1 << 16)
def _excerpt(value: str, limit: int) -> Markup:
    # The same summary is shown in the timeline of every entity its article mentions.
    first = _PARAGRAPH_BREAK.split(value.strip(), maxsplit=1)[0]
    text = _WHITESPACE.sub(" ", first).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return md_inline(text)


def html_text(value: object) -> Markup:
    """Text for HTML attributes and raw-HTML blocks (front matter, SVG titles)."""
    return Markup(html.escape(_WHITESPACE.sub(" ", str(value)).strip(), quote=True))


def safe_url(url: str) -> str | None:
    """An http(s) URL made safe to place in an href, or None for anything else."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode everything Markdown or HTML could read as syntax.
    return quote(url, safe="/:?#&=%~-.,;+@!$")


def external_link(url: str, label: object) -> Markup:
    """A raw-HTML link to an original, or the label alone when the URL is not http(s)."""
    href = safe_url(url)
    if href is None:
        return md_inline(label)
    return Markup(
        f'<a href="{html.escape(href, quote=True)}" rel="noopener nofollow ugc" class="external">{md_inline(label)}</a>'
    )
