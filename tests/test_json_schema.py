"""The JSON Schemas an editor checks records with: generated from schema.py, committed, and
in agreement with `make check` on good and bad records.

Records are read as a YAML language server reads them (YAML 1.2: `2017-05-31` is text,
`2017` a number, `yes` text), not as PyYAML's YAML 1.1 does.
"""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator import json_schema

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = json_schema.schemas()
VALID_FOLDERS = [ROOT / "content", ROOT / "tests" / "fixtures" / "corpus", ROOT / "tests" / "fixtures" / "hostile" / "inert" / "content"]


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core scalars: no timestamps, no yes/no/on/off booleans."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), [_first])


def schema_for(path: Path, content: Path) -> dict:
    relative = path.relative_to(content)
    if relative.name in ("countries.yml", "countries.yaml") and len(relative.parts) == 1:
        return SCHEMAS["countries.json"]
    return SCHEMAS[f"{relative.parts[0]}.json"]


def errors(document: object, schema: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def record_files(content: Path) -> list[Path]:
    return sorted(p for p in content.rglob("*.y*ml") if p.relative_to(content).parts[0] in
                  ("articles", "events", "organizations", "people", "sources", "countries.yml"))


def test_committed_schemas_are_what_the_generator_makes():
    committed = {p.name: p.read_bytes() for p in (ROOT / json_schema.FOLDER).glob("*.json")}
    assert committed == json_schema.rendered(), "schema/ is out of date: run .venv/bin/python -m generator.json_schema"


def test_every_record_file_kind_has_a_schema_and_the_schemas_are_valid():
    assert sorted(SCHEMAS) == ["articles.json", "countries.json", "events.json", "organizations.json", "people.json", "sources.json"]
    for schema in SCHEMAS.values():
        jsonschema.Draft7Validator.check_schema(schema)


def test_every_field_of_every_record_is_in_its_schema():
    # New fields (the sourcing work's reliability, ownership, credibility...) appear by themselves.
    from generator import schema
    from generator.schema import record_fields

    def properties(name: str, record: type) -> set[str]:
        document = SCHEMAS[name]
        return set(document["definitions"].get(record.__name__, document).get("properties", {}))

    assert properties("articles.json", schema.ArticleRecord) == {f.name for f in record_fields(schema.ArticleRecord)}
    for name, record in json_schema.REGISTRY_FILES.items():
        assert properties(f"{name}.json", record) == {f.name for f in record_fields(record)}
    assert properties("countries.json", schema.CountryRecord) == {f.name for f in record_fields(schema.CountryRecord)}


@pytest.mark.parametrize("content", VALID_FOLDERS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_bundled_records_validate(content):
    files = record_files(content)
    assert files
    for path in files:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
        assert errors(document, schema_for(path, content)) == [], path


ARTICLE = {"title": "T", "source": "tass", "published": "2017-05-31", "summary": "S."}


@pytest.mark.parametrize(
    "schema, document, expected",
    [
        ("articles.json", {**ARTICLE, "sumary": "S."}, "Additional properties are not allowed ('sumary'"),
        ("articles.json", [ARTICLE], "is not of type 'object'"),
        ("articles.json", {k: v for k, v in ARTICLE.items() if k != "summary"}, "'summary' is a required property"),
        ("articles.json", {**ARTICLE, "published": "31 May 2017"}, "does not match"),
        ("articles.json", {**ARTICLE, "url": "javascript:alert(1)"}, "does not match"),
        ("articles.json", {**ARTICLE, "tags": ["Terrorism"]}, "Terrorism"),
        ("articles.json", {**ARTICLE, "quotes": [{"text": "no speaker"}]}, "'speaker' is a required property"),
        ("articles.json", {**ARTICLE, "people": [{"id": "x", "rank": 1}]}, "rank"),
        ("articles.json", {**ARTICLE, "language": "english"}, "is not one of"),
        ("articles.json", {**ARTICLE, "people": {"id": "x"}}, "is not valid under any of the given schemas"),
        ("events.json", {"e": {"name": "E", "kind": "party", "start": "2017"}}, "is not one of"),
        ("events.json", {"e": {"name": "E", "kind": "meeting"}}, "'start' is a required property"),
        ("events.json", {"Bad Id": {"name": "E", "kind": "meeting", "start": 2017}}, "does not match"),
        ("organizations.json", {"o": {"name": "O", "aliases": {"a": "b"}}}, "aliases"),
        ("organizations.json", {"o": {"name": "O", "wikidata": "https://www.wikidata.org/wiki/Q42"}}, "does not match"),
        ("people.json", [{"name": "P"}], "is not of type 'object', 'null'"),
        ("people.json", {"p": {"name": "P", "positions": [{"organization": "o"}]}}, "'title' is a required property"),
        ("sources.json", {"s": {"name": "S", "kind": "blog"}}, "is not one of"),
        ("countries.json", {"XX": {"aliases": ["Nowhere"]}}, "XX"),
        ("countries.json", {"RU": {"capital": "Moscow"}}, "capital"),
    ],
)
def test_schemas_reject_unknown_fields_and_wrong_shapes(schema, document, expected):
    found = errors(document, SCHEMAS[schema])
    assert found, f"{schema} accepted {document!r}"
    assert any(expected in e for e in found), found


def test_schemas_accept_what_the_generator_accepts_as_text():
    # `start: 2017` and `name: 1984` are numbers to an editor and text to the generator.
    assert errors({"e": {"name": 1984, "kind": "meeting", "start": 2017}}, SCHEMAS["events.json"]) == []
    assert errors({"RU": None, "us": {"aliases": "America"}}, SCHEMAS["countries.json"]) == []
    assert errors({**ARTICLE, "people": "andrei-novikov", "organizations": [{"id": "cis", "role": "host"}]}, SCHEMAS["articles.json"]) == []


@pytest.mark.parametrize("case", ["unknown-field", "article-is-a-list", "bad-id", "javascript-url", "missing-required-field"])
def test_bad_input_fixtures_fail_the_schema_too(case):
    content = ROOT / "tests" / "fixtures" / "bad" / case / "content"
    found = []
    for path in record_files(content):
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)
        found += errors(document, schema_for(path, content))
    assert found, f"the schemas accept every file of {case}, which make check refuses"


def test_the_site_publishes_the_schemas_under_schema():
    from generator.pipeline import read_model, render_files

    files = render_files(read_model(ROOT / "content"), site_url="")
    published = {path: data for path, data in files.items() if path.startswith("schema/")}
    assert published == {f"schema/{name}": data for name, data in json_schema.rendered().items()}
