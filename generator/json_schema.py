"""JSON Schemas for every record file kind, generated from the record contract (schema.py).

An editor with a YAML language server checks a record against them as it is typed; they
are committed under schema/ and published with the site under /schema/. Generated, never
written by hand, so they cannot drift from what `make check` accepts:
`python -m generator.json_schema` rewrites schema/ (a test fails while it is out of date).

Every scalar in a record is read as text, so a YAML number or boolean (`start: 2017`,
`name: 1984`) is accepted where text is, as the generator accepts it.
"""

from __future__ import annotations

import functools
import json
import sys
from dataclasses import Field
from pathlib import Path
from typing import Any, Callable

from . import readers, schema
from .countries import all_countries, languages
from .dates import parse_full_date, parse_partial_date
from .schema import record_fields

DRAFT = "http://json-schema.org/draft-07/schema#"
ROOT = Path(__file__).resolve().parent.parent
FOLDER = "schema"  # in the repository and on the site
SCALAR = ["string", "number", "boolean"]
_PARTIAL_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_FULL_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_TAG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_WIKIDATA = r"^Q[1-9][0-9]{0,11}$"
_URL = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s]+$"

REGISTRY_FILES = {"events": schema.EventRecord, "organizations": schema.OrganizationRecord,
                  "people": schema.PersonRecord, "sources": schema.SourceRecord}


def _text(max_len: int = schema.NAME_MAX, **_: Any) -> dict:
    return {"type": SCALAR, "minLength": 1, "maxLength": max_len, "pattern": r"\S"}  # blank text counts as empty


def _single_or_list(item: dict, single: dict | None = None) -> dict:
    """A list, or (as the generator accepts) one item written without brackets: a text item
    only (`single`, when the list's items may also be mappings)."""
    return {"anyOf": [{"type": "array", "items": item}, single or item]}


def _choice(choices: tuple | list, **_: Any) -> dict:
    values: list = list(choices)
    values += [int(c) for c in choices if isinstance(c, str) and c.isdigit()]  # `credibility: 2` is a YAML number
    return {"enum": values}


class _Schemas:
    """Turns field declarations into JSON Schema, collecting the nested record types met on the way."""

    def __init__(self) -> None:
        self.definitions: dict[str, dict] = {}

    def record(self, cls: type) -> dict:
        fields = record_fields(cls)
        properties = {f.name: self.field(f) for f in fields}
        required = [f.name for f in fields if f.metadata["required"]]
        out: dict = {"type": "object", "properties": properties, "additionalProperties": False}
        if required:
            out["required"] = required
        return out

    def define(self, cls: type) -> dict:
        if cls.__name__ not in self.definitions:
            self.definitions[cls.__name__] = {}  # claimed first: a record type may contain itself
            self.definitions[cls.__name__] = self.record(cls)
        return {"$ref": f"#/definitions/{cls.__name__}"}

    def field(self, spec: Field) -> dict:
        meta = spec.metadata
        out = self.reader(meta["read"], meta.get("target"))
        description = meta.get("doc") or ""
        if meta.get("required"):
            description = f"required. {description}" if description else "required"
        return {"description": description, **out} if description else out

    def reader(self, reader: readers.Reader, target: str | None) -> dict:
        """The schema of what `reader` (readers.py) accepts. A reader is one of readers.py's
        functions, or a partial of one with its settings (max_len, choices, item, cls...)."""
        read = reader.read
        func, settings = (read.func, read.keywords) if isinstance(read, functools.partial) else (read, {})
        if func is readers.read_text:
            return _text(**settings)
        if func is readers.read_id:
            return {"type": "string", "pattern": schema.ID_PATTERN, "maxLength": schema.ID_MAX, "not": {"enum": sorted(schema.RESERVED_IDS)}}
        if func is readers.read_url:
            return {"type": "string", "pattern": _URL, "maxLength": readers.URL_MAX}
        if func is readers.read_language:
            return {"enum": sorted(languages())}
        if func is readers.read_choice:
            return _choice(**settings)
        if func is readers.read_wikidata:
            return {"type": "string", "pattern": _WIKIDATA}
        if func is readers.read_tag:
            return {"type": "string", "pattern": _TAG, "maxLength": 60}
        if settings.get("parse") is parse_full_date:
            return {"type": "string", "pattern": _FULL_DATE}
        if settings.get("parse") is parse_partial_date:
            return {"anyOf": [{"type": "string", "pattern": _PARTIAL_DATE}, {"type": "integer", "minimum": 1, "maximum": 9999}]}
        if "mapping_cls" in settings:  # a reference: an id or name, or {id, role, note}
            return {"anyOf": [{**_text(), "description": f"id, name or alias of {_a(target)}"}, self.define(settings["mapping_cls"])]}
        if "cls" in settings:  # a nested record
            return self.define(settings["cls"])
        if reader.many and "item" in settings:
            item = self.reader(settings["item"], target)
            if "$ref" in item:  # a list of records (quotes, positions) takes no single item
                return {"type": "array", "items": item}
            text_only = {**_text(), "description": "one item without brackets"} if "anyOf" in item else None
            return _single_or_list(item, text_only)
        if "choices" in settings:  # a reader this module does not know yet: its choices still say what is allowed
            return _choice(**settings)
        return {"type": SCALAR}


def _a(target: str | None) -> str:
    kinds = (target or "entity").replace("|", " or ")
    return f"{'an' if kinds[0] in 'aeiou' else 'a'} {kinds}"


def _document(title: str, description: str, body: Callable[[_Schemas], dict]) -> dict:
    schemas = _Schemas()
    made = body(schemas)
    return {"$schema": DRAFT, "title": title, "description": description, **made, "definitions": dict(sorted(schemas.definitions.items()))}


def schemas() -> dict[str, dict]:
    """File name -> schema, for every kind of record file."""
    out = {
        "articles.json": _document(
            "Briefings article", "One article: a file under articles/ (any subfolder).",
            lambda s: s.record(schema.ArticleRecord),
        ),
    }
    for folder, cls in REGISTRY_FILES.items():
        out[f"{folder}.json"] = _document(
            f"Briefings {folder} file", f"A file under {folder}/: a mapping of ids to records.",
            lambda s, cls=cls: {
                "type": ["object", "null"],
                "propertyNames": {"pattern": schema.ID_PATTERN, "maxLength": schema.ID_MAX, "not": {"enum": sorted(schema.RESERVED_IDS)}},
                "additionalProperties": s.define(cls),
            },
        )
    codes = sorted(all_countries())
    out["countries.json"] = _document(
        "Briefings countries.yml", "ISO 3166-1 alpha-2 codes mapped to extra names and notes.",
        lambda s: {
            "type": ["object", "null"],
            "propertyNames": {"enum": [*codes, *(c.lower() for c in codes)]},
            "additionalProperties": {"anyOf": [s.define(schema.CountryRecord), {"type": "null"}]},
        },
    )
    return out


def rendered() -> dict[str, bytes]:
    """File name -> the bytes committed under schema/ and published under /schema/."""
    return {name: (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8") for name, body in schemas().items()}


def site_files() -> dict[str, bytes]:
    """The schemas by their path in the docs folder."""
    return {f"{FOLDER}/{name}": data for name, data in rendered().items()}


def main() -> int:
    folder = ROOT / FOLDER
    folder.mkdir(exist_ok=True)
    for name, data in rendered().items():
        (folder / name).write_bytes(data)
    print(f"wrote {len(rendered())} schemas to {folder}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
