"""Three readings under which words that spell a registered organization's name name no
organization at all, whatever else the text says:

- a date: a day's or a month's name after a word of time ("on Wednesday", "since May",
  "last Friday") or before a day's number or a part of the day ("Wednesday night",
  "March 5") is the date, not a club registered as "Wednesday" (Sheffield Wednesday);
  the words a spokesman or a council says around it ("the council on Wednesday") are no
  evidence for the club;
- a post: a name whose last word is an office-holder's ("Foreign Minister", "Finance
  Secretary") names a person's post, not a body, even where a registry lists it among
  organizations (a registry made from every linked mention does: a "Foreign Ministry"
  linked to the article on foreign ministers). "Office of the President" is a body:
  a name with "of" in it is left alone;
- the head of another's name: a registered name of dictionary words only ("Democratic
  Party", "Football Association") right after a capitalised word that is no dictionary
  word and names no country ("the Kurdistan Democratic Party", "the Zorbland Football
  Association") is the generic end of that longer name, even where the longer name is
  registered too (linker.py's nested names count a name inside another only when certain);
  after a country's name or its people's ("the Indonesian Democratic Party") the
  namesakes' homes decide (homes.py). Not in a headline, which capitalises every word;
- a contact line: an agency's desk and its telephone number closing a wire story ("-- Reuters
  Toronto Bureau 416 941-8100", "Zorbco Newsdesk - 312-555-0100") credits who to call, as a
  byline credits who wrote it (credits.py): an organization named only there is no mention;
- a dateline's place: "BOSTON 1996-08-22", "ZORBTON, Examplia 1996-08-22" opening a wire
  story is where it was filed, even where the registry lists the city in capitals as a
  team's alias (a results table's "BOSTON" for the Red Sox);
- a word of a place's name: a one-word name that the capitalised word before it makes a
  city's or a country's part's name ("New York", "Kansas City", "Los Angeles") is that
  place, in a results table too, where every word is capitalised and the longer-name rule
  (longer.py) stands aside: "York" there is not York City F.C.;
- another country's body: a name of dictionary words that every country's body bears ("Finance
  Ministry", "Supreme Court"), matching only one registered body, tied to one country (homes.py),
  in a text that names other countries and not that one ("Dutch", "Greece", "PARIS"): the text's own
  country's ministry, unregistered. A proper name ("Bundesbank") keeps its meaning abroad;
- a count's unit: initials right after a number and ending their phrase ("tied with 100 RBI.",
  "35 homers and 107 RBI and"), a statistic's, not a body's ("15 EU states": a noun follows);
- a market's index: initials right before "Index" or "index" ("the ZRG Index", "the ZSE index") are
  the index, a number the body computes, as "UEFA Cup" is the competition (placealiases.py); a
  full name before it ("the Zorbton Stock Exchange index") stays the body, the index's owner;
- a national arm: an organization's name right followed by a country's name ("Zorbco Examplia's
  plant", "Zorbco Australia workers") names the body's branch in that country, a company of its
  own, not the body itself. In English only: Russian puts a genitive after a name ("МИД Ирана",
  Iran's foreign ministry);
- a region's body: a registered Russian name written as a description ("Министерство
  здравоохранения") followed by a region's name or kind in the genitive ("... Тверской области",
  "... Англии", "... республики") is that region's body (russian_case.py);
- a country's part's body: a state body's name after "state" or a part's possessive, or before
  "of" and a part ("the state Senate", "California's Senate", "the Supreme Court of Ohio": statelevel.py);
- a school's team: a university's or a college's name right before a sport's name ("the Florida
  State football game", "Zorbton basketball") names its team in that sport, not the school;
- a site: a name between "at" or "in" and "near" a place's name ("held at Crystal Palace near
  London") is where something happened, not the body named after it;
- a paper's place: a place's name an organization is registered under, right before a paper's
  word ("the New York Times", "the Brisbane Times"), is the paper's name, named after the place;
- initials another body bears: a city right after them, or one letter alone (initials.py);
- a player's record: on a page about sport, an organization's one-word name right before a pair of
  numbers in a bracket ("Hanson ( 11-15 ) allowed three hits": a pitcher's wins and losses) names the
  player whose record it is, not a company; a team's record is written so too ("Zorbton ( 60-69 )"),
  so not where any organization the word names is a team (its name marks a sport or has a team's
  short name: teamnames.short_names);
- a word of a player's club: a club's city inside the bracket after a player's full name on a list of
  players ("Ciriaco Zorbel ( Inter Milan )": tables.players_clubs) is a word of the one name the bracket
  holds, not the club named after the city;
- a player's surname in a sports headline: a one-word name in capitals on a page's first line that
  names a sport, whose body names a registered person by a given name and that word and uses it no
  other way ("SOCCER - KEANE SIGNS ..." over "Roy Keane has signed"), is the player, not a company
  (headlinesurnames.py);
- a team of another sport: on a page whose first line names one sport, a team whose every
  registered name says another ("KK Partizan", a basketball club, on a football page), by a
  short form (sportspages.py).
"""

from __future__ import annotations

import re

from .bodies import story_countries
from .clubs import CLUB_WORD, after_another_names_word
from .dateline import NUMERIC_DATELINE, dateline_place_end
from .gazetteer import Form, Gazetteer, Target
from .headlines import title_case_line
from .headlinesurnames import a_persons_surname_in_a_headline
from .homes import tied_countries
from .initials import initials_read_otherwise
from .institutions import calendar_word
from .lexicon import is_english_word
from .otherwise import is_a_place, read_otherwise
from .othernames import another_name_opening
from .placealiases import a_competitions_name, a_description, a_teams_place
from .russian_case import place_in_own_name, regional_body
from .scorecards import goal_scorer, players_record
from .tables import within_a_players_club
from .sports import SPORT_NAMES
from .sportspages import a_cars_make, another_sports_team, football_club_on_another_sports_page, team_sports
from .sportsreading import sports_reading
from .statelevel import a_parts_body
from .teamnames import short_names
from .text import Token, script_of

# Words before a day's or a month's name that make it a date.
_TIME_WORDS = {"on", "last", "next", "this", "since", "until", "till", "by", "from", "through", "every", "each",
               "early", "late", "before", "after", "of", "in", "to", "between", "and", "or", "that", "mid",
               "said", "says", "announced", "reported"}  # "the company said Wednesday": when it said so
# Words after it that make it a date ("Wednesday night"); a day's number does too.
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "noon", "midday", "overnight"}
# The last word of a post's title: a person holds it, a body does not.
_OFFICE_HOLDERS = {"minister", "secretary", "president", "premier", "chancellor", "governor", "ambassador",
                   "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "commissioner",
                   "mayor", "envoy", "prosecutor", "treasurer", "undersecretary", "vice-president"}


def misread(text: str, tokens: list[Token], start: int, end: int, forms: list[Form], gazetteer: Gazetteer,
            short_form_taken: bool = False) -> str:
    """Why tokens [start, end), matched as registered organizations only, name none here, or ''.
    `short_form_taken`: shortforms.py takes the word as an organization's short form (a name by
    itself, or a club's city in a match report), which a team's place does not overrule."""
    if not forms or any(f.target.kind != "organization" for f in forms):
        return ""
    return initials_read_otherwise(text, tokens, start, end, forms) \
        or _a_date(text, tokens, start, end) or _a_post(tokens, start, end) or _a_contact_line(text, tokens[start]) \
        or _a_dateline_place(text, tokens[start]) or _a_goals_scorer(text, tokens, start, end) \
        or _a_players_record(text, tokens, start, end, forms, gazetteer) \
        or _a_players_surname(text, tokens, start, end, gazetteer) \
        or _a_clubs_city_in_another_name(text, tokens, start, end, forms) \
        or _a_longer_names_head(text, tokens, start, end, gazetteer) or _a_place_word(text, tokens, start, end) \
        or another_name_opening(text, tokens, start, end, forms) \
        or _another_sports_team(text, tokens, start, end, forms) \
        or a_cars_make(text, tokens, start, end, [f.target for f in forms], gazetteer.lookup) \
        or _another_countrys_body(text, tokens, start, end, forms, gazetteer) or _a_counts_unit(text, tokens, start, end, forms) \
        or a_teams_place(text, tokens, start, end, forms, short_form_taken, gazetteer) or a_description(text, tokens, start, end, forms, gazetteer) \
        or a_competitions_name(text, tokens, start, end) or _a_market_index(text, tokens, start, end) \
        or _a_national_arm(text, tokens, start, end, gazetteer) \
        or _a_regions_body(text, tokens, start, end, forms, gazetteer) \
        or a_parts_body(text, tokens, start, end, forms, gazetteer) \
        or _a_schools_team(text, tokens, start, end, forms) \
        or _a_site_near_a_place(text, tokens, start, end, gazetteer) \
        or _a_papers_place(text, tokens, start, end, gazetteer)


def _another_sports_team(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    targets, written = list({f.target for f in forms}), text[tokens[start].start:tokens[end - 1].end]
    return football_club_on_another_sports_page(text, targets, written) or another_sports_team(text, targets, written)


def _a_goals_scorer(text: str, tokens: list[Token], start: int, end: int) -> str:
    """A word before a goal's minute in a match result's bracket is its scorer ("Zorbton 3 ( Dundee
    56th )"): a player, though named like a city and its club (scorecards.goal_scorer)."""
    if goal_scorer(text, tokens[start].start, tokens[end - 1].end):
        return "a goal's scorer in a match result, a player"
    return ""


def _a_players_record(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                       gazetteer: Gazetteer) -> str:
    """A one-word name before a pair of numbers in a bracket, on a page about sport, is a player's with
    that record ("Hanson ( 11-15 )"; scorecards.players_record), where no organization it names is a team."""
    if end - start != 1 or not players_record(text, tokens[end - 1].end) or not sports_reading(text).about_sport:
        return ""
    if any(team_sports(f.target) or any(short_names(n, gazetteer) for n in (f.target.name,
                                         *(getattr(f.target.entity, "aliases", None) or []))) for f in forms):
        return ""
    return "a player's record in a bracket after the name on a page about sport ('( W-L )'), a player's"


def _a_players_surname(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> str:
    """A sports headline's word in capitals that the body uses only in a registered person's full name
    ("KEANE SIGNS" over "Roy Keane has signed"): the player, by his surname (headlinesurnames.py)."""
    if a_persons_surname_in_a_headline(text, tokens, start, end, gazetteer):
        return "a sports headline's surname of a person the body names in full, a player's"
    return ""


def _a_clubs_city_in_another_name(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    """A club's city, the only reading, after another name's word ("Inter Milan", "Paulinho Santos";
    clubs.after_another_names_word)."""
    written = tokens[start].text  # a one-word spelling in capitals ("MILAN") is not read in "Milan" (case_rules.py)
    read = [f for f in forms if not (f.surface.isupper() and " " not in f.surface and not written.isupper())]
    if not read or not all(f.partial == CLUB_WORD for f in read):
        return ""
    if within_a_players_club(text, tokens[start].start, tokens[end - 1].end):
        return "a word of a player's club's name in the bracket after his name, a club of its own"
    names = [n for f in forms for n in (f.target.name, *(getattr(f.target.entity, "aliases", None) or ()))]
    return after_another_names_word(text, tokens, start, end, names, title_case_line)


def _a_date(text: str, tokens: list[Token], start: int, end: int) -> str:
    if end - start != 1 or not calendar_word(tokens[start].text):
        return ""
    before = tokens[start - 1].text.lower() if start > 0 else ""
    after = tokens[end] if end < len(tokens) else None
    joined = after is not None and text[tokens[start].end:after.start] in (" ", ", ")
    if before in _TIME_WORDS or joined and (after.text.isdigit() and len(after.text) <= 2
                                            or after.text.lower() in _PARTS_OF_DAY):
        return "a date here, not a name"
    return ""


def _a_post(tokens: list[Token], start: int, end: int) -> str:
    words = [t.text.lower() for t in tokens[start:end]]
    if words[-1] in _OFFICE_HOLDERS and "of" not in words:
        return "a post's title, held by a person, not a body"
    return ""


# A line ending in a telephone number: seven digits or more, in groups.
# The number may close the bracket the line opens: "-- ( New York commodities desk 212 859 1646 )".
_PHONE_AT_END = re.compile(r"[+(]?\d[\d ()+-]{5,}\d\.?\s*\)?\s*$")
_DESK_WORDS = re.compile(r"\b(?:[Nn]ewsdesk|[Nn]ews ?[Rr]oom|[Dd]esk|[Bb]ureau|Tel)\b")


def _a_contact_line(text: str, token: Token) -> str:
    start = text.rfind("\n", 0, token.start) + 1
    stop = text.find("\n", token.start)
    line = text[start:stop if stop >= 0 else len(text)]
    phone = _PHONE_AT_END.search(line)
    if not phone or sum(ch.isdigit() for ch in phone.group()) < 7 or len(line) > 120:
        return ""
    if line.lstrip().startswith(("-", "—", "–")) or _DESK_WORDS.search(line):
        return "an agency's contact line, not a mention"
    return ""


# A line of its own holding a place (and its region) and a numeric date: a wire story's dateline.
# The place may be of several words ("SAN DIEGO 1996-08-26") and its region abbreviated ("KANSAS CITY,
# Mo."), and the date may stand on the next line. Or a line opening with a place (and its region) in
# capitals and the agency or the date: "BIRMINGHAM, England (AP) --", "DUSHANBE, May 31. /TASS/.".
def _a_dateline_place(text: str, token: Token) -> str:
    start = text.rfind("\n", 0, token.start) + 1
    stop = text.find("\n", token.start)
    following = text.find("\n", stop + 1) if stop >= 0 else -1
    if NUMERIC_DATELINE.fullmatch(text, start, stop if stop >= 0 else len(text)) \
            or stop >= 0 and NUMERIC_DATELINE.fullmatch(text, start, following if following >= 0 else len(text)) \
            or token.start - start < dateline_place_end(text[start:stop if stop >= 0 else len(text)]):
        return "the dateline's place, where the story was filed"
    return ""


def _a_longer_names_head(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> str:
    if end - start < 2 or start == 0 or not all(t.text[:1].isupper() and is_english_word(t.text)
                                                for t in tokens[start:end]):
        return ""
    before = tokens[start - 1]
    # A word in another script than the name's is the sentence's own ("Газета Global Times": a Russian
    # sentence's word before a Latin name), not a word of the name.
    if text[before.end:tokens[start].start] != " " or not before.text[:1].isupper() or not before.text.isalpha() \
            or is_english_word(before.text) or before.key in gazetteer.place_keys \
            or title_case_line(text, before.start) or script_of(before.text) != script_of(tokens[start].text):
        return ""
    return f"the end of the longer name '{text[before.start:tokens[end - 1].end]}'"


def _a_place_word(text: str, tokens: list[Token], start: int, end: int) -> str:
    if end - start != 1 or start == 0:
        return ""
    before, word = tokens[start - 1], tokens[start]
    if text[before.end:word.start] != " " or not before.text[:1].isupper():
        return ""
    place = f"{before.text} {word.text}"
    if is_a_place(place):
        return f"a word of the place's name '{place}'"
    return ""


def _a_site_near_a_place(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> str:
    """Between "at" or "in" and "near" a place's name, a name is where something happened, a site
    ("held at Crystal Palace near London"), not the body named after it. Not "at Zorbco in
    London" (who one works for) nor "with Zorbco near Zorbton" (a party to a clash)."""
    if start == 0 or end + 1 >= len(tokens) or tokens[start - 1].text not in ("at", "in") \
            or tokens[end].text != "near" or not tokens[end + 1].text[:1].isupper() \
            or text[tokens[end - 1].end:tokens[end].start] != " ":  # "works at Zorbco, near London": the employer
        return ""
    place = tokens[end + 1].text
    if end + 2 < len(tokens) and tokens[end + 2].text[:1].isupper() and is_a_place(f"{place} {tokens[end + 2].text}"):
        place = f"{place} {tokens[end + 2].text}"
    if not is_a_place(place, gazetteer):
        return ""
    written = text[tokens[start].start:tokens[end - 1].end]
    return f"a site: '{written}' {tokens[start - 1].text} it, near the place '{place}'"


# The last word of a newspaper's name, which papers take after their city ("The New York Times").
_PAPER_WORDS = {"Times", "Post", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Examiner", "Observer",
                "Courier", "Telegraph", "Globe", "Star", "Sun", "Mail", "Express", "Independent", "Guardian"}


def _a_papers_place(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> str:
    """A place's name that an organization is registered under (a team's city, or a place a registry
    files among organizations) right before a paper's word ("the New York Times", "Los Angeles
    Times") is the paper's name, named after the place: neither the team nor the place."""
    if end >= len(tokens) or tokens[end].text not in _PAPER_WORDS or text[tokens[end - 1].end:tokens[end].start] != " ":
        return ""
    written = text[tokens[start].start:tokens[end - 1].end]
    if not is_a_place(written, gazetteer, every_level=True):
        return ""
    return f"part of the paper's name '{written} {tokens[end].text}', named after the place"


# Words a generic body's name may hold besides dictionary words.
_LINKS = {"of", "the", "for", "and"}


def _another_countrys_body(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                           gazetteer: Gazetteer) -> str:
    targets = {f.target for f in forms}
    words = [t.text for t in tokens[start:end]]
    if len(targets) != 1 or not all(w.lower() in _LINKS or is_english_word(w) for w in words):
        return ""
    home = tied_countries(next(iter(targets)), gazetteer)
    named = _countries_named(text, tokens, gazetteer) | story_countries(text, gazetteer) if home else set()
    if named and not home & named:
        return f"a body every country has ('{' '.join(words)}'), registered only as " \
               f"{'/'.join(sorted(c.name for c in home))}'s, in a text about {', '.join(sorted(c.name for c in named))}"
    return ""


def _countries_named(text: str, tokens: list[Token], gazetteer: Gazetteer) -> set[Target]:
    """The countries the text names by a name, its people's ("the Dutch government") or its capital's
    ("PARIS 1996-08-28"); not a name the text reads otherwise ("the Gulf of Mexico" is a sea's)."""
    found = set()
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        if token.key in gazetteer.capitals:
            found.add(gazetteer.capitals[token.key])
        for j in range(i + 1, min(len(tokens), i + gazetteer.max_tokens) + 1):
            countries = [f for f in gazetteer.lookup(" ".join(t.key for t in tokens[i:j])) if f.target.kind == "country"]
            if countries and not read_otherwise(text, tokens, i, j, countries, {}):
                found.update(f.target for f in countries)
    return found


# Words after a count's unit that end the phrase: no noun follows for the initials to qualify.
_FRACTION = re.compile(r"(?<![\w.])\d+\.\d+ $")
_PHRASE_ENDS = {"and", "or", "but", "in", "on", "for", "with", "at", "of", "to", "this", "last", "so", "as"}


def _a_counts_unit(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    if end - start != 1 or start == 0 or not all(f.acronym for f in forms):
        return ""
    count, after = tokens[start - 1], tokens[end] if end < len(tokens) else None
    if not count.text.replace(",", "").isdigit() or text[count.end:tokens[start].start] != " ":
        return ""
    fraction = _FRACTION.search(text, max(0, tokens[start].start - 24), tokens[start].start)
    if fraction:  # "12.5 BP": a measure's unit, never a count of bodies
        return f"a measure's unit ('{text[fraction.start():tokens[start].end]}'), not a body"
    if after is None or text[tokens[start].end:after.start].strip() or after.text.lower() in _PHRASE_ENDS:
        return f"a count's unit ('{count.text} {tokens[start].text}'), not a body"
    if _a_terms_line(text, tokens[start].start):  # "MGT / UND 5 BP SELL CONC 5 BP PRAECIP ="
        return f"a count's unit ('{count.text} {tokens[start].text}') in a line of terms, not a body"
    return ""


def _a_terms_line(text: str, at: int) -> bool:
    """A line of a market report's terms (a bond's fees, its rating): all in capitals, ending in '='."""
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return line.endswith("=") and not any(c.islower() for c in line)


# The words of a school's registered name: its sports teams go by the school's name and the sport.
_SCHOOL_WORDS = {"university", "college", "school"}


def _a_schools_team(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    if end >= len(tokens) or text[tokens[end - 1].end:tokens[end].start] != " " \
            or not SPORT_NAMES.get(tokens[end].text) \
            or not all(_SCHOOL_WORDS & set(f.target.name.lower().split()) for f in forms) \
            or any(SPORT_NAMES.get(w) for f in forms for w in f.target.name.lower().split()):
        return ""  # "Zorbton University Football Club" is registered as the team itself
    return f"the school's {tokens[end].text} team ('{text[tokens[start].start:tokens[end].end]}'), not the school"


def _a_market_index(text: str, tokens: list[Token], start: int, end: int) -> str:
    written = text[tokens[start].start:tokens[end - 1].end]  # initials: "ZRG", "S&P"
    if not written.isupper() or " " in written or end >= len(tokens) or tokens[end].text not in ("Index", "index", "INDEX") \
            or text[tokens[end - 1].end:tokens[end].start] != " ":
        return ""
    return "a market's index, not the body"


def _a_regions_body(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                    gazetteer: Gazetteer) -> str:
    def country_word(key: str) -> bool:
        return any(f.target.kind == "country" for f in gazetteer.lookup(key))
    longer = regional_body(text, tokens, start, end, country_word)
    place = tokens[end].text if longer else ""  # the place's own word ("Якутии", "Тверской"), not "области"
    if not longer or place[:1].isupper() and place_in_own_name(place, [(f.target.name, f.surface) for f in forms]):
        return ""  # "Минкультуры Якутии" for a registered "Министерство культуры Республики Саха (Якутия)"
    return f"part of the longer name '{longer}', a region's body"


def _a_national_arm(text: str, tokens: list[Token], start: int, end: int, gazetteer: Gazetteer) -> str:
    if end >= len(tokens) or text[tokens[end - 1].end:tokens[end].start] != " " or not tokens[end].text[:1].isupper() \
            or script_of(tokens[end].text) == "cyrillic":
        return ""
    for stop in range(min(len(tokens), end + gazetteer.max_tokens), end, -1):
        if any(f.target.kind == "country" and not f.origin.startswith("demonym")  # "Brannox Japanese plants"
               for f in gazetteer.lookup(" ".join(t.key for t in tokens[end:stop]))):
            country = text[tokens[end].start:tokens[stop - 1].end]
            return f"the body's arm in {country} ('{text[tokens[start].start:tokens[stop - 1].end]}'), " \
                   f"a body of its own"
    return ""
