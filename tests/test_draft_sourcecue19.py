"""A name standing where Russian news cites its source ("Как передает ЗВС", "..., сообщает ЗВС.",
a bracket "(ЗВС)" closing a paragraph), read as a state body less its country ("ЗВС США" in a
text naming the United States) while another body is registered under the very letters: draft
abstains (sourcecue.py). Without the cue, or with no body registered under the letters, the
linker's choice stands. Every organization here is made up; the country is real."""

from __future__ import annotations

from generator.draft.linker import link
from generator.draft.sourcecue import source_cue
from generator.draft.text import tokenize

from .conftest import organizations_gazetteer

BODIES = {
    "zorb-air-force-us": {"name": "ЗВС США"},
    "zorb-broadcaster": {"name": "Зорб-Вещание", "aliases": ["ЗВС"]},
}
AIR_FORCE_ONLY = {"zorb-air-force-us": {"name": "ЗВС США"}}


def _drafted(gazetteer, text: str) -> tuple[set[str], str]:
    linking = link(text, tokenize(text), gazetteer)
    return {m.target.id for m in linking.mentions}, " | ".join(d.reason for d in linking.doubts)


def _cue(text: str, word: str) -> str:
    tokens = tokenize(text)
    i = max(k for k, t in enumerate(tokens) if t.text == word)
    return source_cue(text, tokens, i, i + 1)


def test_as_reported_by_is_a_source_not_the_bare_body(tmp_path):
    text = "В США прошли выборы. Как передает ЗВС, телеканалы обещали не сообщать итоги до утра."
    ids, doubts = _drafted(organizations_gazetteer(tmp_path, BODIES), text)
    assert "zorb-air-force-us" not in ids
    assert "where a text cites its source" in doubts


def test_a_closing_bracket_is_a_credit_not_the_bare_body(tmp_path):
    text = "В США помиловали ещё троих. Бывший сенатор отсидел два года в тюрьме. (ЗВС)\n\nДругая новость."
    ids, doubts = _drafted(organizations_gazetteer(tmp_path, BODIES), text)
    assert "zorb-air-force-us" not in ids
    assert "credits its source" in doubts


def test_without_the_cue_the_bare_body_stays(tmp_path):
    text = "В США прошли учения. Самолёты ЗВС поднялись в воздух над Невадой."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, BODIES), text)
    assert "zorb-air-force-us" in ids


def test_with_nothing_registered_under_the_letters_the_bare_body_stays(tmp_path):
    text = "В США прошли учения. Как передает ЗВС, самолёты поднялись в воздух."
    ids, _ = _drafted(organizations_gazetteer(tmp_path, AIR_FORCE_ONLY), text)
    assert "zorb-air-force-us" in ids


def test_the_cues():
    assert _cue("Явка составит 60%, сообщает ЗВС.", "ЗВС")
    assert _cue("Как писала ЗВС, переговоры сорваны.", "ЗВС")
    assert not _cue("ЗВС сообщает о новых учениях.", "ЗВС")  # the name first: any body's statement
    assert not _cue("Заявил, что ЗВС (ЗВС) готовы.", "ЗВС")  # a bracket inside a sentence
    assert not _cue("Как заявляет ЗВС, удар нанесён.", "ЗВС")  # stating is no outlet's verb
