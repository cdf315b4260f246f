"""A country's name or demonym that the words around it make part of something else: a
place named after it ("New Jersey", "Northern Ireland", "the state of Georgia"), an event
or competition ("the Vietnam War", "the French Open", "the American League"), a currency
a language ("written in Spanish", "a German translation",
"in English, French and Arabic"), a company's name ("Penn Treaty American Corp", "American
Express"), or a compound that only describes ("American-style warrants", "a French-registered
company"). None of these makes the story about that country; a wrong country costs the reader
more than a missing one, so such a spelling references nothing.

A country's name inside a longer name that is an institution of that country ("Bank of
Japan", "Germany's Foreign Ministry") is NOT read otherwise: a record about a country's
central bank or ministry involves that country (homes.py ties such bodies to it)."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Form
from .morph import analyzer
from .text import Token

# Capitalized words after a country's name or people that make the phrase an event's name.
_EVENTS = frozenset({"war", "wars", "revolution", "affair", "open", "cup", "league", "grand", "masters",
                     "championship", "championships", "games", "rules", "derby", "classic", "rally", "trophy"})
# "Latin American", "North American": a continent's people, not one country's.
_CONTINENT_PARTS = frozenset({"latin", "north", "south", "central"})
# Hyphened words that make the country's name describe another thing's manner or seat.
_DESCRIBING = frozenset({"style", "registered", "educated", "trained", "made", "built", "listed"})
_COMPANY_ENDS = frozenset({"corp", "corporation", "inc", "incorporated", "co", "ltd", "plc", "llc", "ag", "nv",
                           "airlines", "airways", "express", "holdings"})
_BODIES = frozenset({"institute", "centre", "center", "council", "committee", "foundation", "fund", "society",
                     "association", "campaign", "coalition", "alliance", "commission", "league", "movement"})
_LANGUAGE_NOUNS = frozenset({"translation", "translations", "language", "languages", "version", "versions",
                             "speaking", "speaker", "speakers", "subtitles", "dialect", "dubbed", "edition"})
# A navy's prefix before a ship's name ("USS Holland", "HMS Ireland", "SS France"): ships are named
# after countries, states and cities, and the prefix makes the name the ship's, in capitals only.
_SHIP_PREFIXES = frozenset({"USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "SS"})
_AFTER_A_LANGUAGE = frozenset({"and", "or", "but", "by", "with", "from", "to", "on", "for", "as"})


def country_read_otherwise(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    """Why the words around a country's spelling make it part of something else, or ''."""
    if not forms or not all(f.target.kind == "country" for f in forms):
        return ""
    demonym = all(f.origin == "demonym" for f in forms)
    written = text[tokens[start].start:tokens[end - 1].end]
    before = tokens[start - 1] if start > 0 else None
    after = tokens[end] if end < len(tokens) else None
    gap_before = text[before.end:tokens[start].start] if before else ""
    gap_after = text[tokens[end - 1].end:after.start] if after else ""
    spaced_after = after is not None and gap_after.lstrip(".") == " "
    lowered = _a_word_in_lower_case(written, forms)
    if lowered:
        return f"'{lowered}' written in lower case: a direction or a word, not the country's name"
    if before and gap_before == " " and before.text[:1].isupper():
        phrase = f"{before.text} {written}"
        if before.text in _SHIP_PREFIXES:
            return f"a ship's name ('{phrase}')"
        if demonym and before.text.lower() in _CONTINENT_PARTS:
            return f"a continent's or region's people ('{phrase}')"
        if not demonym and (before.text.lower() == "new" or _another_countrys_subdivision(phrase, forms)
                            or _a_russian_regions_name(before.text, written, forms)):
            return f"part of another place's name ('{phrase}')"
    if not demonym and re.search(rf"\bstate of {re.escape(written)}\b", text):
        # One sense per story: "the state of Georgia" makes every bare "Georgia" in it the state.
        return f"a state named like the country ('state of {written}' in the text)"
    if before and start >= 2 and before.text == "of" and tokens[start - 2].text.lower() in _COMPANY_ENDS \
            and tokens[start - 2].text[:1].isupper():
        return f"part of a company's name ('{tokens[start - 2].text} of {written}')"
    subject = _a_bodys_subject(text, tokens, start)
    if subject:
        return f"the subject of an organization's name ('{subject}')"
    if after is None:
        return ""
    if spaced_after and after.text[:1].isupper() and after.text.lower() in _EVENTS:
        return f"part of an event's name ('{written} {after.text}')"
    if tokens[end - 1].hyphen_after and end + 1 < len(tokens) and after.text[:1].isupper() \
            and tokens[end + 1].text.lower() in _EVENTS and tokens[end + 1].text[:1].isupper():
        return f"part of an event's name ('{written}-{after.text} {tokens[end + 1].text}')"
    if tokens[end - 1].hyphen_after and after.text.lower() in _DESCRIBING:
        return f"a compound that describes ('{written}-{after.text}')"
    company = _company_name(text, tokens, start, end)
    if company:
        return f"part of a company's name ('{company}')"
    if demonym and _a_language(text, tokens, start, end):
        return f"the language ('{written}')"
    return ""


def _a_word_in_lower_case(written: str, forms: list[Form]) -> str:
    """'the rebels in south Sudan': a capitalized word of a country's name of several words
    written in lower case is a direction or an ordinary word, not that name."""
    words = written.split()
    if len(words) < 2:
        return ""
    for form in forms:
        names = form.surface.split()
        if len(names) == len(words):
            for word, name in zip(words, names):
                if word[:1].islower() and name[:1].isupper():
                    return word
    return ""


def _another_countrys_subdivision(phrase: str, forms: list[Form]) -> bool:
    """'Northern Ireland' (GB-NIR), 'New Mexico' (US-NM): a province or state of another
    country, by ISO 3166-2. 'Western Australia' is Australia's own, so it stays Australia."""
    owners = _subdivisions().get(phrase.lower())
    return bool(owners) and not owners & {f.target.id for f in forms}


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    import pycountry

    out: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        out.setdefault(subdivision.name.lower(), set()).add(subdivision.country_code)
    return {name: frozenset(codes) for name, codes in out.items()}


def _a_russian_regions_name(adjective: str, written: str, forms: list[Form]) -> bool:
    """'Северной Ирландии', 'Южной Осетии': a capitalised Russian adjective that agrees with a
    country's one-word name right after it makes, with it, the proper name of another place
    (Russian capitalises only a proper name's first word, so a direction is written in lower
    case: "на востоке Украины", "восточная Украина"). A country's own name of two words
    ("Новая Зеландия") is matched whole before this; a region ISO 3166-2 gives the same country
    in Russian ("Западная Австралия") stays that country, as in English."""
    if " " in written or not re.fullmatch(r"[\u0400-\u04ff]+", adjective + written):
        return False
    morph = analyzer()
    nouns = [p for p in morph.parse(written) if p.tag.POS == "NOUN"]
    adjectives = [p for p in morph.parse(adjective) if p.tag.POS == "ADJF"]
    agreeing = [(a.normal_form, n.normal_form) for a in adjectives for n in nouns
                if a.tag.case == n.tag.case and a.tag.number == n.tag.number
                and (n.tag.number == "plur" or a.tag.gender == n.tag.gender)]
    if not agreeing:
        return False
    # The place is looked up by the readings that agree, not by each word's likeliest one
    # ("Округу" is likeliest "округа", a neighbourhood; after "Южному" it is "округ").
    own = _russian_subdivisions().get(agreeing[0], frozenset())
    return not own & {f.target.id for f in forms}


@lru_cache(maxsize=1)
def _russian_subdivisions() -> dict[tuple[str, ...], frozenset[str]]:
    """The Russian names of ISO 3166-2 subdivisions pycountry ships, as the dictionary forms of
    their words -> the countries they belong to."""
    import gettext

    import pycountry

    translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    out: dict[tuple[str, ...], set[str]] = {}
    for subdivision in pycountry.subdivisions:
        russian = translation.gettext(subdivision.name)
        if russian != subdivision.name:
            key = tuple(analyzer().parse(w)[0].normal_form for w in re.findall(r"\w+", russian.lower()))
            out.setdefault(key, set()).add(subdivision.country_code)
    return {key: frozenset(codes) for key, codes in out.items()}


def _a_bodys_subject(text: str, tokens: list[Token], start: int) -> str:
    """'Institute for Contemporary German Studies', 'Centre for North Korea-US Peace': a body
    named for what it studies or works for; a body OF a country ("Bank of Japan") is its
    institution and is not read otherwise."""
    i = start
    while i > 0 and start - i < 4 and tokens[i - 1].text[:1].isupper() \
            and (text[tokens[i - 1].end:tokens[i].start] == " " or tokens[i - 1].hyphen_after):
        i -= 1
    if i >= 2 and tokens[i - 1].text == "for" and tokens[i - 2].text.lower() in _BODIES \
            and tokens[i - 2].text[:1].isupper():
        return text[tokens[i - 2].start:tokens[start].end]
    return ""


def _company_name(text: str, tokens: list[Token], start: int, end: int) -> str:
    """The capitalized words around the spelling when they end in a company's suffix ("Penn
    Treaty American Corp"), or ''."""
    first = start
    while first > 0 and first > start - 3 and text[tokens[first - 1].end:tokens[first].start] == " " \
            and tokens[first - 1].text[:1].isupper() and tokens[first - 1].text.lower() not in _COMPANY_ENDS:
        first -= 1
    last = end
    while last < len(tokens) and last < end + 3 and text[tokens[last - 1].end:tokens[last].start] == " " \
            and (tokens[last].text[:1].isupper() or tokens[last].text == "&"):
        if tokens[last].text.lower() in _COMPANY_ENDS and tokens[last].text[:1].isupper():
            return text[tokens[first].start:tokens[last].end]
        last += 1
    return ""


def _a_language(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """'a German translation', 'Spanish-speaking', 'written in Spanish and signed', 'in English,
    French, Spanish, Arabic': a people's name that is also a language's, used as the language."""
    written = text[tokens[start].start:tokens[end - 1].end]
    if not is_language(written):
        return False
    after = tokens[end] if end < len(tokens) else None
    gap_after = text[tokens[end - 1].end:after.start] if after else ""
    if after and after.text.lower() in _LANGUAGE_NOUNS and gap_after in (" ", "-"):
        return True
    if start > 0 and tokens[start - 1].text.lower() == "in" and text[tokens[start - 1].end:tokens[start].start] == " " \
            and (after is None or gap_after.strip() or after.text.lower() in _AFTER_A_LANGUAGE):
        return True
    return any(_language_only(word) for word in _listed_with(text, tokens, start, end))


def _listed_with(text: str, tokens: list[Token], start: int, end: int) -> list[str]:
    """The one-word items either side of the spelling in a list ("English, French and Arabic")."""
    out = []
    for i, j in ((start - 1, start), (end - 1, end)):
        if i < 0 or j >= len(tokens):
            continue
        gap = text[tokens[i].end:tokens[j].start]
        if gap.strip() in (",", "") and (gap.strip() == "," or tokens[i if j == start else j].text in ("and", "or")):
            other = i if j == start else j
            if tokens[other].text in ("and", "or"):
                other = other - 1 if j == start else other + 1
            if 0 <= other < len(tokens):
                out.append(tokens[other].text)
    return out


@lru_cache(maxsize=4096)
def is_language(word: str) -> bool:
    """A major language's name (ISO 639-1: French, Arabic), not one of ISO 639-3's seven
    thousand ("Sam", "Kim" name languages too)."""
    import pycountry

    language = pycountry.languages.get(name=word) if word[:1].isupper() else None
    return language is not None and hasattr(language, "alpha_2")


@lru_cache(maxsize=4096)
def _language_only(word: str) -> bool:
    """A language's name that is no people's ("English", "Arabic", "Hindi"); "Korean",
    "Bosnian", "Persian" name peoples as well, as most names in -an do."""
    return is_language(word) and word not in _demonyms() and not word.endswith("an")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from .places import country_names

    return frozenset(s for c in country_names({}) for s, origin in c.names if origin == "demonym")
