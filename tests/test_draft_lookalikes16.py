"""Words typed in two scripts (generator/draft/lookalikes.py): a word whose letters of one script
all look like the other script's letters is read in the other script, in the text and in the
registry. Names are made up; the USA is a real country."""

from __future__ import annotations

from datetime import date

import yaml

from generator.draft.lookalikes import one_script, one_script_words
from generator.draft.run import draft_files
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbex:
          name: ZorbeX
        qwerty-agency:
          name: Кверпресс
        tocsa:
          name: ТЕРКОС
    """,
}


def _drafted(tmp_path, text: str) -> set[str]:
    root = write_corpus(tmp_path / "c", REGISTRY)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    draft_files(read_model(root), [tmp_path / "in"], tmp_path / "out", today=date(2026, 1, 1))
    record = yaml.safe_load((tmp_path / "out" / "a.yml").read_text(encoding="utf-8"))
    return {r["id"] for r in record.get("organizations") or []}


def test_latin_word_with_a_cyrillic_lookalike():
    assert one_script("ZorbeХ") == "ZorbeX"  # a Cyrillic Х
    assert one_script("Кверпреcc") == "Кверпресс"  # two Latin c


def test_letters_without_lookalikes_stay_as_written():
    assert one_script("КверNews") == "КверNews"
    assert one_script("ZORщики") == "ZORщики"


def test_the_script_with_more_letters_wins_when_all_look_alike():
    assert one_script("ОМC") == "ОМС"  # two Cyrillic, one Latin
    assert one_script("СH") == "СH"  # a tie is left


def test_text_keeps_its_length():
    text = "Компания ZorbeХ и CША."
    assert one_script_words(text) == "Компания ZorbeX и США." and len(one_script_words(text)) == len(text)


def test_mixed_word_in_the_text_is_found(tmp_path):
    text = "Компания ZorbeХ запустила ракету. Об этом сообщил Кверпреcc.\n"
    assert {"zorbex", "qwerty-agency"} <= _drafted(tmp_path, text)


def test_mixed_name_in_the_registry_is_found(tmp_path):
    root_text = "Об этом сообщила ТЕРКОС, добавив подробности.\n"
    registry = dict(REGISTRY)
    registry["organizations/o.yml"] = REGISTRY["organizations/o.yml"].replace("ТЕРКОС", "ТEРKОС")  # Latin E, K
    root = write_corpus(tmp_path / "c", registry)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(root_text, encoding="utf-8")
    draft_files(read_model(root), [tmp_path / "in"], tmp_path / "out", today=date(2026, 1, 1))
    record = yaml.safe_load((tmp_path / "out" / "a.yml").read_text(encoding="utf-8"))
    assert "tocsa" in {r["id"] for r in record.get("organizations") or []}
