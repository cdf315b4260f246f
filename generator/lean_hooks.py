"""MkDocs hook for make site (registered by generator/mkdocs_build.py): less work per page, the same pages.

Measured with cProfile on 1,407 pages of a 1,000-article corpus (make bench's
corpus), MkDocs and Material spent a page's time on: Markdown conversion 56%
(inline patterns 26%), the search plugin parsing the whole page's HTML 24%, the
theme template 14%. Two of those did work our pages never use:

- **Search sections that are thrown away.** Material's search plugin parses every
  page's HTML into one entry per section; generator/site_hooks.py (search_entries)
  then keeps only the first section of every page except the home and about pages
  and articles. For those pages the plugin is handed the HTML up to the second
  heading, and the page gets its full HTML back right after (the search plugin strips its own
  attributes from the full HTML, as before). The cut is
  only made where the heading is at the top level of the HTML, where Material's
  parser starts a section that nothing after it leaves, so the entries are the same.
- **Markdown syntax no page uses.** Every text that comes from a record reaches the
  Markdown as numeric character references (generator/markup.py), so only the
  templates' own syntax can match; the inline patterns below never do, and each
  was still tried on every run of text.

tests/test_mkdocs_build.py compares every file of sites built with this hook
(generator/mkdocs_build.py) and without it (plain `mkdocs build`), the search index
included; mkdocs.yml does not list it, so `mkdocs build` and `mkdocs serve` run as
MkDocs and Material ship.
"""

from __future__ import annotations

import re

from markdown import Extension
from mkdocs.plugins import event_priority

# Inline patterns no template writes: reference and image links, autolinks, hard
# line breaks and backslash escapes (records' text never carries Markdown syntax).
UNUSED_INLINE_PATTERNS = (
    "escape",
    "reference",
    "image_link",
    "image_reference",
    "short_reference",
    "short_image_ref",
    "autolink",
    "automail",
    "linebreak",
)


class UnusedSyntaxOff(Extension):
    def extendMarkdown(self, md):  # noqa: ANN001, N802 - Python-Markdown's API
        for name in UNUSED_INLINE_PATTERNS:
            if name in md.inlinePatterns:
                md.inlinePatterns.deregister(name)




def indexes_first_section_only(src_uri: str) -> bool:
    """The pages whose search entry generator/site_hooks.py:search_entries takes from the first section alone."""
    if src_uri in ("index.md", "about.md"):
        return False
    return src_uri.endswith("index.md") or src_uri.split("/", 1)[0] != "articles"


_HEADING_WITH_ID = re.compile(r"<h[1-6]\b[^>]*\sid=")
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>")
_RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b", re.I)
# Material's search parser (material/plugins/search/plugin.py: void) does not open these.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)


def first_section_end(html: str) -> int | None:
    """Where the first search section of `html` ends for good, or None when that is not certain.

    That is the start of the second heading with an id, if it stands at the top level:
    Material's parser begins a section there, and a top-level section is never left
    for an earlier one, so nothing after this point belongs to an earlier section.
    """
    first = _HEADING_WITH_ID.search(html)
    second = _HEADING_WITH_ID.search(html, first.end()) if first else None
    if second is None or _RAW_TEXT.search(html, 0, second.start()):
        return None
    open_tags: list[str] = []
    for tag in _TAG.finditer(html, 0, second.start()):
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if closing:
            if open_tags and open_tags[-1] == name:  # the parser ignores end tags that close nothing open
                open_tags.pop()
        elif name not in _VOID and not self_closing:
            open_tags.append(name)
    return second.start() if not open_tags else None


def _indexing_first_section_only(add_entry):  # noqa: ANN001, ANN202 - wraps SearchIndex.add_entry_from_context
    def add_entry_from_context(page) -> None:  # noqa: ANN001
        full = page.content
        end = first_section_end(full) if full and indexes_first_section_only(page.file.src_uri) else None
        if end is not None:
            page.content = full[:end]
        try:
            add_entry(page)
        finally:
            page.content = full

    return add_entry_from_context


@event_priority(-100)  # after the search plugin made this build's index (on_config, priority 0)
def on_config(config):  # noqa: ANN001, ANN201 - MkDocs' hook signature
    config.markdown_extensions.append(UnusedSyntaxOff())
    search = config.plugins.get("material/search") or config.plugins.get("search")
    index = getattr(search, "search_index", None)
    if index is not None:
        index.add_entry_from_context = _indexing_first_section_only(index.add_entry_from_context)
    return config
