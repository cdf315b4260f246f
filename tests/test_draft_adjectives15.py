"""A registered Russian name's adjective that pymorphy3 reads as two adjectives in the nominative
("Большая": "больший" and "большой") has the case forms of both (morph.inflections): the genitive
"Большой зорблинской четвёрки" names a body registered as "Большая зорблинская четвёрка". Made up."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.draft.gazetteer import build_gazetteer
from generator.draft.morph import inflections
from generator.pipeline import read_model

from .conftest import linked_ids


def test_both_readings_give_case_forms():
    forms = inflections("Большая зорблинская четвёрка")
    assert "Большой зорблинской четвёрки" in forms and "Большей зорблинской четвёрки" in forms


def test_an_adjective_of_one_reading_keeps_its_forms():
    assert inflections("Старая зорблинская четвёрка") >= {"Старой зорблинской четвёрки", "Старую зорблинскую четвёрку"}


def test_the_genitive_names_the_registered_body(tmp_path: Path):
    content = tmp_path / "content"
    (content / "organizations").mkdir(parents=True)
    (content / "organizations" / "synthetic.yml").write_text(yaml.safe_dump(
        {"zorb-four": {"name": "Большая зорблинская четвёрка"}}, allow_unicode=True), encoding="utf-8")
    text = "В послании лидерам стран «Большой зорблинской четвёрки» она указала на замедление."
    assert "zorb-four" in linked_ids(build_gazetteer(read_model(content)), text)
