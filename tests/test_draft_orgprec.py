"""Organizations' precision (generator/draft/linker.py, longer.py): a registered name that the
text uses as part of another, unregistered one is not a mention of the registered entity. The
registry is synthetic: every organization is made up ("Zorbair", "Examplia Daily")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbair:
          name: Zorbair
        quelvo-street:
          name: Quelvo Street
        the-quelvo-street-gazette:
          name: The Quelvo Street Gazette
        brannox-news:
          name: Brannox News
        brannox:
          name: Brannox
        lantern-examplia:
          name: Lantern
        zorbland-republic-news-agency:
          name: Zorbland Republic News Agency
        quelvo-river-authority:
          name: Quelvo River Authority
        the-beacon-examplia:
          name: The Beacon
        examplian-union:
          name: Examplian Union
          aliases: [Examplian]
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("orgprec") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _found(gazetteer, text: str) -> dict[str, str]:
    """Each mention as written -> the id it references."""
    return {m.words: m.target.id for m in link(text, tokenize(text), gazetteer).mentions}


def test_a_one_word_name_after_a_name_word_inside_a_sentence_is_part_of_a_longer_name(gazetteer):
    text = 'A spokesman said that "the Holy Zorbair (the rebels\' name for the region) will answer soon."'
    linking = link(text, tokenize(text), gazetteer)
    assert not linking.mentions
    assert "part of the longer name 'Holy Zorbair'" in linking.doubts[0].reason


def test_a_one_word_name_after_a_sentence_s_first_word_or_the_is_still_found(gazetteer):
    # A capital at a sentence's start says nothing; "The" is the name's own article.
    assert _found(gazetteer, "Cheap Zorbair flights were sold out.") == {"Zorbair": "zorbair"}
    assert _found(gazetteer, "Passengers said The Zorbair was late.") == {"Zorbair": "zorbair"}
    assert _found(gazetteer, "Passengers said Zorbair was late.") == {"Zorbair": "zorbair"}


def test_a_one_word_name_after_initials_is_still_found(gazetteer):
    # Initials before a name are often its kind ("FC", "VfL"), not another name's words.
    assert _found(gazetteer, "Fans of the VfL Zorbair cheered.") == {"Zorbair": "zorbair"}
    assert _found(gazetteer, "Fans of the FC Zorbair cheered.") == {"Zorbair": "zorbair"}


def test_a_one_word_name_after_a_country_or_a_title_case_headline_is_still_found(gazetteer):
    assert _found(gazetteer, "Analysts expect German Zorbair to cut jobs.") == {"German": "DE", "Zorbair": "zorbair"}
    assert _found(gazetteer, "Strikes Hit Zorbair Flights Again\nThe union said so.") == {"Zorbair": "zorbair"}


def test_a_registered_name_after_a_paper_s_own_the_opens_its_name(gazetteer):
    # "Quelvo Street" opens "The Quelvo Street Gazette", as "Brannox" opens "Brannox News": the paper
    # is meant, not the street or the owner.
    assert _found(gazetteer, "The Quelvo Street Gazette said the deal was off.") \
        == {"The Quelvo Street Gazette": "the-quelvo-street-gazette"}
    assert _found(gazetteer, "Readers of Brannox News were told.") == {"Brannox News": "brannox-news"}
    assert _found(gazetteer, "Traffic on Quelvo Street stopped.") == {"Quelvo Street": "quelvo-street"}


def test_a_one_word_name_that_is_a_dictionary_word_says_nothing_by_a_sentence_s_capital(gazetteer):
    # "Lantern" (a made-up magazine) opening a sentence may be the word: "Lantern on the future".
    text = "Voters want change. Lantern on the future The minister spoke."
    linking = link(text, tokenize(text), gazetteer)
    assert not linking.mentions
    assert "capitalised as a sentence's first" in linking.doubts[0].reason
    # Inside a sentence, the capital says it is the name; and a sentence's first is the name once
    # the text has named it so.
    assert _found(gazetteer, "The minister told Lantern that he would resign.") == {"Lantern": "lantern-examplia"}
    text = "He told Lantern so. Lantern printed it."
    assert [m.start for m in link(text, tokenize(text), gazetteer).mentions] == [8, 20]
    # A word no dictionary lists is a name wherever it stands.
    assert _found(gazetteer, "Zorbair flights resumed.") == {"Zorbair": "zorbair"}


def test_a_registered_name_s_initials_with_its_last_word_beside_them_are_the_name(gazetteer):
    assert _found(gazetteer, "Officials protested, the official ZRNA news agency reported.") \
        == {"ZRNA": "zorbland-republic-news-agency"}
    assert _found(gazetteer, "The state news agency ZRNA said so.") == {"ZRNA": "zorbland-republic-news-agency"}
    text = "the official ZRNA news agency reported"
    assert "the initials of the name 'Zorbland Republic News Agency'" in link(text, tokenize(text), gazetteer).mentions[0].how


def test_initials_alone_or_beside_another_kind_of_thing_are_no_name(gazetteer):
    # Letters alone may stand for anything ("QRA" a currency, another body abroad).
    assert _found(gazetteer, "Prices are quoted in QRA since Monday.") == {}
    assert _found(gazetteer, "The ZRNA television channel showed it.") == {}
    assert _found(gazetteer, "The QRA authority closed the dam.") == {"QRA": "quelvo-river-authority"}


def test_a_short_form_before_a_capitalised_name_word_opens_a_longer_name(gazetteer):
    # "group" beside it would support the short form "Examplian" of the Examplian Union: here it
    # is the first word of another body's name.
    text = "The tests were commissioned by the Examplian Research Group, a defunct body."
    linking = link(text, tokenize(text), gazetteer)
    assert not linking.mentions
    assert "part of the longer name 'Examplian Research'" in linking.doubts[0].reason
    # Followed by a lower-case word, the cue still supports it.
    assert _found(gazetteer, "The tests were commissioned by the Examplian group of states.") \
        == {"Examplian": "examplian-union"}


def test_a_paper_s_name_without_its_the_before_a_word_for_a_paper_is_the_paper(gazetteer):
    text = "He told Zorbland's Beacon newspaper that he kept a beacon lit."
    mentions = link(text, tokenize(text), gazetteer).mentions
    assert [(m.words, m.target.id) for m in mentions] == [("Beacon", "the-beacon-examplia")]
    assert "without its 'The', before 'newspaper'" in mentions[0].how
    # The last word of another paper's name is not this paper.
    assert _found(gazetteer, "He told the Sunday Beacon newspaper so.") == {}
    # Without such a word, "Beacon" may be the ordinary word.
    assert _found(gazetteer, "He lit a Beacon fire on the hill.") == {}
