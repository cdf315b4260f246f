"""Atom feeds: one for the whole site, one per entity (the newest articles that mention it).

Deterministic: a feed's `updated` is its newest article's date, never the clock.
A feed without entries says 1970-01-01T00:00:00Z: nothing in it was ever updated,
and a stable date keeps it byte-identical when articles elsewhere are added (with
the site's newest date, one new article rewrote every empty feed: 3,422 files at
10,000 articles).
With SITE_URL set, links and ids are absolute URLs under it. Without it, links are
relative to the feed file (RFC 4287 resolves them against the feed's own
address, which most readers honour) and ids are `urn:briefings:` names, which
stay stable when the site moves.
"""

from __future__ import annotations

import posixpath
import re
from typing import Callable
from xml.sax.saxutils import escape, quoteattr

from . import grades
from .paths import SITE_FEED, HOME, clean_relpath, page_url
from .entities import Article, Entity, Model

FEED_LIMIT = 20
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def feed_path(entity: Entity) -> str:
    return entity.feed_path


def text(value: object) -> str:
    return escape(_NOT_XML.sub("", str(value)))


def attr(value: object) -> str:
    return quoteattr(_NOT_XML.sub("", str(value)))


class _Addresses:
    def __init__(self, site_url: str, feed_file: str):
        self.base = site_url.rstrip("/") + "/" if site_url else ""
        self.here = posixpath.dirname(feed_file) or "."

    def link(self, page_path: str) -> str:
        url = page_url(page_path)
        if self.base:
            return self.base + url
        return clean_relpath(url, self.here) + "/"

    def ident(self, page_path: str) -> str:
        url = page_url(page_path)
        if self.base:
            return self.base + url
        return "urn:briefings:" + (url.rstrip("/").replace("/", ":") or "home")

    def file(self, path: str) -> str:
        return self.base + path if self.base else clean_relpath(path, self.here)


def _stamp(article: Article | None) -> str:
    if article is None:
        return "1970-01-01T00:00:00Z"
    return f"{article.published.iso()}T00:00:00Z"


def atom(title: str, feed_file: str, page_path: str, articles: list[Article], site_url: str) -> bytes:
    at = _Addresses(site_url, feed_file)
    entries = articles[:FEED_LIMIT]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{text(title)}</title>",
        f"  <id>{text(at.ident(page_path))}</id>",
        f"  <updated>{_stamp(entries[0] if entries else None)}</updated>",
        f"  <link rel=\"alternate\" type=\"text/html\" href={attr(at.link(page_path))}/>",
        f"  <link rel=\"self\" type=\"application/atom+xml\" href={attr(at.file(feed_file))}/>",
        "  <generator>Briefings</generator>",
    ]
    for article in entries:
        lines += [
            "  <entry>",
            f"    <title>{text(article.title)}</title>",
            f"    <link rel=\"alternate\" type=\"text/html\" href={attr(at.link(article.path))}/>",
            f"    <id>{text(at.ident(article.path))}</id>",
            f"    <published>{_stamp(article)}</published>",
            f"    <updated>{_stamp(article)}</updated>",
            f"    <author><name>{text(article.source.name)}</name></author>",
            *(f"    <category term={attr(tag)}/>" for tag in article.tags),
            f"    <summary type=\"text\">{text(_graded_summary(article))}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _graded_summary(article: Article) -> str:
    """The summary, then the grade a feed reader would otherwise never see."""
    reliability, credibility = grades.of(article)
    owned = grades.ownership(article.source)
    source = f"{article.source.name}, {owned}" if owned else article.source.name
    pair = grades.pair(reliability, credibility)
    grade = "Ungraded" if pair == grades.UNGRADED else f"Grade {pair}"
    return f"{article.summary.strip()}\n\n{grade} ({grades.words(reliability, credibility)}). Source: {source}."


def feed_files(model: Model, site_name: str, site_url: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for task in feed_tasks(model, site_name, site_url):
        files.update(task())
    return files


def _wanted(model: Model, wanted: Callable[[str], bool]) -> list[Entity]:
    return [entity for entity in model.all_entities() if wanted(feed_path(entity))]


def feed_paths(model: Model, wanted: Callable[[str], bool] = lambda path: True) -> list[str]:
    """The files `feed_tasks` makes, given the same `wanted`."""
    return [SITE_FEED, *map(feed_path, _wanted(model, wanted))]


def feed_tasks(
    model: Model, site_name: str, site_url: str, wanted: Callable[[str], bool] = lambda path: True, per_task: int = 200
) -> list[Callable[[], dict[str, bytes]]]:
    """The site's feed and every entity's that is `wanted`, in tasks of `per_task` feeds that can run on any core."""
    entities = _wanted(model, wanted)

    def site() -> dict[str, bytes]:
        return {SITE_FEED: atom(f"{site_name}: newest articles", SITE_FEED, HOME, model.articles, site_url)}

    def of(group: list[Entity]) -> Callable[[], dict[str, bytes]]:
        def feeds() -> dict[str, bytes]:
            files = {}
            for entity in group:
                articles = [m.article for m in entity.mentions[:FEED_LIMIT]]  # newest first
                path = feed_path(entity)
                files[path] = atom(f"{site_name}: {entity.name}", path, entity.path, articles, site_url)
            return files

        return feeds

    return [site, *(of(entities[start : start + per_task]) for start in range(0, len(entities), per_task))]
