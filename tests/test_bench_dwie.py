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
        {"concept": 4, "text": None, "link": "Quelvo_Bank", "tags": []},  # linked, never mentioned: not marked
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


def test_relations_between_linked_concepts_are_read_without_the_adjective_ones(tmp_path):
    _article(tmp_path, "DW_1", "train", [], [
        {"concept": 0, "text": "Ann Examplia", "link": "Ann_Examplia", "tags": ["type::person"]},
        {"concept": 1, "text": "Zorbic Party", "link": "Zorbic_Party", "tags": ["type::organization"]},
        {"concept": 2, "text": "Germany", "link": "Germany", "tags": ["type::gpe0"]},
        {"concept": 3, "text": "German", "tags": ["type::gpe0-x"]},
        {"concept": 4, "text": "Zorb", "link": "?", "tags": ["type::person"]},
    ])
    anno = tmp_path / "data" / "annos" / "DW_1.json"
    data = json.loads(anno.read_text())
    data["relations"] = [{"s": 0, "p": "member_of", "o": 1}, {"s": 1, "p": "based_in0", "o": 2},
                         {"s": 0, "p": "citizen_of-x", "o": 3}, {"s": 4, "p": "member_of", "o": 1}]
    anno.write_text(json.dumps(data))
    assert annotations(tmp_path)["DW_1"]["relations"] == [["Ann_Examplia", "member_of", "Zorbic_Party"],
                                                          ["Zorbic_Party", "based_in0", "Germany"]]


def _tables():
    return {"people": {"ann-examplia": {"name": "Ann Examplia"}, "bo-zorb": {"name": "Bo Zorb"}},
            "organizations": {"zorbic-party": {"name": "Zorbic Party"}, "zorbic-youth": {"name": "Zorbic Youth"},
                              "examplia-united": {"name": "Examplia United"}}}


def test_the_registrys_relational_fields_come_from_the_registry_parts_relations():
    from bench.draft_quality import entity_id
    from bench.related import add_related

    documents = [
        {"relations": [["Zorbic_Party", "based_in0", "Germany"], ["Zorbic_Youth", "part_of", "Zorbic_Party"],
                       ["Ann_Examplia", "citizen_of", "United_States"], ["Ann_Examplia", "head_of", "Zorbic_Party"],
                       ["Ann_Examplia", "member_of", "Unregistered_Club"], ["Bo_Zorb", "citizen_of", "Zorbland"],
                       ["Examplia_United", "based_in0", "France"]]},
        # The same fact again in one article counts once; another article's country ties France and Spain.
        {"relations": [["Examplia_United", "based_in0", "Spain"], ["Zorbic_Party", "agency_of", "Germany"],
                       ["Bo_Zorb", "player_of", "Examplia_United"]]},
    ]
    tables = _tables()
    given = add_related(tables, documents, entity_id)
    assert tables["organizations"]["zorbic-party"] == {"name": "Zorbic Party", "country": "DE"}
    assert tables["organizations"]["zorbic-youth"] == {"name": "Zorbic Youth", "parent": "zorbic-party"}
    assert tables["organizations"]["examplia-united"] == {"name": "Examplia United"}  # France and Spain tie
    assert tables["people"]["ann-examplia"] == {
        "name": "Ann Examplia", "country": "US", "positions": [{"title": "Head", "organization": "zorbic-party"}]}
    # No country of that name; the club registered: a position.
    assert tables["people"]["bo-zorb"] == {
        "name": "Bo Zorb", "positions": [{"title": "Player", "organization": "examplia-united"}]}
    assert given == {"organization country": 1, "organization parent": 1, "person country": 1,
                     "person positions": 2}


def test_the_most_stated_country_wins_and_parents_never_loop():
    from bench.draft_quality import entity_id
    from bench.related import add_related

    documents = [{"relations": [["Examplia_United", "based_in0", "France"], ["Zorbic_Party", "part_of", "Zorbic_Youth"],
                                ["Zorbic_Youth", "part_of", "Zorbic_Party"]]},
                 {"relations": [["Examplia_United", "based_in0", "France"]]},
                 {"relations": [["Examplia_United", "based_in0", "Spain"]]}]
    tables = _tables()
    add_related(tables, documents, entity_id)
    assert tables["organizations"]["examplia-united"]["country"] == "FR"
    parents = {i: r.get("parent") for i, r in tables["organizations"].items() if r.get("parent")}
    assert len(parents) == 1


def test_a_registry_with_relations_loads(tmp_path):
    from bench.draft_quality import build_registry
    from generator.pipeline import read_model

    documents = [{"name": "doc", "marked": ["Ann_Examplia", "Zorbic_Party", "Zorbic_Youth"],
                  "types": {"Ann_Examplia": {"person": 1}, "Zorbic_Party": {"organization": 1},
                            "Zorbic_Youth": {"organization": 1}},
                  "entities": {"Ann_Examplia": {"type": "person", "names": {"Ann Examplia": 1}, "label": ""},
                               "Zorbic_Party": {"type": "organization", "names": {"Zorbic Party": 1}, "label": ""},
                               "Zorbic_Youth": {"type": "organization", "names": {"Zorbic Youth": 1}, "label": ""}},
                  "relations": [["Ann_Examplia", "head_of", "Zorbic_Party"], ["Zorbic_Party", "based_in0", "Germany"],
                                ["Zorbic_Youth", "institution_of", "Zorbic_Party"],
                                ["Ann_Examplia", "citizen_of", "Germany"]]}]
    build_registry(documents, tmp_path, set(), related=True)
    model = read_model(tmp_path)
    people = {p.id: p for p in model.entities["person"]}
    organizations = {o.id: o for o in model.entities["organization"]}
    assert people["ann-examplia"].country.alpha_2 == "DE"
    assert [p.organization.id for p in people["ann-examplia"].positions] == ["zorbic-party"]
    assert organizations["zorbic-youth"].parent.id == "zorbic-party"
    assert organizations["zorbic-party"].seat.alpha_2 == "DE"


def test_member_gives_way_to_a_more_telling_title_at_the_same_organization():
    from bench.draft_quality import entity_id
    from bench.related import add_related

    tables = _tables()
    add_related(tables, [{"relations": [["Bo_Zorb", "member_of", "Examplia_United"],
                                        ["Bo_Zorb", "player_of", "Examplia_United"],
                                        ["Bo_Zorb", "member_of", "Zorbic_Party"]]}], entity_id)
    assert tables["people"]["bo-zorb"]["positions"] == [{"title": "Member", "organization": "zorbic-party"},
                                                        {"title": "Player", "organization": "examplia-united"}]


def test_nerel_relations_are_read_and_an_unlinked_russian_country_by_its_case_form_or_name(tmp_path):
    # NEREL's shape (bench/nerel.py), made up: a party headquartered in a country marked but not
    # linked, in the genitive; a person who works there; a relation to an unlinked organization.
    from bench.draft_quality import entity_id
    from bench.nerel import documents
    from bench.related import add_related

    folder = tmp_path / "NEREL-v1.1" / "train"
    folder.mkdir(parents=True)
    (folder / "1.txt").write_text("Зорбская партия из Киргизии. Анна Зорбова работает в Зорбской партии.",
                                  encoding="utf-8")
    (folder / "1.ann").write_text("\n".join([
        "T1\tORGANIZATION 0 15\tЗорбская партия", "T2\tCOUNTRY 19 27\tКиргизии", "T3\tPERSON 29 41\tАнна Зорбова",
        "T4\tORGANIZATION 53 68\tЗорбской партии", "T5\tORGANIZATION 0 5\tЗорбс",
        "N1\tReference T1 Wikidata:Q900001\tЗорбская партия", "N2\tReference T3 Wikidata:Q900002\tАнна Зорбова",
        "N3\tReference T4 Wikidata:Q900001\tЗорбская партия",
        "R1\tHEADQUARTERED_IN Arg1:T1 Arg2:T2\t", "R2\tWORKPLACE Arg1:T3 Arg2:T4\t",
        "R3\tMEMBER_OF Arg1:T3 Arg2:T5\t", "T6\tCOUNTRY 0 6\tРоссия", "R4\tMEMBER_OF Arg1:T6 Arg2:T1\t"]) + "\n",
        encoding="utf-8")
    [document] = documents(tmp_path, "train")
    assert document["relations"] == [["Q900001", "HEADQUARTERED_IN", "Киргизии"],
                                     ["Q900002", "WORKPLACE", "Q900001"], ["Россия", "MEMBER_OF", "Q900001"]]
    tables = {"people": {"q900002": {"name": "Анна Зорбова"}},
              "organizations": {"q900001": {"name": "Зорбская партия"}}}
    add_related(tables, [document], entity_id)
    assert tables["organizations"]["q900001"]["country"] == "KG"
    assert tables["organizations"]["q900001"]["members"] == ["RU"]
    assert tables["people"]["q900002"]["positions"] == [{"title": "Staff", "organization": "q900001"}]


def test_a_relations_end_the_text_never_mentions_is_marked_only_as_a_demonyms_country(tmp_path):
    (tmp_path / "data" / "annos").mkdir(parents=True)
    (tmp_path / "data" / "annos" / "DW_2.json").write_text(json.dumps({
        "id": "DW_2", "tags": ["all", "test"],
        "mentions": [{"begin": 0, "end": 9, "text": "Zorblish", "concept": 0},
                     {"begin": 10, "end": 18, "text": "Quelvton", "concept": 1}],
        "concepts": [{"concept": 0, "text": "Zorblish", "tags": ["type::gpe0-x", "type::other"]},
                     {"concept": 1, "text": "Quelvton", "link": "Quelvton", "tags": ["type::gpe", "type::location"]},
                     {"concept": 2, "text": None, "link": "Zorbland", "tags": []},
                     {"concept": 3, "text": None, "link": "Examplia", "tags": []}],
        "relations": [{"s": 0, "p": "gpe0", "o": 2}, {"s": 1, "p": "in0", "o": 3}]}))
    # "Zorblish" names Zorbland; Quelvton lying in Examplia does not name Examplia.
    assert annotations(tmp_path)["DW_2"]["marked"] == ["Quelvton", "Zorbland"]
