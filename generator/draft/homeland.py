"""A country's institution found by a short form in a text about another country.

An organization registered under a name that names its country ("Министерство внутренних
дел Российской Федерации", "Synthland Supreme Court") is often written by a short form
that does not ("МВД", "Минюст", "Верховный суд", "the Supreme Court"), and every country
has an institution called so. When the text names other countries and never that one,
the short form is most likely the other country's: the reference is left out and the
draft says why (a wrong reference costs the reader more than a missing one)."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, Target
from .bodies import story_countries
from .clubs import club_words
from .lexicon import city_country
from .homes import adjective_owner_before, country_spellings, countries_named_in, home_of, russian_initials
from .linking import Doubt, Linking
from .text import script_of, token_key, tokenize


def leave_out_foreign_institutions(linking: Linking, gazetteer: Gazetteer, text: str = "") -> None:
    named = set(linking.targets("country")) | story_countries(text, gazetteer)  # bodies.py: the dateline's
    if not named:
        return  # a text that names no country says nothing about whose institution it is
    homes: dict[Target, set[Target]] = {}
    for target in linking.targets("organization"):
        homes[target] = countries_named_in(target.name, gazetteer, at_an_end=True)
        if _club_of_a_city_abroad(target.name, homes[target]):
            homes[target] = set()  # "U.S. Lecce": Unione Sportiva, an Italian club
    # A mention that names its owner, in its words or by the adjective before it ("украинского
    # МИДа"), is that owner's institution, whatever else the text names.
    foreign = {target for target, home in homes.items() if home and not home & named
               and not any(countries_named_in(m.words, gazetteer) or _owner_initials(m.words, text[m.end:m.end + 12])
                           or adjective_owner_before(text, m.start, gazetteer) & home
                           for m in linking.mentions if m.target == target)}
    for mention in [m for m in linking.mentions if m.target in foreign]:
        linking.mentions.remove(mention)
        home = ", ".join(sorted(c.name for c in homes[mention.target]))
        linking.doubts.append(Doubt(mention.words, mention.line,
                                    f"'{mention.target.name}' is {home}'s, and the text names other countries "
                                    f"and never {home}: likely another country's"))
    _leave_out_bodies_of_unnamed_owners(linking, gazetteer, text, named)


def _leave_out_bodies_of_unnamed_owners(linking: Linking, gazetteer: Gazetteer, text: str,
                                        named: set[Target]) -> None:
    """A body whose registered name gives its owner by initials that are no country's ("Совет
    Безопасности ООН", "КГБ СССР"), written without them, in a text that names countries and never
    that owner, where a country's body bears the same words ("Совет безопасности Российской
    Федерации", Russia's security service registered also as "КГБ"): every state has a security
    council, and a text about Belarus that writes "секретарь Совета безопасности" means Belarus's,
    unregistered, not the UN's. Left out, with a doubt, unless the text names the namesake's
    country too (then the namesakes are the linker's to weigh)."""
    for target in sorted({m.target for m in linking.mentions if m.target.kind == "organization"},
                         key=lambda t: t.id):
        owner = _initials_owner(target, text)
        if not owner[0] or home_of(target, gazetteer) \
                or {f.target for f in gazetteer.lookup(token_key(owner[0]))} & set(linking.targets()):
            continue  # "Организации Объединённых Наций" names the UN as its initials do
        homes = _countries_bearing(owner[1], target, gazetteer)
        if not homes or homes & named:
            continue
        where = ", ".join(sorted(c.name for c in homes))
        for mention in [m for m in linking.mentions if m.target == target]:
            linking.mentions.remove(mention)
            linking.doubts.append(Doubt(mention.words, mention.line,
                                        f"'{target.name}' is {owner[0]}'s, which the text never names, and "
                                        f"{where}'s body bears the same name: likely the text's own country's"))


def _initials_owner(target: Target, text: str) -> tuple[str, set[str]]:
    """The initials that end a body's registered name or aliases ("ООН" of "Совет Безопасности
    ООН") when the text never writes them, and the spellings less them as keys ("совет
    безопасности", "кгб" of "КГБ СССР"); empty where its names end in no initials or the text
    writes them."""
    spellings = [target.name, *(getattr(target.entity, "aliases", None) or ())]
    owners: dict[str, set[str]] = {}
    for spelling in spellings:
        words = spelling.split()
        if len(words) >= 2 and russian_initials(words[-1]):
            owners.setdefault(words[-1], set()).add(" ".join(t.key for t in tokenize(" ".join(words[:-1]))))
    if len(owners) != 1:
        return "", set()
    initials, stems = next(iter(owners.items()))
    return ("", set()) if re.search(rf"(?<!\w){initials}(?!\w)", text) else (initials, stems)


def _countries_bearing(stems: set[str], target: Target, gazetteer: Gazetteer) -> set[Target]:
    """The countries whose registered bodies bear one of `stems` as a name or alias, or as their
    name less the country it names after ("Совет безопасности" of "Совет безопасности Российской
    Федерации")."""
    out: set[Target] = set()
    for stem in sorted(stems):
        forms = list(gazetteer.lookup(stem))
        for (_, russian), keys in country_spellings().items():
            if russian:
                forms += [f for key in keys for f in gazetteer.lookup(f"{stem} {key}")]
        for form in forms:
            if form.target.kind == "organization" and form.target != target:
                out |= home_of(form.target, gazetteer)
    return out


# A state's initials written right after a body's short form ("Минобороны РФ" where "Минобороны" is
# the registered alias): the owner named as in "МИД РФ", though outside the words matched.
_WORD_AFTER = re.compile(r" (\w+)")


def _owner_initials(words: str, after: str = "") -> bool:
    """A Russian body's name written with a state's initials last ("МИД РФ", "Минздрав РФ"), or
    with them right after the words (`after`, the text that follows): the initials name its owner
    as a country's name does, where no country's name spells them (РФ, РК: the initials of
    several states' official names). Initials as homes.py reads them after a body's words."""
    parts = words.split()
    following = _WORD_AFTER.match(after)
    return len(parts) >= 2 and russian_initials(parts[-1]) \
        or following is not None and russian_initials(following.group(1))


def _club_of_a_city_abroad(name: str, home: set[Target]) -> bool:
    """A club-like name (clubs.py) opening with a country's initials whose city lies in another
    country ("U.S. Lecce", Unione Sportiva of Lecce, Italy): the initials are the club's affix, as
    "FC" or "SV" are, not its owner, and a text about the club names no United States."""
    if script_of(name) != "latin":
        return False  # a Russian body's initials ("МВД") are no club's affix
    codes = {city_country(word) for word in club_words(name, lambda _: False)} - {""}
    return bool(codes) and not codes & {t.id for t in home}
