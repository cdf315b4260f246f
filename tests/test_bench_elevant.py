"""bench/elevant.py: ELEVANT's benchmark files read into the documents the quality bench drafts.
The articles here are made up (invented names), in ELEVANT's JSONL shape."""

import json
import subprocess

from bench.elevant import (document, documents, folds, joined_sentences, kind, names_only, registry_documents,
                           snippet_folds)

ORG, PERSON, PLACE_ORG = "Q2424752|Q43229", "Q215627", "Q27096213|Q43229"


def _label(text, words, entity_id, name, classes, nth=0, **extra):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return {"span": [start, start + len(words)], "entity_id": entity_id, "name": name, "type": classes,
            "coref": False, **extra}


def _article(ident, text, labels, span=None):
    return {"id": ident, "title": f"20200101 - {text.split(chr(10))[0]}", "text": text,
            "evaluation_span": span or [0, len(text)], "labels": labels}


def test_names_are_the_text_at_each_labels_character_span_and_the_label_is_the_items_name():
    text = "Zorbland Fëdération vote\n\nÉmile Quarx of the Zorbland Fëdération (ZF) spoke. Quarx left."
    labels = [_label(text, "Émile Quarx", "Q901", "Émile Quarx", PERSON),
              _label(text, "Zorbland Fëdération", "Q902", "Zorbland Federation", ORG, nth=1),
              _label(text, "ZF", "Q902", "Zorbland Federation", ORG),
              _label(text, "Quarx", "Q901", "Émile Quarx", PERSON, nth=1)]
    doc = document("news-fair-v2", _article(7, text, labels))
    assert doc["name"] == "elevant-news-fair-v2-7" and doc["genre"] == "news"
    assert doc["entities"] == {
        "Q901": {"type": "person", "names": {"Émile Quarx": 1, "Quarx": 1}, "label": "Émile Quarx"},
        "Q902": {"type": "organization", "names": {"Zorbland Fëdération": 1, "ZF": 1}, "label": "Zorbland Federation"}}
    assert doc["marked"] == ["Q901", "Q902"]
    assert doc["types"] == {"Q901": {"person": 2}, "Q902": {"organization": 2}}


def test_pronouns_descriptions_and_labels_without_an_item_are_no_names():
    text = "Quarx wins\n\nÉmile Quarx said he and his party, Examplia United, won 7 seats. Bo Vint cheered."
    labels = [_label(text, "Émile Quarx", "Q901", "Émile Quarx", PERSON),
              _label(text, "he", "Q901", "Émile Quarx", PERSON, coref=True),
              _label(text, "his party", "Q903", "Examplia United", "Q43229", desc=True),
              _label(text, "7", "QUANTITY", "Unknown", "QUANTITY"),
              _label(text, "Bo Vint", "<NIL>", "Unknown", "OTHER"),
              _label(text, "Examplia United", "<NO_MAPPING>", "Unknown", "OTHER")]
    doc = document("reuters-128", _article(0, text, labels))
    assert doc["marked"] == ["Q901"]
    assert doc["entities"] == {"Q901": {"type": "person", "names": {"Émile Quarx": 1}, "label": "Émile Quarx"}}


def test_kinds_come_from_wikidata_classes_and_a_geographic_entity_is_a_place():
    assert kind("Q215627") == kind("Q5") == kind("Q17537576|Q215627") == "person"
    assert kind("Q43229") == kind("Q2424752|Q43229") == kind("Q215627|Q43229") == "organization"
    assert kind("Q27096213|Q43229") == kind("Q27096213|Q4164871|Q43229") == kind("Q27096213") == "place"
    assert kind("Q12737077|Q215627|Q4164871") == "role"
    assert kind("OTHER") == "other" and kind("Q1656682") == "q1656682"
    text = "Zorbtown Council meets\n\nThe Zorbtown council met in Zorbtown."
    labels = [_label(text, "Zorbtown", "Q904", "Zorbtown", PLACE_ORG, nth=2)]
    doc = document("msnbc-updated", _article(3, text, labels))
    assert doc["marked"] == ["Q904"] and doc["types"] == {"Q904": {"place": 1}} and doc["entities"] == {}


def test_a_news_fair_article_is_drafted_as_its_evaluation_span_and_only_labels_inside_count():
    text = ("Quarx meets Vint\n\nBy Ada Lorn\n\nDa Vint of Examplia United met Émile Quarx.\n\n"
            "Quarx thanked Examplia United.\n\nMore from Ada Lorn.")
    start = text.index("Quarx thanked")
    end = text.index("\n\nMore")
    labels = [_label(text, "Ada Lorn", "Q905", "Ada Lorn", PERSON),  # before the span
              _label(text, "Examplia United", "Q903", "Examplia United", ORG),  # before the span
              _label(text, "Quarx", "Q901", "Émile Quarx", PERSON, nth=2),
              _label(text, "Examplia United", "Q903", "Examplia United", ORG, nth=1),
              _label(text, "Ada Lorn", "Q905", "Ada Lorn", PERSON, nth=1)]  # after it
    doc = document("news-fair-v2", _article(9, text, labels, span=[start, end]))
    assert doc["text"] == "Quarx thanked Examplia United.\n"  # not the headline: no one annotated it
    assert doc["marked"] == ["Q901", "Q903"]
    assert doc["entities"]["Q903"]["names"] == {"Examplia United": 1}
    assert doc["entities"]["Q901"]["names"] == {"Quarx": 1}


def test_a_span_opening_in_the_headline_drafts_the_article_up_to_its_end():
    text = "Quarx wins in Zorbland\nÉmile Quarx won. Unannotated tail."
    labels = [_label(text, "Quarx", "Q901", "Émile Quarx", PERSON),
              _label(text, "Émile Quarx", "Q901", "Émile Quarx", PERSON)]
    doc = document("news-fair-v2", _article(4, text, labels, span=[0, text.index(" Unannotated")]))
    assert doc["text"] == "Quarx wins in Zorbland\nÉmile Quarx won.\n"
    assert doc["types"] == {"Q901": {"person": 2}}


def _benchmarks(root, counts):
    (root / "benchmarks").mkdir(parents=True)
    for corpus, count in counts.items():
        rows = []
        for n in range(count):
            text = f"Zorb item {n}\n\nQuarx {n} of Examplia United spoke."
            rows.append(json.dumps(_article(n, text, [_label(text, "Examplia United", "Q903", "Examplia United", ORG)],
                                            span=[text.index("Quarx"), len(text)])))
        (root / "benchmarks" / f"{corpus}.benchmark.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_dev_drafts_news_fair_in_halves_and_test_drafts_reuters_and_msnbc_in_halves(tmp_path):
    _benchmarks(tmp_path, {"news-fair-v2": 4, "reuters-128": 3, "msnbc-updated": 2, "aida-conll-dev": 1,
                           "aida-conll-test": 2, "wiki-fair-v2": 1})
    news = ["elevant-news-fair-v2-0", "elevant-news-fair-v2-1", "elevant-news-fair-v2-2", "elevant-news-fair-v2-3"]
    others = ["elevant-reuters-128-0", "elevant-reuters-128-1", "elevant-reuters-128-2",
              "elevant-msnbc-updated-0", "elevant-msnbc-updated-1"]
    registry_only = ["elevant-aida-conll-dev-0", "elevant-aida-conll-test-0", "elevant-aida-conll-test-1",
                     "elevant-wiki-fair-v2-0"]
    dev = [([d["name"] for d in train], [d["name"] for d in drafted]) for train, drafted in folds(tmp_path, "dev")]
    assert dev == [(news[1::2] + others + registry_only, news[0::2]),
                   (news[0::2] + others + registry_only, news[1::2])]
    test = [([d["name"] for d in train], [d["name"] for d in drafted]) for train, drafted in folds(tmp_path, "test")]
    assert test == [(others[1::2] + news + registry_only, others[0::2]),
                    (others[0::2] + news + registry_only, others[1::2])]


def _entity(names, label, entity_type="organization"):
    return {"type": entity_type, "names": names, "label": label}


def test_headline_capitals_are_no_names_but_an_acronym_written_so_in_its_name_is():
    docs = [{"entities": {
        "Q1": _entity({"ZORBTOWN": 1, "Zorbtown Rovers": 2}, "Zorbtown Rovers F.C."),
        "Q2": _entity({"ZUF": 1, "ZORBLAND UNITED FRONT": 1}, "ZUF"),
        "Q3": _entity({"QUARX": 1, "Quarx": 1, "Emile Quarx": 1}, "Émile Quarx", "person"),
        "Q4": _entity({"VINTCO": 2}, "Vint & Sons Holdings")}}]
    names = {i: e["names"] for i, e in names_only(docs, set())[0]["entities"].items()}
    assert names == {"Q1": {"Zorbtown Rovers": 2}, "Q2": {"ZUF": 1, "ZORBLAND UNITED FRONT": 1},
                     "Q3": {"Quarx": 1, "Emile Quarx": 1}, "Q4": {"VINTCO": 2}}


def test_a_team_named_by_its_country_or_by_a_place_the_corpus_links_is_not_registered_by_that_name():
    docs = [{"entities": {
        "Q1": _entity({"France": 3, "Les Bleus": 1, "French Republic": 1}, "France national football team"),
        "Q2": _entity({"Zorbtown": 2, "Zorbtown Rovers": 1}, "Zorbtown Rovers F.C."),
        "Q3": _entity({"Ada Zorbtown": 1}, "Ada Zorbtown", "person")}}]
    names = {i: e["names"] for i, e in names_only(docs, {"zorbtown"})[0]["entities"].items()}
    assert names == {"Q1": {"Les Bleus": 1}, "Q2": {"Zorbtown Rovers": 1}, "Q3": {"Ada Zorbtown": 1}}


def test_registry_only_benchmarks_give_annotations_their_place_labels_keep_places_names_out(tmp_path):
    (tmp_path / "benchmarks").mkdir()
    text = "ZORB - ZORBTOWN WIN . ZORBTOWN 1996-01-01 **** Zorbtown beat ***** Examplia United ** Zorbtown ."
    team, club = "Q910", "Q903"
    aida = _article(0, text, [_label(text, "ZORBTOWN", team, "Zorbtown Rovers F.C.", ORG),
                              _label(text, "ZORBTOWN", "Q911", "Zorbtown", PLACE_ORG, nth=1),
                              _label(text, "Zorbtown", team, "Zorbtown Rovers F.C.", ORG),
                              _label(text, "Examplia United", club, "Examplia United", ORG),
                              _label(text, "Zorbtown", "Q911", "Zorbtown", PLACE_ORG, nth=1)])
    (tmp_path / "benchmarks" / "aida-conll-dev.benchmark.jsonl").write_text(json.dumps(aida) + "\n")
    (tmp_path / "benchmarks" / "aida-conll-test.benchmark.jsonl").write_text("")
    (tmp_path / "benchmarks" / "wiki-fair-v2.benchmark.jsonl").write_text("")
    [doc] = registry_documents(tmp_path)
    assert doc["entities"][team]["names"] == {} and doc["entities"][club]["names"] == {"Examplia United": 1}
    assert doc["types"][team] == {"organization": 2} and doc["marked"] == [club, team, "Q911"]


def test_a_bare_mirror_reads_like_a_clone(tmp_path):
    clone = tmp_path / "clone"
    _benchmarks(clone, {"reuters-128": 2})
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-C", str(clone)]
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "synthetic"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(clone), str(tmp_path / "bare")], check=True)
    assert documents(tmp_path / "bare", "reuters-128") == documents(clone, "reuters-128")
    assert len(documents(clone, "reuters-128")) == 2


def _sentence(ident, url, n, text, labels):
    return {**_article(ident, text, labels), "title": f"{url}_sentence{n}"}


def test_sentences_kept_as_rows_are_joined_into_their_article_with_their_labels_shifted():
    url = "http://example.invalid/2010/zorb.html?ref=x"
    one, two = "Émile Quarx of Examplia United spoke.", "Quarx left Zorbtown."
    other = "Bo Vint arrived."
    rows = [_sentence(0, url, 0, one, [_label(one, "Émile Quarx", "Q901", "Émile Quarx", PERSON)]),
            _sentence(1, url, 1, two, [_label(two, "Quarx", "Q901", "Émile Quarx", PERSON),
                                       _label(two, "Zorbtown", "Q904", "Zorbtown", PLACE_ORG)]),
            _sentence(2, "http://example.invalid/other.html", 0, other,
                      [_label(other, "Bo Vint", "Q906", "Bo Vint", PERSON)])]
    first, second = joined_sentences(rows)
    assert first["text"] == one + " " + two and first["evaluation_span"] == [0, len(first["text"])]
    assert [first["text"][slice(*label["span"])] for label in first["labels"]] == ["Émile Quarx", "Quarx", "Zorbtown"]
    assert first["id"] == 0 and second["id"] == 2 and second["text"] == other
    doc = document("spotlight", first)
    assert doc["entities"] == {"Q901": {"type": "person", "names": {"Émile Quarx": 1, "Quarx": 1},
                                        "label": "Émile Quarx"}}


def test_snippets_draft_rss_500_in_halves_on_dev_and_spotlight_articles_in_halves_held_out(tmp_path):
    _benchmarks(tmp_path, {"news-fair-v2": 1, "reuters-128": 1, "msnbc-updated": 1, "rss-500": 4,
                           "aida-conll-dev": 1, "aida-conll-test": 0, "wiki-fair-v2": 0})
    text = "Quarx of Examplia United spoke."
    rows = [_sentence(n, f"http://example.invalid/{n // 2}.html", n % 2, text,
                      [_label(text, "Examplia United", "Q903", "Examplia United", ORG)]) for n in range(6)]
    (tmp_path / "benchmarks" / "spotlight.benchmark.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n")
    rss = [f"elevant-rss-500-{n}" for n in range(4)]
    spotlight = ["elevant-spotlight-0", "elevant-spotlight-2", "elevant-spotlight-4"]  # 3 articles of 2 sentences
    others = ["elevant-news-fair-v2-0", "elevant-reuters-128-0", "elevant-msnbc-updated-0"]
    dev = [([d["name"] for d in train], [d["name"] for d in drafted]) for train, drafted in snippet_folds(tmp_path)]
    assert dev == [(rss[1::2] + others + spotlight + ["elevant-aida-conll-dev-0"], rss[0::2]),
                   (rss[0::2] + others + spotlight + ["elevant-aida-conll-dev-0"], rss[1::2])]
    test = [([d["name"] for d in train], [d["name"] for d in drafted])
            for train, drafted in snippet_folds(tmp_path, "test")]
    assert test == [(spotlight[1::2] + others + rss + ["elevant-aida-conll-dev-0"], spotlight[0::2]),
                    (spotlight[0::2] + others + rss + ["elevant-aida-conll-dev-0"], spotlight[1::2])]
    # the existing checks read neither
    assert [d["name"] for d in folds(tmp_path, "dev")[0][1]] == ["elevant-news-fair-v2-0"]
