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
from typing import Any, Callable, Iterable

from .paths import CSV_FILES, JSON_FILE, page_url
from .entities import Entity, Model

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


def tables(model: Model, only: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The four tables (or just the one named `only`)."""
    articles = sorted(model.articles, key=lambda a: a.id)
    makers = {
        "articles": lambda: [
            {
                "id": a.id, "title": a.title, "source": a.source.id, "published": a.published.iso(), "url": a.url,
                "language": a.language, "dateline": a.dateline, "summary": a.summary, "tags": list(a.tags),
                "notes": a.notes, "page": page_url(a.path),
            }
            for a in articles
        ],
        "entities": lambda: [_entity(e) for e in model.all_entities()],
        "mentions": lambda: [
            {"article": a.id, "kind": m.entity.kind, "entity": m.entity.id, "role": m.role, "note": m.note}
            for a in articles
            for m in a.mentions
        ],
        "quotes": lambda: [
            {"article": a.id, "speaker_kind": q.speaker.kind, "speaker": q.speaker.id, "text": q.text, "context": q.context}
            for a in articles
            for q in a.quotes
        ],
    }
    return {name: make() for name, make in makers.items() if only in (None, name)}


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps builds one per call


def _json(data: dict[str, list[dict[str, Any]]]) -> bytes:
    # One record per line: compact, yet a diff between two builds stays readable.
    sections = []
    for name, rows in data.items():
        body = ",\n".join(_ENCODER.encode(row) for row in rows)
        sections.append(f'"{name}":[\n{body}\n]')
    return ("{" + ",\n".join(sections) + "}\n").encode("utf-8")


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


def export_files(model: Model) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for task in export_tasks(model):
        files.update(task())
    return files


def export_paths() -> list[str]:
    return [JSON_FILE, *CSV_FILES.values()]


def export_tasks(model: Model) -> list[Callable[[], dict[str, bytes]]]:
    """One task per download, so that pipeline.py can make them on several cores."""

    def whole() -> dict[str, bytes]:
        return {JSON_FILE: _json(tables(model))}

    def table(name: str) -> Callable[[], dict[str, bytes]]:
        return lambda: {CSV_FILES[name]: _csv(COLUMNS[name], tables(model, only=name)[name])}

    return [whole, *(table(name) for name in CSV_FILES)]
