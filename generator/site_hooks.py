"""MkDocs hook for `make site`: record what was built, and make incremental builds exact.

Every build writes `.briefings-build.json` into the site: a fingerprint of what
shapes every page (configuration, theme overrides, versions) and, for each file
of the docs folder, a hash of its bytes and where its output went.

When publish.py asks for an incremental build (BRIEFINGS_INCREMENTAL=1), the
site folder is a hard-linked copy of the previous site and MkDocs runs with
`--dirty`. This hook then:

- decides what changed by content hash, not modification time;
- unlinks every output before MkDocs writes it, because MkDocs opens outputs with
  open(path, 'wb'), which would truncate the inode the previous site shares;
- deletes the outputs of docs files that no longer exist;
- rebuilds the search index in full-build order: fresh entries for rebuilt pages,
  the previous index's entries for the others.

The result is byte-identical to a full build (tests/test_publish.py proves it).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re

import mkdocs.utils
from mkdocs.plugins import event_priority

STATE = ".briefings-build.json"
log = logging.getLogger("mkdocs.briefings")

_state: dict = {}  # this build: previous state, current hashes, incremental or not


def _incremental() -> bool:
    return os.environ.get("BRIEFINGS_INCREMENTAL") == "1"


def file_hash(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.blake2b(handle.read(), digest_size=16).hexdigest()


def _given_hashes() -> dict[str, str]:
    # publish.py hashes the docs folder through a stat cache (generator/docs_hashes.py)
    # before MkDocs starts and hands the hashes over; a file it did not list is read here.
    path = os.environ.get("BRIEFINGS_DOCS_HASHES")
    if not path:
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def note_write(path: str) -> None:
    """Journal a path of the site this build writes or removes (publish.py: BRIEFINGS_WRITES).

    The next incremental run turns the site before this one (the spare) into a copy of
    this one by relinking only these paths. Every writer that unlinks before it writes
    (the safety argument above) notes its path here; style_hooks.py does the same.
    Appending one short line is atomic, so forked workers share the journal.
    """
    journal = os.environ.get("BRIEFINGS_WRITES")
    if journal:
        with open(journal, "a", encoding="utf-8") as handle:
            handle.write(os.path.abspath(path) + "\n")


def _unlinking(writer):  # noqa: ANN001, ANN202 - wraps mkdocs.utils.write_file / copy_file
    def write(first, output_path: str) -> None:  # noqa: ANN001
        note_write(output_path)
        if os.path.isfile(output_path) or os.path.islink(output_path):
            os.unlink(output_path)  # never write through a hard link into the previous site
        writer(first, output_path)

    write.briefings_unlinks = True  # type: ignore[attr-defined]
    return write


class _DropDirtyWarning(logging.Filter):
    # MkDocs warns on every --dirty build; under --strict that warning alone would fail
    # the build. This hook makes the dirty build exact, so the warning does not apply.
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def on_config(config):  # noqa: ANN001, ANN201 - MkDocs' hook signature
    _state.clear()
    _state["incremental"] = _incremental()
    previous = os.path.join(config["site_dir"], STATE)
    _state["previous"] = {}
    if _state["incremental"]:
        with open(previous, encoding="utf-8") as handle:
            _state["previous"] = json.load(handle)
        if not getattr(mkdocs.utils.write_file, "briefings_unlinks", False):
            mkdocs.utils.write_file = _unlinking(mkdocs.utils.write_file)
            mkdocs.utils.copy_file = _unlinking(mkdocs.utils.copy_file)
        logging.getLogger("mkdocs.commands.build").addFilter(_DropDirtyWarning())
        # The gzipped sitemap is written with a plain open(): unlink it ahead of time.
        for name in ("sitemap.xml.gz",):
            path = os.path.join(config["site_dir"], name)
            note_write(path)
            if os.path.exists(path):
                os.unlink(path)
    return config


def on_files(files, config):  # noqa: ANN001, ANN201
    docs_dir = os.path.abspath(config["docs_dir"])
    previous = _state["previous"].get("files", {})
    current: dict[str, list[str]] = {}
    changed_count = 0
    given = _given_hashes()
    site_dir = config["site_dir"]
    # String work per folder, not per file: File's path properties cost seconds at 140,000 files.
    in_docs: dict[str | None, bool] = {}
    for file in files:
        inside = in_docs.get(file.src_dir)
        if inside is None:
            inside = in_docs[file.src_dir] = file.src_dir is not None and os.path.abspath(file.src_dir) == docs_dir
        if not inside:
            continue  # a theme file: the fingerprint covers those
        if file.inclusion.is_excluded():
            continue  # e.g. the generator's marker file: MkDocs does not publish it
        dest = file.dest_uri
        digest = given.get(file.src_uri) or file_hash(file.abs_src_path)
        current[file.src_uri] = [digest, dest]
        if _state["incremental"]:
            before = previous.get(file.src_uri)
            changed = before != [digest, dest] or not os.path.isfile(os.path.join(site_dir, dest))
            file.is_modified = (lambda changed=changed: changed)  # instance override, by content
        else:
            changed = True
        changed_count += changed
    _state["current"] = current
    _state["counts"] = {"rebuilt": changed_count, "removed": 0}
    if _state["incremental"]:
        kept = {dest for _, dest in current.values()}
        for src, (_, dest) in sorted(previous.items()):
            if src not in current and dest not in kept:
                _remove(config["site_dir"], dest)
                _state["counts"]["removed"] += 1
    return files


def _remove(site_dir: str, dest: str) -> None:
    path = os.path.join(site_dir, dest)
    note_write(path)
    if os.path.isfile(path):
        os.unlink(path)
    folder = os.path.dirname(path)
    while os.path.abspath(folder) != os.path.abspath(site_dir) and os.path.isdir(folder) and not os.listdir(folder):
        note_write(folder)
        os.rmdir(folder)
        folder = os.path.dirname(folder)


@event_priority(-50)  # after the search plugin has indexed the page
def on_page_context(context, page, config, nav):  # noqa: ANN001, ANN201
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and hasattr(search, "search_index"):
        entries = search.search_index.entries
        start = len(entries)
        while start and _page_of(entries[start - 1]["location"]) == page.url:
            start -= 1
        entries[start:] = search_entries(page.file.src_uri, entries[start:])
    return context


# Article sections worth finding an article by; the rest of a page lists links to other pages.
ARTICLE_SECTIONS = ("Summary", "Quotes", "Analyst's note")
ENTITY_FOLDERS = ("events", "organizations", "countries", "people", "sources")
# Material appends * to every query word, so "Example Person 12" also matches "Synthetic
# headline 129" in an article's title, and articles, ten times as many, outranked the page
# of the entity named. An entity page counts ENTITY_BOOST times (lunr's document boost):
# the page whose title is the query comes first. Measured on a 1,000-article corpus:
# "Example Person 12", "Synthetic Organization 17", "Canada", "SO4" all first (tests/browser).
ENTITY_BOOST = 10
# Words of the at-a-glance box that every entity page has (its counts, feed and sourcing figures): nothing to find a page by. Leaving
# them out keeps the index smaller than the boosts make it.
_GLANCE_CHROME = re.compile(r"<p>At a glance</p>\s*|<li>(?:Follow|Articles|Sourcing|Corroboration): [^<]*</li>\s*")
# An entity's other names join its name in the entry's title (templates/partials/glance.md.j2
# writes them as "Also known as: A · B"): a title word weighs a thousand text words, so 'ОДКБ'
# finds the CSTO before the pages that merely mention it, and the result says why it matched.
_ALIASES = re.compile(r"<li>Also known as: ([^<]*)</li>\s*")


def search_entries(src_uri: str, entries: list[dict]) -> list[dict]:
    """What the search index keeps of one page: one entry, holding what the page is about.

    Material indexes every section of every page; at 10,000 articles that is 49 MB,
    mostly timelines and link lists that repeat other pages' titles. Each page keeps
    its title and top section: for an entity, the at-a-glance box (with its aliases,
    so 'ISIS' or 'ОДКБ' finds the page) and its description; for an article, its
    summary, quotes and note; for lists (indexes, tags), the title alone.
    """
    # generator/lean_hooks.py (indexes_first_section_only) relies on which pages keep only `top`.
    if not entries or src_uri in ("index.md", "about.md"):
        return entries
    top = dict(entries[0])
    folder = src_uri.split("/", 1)[0]
    if src_uri.endswith("index.md"):
        top["text"] = ""
    elif folder == "articles":  # kinds.FOLDERS["article"]: MkDocs loads this file by path, without the package
        top["text"] = " ".join(e["text"] for e in entries[1:] if e["title"] in ARTICLE_SECTIONS)
    elif folder in ENTITY_FOLDERS:
        text = _GLANCE_CHROME.sub("", top["text"])
        aliases = _ALIASES.search(text)
        if aliases:
            top["title"] = f"{top['title']} · {aliases.group(1)}"  # no commas: lunr keeps them in its tokens
            text = text[: aliases.start()] + text[aliases.end():]
        top["text"] = text
        top["boost"] = ENTITY_BOOST
    return [top]


@event_priority(50)  # before the search plugin writes its index (priority 0)
def on_post_build(config):  # noqa: ANN001, ANN201
    if _state["incremental"]:
        _merge_search_index(config)
    state = {"fingerprint": os.environ.get("BRIEFINGS_FINGERPRINT", ""), "files": dict(sorted(_state["current"].items()))}
    state["source_date_epoch"] = os.environ.get("SOURCE_DATE_EPOCH", "")  # the sitemap's date: publish.py compares it
    path = os.path.join(config["site_dir"], STATE)
    note_write(path)
    if os.path.exists(path):
        os.unlink(path)
    with open(path, "w", encoding="utf-8") as handle:
        # Compact: an indent makes json use its pure-Python encoder (1 s for 140,000 files at 100,000 articles).
        handle.write(json.dumps(state, sort_keys=True, separators=(",", ":")))
        handle.write("\n")
    report = os.environ.get("BRIEFINGS_REPORT")
    if report:  # for publish.py: how much was rebuilt (kept out of the site, which must not depend on it)
        with open(report, "w", encoding="utf-8") as handle:
            json.dump(_state["counts"], handle)


# Material's templates indent every line of HTML; at 10,000 articles that was 4 KB of a
# 44 KB entity page. A run of blanks holding a line break renders exactly as a single
# line break everywhere except in preformatted text, which is left alone.
_LINE_BREAK_RUN = re.compile(r"\n[ \t\r\n]+")  # anchored on the break: 10x faster than also eating blanks before it
_PREFORMATTED = re.compile(r"<(pre|textarea)\b.*?</\1\s*>", re.S | re.I)


def squeeze(html: str) -> str:
    """`html` without the indentation between its lines; <pre> and <textarea> kept as they are."""
    out, start = [], 0
    for block in _PREFORMATTED.finditer(html):
        out += [_LINE_BREAK_RUN.sub("\n", html[start : block.start()]), block.group(0)]
        start = block.end()
    out.append(_LINE_BREAK_RUN.sub("\n", html[start:]))
    return "".join(out)


def on_post_page(output, page, config):  # noqa: ANN001, ANN201
    return squeeze(output)


def _page_of(location: str) -> str:
    return location.split("#", 1)[0]


def _merge_search_index(config) -> None:  # noqa: ANN001
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is None:
        return
    index_path = os.path.join(config["site_dir"], "search", "search_index.json")
    with open(index_path, encoding="utf-8") as handle:
        old_docs = json.load(handle)["docs"]
    old: dict[str, list[dict]] = {}
    for entry in old_docs:
        old.setdefault(_page_of(entry["location"]), []).append(entry)
    fresh: dict[str, list[dict]] = {}
    for entry in search.search_index.entries:
        fresh.setdefault(_page_of(entry["location"]), []).append(entry)
    # The pages rebuilt are those --dirty builds: decided here, not collected per page,
    # because generator/mkdocs_build.py builds pages in worker processes.
    rebuilt = {file.page.url for file in _state["pages"] if file.page is not None and file.is_modified()}
    merged: list[dict] = []
    # A full build indexes pages in this order (mkdocs build: documentation_pages()).
    for file in _state["pages"]:
        url = file.page.url if file.page is not None else file.url
        merged.extend(fresh.get(url, []) if url in rebuilt else old.get(url, []))
    search.search_index.entries = merged


def on_nav(nav, config, files):  # noqa: ANN001, ANN201
    from mkdocs.structure.files import InclusionLevel

    _state["pages"] = [f for f in files.documentation_pages(inclusion=InclusionLevel.is_included)]
    return nav
