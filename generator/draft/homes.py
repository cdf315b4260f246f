"""The countries an organization belongs to, and the countries a text gives it.

Its home: the countries its registered name names ("Supreme Court of the United States",
"Верховный суд Российской Федерации") or its seat; tied_countries adds the country its id
ends with ("ministry-of-interior-egypt") and a country named by the last word of its name
("of Korea"). Used to leave out another country's institution (homeland.py), to choose among
namesakes (context.py: "the Supreme Court" in a text that names the United States; a
namesake tied only to countries the text never names is left out), to tell a registered
institution from another country's that the text names by its owner, after it ("the
Supreme Court of India") or before it ("Germany's Foreign Ministry"), and to find a state
body written without the country a text names ("the Senate" for the United States Senate).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .adjectives import country_of_adjective
from .bodies import named_in_full, stands_alone, story_countries
from .gazetteer import Form, Gazetteer, Target
from .lexicon import is_english_word
from .linking import Match
from .longer import sentence_initial
from .lowered_ru import lowered_bodies
from .morph import analyzer, inflections
from .places import country_names
from .text import Token, token_key, tokenize


def countries_named_in(words: str, gazetteer: Gazetteer, at_an_end: bool = False) -> set[Target]:
    """The countries a name's own words name by a name, not a demonym ("Русская
    православная церковь" belongs to no state); with `at_an_end`, only a country that
    begins or ends the name, as a state body's owner does ("United States Department of
    State", "Верховный суд Российской Федерации"; not "Исламское государство Ирака и Леванта")."""
    keys = [t.key for t in tokenize(words)]
    found = set()
    for i in range(len(keys)):
        for j in range(i + 1, min(len(keys), i + gazetteer.max_tokens) + 1):
            if at_an_end and i > 0 and j < len(keys):
                continue
            found.update(f.target for f in gazetteer.lookup(" ".join(keys[i:j]))
                         if f.target.kind == "country" and not f.origin.startswith("demonym"))
    return found


def home_of(target: Target, gazetteer: Gazetteer) -> set[Target]:
    """The countries an organization belongs to: named in its registered name, or its seat."""
    home = countries_named_in(target.name, gazetteer, at_an_end=True)
    seat = getattr(target.entity, "seat", None)
    code = (seat.alpha_2 or seat.id.upper()) if seat is not None else ""
    if code in gazetteer.countries:
        home.add(gazetteer.countries[code])
    return home


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
# Russian puts the owner right after, in the genitive: "МИД Норвегии", "Верховный суд Индии".
_GENITIVE_AFTER = re.compile(r"[ \t]+([А-ЯЁ][\w-]*(?:[ \t]+[А-ЯЁ][\w-]*){0,2})")


def owner_named_after(text: str, end: int, gazetteer: Gazetteer) -> set[Target]:
    """The country a name's next words give as its owner: "the Supreme Court of India",
    "МИДа Норвегии"."""
    owner = _OWNER_AFTER.match(text, end)
    if owner:
        return countries_named_in(owner.group(1), gazetteer, at_an_end=True)
    owner = _GENITIVE_AFTER.match(text, end)  # a country's name right after, from its first word: "центра ...
    first = owner.group(1).split()[0] if owner else ""  # Минздрава России" is the ministry's
    if not first or not _country_name_word(first) or not _genitive(first):
        return set()
    return countries_named_in(owner.group(1), gazetteer, at_an_end=True)


def _genitive(word: str) -> bool:
    """`word` can be read in the genitive, the case of an owner after a name ("МИД Норвегии", "лиги
    США"): a country in the nominative right after a name begins the next clause ("в Стокгольмском
    суде Россия говорила ..."), and owns nothing."""
    return any("gent" in p.tag for p in analyzer().parse(word.lower()))


def _country_name_word(word: str) -> bool:
    """`word`, in any case, is a word of a country's Russian name: "России", "Республики" (Казахстан)."""
    return any(p.normal_form in _russian_country_name_words() for p in analyzer().parse(word.lower())[:2])


@lru_cache(maxsize=1)
def _russian_country_name_words() -> frozenset[str]:
    words = set()
    for country in country_names({}):
        for spelling, origin in country.names:
            if origin.startswith("Russian"):
                words.update(p.normal_form for w in re.findall(r"\w+", spelling.lower())
                             for p in analyzer().parse(w)[:1])
    return frozenset(words)


def tied_countries(target: Target, gazetteer: Gazetteer) -> set[Target]:
    """The countries a candidate is tied to: its home (home_of), or the country its id ends
    with, as a team tells namesakes' ids apart ("ministry-of-interior-egypt" registered as
    "Ministry of Interior")."""
    home = home_of(target, gazetteer)
    if not home and "-" in target.id:
        home = countries_named_in(target.id.replace("-", " "), gazetteer, at_an_end=True)
    if not home:  # "Constitutional Court of Korea": the last word of South and North Korea's names
        last = _LAST_WORD_OWNER.search(target.name)
        word = token_key(last.group(1)) if last and not is_english_word(last.group(1)) else ""
        home = {gazetteer.countries[c] for c in _countries_ending_with().get(word, ()) if c in gazetteer.countries}
    return home


def countries_in_spellings(target: Target, gazetteer: Gazetteer) -> set[Target]:
    """The countries that begin or end any of an organization's registered spellings ("Конгресс США"
    of a body registered as "Конгресс"), or its tied countries."""
    entity = target.entity
    spellings = (entity.name, *getattr(entity, "aliases", ())) if entity is not None else (target.name,)
    return tied_countries(target, gazetteer).union(*(countries_named_in(s, gazetteer, at_an_end=True)
                                                      for s in spellings))


def country_either_way(forms: list[Form], targets: list[Target], gazetteer: Gazetteer) -> Target | None:
    """The country a name written as its own ("Germany", not "German") names whichever of its readings
    is meant, when every other reading is a body of that one country (its national teams): the
    team of Germany or Germany itself, the text names Germany (context.py weighs namesakes' homes by
    it). None when a reading belongs elsewhere or to no country ("Chad" the person)."""
    countries = [t for t in targets if t.kind == "country"]
    if len(countries) != 1 or not any(f.target == countries[0] and not f.origin.startswith("demonym")
                                      for f in forms):
        return None
    others = [t for t in targets if t != countries[0]]
    if all(t.kind == "organization" and tied_countries(t, gazetteer) == {countries[0]} for t in others):
        return countries[0]
    return None


_LAST_WORD_OWNER = re.compile(r"(?:\bof(?:\s+the)?\s+|\()([A-Z][\w-]+)\)?$")


@lru_cache(maxsize=1)
def _countries_ending_with() -> dict[str, tuple[str, ...]]:
    """The last word of countries' names of two words or more -> those countries: "korea" ->
    South Korea, North Korea."""
    out: dict[str, set[str]] = {}
    for country in country_names({}):
        for spelling, origin in country.names:
            keys = [t.key for t in tokenize(spelling)]
            if len(keys) > 1 and not origin.startswith(("demonym", "Russian")):
                out.setdefault(keys[-1], set()).add(country.code)
    return {word: tuple(sorted(codes)) for word, codes in out.items()}


_POSSESSIVE_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)['’]s?\s+(?:own\s+)?$")
_WORD_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+$")
_RUSSIAN_WORD_BEFORE = re.compile(r"(?<![\w-])([\u0400-\u04ff]+)[ \t]+$")


def adjective_owner_before(text: str, start: int, gazetteer: Gazetteer) -> set[Target]:
    """The country a Russian adjective right before a name gives as its owner, in any case and
    gender: "польского МИД", "российскому Минобороны" (adjectives.py)."""
    adjective = _RUSSIAN_WORD_BEFORE.search(text, max(0, start - 60), start)
    code = country_of_adjective(adjective.group(1)) if adjective else None
    return {gazetteer.countries[code]} if code in gazetteer.countries else set()


def owner_named_before(text: str, start: int, gazetteer: Gazetteer) -> set[Target]:
    """The country the words right before a name give as its owner: "Germany's Foreign
    Ministry", "the Turkish Interior Ministry", "US Senate"; in Russian, a country's adjective
    in any case and gender: "польского МИД", "российскому Минобороны" (adjectives.py)."""
    before = text[max(0, start - 60):start]
    adjective = adjective_owner_before(text, start, gazetteer)
    if adjective:
        return adjective
    owner = _POSSESSIVE_BEFORE.search(before) or _WORD_BEFORE.search(before)
    if not owner or (owner.group(1).endswith(".") and owner.group(1).count(".") < 2):
        return set()  # "... in Germany. Interior Ministry officials": a sentence's end, not "U.S."
    words = owner.group(1).split()
    for n in range(len(words)):  # the words that end the run: "the Turkish", "Ankara and Turkey's"
        found = {f.target for f in gazetteer.lookup(" ".join(t.key for t in tokenize(" ".join(words[n:]))))
                 if f.target.kind == "country"}
        if found:
            return found
    return set()


@lru_cache(maxsize=1)
def country_spellings() -> dict[tuple[str, bool], tuple[str, ...]]:
    """(country code, Russian?) -> the country's names as keys (not its demonym), Russian ones
    with their case forms: the words a state body's registered name gives its owner by
    ("Supreme Court of the United States", "Верховный суд Российской Федерации")."""
    out = {}
    for country in country_names({}):
        for russian in (False, True):
            spellings = {s for s, origin in country.names
                         if not origin.startswith("demonym") and bool(_CYRILLIC.search(s)) == russian}
            spellings |= {form for s in list(spellings) for form in inflections(s)}
            out[country.code, russian] = tuple(sorted({" ".join(t.key for t in tokenize(s)) for s in spellings} - {""}))
    return out


def owners_registered_body(written: str, owner: set[Target], gazetteer: Gazetteer) -> list[Form]:
    """The one registered body a Russian name means whose owner the adjective before it names
    but whose registered name names that owner after it, in the genitive: "российское
    Министерство иностранных дел" is the registered "Министерство иностранных дел России"."""
    if not _CYRILLIC.search(written) or len(owner) != 1:
        return []
    country = next(iter(owner))
    keys = " ".join(t.key for t in tokenize(written))
    forms: dict[Target, Form] = {}
    for spelling in country_spellings().get((country.id, True), ()):
        for form in gazetteer.lookup(f"{keys} {spelling}"):
            if form.target.kind == "organization" and not form.acronym and form.target not in forms:
                forms[form.target] = Form(form.target, form.surface, f"{form.origin}, less '{country.name}' "
                                          "that the adjective before it names", False, True)
    return list(forms.values()) if len(forms) == 1 else []


BARE = "a state body's name without its country"


def bare_state_bodies(tokens: list[Token], gazetteer: Gazetteer,
                      countries: set[Target]) -> list[tuple[int, int, list[Form]]]:
    """Registered state bodies written without the country their name names, in a text that
    names that country: "the Senate" for "United States Senate", "House of Representatives"
    for "United States House of Representatives", "Верховный суд" for "Верховный суд
    Российской Федерации". Weak forms (BARE): the linker weighs them against namesakes."""
    spellings = country_spellings()
    if not countries:
        return []
    index, prefixes = gazetteer.index, gazetteer.prefixes
    out = []
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        russian = bool(_CYRILLIC.search(token.text))
        owners = [(key, country) for country in sorted(countries, key=lambda c: c.id)
                  for key in spellings.get((country.id, russian), ())]
        run = ""
        for j in range(i, min(len(tokens), i + 6)):
            run = tokens[j].key if j == i else f"{run} {tokens[j].key}"
            # English puts the owner first or after "of"; Russian after, in the genitive.
            before = [(key, c) for key, c in owners if f"{key} {run}" in prefixes or f"{key} {run}" in index] \
                if not russian else []
            after = run in prefixes
            if not before and not after:
                break
            names = [(f"{key} {run}", c) for key, c in before]
            if after:
                names += [(f"{run} {key}", c) for key, c in owners] if russian else \
                    [(f"{run} of{the} {key}", c) for key, c in owners for the in ("", " the")]
            forms: dict[Target, tuple[bool, Form]] = {}
            for name, country in names:
                for form in index.get(name, ()):
                    if form.target.kind != "organization" or form.acronym or "-" in form.surface.split()[-1]:
                        continue  # "Интерфакс-Украина": an edition hyphened to its place, no state body (longer.py)
                    derived = not form.origin.startswith(("name", "alias"))  # the registered spelling first
                    if form.target not in forms or derived < forms[form.target][0]:
                        forms[form.target] = (derived, Form(
                            form.target, form.surface, f"{form.origin}, less '{country.name}' that the text "
                            "names:", False, True, BARE))
            # English capitalises a name's every word ("House of Representatives", not "House of");
            # Russian only its first ("Палате общин" for "Палата общин Великобритании"), so a run
            # ending in lower case may as well be a description of any country's body ("Министерства
            # здравоохранения" in a text about Kazakhstan that also names Russia): only where the
            # text names one country.
            if forms and (tokens[j].text[:1].isupper() or russian and len(countries) == 1) \
                    and not (russian and _initials_after(tokens, j)):
                out.append((i, j + 1, [form for _, form in forms.values()]))
    return out


def _russian_word_of_one_country(tokens: list[Token], start: int, end: int, named: set[Target]) -> bool:
    """One capitalised Russian word that is a registered state body's name less its country
    ("Минздрав", "Кабмин" for "Минздрав России", "Кабмин Украины"), in a text that names that one
    country and no other: Russian news writes its own country's bodies so ("глава Минздрава
    Михаил Мурашко"), where English has no such one-word names but a dateline's country to rely
    on. Not before a place in the genitive, which owns the body there ("Минздрава Удмуртии" is a
    region's ministry), nor after a lower-case adjective, which tells which body it is
    ("регионального Минздрава")."""
    if end - start != 1 or len(named) != 1 or not _CYRILLIC.search(tokens[start].text):
        return False
    before = tokens[start - 1] if start > 0 else None
    if before is not None and before.text.islower() and "ADJF" in analyzer().parse(before.text)[0].tag:
        return False
    after = tokens[end] if end < len(tokens) else None
    return not (after is not None and after.start - tokens[start].end == 1 and after.text[:1].isupper()
                and any("gent" in p.tag and "Geox" in p.tag for p in analyzer().parse(after.text.lower())))


def _initials_after(tokens: list[Token], j: int) -> bool:
    """Russian initials right after token j ("Совете Безопасности ООН"): the body's owner in the
    genitive, named there, so the words are no bare state body of a country named elsewhere."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is not None and after.start - tokens[j].end == 1 and russian_initials(after.text)


_RUSSIAN_CAPITALS = re.compile(r"[\u0410-\u042f\u0401]{2,5}")


def russian_initials(word: str) -> bool:
    """A word of two to five Russian capitals ("РФ", "ООН", "КНДР", "РСФСР"): the initials of a
    state or a body, which Russian writes after the body they own, in no case of their own
    ("Минобороны РФ", "Совете Безопасности ООН"); homeland.py reads them so too."""
    return bool(_RUSSIAN_CAPITALS.fullmatch(word))


def owned_by(targets: list[Target], text: str, start: int, end: int,
             gazetteer: Gazetteer) -> tuple[list[Target], set[Target]]:
    """The candidates a name's owner, when the words around it give one, leaves, and that
    owner. After the name ("the Supreme Court of India") only an institution of that country
    is meant; before it ("Germany's Foreign Ministry", "the Turkish Interior Ministry"), the
    same where namesakes are another country's, while a name no other country's shares keeps
    its one candidate, whose home may not be known ("Germany's Foreign Office")."""
    if not any(t.kind == "organization" for t in targets):
        return targets, set()
    owner = owner_named_after(text, end, gazetteer)
    if owner:
        # tied_countries, not home_of: namesakes registered under one name and told apart by the
        # country their ids end with ("org-ministry-of-foreign-affairs-germany", "МИД Германии" beside
        # Poland's) are each that country's, so "Министерство иностранных дел Германии" is Germany's.
        return [t for t in targets if t.kind != "organization" or tied_countries(t, gazetteer) & owner], owner
    owner = owner_named_before(text, start, gazetteer)
    if owner:
        ties = {t: tied_countries(t, gazetteer) for t in targets if t.kind == "organization"}
        if any(tie and not tie & owner for tie in ties.values()):
            # Namesakes the registry tells apart by country: only the owner's is meant.
            return [t for t in targets if t not in ties or ties[t] & owner], owner
    return targets, set()


def _alias_of_a_body_at_home(match: Match, forms: list[Form], tokens: list[Token], gazetteer: Gazetteer,
                             story: frozenset[Target]) -> bool:
    """A state body's head word ("Treasury", "Navy") found as one word of the same body's longer
    name, its one registered alias of one word, where the body's home is the story's country."""
    targets = {f.target for f in forms}
    return match.end - match.start == 1 and stands_alone(tokens[match.start].key) and len(targets) == 1 \
        and {f.target for f in match.forms} == targets and all(f.partial for f in match.forms) \
        and all(home_of(t, gazetteer) & story for t in targets)


def with_bare_state_bodies(chosen: list[Match], tokens: list[Token], text: str, gazetteer: Gazetteer) -> list[Match]:
    """The linker's names found with
    state bodies named without their country in a text that names it: beside the namesakes
    the same words name ("the Senate": Jordan's, registered as "Senate", and the United
    States Senate), or alone where nothing was found, when the words are a name of two
    words or more inside a sentence ("House of Representatives"), or one that is a state body's
    head word ("Congress"; not "Weekly" for "US Weekly": bodies.py) in a story filed from its
    country ("WASHINGTON 1996-08-24"): a text that only names the country may mean another's."""
    by_span = {(m.start, m.end): m for m in chosen}
    taken = {n for m in chosen for n in range(m.start, m.end)}
    named = {forms[0].target for forms in (m.forms for m in chosen)
             if forms and forms[0].target.kind == "country" and len({f.target for f in forms}) == 1}
    story = story_countries(text, gazetteer)  # bodies.py: the country of the story's dateline
    named |= story
    for start, end, forms in sorted(bare_state_bodies(tokens, gazetteer, named), key=lambda b: b[0] - b[1]):
        if (start, end) in by_span and _alias_of_a_body_at_home(by_span[start, end], forms, tokens, gazetteer, story):
            # "Treasury" registered as an alias of the United States Department of the Treasury, in a
            # story filed from Washington: as strong as the word unregistered ("Congress", below), not
            # weaker for being listed.
            by_span[start, end].forms[:] = forms
        elif (start, end) in by_span:
            known = {f.target for f in by_span[start, end].forms}
            by_span[start, end].forms.extend(f for f in forms if f.target not in known)
        elif (end - start > 1 or stands_alone(tokens[start].key) and all(home_of(f.target, gazetteer) & story
                                                                          for f in forms)
              or _russian_word_of_one_country(tokens, start, end, named)) \
                and not taken & set(range(start, end)) \
                and not sentence_initial(tokens, start, text):
            taken.update(range(start, end))
            chosen.append(Match(start, end, forms))
    if any(_CYRILLIC.search(t.text) for t in tokens):  # "коллегии выборщиков" in a text naming the US (lowered_ru.py)
        chosen.extend(lowered_bodies(tokens, text, gazetteer, named, taken))
    full = named_in_full([(m.start, m.forms[0].target) for m in chosen if m.end - m.start > 1 and m.forms
                          and len({f.target for f in m.forms}) == 1 and m.forms[0].target.kind == "organization"],
                         gazetteer)
    for i, token in enumerate(tokens):  # "Navy" after "the U.S. Navy": the body the text named
        if token.key in full and full[token.key][0] < i and i not in taken and token.text[:1].isupper() \
                and not sentence_initial(tokens, i, text):
            chosen.append(Match(i, i + 1, [full[token.key][1]]))
    return sorted(chosen, key=lambda m: m.start)

