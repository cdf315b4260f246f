"""Which mentions are one entity, what it is called, and which surface forms are names.

Mentions with the same link are one entity. A Wikipedia title or address names it; a
Wikidata id goes into `wikidata` and the most frequent name-like surface form names it.
Without a link, mentions with the same normalized text are one entity, when the text is
a name at all (see `name_like`).

Coreference layers link pronouns ("he", "His"), possessives ("Trump's") and descriptions
("the company", "A group of Afghan teenagers") to the entity as well. None of them may
become an alias: an alias "His" would match everywhere. So a surface form becomes an alias
only when it reads as a proper name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from ..kinds import PERSON
from ..names import normalize
from .document import Mention

_WIKIDATA = re.compile(r"(?:^|[/:=])(Q[1-9][0-9]{0,11})$")

PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself "
    "she her hers herself it its itself they them their theirs themselves who whom whose which what that "
    "this these those one ones someone somebody anyone anybody everyone everybody nobody none here there "
    "y'all".split()
)
DETERMINERS = frozenset(
    "a an the this that these those some any each every all both many several few most no another other "
    "such his her its their our my your much more either neither".split()
)
# Lowercase words that may stand inside a name: "Bank of England", "Leonardo da Vinci".
NAME_PARTICLES = frozenset(
    "of and the for de del della der di da das do dos du des la le les van von den al el bin ibn bint y e "
    "in on at to upon und et zu ter".split()
)
# Words that join a person's name to something else: "Alvin Yeung of Civic Party", "Ann Chiang and ...".
_PERSON_JOINERS = frozenset("of and for the in on at to from with".split())
MAX_NAME_WORDS = 8


def link_identity(link: str) -> tuple[str, str | None, str | None]:
    """(key, name, wikidata) of a link: the key groups mentions; name and wikidata when the link gives them."""
    text = link.strip()
    found = _WIKIDATA.search(text)
    if found and (text == found.group(1) or "wikidata" in text.lower()):
        return f"wikidata:{found.group(1)}", None, found.group(1)
    if text.lower().startswith(("http://", "https://")):
        parts = urlsplit(text)
        for host, path in (("wikipedia.org", "/wiki/"), ("dbpedia.org", "/resource/"), ("dbpedia.org", "/page/")):
            if host in parts.netloc and parts.path.startswith(path):  # DBpedia names its resources by Wikipedia titles
                title = _title(parts.path[len(path):])
                return f"wikipedia:{normalize(title)}", title, None
        return f"url:{text}", None, None
    prefix, sep, rest = text.partition(":")
    if sep and prefix.lower() in ("wikipedia", "wiki", "enwiki", "en", "dbpedia", "dbr"):
        if rest.strip().isdigit():  # a page id (brat's examples use them): a key, not a name
            return f"wikipedia-id:{rest.strip()}", None, None
        title = _title(rest)
        return f"wikipedia:{normalize(title)}", title, None
    title = _title(text)
    return f"wikipedia:{normalize(title)}", title, None


def _title(raw: str) -> str:
    return " ".join(unquote(raw).replace("_", " ").split())


def without_qualifier(name: str) -> str:
    """'Georgia (country)' -> 'Georgia': Wikipedia's disambiguation is not part of the name."""
    return re.sub(r"\s*\([^()]*\)$", "", name).strip() or name


def tidy(surface: str) -> str:
    """Tokenized text back to ordinary spacing: 'Kwok Ka - ki' -> 'Kwok Ka-ki', 'U.S. ,' -> 'U.S.'."""
    text = " ".join(surface.split())
    text = re.sub(r"(?<=\w) - (?=\w)", "-", text)
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    return text.strip(" ,;:")


def name_like(surface: str, document_text: str = "") -> str | None:
    """The surface form as a name ('the United Nations' -> 'United Nations'), or None when it
    is a pronoun, a possessive, a description or a common noun."""
    text = tidy(surface)
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or len(text) > 120:
        return None
    if words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if any(word in ("'s", "’s", "'", "’") or word.endswith(("'s", "’s", "s'", "s’")) for word in words):
        return None  # a possessive: "Trump's", "FTU 's Alice Mak"
    if words[0].lower() in PRONOUNS or words[0].lower() in DETERMINERS:
        return None
    for index, word in enumerate(words):
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        if index > 0 and word.lower() in NAME_PARTICLES:
            continue
        if not any(ch.isupper() for ch in word):
            return None
    name = " ".join(words)
    if document_text and name != name.lower() and _common_noun(name, document_text):
        return None
    return name


def _common_noun(name: str, document_text: str) -> bool:
    """'Hackers' or 'Climate change' at the start of a sentence is capitalized, not a name: the
    document also writes it in lower case."""
    lowered = name[0].lower() + name[1:]
    if lowered == name:
        return False
    return re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", document_text) is not None and not any(
        ch.isupper() for ch in name[1:]
    )


@dataclass
class Found:
    """An entity the documents mention: one per link (or per name, without a link) and kind."""

    kind: str
    key: str
    name: str | None = None  # from the link, when it gives one
    wikidata: str | None = None
    surfaces: Counter = field(default_factory=Counter)  # name-like surface forms
    other_surfaces: Counter = field(default_factory=Counter)  # the rest: a last resort for a name
    documents: set[str] = field(default_factory=set)  # document stems

    def best_name(self) -> str | None:
        if self.name:
            return self.name
        pool = self.surfaces or self.other_surfaces
        if not pool:
            return self.wikidata  # mentioned only as "he" or "it": the id is a better name than a pronoun
        return sorted(pool.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]

    def aliases(self) -> list[str]:
        """Surface names other than the name, once each (ignoring case and accents), that hold
        more than the name with words around it. A person's alias shares a word with the name ("Warhol" for "Andy Warhol"): a capitalized title such
        as "Man of the Match" is linked to the person by coreference, but is not their name."""
        name = self.best_name() or ""
        seen = {normalize(name), normalize(without_qualifier(name))}
        bare = normalize(without_qualifier(name))
        name_words = set(bare.split())
        out = []
        for surface in sorted(self.surfaces, key=lambda s: (-self.surfaces[s], s)):
            key = normalize(surface)
            if self.kind == PERSON and (not name_words & set(key.split()) or _PERSON_JOINERS & set(key.split())):
                continue
            if bare and f" {bare} " in f" {key} ":
                continue  # the name with a title or a place: "President Donald Trump" finds nothing the name does not
            if key not in seen:
                seen.add(key)
                out.append(surface)
        return sorted(out, key=normalize)


def group(document_stem: str, document_text: str, mentions: list[tuple[str, Mention]], found: dict, unlinked: bool) -> tuple[list[tuple[str, str]], int]:
    """Add a document's (kind, mention) pairs to `found` (keyed by (kind, key)); return the
    (kind, key) pairs it mentions, and how many unlinked mentions were left out."""
    keys: list[tuple[str, str]] = []
    left_out = 0
    for kind, mention in mentions:
        surface_name = name_like(mention.surface, document_text)
        if mention.link:
            key, name, wikidata = link_identity(mention.link)
            name = mention.link_name.strip() if mention.link_name and not name else name
        elif unlinked and surface_name:
            key, name, wikidata = f"text:{normalize(surface_name)}", None, None
        else:
            left_out += 1
            continue
        entry = found.get((kind, key))
        if entry is None:
            entry = found[(kind, key)] = Found(kind, key, name, wikidata)
        if surface_name:
            entry.surfaces[surface_name] += 1
        elif tidy(mention.surface) and not set(normalize(mention.surface).split()) <= PRONOUNS:
            entry.other_surfaces[tidy(mention.surface)] += 1
        entry.documents.add(document_stem)
        if (kind, key) not in keys:
            keys.append((kind, key))
    return keys, left_out


def merge_unlinked(found: dict) -> dict[tuple[str, str], tuple[str, str]]:
    """An unlinked name that is the name or a surface form of a linked entity of the same
    kind is that entity ("Donald Trump" unlinked in one document, linked in another).
    Returns where each merged key went."""
    moved: dict[tuple[str, str], tuple[str, str]] = {}
    by_name: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for (kind, key), entry in found.items():
        if key.startswith("text:"):
            continue
        for name in {entry.best_name() or "", *entry.surfaces}:
            if name:
                by_name.setdefault((kind, normalize(name)), set()).add((kind, key))
    for (kind, key) in sorted(k for k in found if k[1].startswith("text:")):
        targets = by_name.get((kind, key[len("text:"):]), set())
        if len(targets) == 1:
            target_key = next(iter(targets))
            entry = found.pop((kind, key))
            found[target_key].surfaces.update(entry.surfaces)
            found[target_key].documents.update(entry.documents)
            moved[(kind, key)] = target_key
    return moved
