"""Russian country names, round 14: a capitalised adjective that agrees with a country's name
makes another place's name with it ("Северной Ирландии" is no Ireland), unless ISO 3166-2 gives
that place to the same country. Against the bundled registry; the sentences are made up, the
people and companies in them invented."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE


def _countries(text: str) -> list[tuple[str, str]]:
    gazetteer = build_gazetteer(read_model(SAMPLE))
    return [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions
            if m.target.kind == "country"]


def test_an_agreeing_capitalised_adjective_makes_another_place():
    assert _countries("Компания Зорбекс открыла склад в Северной Ирландии.") == []
    assert _countries("Зорб Квиллов вернулся из Новой Гвинеи.") == []
    assert _countries("Компания Зорбекс торгует с Северной Ирландией и Францией.") == [("Францией", "FR")]


def test_the_country_alone_or_after_a_lower_case_direction_stays():
    assert _countries("Компания Зорбекс открыла склад в Ирландии.") == [("Ирландии", "IE")]
    assert _countries("Зорб Квиллов работал на севере Ирландии.") == [("Ирландии", "IE")]


def test_a_region_iso_gives_the_same_country_stays_that_country():
    # ISO 3166-2 in Russian: "Западная Австралия" is one of Australia's states.
    assert _countries("Компания Зорбекс открыла рудник в Западной Австралии.") == [("Австралии", "AU")]
