"""bench/dwie.py: DWIE's annotations and LogiRE's tokens read back into the documents the
quality bench drafts. The annotations here are made up, in DWIE's shape."""

import json

from bench.dwie import annotations, detokenized, folds


def test_tokens_are_joined_back_into_text():
    tokens = ["Zorbland", "'s", "premier", ",", "Ann", "Examplia", ",", "said", '"', "no", '"', "(", "photo", ")",
              "in", "Saxony", "-", "Anhalt", ".", "\n", "It", "cost", "$", "5", "."]
    assert detokenized(tokens) == 'Zorbland\'s premier, Ann Examplia, said "no" (photo) in Saxony-Anhalt.\nIt cost $5.\n'


def _article(root, ident, split, mentions, concepts):
    (root / "data" / "annos").mkdir(parents=True, exist_ok=True)
    (root / "data" / "annos" / f"{ident}.json").write_text(json.dumps(
        {"id": ident, "tags": ["all", split], "mentions": mentions, "concepts": concepts}))


def test_people_and_organizations_with_links_are_read_with_every_form_they_are_marked_by(tmp_path):
    _article(tmp_path, "DW_1", "train", [
        {"begin": 0, "end": 12, "text": "Ann Examplia", "concept": 0},
        {"begin": 20, "end": 28, "text": "Examplia", "concept": 0},
        {"begin": 30, "end": 38, "text": "Zorbland", "concept": 1},
        {"begin": 40, "end": 43, "text": "ZFC", "concept": 2},
        {"begin": 50, "end": 54, "text": "Zorb", "concept": 3},
    ], [
        {"concept": 0, "text": "Ann Examplia", "link": "Ann_Examplia", "tags": ["type::entity", "type::person"]},
        {"concept": 1, "text": "Zorbland", "link": "Zorbland", "tags": ["type::entity", "type::gpe", "type::location"]},
        {"concept": 2, "text": "ZFC", "link": "Zorbland_F.C.", "tags": ["type::organization", "type::sport_team"]},
        {"concept": 3, "text": "Zorb", "tags": ["type::entity", "type::person"]},  # no link: not registrable
    ])
    document = annotations(tmp_path)["DW_1"]
    assert document["entities"] == {
        "Ann_Examplia": {"type": "person", "names": {"Ann Examplia": 1, "Examplia": 1}, "label": ""},
        "Zorbland_F.C.": {"type": "organization", "names": {"ZFC": 1}, "label": ""}}
    assert document["marked"] == ["Ann_Examplia", "Zorbland", "Zorbland_F.C."]
    assert document["types"]["Zorbland"] == {"gpe": 1}


def test_drafted_articles_are_kept_out_of_the_registry_part(tmp_path):
    person = {"concept": 0, "text": "Ann Examplia", "link": "Ann_Examplia", "tags": ["type::person"]}
    mention = {"begin": 0, "end": 12, "text": "Ann Examplia", "concept": 0}
    for ident, split in (("DW_1", "train"), ("DW_2", "train"), ("DW_3", "test")):
        _article(tmp_path, ident, split, [mention], [person])
    (tmp_path / "dataset_dwie").mkdir()
    (tmp_path / "dataset_dwie" / "dev.json").write_text(json.dumps(
        [{"title": "DW_2", "sents": [["Ann", "Examplia", "spoke", "."]]}]))
    [(train, test)] = folds(tmp_path, tmp_path, "dev")
    assert [d["name"] for d in train] == ["dwie-DW_1"]
    assert [(d["name"], d["text"]) for d in test] == [("dwie-DW_2", "Ann Examplia spoke.\n")]
