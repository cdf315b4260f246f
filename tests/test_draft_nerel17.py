"""Round 17 on NEREL's organizations: a registered Russian name written as a description, opening
another registered body's longer name (longer.py `described`, read by linker.py's nested names),
and a name hyphened to the kind noun of an English street or square, as Russian writes such
places ("Таймс-сквер": otherwise.py). Every organization here is made up; places are real."""

from __future__ import annotations

from generator.draft.linker import link
from generator.draft.text import tokenize

from .conftest import organizations_gazetteer


def _drafted(gazetteer, text: str) -> set[str]:
    return {m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


COURTS = {
    "zorb-court-union": {"name": "Зорбический суд (Зорбический союз)", "aliases": ["Зорбический суд"]},
    "zorb-court-rights": {"name": "Зорбический суд по правам граждан"},
}


def test_a_described_name_opening_another_registered_name_is_its_first_words(tmp_path):
    text = "Судья Зорбического суда по правам граждан высказался в особом мнении."
    ids = _drafted(organizations_gazetteer(tmp_path, COURTS), text)
    assert "zorb-court-rights" in ids and "zorb-court-union" not in ids


def test_the_described_name_alone_is_still_found(tmp_path):
    text = "Судья Зорбического суда высказался в особом мнении."
    ids = _drafted(organizations_gazetteer(tmp_path, COURTS), text)
    assert "zorb-court-union" in ids


def test_a_coined_name_opening_another_registered_name_is_still_its_owner(tmp_path):
    # "Зорбком Холдинг" is no description: its words are capitalised as a coined name's are.
    holdings = {"zorb-holding": {"name": "Зорбком Холдинг"}, "zorb-oil": {"name": "Зорбком Холдинг Нефть"}}
    text = "Акционеры компании Зорбком Холдинг Нефть собрались в Москве."
    ids = _drafted(organizations_gazetteer(tmp_path, holdings), text)
    assert "zorb-oil" in ids and "zorb-holding" in ids


PAPERS = {"zorb-paper": {"name": "Зорбс", "aliases": ["The Zorbs"]}}


def test_a_name_hyphened_to_a_squares_kind_noun_is_a_places_word(tmp_path):
    # Russian writes an English square's or street's name with its kind noun hyphened after it.
    for text in ("Фотография сделана на Зорбс-сквер в Нью-Йорке.", "Офис переехал на Зорбс-Стрит в Лондоне.",
                 "Митинг прошёл в Зорбс-парке."):
        assert "zorb-paper" not in _drafted(organizations_gazetteer(tmp_path / str(len(text)), PAPERS), text), text


def test_a_name_hyphened_to_another_noun_is_still_found(tmp_path):
    text = "Об этом сообщает Зорбс-онлайн, сайт газеты Зорбс."
    assert "zorb-paper" in _drafted(organizations_gazetteer(tmp_path, PAPERS), text)


TERRITORIAL = {
    "zorb-police-capital": {"name": "Главное управление ЗВД Синтезии по городу Москве",
                            "aliases": ["ГУ ЗВД", "Полиция Москвы"]},
}


def _drafted_in_full(gazetteer, text: str) -> tuple[set[str], str]:
    from generator.draft.territorial import leave_out_another_territorys_body

    linking = link(text, tokenize(text), gazetteer)
    leave_out_another_territorys_body(linking, text)
    return {m.target.id for m in linking.mentions}, " | ".join(d.reason for d in linking.doubts)


def test_a_short_form_after_another_territorys_body_named_in_full_is_that_bodys(tmp_path):
    text = ("Главное управление ЗВД Синтезии по Нижегородской области начало проверку. "
            "По данному факту сейчас также работает региональное ГУ ЗВД.")
    ids, doubts = _drafted_in_full(organizations_gazetteer(tmp_path, TERRITORIAL), text)
    assert "zorb-police-capital" not in ids and "of another territory" in doubts


def test_the_short_form_alone_or_after_its_own_full_name_is_kept(tmp_path):
    for text in ("По данному факту сейчас работает ГУ ЗВД.",
                 "Главное управление ЗВД Синтезии по городу Москве начало проверку. Позже ГУ ЗВД сообщило о ней."):
        ids, _ = _drafted_in_full(organizations_gazetteer(tmp_path / str(len(text)), TERRITORIAL), text)
        assert "zorb-police-capital" in ids, text
