"""The registry's relational fields from the corpus's own relation annotations (`--related`).

A team's registry gives an organization its `country` (seat) and `parent`, and a person
their `country` and `positions` ({title, organization}), as the contract allows. Corpora
that annotate relations between the entities they link (DWIE: based_in0, citizen_of,
head_of, member_of, part_of, ...) let the bench give its registries the same fields, made
from the registry part's annotations only, never the drafted documents'.

A document may carry `relations`: [subject identity, relation, object identity] triples, the
identities as its `entities` and `marked` name them. A fact is kept when at least one article
states it; of an entity's several countries (or parents), the one the most articles state,
none when two tie. No dates: the corpora do not give them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from urllib.parse import unquote

from generator.names import normalize

# DWIE's relations in lower case, NEREL's in capitals.
# An organization's seat: "based in" the country, or a state's agency or ministry.
ORGANIZATION_COUNTRY = {"based_in0", "agency_of", "ministry_of", "HEADQUARTERED_IN"}
ORGANIZATION_PARENT = {"part_of", "institution_of", "PART_OF", "SUBORDINATE_OF"}
PERSON_COUNTRY = {"citizen_of", "ORIGINS_FROM"}
ORGANIZATION_MEMBER = {"MEMBER_OF"}  # a country member of an organization (NEREL: "Россия ... член ОДКБ")
# A person's tie to an organization, as a position's title.
POSITION_TITLES = {"head_of": "Head", "member_of": "Member", "player_of": "Player", "coach_of": "Coach",
                   "spokesperson_of": "Spokesperson", "founder_of": "Founder", "advisor_of": "Advisor",
                   "WORKPLACE": "Staff", "MEMBER_OF": "Member"}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """A country's name (common, ISO, official, not a demonym) -> its ISO alpha-2 code; a name
    two countries share is no one's."""
    from generator.draft.places import country_names

    from generator.draft.morph import inflections

    owners: dict[str, set[str]] = defaultdict(set)
    for country in country_names({}):
        for spelling, origin in country.names:
            if not origin.startswith("demonym"):
                # A Russian name in its case forms too: NEREL marks "Киргизии" where no link says which.
                for form in {spelling, *(inflections(spelling) if origin.startswith("Russian") else ())}:
                    owners[normalize(form)].add(country.code)
    return {name: next(iter(codes)) for name, codes in owners.items() if len(codes) == 1}


def country_code(identity: str) -> str:
    """The ISO code of the country a linked identity is ('United_States' -> 'US'), or ''."""
    title = re.sub(r"\s*\(.*\)$", "", unquote(identity).replace("_", " ")).strip()
    return _country_codes().get(normalize(title), "")


def _most_stated(counts: Counter) -> str:
    """The value the most articles state, or '' when two tie."""
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def _creates_cycle(child: str, parent: str, parents: dict[str, str]) -> bool:
    node = parent
    while node:
        if node == child:
            return True
        node = parents.get(node, "")
    return False


def add_related(tables: dict[str, dict], documents: list[dict], entity_id) -> dict[str, int]:
    """Give the registry's entries (`tables`: folder -> id -> record) the relational fields the
    documents' annotations state; `entity_id` maps an identity to its registry id. Returns how
    many of each field were given."""
    people, organizations = tables["people"], tables["organizations"]
    facts: dict[str, dict[str, Counter]] = {field: defaultdict(Counter) for field in
                                            ("org country", "org parent", "org members", "person country", "positions")}
    for doc in documents:
        stated = set()  # each fact once per article
        for subject, relation, obj in doc.get("relations", ()):
            sid, oid = entity_id(subject), entity_id(obj)
            if sid in organizations and relation in ORGANIZATION_COUNTRY and country_code(obj):
                stated.add(("org country", sid, country_code(obj)))
            elif sid in organizations and relation in ORGANIZATION_PARENT and oid in organizations and oid != sid:
                stated.add(("org parent", sid, oid))
            elif sid in people and relation in PERSON_COUNTRY and country_code(obj):
                stated.add(("person country", sid, country_code(obj)))
            elif oid in organizations and relation in ORGANIZATION_MEMBER and country_code(subject):
                stated.add(("org members", oid, country_code(subject)))
            elif sid in people and relation in POSITION_TITLES and oid in organizations:
                stated.add(("positions", sid, (POSITION_TITLES[relation], oid)))
        for field, subject, value in stated:
            facts[field][subject][value] += 1
    given = Counter()
    for sid, counts in sorted(facts["org country"].items()):
        if code := _most_stated(counts):
            organizations[sid]["country"] = code
            given["organization country"] += 1
    parents: dict[str, str] = {}
    for sid, counts in sorted(facts["org parent"].items()):
        parent = _most_stated(counts)
        if parent and not _creates_cycle(sid, parent, parents):
            parents[sid] = parent
            organizations[sid]["parent"] = parent
            given["organization parent"] += 1
    for oid, counts in sorted(facts["org members"].items()):
        organizations[oid]["members"] = sorted(counts)
        given["organization members"] += len(counts)
    for sid, counts in sorted(facts["person country"].items()):
        if code := _most_stated(counts):
            people[sid]["country"] = code
            given["person country"] += 1
    for sid, held in sorted(facts["positions"].items()):
        # "Member" says less than another title at the same organization (a club's player).
        specific = {org for title, org in held if title != "Member"}
        kept = sorted((title, org) for title, org in held if title != "Member" or org not in specific)
        people[sid]["positions"] = [{"title": title, "organization": org} for title, org in kept]
        given["person positions"] += len(kept)
    return dict(given)
