"""MkDocs hook: each page links the CSS its first paint needs; the rest loads after it.

Material links one 137 KB stylesheet (and 12 KB of palettes) for every feature it
has, and its 114 KB script; a page could not paint before the stylesheets
arrived. On Lighthouse's mobile profile that was a 2.7 s first paint and a
performance score of 82 to 92.

overrides/main.html links a placeholder stylesheet (PLACEHOLDER) where the
stylesheets were and loads them, and the script, after the page's "load" event.
This hook computes the theme's rules that can apply to this page: rules whose every
class, id, attribute and element occurs in the page's HTML (or is one Material's
script adds as it starts), outside print media queries, without the custom
properties those rules never use; then briefings.css whole. It writes that CSS
once, to assets/stylesheets/briefings-<hash of its bytes>.css, and points the
page's link at it. Pages of one kind hold the same words, so they share one file,
which browsers cache from page to page. (Inlining it instead cost 39-47 KB in
every page: 56 MB of a 104 MB site at 1,000 articles.) When the stylesheets
arrive they repeat those rules in the same order, so nothing moves.

The CSS depends only on the page's own HTML, the theme and briefings.css, and its
file name on its bytes: forked workers (generator/mkdocs_build.py) write the same
file under the same name, by temporary file and rename. An incremental build that
rebuilds a page gets what a full build would; a changed briefings.css rebuilds
every page (on_files); on_post_build deletes the files no page links any more.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import material

# overrides/main.html links this; each page's link is pointed at its own file.
PLACEHOLDER = "assets/stylesheets/briefings-critical.css"
STYLESHEET_FOLDER = "assets/stylesheets"
_HASHED_NAME = re.compile(r"briefings-[0-9a-f]{16}\.css")
# In the site: each page's stylesheet (by output path), so that on_post_build need not read every page.
RECORD = ".briefings-styles.json"
OWN_STYLESHEET = "assets/briefings.css"
THEME_STYLESHEETS = Path(material.__file__).resolve().parent / "templates" / "assets" / "stylesheets"
# Classes Material's script gives elements as the page loads (tables are wrapped for
# scrolling; <html> loses no-js): their rules must be there before the stylesheet is.
ADDED_ON_LOAD = frozenset({"js", "md-typeset__scrollwrap", "md-typeset__table", "<div"})
# Attributes whose value picks a block of rules (a palette, a colour scheme, the writing direction).
VALUED_ATTRIBUTES = ("data-md-color-primary", "data-md-color-accent", "data-md-color-scheme", "dir")

_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')
_ATTRIBUTE_NAME = re.compile(r"\s([a-zA-Z][\w:-]*)(?==|[\s>])")
_FUNCTIONAL_PSEUDO = re.compile(r":(?:not|is|where|has|matches|-webkit-any|-moz-any)\(")
_CLASS_OR_ID = re.compile(r"[.#](-?[A-Za-z_][\w-]*)")
_TYPE_SELECTOR = re.compile(r"(?:^|[\s>+~])([a-zA-Z][\w-]*)")
_TAG = re.compile(r"<([a-zA-Z][\w-]*)")
_SELECTOR_ATTRIBUTE = re.compile(r"\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:\"([^\"]*)\"|'([^']*)'|([^\]\s]*))\s*)?(?:\s+[is])?\]")
_VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
_GROUP_RULES = ("@media", "@supports", "@container", "@layer", "@scope")
_state: dict = {}


# ---- reading CSS -------------------------------------------------------------

def _next_stop(css: str, i: int, stops: str) -> int:
    """Index of the first character of `stops` at or after i outside strings, comments and brackets."""
    depth, quote = 0, ""
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif css.startswith("/*", i):
            i = css.index("*/", i + 2) + 1
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and char in stops:
            return i
        i += 1
    return len(css)


def _split_top(text: str, separator: str) -> list[str]:
    parts, start = [], 0
    while True:
        stop = _next_stop(text, start, separator)
        parts.append(text[start:stop])
        if stop >= len(text):
            return parts
        start = stop + 1


def _block_end(css: str, i: int) -> int:
    """Index just past the '}' closing the block whose '{' is at i - 1."""
    depth = 1
    while depth:
        i = _next_stop(css, i, "{}")
        if i >= len(css):
            return i
        depth += 1 if css[i] == "{" else -1
        i += 1
    return i


def screen_media(prelude: str) -> bool:
    """Whether an @media prelude can match a screen (print rules wait for the stylesheet)."""
    return not prelude[len("@media"):].strip().lower().startswith("print")


def _strip_functional_pseudo(selector: str) -> str:
    # :not(.x) holds when .x is absent; :is(.a,.b) needs only one: judge a selector by
    # what it requires outside them (keeps more rules, never fewer).
    out, i = [], 0
    while (match := _FUNCTIONAL_PSEUDO.search(selector, i)) is not None:
        out.append(selector[i : match.start()])
        depth, i = 1, match.end()
        while i < len(selector) and depth:
            depth += {"(": 1, ")": -1}.get(selector[i], 0)
            i += 1
    out.append(selector[i:])
    return "".join(out)


def requirements(selector: str) -> frozenset[str]:
    """The classes, ids, attribute names (and palette values) and elements ("<pre") a page
    needs for `selector` to match."""
    bare = _strip_functional_pseudo(selector)
    needed: set[str] = set()
    for attribute in _SELECTOR_ATTRIBUTE.finditer(bare):
        name = attribute.group(1)
        needed.add(name)
        value = next((v for v in attribute.group(3, 4, 5) if v is not None), None)
        if attribute.group(2) == "=" and name in VALUED_ATTRIBUTES and value:
            needed.add(f"{name}={value}")
    bare = _SELECTOR_ATTRIBUTE.sub("", bare)
    needed.update(_CLASS_OR_ID.findall(bare))
    needed.update("<" + tag.lower() for tag in _TYPE_SELECTOR.findall(_CLASS_OR_ID.sub("", bare)))
    return frozenset(needed)


def parse(css: str, groups: tuple[str, ...] = ()) -> list[tuple]:
    """The rules of `css` as (groups, [(selector, requirements)] or None, body), in order.

    Selectors are None for at-rules kept whole (@font-face, @keyframes); rules inside
    print media queries are left out.
    """
    rules, i = [], 0
    while i < len(css):
        stop = _next_stop(css, i, "{;}")
        if stop >= len(css) or css[stop] == "}":
            break
        prelude = css[i:stop].strip()
        if css[stop] == ";":  # @charset, @import: nothing a page needs inline
            i = stop + 1
            continue
        end = _block_end(css, stop + 1)
        body = css[stop + 1 : end - 1]
        if prelude.startswith("@media") and not screen_media(prelude):
            pass
        elif prelude.startswith(_GROUP_RULES):
            rules += parse(body, (*groups, prelude))
        elif prelude.startswith("@"):
            rules.append((groups, None, f"{prelude}{{{body}}}"))
        else:
            selectors = [(s.strip(), requirements(s)) for s in _split_top(prelude, ",")]
            rules.append((groups, selectors, body))
        i = end
    return rules


# ---- choosing a page's rules ---------------------------------------------------

def page_words(html: str) -> frozenset[str]:
    """The classes, ids, attribute names and elements ("<pre") in `html`, and the palette values it sets."""
    words = set(ADDED_ON_LOAD)
    for classes in _CLASS_ATTRIBUTE.findall(html):
        words.update(classes.split())
    words.update(_ID_ATTRIBUTE.findall(html))
    words.update("<" + tag.lower() for tag in _TAG.findall(html))
    words.update(_ATTRIBUTE_NAME.findall(html))
    for name in VALUED_ATTRIBUTES:
        words.update(f"{name}={value}" for value in re.findall(rf'\s{name}="([^"]*)"', html))
    return frozenset(words)


def _drop_unused_properties(blocks: list[tuple[tuple[str, ...], str, str]]) -> list[tuple[tuple[str, ...], str, str]]:
    """`blocks` without the custom properties (--x: ...) nothing kept uses, directly or through another.

    A block is (groups, selector list, declarations); at-rules kept whole have no selector
    list and pass through unchanged.
    """
    split = [(groups, head, _split_top(body, ";") if head else [body]) for groups, head, body in blocks]

    def defines(part: str) -> str | None:
        return part.split(":", 1)[0].strip() if part.lstrip().startswith("--") else None

    used = {name for _, _, parts in split for part in parts if defines(part) is None for name in _VARIABLE_USE.findall(part)}
    while True:  # properties that used properties refer to
        more = {
            name for _, _, parts in split for part in parts if defines(part) in used for name in _VARIABLE_USE.findall(part)
        } - used
        if not more:
            break
        used |= more
    out = []
    for groups, head, parts in split:
        kept = [part for part in parts if defines(part) is None or defines(part) in used]
        if any(part.strip() for part in kept):
            out.append((groups, head, ";".join(kept)))
    return out


def critical_css(rules: list[tuple], words: frozenset[str]) -> str:
    """The CSS of `rules` that can apply to a page holding `words`, groups re-opened as needed."""
    blocks: list[tuple[tuple[str, ...], str, str]] = []
    for groups, selectors, body in rules:
        if selectors is None:
            blocks.append((groups, "", body))
            continue
        kept = [selector for selector, needed in selectors if needed <= words]
        if kept:
            blocks.append((groups, ",".join(kept), body))
    out: list[str] = []
    open_groups: tuple[str, ...] = ()
    for groups, head, body in _drop_unused_properties(blocks):
        while open_groups != groups[: len(open_groups)]:
            out.append("}")
            open_groups = open_groups[:-1]
        for group in groups[len(open_groups):]:
            out.append(group + "{")
            open_groups = (*open_groups, group)
        out.append(f"{head}{{{body}}}" if head else body)
    out.append("}" * len(open_groups))
    return "".join(out)


# ---- the hooks -------------------------------------------------------------------

def _theme_stylesheets(config) -> list[Path]:  # noqa: ANN001 - MkDocs' Config
    names = ["main.*.min.css"] + (["palette.*.min.css"] if config["theme"].get("palette") else [])
    return [path for pattern in names for path in sorted(THEME_STYLESHEETS.glob(pattern))]


# Parsed theme rules by the stylesheets' paths, sizes and mtimes: parsing Material's CSS
# took 0.115 s of every run's on_config, and `make site` parses it before its pages are
# generated (briefings_prepare) so that on_config finds it done. The rules are never changed.
_parsed: dict[tuple, list[tuple]] = {}


def _theme_rules(config) -> list[tuple]:  # noqa: ANN001
    paths = _theme_stylesheets(config)
    key = tuple((str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in paths)
    rules = _parsed.get(key)
    if rules is None:
        rules = []
        for path in paths:
            rules += parse(path.read_text(encoding="utf-8"))
        _parsed.clear()
        _parsed[key] = rules
    return rules


def briefings_prepare(config) -> None:  # noqa: ANN001 - called by generator/mkdocs_early.py, not by MkDocs
    _theme_rules(config)


def _own_css(config) -> str:  # noqa: ANN001
    path = Path(config["docs_dir"]) / OWN_STYLESHEET
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def on_config(config):  # noqa: ANN001, ANN201 - MkDocs' hook signature
    _state.clear()
    _state["rules"] = _theme_rules(config)
    _state["own"] = _own_css(config)
    _state["cache"] = {}
    # The words some rule needs: a page's other words cannot change its CSS (cache key).
    _state["needed"] = frozenset(w for _, selectors, _ in _state["rules"] if selectors for _, n in selectors for w in n)
    return config


def on_files(files, config):  # noqa: ANN001, ANN201
    # Every page's stylesheet holds briefings.css, and its name the hash of that: when it
    # changed since the previous (incremental) build, every page must be rebuilt. site_hooks.py recorded its hash then.
    if os.environ.get("BRIEFINGS_INCREMENTAL") == "1":
        state = Path(config["site_dir"]) / ".briefings-build.json"
        before = json.loads(state.read_text(encoding="utf-8")).get("files", {}).get(OWN_STYLESHEET, [None])[0]
        path = Path(config["docs_dir"]) / OWN_STYLESHEET
        now = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest() if path.is_file() else None
        if before != now:
            for file in files.documentation_pages():
                file.is_modified = lambda: True
    _state["files"] = files
    return files


def page_stylesheet(html: str) -> tuple[str, str]:
    """The name of the stylesheet for a page, and its CSS: its theme rules, then briefings.css."""
    key = page_words(html) & _state["needed"]
    found = _state["cache"].get(key)
    if found is None:
        css = critical_css(_state["rules"], key) + _state["own"] + "\n"
        name = f"briefings-{hashlib.blake2b(css.encode('utf-8'), digest_size=8).hexdigest()}.css"
        found = _state["cache"][key] = (name, css)
    return found


def _note_write(path: Path) -> None:
    # site_hooks.note_write (hooks are loaded by path and cannot import each other):
    # journal a path this build writes or removes, for publish.py's next relink.
    journal = os.environ.get("BRIEFINGS_WRITES")
    if journal:
        with open(journal, "a", encoding="utf-8") as handle:
            handle.write(os.path.abspath(path) + "\n")


def _write_once(path: Path, css: str) -> None:
    # The name is the content's hash: a file already there holds these bytes. Another
    # worker may write it at the same moment: each renames its own complete copy.
    if path.is_file():
        return
    _note_write(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(css.encode("utf-8"))
    os.replace(temporary, path)


def link_stylesheet(output: str, site_dir: str) -> str:
    """`output` linking its own stylesheet instead of the placeholder, the file written."""
    head_end = output.find("</head>")
    at = output.find(PLACEHOLDER, 0, head_end if head_end >= 0 else len(output))
    if at < 0:
        return output
    name, css = page_stylesheet(output)
    _write_once(Path(site_dir) / STYLESHEET_FOLDER / name, css)
    return output[:at] + f"{STYLESHEET_FOLDER}/{name}" + output[at + len(PLACEHOLDER):]


def _linked_name(output: str) -> str | None:
    head_end = output.find("</head>")
    found = _HASHED_NAME.search(output, 0, head_end if head_end >= 0 else len(output))
    return found.group(0) if found else None


def on_post_page(output, page, config):  # noqa: ANN001, ANN201
    output = link_stylesheet(output, config["site_dir"])
    # Kept with the page (generator/mkdocs_build.py hands it back from its workers) for
    # on_post_build, which then need not read every page of the site.
    data = getattr(page, "briefings_hook_data", None)
    if data is None:
        data = page.briefings_hook_data = {}
    data["stylesheet"] = _linked_name(output)
    return output


def on_post_template(output_content, template_name, config):  # noqa: ANN001, ANN201
    # 404.html extends main.html too, and is rendered as a template, not a page.
    output_content = link_stylesheet(output_content, config["site_dir"])
    name = _linked_name(output_content)
    if name:  # the sitemap links none
        _state.setdefault("templates", {})[template_name] = name
    return output_content


def _head_names(path: Path) -> set[str]:
    with path.open("rb") as handle:
        head = handle.read(65536)
        if b"</head>" not in head:
            head += handle.read()
    return set(_HASHED_NAME.findall(head.split(b"</head>", 1)[0].decode("utf-8", "replace")))


def _previous_record(site: Path) -> dict | None:
    if os.environ.get("BRIEFINGS_INCREMENTAL") != "1":
        return None
    try:
        record = json.loads((site / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("pages"), dict) else None


def _page_stylesheets(site: Path, files) -> dict[str, str | None]:  # noqa: ANN001 - MkDocs' Files
    """Each page's stylesheet: noted as it was built, or as the previous build recorded it.

    A page kept from a previous build that recorded nothing of it (a site from before
    the record) is read.
    """
    from mkdocs.structure.files import InclusionLevel

    previous = _previous_record(site)
    out: dict[str, str | None] = {}
    for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
        data = getattr(file.page, "briefings_hook_data", None) if file.page is not None else None
        if data is not None and "stylesheet" in data:
            out[file.dest_uri] = data["stylesheet"]
        elif previous is not None and file.dest_uri in previous["pages"]:
            out[file.dest_uri] = previous["pages"][file.dest_uri]
        elif (site / file.dest_uri).is_file():
            out[file.dest_uri] = min(_head_names(site / file.dest_uri), default=None)
    return out


def on_post_build(config):  # noqa: ANN001, ANN201
    # An incremental build keeps the previous site's files: delete the stylesheets no
    # page links any more, which a full build would not have made. Which page links
    # which stylesheet is recorded in the site (RECORD): reading the head of every page
    # took 0.74 s of a one-article run at 10,000 articles.
    site = Path(config["site_dir"])
    folder = site / STYLESHEET_FOLDER
    linked: set[str] = set()
    if "files" in _state:
        pages = _page_stylesheets(site, _state["files"])
        templates = dict(sorted(_state.get("templates", {}).items()))
        record = site / RECORD
        _note_write(record)
        record.unlink(missing_ok=True)  # never write through a link into the previous site
        text = json.dumps({"pages": dict(sorted(pages.items())), "templates": templates}, separators=(",", ":")) + "\n"
        record.write_text(text, encoding="utf-8")
        linked.update(name for name in [*pages.values(), *templates.values()] if name)
    else:  # called without on_files (no list of pages): read every page
        for page in site.rglob("*.html"):
            linked.update(_head_names(page))
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if (_HASHED_NAME.fullmatch(path.name) and path.name not in linked) or path.name.endswith(".tmp"):
            _note_write(path)
            path.unlink()
