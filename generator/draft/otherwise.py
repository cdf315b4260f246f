"""Registered spellings the text itself reads as something else: an acronym the text
defines by an unregistered long form ("an artificial pancreas (AP)": AP is not the
Associated Press anywhere in that text), a registered alias that is a place's name
("England" for a national team, "Washington" for a government), and a name that is one
part of a hyphenated nickname ("K-Fed" is no mention of the Fed). A wrong reference costs
the reader more than a missing one: these are left out or need the text's support."""

from __future__ import annotations

import re
from functools import lru_cache

from .countryreads import country_read_otherwise
from .gazetteer import BARE_FORMS, Form, Gazetteer, Target
from .lexicon import is_city
from .morph import dictionary_readings
from .longer import sentence_initial
from .sports import SPORT_NAME_KEYS
from .text import Token, is_acronym, name_key, token_key


_DEFINED = re.compile(r"\(\s*([^\W\d_][\w.&-]{0,9})\s*[,)]")
# Words a long form may hold that give its acronym no letter ("Federal Bureau of Investigation").
_SKIPPED = {"of", "the", "and", "for", "in", "on", "at", "to", "&", "de", "der", "des", "du", "la", "le", "und",
            "di", "del", "da", "van", "von"}


def _letters_of(acronym: str) -> str:
    return "".join(ch for ch in acronym if ch.isalpha()).lower()


def _long_form_start(tokens: list[Token], end: int, letters: str) -> int | None:
    """The first token of the words right before token `end` whose initials spell `letters`
    (function words skipped), or None when they do not."""
    i, remaining = end - 1, letters
    while remaining and i >= 0:
        word = tokens[i].text
        if word[:1].lower() == remaining[-1]:
            remaining = remaining[:-1]
        elif word.lower() not in _SKIPPED:
            return None
        i -= 1
    return i + 1 if not remaining else None


def _may_be_same(long_keys: list[str], forms: list[Form], capitalised: bool = False) -> bool:
    """The long form shares a word with a name of the registered entity: perhaps a spelling of
    it the registry lacks ("Islamic State of Iraq and Syria" for an entry "Islamic State of Iraq
    and the Levant", alias ISIS). Only a long form sharing no word is surely something else."""
    wanted = set(long_keys) - _SKIPPED
    for form in forms:
        entity = form.target.entity
        names = (form.target.name, *(getattr(entity, "aliases", ()) or ()))
        if capitalised and all(is_acronym(n) for n in names):
            # Registered by its letters alone ("МГИМО"), it has no words to compare: a long form
            # written as a name inside a sentence, whose initials spell them, is how those letters
            # were made ("an artificial pancreas (AP)" is in lower case).
            return True
        for name in names:
            if wanted & {token_key(w) for w in re.findall(r"\w+", name)}:
                return True
    return False


def acronyms_defined_otherwise(text: str, tokens: list[Token], gazetteer: Gazetteer) -> dict[str, str]:
    """Registered acronyms this text defines as something unregistered: letters -> the long
    form as written. "an artificial pancreas (AP)" -> {"AP": "artificial pancreas"}."""
    out: dict[str, str] = {}
    starts = {t.start: n for n, t in enumerate(tokens)}
    for found in _DEFINED.finditer(text):
        acronym = found.group(1)
        if not is_acronym(acronym) or acronym in out:
            continue
        forms = [f for f in gazetteer.index.get(token_key(acronym.replace(".", "")), ()) if f.acronym]
        end = starts.get(found.start(1))
        if not forms or end is None or end < 2:
            continue
        bracket = end  # the acronym's token; the long form ends before "("
        start = _long_form_start(tokens, bracket, _letters_of(acronym))
        if start is None or start >= bracket or "\n" in text[tokens[start].start:found.start()]:
            continue
        long_keys = [t.key for t in tokens[start:bracket]]
        written_as_a_name = tokens[start].text[:1].isupper() and not sentence_initial(tokens, start, text)
        if _may_be_same(long_keys, forms, written_as_a_name) or any(f.target.kind != "organization" for f in forms):
            continue
        # A registered name ending right before the bracket defines it: the linker's own rule.
        registered = any(" ".join(long_keys[k:]) in gazetteer.index for k in range(len(long_keys)))
        if not registered:
            out[acronym] = text[tokens[start].start:tokens[bracket - 1].end]
    return out


@lru_cache(maxsize=2)
def country_parts(every_level: bool = False) -> frozenset[str]:
    """The English names' keys of countries' first-level parts (pycountry's ISO 3166-2: England,
    Scotland, California, Washington, Bavaria), or of their parts at every level (also Hampshire,
    Upper Bavaria)."""
    import pycountry

    return frozenset(name_key(name.strip()) for sub in pycountry.subdivisions
                     if every_level or sub.parent_code is None for name in sub.name.split(";"))


def is_a_place(written: str, gazetteer: Gazetteer | None = None, every_level: bool = False) -> bool:
    """`written` is a place's name: a city of 15,000 people or more (GeoNames), a country's part
    (first-level, or any level with `every_level`: "Hampshire"), or, given a gazetteer, a country
    or capital it knows. placealiases.py asks of an alias without a gazetteer at every level (a
    county a cricket club is named after); teamnames.py asks of a nickname's place with one."""
    key = name_key(written)
    return is_city(written, 15_000) or key in country_parts(every_level) \
        or (gazetteer is not None and key in gazetteer.place_keys)


def names_a_place(key: str, gazetteer: Gazetteer) -> bool:
    """`key` (a name's match key) is a place's name: a country or capital the gazetteer
    knows, or a country's first-level part ("England", "Washington", "Bavaria"). Not any
    city: a club registered under its city's other spelling ("Nuremberg") is read by
    shortforms.py's city rule."""
    return key in gazetteer.place_keys or key in gazetteer.capitals or key in country_parts()


# A city's name in capitals, as a results table writes a team ("TORONTO 60 69 .465"), registered
# as one team's alias: the city's teams of every league share it (a basketball table's "TORONTO"
# is no baseball club), so it is a place's name as "MINNESOTA" is. Large cities only: a small
# town's name in capitals ("ESSEX") is as often a county's club.
_TABLE_CITY = 100_000


def place_alias(form: Form, span: list[Token], text: str, gazetteer: Gazetteer, text_keys: set[str]) -> bool:
    """An organization's registered alias that is a place's name ("Washington" for the
    government seated there, "England" for a national team): the place, unless the text
    supports the organization (the linker's evidence: its full name, ties, "team" beside it)
    or names the sport its registered name names. A club's one-word short form that is its
    city's name ("Freiburg" of SC Freiburg) is read by shortforms.py's city rule; only a
    country's part it does not know is read here. A large city's name in capitals ("TORONTO",
    as a results table writes a team) is a place's name too, whatever it is registered as: the
    city's teams of every league share it, and the text must say which (tables.league_team)."""
    written = text[span[0].start:span[-1].end]
    city_in_capitals = written.isupper() and is_city(written, _TABLE_CITY)
    if form.target.kind != "organization" or form.origin != "alias" or form.acronym and not city_in_capitals:
        return False
    key = " ".join(t.key for t in span)
    if form.partial:  # a city-state ("Hamburg", "Berlin") is a club's city first
        place = key in country_parts() and not is_city(written) or city_in_capitals
    else:
        place = names_a_place(key, gazetteer) or city_in_capitals
    # A national team's registered name names its sport ("England national rugby union team"): a
    # text naming that sport reads the country's part as the team.
    return place and not {token_key(w) for w in re.findall(r"\w+", form.target.name)} & SPORT_NAME_KEYS & text_keys


def hyphen_nickname(tokens: list[Token], start: int, end: int) -> str:
    """The one capital letter a name is hyphened to ("K-Fed", "Fed-K"): one part of a nickname,
    no mention of the registered name; '' otherwise. A registered hyphenated name itself
    ("Air France-KLM") is matched whole, so its hyphens are inside the match."""
    if start > 0 and tokens[start - 1].hyphen_after and _short_capital(tokens[start - 1].text):
        return tokens[start - 1].text
    if end < len(tokens) and tokens[end - 1].hyphen_after and _short_capital(tokens[end].text):
        return tokens[end].text
    return ""


def _short_capital(word: str) -> bool:
    """One capital letter: "EU-US" joins two names, "K-Fed" makes one."""
    return len(word) == 1 and word.isalpha() and word.isupper()


def read_otherwise(text: str, tokens: list[Token], start: int, end: int, forms: list[Form],
                   defined_otherwise: dict[str, str]) -> str:
    """Why the text reads this registered spelling as something else, or ''."""
    written = text[tokens[start].start:tokens[end - 1].end]
    if all(f.acronym for f in forms) and written.replace(".", "") in defined_otherwise:
        return f"the text defines '{written}' as '{defined_otherwise[written.replace('.', '')]}'"
    nickname = hyphen_nickname(tokens, start, end)
    if nickname and all(f.target.kind == "organization" for f in forms):
        return f"one part of a hyphenated nickname with '{nickname}'"
    sea = _a_seas_name(text, tokens, start, end)
    if sea and all(f.target.kind == "country" for f in forms):
        return f"part of the name of a sea ('{sea}'), not the country"
    place = _a_places_name(text, tokens, start, end, forms)
    if place:
        return f"part of a place's name ('{place}'), not the country"
    street = _a_streets_name(tokens, start, end)
    if street and all(f.target.kind in ("organization", "person") for f in forms):
        return f"part of a place's name ('{text[tokens[start].start:tokens[end].end]}')"
    product = _a_models_name(text, tokens, start, end)
    if product and all(f.target.kind == "organization" for f in forms):
        return f"part of the name of a product or an entity of its own ('{product}'), not the organization"
    return country_read_otherwise(text, tokens, start, end, forms)


# The kind nouns of English streets, squares and halls, which Russian writes hyphened after the
# name ("Таймс-сквер", "Уолл-стрит", "Гайд-парк", "Карнеги-холл", "Ватерлоо-бридж").
_PLACE_KINDS = frozenset({"сквер", "стрит", "авеню", "парк", "гарден", "холл", "бридж", "плейс", "роуд", "лейн",
                          "хилл", "серкус"})


def _a_streets_name(tokens: list[Token], start: int, end: int) -> bool:
    """A name hyphened to the kind noun of an English street or square, in any case ("на Таймс-сквер",
    "в Гайд-парке"): a word of that place's name, not the paper or person of the same name."""
    if end >= len(tokens) or not tokens[end - 1].hyphen_after:
        return False
    word = tokens[end].text.lower()
    if not any("а" <= c <= "я" or c == "ё" for c in word):
        return False  # the kind nouns are Russian: English text need not load the dictionary
    return word in _PLACE_KINDS or any(p.normal_form in _PLACE_KINDS for p in dictionary_readings(word))


_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
_QUOTES_OPEN, _QUOTES_CLOSE = "«\"“„'", "»\"”“'"


def _a_models_name(text: str, tokens: list[Token], start: int, end: int) -> str:
    """'«Спутник V»', '"Nord Stream 2"', 'Северный поток-2': a name with a designator after it,
    a Roman numeral or one Latin capital ("V", "II"; not the words "I" and "A"), or a number
    joined by a hyphen or closed in the same quotes, names a product, a series or a second
    entity (a vaccine, a pipeline, a reserve team), not the organization it is named after."""
    if end >= len(tokens):
        return ""
    mark, gap = tokens[end].text, text[tokens[end - 1].end:tokens[end].start]
    after = text[tokens[end].end:tokens[end].end + 1]
    if after.isalnum() or after in "-.\u2010\u2011" and after:
        return ""  # the designator is a word of its own only ("V." ends a sentence or an initial)
    letter = mark.isascii() and mark.isupper() and (len(mark) == 1 and mark not in "AI"
                                                    or len(mark) > 1 and _ROMAN.fullmatch(mark))
    number = mark.isdigit() and len(mark) <= 3
    quoted = start > 0 and text[tokens[start].start - 1:tokens[start].start] in _QUOTES_OPEN \
        and after in _QUOTES_CLOSE and after
    if gap in (" ", "\u00a0") and (letter or number and quoted) or gap in ("-", "\u2011") and number:
        return text[tokens[start].start:tokens[end].end]
    return ""


def products_named_after(text: str, tokens: list[Token],
                          spans: list[tuple[int, int, list[Form]]]) -> dict[Target, str]:
    """Organizations the text names a product after, quoted with its designator ('«Спутник V»',
    '"Zorbovac II"'): the quotes make the words one product's name, and news that has named the
    product so goes on to shorten it to the name alone ("эффективность Спутника"), so that bare
    name is likely the product's too, not the organization's. Each -> the product's name as written."""
    out: dict[Target, str] = {}
    for start, end, forms in spans:
        if not forms or not all(f.target.kind == "organization" for f in forms) \
                or text[tokens[start].start - 1:tokens[start].start] not in _QUOTES_OPEN or tokens[start].start == 0:
            continue
        product = _a_models_name(text, tokens, start, end)
        if product:
            for form in forms:
                out.setdefault(form.target, product)
    return out


def _a_places_name(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    """'British Columbia': a country's demonym before a city's name names another place."""
    if end >= len(tokens) or not all(f.target.kind == "country" and f.origin == "demonym" for f in forms):
        return ""
    after = tokens[end]
    if after.text[:1].isupper() and text[tokens[end - 1].end:after.start] == " " and is_city(after.text, 15_000):
        return text[tokens[start].start:after.end]
    return ""


_WATERS = frozenset({"ocean", "sea", "gulf", "bay", "strait", "straits"})


def _a_seas_name(text: str, tokens: list[Token], start: int, end: int) -> str:
    """'Indian Ocean', 'South China Sea', 'Gulf of Mexico', 'Irish Sea': a body of water named
    after a country or its people, which a story names without being about that country."""
    if end < len(tokens) and tokens[end].text.lower() in _WATERS and tokens[end].text[:1].isupper() \
            and text[tokens[end - 1].end:tokens[end].start] == " ":
        return text[tokens[start].start:tokens[end].end]
    if start >= 2 and tokens[start - 1].text == "of" and tokens[start - 2].text.lower() in _WATERS \
            and tokens[start - 2].text[:1].isupper():
        return text[tokens[start - 2].start:tokens[end - 1].end]
    return ""


def bare_only(forms: list[Form]) -> bool:
    """Every spelling found is a shorter name a registered name implies (gazetteer.py's
    `_bare_forms`: "Southern" of "Southern Co"), none registered as written."""
    return bool(forms) and all(f.origin.startswith("'") and f.origin.endswith(BARE_FORMS) for f in forms)
