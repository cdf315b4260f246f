"""Which of the tool's entity types become which kind of record (`--map TYPE=KIND`)."""

from __future__ import annotations

from ..kinds import COUNTRY, EVENT, ORGANIZATION, PERSON

SKIP = "skip"
KINDS = (PERSON, ORGANIZATION, EVENT, COUNTRY, SKIP)

# The usual labels of NER tag sets (CoNLL, OntoNotes, spaCy) and of hand-made layers.
# Places become countries only when they resolve to one; see identity.py.
DEFAULT_MAP = {
    **dict.fromkeys(("per", "person", "people", "persname"), PERSON),
    **dict.fromkeys(("org", "organization", "organisation", "orgname"), ORGANIZATION),
    **dict.fromkeys(("norp", "misc"), SKIP),
    **dict.fromkeys(("gpe", "loc", "location", "place", "placename", "country"), COUNTRY),
    **dict.fromkeys(("event", "evt"), EVENT),
}


class MappingError(ValueError):
    pass


def parse_map(items: list[str]) -> dict[str, str]:
    """The defaults overridden by `TYPE=KIND` items; types match ignoring case."""
    mapping = dict(DEFAULT_MAP)
    for item in items:
        label, sep, kind = item.partition("=")
        label, kind = label.strip(), kind.strip().lower()
        if not sep or not label:
            raise MappingError(f"--map {item!r}: expected TYPE=KIND, e.g. PER=person")
        if kind == "place":
            kind = COUNTRY
        if kind not in KINDS:
            raise MappingError(f"--map {item!r}: KIND must be one of {', '.join(KINDS)}")
        mapping[label.lower()] = kind
    return mapping


def kind_of(label: str, mapping: dict[str, str]) -> str:
    """The record kind for a tool type, or 'skip'. B-/I- prefixes of BIO tags are ignored."""
    key = label.strip().lower()
    if key not in mapping and len(key) > 2 and key[1] == "-" and key[0] in "bies":
        key = key[2:]
    return mapping.get(key, SKIP)
