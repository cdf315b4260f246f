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
import re
from pathlib import Path
from typing import Any, Callable, Iterable

from .paths import CSV_FILES, JSON_FILE, page_url
from .entities import Article, Entity, Model
from .readers import ID_PATTERN

_ID = re.compile(ID_PATTERN)

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


def _json(model: Model, kept: dict[str, dict[str, list[str]]]) -> bytes:
    """The JSON download; `kept`: table -> article id -> its encoded rows, reused as they are."""
    # One record per line: compact, yet a diff between two builds stays readable.
    articles = sorted(model.articles, key=lambda a: a.id)
    sections = []
    for name in COLUMNS:
        if name == "entities":
            lines = [_ENCODER.encode(_entity(e)) for e in model.all_entities()]
        else:
            lines = []
            old, make = kept.get(name, {}), PER_ARTICLE[name]
            for a in articles:
                rows = old.get(a.id)
                lines.extend(rows if rows is not None else (_ENCODER.encode(row) for row in make(a)))
        body = ",\n".join(lines)
        sections.append(f'"{name}":[\n{body}\n]')
    return ("{" + ",\n".join(sections) + "}\n").encode("utf-8")


def _kept_json_rows(previous: bytes, reusable: frozenset[str]) -> dict[str, dict[str, list[str]]]:
    """The encoded rows of the `reusable` articles in a JSON download this code wrote (one row
    a line, each starting with the article's id); {} when it does not read as one."""
    kept: dict[str, dict[str, list[str]]] = {}
    table: dict[str, list[str]] | None = None
    prefix = ""
    for line in previous.decode("utf-8").split("\n"):
        if line.endswith(":[") and line.lstrip("{,").startswith('"'):
            name = line.lstrip("{")[1:-3]
            table = kept.setdefault(name, {}) if name in PER_ARTICLE else None
            prefix = '{"id":"' if name == "articles" else '{"article":"'
        elif line in ("]", "],", "]}"):
            table = None
        elif table is not None and line:
            if not line.startswith(prefix):
                return {}
            ident = line[len(prefix):line.find('"', len(prefix))]
            if not _ID.match(ident):
                return {}
            if ident in reusable:
                table.setdefault(ident, []).append(line[:-1] if line.endswith(",") else line)
    return kept if set(kept) == set(PER_ARTICLE) else {}


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


def _article_csv(name: str, model: Model, kept: dict[str, list[list[str]]]) -> bytes:
    """An article table as CSV; `kept`: article id -> its rows as a CSV reader gives them back."""
    columns, make = COLUMNS[name], PER_ARTICLE[name]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for a in sorted(model.articles, key=lambda a: a.id):
        rows = kept.get(a.id)
        writer.writerows(rows if rows is not None else ([_cell(row[c]) for c in columns] for row in make(a)))
    return out.getvalue().encode("utf-8")


def _kept_csv_rows(name: str, previous: bytes, reusable: frozenset[str]) -> dict[str, list[list[str]]]:
    rows = csv.reader(io.StringIO(previous.decode("utf-8"), newline=""))
    if next(rows, None) != COLUMNS[name]:
        return {}
    kept: dict[str, list[list[str]]] = {}
    for row in rows:
        if not row or not _ID.match(row[0]):
            return {}
        if row[0] in reusable:
            kept.setdefault(row[0], []).append(row)
    return kept


def export_files(model: Model) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for task in export_tasks(model):
        files.update(task())
    return files


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

    def old(path: str) -> bytes | None:
        if previous is None or not reusable:
            return None
        try:
            return (previous / path).read_bytes()
        except OSError:
            return None

    def whole() -> dict[str, bytes]:
        before = old(JSON_FILE)
        return {JSON_FILE: _json(model, _kept_json_rows(before, reusable) if before else {})}

    def table(name: str) -> Callable[[], dict[str, bytes]]:
        def make() -> dict[str, bytes]:
            if name not in PER_ARTICLE:
                return {CSV_FILES[name]: _csv(COLUMNS[name], tables(model, only=name)[name])}
            before = old(CSV_FILES[name])
            return {CSV_FILES[name]: _article_csv(name, model, _kept_csv_rows(name, before, reusable) if before else {})}

        return make

    return [whole, *(table(name) for name in CSV_FILES)]
