"""The curated bench registry files no city as an organization (bench/draft_quality.py).

Made-up towns and annotations: a fake gazetteer stands in for GeoNames."""

from __future__ import annotations

import yaml

import generator.draft.lexicon as lexicon
from bench.draft_quality import build_registry, build_rough_registry

# Invented towns and their populations.
TOWNS = {"zorbville": 2_500_000, "examplia falls": 60_000, "synthkia": 30_000, "quexborough": 400_000}


def _fake_is_city(name: str, min_population: int = 100_000) -> bool:
    return TOWNS.get(name.lower(), 0) >= min_population


def _entity(names: dict[str, int]) -> dict:
    return {"type": "organization", "label": "", "names": names}


def _documents(types: dict[str, dict[str, int]]) -> list[dict]:
    names = {"Zorbville": {"ZORBVILLE": 4}, "Examplia_Falls": {"Examplia Falls": 1},
             "Synthkia": {"Synthkia": 5}, "Quexborough": {"QUEXBOROUGH": 1},
             "Zorbville_Rovers": {"Zorbville Rovers": 6}}
    return [{"name": "synthetic-places", "text": "", "marked": sorted(names), "types": types,
             "entities": {i: _entity(n) for i, n in names.items()}}]


TYPES = {"Zorbville": {"organization": 4},  # a big city's page, typed ORG in every results table
         "Examplia_Falls": {"organization": 1, "place": 1},  # a town typed a place in half its mentions
         "Synthkia": {"organization": 5},  # a company named like a small town, always ORG
         "Quexborough": {"organization": 7, "place": 1},  # a town's page rarely typed a place: kept
         "Zorbville_Rovers": {"organization": 5, "place": 1}}  # a club named after its city


def test_a_big_city_or_a_town_typed_a_place_is_no_organization_of_the_curated_registry(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "is_city", _fake_is_city)
    registered = build_registry(_documents(TYPES), tmp_path, set())
    assert registered["organization"] == {"synthkia", "quexborough", "zorbville-rovers"}


def test_a_town_typed_a_place_in_under_a_quarter_of_its_mentions_stays(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "is_city", _fake_is_city)
    registered = build_registry(_documents({**TYPES, "Examplia_Falls": {"organization": 4, "place": 1}}),
                                tmp_path, set())
    assert "examplia-falls" in registered["organization"]


def test_the_rough_registry_still_files_the_cities(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "is_city", _fake_is_city)
    registered = build_rough_registry(_documents(TYPES), tmp_path, set())
    assert {"zorbville", "examplia-falls"} <= registered["organization"]
    table = yaml.safe_load((tmp_path / "organizations" / "gum.yml").read_text(encoding="utf-8"))
    assert table["zorbville"]["name"] == "Zorbville"
