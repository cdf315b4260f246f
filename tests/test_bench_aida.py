"""bench/aida.py: AIDA CoNLL-YAGO's WNED-style files and CoNLL-2003's NER tags read into the
documents the quality bench drafts. The articles here are made up (invented names), written
in the two corpora's shapes by the fixture below."""

import subprocess
from collections import Counter
from pathlib import Path

from bench.aida import FOLDER, TEXTS_COMMIT, annotations, conll_documents, conll_kinds, document, documents, folds, \
    is_story, surface_key

CONLL = """-DOCSTART- -X- O O

ZORBLAND NNP I-NP I-LOC
TALKS NNP I-NP O
. . O O

Examplia NNP I-NP I-ORG
United NNP I-NP I-ORG
( ( O O
EXU NNP I-NP I-ORG
) ) O O
hired VBD I-VP O
Emile NNP I-NP I-PER
Quarx NNP I-NP I-PER
Bo NNP I-NP B-PER
Vint NNP I-NP I-PER
in IN I-PP O
Zorb-Town NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Quarx NNP I-NP I-PER
thanked VBD I-VP O
EXU NNP I-NP I-ORG
. . O O
"""

XML = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<aida_{part}.entityAnnotation>
\t<document docName="{first}_ZORBLAND">
\t\t<annotation><mention>ZORBLAND</mention><wikiName>Zorbland</wikiName><offset>0</offset><length>8</length></annotation>
\t\t<annotation><mention>Examplia United</mention><wikiName>Examplia United F.C.</wikiName><offset>0</offset><length>0</length></annotation>
\t\t<annotation><mention>EXU</mention><wikiName>Examplia United F.C.</wikiName><offset>0</offset><length>0</length></annotation>
\t\t<annotation><mention>Emile Quarx</mention><wikiName>Emile Quarx</wikiName><offset>0</offset><length>0</length></annotation>
\t\t<annotation><mention>Bo Vint</mention><wikiName>NIL</wikiName><offset>0</offset><length>0</length></annotation>
\t\t<annotation><mention>Zorb - Town</mention><wikiName>Zorb-Town</wikiName><offset>0</offset><length>0</length></annotation>
\t</document>
\t<document docName="{second}_Quarx">
\t\t<annotation><mention>Quarx</mention><wikiName>Emile Quarx</wikiName><offset>0</offset><length>5</length></annotation>
\t\t<annotation><mention>EXU</mention><wikiName>Examplia United F.C.</wikiName><offset>0</offset><length>0</length></annotation>
\t</document>
</aida_{part}.entityAnnotation>
"""

TEXTS = ("ZORBLAND TALKS.\nExamplia United ( EXU ) hired Emile Quarx Bo Vint in Zorb - Town.\n",
         "Quarx thanked EXU.\n")


def test_conll_articles_are_split_at_docstart_wherever_it_stands():
    assert [len(d) for d in conll_documents(CONLL)] == [16, 4]
    trailing = CONLL.replace("-DOCSTART- -X- O O\n\n", "", 1) + "\n-DOCSTART- -X- -X- O\n"
    assert conll_documents(trailing) == conll_documents(CONLL)


def test_conll_spans_give_kinds_by_surface_and_a_b_tag_starts_a_new_span():
    kinds = conll_kinds(conll_documents(CONLL)[0])
    assert kinds == {"zorbland": Counter(place=1), "exampliaunited": Counter(organization=1),
                     "exu": Counter(organization=1), "emilequarx": Counter(person=1),
                     "bovint": Counter(person=1), "zorbtown": Counter(place=1)}
    assert surface_key("Zorb - Town") == surface_key("Zorb-Town") == "zorbtown"


def test_an_article_marks_its_linked_entities_and_keeps_people_and_organizations_names():
    part = annotations(XML.format(part="testb", first=7, second=8))
    doc = document("7_ZORBLAND", TEXTS[0], part["7_ZORBLAND"], conll_kinds(conll_documents(CONLL)[0]))
    assert doc["name"] == "aida-7_ZORBLAND" and doc["genre"] == "news" and doc["text"] == TEXTS[0]
    assert doc["marked"] == ["Emile Quarx", "Examplia United F.C.", "Zorb-Town", "Zorbland"]  # NIL is no entity
    assert doc["types"]["Zorbland"] == {"place": 1} and doc["types"]["Examplia United F.C."] == {"organization": 2}
    assert doc["entities"] == {
        "Emile Quarx": {"type": "person", "names": {"Emile Quarx": 1}, "label": ""},
        "Examplia United F.C.": {"type": "organization", "names": {"Examplia United": 1, "EXU": 1}, "label": ""}}


def test_a_mention_conll_does_not_span_alike_is_of_no_kind():
    doc = document("9_U.S.", "Zorbland Examplia.\n", [("Zorbland Examplia", "Zorbland Examplia Bank")],
                   {"zorbland": Counter(place=1)})
    assert doc["name"] == "aida-9_U-S" and doc["types"] == {"Zorbland Examplia Bank": {"other": 1}}
    assert doc["entities"] == {}


def _repositories(tmp_path):
    """A linked repository (the texts at the pinned commit only, as in the real one) and a
    CoNLL repository, each with one part, testb, of two made-up articles."""
    linked, typed = tmp_path / "linked", tmp_path / "typed"
    folder = linked / FOLDER / "aida_testb"
    (folder / "RawText").mkdir(parents=True)
    (folder / "aida_testb.xml").write_text(XML.format(part="testb", first=12, second=13), encoding="utf-8")
    for name, text in zip(("12_ZORBLAND", "13_Quarx"), TEXTS):
        (folder / "RawText" / name).write_text(text, encoding="utf-8")
    (typed / "data").mkdir(parents=True)
    (typed / "data" / "eng.testb").write_text(CONLL, encoding="utf-8")
    return linked, typed


def test_a_part_pairs_each_linked_article_with_the_conll_article_of_its_rank(tmp_path):
    linked, typed = _repositories(tmp_path)
    docs = documents(linked, typed, "testb")
    assert [d["name"] for d in docs] == ["aida-12_ZORBLAND", "aida-13_Quarx"]
    assert docs[1]["text"] == TEXTS[1] and docs[1]["marked"] == ["Emile Quarx", "Examplia United F.C."]
    assert docs[1]["entities"]["Emile Quarx"] == {"type": "person", "names": {"Quarx": 1}, "label": ""}


def test_texts_are_read_from_the_pinned_commit_of_a_bare_mirror(tmp_path, monkeypatch):
    linked, typed = _repositories(tmp_path)
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-C", str(linked)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "texts"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([*git, "rm", "-rq", "data"], check=True)  # removed later, as upstream did
    subprocess.run([*git, "commit", "-qm", "removed"], check=True)
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(linked), str(bare)], check=True)
    monkeypatch.setattr("bench.aida.TEXTS_COMMIT", commit)
    assert [d["text"] for d in documents(bare, typed, "testb")] == list(TEXTS)
    assert len(TEXTS_COMMIT) == 40  # the real reader pins one commit, never HEAD


def test_folds_draft_each_half_against_the_other(tmp_path, monkeypatch):
    linked, typed = _repositories(tmp_path)
    monkeypatch.setattr("bench.aida.PARTS", ("testb",))
    (first_registry, first_drafted), (second_registry, second_drafted) = folds(linked, typed)
    assert [d["name"] for d in first_drafted] == [d["name"] for d in second_registry] == ["aida-12_ZORBLAND"]
    assert [d["name"] for d in second_drafted] == [d["name"] for d in first_registry] == ["aida-13_Quarx"]


def test_a_part_whose_article_counts_differ_is_refused(tmp_path):
    linked, typed = _repositories(tmp_path)
    (typed / "data" / "eng.testb").write_text(CONLL.split("-DOCSTART- -X- O O\n\nQuarx")[0], encoding="utf-8")
    try:
        documents(linked, typed, "testb")
    except ValueError as error:
        assert "2 linked articles but 1 CoNLL articles" in str(error)
    else:
        raise AssertionError("a misaligned part was read")


def test_pages_with_a_headline_in_capitals_are_no_stories_and_can_be_left_undrafted(tmp_path, monkeypatch):
    assert not is_story({"text": "ZORBBALL - EXAMPLIA UNITED BEAT ZORB TOWN 2-1.\nZORBTOWN 1996-08-30\n"})
    assert is_story({"text": "Examplia United hires Quarx.\nZORBTOWN 1996-08-30\n"})
    linked, typed = _repositories(tmp_path)
    monkeypatch.setattr("bench.aida.PARTS", ("testb",))
    (registry, drafted), (other_registry, other_drafted) = folds(linked, typed, stories_only=True)
    assert drafted == [] and [d["name"] for d in other_drafted] == ["aida-13_Quarx"]  # "ZORBLAND TALKS." is a page
    assert [d["name"] for d in registry] == ["aida-13_Quarx"] and [d["name"] for d in other_registry] == \
        ["aida-12_ZORBLAND"]


def test_dev_studies_the_training_part_fresh_studies_testa_and_test_holds_out_testb(monkeypatch):
    parts = {part: [{"name": f"{part}-{n}", "text": f"Zorbland story {n}.\n"} for n in range(3)]
             for part in ("train", "testa", "testb")}
    monkeypatch.setattr("bench.aida.documents", lambda repo, types_repo, part: parts[part])
    dev = folds(Path("linked"), Path("typed"), split="dev")
    drafted = [d["name"] for _, test in dev for d in test]
    assert sorted(drafted) == ["train-0", "train-1", "train-2"]
    assert all(not {d["name"] for d in registry} & {d["name"] for d in test} for registry, test in dev)
    [(registry, held_out)] = folds(Path("linked"), Path("typed"), split="test")
    assert [d["name"] for d in registry] == ["train-0", "train-1", "train-2"]
    assert [d["name"] for d in held_out] == ["testb-0", "testb-1", "testb-2"]
    # testa, held out with testb until the fifteenth round, is drafted against the same registry
    [(fresh_registry, fresh)] = folds(Path("linked"), Path("typed"), split="fresh")
    assert [d["name"] for d in fresh_registry] == ["train-0", "train-1", "train-2"]
    assert [d["name"] for d in fresh] == ["testa-0", "testa-1", "testa-2"]
