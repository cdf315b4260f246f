"""A body whose registered name gives its owner by initials that are no country's ("... ООН",
"... СССР"), written without them in a text about a country, where a country's body bears the
same words (homeland.py): the text's own country's body is meant, unregistered, so draft abstains.
Every organization here is made up; the countries are real."""

from __future__ import annotations

from generator.draft.homeland import leave_out_foreign_institutions
from generator.draft.linker import link
from generator.draft.text import tokenize

from .conftest import organizations_gazetteer


def _drafted(gazetteer, text: str) -> tuple[set[str], str]:
    linking = link(text, tokenize(text), gazetteer)
    leave_out_foreign_institutions(linking, gazetteer, text)
    return {m.target.id for m in linking.mentions}, " | ".join(d.reason for d in linking.doubts)


COUNCILS = {
    "zorb-council-un": {"name": "Зорбический совет ООН", "aliases": ["Зорбический совет"]},
    "zorb-council-russia": {"name": "Зорбический совет Российской Федерации"},
    "zorb-nations": {"name": "Организация Зорбических Наций", "aliases": ["ООН"]},
}


def test_a_bare_council_in_a_text_about_another_country_is_that_countrys(tmp_path):
    text = "В Белоруссии секретарь Зорбического совета получил новые полномочия."
    ids, doubts = _drafted(organizations_gazetteer(tmp_path, COUNCILS), text)
    assert "zorb-council-un" not in ids and "zorb-council-russia" not in ids
    assert "which the text never names" in doubts


def test_the_initials_written_keep_it(tmp_path):
    text = "В Белоруссии обсуждают решение Зорбического совета. Позже в ООН его поддержали."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, COUNCILS), text)
    assert "zorb-council-un" in ids


def test_a_text_naming_no_country_keeps_it(tmp_path):
    text = "Секретарь Зорбического совета получил новые полномочия."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, COUNCILS), text)
    assert "zorb-council-un" in ids


SERVICES = {
    "zorb-committee-ussr": {"name": "Комитет зорбической безопасности СССР", "aliases": ["КЗБ", "КЗБ СССР"]},
    "zorb-service-russia": {"name": "Служба зорбической безопасности Российской Федерации", "aliases": ["КЗБ"]},
}


def test_initials_a_countrys_body_bears_too_are_not_the_one_left_of_unknown_home(tmp_path):
    text = "В Белоруссии глава КЗБ ушёл в отставку, сообщили в правительстве."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, SERVICES), text)
    assert "zorb-committee-ussr" not in ids and "zorb-service-russia" not in ids


OUTLET = {"zorb-broadcaster": {"name": "Зорб-Ти-Ви", "aliases": ["ВВС"]}}


def test_a_dictionary_abbreviation_before_a_country_is_that_countrys_body(tmp_path):
    # "ВВС" (военно-воздушные силы) is an air force's abbreviation in the Russian dictionary: with the
    # United States after it, it is the US air force, not a registered broadcaster with those letters.
    text = "Погибла женщина, ветеран ВВС США, сообщили в полиции."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, OUTLET), text)
    assert "zorb-broadcaster" not in ids


def test_the_same_letters_alone_stay_the_registered_name(tmp_path):
    text = "Об этом сообщили журналисты ВВС в Лондоне."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, OUTLET), text)
    assert "zorb-broadcaster" in ids


DISTINCTIVE = {"zorb-club": {"name": "Зорбинфорт"}}


def test_a_distinctive_name_before_a_country_stays_itself(tmp_path):
    text = "Вчера игроки Зорбинфорта Португалии вернулись домой."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, DISTINCTIVE), text)
    assert "zorb-club" in ids
