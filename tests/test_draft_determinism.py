"""A draft is the same from run to run: Python salts the hash of every string afresh in each
process, so any choice that follows a set's order shows up as drafts that differ between two
runs on the same files. Found on SlavicNER: a registered Russian name whose case forms include
its own spelling with "ё" ("Косачёв" for "Косачев") was read now as the name as written, now
as a case form, in the comment and in the rules that ask which it was. And a hyphenated name
("Норд-Стрим") looked up both as two words and as one, where each spelling is another entity's:
the one read first took the name, the other was "inside a longer name". The registry and the
text are synthetic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.draft.gazetteer import build_gazetteer
from generator.draft.text import name_keys
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "people/p.yml": """
        zorban-kosachev:
          name: Зорбан Косачев
        sergei-elkin-zorb:
          name: Сергей Елкин
    """,
}
HYPHENATED = {
    "organizations/o.yml": """
        zorb-quel-ag:
          name: Zorb Quel AG
          aliases: [Зорб Квел]
        zorb-quel-2-ag:
          name: Zorb Quel 2 AG
          aliases: [Зорб-Квел]
    """,
}
TEXT = "Новости Зорбленда\n\nЗорбан Косачев и Сергей Елкин заявили, что Зорбленд готов к переговорам.\n"


def test_a_name_as_registered_is_read_as_written_not_as_its_own_case_form(tmp_path):
    gazetteer = build_gazetteer(read_model(write_corpus(tmp_path / "c", REGISTRY)))
    for name in ("Зорбан Косачев", "Сергей Елкин"):
        forms = [f for key in name_keys(name) for f in gazetteer.lookup(key)]
        assert forms and all(not f.origin.endswith("Russian case form") for f in forms), name


def _drafts_under_hash_seeds(tmp_path, registry: dict, text: str, seeds: int) -> list[str]:
    content = write_corpus(tmp_path / "c", registry)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "zorbland.txt").write_text(text, encoding="utf-8")
    drafts = []
    for seed in map(str, range(seeds)):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "generator", "draft", "--content", str(content), "--out", str(out),
                        str(tmp_path / "in" / "zorbland.txt")], check=True, capture_output=True, env=env,
                       cwd=Path(__file__).resolve().parent.parent)
        drafts.append((out / "zorbland.yml").read_text(encoding="utf-8"))
    return drafts


def test_the_same_files_give_the_same_draft_whatever_the_hash_seed(tmp_path):
    drafts = _drafts_under_hash_seeds(tmp_path, REGISTRY, TEXT, 4)
    assert "zorban-kosachev" in drafts[0]
    assert all(draft == drafts[0] for draft in drafts[1:])


def test_a_hyphenated_name_is_looked_up_in_one_order_whatever_the_hash_seed(tmp_path):
    text = "Новости Зорбленда\n\nВ заявлении компании Зорб-Квел говорится, что работы начаты.\n"
    # Eight seeds: with two spellings in a set's order, eight runs agree by chance once in 128.
    drafts = _drafts_under_hash_seeds(tmp_path, HYPHENATED, text, 8)
    assert "zorb-quel-2-ag" in drafts[0]
    assert all(draft == drafts[0] for draft in drafts[1:])
