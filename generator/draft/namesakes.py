"""Namesakes a registry tells apart by a bracketed qualifier, as Wikipedia does: "FC
Zorbia" and "FC Zorbia (women)", "Zorbland Party" and "Zorbland Party (1990)". The one
registered without a qualifier is the name's primary meaning; a text means another only
when it says so, with the qualifier's words ("women", "1990") somewhere in it.
"""

from __future__ import annotations

from .gazetteer import QUALIFIED_NAME, Target
from .text import tokenize


def _split(name: str) -> tuple[str, str]:
    match = QUALIFIED_NAME.match(name.strip())
    base, qualifier = (match.group(1), match.group(2)) if match else (name, "")
    return " ".join(t.key for t in tokenize(base)), qualifier


def primary_meaning(targets: list[Target], text_keys: set[str]) -> Target | None:
    """The one candidate registered under the bare name that every other candidate's name
    qualifies, when the text holds none of those qualifiers' words; else None."""
    if len(targets) < 2 or any(t.kind != "organization" for t in targets):
        return None
    names = {t: _split(t.name) for t in targets}
    if len({base for base, _ in names.values()}) != 1:
        return None
    bare = [t for t, (_, qualifier) in names.items() if not qualifier]
    if len(bare) != 1:
        return None
    said = {t.key for _, qualifier in names.values() for t in tokenize(qualifier)}
    said |= {key[:-1] for key in said if key.endswith("s")}  # "women" / "woman"
    return None if said & text_keys or any(k + "s" in text_keys for k in said) else bare[0]
