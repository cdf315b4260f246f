"""Each import format read into documents: the tools' own published examples, and broken files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.importers import brat, doccano, labelstudio, webanno
from generator.importers.document import FormatError
from generator.importers.identity import link_identity, name_like
from generator.importers.mapping import MappingError, kind_of, parse_map
from generator.importers.offsets import Utf16

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
SPAN = webanno.LayerSpec("webanno.custom.Span", "value", None)
REFERENT = webanno.LayerSpec("webanno.custom.Referent", "entity", "identity", link_required=True)


def surfaces(document) -> list[tuple[str, str]]:
    return sorted((m.label, m.surface) for m in document.mentions)


# --- WebAnno TSV -------------------------------------------------------------------------


def test_webanno_emoji_sentence_counts_utf16_offsets():
    document = webanno.read(FIXTURES / "webanno" / "testSentenceWithEmoji.tsv", SPAN)
    assert [m.surface for m in document.mentions] == ["😊"]
    assert document.text == "I like it 😊 ."


def test_webanno_sentence_on_several_text_lines_and_escaped_tab():
    assert webanno.read(FIXTURES / "webanno" / "testSentenceWithLineBreak.tsv", SPAN).text == "This is\na test ."
    assert webanno.read(FIXTURES / "webanno" / "testSentenceWithTab.tsv", SPAN).text == "This is\ta test ."


def test_webanno_escaped_feature_values_are_unescaped():
    document = webanno.read(FIXTURES / "webanno" / "testTokenBoundedSpanWithSpecialSymbolsValue.tsv", SPAN)
    assert {m.label for m in document.mentions} == {"#*'\"`´\t:;{}|[ ]()\\§$%?=&_\n"}
    assert len(document.mentions) == 5


def test_webanno_stacked_multi_token_and_cross_sentence_spans():
    stacked = webanno.read(FIXTURES / "webanno" / "testMultiTokenStackedSpanWithFeatureValue.tsv", SPAN)
    assert surfaces(stacked) == [("LOCATION", "This is a test ."), ("PERSON", "This is a test .")]
    across = webanno.read(FIXTURES / "webanno" / "testCrossSentenceSpanWithFeatureValue.tsv", SPAN)
    assert surfaces(across) == [("PERSON", "He loves her . She loves him not .")]


def test_webanno_sub_tokens():
    document = webanno.read(FIXTURES / "webanno" / "testSubMultiTokenSpanWithFeatureValue.tsv", SPAN)
    by_label = {m.label: m.surface for m in document.mentions}
    assert by_label["9"] == "aaa bbbbbb ccc"  # sub-token 1-1.1, token 1-2, sub-token 1-3.1
    assert by_label["3"] == "bb" and by_label["8"] == "aaa bbb"
    assert "11" not in by_label  # zero-width: nothing to name


def test_webanno_built_in_named_entity_layer_with_relations_and_no_identifier_column():
    document = webanno.read(FIXTURES / "webanno" / "example2.tsv")
    assert ("PER", "Ms. Haag") in surfaces(document)
    assert ("ORG", "Rolls-Royce Motor") in surfaces(document)
    assert all(m.link is None for m in document.mentions)


def test_webanno_chain_and_slot_layers_are_tolerated():
    chain = FIXTURES / "webanno" / "testSimpleChain.tsv"
    with pytest.raises(FormatError, match="is not a span layer"):
        webanno.read(chain, webanno.LayerSpec("webanno.custom.SimpleLink", "referenceType", None))
    slots = webanno.read(FIXTURES / "webanno" / "testSimpleSlotFeature.tsv", webanno.LayerSpec("webanno.custom.SimpleSpan", "", None))
    assert [m.surface for m in slots.mentions] == ["is", "a"]


def test_webanno_gum_custom_layer_links_coreference_chains():
    document = webanno.read(FIXTURES / "gum" / "GUM_news_asylum.tsv", REFERENT)
    linked = {(m.link, m.surface) for m in document.mentions if m.link}
    # GUM links pronouns and descriptions to the entity, as any coreference layer does.
    assert {("Najib_Razak", "Najib Razak"), ("Najib_Razak", "his"), ("John_Kerry", "the Secretary of State")} <= linked
    assert ("person", "Indonesia") not in {(m.label, m.surface) for m in document.mentions}


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("#FORMAT=WebAnno TSV 2\n", 1, "not a WebAnno TSV 3.x file"),
        ("#FORMAT=WebAnno TSV 3.3\n#T_XX=webanno.custom.Span|value\n", 2, "broken layer header"),
        ("#FORMAT=WebAnno TSV 3.3\n#T_SP=\n", 2, "broken layer header"),
        ("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n#Text=A b\n1-1\t0-1\tA\tX\textra\n", 6, "expected 4 tab-separated columns"),
        ("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|value\n\n\n#Text=A b\n1-1\tzero-1\tA\tX\n", 6, "expected a token line"),
        ("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Other|value\n", 2, "no span layer 'webanno.custom.Span'"),
        ("#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Span|kind\n", 2, "has no feature 'value'"),
    ],
)
def test_webanno_broken_files_name_the_line(tmp_path, text, line, message):
    path = tmp_path / "broken.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError) as caught:
        webanno.read(path, SPAN)
    assert caught.value.line == line and message in caught.value.message


def test_webanno_layer_by_its_short_name():
    short = webanno.LayerSpec("Referent", "entity", "identity", link_required=True)
    assert surfaces(webanno.read(FIXTURES / "gum" / "GUM_news_worship.tsv", short)) == surfaces(
        webanno.read(FIXTURES / "gum" / "GUM_news_worship.tsv", REFERENT))


def test_webanno_split_keeps_escaped_pipes():
    assert webanno.split_stacked(r"a\|b|c[2]") == [r"a\|b", "c[2]"]
    assert webanno.unescape(r"a\|b\\c\_d\-\>e") == "a|b\\c_d->e"


# --- brat ----------------------------------------------------------------------------------


def test_brat_tutorial_entities_and_wikipedia_normalization():
    document = brat.read(FIXTURES / "brat" / "000-introduction.ann")
    assert ("GPE", "Switzerland") in surfaces(document)
    linked = [m for m in document.mentions if m.link]
    assert [(m.surface, m.link, m.link_name) for m in linked] == [
        ("former Mexican president", "Wikipedia:64488", "Carlos Salinas de Gortari")
    ]


def _brat(tmp_path: Path, text: str, ann: str) -> Path:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.ann").write_text(ann, encoding="utf-8")
    return tmp_path / "doc.ann"


def test_brat_span_past_the_end_of_its_text(tmp_path):
    path = _brat(tmp_path, "Short text.", "T1\tPerson 0 5\tShort\nT2\tPerson 6 40\ttext and more\n")
    with pytest.raises(FormatError) as caught:
        brat.read(path)
    assert caught.value.line == 2 and "points past the end of doc.txt" in caught.value.message


def test_brat_span_holding_other_text(tmp_path):
    with pytest.raises(FormatError, match="holds 'Short', not 'Other'"):
        brat.read(_brat(tmp_path, "Short text.", "T1\tPerson 0 5\tOther\n"))


def test_brat_utf16_offsets_are_converted_and_discontinuous_spans_joined(tmp_path):
    text = "😀 Angela Merkel met the Bank of England."
    # UTF-16: the emoji takes two units, so "Angela" starts at 3, not 2.
    path = _brat(tmp_path, text, "T1\tPerson 3 16\tAngela Merkel\nT2\tOrganization 25 29;33 40\tBank England\n")
    document = brat.read(path)
    assert surfaces(document) == [("Organization", "Bank England"), ("Person", "Angela Merkel")]


def test_brat_without_its_text_file(tmp_path):
    (tmp_path / "lonely.ann").write_text("T1\tPerson 0 1\tA\n", encoding="utf-8")
    with pytest.raises(FormatError, match="expected lonely.txt"):
        brat.read(tmp_path / "lonely.ann")


# --- Doccano and Label Studio ----------------------------------------------------------------


def test_doccano_both_shapes_and_utf16_offsets():
    documents = doccano.read(FIXTURES / "doccano" / "tutorial.jsonl")
    assert [d.stem for d in documents] == ["tutorial-1", "tutorial-2"]
    assert surfaces(documents[0]) == surfaces(documents[1])
    assert ("Money", "$100 million") in surfaces(documents[1])


def test_doccano_bad_line_is_reported_and_the_others_read(tmp_path):
    path = tmp_path / "export.jsonl"
    lines = [{"id": 7, "text": "Kofi Annan spoke.", "label": [[0, 10, "PER"]]}, "{not json", {"id": 8, "text": "x", "label": [[0, 99, "PER"]]}]
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    first, broken, past = doccano.read(path)
    assert surfaces(first) == [("PER", "Kofi Annan")] and first.stem == "export-7"
    assert isinstance(broken, FormatError) and broken.line == 2 and "not JSON" in broken.message
    assert isinstance(past, FormatError) and past.line == 3 and "does not fit the text" in past.message


def test_label_studio_regions_links_and_utf16_offsets():
    documents = labelstudio.read(FIXTURES / "label-studio" / "tutorial.json")
    assert [d.stem for d in documents] == ["tutorial-1", "tutorial-2"]
    for document in documents:
        links = {m.surface: m.link for m in document.mentions if m.link}
        assert links == {
            "former Mexican president": "https://en.wikipedia.org/wiki/Carlos_Salinas_de_Gortari",
            "Switzerland": "https://en.wikipedia.org/wiki/Switzerland",
        }
    assert surfaces(documents[0]) == surfaces(documents[1])


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"not": "a list"}', "needs 'annotations'"),
        ("[1, 2", "not JSON"),
        ('[{"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels", "value": {"start": 0, "end": 2, "text": "zz", "labels": ["PER"]}}]}]}]',
         "does not hold 'zz'"),
    ],
)
def test_label_studio_bad_exports(tmp_path, content, message):
    path = tmp_path / "export.json"
    path.write_text(content, encoding="utf-8")
    items = labelstudio.read(path)
    assert any(isinstance(i, FormatError) and message in i.message for i in items), items


def test_utf16_index():
    utf16 = Utf16("a😀b")
    assert [utf16.index(i) for i in range(5)] == [0, 1, None, 2, 3]
    assert utf16.index(5) is None


# --- identity and mapping ------------------------------------------------------------------------


@pytest.mark.parametrize("surface", ["he", "His", "their", "the company", "A group of Afghan teenagers", "Trump 's",
                                     "Trump's", "FTU 's Alice Mak", "all - girl Afghan team", "Afghan women", "those"])
def test_what_only_refers_back_is_no_name(surface):
    assert name_like(surface) is None


@pytest.mark.parametrize("surface, name", [("Donald Trump", "Donald Trump"), ("the United Nations", "United Nations"),
                                           ("Bank of England", "Bank of England"), ("Kwok Ka - ki", "Kwok Ka-ki"),
                                           ("U.S.", "U.S."), ("NASA", "NASA")])
def test_names_are_names(surface, name):
    assert name_like(surface) == name


def test_a_capitalized_common_noun_is_no_name():
    assert name_like("Hackers", "Hackers attacked it. The hackers left.") is None
    assert name_like("Anonymous", "Anonymous attacked it.") == "Anonymous"


@pytest.mark.parametrize(
    "link, key, name, wikidata",
    [
        ("Q42", "wikidata:Q42", None, "Q42"),
        ("http://www.wikidata.org/entity/Q42", "wikidata:Q42", None, "Q42"),
        ("https://en.wikipedia.org/wiki/Kwok_Ka%2Dki", "wikipedia:kwok ka-ki", "Kwok Ka-ki", None),
        ("Supreme_Court_of_Cassation_%28Italy%29", "wikipedia:supreme court of cassation (italy)", "Supreme Court of Cassation (Italy)", None),
        ("Wikipedia:64488", "wikipedia-id:64488", None, None),
        ("http://dbpedia.org/resource/Barack_Obama", "wikipedia:barack obama", "Barack Obama", None),
        ("https://example.org/people/17", "url:https://example.org/people/17", None, None),
    ],
)
def test_links(link, key, name, wikidata):
    assert link_identity(link) == (key, name, wikidata)


def test_mapping_defaults_and_overrides():
    mapping = parse_map(["place=country", "NORP=organization", "misc=skip"])
    assert kind_of("B-PER", mapping) == "person" and kind_of("GPE", mapping) == "country"
    assert kind_of("norp", mapping) == "organization" and kind_of("abstract", mapping) == "skip"
    with pytest.raises(MappingError):
        parse_map(["PER=human"])


def test_aliases_are_names_that_add_something():
    from collections import Counter

    from generator.importers.identity import Found

    found = Found("person", "wikipedia:donald trump", "Donald Trump", surfaces=Counter(
        {"Trump": 3, "President Donald Trump": 2, "Donald Trump": 4, "Melania": 1, "Trump of New York": 1}))
    assert found.aliases() == ["Trump"]
    organization = Found("organization", "wikipedia:colorado state university", "Colorado State University",
                         surfaces=Counter({"Colorado State University of the US": 1, "CSU": 2}))
    assert organization.aliases() == ["CSU"]


def test_an_entity_mentioned_only_by_pronouns_is_named_by_its_id():
    from generator.importers.document import Mention
    from generator.importers.identity import group

    found: dict = {}
    group("doc", "He said it.", [("person", Mention("PER", "He", "Q9000003"))], found, unlinked=False)
    assert found[("person", "wikidata:Q9000003")].best_name() == "Q9000003"
    group("doc2", "The minister said it.", [("person", Mention("PER", "The minister", "Q9000003"))], found, unlinked=False)
    assert found[("person", "wikidata:Q9000003")].best_name() == "The minister"
