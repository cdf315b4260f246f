"""bench/slavicner.py: SlavicNER's annotation files read into the documents the quality bench drafts.
The documents here are made up (invented names), in SlavicNER's shape: a raw text whose first line
is its title, and a tsv of start, end, form, lemma, type, id per mention."""

import subprocess

from bench.slavicner import DEV_TOPICS, FRESH_TOPICS, Canon, country_folds, country_title, document, documents, folds, rows

TEXT = ("Зорбланд Юнайтед подписал договор\n\n"
        "Глава Зорбланд Юнайтед Эмиль Кварц заявил, что Кварц доволен. Кварца поддержал Зорбленд. "
        "Об этом сообщил Ньюсвайр.")


def _tsv(text, mentions):
    """Rows for (form, lemma, type, id, nth occurrence) at the form's place in the text."""
    out = []
    for form, lemma, kind, ident, nth in mentions:
        start = -1
        for _ in range(nth + 1):
            start = text.index(form, start + 1)
        out.append(f"{start}\t{start + len(form)}\t{form}\t{lemma}\t{kind}\t{ident}")
    return "\n".join(out) + "\n"


MENTIONS = [("Зорбланд Юнайтед", "Зорбланд Юнайтед", "ORG", "ORG-Zorbland-United", 0),
            ("Зорбланд Юнайтед", "Зорбланд Юнайтед", "ORG", "ORG-Zorbland-United", 1),
            ("Эмиль Кварц", "Эмиль Кварц", "PER", "PER-Emil-Quarz", 0),
            ("Кварц", "Кварц", "PER", "PER-Emil-Quarz", 1),
            ("Кварца", "Кварц", "PER", "PER-Emil-Quarz", 0),
            ("Зорбленд", "Зорбленд", "LOC", "GPE-Zorbland", 0),
            ("Ньюсвайр", "Ньюсвайр", "PRO", "PRO-Newswire", 0)]


def test_curated_names_are_the_lemmas_and_rough_names_every_form_as_marked():
    curated, mismatched = document("slavicner-x-1", TEXT, _tsv(TEXT, MENTIONS))
    assert mismatched == 0 and curated["genre"] == "news" and curated["text"] == TEXT
    assert curated["entities"]["PER-Emil-Quarz"] == {
        "type": "person", "names": {"Эмиль Кварц": 1, "Кварц": 2}, "label": "Эмиль Кварц"}
    rough, _ = document("slavicner-x-1", TEXT, _tsv(TEXT, MENTIONS), rough=True)
    assert rough["entities"]["PER-Emil-Quarz"]["names"] == {"Эмиль Кварц": 1, "Кварц": 1, "Кварца": 1}
    assert rough["entities"]["ORG-Zorbland-United"] == {
        "type": "organization", "names": {"Зорбланд Юнайтед": 2}, "label": "Зорбланд Юнайтед"}
    # every id is marked, whatever its type; only people and organizations are entities
    assert curated["marked"] == ["GPE-Zorbland", "ORG-Zorbland-United", "PER-Emil-Quarz", "PRO-Newswire"]
    assert curated["types"]["GPE-Zorbland"] == {"place": 1} and curated["types"]["PRO-Newswire"] == {"product": 1}
    assert set(curated["entities"]) == {"ORG-Zorbland-United", "PER-Emil-Quarz"}


def test_spans_that_do_not_hold_their_form_are_counted():
    tsv = _tsv(TEXT, MENTIONS[:2]) + "0\t5\tКварц\tКварц\tPER\tPER-Emil-Quarz\n"
    _, mismatched = document("slavicner-x-1", TEXT, tsv)
    assert mismatched == 1


def test_quotes_and_spaces_the_annotators_kept_are_cut_and_a_header_row_is_skipped():
    text = "«Зорбгаз» растёт\n\nАкции «Зорбгаз» выросли."
    tsv = "start\tend\tform\tlemma\ttype\tid\n" + _tsv(text, [("«Зорбгаз»", "«Зорбгаз» ", "ORG", "ORG-Zorbgas", 1)])
    assert len(rows(tsv)) == 1
    doc, _ = document("slavicner-x-2", text, tsv)
    assert doc["entities"]["ORG-Zorbgas"]["names"] == {"Зорбгаз": 1}


def test_a_persons_label_is_a_full_name_even_where_the_surname_is_more_frequent():
    canon = Canon([[(0, 5, "Кварц", "Кварц", "PER", "PER-Emil-Quarz")] * 3
                   + [(0, 11, "Эмиль Кварц", "Эмиль Кварц", "PER", "PER-Emil-Quarz")]])
    assert canon.labels == {"PER-Emil-Quarz": "Эмиль Кварц"}


def test_a_name_that_is_another_entitys_label_is_an_id_slip_not_an_alias():
    slip = [("Эмиль Кварц", "Эмиль Кварц", "PER", "PER-Ivo-Brandt", 0)]
    table = [tuple(r.split("\t")) for r in _tsv(TEXT, MENTIONS + slip).strip().split("\n")]
    table = [(int(s), int(e), f, lemma, k, i) for s, e, f, lemma, k, i in table]
    canon = Canon([table, [(0, 9, "Иво Брандт", "Иво Брандт", "PER", "PER-Ivo-Brandt")] * 2])
    doc, _ = document("slavicner-x-1", TEXT, _tsv(TEXT, MENTIONS + slip), canon=canon)
    assert doc["entities"]["PER-Emil-Quarz"]["names"] == {"Эмиль Кварц": 1, "Кварц": 2}
    assert "PER-Ivo-Brandt" not in doc["entities"]  # named here only by its slip
    assert "PER-Ivo-Brandt" in doc["marked"]  # the gold stays as annotated


def test_a_marked_product_marks_the_organization_of_the_same_name():
    table = [(0, 8, "Ньюсвайр", "Ньюсвайр", "ORG", "ORG-Newswire"),
             (0, 8, "Ньюсвайр", "Ньюсвайр", "PRO", "PRO-Newswire")]
    canon = Canon([table])
    assert canon.twins == {"PRO-Newswire": "ORG-Newswire"}
    doc, _ = document("slavicner-x-1", TEXT, _tsv(TEXT, MENTIONS), canon=canon)
    assert "ORG-Newswire" in doc["marked"] and "ORG-Newswire" not in doc["types"]


def test_cyrillic_ids_are_transliterated_so_that_they_stay_apart():  # 'PER-Кира-Ярмыш' and its like
    mentions = [("Эмиль Кварц", "Эмиль Кварц", "PER", "PER-Эмиль-Кварц", 0)]
    doc, _ = document("slavicner-x-1", TEXT, _tsv(TEXT, mentions))
    assert doc["marked"] == ["PER-Emil'-Kvarts"]


def test_country_ids_read_as_titles():
    assert country_title("GPE-Great-Britain") == "Great_Britain"
    assert country_title("LOC-Europe") == "Europe"
    assert country_title("ORG-European-Union") == "ORG-European-Union"


def _repository(root, documents_by_topic):
    for topic, texts in documents_by_topic.items():
        for number, (text, mentions) in enumerate(texts):
            for folder, suffix, body in (("raw", "txt", text), ("ner", "tsv", _tsv(text, mentions))):
                path = root / folder / topic / "ru" / f"{topic}_ru_{number}.{suffix}"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(body, encoding="utf-8")
    other = root / "raw" / "zorb" / "pl" / "zorb_pl_0.txt"  # another language: never read
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_text("Zorbland", encoding="utf-8")
    return root


def test_documents_from_a_checkout_and_from_a_bare_mirror_are_the_same_and_folds_alternate(tmp_path):
    # two topics of the studied part (dev); the names are the corpus's folders, the texts synthetic
    zorb, quarz = DEV_TOPICS[1], DEV_TOPICS[0]
    repo = _repository(tmp_path / "repo", {zorb: [(TEXT, MENTIONS)] * 3, quarz: [(TEXT, MENTIONS[2:5])]})
    docs, mismatched = documents(repo)
    assert [d["name"] for d in docs] == [f"slavicner-{quarz}-{quarz}_ru_0", f"slavicner-{zorb}-{zorb}_ru_0",
                                         f"slavicner-{zorb}-{zorb}_ru_1", f"slavicner-{zorb}-{zorb}_ru_2"]
    assert mismatched == 0
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=bench", "-c", "user.email=bench@example.invalid",
                    "commit", "-qm", "synthetic"], check=True)
    bare = tmp_path / "bare"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo), str(bare)], check=True)
    assert documents(bare) == (docs, 0)
    (train0, test0), (train1, test1) = folds(bare)
    assert [d["name"] for d in test0] == [d["name"] for d in train1] == [docs[0]["name"], docs[2]["name"]]
    assert [d["name"] for d in test1] == [d["name"] for d in train0] == [docs[1]["name"], docs[3]["name"]]
    (_, countries0), _ = country_folds(bare)
    assert "Zorbland" in countries0[1]["marked"] and "GPE-Zorbland" in folds(bare)[0][1][1]["marked"]


def test_an_entity_is_filed_under_the_kind_most_of_its_mentions_have():
    demonyms = [("Зорбленд", "Зорбленд", "LOC", "GPE-Zorbland", 0), ("Зорбланд", "Зорбланд", "LOC", "GPE-Zorbland", 0),
                ("Кварц", "Кварц", "PER", "GPE-Zorbland", 1)]
    doc, _ = document("slavicner-x-1", TEXT, _tsv(TEXT, demonyms))
    assert doc["marked"] == ["GPE-Zorbland"] and doc["entities"] == {}
    # "зорбисты" typed PER twice, "Зорб-партия" ORG once: the id says the party is an organization
    party = [(0, 1, "зорбисты", "зорбисты", "PER", "ORG-Zorb-Party")] * 2 \
        + [(0, 1, "Зорб", "Зорб", "ORG", "ORG-Zorb-Party")]
    unprefixed = [(0, 1, "Зорб", "Зорб", "PER", "Зорб")] * 2 + [(0, 1, "Зорб", "Зорб", "ORG", "Зорб")]
    assert Canon([party + unprefixed]).kinds == {"ORG-Zorb-Party": "organization", "Zorb": "person"}


def test_ids_that_differ_only_in_case_spaces_or_an_article_are_one_entity():
    house = [(0, 1, "Зорбхаус", "Зорбхаус", "ORG", "ORG-The-Zorbhouse")] * 40
    canon = Canon([house + [(0, 1, "Зорбхаус", "Зорбхаус", "ORG", "ORG-Zorb house")]])
    assert canon.same == {"ORG-Zorb house": "ORG-The-Zorbhouse"} and canon.id("ORG-Zorb house") == "ORG-The-Zorbhouse"
    # the same name under two ids that say different things: namesakes, not one entity
    assert Canon([house + [(0, 1, "Зорбхаус", "Зорбхаус", "ORG", "ORG-Zorbhouse-Quarzia")]]).same == {}


def test_namesakes_are_labelled_by_a_name_only_each_of_them_has():
    zorb = [(0, 1, "Верховный суд", "Верховный суд", "ORG", "ORG-Supreme-Court-Zorbland")] * 5 \
        + [(0, 1, "Верховный суд Зорбленда", "Верховный суд Зорбленда", "ORG", "ORG-Supreme-Court-Zorbland")]
    quarz = [(0, 1, "Верховный суд", "Верховный суд", "ORG", "ORG-Supreme-Court-Quarzia")] * 4
    canon = Canon([zorb + quarz])
    assert canon.labels["ORG-Supreme-Court-Zorbland"] == "Верховный суд Зорбленда"
    assert canon.unnamed == {"ORG-Supreme-Court-Quarzia"}  # named by the shared name only: no entry
    text = "Верховный суд Зорбленда и Верховный суд"
    doc, _ = document("slavicner-x-3", text, _tsv(text, [
        ("Верховный суд Зорбленда", "Верховный суд Зорбленда", "ORG", "ORG-Supreme-Court-Zorbland", 0),
        ("Верховный суд", "Верховный суд", "ORG", "ORG-Supreme-Court-Quarzia", 1)]), canon=canon)
    assert set(doc["entities"]) == {"ORG-Supreme-Court-Zorbland"} and "ORG-Supreme-Court-Quarzia" in doc["marked"]


def test_an_id_that_names_no_kind_is_a_slip_and_no_entity():
    mentions = MENTIONS[:2] + [("Эмиль Кварц", "Эмиль Кварц", "PER", "Эмиль Кварц", 0)]
    doc, _ = document("slavicner-x-1", TEXT, _tsv(TEXT, mentions))
    assert doc["marked"] == ["ORG-Zorbland-United"] and set(doc["entities"]) == {"ORG-Zorbland-United"}


def test_topics_split_into_dev_and_held_out_parts_drafted_against_the_same_registries(tmp_path):
    held_out = "zorbland_unrest"  # any topic not studied is held out
    repo = _repository(tmp_path / "repo", {DEV_TOPICS[0]: [(TEXT, MENTIONS)] * 3, held_out: [(TEXT, MENTIONS)] * 2})
    docs, _ = documents(repo)
    dev, test = [d["name"] for d in docs if held_out not in d["name"]], [d["name"] for d in docs if held_out in d["name"]]
    dev_folds, test_folds = folds(repo), folds(repo, split="test")
    # each part's documents are drafted once, alternately in each part's own order
    assert [[d["name"] for d in drafted] for _, drafted in dev_folds] == [dev[0::2], dev[1::2]]
    assert [[d["name"] for d in drafted] for _, drafted in test_folds] == [test[0::2], test[1::2]]
    # a fold's registry: the other fold of both parts, the same whichever part is drafted
    for fold, ((dev_registry, _), (test_registry, _)) in enumerate(zip(dev_folds, test_folds)):
        assert [d["name"] for d in dev_registry] == [d["name"] for d in test_registry]
        assert sorted(d["name"] for d in dev_registry) == sorted(dev[1 - fold::2] + test[1 - fold::2])
    assert [[d["name"] for d in drafted] for _, drafted in country_folds(repo, "test")] == [test[0::2], test[1::2]]


def test_a_topic_moved_to_the_fresh_part_leaves_the_held_out_documents_drafted_as_before(tmp_path):
    held_out = "zorbland_unrest"
    topics = {DEV_TOPICS[0]: [(TEXT, MENTIONS)] * 2, FRESH_TOPICS[0]: [(TEXT, MENTIONS)] * 3,
              held_out: [(TEXT, MENTIONS)] * 3}
    repo = _repository(tmp_path / "repo", topics)
    docs, _ = documents(repo)
    others = [d["name"] for d in docs if DEV_TOPICS[0] not in d["name"]]  # cut in folds together, as before
    fold_of = {name: position % 2 for position, name in enumerate(others)}
    test_folds, fresh_folds, dev_folds = (folds(repo, split=s) for s in ("test", "fresh", "dev"))
    for fold in (0, 1):
        assert [d["name"] for d in test_folds[fold][1]] == [n for n in others if held_out in n and fold_of[n] == fold]
        assert [d["name"] for d in fresh_folds[fold][1]] == [n for n in others
                                                              if FRESH_TOPICS[0] in n and fold_of[n] == fold]
        # one registry per fold whatever the split drafted
        assert [d["name"] for d in test_folds[fold][0]] == [d["name"] for d in fresh_folds[fold][0]] \
            == [d["name"] for d in dev_folds[fold][0]]
    drafted = [d["name"] for split in (test_folds, fresh_folds, dev_folds) for _, part in split for d in part]
    assert sorted(drafted) == sorted(d["name"] for d in docs)
