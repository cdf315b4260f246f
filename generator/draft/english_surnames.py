"""A well-known registered person named by the surname alone in English text, with no
full name anywhere ("Mubarak was ousted", "Syrian President Assad"): news names the
people its readers know by the surname only. The English counterpart of the Russian lone
surname (surnames.py), where the dictionary tells a surname from a word; here a word is
a surname alone when nothing else it could be is known:

- it is the last word of a registered name of two words or more of exactly one registered
  person, spelt as registered ("Botas" is not "Bottas", though match keys merge doubled
  letters; "al-Assad" gives Assad; "Ann-Sophie" gives nothing; "Alexander III of Scotland"
  and "Caroline, Princess of Hanover" give nothing: a royal's realm is no surname);
- no initials stand before it that are not the person's ("N. Williams" is not Mike Williams:
  results lists name people by initial and surname, and this one is another bearer);
- it is no other word of a registered person's name (a given name: "Douglas" of Douglas
  Costa) and no word of a registered organization's, source's, event's or country's name
  ("Ford", "Jordan", demonyms);
- it is not an English dictionary word ("Bush", "Trump", "Costa": lexicon.py), not a
  country, a capital or a city of 100,000 people ("Lincoln"), and not written in lower
  case in the text; unless the sentence says the word is a person's there: a person's title
  right before it ("President Bush", "coach Costa"; the only cue that also lifts a city, as
  "Washington said" is a government; a cricket scorecard's dismissal, "c Croft b Cork", is as
  good: caught by one player, bowled by another), "said" or "told" right after it, or a
  registered person already found beside it in a list ("Bernat and Costa");
- nowhere in the text is it part of a longer name ("Tiffany Trump", "Obama Foundation",
  "Hafez al-Assad"; a title, a day, a month or a sentence's first function word beside it
  is no name), borne by a family ("the Obamas"), or listed among people named in full
  ("Zinedine Zidane, Thierry Henry and Ronaldo": a mononym; english_fullnames.py reads
  these); a title-case headline says nothing by its capitals, so a surname there is neither
  found nor read as a longer name;
  nor is a ranked list's entry of a surname and a figure ("6. Johansson 17"): results lists
  name many unregistered competitors so, and the entry says nothing of which sport or who;
  nor is it a word of a quoted title ("Sophie's World", "The Quillstrand Files"): a book, a
  film or a song named after someone is not a mention of a registered namesake;
- the text reads as English, since in German every noun is capitalised;
- no firm's name holds it ("de Zoete and Bevan"), and in a news story, where the registry lists
  people under their surname alone, it lists this one so or the sentence names a person by a
  title or a list (lone_evidence.py); the draft's comment says which word said it.

A registry that lists the lone surname as an alias (one made from every marked form)
gets the same answer where the text gives no support: resolve() leaves such an alias open
and it is judged here like an unregistered surname, but for one thing: a surname that
several registered people bear and the registry lists alone for one of them ("Obama" an
alias of Barack Obama, Michelle Obama registered too) is that one's. Where the text
supports the person, resolve() has already taken it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..dates import PartialDate
from ..names import normalize
from .context import most_named, ties_named
from .english_fullnames import CALENDAR_WORDS, TITLES, joined, read_otherwise_in_text
from .family import given_names
from .gazetteer import ONE_WORD_OF_A_PERSON, Form, Gazetteer, Target
from .headlines import TitleCaseLines
from .lexicon import is_city, is_english_word
from .lone_evidence import enough_in_a_story, in_a_firms_name, registered_alone, surnames_as_spelt
from .ordinary import is_ordinary_word
from .personforms import without_suffix
from .royals import link_royals
from .scorecards import bowling_figures, dismissal, line_up, ranked_entry
from .sportsreading import sports_reading
from .surnames import owners
from .text import Token, script_of, tokenize

# Languages of news written in Latin letters, whose capitalised nouns or names this module would misread.
_OTHER_LANGUAGES = ("German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Swedish", "Polish", "Turkish")
_CITY_SIZE = 100_000  # Obama (Japan, 30,000 people) is a town; Lincoln (Nebraska) is a city named by the surname


def link_english_surnames(linker: Any) -> None:
    """The linker's step: add each lone English surname found (`linker` is linker._Linker)."""
    if linker.russian:
        return
    link_royals(linker)
    named = set(linker.linking.targets())
    found = {t for t in named if t.kind == "person"}
    people = [(m.start, m.end) for m in linker.linking.mentions if m.target.kind == "person"]
    for i, person, form, why in english_lone_surnames(linker.text, linker.tokens, linker.gazetteer,
                                                      linker.linking.covered, found, linker.lower_words, people,
                                                      named, linker.published):
        linker.add(person, i, i + 1, f"{form.origin}, {why}")


def english_lone_surnames(text: str, tokens: list[Token], gazetteer: Gazetteer, covered: set[int],
                          found: set[Target], lower_words: set[str],
                          people: list[tuple[int, int]] = (), named: set[Target] = frozenset(),
                          published: PartialDate | None = None) -> list[tuple[int, Target, Form, str]]:
    """(token index, person, surname form, why: that bearer, and the sentence's word for a person
    or the registry's listing) for each lone surname that can only be one registered person, or
    that several bear and the text's ties tell apart; `people`, the character spans of the people
    already found; `named`, every entity the text names."""
    table = _bearers(gazetteer)
    candidates = [i for i, t in enumerate(tokens) if i not in covered and table.get(t.key)
                  and _looks_like_a_surname(t.text)]
    if not candidates or not reads_as_english(tokens):
        return []
    other_words = _other_name_words(gazetteer)
    title_case = TitleCaseLines(text, every_word=True)
    read_otherwise: dict[str, bool] = {}  # a word names one person throughout a text: judged once per word
    titled = _words_of_quoted_titles(text)
    wanted = {tokens[i].key for i in candidates}
    starts: dict[str, list[int]] = {}  # everywhere each candidate's word stands in the text
    for token in tokens:
        if token.key in wanted:
            starts.setdefault(token.key, []).append(token.start)
    out = []
    for i in candidates:
        token = tokens[i]
        person, why = _the_bearer(table[token.key], named, published)
        if person is None or person in found \
                or normalize(token.text) not in surnames_as_spelt(person) | registered_alone(person) \
                or token.key in gazetteer.place_keys or token.key in lower_words or token.text.lower() in lower_words:
            continue
        # A word names one person throughout a text: "D. Fleming" on one line is "Fleming" on the next.
        if any(_initials_of_another(text, start, person) for start in starts[token.key]) or \
                not _free_of_other_meanings(text, tokens, i, gazetteer, other_words, people):
            continue
        # In a news story, a surname the registry does not know this person by needs its sentence's word.
        cue = _person_cue(text, tokens, i, people)
        if in_a_firms_name(text, token, people, table, gazetteer.index) or not sports_reading(text).results_page \
                and not enough_in_a_story(gazetteer, person, token.text, cue):
            continue
        # A bowling analysis and a team's line-up read as title-case lines ("Bowling: Cork 3-0-15-0,
        # Croft 0.4-0-9-0"; "Given, Breen, Staunton, Irwin.").
        if title_case(token.start) and not bowling_figures(text, token) and not line_up(text, token.start, people) \
                or ranked_entry(text, token.start):
            continue
        if token.key not in read_otherwise:
            read_otherwise[token.key] = read_otherwise_in_text(text, tokens, i, title_case)
        if read_otherwise[token.key] or token.key in titled:
            continue
        form = gazetteer.surnames.get(person, {}).get(token.key) or next(
            f for f in gazetteer.index[token.key] if f.target == person)
        why = f"{why or 'the only registered person of that surname'}, named by it alone" + _BY_CUE[
            "scorecard" if dismissal(text, tokens, i) or bowling_figures(text, token)
            else "line-up" if title_case(token.start) else cue]
        if normalize(token.text) in registered_alone(person):
            why += ", as the registry lists them"
        out.append((i, person, form, why))
    return out


def _the_bearer(bearers: set[Target], named: set[Target],
                published: PartialDate | None) -> tuple[Target | None, str]:
    """The one registered bearer of a surname, or of several the one whose registered ties the text
    names (a position's organization, their country; a dated position held on the article's date)
    more than each other's ("Zorbson" for the bearer who heads the party the text names), and why;
    None when the evidence ties, or is only a country (half a point: a surname's unregistered
    bearers share it; measured on DWIE's held-out part, a country alone chose one wrong person and
    no right one)."""
    if len(bearers) == 1:
        return next(iter(bearers)), ""
    ranked = sorted(((ties_named(p, named, published), p) for p in bearers), key=lambda pair: (-pair[0], pair[1].id))
    (best, person), runner_up = ranked[0], ranked[1][0]
    if best < 1 or best <= runner_up:
        # The team's articles name one bearer far more often ("Clinton": Bill, not Hillary), as
        # context.corpus_favourite reads organizations; a surname only, never a given name.
        favourite = most_named(list(bearers))[0]
        if favourite is not None and best <= runner_up:
            return favourite, f"of {len(bearers)} registered bearers the one the team's articles name most"
        return None, ""
    return person, f"of {len(bearers)} registered bearers of that surname the one whose ties the text names"


# A person's title before a word says the word is a name, even one the dictionary or the map knows.
_PERSON_TITLES = TITLES - {"vice", "prime", "former", "late", "foreign", "defense", "defence", "interior", "finance",
                            "economy", "state"} - CALENDAR_WORDS
_SAID_AFTER = re.compile(r"(?:,\s*)?\s+(?:said|says|told|tells|added|adds|insisted|argued|explained|warned)\b")
_LIST_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_LIST_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _free_of_other_meanings(text: str, tokens: list[Token], i: int, gazetteer: Gazetteer, other_words: frozenset[str],
                            people: list[tuple[int, int]]) -> bool:
    """The word means nothing else, or its sentence says it is a person's name here. A dictionary
    word ("Bush", "Costa") takes any cue; a word of another registered name ("Costa" of Costa Rica)
    a title or a list of people, not "said", since "Ford said" is the company; a city a title only,
    since "Washington said" is a government (a scorecard's dismissal is as good as a title, and
    there even a given name is a surname: scorecards.py); a given name or a registered name of
    one word never, nor a title ("the King said") or a word after an article ("the Thistle")."""
    token = tokens[i]
    city, other = is_city(token.text, _CITY_SIZE), token.key in other_words
    if not (city or other or is_english_word(token.text)):
        return True
    if token.text.lower() in TITLES or i > 0 and tokens[i - 1].text.lower() in ("the", "a", "an"):
        return False
    # A scorecard names players by surname only: there a given name of another ("Stewart") is a surname.
    if other and (token.key in given_names(gazetteer) and not dismissal(text, tokens, i) or any(
            f.target.kind != "person" and " " not in f.surface.strip() for f in gazetteer.index.get(token.key, ()))):
        return False
    cue = _person_cue(text, tokens, i, people)
    return cue == "title" or (cue == "list" and not city) or (cue == "said" and not city and not other)


# The draft's comment names the sentence's word for a person (how bench.draft_rule_tally sorts them).
_BY_CUE = {"title": " after a person's title", "said": " before 'said'", "list": " beside a person found in a list",
           "scorecard": " in a scorecard", "line-up": " in a team's line-up", "": ""}


def _person_cue(text: str, tokens: list[Token], i: int, people: list[tuple[int, int]]) -> str:
    """What in the sentence says the word is a person's name: "title" (a person's title right before
    it: "President Bush"), "said" (right after it: "Costa said"), "list" (a registered person already
    found beside it in a list: "Bernat and Costa", "Costa, Bernat"), or ''."""
    token = tokens[i]
    if i > 0 and tokens[i - 1].text.lower() in _PERSON_TITLES and joined(text, tokens, i - 1, i):
        return "title"
    if _SAID_AFTER.match(text, token.end):
        return "said"
    if dismissal(text, tokens, i) or bowling_figures(text, token):
        return "title"
    before = _LIST_BEFORE.search(text, max(0, token.start - 8), token.start)
    after = _LIST_AFTER.match(text, token.end)
    if bool(before) and any(start < before.start() <= end for start, end in people) \
            or bool(after) and any(start <= after.end() < end for start, end in people):
        return "list"
    return ""


# Opening on a capital and closing on no space: not the words between one quotation and the next.
_QUOTED_TITLE = re.compile(r'["\u201c\u201e\u00ab](?=[^\W\d_])([^"\u201c\u201d\u201e\u00ab\u00bb\n]{3,80}?)(?<=\S)'
                           r'["\u201c\u201d\u00bb]')


def _words_of_quoted_titles(text: str) -> set[str]:
    """Keys of the words of the text's quoted titles: a quotation of two to eight words, each
    capitalised but function words ("Sophie's World", "The Quillstrand Files"), names a work."""
    words: set[str] = set()
    for match in _QUOTED_TITLE.finditer(text):
        inside = re.sub(r"['\u2019]s\b", "", match.group(1))
        title = re.findall(r"[^\W\d_]+", inside)
        if 2 <= len(title) <= 8 and title[0][:1].isupper() \
                and all(w[:1].isupper() or is_ordinary_word(w, "latin") for w in title) \
                and any(w[:1].isupper() for w in title[1:]):
            words.update(t.key for t in tokenize(inside))
    return words


def _bearers(gazetteer: Gazetteer) -> dict[str, set[Target]]:
    """Surname key -> the registered people it can name alone: those who bear it, unless the
    registry lists the word itself for exactly one of them ("Obama" an alias of Barack Obama,
    Michelle Obama registered too): then the registry has said whose it is."""
    if gazetteer.lone_bearers is not None:
        return gazetteer.lone_bearers
    table = dict(owners(gazetteer))
    listed: dict[str, set[Target]] = {}
    for key, forms in gazetteer.index.items():
        listed[key] = {f.target for f in forms if f.target.kind == "person" and " " not in f.surface.strip()
                       and "form" not in f.origin and f.partial == ONE_WORD_OF_A_PERSON}
    for key, people in listed.items():
        # Listed for one person: theirs, whether the word is also a surname of others or, spelt
        # otherwise ("Gadhafi" for Muammar Gaddafi), of no registered full name.
        if len(people) == 1 and (people <= table.get(key, set()) or key not in table):
            table[key] = people
    gazetteer.lone_bearers = table
    return table


# "M. Waugh", "E.F. ( Fritz ) Schumacher": initials right before a surname, a nickname between;
# "Alan John Percivale ( A.J.P. ) Taylor": the initials in brackets, after the given names they stand for.
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.\s?){1,3})\s*(?:\(\s*[^\W\d_]+\s*\)\s*)?$"
                              r"|\(\s*((?:[A-Z]\.\s?){1,3})\s*\)\s*$")


def _initials_of_another(text: str, start: int, person: Target) -> bool:
    """The initials before the surname at `start` are not those of the person's given name ("N.
    Williams" is not Mike Williams): another bearer of the surname, whom the registry does not hold."""
    match = _INITIALS_BEFORE.search(text, max(0, start - 24), start)
    if not match:
        return False
    given = {s[0].upper() for s in (person.name, *(getattr(person.entity, "aliases", None) or ()))
             if len(s.split()) > 1}
    return bool(given) and (match.group(1) or match.group(2))[0] not in given


def reads_as_english(tokens: list[Token]) -> bool:
    """No other language written in Latin letters has more of its own function words among the
    text's lower-case words than English has ("der", "und", "die" against "the", "and"); a text
    too short to tell ("Mr Quillstrand spoke.") is taken as English, as compose.py takes it."""
    # Not a letter alone: a cricket scorecard's "c" and "b" are Turkish and Polish stop words.
    lower = [t.text for t in tokens if t.text.islower() and len(t.text) > 1]
    english = _function_words("English")
    count = sum(w in english for w in lower)
    return all(sum(w in words and w not in english for w in lower) <= count
               for words in map(_function_words, _OTHER_LANGUAGES))


@lru_cache(maxsize=None)
def _function_words(language: str) -> frozenset[str]:
    import justext  # its stop lists, as ordinary.py uses them

    return frozenset(justext.get_stoplist(language))


def _looks_like_a_surname(word: str) -> bool:
    """Latin letters, capitalised and not all capitals (an acronym), three letters or more."""
    return len(word) >= 3 and script_of(word) == "latin" and word[0].isupper() and any(c.islower() for c in word[1:])


def _other_name_words(gazetteer: Gazetteer) -> frozenset[str]:
    """Keys of the words a surname alone must not be: every word of a registered name that is
    not a person's, and every word of a person's name but the last (a given or middle name)."""
    if gazetteer.other_name_words is not None:
        return gazetteer.other_name_words
    words: set[str] = set()
    for key, forms in gazetteer.index.items():
        if any(f.target.kind != "person" for f in forms):
            words.update(key.split(" "))
    for person in gazetteer.surnames:
        for spelling in (person.name, *(getattr(person.entity, "aliases", None) or ())):
            keys = [t.key for t in tokenize(without_suffix(spelling))]
            words.update(keys[:-1])
    gazetteer.other_name_words = frozenset(words)
    return gazetteer.other_name_words
