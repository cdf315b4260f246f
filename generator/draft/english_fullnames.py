"""An English word read as a word of a longer name or of another person's full name
("Tiffany Trump", "Obama Foundation", "Hafez al-Assad"; "Zinedine Zidane, Thierry Henry and
Ronaldo"), and the titles, days and months that stand beside a name without being one
("President Assad", "On Monday Quillstrand said"). english_surnames.py asks it whether a lone
surname is a registered person's; linker.py, whether a lone word of a registered name is
another, unregistered person's here (word_of_another_full_name)."""

from __future__ import annotations

import re

from ..dates import MONTHS
from .headlines import TitleCaseLines, title_case_line
from .institutions import DAYS
from .lexicon import is_english_word
from .lone_evidence import PARTICLES
from .longer import sentence_initial
from .ordinary import is_ordinary_word
from .personforms import WITHOUT_FIRST_GIVEN
from .text import Token

_JOINERS = (" ", "\xa0", "-", "\u2010", "\u2011", "'", "\u2019")  # O'Neill, al-Assad
# Days and months are no given names either ("On Monday Quillstrand said"); "May" is left out,
# a surname too (Theresa May).
CALENDAR_WORDS = frozenset(w.lower() for w in (*DAYS, *MONTHS)) - {"may"}
# Words that stand beside a surname without being a name: "President Assad", "Coach Guardiola".
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "vice", "minister", "prime",
    "premier", "chancellor", "secretary", "general", "gen", "colonel", "col", "admiral", "adm", "major", "captain",
    "lieutenant", "lt", "sergeant", "commander", "marshal", "senator", "sen", "representative", "rep", "congressman",
    "congresswoman", "governor", "gov", "mayor", "judge", "justice", "king", "queen", "prince", "princess", "emperor",
    "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "ayatollah", "sheikh", "emir", "sultan",
    "chairman", "chairwoman", "chair", "chief", "director", "ambassador", "envoy", "spokesman", "spokeswoman",
    "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "former", "late", "leader",
    "dictator", "strongman", "foreign", "defense", "defence", "interior", "finance", "economy", "state",
    # Round 8: titles and honorifics of news from elsewhere ("Speaker Zorb", "Sheik Zorb", "Herr Zorb").
    "speaker", "deputy", "commissioner", "prosecutor", "inspector", "superintendent", "detective", "professor", "prof",
    "rev", "reverend", "father", "patriarch", "sheik", "shaikh", "mullah", "mufti", "duke", "duchess", "earl", "baron",
    "baroness", "countess", "tsar", "czar", "brigadier", "maj", "capt", "cmdr", "sgt", "cpl", "supt", "mme", "mlle",
    "herr", "frau", "monsieur", "madame", "signor", "senor", "senora", "comrade", "nominee", "taoiseach", "skipper",
}) | CALENDAR_WORDS
_WORD = r"([^\W\d_][\w'\u2019-]*)"
_LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_FULL_NAME_BEFORE = re.compile(_WORD + " " + _WORD + _LIST_SEPARATOR + r"$")
_FULL_NAME_AFTER = re.compile(r"(?:'s|\u2019s)?" + _LIST_SEPARATOR + _WORD + " " + _WORD + r"\b")


def _name_word(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """tokens[j], the neighbour of tokens[i], is a word of the same name: joined to it, capitalised,
    not a title, and not a sentence's first ordinary word ("But Assad", "Later Nixon")."""
    if not 0 <= j < len(tokens):
        return False
    a, b = (tokens[j], tokens[i]) if j < i else (tokens[i], tokens[j])
    word = tokens[j].text
    if text[a.end:b.start] not in _JOINERS or not word[:1].isupper() or word.lower() in TITLES:
        return False
    # Only a function word: a dictionary word may be a given name ("Tiffany", "Bill"), and so may a
    # word of the stop list that the dictionary does not know ("John", "David": the list counts
    # frequent words of running text, names among them). The full stop of an abbreviated title
    # ("Rep. Will Adams", "Dr. Will Quill") ends no sentence.
    return not (sentence_initial(tokens, j, text) and not _after_abbreviated_title(text, tokens, j)
                and is_ordinary_word(word, "latin") and is_english_word(word))


# Titles written short with a full stop; after one, a capitalised word opens a name, not a sentence.
_ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "gen", "col", "adm", "lt", "sen", "rep", "gov", "prof",
                                 "rev", "maj", "capt", "cmdr", "sgt", "cpl", "supt"})


def _after_abbreviated_title(text: str, tokens: list[Token], j: int) -> bool:
    """tokens[j] follows a capitalised abbreviated title and its full stop ("Dr. James")."""
    if j == 0:
        return False
    title = tokens[j - 1]
    return title.text[:1].isupper() and title.text.lower() in _ABBREVIATED_TITLES \
        and text[title.end:tokens[j].start] in (". ", ".\xa0")


def joined(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """tokens[a] and tokens[b] (a < b) are written as one name's words: a space, a hyphen or an apostrophe between."""
    return 0 <= a < b < len(tokens) and text[tokens[a].end:tokens[b].start] in _JOINERS


def _past_particles(text: str, tokens: list[Token], i: int, step: int) -> int:
    """The first word from tokens[i] in direction `step` that is not a particle joined to the name
    ("Hafez al-Assad", "Bashir al-Assad"): the word on the particle's far side decides."""
    j = i + step
    # Not a scorecard's "st" (stumped: "Azharuddin st Kaluwitharana"); a saint's "St" is capitalised.
    while 0 <= j < len(tokens) and tokens[j].text.lower() in PARTICLES and tokens[j].text != "st" \
            and joined(text, tokens, min(j, j - step), max(j, j - step)):
        j += step
    return j


def _in_longer_name(text: str, tokens: list[Token], i: int) -> bool:
    """"Tiffany Trump", "Obama Foundation", "Hafez al-Assad": the surname is a word of a longer name."""
    for step in (-1, 1):
        j = _past_particles(text, tokens, i, step)
        if j != i + step and 0 <= j < len(tokens):
            if joined(text, tokens, min(j, j - step), max(j, j - step)) and tokens[j].text[:1].isupper() \
                    and tokens[j].text.lower() not in TITLES:
                return True
        elif _name_word(text, tokens, i, j):
            return True
    return False


# The doubt's words for such a lone word (linker.py writes it, initialled.py reads it back).
ANOTHER_FULL_NAME = "a word of another full name here"


def word_of_another_full_name(text: str, tokens: list[Token], i: int) -> str:
    """The unregistered full name a lone word of a registered person's name is part of here
    ("Peter Mueller" for Gerd Müller's surname, "Julian Draxler" for Julian Weigl's given
    name, "Tahir Khan"), or ''. Not in a title-case headline, and not beside a title
    ("President Assad")."""
    if title_case_line(text, tokens[i].start, every_word=True) or not _in_longer_name(text, tokens, i):
        return ""
    start, end = i, i
    while start > 0 and joined(text, tokens, start - 1, start) and tokens[start - 1].text[:1].isupper() \
            and tokens[start - 1].text.lower() not in TITLES:
        start -= 1
    while end + 1 < len(tokens) and joined(text, tokens, end, end + 1) and tokens[end + 1].text[:1].isupper():
        end += 1
    return text[tokens[start].start:tokens[end].end]


def _listed_among_full_names(text: str, tokens: list[Token], i: int) -> bool:
    """"Zinedine Zidane, Thierry Henry and Ronaldo": a list that names the others in full names this
    one by the only name it has (a mononym, someone else's surname), not by a registered person's surname."""
    before = _FULL_NAME_BEFORE.search(text, max(0, tokens[i].start - 80), tokens[i].start)
    after = _FULL_NAME_AFTER.match(text, tokens[i].end)
    return any(m is not None and _a_full_name(m.group(1), m.group(2)) for m in (before, after))


def _a_full_name(first: str, second: str) -> bool:
    return all(w[:1].isupper() and w.lower() not in TITLES for w in (first, second))


# A possessive name of a place or a building ("Zorbson's Island", "St Quill's Hospital"), not the person.
_PLACE_HEADS = r"(?:Island|Islands|Bay|Point|Creek|Cove|Reef|Hospital|College|Cathedral|Church|Chapel|Abbey|Wood)"


def read_otherwise_in_text(text: str, tokens: list[Token], i: int, title_case: TitleCaseLines) -> bool:
    """Anywhere in the text but a title-case headline, the word is part of a longer name or listed
    among full names, or a family bears it ("the Obamas"): a word names one person throughout a
    text, so not this one; nor is a firm's or a place's possessive name ("Lloyd's of London", "Sullivan's Island")."""
    key = tokens[i].key
    families = {key + "s", key + "es"}
    firm = re.compile(re.escape(tokens[i].text) + r"['\u2019]s (?:of [^\W\d_]|" + _PLACE_HEADS + r"\b)")
    return bool(firm.search(text)) or any(t.key in families and t.text[:1].isupper() for t in tokens) or \
        any(t.key == key and not title_case(t.start)
            and (_in_longer_name(text, tokens, n) or _listed_among_full_names(text, tokens, n))
            for n, t in enumerate(tokens))



def given_name_of_another_before(text: str, tokens: list[Token], start: int, end: int, forms: list) -> str:
    """A registered person's name written without its first given name ("Dely Valdes" of "Julio
    Dely Valdés", personforms.py) right after another name word ("Jorge Luis Dely Valdes") ends
    another person's full name: the form stands for the person only where nothing else stands for
    the given name it leaves out (a brother, a namesake). That full name, or ''."""
    if not forms or any(f.target.kind != "person" or not f.origin.endswith(WITHOUT_FIRST_GIVEN) for f in forms) \
            or not _name_word(text, tokens, start, start - 1) or not joined(text, tokens, start - 1, start):
        return ""
    first = start - 1
    while first > 0 and _name_word(text, tokens, first, first - 1):
        first -= 1
    return text[tokens[first].start:tokens[end - 1].end]
