"""Every name the registry knows, as match keys: the gazetteer the linker reads.

Built once per run from the resolved model (so drafts see exactly the registry
`make check` sees): names and aliases of events, organizations, people and
sources; every country under the names places.py gives; Russian case forms of
Cyrillic names (morph.py); and for people, the surname alone, which the linker
accepts only after the full name has appeared in the same text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlparse

from ..entities import Model
from .clubs import CLUB_WORD, city_words_of_a_club, club_short_forms
from .dotted import undotted
from .eponyms import eponym_forms
from .letternames import letter_name_twins
from .lookalikes import one_script_words
from .webnames import site_names
from .morph import inflections, is_given_name, short_forms
from .personforms import add_person_forms
from .places import country_names
from .text import is_acronym, name_keys, same_sound_word, script_of, sound_key, token_key, tokenize, umlaut_spellings

REGISTRY_KINDS = ("event", "organization", "person", "source")
# A Form's `partial` for a person's surname or other lone word (found alone only after the full
# name). One constant because english_surnames.py and Gazetteer.add compare against it.
ONE_WORD_OF_A_PERSON = "one word of a person's name"


@dataclass(frozen=True)
class Target:
    """What a reference can point at. Countries are keyed by ISO alpha-2 code."""

    kind: str
    id: str
    name: str = field(compare=False)
    entity: object = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Form:
    target: Target
    surface: str  # the registered spelling the key came from
    origin: str  # name, alias, demonym, Russian form, ...
    acronym: bool  # matched only in capitals, as written
    proper: bool  # a capitalised name: lower-case text ("turkey") is an ordinary word
    partial: str = ""  # why this spelling alone is weak: one word of a longer name, or a person's title


@dataclass
class Gazetteer:
    index: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))
    prefixes: set[str] = field(default_factory=set)
    max_tokens: int = 1
    surnames: dict[Target, dict[str, Form]] = field(default_factory=dict)
    sources: dict[str, Target] = field(default_factory=dict)  # name or alias key -> source
    source_hosts: dict[str, Target] = field(default_factory=dict)  # host of the source's url -> source
    place_keys: set[str] = field(default_factory=set)  # countries and capitals: words that name places
    capitals: dict[str, Target] = field(default_factory=dict)  # capital's key -> its country
    countries: dict[str, Target] = field(default_factory=dict)
    sounds: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))  # 'script sound_key' -> forms
    surname_owners: dict[str, set[Target]] | None = None  # surname key -> its bearers (surnames.py)
    given_owners: dict[str, list[tuple[Target, str]]] | None = None  # given name key -> people (family.py)
    name_words: dict[tuple[int, str], list[tuple[str, Form]]] | None = None  # two-word names by a word (variants.py)
    vowel_names: dict[tuple[int, str], list[tuple[str, Form, str]]] | None = None  # Cyrillic ones (vowelnames.py)
    loose: dict[str, list[Form]] | None = None  # long organization names, prepositions and number aside (variants.py)
    initials: dict[str, bool] | None = None  # acronyms beginning or ending organizations' names (variants.py)
    name_initials: dict[str, list[Form]] | None = None  # long organization names by their initials (variants.py)
    # organizations' names by their last word's case forms -> (the words before it, a weaker Form) (stumps.py)
    stumps: dict[str, list[tuple[tuple[str, ...], Form]]] | None = None
    word_owners: dict[str, frozenset[Target]] | None = None  # a name word -> entities named with it (shortforms.py)
    lone_bearers: dict[str, set[Target]] | None = None  # surname key -> who it names alone (english_surnames.py)
    other_name_words: frozenset[str] | None = None  # words no lone surname may be (english_surnames.py)
    lists_surnames: bool | None = None  # the registry lists people under their surname alone (lone_evidence.py)
    name_edges: dict[str, set[Target]] | None = None  # a person's name's end or titled start -> people (onename.py)

    def add(self, target: Target, surface: str, origin: str, full_name: str = "", partial: str | None = None) -> None:
        """`partial`, when given, is why the spelling is weak alone (a short form the registry
        implies, such as a club's city: clubs.py), and the spelling is found only as spelt."""
        surface = one_script_words(surface)  # "СBS" typed with a Cyrillic С is CBS, as the text is read
        if undotted(surface):  # a registered "U.N." is also found as "UN"
            self.add(target, undotted(surface), f"{origin} '{surface}' without its full stops")
        acronym = is_acronym(surface)
        proper = any(ch.isupper() for ch in surface)
        derived = partial is not None
        if partial is None:
            partial = "" if not full_name else _partial(target.kind, surface, full_name)
            if acronym and partial != ONE_WORD_OF_A_PERSON:
                # "MCRAE" of Colin McRae is his surname as a capitals headline prints it, no acronym:
                # as weak alone as "McRae" (a person's "JFK" stays an acronym, found as written).
                partial = ""
        # The spelling as written first, then its case forms in a fixed order: where a case form
        # has the written spelling's key, the first one added names how the form was found, and
        # a set's order would change that from run to run.
        spellings = [surface] if acronym or derived else [surface, *sorted(inflections(surface) - {surface})]
        if proper and not acronym and not derived and target.kind in REGISTRY_KINDS and script_of(surface) \
                and "." not in surface:
            sound = sound_key(surface)  # Форбс heard in "Forbes": the linker matches it across scripts
            if sound:
                heard = Form(target, surface, f"{origin}, written in the other script", False, True, partial)
                self.sounds[f"{script_of(surface)} {sound}"].append(heard)
        for spelling in spellings:
            form = Form(target, surface, origin if spelling == surface else f"{origin}, Russian case form", acronym,
                        proper, partial)
            for key in name_keys(spelling):
                if any(f.target == target and f.surface == surface for f in self.index.get(key, ())):
                    continue
                self.index[key].append(form)
                words = key.split(" ")
                self.max_tokens = max(self.max_tokens, len(words))
                for n in range(1, len(words)):
                    self.prefixes.add(" ".join(words[:n]))

    def add_surname(self, target: Target, full_name: str, origin: str) -> None:
        """The last word of a name of two or more words: Novikov, Новикова."""
        for spelling in [full_name, *sorted(inflections(full_name) - {full_name})]:  # as written first, as above
            tokens = tokenize(spelling)
            if len(tokens) < 2 or not tokens[-1].text[:1].isupper():
                continue
            last = tokens[-1]
            form = Form(target, last.text, f"surname from {origin} '{full_name}'", False, True)
            self.surnames.setdefault(target, {}).setdefault(last.key, form)

    def lookup(self, key: str) -> list[Form]:
        return self.index.get(key, [])


def same_stem(a: str, b: str) -> bool:
    """Two spellings of one word, inflected or not: Трамп, Трампа; Novikov, Novikov's."""
    shortest = min(len(a), len(b))
    return a == b or (shortest >= 4 and a[:max(4, shortest - 2)] == b[:max(4, shortest - 2)])


def _partial(kind: str, alias: str, full_name: str) -> str:
    """Why an alias is weak alone: a person's that has no word of their name ("Prime
    Minister", a title) or is one word of it (a surname, which many people share); an
    organization's that is one word of its longer name."""
    words, full = [t.key for t in tokenize(alias)], [t.key for t in tokenize(full_name)]
    if kind == "organization" and len(full) > 1 and len(words) == 1 and any(same_stem(words[0], f) for f in full):
        return "one word of a longer name"  # "Army", "Society", "Реал": the full name, a tie or a cue decides
    if kind != "person" or len(full) < 2:
        return ""
    if not any(same_stem(w, f) for w in words for f in full):
        if _sounds_alike(alias, full_name):
            return ""  # "Moammar Gadhafi" for "Muammar Gaddafi": the name, transliterated otherwise
        if len(words) == 1 and any(same_sound_word(alias, w) for w in full_name.split()):
            return ONE_WORD_OF_A_PERSON  # "Gadhafi": his surname spelt otherwise, not a title
        return "a title or role, not the person's name"
    if len(words) == 1:
        return ONE_WORD_OF_A_PERSON  # a surname: counts after the full name, as derived ones do
    return ""


def _sounds_alike(alias: str, full_name: str) -> bool:
    """The full name in another transliteration, word for word ("Moammar Gadhafi" for
    "Muammar Gaddafi"): the same consonants as heard, doubled or not; a title is not."""
    keys = [re.sub(r"(\w)\1+", r"\1", sound_key(name)) for name in (alias, full_name)]
    return bool(keys[0]) and keys[0] == keys[1] and len(alias.split()) == len(full_name.split()) > 1


def _fuller_name(kind: str, name: str, aliases: list[str]) -> str:
    """A person registered under one word ("Макарова", "Green") with a full name among the
    aliases ("Сергей Макаров"): the full name is the name the one word is weak beside."""
    if kind != "person" or len(tokenize(name)) != 1:
        return name
    key = tokenize(name)[0].key if tokenize(name) else ""
    fuller = [a for a in aliases if len(tokenize(a)) > 1 and any(same_stem(key, t.key) for t in tokenize(a))]
    return max(fuller, key=len) if fuller else name


def build_gazetteer(model: Model) -> Gazetteer:
    gazetteer = Gazetteer()
    for kind in REGISTRY_KINDS:
        for entity in model.entities.get(kind, []):
            target = Target(kind, entity.id, entity.name, entity)
            full_name = _fuller_name(kind, entity.name, entity.aliases)
            gazetteer.add(target, entity.name, "name", full_name=full_name if full_name != entity.name else "")
            for alias in entity.aliases:
                gazetteer.add(target, alias, "alias", full_name=full_name)
            for spelling in (entity.name, *entity.aliases):
                for variant in umlaut_spellings(spelling):  # Steinbrück, Steinbrueck
                    gazetteer.add(target, variant, f"'{spelling}' in its other German spelling", full_name=full_name)
                    if kind == "person":
                        gazetteer.add_surname(target, variant, f"'{spelling}' in its other German spelling")
            if kind in ("organization", "source"):
                for spelling in (entity.name, *entity.aliases):
                    for variant, why in sorted((_bare_forms(spelling) | site_names(spelling)).items()):
                        gazetteer.add(target, variant, why)
                    # Found as spelt: eponyms.py declines its own, and letter names do not decline.
                    for variant, why in sorted((eponym_forms(spelling) | letter_name_twins(spelling)).items()):
                        gazetteer.add(target, variant, why, partial="")
                    for variant in _head_last(spelling):
                        gazetteer.add(target, variant, f"'{spelling}' with its head word last")
            if kind == "source":
                for spelling in (entity.name, *entity.aliases):
                    gazetteer.sources.setdefault(" ".join(t.key for t in tokenize(spelling)), target)
                host = (urlparse(entity.url).hostname or "").removeprefix("www.") if entity.url else ""
                if host:
                    gazetteer.source_hosts.setdefault(host, target)
            if kind == "person":
                for spelling in (entity.name, *entity.aliases):
                    for short in sorted(short_forms(spelling) | _without_middle_name(spelling)
                                        | _without_family_name(spelling)):
                        gazetteer.add(target, short, f"short form of '{spelling}'", full_name=entity.name)
                for spelling in (entity.name, *entity.aliases):
                    gazetteer.add_surname(target, spelling, "name" if spelling == entity.name else "alias")
    model_countries = {e.id.upper(): e for e in model.entities.get("country", [])}
    overrides = {code: list(e.aliases) for code, e in model_countries.items()}
    for country in country_names(overrides):
        target = Target("country", country.code, country.name, model_countries.get(country.code))
        gazetteer.countries[country.code] = target
        for spelling, origin in country.names:
            gazetteer.add(target, spelling, origin)
            gazetteer.place_keys.update(name_keys(spelling))
        if country.capital:
            for key in name_keys(country.capital):
                gazetteer.capitals[key] = target
                gazetteer.place_keys.add(key)
    for entity in model.entities.get("organization", []):
        target = Target("organization", entity.id, entity.name, entity)
        for spelling in (entity.name, *entity.aliases, *(v for a in (entity.name, *entity.aliases)
                                                          for v in _head_last(a))):
            for variant in _country_initials(gazetteer, spelling):
                gazetteer.add(target, variant, f"'{spelling}' with the country's initials")
        _add_club_cities(gazetteer, target, [entity.name, *entity.aliases])
    add_person_forms(gazetteer)
    _mark_given_names(gazetteer, model)
    gazetteer.index = dict(gazetteer.index)
    gazetteer.sounds = dict(gazetteer.sounds)
    return gazetteer


_LATIN_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_MIDDLE = re.compile(r"^(?:[A-Z]\.?|[A-Z][a-z]+)$")  # "W.", "Fitzgerald"
_CYRILLIC_NAME_WORD = re.compile(r"^[\u0400-\u04ff]{2,}$")  # no initial


def _without_middle_name(name: str) -> set[str]:
    """A Western name of given name, middle name or initial, and surname, as a text usually
    writes it: given name and surname (Zorblat X. Quinn -> Zorblat Quinn). Russian news writes
    one transliterated into Cyrillic so too ("Джона Кеннеди" of Джон Фицджеральд Кеннеди, each
    word written as a name is: not an initial, not a particle such as "ибн"); a Russian
    patronymic is left out the same way (morph.short_forms)."""
    words = name.split()
    if len(words) != 3:
        return set()
    latin = _LATIN_NAME_WORD.match(words[0]) and _MIDDLE.match(words[1]) and _LATIN_NAME_WORD.match(words[2])
    cyrillic = all(_CYRILLIC_NAME_WORD.match(w) and w[:1].isupper() and w[1:].islower() for w in words)
    return {f"{words[0]} {words[2]}"} if latin or cyrillic else set()


_SON_OF = {"bin", "ibn", "ben", "бин", "ибн", "бен"}


def _without_family_name(name: str) -> set[str]:
    """An Arabic name of given name, 'son of' and father's name, then the family's
    (Мухаммед ибн Салман Аль Сауд), as news often writes it: without the family's."""
    words = name.split()
    return {" ".join(words[:3])} if len(words) >= 4 and words[1].lower() in _SON_OF else set()


QUALIFIED_NAME = re.compile(r"^(.+?)\s*\(([^()]+)\)$")  # Украинская православная церковь (Московского патриархата)
# Why each shorter name _bare_forms makes is implied (the end of its origin; otherwise.py reads it).
BARE_FORMS = ("without its bracketed qualifier", "without its legal form", "without its article", "without 'State'")
_LEGAL_FORM = re.compile(r"^(.+?),?\s+(?:Inc|Ltd|LLC|plc|PLC|GmbH|AG|S\.A|Co|Corp|N\.V|B\.V)\.?$")
_ARTICLE = re.compile(r"^The\s+(.+)$")
# A state institution's status before its own name: Государственный Русский музей, State Hermitage Museum.
_STATE = re.compile(r"^(?:Государственн(?:ый|ая|ое)|State)\s+(.+)$")


def _bare_forms(name: str) -> dict[str, str]:
    """The shorter names an organization's registered name implies: without a bracketed
    qualifier, a legal form (Facebook, Inc.), a leading article (The Guardian) or a leading
    'State' before a name of two words or more (Государственная Третьяковская галерея)."""
    out: dict[str, str] = {}
    for pattern, why in zip((QUALIFIED_NAME, _LEGAL_FORM, _ARTICLE, _STATE), BARE_FORMS):
        match = pattern.match(name.strip())
        if match and tokenize(match.group(1)) and match.group(1)[:1].isupper() \
                and (pattern not in (_ARTICLE, _STATE) or len(tokenize(match.group(1))) > 1):  # The Hill is not Hill
            out[match.group(1).strip()] = f"'{name}' {why}"
    return out


_HEAD_OF = re.compile(r"^(?P<before>(?:\S+\s+)*?)(?P<head>Department|Ministry)\s+of\s+(?:the\s+)?"
                      r"(?P<object>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")


def _head_last(name: str) -> list[str]:
    """English writes a ministry's object first as often as last: Department of State ->
    State Department, United States Department of Justice -> United States Justice
    Department, Ministry of Defence -> Defence Ministry."""
    match = _HEAD_OF.match(name.strip())
    if not match:
        return []
    return [f"{match['before']}{match['object']} {match['head']}"]


def _country_initials(gazetteer: Gazetteer, name: str) -> list[str]:
    """An organization's name with a country named in full inside it written by its
    initials, as news does: United States Department of State -> US Department of State;
    in Russian, which capitalises only proper names inside a name, any run of two
    capitalised words after the first: Правительство Российской Федерации -> Правительство РФ."""
    words = name.split()
    out = []
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            run = words[start:end]
            if len(run) == len(words) or not all(w[:1].isupper() and w.isalpha() for w in run):
                continue
            key = " ".join(t.key for t in tokenize(" ".join(run)))
            if (start > 0 and script_of(name) == "cyrillic") or any(
                    f.target.kind == "country" and not f.acronym and " " in key for f in gazetteer.index.get(key, ())):
                initials = [w[0].upper() for w in run]
                out.append(" ".join([*words[:start], "".join(initials), *words[end:]]))
                if script_of(name) == "latin":  # "U.S. Department of State"
                    out.append(" ".join([*words[:start], "".join(f"{c}." for c in initials), *words[end:]]))
    return out


def _add_club_cities(gazetteer: Gazetteer, target: Target, names: list[str]) -> None:
    """A club's city as its weak short form (clubs.py): derived from a club-like name ("Hannover
    96" -> Hannover, Hanover), and so marked where the registry lists it ("Berlin" of Hertha BSC,
    alias "Hertha Berlin"). A company's name with its legal form ("Zorbwerke AG") is no club's."""
    names = [name for name in names if not _LEGAL_FORM.match(name.strip())]

    def registered(word: str) -> bool:
        return any(key in gazetteer.index for key in name_keys(word))

    marked = city_words_of_a_club(names, registered)
    for name in names:
        for spelling, why in sorted(club_short_forms(name, registered).items()):
            if spelling not in marked:
                gazetteer.add(target, spelling, why, partial=CLUB_WORD)
    if not marked:
        return
    heard = [gazetteer.sounds.get(f"{script_of(word)} {sound_key(word)}", []) for word in marked]
    for forms in [gazetteer.index.get(key, []) for word in marked for key in name_keys(word)] + heard:
        for n, form in enumerate(forms):
            if form.target == target and form.surface in marked:
                forms[n] = Form(form.target, form.surface, form.origin, form.acronym, form.proper, CLUB_WORD)


def _mark_given_names(gazetteer: Gazetteer, model: Model) -> None:
    """A person registered under one word that begins other people's names ("Evgeny"), or
    that the Russian dictionary knows as a given name ("Алексей"), is a given name alone:
    weak, like a surname without the full name."""
    first_words = set()
    for person in model.entities.get("person", []):
        for spelling in (person.name, *person.aliases):
            tokens = tokenize(spelling)
            if len(tokens) > 1:
                first_words.add(tokens[0].key)
    for key, forms in gazetteer.index.items():
        if " " in key:
            continue
        for n, form in enumerate(forms):
            base = token_key(form.surface)  # Евгению is a form of Евгений
            if form.target.kind == "person" and not form.partial and not form.acronym and " " not in form.surface \
                    and (is_given_name(form.surface) or base in first_words and _others_start_with(model, form, base)):
                forms[n] = Form(form.target, form.surface, form.origin, form.acronym, form.proper,
                                "a given name alone")


def _others_start_with(model: Model, form: Form, key: str) -> bool:
    for person in model.entities.get("person", []):
        if person.id == form.target.id:
            continue
        for spelling in (person.name, *person.aliases):
            tokens = tokenize(spelling)
            if len(tokens) > 1 and tokens[0].key == key:
                return True
    return False
