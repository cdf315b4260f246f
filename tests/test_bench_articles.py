"""The bench's `--with-articles`: the registry-part documents become article records that load.

Made-up documents (invented names such as "Zorbland Ministry"), shaped as bench/*.py builds them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from bench.draft_quality import build_registry, write_articles
from generator.pipeline import read_model


def _doc(name: str, entities: dict[str, tuple[str, list[str]]]) -> dict:
    return {"name": name, "genre": "news", "text": " ".join(n for _, names in entities.values() for n in names),
            "entities": {i: {"type": kind, "names": Counter(names), "label": ""} for i, (kind, names)
                         in entities.items()},
            "marked": sorted(entities), "types": {i: {kind: 1} for i, (kind, _) in entities.items()}}


DOCUMENTS = [
    _doc("Synthetic_Doc_1", {"Zorbland_Ministry": ("organization", ["Zorbland Ministry"]),
                             "Quentin_Varnow": ("person", ["Quentin Varnow"])}),
    _doc("synthetic doc 1", {"Zorbland_Ministry": ("organization", ["Zorbland Ministry"]),
                             "police": ("organization", ["police"])}),  # a concept: not registered
    _doc("Synthetic_Doc_3", {}),
]


def test_articles_reference_only_registered_entities_and_load(tmp_path: Path) -> None:
    content = tmp_path / "content"
    registered = build_registry(DOCUMENTS, content, set())
    assert registered == {"organization": {"zorbland-ministry"}, "person": {"quentin-varnow"}}
    assert write_articles(DOCUMENTS, content, registered) == 3
    files = sorted(p.name for p in (content / "articles").glob("*.yml"))
    # Two names that differ only in case and punctuation get two files, not one overwritten.
    assert files == ["synthetic-doc-1-2.yml", "synthetic-doc-1.yml", "synthetic-doc-3.yml"]
    first = yaml.safe_load((content / "articles" / "synthetic-doc-1.yml").read_text(encoding="utf-8"))
    assert first["title"] == "Synthetic_Doc_1"
    assert first["organizations"] == ["zorbland-ministry"] and first["people"] == ["quentin-varnow"]
    second = yaml.safe_load((content / "articles" / "synthetic-doc-1-2.yml").read_text(encoding="utf-8"))
    assert second["organizations"] == ["zorbland-ministry"] and "people" not in second
    model = read_model(content)  # raises on any problem in the records
    assert len(model.articles) == 3
    ministry = next(e for e in model.entities["organization"] if e.id == "zorbland-ministry")
    assert ministry.article_count == 2
