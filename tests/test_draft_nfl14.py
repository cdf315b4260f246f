"""A body registered with no country, written with a country right after it (apposition.py, homes.py):
the team's own articles can place it ("Национальной футбольной лиги США" for a registered league the
articles name with the United States), and only a country in the genitive there is an owner. Every
organization here is made up ("зорблинская", "Zorbling"); the article records are made by `_content`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import linked_ids


def _gazetteer(root: Path, countries: list[str], records: int = 2, alone: int = 0):
    """The league and a court registered with no country, and `records` synthetic article records
    naming the league with `countries`, `alone` more naming it alone."""
    content = root / "content"
    (content / "organizations").mkdir(parents=True)
    (content / "organizations" / "synthetic.yml").write_text(yaml.safe_dump({
        "zorb-league": {"name": "Национальная зорблинская лига", "aliases": ["National Zorbling League"]},
        "zorb-court": {"name": "Зорблинский суд"},
    }, allow_unicode=True), encoding="utf-8")
    (content / "sources").mkdir()
    (content / "sources" / "synthetic.yml").write_text(yaml.safe_dump({
        "synthetic-wire": {"name": "Synthetic Wire"}}), encoding="utf-8")
    (content / "articles").mkdir()
    for number in range(records + alone):
        record = {"title": f"Synthetic record {number}", "source": "synthetic-wire", "published": "2020-01-01",
                  "summary": "A synthetic record made by the test.", "organizations": ["zorb-league"]}
        if number < records and countries:
            record["countries"] = countries
        (content / "articles" / f"synthetic-{number}.yml").write_text(yaml.safe_dump(record), encoding="utf-8")
    return build_gazetteer(read_model(content))


RUSSIAN = "Тренер Национальной зорблинской лиги США заявил, что сезон начнётся в срок."
ENGLISH = "A spokesman for the National Zorbling League of the United States said the season would start on time."


@pytest.mark.parametrize("text", [RUSSIAN, ENGLISH])
def test_records_naming_the_body_with_the_country_after_it_place_it_there(tmp_path, text):
    assert "zorb-league" in linked_ids(_gazetteer(tmp_path, ["us"]), text)


@pytest.mark.parametrize("text", [RUSSIAN, ENGLISH])
def test_without_such_records_the_country_after_it_makes_it_another_countrys(tmp_path, text):
    assert "zorb-league" not in linked_ids(_gazetteer(tmp_path, [], records=0, alone=2), text)


@pytest.mark.parametrize("text", [RUSSIAN, ENGLISH])
def test_records_naming_it_with_another_country_do_not_place_it(tmp_path, text):
    assert "zorb-league" not in linked_ids(_gazetteer(tmp_path, ["no"]), text)


def test_one_record_naming_the_pair_places_nothing(tmp_path):
    assert "zorb-league" not in linked_ids(_gazetteer(tmp_path, ["us"], records=1, alone=1), RUSSIAN)


def test_a_pair_rare_among_the_bodys_records_places_nothing(tmp_path):
    # Named with the United States in 2 of its 30 records: under a tenth.
    assert "zorb-league" not in linked_ids(_gazetteer(tmp_path, ["us"], records=2, alone=28), RUSSIAN)


def test_a_country_in_the_nominative_after_a_name_begins_the_next_clause(tmp_path):
    text = "На заседании в Зорблинском суде Россия настаивала на своей правоте."
    assert "zorb-court" in linked_ids(_gazetteer(tmp_path, [], records=0, alone=2), text)


def test_a_country_in_the_genitive_after_a_name_still_owns_it(tmp_path):
    text = "На заседании Зорблинского суда России стороны настаивали на своей правоте."
    assert "zorb-court" not in linked_ids(_gazetteer(tmp_path, [], records=0, alone=2), text)
