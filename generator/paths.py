"""Every address in the site, and how one page links to another.

The only place that knows where things live in the docs folder: entity and
article pages, index pages, the archive's month pages, tag pages, Atom feeds,
data downloads and assets; the URL MkDocs gives each page; and the relative
link from one page to another. Everything else (templates included, through the
`href` and `link` filters) asks here. mkdocs.yml repeats a few of these paths
in its nav and `not_in_nav`; keep them in step.
"""

from __future__ import annotations

import functools

from .kinds import ARTICLE, FOLDERS

HOME = "index.md"
ABOUT = "about.md"
ASSETS = "assets"
TAGS_INDEX = "tags/index.md"
SITE_FEED = "feed.xml"
DATA = "data"
JSON_FILE = f"{DATA}/briefings.json"
CSV_FILES = {name: f"{DATA}/{name}.csv" for name in ("articles", "entities", "mentions", "quotes")}
# Month pages live one folder down, not at articles/2017-05/: an article may have the id
# '2017-05' (its page articles/2017-05.md has the URL articles/2017-05/), but no id holds
# a slash. An article with the id 'archive' has the URL articles/archive/, which no month
# page takes: there is deliberately no articles/archive/index.md.
ARCHIVE = f"{FOLDERS[ARTICLE]}/archive"


def page(kind: str, ident: str) -> str:
    """The page of one article or entity: people/jane-doe.md."""
    return f"{FOLDERS[kind]}/{ident}.md"


def index_page(kind: str) -> str:
    """The page listing every article or entity of a kind: people/index.md."""
    return f"{FOLDERS[kind]}/index.md"


def feed(kind: str, ident: str) -> str:
    """An entity's Atom feed: feeds/people/jane-doe.xml."""
    return f"feeds/{FOLDERS[kind]}/{ident}.xml"


def tag_page(tag: str) -> str:
    # tags/<tag>/index.md, not tags/<tag>.md: a tag named "index" must not be the tag index.
    return f"tags/{tag}/index.md"


def month_page(year: int, month: int = 0) -> str:
    """The archive page for a month (articles/archive/2017-05/index.md), or for the
    articles of a year whose month is not recorded (month 0: articles/archive/2017/index.md)."""
    if month:
        return f"{ARCHIVE}/{year:04d}-{month:02d}/index.md"
    return f"{ARCHIVE}/{year:04d}/index.md"


def page_url(path: str) -> str:
    """The directory URL MkDocs gives a Markdown page: people/x.md -> people/x/."""
    if path == "index.md" or path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[: -len(".md")] + "/"


def link(from_page: str, target: str, html: bool = False) -> str:
    """The relative link from the page at `from_page` to `target` (a page or any file in
    the docs folder). Markdown links name the target's file, which MkDocs checks and
    rewrites; raw HTML (`html=True`, for diagrams and maps) needs the page's final URL."""
    if html:
        rel = clean_relpath(page_url(target), page_url(from_page))
        return "./" if rel == "." else rel + "/"
    return _relative_from(from_page.rpartition("/")[0], target)


@functools.lru_cache(maxsize=1 << 17)
def _relative_from(here: str, target: str) -> str:
    # posixpath.relpath calls getcwd and abspath each time, which was a fifth of the
    # render time at 10,000 articles; page paths never hold '.' or '..', so plain
    # string work gives the same answer. Cached: pages sit in a dozen folders and
    # link to the same entities and articles over and over.
    if not here:
        return target
    if target.startswith(here + "/"):
        return target[len(here) + 1 :]
    prefix = here + "/"
    common = 0
    while True:  # strip the folders both paths share, then climb out of the rest
        cut = prefix.find("/", common)
        if cut < 0 or not target.startswith(prefix[: cut + 1]):
            break
        common = cut + 1
    return "../" * prefix[common:].count("/") + target[common:]


def clean_relpath(path: str, start: str) -> str:
    """posixpath.relpath for the generator's own clean relative paths (no '..').

    posixpath.relpath calls os.getcwd() and abspath() on every call: at 10,000
    articles the feeds and diagrams ask ~100,000 times, which was most of their time.
    """
    to = [part for part in path.split("/") if part and part != "."]
    base = [part for part in start.split("/") if part and part != "."]
    common = 0
    while common < len(to) and common < len(base) and to[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."
