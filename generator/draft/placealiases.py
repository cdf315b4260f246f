"""Three more readings under which a registered organization's spelling names no organization
(misreadings.py gathers them all):

- a team's place: an organization registered under an alias that is only its place's name
  ("Los Angeles" for the Los Angeles Dodgers, "FLORIDA" for the Florida Marlins, "Hampshire"
  for Hampshire County Cricket Club, "Cologne" for 1. FC Köln) is that place outside a
  sports page: "flew to Los Angeles", "the Atlanta-based company", "the southern county of
  Hampshire". A registry made from every linked mention lists such aliases because results
  tables write teams by their cities ("LOS ANGELES 5 Florida 3"); a news story writes the
  team by its name. The alias is a place when it is a city of 15,000 people or more
  (GeoNames, by its spellings), or a country's part of any level (ISO 3166-2), and it is
  the place the organization is named after: its words are words of the registered name,
  or it is another spelling of one ("Cologne" for "Köln", "Nuremberg" for "Nürnberg": GeoNames'
  alternate names). After "in", "near" or "of", or before a place's noun ("Zorbco's Atlanta
  office", "Denver police", "the Chicago suburbs"), it is the place anywhere. The team is still read (the linker's evidence decides) in a text about
  sport (sportsreading.about_sport: a headline naming one, or four of sport's words: "coach",
  "goals", "Bundesliga"; not only a results page: prose match reports name clubs so), on a
  table's row (a number after it), in a sentence stating a result, before a player's role, a
  team word or a sport's name ("the Marseille soccer team"), where the text also writes the
  organization's name or an alias that is no place ("Dodgers"), and for a one-word short form
  shortforms.py takes (a town's name by itself, a club's city in a match report) unless it
  names a region;
- a description in lower case: a registered name of two words or more, capitalised in the
  registry, whose words the text writes in lower case ("the nation's new welfare law" for
  the magazine The Nation, "5,000 U.S. air force personnel", "the north Melbourne suburb")
  describes a kind of thing, not the body: a name is what its capitals make it. Only where
  the capitals left name a place or a country, or none is left but "The": "the Green party",
  "Reuters television", "al Qaeda" are still the names. A text written all in lower case
  says nothing by its case;
- a competition's name: a body's name right before a competition's word ("UEFA Cup", "ATP
  Tour") names the competition the body runs.
"""

from __future__ import annotations

import re

from .gazetteer import Form, Gazetteer
from .lexicon import city_spellings, is_city, spells_the_city
from .sports import SPORT_NAMES
from .clublists import in_a_list_of_clubs
from .sportsreading import sports_reading
from .tables import result_in_sentence, role_after
from .otherwise import country_parts, is_a_place
from .lowered_ru import LOWERED
from .russian_case import lowered_russian_name
from .text import Token, name_key, name_words, token_key


def a_teams_place(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                  short_form_taken: bool = False, gazetteer: Gazetteer | None = None) -> str:
    """Why a place's name registered as a team's alias names the place here, or ''. A one-word short
    form shortforms.py takes (`short_form_taken`: "Chelsea", a town's name by itself, or "Freiburg"
    in a match report) is read as a place only after a place word, unless it names a region."""
    if not forms or any(f.origin != "alias" or f.acronym or f.target.kind != "organization" for f in forms):
        return ""
    written = text[tokens[start].start:tokens[end - 1].end]
    if not all(_named_after(written, f.target.name) for f in forms):
        return ""
    before = tokens[start - 1].text if start else ""
    if before in _PLACE_WORDS:  # "qualifying rounds in Los Angeles", on a sports page too
        return f"the place '{written}' after '{before}', not the team named after it"
    if end < len(tokens) and tokens[end].text.lower() in _PLACE_NOUNS and text[tokens[end - 1].end:tokens[end].start] == " ":
        return f"the place '{written}' before '{tokens[end].text}', not the team named after it"
    # shortforms.py reads a city's name; a region's ("Hampshire") is no name by itself for it either.
    if short_form_taken and any(f.partial for f in forms) and name_key(written) not in country_parts(every_level=True):
        return ""
    if sports_reading(text).about_sport or _a_teams_place_in_a_table(text, tokens[end - 1].end) \
            or result_in_sentence(text, tokens[start].start, tokens[end - 1].end) or role_after(text, tokens[end - 1].end) \
            or end < len(tokens) and tokens[end].text.lower() in _TEAM_OR_SPORT_WORDS \
            or any(_otherwise_named(f.target, text) for f in forms) \
            or gazetteer is not None and in_a_list_of_clubs(text, tokens[start].start, tokens[end - 1].end,
                                                            {f.target for f in forms}, gazetteer):
        return ""
    return f"the place '{written}', not the team named after it: no text about sport, and the text names " \
           "the team by no other name"


# Words before a place that a team's name never follows: "in Los Angeles", "north of Chicago". Not
# "at" or "to": "lost to Chicago", "TORONTO AT CHICAGO" name the teams.
_PLACE_WORDS = {"in", "near", "outside", "around", "across", "of"}


# A word right after the place that makes it the place, wherever it is: "Zorbco's Atlanta office", "the
# Chicago suburbs", "Denver police". A team has players and a ground, not offices or suburbs.
_PLACE_NOUNS = {"office", "offices", "plant", "factory", "branch", "bureau", "headquarters", "airport", "suburb",
                "suburbs", "area", "district", "region", "police", "residents", "mayor", "hospital", "hotel"}


# A word right after the place that makes it a team: "the Scotland team", "the Denver side", or a
# sport's name ("the Marseille soccer team").
_TEAM_WORDS = {"team", "side", "squad", "club", "eleven", "fifteen", "xi", "xv", "players", "fans", "supporters"}
_SPORT_WORDS = frozenset(SPORT_NAMES)
_TEAM_OR_SPORT_WORDS = _TEAM_WORDS | _SPORT_WORDS


_SCORE_AFTER = re.compile(r"[ \t]+\d")


def _a_teams_place_in_a_table(text: str, end: int) -> bool:
    """A number follows on the same line: a results table's or a standings' row ("Adelaide 14.12 ( 96 )",
    "St Kilda 21 9 0 12"), where a place's name is its team's."""
    return bool(_SCORE_AFTER.match(text, end))


def _named_after(written: str, name: str) -> bool:
    """`written` is a place `name` holds: its words, or another spelling of its city ("Cologne")."""
    words, in_name = name_words(written), name_words(name)
    if _holds(in_name, words) and len(in_name) > len(words):
        # The head of "X of Y" is what the body is, not where ("Commonwealth" of the Commonwealth of
        # Nations); a name is named after the place its "of" introduces ("University of Zorbford").
        return is_a_place(written, every_level=True) and not _head_before_of(in_name, words)
    return len(words) == 1 and any(written.lower() in {s.lower() for s in city_spellings(w)}
                                   or spells_the_city(written, w) for w in re.findall(r"\w+", name) if len(w) > 2)


def _head_before_of(name_words: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(name_words[i:i + n] == words and i + n < len(name_words) and name_words[i + n] == _OF
               for i in range(len(name_words) - n))


_OF = token_key("of")


def _otherwise_named(target, text: str) -> bool:
    """The text writes the organization's registered name, or an alias that is no place."""
    entity = target.entity
    names = [target.name, *(getattr(entity, "aliases", None) or ())]
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", lowered) for n in names
               if n and not is_a_place(n, every_level=True) and not _named_after(n, target.name))


def _holds(words: list[str], part: list[str]) -> bool:
    return any(words[i:i + len(part)] == part for i in range(len(words) - len(part) + 1))


# Words a name capitalises that say nothing in lower case ("the Times" is The Times).
_LINKS = {"the", "of", "and", "for", "a", "an", "de", "la", "le", "les", "el", "der", "die", "das", "von", "van"}


def a_description(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                  gazetteer: Gazetteer) -> str:
    """Why a registered name written with its capitalised words in lower case is a description, or ''."""
    if end - start < 2 or not forms or all(LOWERED in f.origin for f in forms):
        return ""  # read as a description of the body whose country the text names (lowered_ru.py)
    written = [t.text for t in tokens[start:end] if t.text[:1].isalpha()]
    if not any(t.islower() for t in written) or text.islower():
        return ""
    for form in forms:
        surface = [w for w in re.findall(r"\w+", form.surface) if w[:1].isalpha()]
        if len(surface) != len(written) or len(surface) < 2:
            return ""
        lowered = [w for w, s in zip(written, surface) if s[:1].isupper() and len(s) > 1 and w.islower()
                   and token_key(w) == token_key(s) and w not in _LINKS]
        if not lowered or lowered_russian_name(form.surface, tokens[start:end]):
            return ""  # or Russian's spelling of the name: "правительство Великобритании" (russian_case.py)
    # "Reuters television", "the Green party", "al Qaeda" are still the names: the words kept in
    # capitals say which. Only a place or its initials ("U.S.", "Melbourne") or "The" says nothing.
    kept = [t for t in tokens[start:end] if t.text[:1].isupper() and t.text.lower() not in _LINKS]
    if kept and not _places_only(kept, gazetteer):
        return ""
    return f"'{' '.join(written)}' in lower case: a description, not the name"


def _places_only(kept: list[Token], gazetteer: Gazetteer) -> bool:
    """The capitalised words name a country (by its name, initials or people) or a place."""
    key = " ".join(t.key for t in kept)
    written = " ".join(t.text for t in kept)
    plain = written.title() if written.isupper() else written
    # A town's name may be a word ("Green", Ohio): only a large city's or a region's says "place" here.
    return any(f.target.kind == "country" for f in gazetteer.lookup(key)) or key in gazetteer.place_keys \
        or is_city(plain) or key in country_parts(every_level=True)


# A competition's or a prize's last word: after a body's name, the words name the competition it
# runs ("UEFA Cup", "ATP Tour"), not the body.
_COMPETITIONS = {"cup", "trophy", "championship", "championships", "games", "prize", "award", "awards", "tour",
                 "masters", "series"}


def a_competitions_name(text: str, tokens: list[Token], start: int, end: int) -> str:
    """Why a registered name right before a competition's capitalised word ("UEFA Cup") names the
    competition, or ''."""
    if end >= len(tokens):
        return ""
    after = tokens[end]
    if text[tokens[end - 1].end:after.start] != " " or not after.text[:1].isupper() \
            or after.text.lower() not in _COMPETITIONS:
        return ""
    return f"the competition's name '{text[tokens[start].start:after.end]}', not the body's"
