"""The resolved data set as downloads: one JSON file and four CSV tables.

The JSON is the complete, canonical form (lists stay lists); the CSV tables
are for spreadsheets, with list cells joined by " | ". In the CSV, a cell that
starts with = + - @ or a tab gets a leading apostrophe, so a spreadsheet shows
it as text instead of running it as a formula. Everything is sorted, so the
same records give the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import AbstractSet, Any, Callable, Iterable

from .download_blocks import Layout, Piece, Previous, finish, read_previous, runs, splice, trim
from .paths import CSV_FILES, JSON_FILE, page_url
from .entities import Article, Entity, Model
from .write import OWN_FILES

COLUMNS = {
    "articles": ["id", "title", "source", "published", "url", "language", "dateline", "summary", "tags", "notes", "page"],
    "entities": ["kind", "id", "name", "aliases", "wikidata", "description", "articles", "first_mention", "last_mention", "page"],
    "mentions": ["article", "kind", "entity", "role", "note"],
    "quotes": ["article", "speaker_kind", "speaker", "text", "context"],
}


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "kind": entity.kind,
        "id": entity.id,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "wikidata": entity.wikidata,
        "description": entity.description,
        "articles": entity.article_count,
        "first_mention": entity.first_mention.iso() if entity.first_mention else None,
        "last_mention": entity.last_mention.iso() if entity.last_mention else None,
        "page": page_url(entity.path),
    }


def _article_rows(a: Article) -> list[dict[str, Any]]:
    return [{
        "id": a.id, "title": a.title, "source": a.source.id, "published": a.published.iso(), "url": a.url,
        "language": a.language, "dateline": a.dateline, "summary": a.summary, "tags": list(a.tags),
        "notes": a.notes, "page": page_url(a.path),
    }]


def _mention_rows(a: Article) -> list[dict[str, Any]]:
    return [{"article": a.id, "kind": m.entity.kind, "entity": m.entity.id, "role": m.role, "note": m.note} for m in a.mentions]


def _quote_rows(a: Article) -> list[dict[str, Any]]:
    return [{"article": a.id, "speaker_kind": q.speaker.kind, "speaker": q.speaker.id, "text": q.text, "context": q.context}
            for q in a.quotes]


# The tables made article by article, and the column holding the article's id (the first).
PER_ARTICLE: dict[str, Callable[[Article], list[dict[str, Any]]]] = {
    "articles": _article_rows, "mentions": _mention_rows, "quotes": _quote_rows,
}


def tables(model: Model, only: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The four tables (or just the one named `only`)."""
    articles = sorted(model.articles, key=lambda a: a.id)
    out: dict[str, list[dict[str, Any]]] = {}
    for name in COLUMNS:
        if only in (None, name):
            if name == "entities":
                out[name] = [_entity(e) for e in model.all_entities()]
            else:
                out[name] = [row for a in articles for row in PER_ARTICLE[name](a)]
    return out


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps builds one per call
JSON_SEPARATOR = b",\n"  # one record per line: compact, yet a diff between two builds stays readable


def _json(model: Model, previous: Previous | None, reusable: AbstractSet[str]) -> dict[str, bytes]:
    """The JSON download (and its layout); the blocks of `reusable` articles come from `previous`."""
    articles = sorted(model.articles, key=lambda a: a.id)
    layout = Layout([a.id for a in articles])
    stretches = runs(layout.ids, previous, reusable)
    parts: list[Piece] = [b"{"]
    length = 1  # of the parts so far: where the next section's rows start
    for number, name in enumerate(COLUMNS):
        opening = (b",\n" if number else b"") + f'"{name}":[\n'.encode()
        parts.append(opening)
        length += len(opening)
        if name == "entities":
            pieces: list[Piece] = [(_ENCODER.encode(_entity(e)) + ",\n").encode() for e in model.all_entities()]
        else:
            make = PER_ARTICLE[name]

            def block(i: int) -> bytes:
                return "".join(_ENCODER.encode(row) + ",\n" for row in make(articles[i])).encode("utf-8")

            pieces, ends = splice(layout.ids, block, previous, name, stretches, JSON_SEPARATOR)
            layout.sections[name] = (length, ends)
        pieces = trim(pieces, JSON_SEPARATOR)
        parts.extend(pieces)
        parts.append(b"\n]")
        length += sum(map(len, pieces)) + 2
    parts.append(b"}\n")
    return finish(parts, layout, JSON_FILE)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = " | ".join(value)
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _csv(columns: list[str], rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])
    return out.getvalue().encode("utf-8")


def _article_csv(name: str, model: Model, previous: Previous | None, reusable: AbstractSet[str]) -> dict[str, bytes]:
    """An article table as CSV (and its layout); the blocks of `reusable` articles come from `previous`."""
    columns, make = COLUMNS[name], PER_ARTICLE[name]
    articles = sorted(model.articles, key=lambda a: a.id)
    layout = Layout([a.id for a in articles])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")

    def block(i: int) -> bytes:
        out.seek(0)
        out.truncate()
        writer.writerows([_cell(row[c]) for c in columns] for row in make(articles[i]))
        return out.getvalue().encode("utf-8")

    header = _csv(columns, [])
    pieces, ends = splice(layout.ids, block, previous, name, runs(layout.ids, previous, reusable), b"")
    layout.sections[name] = (len(header), ends)
    return finish([header, *pieces], layout, CSV_FILES[name])


def export_files(model: Model) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for task in export_tasks(model):
        files.update(task())
    return {path: data for path, data in files.items() if not path.startswith(OWN_FILES)}


def export_paths() -> list[str]:
    return [JSON_FILE, *CSV_FILES.values()]


def export_tasks(model: Model, previous: Path | None = None, reusable: frozenset[str] = frozenset()) -> list[Callable[[], dict[str, bytes]]]:
    """One task per download, so that pipeline.py can make them on several cores.

    `previous`: the folder holding the downloads the last run wrote with this code and
    registry; the rows of the `reusable` articles (ids, unchanged since) are copied from
    them instead of being made and encoded again (at 100,000 articles the downloads are
    1 million rows and 320 MB). tests/test_incremental.py compares the result with a
    full render's.
    """

    def whole() -> dict[str, bytes]:
        return _json(model, read_previous(previous, JSON_FILE) if reusable else None, reusable)

    def table(name: str) -> Callable[[], dict[str, bytes]]:
        def make() -> dict[str, bytes]:
            if name not in PER_ARTICLE:
                return {CSV_FILES[name]: _csv(COLUMNS[name], tables(model, only=name)[name])}
            return _article_csv(name, model, read_previous(previous, CSV_FILES[name]) if reusable else None, reusable)

        return make

    return [whole, *(table(name) for name in CSV_FILES)]
