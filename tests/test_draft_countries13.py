"""Russian initials news writes for a state (places.RUSSIAN_ABBREVIATIONS): "США", "РФ", "ФРГ"
name a country, in capitals only, and initials several states share name none. Against the
bundled registry; the sentences are made up, the people and companies in them invented."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import SAMPLE


def _countries(text: str) -> list[tuple[str, str]]:
    gazetteer = build_gazetteer(read_model(SAMPLE))
    return [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions
            if m.target.kind == "country"]


def test_russian_initials_of_a_state_name_the_country():
    assert _countries("Министр Зорбландии встретился с коллегами из США.") == [("США", "US")]
    assert _countries("Компания Зорбекс продала акции инвесторам из ФРГ и КНР.") == [("ФРГ", "DE"), ("КНР", "CN")]
    assert _countries("Компания Зорбекс открыла офисы в ОАЭ и ЮАР.") == [("ОАЭ", "AE"), ("ЮАР", "ZA")]
    assert _countries("Власти РФ и КНДР обсудили поставки Зорбекса.") == [("РФ", "RU"), ("КНДР", "KP")]


def test_russian_initials_of_a_state_are_read_only_in_capitals():
    assert _countries("Зорб Квиллов написал «сша» и «юар» строчными буквами.") == []


def test_initials_several_states_or_regions_share_name_none():
    # "РК" is the Republic of Korea's, Kazakhstan's and Karelia's; "РБ" Belarus's and Bashkortostan's.
    assert _countries("Власти РК и РБ поддержали компанию Зорбекс.") == []


def _linked(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    content = tmp_path / "content"
    (content / "organizations").mkdir(parents=True, exist_ok=True)
    (content / "organizations" / "bodies.yml").write_text(yaml.safe_dump({
        "zorb-agency": {"name": "Зорбагентство РФ"},
        "zorb-agency-ru": {"name": "Зорбагентство России"},
    }, allow_unicode=True), encoding="utf-8")
    gazetteer = build_gazetteer(read_model(content))
    return [(m.words, m.target.id) for m in link(text, tokenize(text), gazetteer).mentions]


def test_a_states_russian_initials_inside_a_longer_name_are_read_as_its_one_word_name(tmp_path):
    # "Зорбагентство России" references the agency, not Russia besides: so does "Зорбагентство РФ".
    assert _linked(tmp_path, "Глава Зорбагентства России выступил в Москве.") == [
        ("Зорбагентства России", "zorb-agency-ru")]
    assert _linked(tmp_path, "Глава Зорбагентства РФ выступил в Москве.") == [("Зорбагентства РФ", "zorb-agency")]
    assert _linked(tmp_path, "Глава агентства выступил в РФ.") == [("РФ", "RU")]


def test_a_word_of_another_stem_with_a_countrys_match_key_is_not_the_country():
    # "Данный" and "Дании" share a transliterated key; only pymorphy3's case forms of Дания are Denmark,
    # and a lower-case "данный" elsewhere does not make "Дании" an ordinary word.
    assert _countries("Данный отчёт Зорбекса вышел в Дании.") == [("Дании", "DK")]
    assert _countries("В данный момент Зорбекс строит завод в Дании.") == [("Дании", "DK")]


def test_a_countrys_russian_name_first_in_a_sentence_is_the_country():
    # jusText's Russian stop list holds "франция", "россия": the dictionary's place is still a proper name.
    assert _countries("Франция закрыла границы для Зорбекса.") == [("Франция", "FR")]
    assert _countries("Зорбекс работает в Германии. Германия поддержала Зорбекс.") == [
        ("Германии", "DE"), ("Германия", "DE")]
