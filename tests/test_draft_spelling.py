"""Names written otherwise than registered that a reader takes for the same name: an
acronym in mixed case, a paper's title with its article, German umlauts spelt out or
not, a person's alias in another transliteration. Each on a small synthetic registry
(the names are visibly made up)."""

from __future__ import annotations

from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.text import tokenize, umlaut_spellings
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbfair:
          name: ZORBIT
        quexi:
          name: QUEX
        zfb-agency:
          name: Zorbland Funding Bank
          aliases: [ZFB]
        examplia-times:
          name: Examplia Times
        dueppel-works:
          name: Düppelwerke Zorbland
        zorbland-council:
          name: Zorbland Council on Examplian Relations
        zorbland-industries:
          name: Federation of Zorbland Industries
        examplia-council:
          name: Council of Examplia
        zb-quexton:
          name: ZB Quexton
        quexton-zv:
          name: Quexton ZV
        it-quexton:
          name: IT Quexton
    """,
    "people/p.yml": """
        hans-zoebner:
          name: Hans Zoebner
        greta-kluemper:
          name: Greta Klümper
        moammar-zorbafi:
          name: Muammar Zorbaffi
          aliases: [Moammar Zorbhafi]
        manuel-examplo:
          name: Manuel Examplo
        zorb-quintavalle:
          name: Zorb Quintavalle
        ilka-brandolin:
          name: Ilka Brandolin
        ilka-brandolini:
          name: Ilka Brandolini
        dorn-marblex:
          name: Dorn Marblex
        vera-sinthova:
          name: Вера Синтова
    """,
}


def _mentions(tmp_path, text: str):
    root = tmp_path / "c"
    if not root.exists():
        write_corpus(root, REGISTRY)
    gazetteer = build_gazetteer(read_model(root))
    return link(text, tokenize(text), gazetteer).mentions


def _found(tmp_path, text: str) -> dict[str, str]:
    return {m.words: m.target.id for m in _mentions(tmp_path, text)}


def test_an_acronym_in_mixed_case_with_two_capitals_is_the_registered_acronym(tmp_path):
    found = _found(tmp_path, "Visitors crowded the ZorBIT halls. Quex said nothing.")
    assert found == {"ZorBIT": "zorbfair"}  # one capital alone ("Quex") says no acronym by itself
    # In title case only with the text's support (draft/derived.py): here the acronym found before.
    found = _found(tmp_path, "Visitors crowded the ZorBIT halls. The Zorbit fair opened.")
    assert found == {"ZorBIT": "zorbfair", "Zorbit": "zorbfair"}
    # In three letters the case tells two names apart: "ZfB" is not the ZFB.
    assert _found(tmp_path, "The ZfB party and the ZFB bank.") == {"ZFB": "zfb-agency"}


def test_a_capitalised_the_before_a_name_is_its_article_not_a_longer_name(tmp_path):
    found = _found(tmp_path, "He told The Examplia Times on a quiet day that the plan was over. Later the "
                             "North Examplia Times said it was not.")
    assert found == {"Examplia Times": "examplia-times"}  # "North Examplia Times" stays another paper


def test_german_umlauts_written_out_or_not_match_either_registered_spelling(tmp_path):
    found = _found(tmp_path, "Greta Kluemper met Hans Zöbner at Dueppelwerke Zorbland. Kluemper left early.")
    assert found == {"Greta Kluemper": "greta-kluemper", "Hans Zöbner": "hans-zoebner",
                     "Dueppelwerke Zorbland": "dueppel-works", "Kluemper": "greta-kluemper"}
    assert _found(tmp_path, "Hans Zobner spoke.") == {"Hans Zobner": "hans-zoebner"}  # the umlaut's bare vowel


def test_only_a_vowel_pair_after_a_consonant_reads_as_an_umlaut():
    assert umlaut_spellings("Hans Zoebner") == ["Hans Zöbner"]
    assert umlaut_spellings("Manuel Examplo") == []  # -uel, -ael, -oel end names, not umlauts
    assert umlaut_spellings("Zoebner") == []  # one word is not read back: "Poe" is not "Po"
    assert umlaut_spellings("Greta Klümper") == ["Greta Kluemper"]


def test_an_alias_that_is_the_full_name_in_another_transliteration_is_no_title(tmp_path):
    found = _found(tmp_path, "Supporters of Moammar Zorbhafi gathered.")
    assert found == {"Moammar Zorbhafi": "moammar-zorbafi"}


def test_a_two_word_name_with_one_word_one_letter_off_is_the_person_misspelt(tmp_path):
    # A letter more, and two swapped: the consonants differ, so the name does not sound the same either.
    found = _found(tmp_path, "Coach Zorb Quintravalle said so, and Zorb Quintavalle agreed with Zorb Quitnavalle.")
    assert found == {"Zorb Quintravalle": "zorb-quintavalle", "Zorb Quintavalle": "zorb-quintavalle",
                     "Zorb Quitnavalle": "zorb-quintavalle"}
    # The reviewer is told the name was read misspelt, and as which spelling.
    how = {m.words: m.how for m in _mentions(tmp_path, "Coach Zorb Quintravalle said so.")}
    assert how == {"Zorb Quintravalle": "one letter off the name 'Zorb Quintavalle'"}


def test_a_misspelling_is_not_read_when_another_name_is_as_near_or_the_word_is_short_or_a_word(tmp_path):
    assert _found(tmp_path, "Ilka Brandolino spoke.") == {}  # Brandolin and Brandolini: which one?
    assert _found(tmp_path, "Zorp Quintavalle met.") == {}  # "Zorp": four letters, as likely another name
    assert _found(tmp_path, "Dorn Marble met.") == {}  # "Marble" is a word, not "Marblex" misspelt
    assert _found(tmp_path, "Вера Синтава пришла.") == {}  # Russian case endings are a letter apart


def test_a_long_organization_name_with_another_preposition_or_number_is_the_name(tmp_path):
    found = _found(tmp_path, "Experts at the Zorbland Council of Examplian Relations and the Federation of "
                             "Zorbland Industry agreed.")
    assert found == {"Zorbland Council of Examplian Relations": "zorbland-council",
                     "Federation of Zorbland Industry": "zorbland-industries"}
    # Three words are too few to tell a spelling from another body; another content word is another body.
    assert _found(tmp_path, "The Council for Examplia and the Federation of Examplian Industries met.") == {}


def test_initials_that_begin_or_end_a_name_may_be_spelt_out(tmp_path):
    found = _found(tmp_path, "Fans of Zorb Blitz Quexton cheered, and Quexton Zorb Verein lost.")
    assert found == {"Zorb Blitz Quexton": "zb-quexton", "Quexton Zorb Verein": "quexton-zv"}
    # The initials stand for capitalised words that are not ordinary words ("In The"), side by side.
    assert _found(tmp_path, "Tickets For In The Quexton Show, by Zorb and Blitz Quexton.") == {}
