"""Article metadata from a CSV: a `file` column naming the document, and article fields as columns."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..problems import Loc, Problems, display_path, suggestion
from ..schema import ArticleRecord, record_fields
from ..readers import slug

# Fields an import makes itself: a column may add references, never replace them.
LIST_FIELDS = ("tags", "events", "organizations", "countries", "people")
NOT_COLUMNS = ("quotes", "id")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d")


def columns() -> list[str]:
    """Every article field a CSV column may give (the schema's, so new fields come for free)."""
    return [f.name for f in record_fields(ArticleRecord) if f.name not in NOT_COLUMNS]


def read_meta(path: Path, problems: Problems) -> dict[str, dict[str, object]]:
    """Document name (file name and stem both work) -> {field: value}; lists split on ';' or ','."""
    shown = display_path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        problems.add(Loc(shown), f"cannot read the metadata CSV: {exc.strerror or exc}")
        return {}
    except UnicodeDecodeError as exc:
        problems.add(Loc(shown), f"the metadata CSV is not UTF-8 ({exc.reason} at byte {exc.start})")
        return {}
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        problems.add(Loc(shown), f"not a CSV file: {exc}")
        return {}
    if not rows:
        problems.add(Loc(shown), "the metadata CSV is empty: expected a header with a 'file' column")
        return {}
    header = [name.strip().lower() for name in rows[0]]
    allowed = columns()
    if "file" not in header:
        problems.add(Loc(shown, 1, 1), f"the metadata CSV has no 'file' column (columns: {', '.join(header)})")
        return {}
    for index, name in enumerate(header):
        if name != "file" and name not in allowed:
            problems.add(Loc(shown, 1, index + 1), f"unknown column '{name}'{suggestion(name, allowed)}; article fields: {', '.join(allowed)}")
    out: dict[str, dict[str, object]] = {}
    lines = _row_lines(text)
    for number, row in enumerate(rows[1:], start=2):
        line = lines[number - 1] if number - 1 < len(lines) else number
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            problems.add(Loc(shown, line, 1), f"{len(row)} cells, but the header has {len(header)} columns")
            continue
        values = dict(zip(header, (cell.strip() for cell in row)))
        name = values.pop("file", "")
        if not name:
            problems.add(Loc(shown, line, 1), "the 'file' cell is empty")
            continue
        key = Path(name).name
        if key in out:
            problems.add(Loc(shown, line, 1), f"a second row for '{key}'")
            continue
        fields: dict[str, object] = {}
        for column, value in values.items():
            if column in allowed and value:
                fields[column] = [v.strip() for v in re.split(r"[;,]", value) if v.strip()] if column in LIST_FIELDS else value
        if isinstance(fields.get("published"), str) and _DATETIME.match(fields["published"]):
            fields["published"] = fields["published"][:10]  # a timestamp's date: the record wants YYYY-MM-DD
        if fields.get("tags"):
            fields["tags"] = list(dict.fromkeys(slug(tag)[:60].strip("-") or tag for tag in fields["tags"]))  # "Human Rights" -> human-rights
        out[key] = fields
    return out


def _row_lines(text: str) -> list[int]:
    """The line each CSV row starts on (a quoted cell may hold line breaks)."""
    starts, line = [], 1
    reader = csv.reader(io.StringIO(text, newline=""))
    for _ in reader:
        starts.append(line)
        line = reader.line_num + 1
    return starts


def meta_for(meta: dict[str, dict[str, object]], path: Path) -> dict[str, object]:
    """The row for a document: by file name, then by stem (a row for 'a.txt' serves 'a.ann')."""
    name = path.name
    stem = name.rsplit(".", 1)[0]
    row = meta.get(name) or meta.get(stem)
    if row is None:
        row = next((fields for key, fields in sorted(meta.items()) if key.rsplit(".", 1)[0] == stem), None)
    return dict(row or {})
