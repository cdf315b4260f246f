"""The case rules a registered spelling must meet where the text writes it: an acronym in
capitals ("IS", never "is"), the capital words of a name kept ("Россия К", not "России к"),
initials as initials, a name registered in lower case never on a capitalised word, and a
one-word name spelt as registered."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .gazetteer import Form
from .lexicon import is_english_word
from .morph import acronym_stem, inflections
from .russian_case import lowered_russian_name
from .text import Token, capitalized, is_acronym, is_cased_script

_INITIAL = re.compile(r"(?<!\w)\w\.")  # "А. С. Пушкин", "George W. Bush"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def case_ok(form: Form, span: list[Token], text: str) -> bool:
    written = text[span[0].start:span[-1].end]
    if _CYRILLIC.search(form.surface) and not _CYRILLIC.search(written) and (
            form.origin.endswith("Russian case form") or form.target.kind == "country"):
        return False  # Latin text writes no Russian case ("Kenny" is no "Кении") and has its own country names ("Tunis" is no "Тунис")
    if form.target.kind == "country" and len(span) == 1 and not form.acronym \
            and not a_case_form(form.surface, written):
        return False  # "Данный" has the key of "Дании" (transliterated, doubled letters folded) and is no Denmark
    if form.acronym:
        return written == form.surface or (len(span) == 1 and acronym_stem(written) == form.surface) \
            or _mixed_case_acronym(written, form.surface) or _initials_in_lower_case(form, span, text)
    if len(span) == 1 and acronym_stem(written):
        return False  # "МИДа" is the acronym МИД in a case form, not a word "Мид"
    if not _capital_words_kept(form.surface, span):
        return False  # "России к" is not the channel "Россия К"
    if len(span) == 1 and is_acronym(written) and len(written) <= 3 and not form.surface.isupper():
        return False  # "US" or "IT" in capitals is not the word "us" or "it"
    if _INITIAL.search(form.surface) and not all(_initial_ok(t, n, text) for n, t in enumerate(span)
                                                 if t.text not in _lower_one_letter_words(form.surface)):
        return False  # "и Трампа" is not "И. Трамп"; the "и" of "эпидемиологии и микробиологии имени Н. Ф. Гамалеи" is a word
    if form.proper:
        if len(span) == 1:
            return capitalized(span[0].text)
        # "британское правительство": Russian writes a body's name all in lower case (russian_case.py)
        return any(capitalized(t.text) for t in span) or lowered_russian_name(form.surface, span)
    return True


def capitals_in_title_case(form: Form, span: list[Token], text: str) -> bool:
    """A name of two words or more registered all in capitals ("ST PAULI", "MANCHESTER CITY":
    a results table's or a headline's spelling) written with each word capitalised: the same
    name, not an acronym in it. Read only where no spelling registered as written fits the
    words (matches.py), so a table's "LOS ANGELES" for one team never outbids "Los Angeles"
    registered for another."""
    if len(span) < 2 or not _all_capitals(form.surface) or _CYRILLIC.search(form.surface):
        return False
    words = [t.text for t in span if t.text[:1].isalpha()]
    return bool(words) and all(capitalized(w) for w in words) and not all(w.isupper() for w in words)


def _all_capitals(surface: str) -> bool:
    words = re.findall(r"[^\W\d_]+", surface)
    return len(words) >= 2 and all(w.isupper() for w in words)


def _mixed_case_acronym(written: str, surface: str) -> bool:
    """A registered acronym of four letters or more written in mixed case with two capitals or
    more is the same name ("CeBIT" for "CEBIT", "FedEx" for "FEDEX"): one capital alone ("Is",
    "Us") makes a word, and in three letters the case tells two names apart (AfD, AFD)."""
    return written.upper() == surface and len(written) >= 4 and written[:1].isupper() \
        and sum(ch.isupper() for ch in written) >= 2 and " " not in written


# Beside a word, a mark that makes it part of an address, a path or a list of initials
# ("dw.com", "news@dpa", "mg/rc"), not a name of its own.
_JOINED_BEFORE, _JOINED_AFTER = "/@._-", "/@_-"


def _initials_in_lower_case(form: Form, span: list[Token], text: str) -> bool:
    """An organization's registered initials of three letters or more written all in lower case
    ("dpa" for a registered "DPA"): some bodies write their initials so (the German agency's own
    "dpa"), and news copies them. Not a word the English dictionary knows ("who" is not the WHO),
    nor a unit after a figure ("5 mln", "40 kph"), nor a piece of an address or of a list of
    initials ("dw.com", "mg/rc")."""
    written = text[span[0].start:span[-1].end]
    if len(span) != 1 or form.target.kind != "organization" or len(written) < 3 \
            or not (written.isascii() and written.isalpha() and written.islower()) or written.upper() != form.surface:
        return False
    before, after = text[:span[0].start], text[span[0].end:]
    if before[-1:] in _JOINED_BEFORE and before[-1:] or after[:1] in _JOINED_AFTER and after[:1] \
            or re.match(r"\.\w", after) or re.search(r"\d\s*$", before):
        return False
    return not _an_english_words_form(written)


def _an_english_words_form(word: str) -> bool:
    """`word` is an English dictionary word or, by a regular ending, one of its plurals or verb forms
    ("aces", "flies", "boxes", "used", "rated", "eying"): the dictionary lists lemmas only."""
    stems = [word]
    for ending, instead in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stems.append(word[:-len(ending)] + instead)
    return any(is_english_word(stem) for stem in stems)


def _capital_words_kept(surface: str, span: list[Token]) -> bool:
    """A word a name writes in capitals (К, РФ, США) is written so in the text, as an
    acronym alone is: the capitals are what make it a name."""
    needed = _capital_words(surface)
    return not needed or needed <= {t.text for t in span}


@lru_cache(maxsize=65536)
def _capital_words(surface: str) -> frozenset[str]:
    if len(surface.split()) < 2:
        return frozenset()
    return frozenset(word for word in re.findall(r"\w+", surface) if word.isupper() and word.isalpha())


@lru_cache(maxsize=65536)
def _lower_one_letter_words(surface: str) -> frozenset[str]:
    """One-letter words a registered name writes in lower case ("и", "в"): words, not initials."""
    return frozenset(w for w in re.findall(r"\w+", surface) if len(w) == 1 and w.islower())


def _initial_ok(token: Token, position: int, text: str) -> bool:
    """A one-letter word where a name has an initial is one: a capital, and with its full
    stop when it leads (a sentence may begin with "I" or "И", and "и" is "and")."""
    if len(token.text) != 1 or not is_cased_script(token.text):
        return True
    return token.text.isupper() and (position > 0 or text[token.end:token.end + 1] == ".")


def lowercase_form_on_a_name(form: Form, span: list[Token], text: str, sentence_initial: bool) -> bool:
    """A name registered in lower case (an ordinary word) does not match a capitalised word
    inside a sentence: "Лука" is a man, not "лук" the onion."""
    return not form.proper and len(span) == 1 and not sentence_initial and is_cased_script(span[0].text) \
        and span[0].text[:1].isupper()


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def spelt_otherwise(form: Form, span: list[Token], text: str) -> bool:
    """A one-word Latin name the text spells otherwise than the registry, accents and case
    aside: the transliteration keys that let "Andrey" meet "Andrei" in a full name also
    make "Sonni" meet "Sony", and one word alone is too little to trust them."""
    if len(span) != 1 or form.acronym or " " in form.surface or not form.surface.isascii() \
            or "form" in form.origin or "spelt" in form.origin:
        return False
    written = re.sub(r"['’]s$", "", text[span[0].start:span[0].end])
    return _plain(written) != _plain(form.surface)


@lru_cache(maxsize=65536)
def a_case_form(surface: str, word: str) -> bool:
    """Whether a Cyrillic word is `surface` or one of its case forms (pymorphy3's, morph.py), not
    merely a word of the same match key: keys transliterate and fold doubled letters, and so join
    words of other stems ("данный", "Дании"). True for any word when either is not Cyrillic."""
    if not (_CYRILLIC.search(surface) and _CYRILLIC.search(word)):
        return True
    def plain(w: str) -> str:
        return w.casefold().replace("ё", "е")
    return plain(word) in {plain(s) for s in {surface, *inflections(surface)}}
