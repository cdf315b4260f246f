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


def test_a_state_bodys_words_before_an_owners_initials_are_no_bare_state_body(tmp_path):
    import yaml

    content = tmp_path / "content"
    (content / "organizations").mkdir(parents=True, exist_ok=True)
    (content / "organizations" / "bodies.yml").write_text(yaml.safe_dump({
        "zorb-council": {"name": "Зорбальный Совет РФ"},
    }, allow_unicode=True), encoding="utf-8")
    gazetteer = build_gazetteer(read_model(content))
    text = "Власти РФ выступили в Зорбальном Совете ЗОРБ по вопросам торговли."
    # "ЗОРБ" after the words names their owner: not Russia's council written without "РФ".
    assert not [m for m in link(text, tokenize(text), gazetteer).mentions if m.target.id == "zorb-council"]
    text = "Власти РФ выступили в Зорбальном Совете по вопросам торговли."
    assert [m.words for m in link(text, tokenize(text), gazetteer).mentions if m.target.id == "zorb-council"] == [
        "Зорбальном Совете"]


def test_the_russian_for_britain_and_holland_names_the_country_in_every_case():
    # English "Britain" and "Holland" are aliases (countries.EXTRA_ALIASES); CLDR's Russian has neither.
    assert _countries("Компания Зорбекс открыла офис в Британии.") == [("Британии", "GB")]
    assert _countries("Британия и Голландия поддержали Зорбекс.") == [("Британия", "GB"), ("Голландия", "NL")]
    assert _countries("Зорб Квиллов торгует с Голландией.") == [("Голландией", "NL")]


def test_the_russian_for_south_and_north_korea_names_each_korea():
    # "South Korea", "North Korea" are countries.COMMON_NAMES; CLDR's Russian has "Республика Корея", "КНДР".
    assert _countries("Компания Зорбекс продаёт товары в Южную Корею.") == [("Южную Корею", "KR")]
    assert _countries("Власти Северной Кореи запретили Зорбекс.") == [("Северной Кореи", "KP")]
