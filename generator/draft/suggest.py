"""Names that look like entities but are not in the registry: runs of capitalised
words (with "of", "for", "and"... inside) and acronyms, outside every name already
found. Each becomes a registry entry to paste: its name, aliases the text defines
("Collective Security Treaty Organization (CSTO)"), and a kind where the text says
it (a head word such as "Organization" or "Ministry", a title such as "Mr")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unidecode import unidecode

from ..dates import MONTHS
from .linking import Linking
from .text import Token, capitalized, is_acronym, is_cased_script, line_of, tokenize

_CONNECTORS = {"of", "for", "and", "the", "de", "on", "in", "al", "bin", "von", "van", "der", "la", "du"}
_SKIP = {m.lower() for m in MONTHS} | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in",
                                      "on", "at", "this", "that", "these", "those", "mr", "mrs", "ms", "dr"}
ORG_HEADS = {
    "organization": "other", "organisation": "other", "center": "other", "centre": "other",
    "ministry": "government-agency", "agency": "government-agency", "committee": "other", "council": "other",
    "service": "security-service", "services": "security-service", "party": "political-party",
    "army": "military", "forces": "military", "front": "armed-group", "brigade": "armed-group",
    "union": "other", "bank": "company", "company": "company", "corporation": "company", "group": "other",
    "association": "ngo", "foundation": "ngo", "fund": "ngo", "institute": "other", "university": "other",
    "commission": "other", "office": "government-agency", "department": "government-agency",
    "court": "other", "parliament": "other", "assembly": "other", "news": "media", "times": "media",
}
# Closed-class words (articles, prepositions, conjunctions, pronouns, auxiliaries) that a
# capitalised run may begin or end with at a sentence's start or around a title: never the
# first or last word of a name ("of State" left after "Secretary", "After Quux Nonesuch").
FUNCTION_WORDS = {
    "a", "an", "the", "of", "for", "and", "or", "but", "nor", "in", "on", "at", "to", "from", "by", "with",
    "without", "after", "before", "during", "while", "when", "where", "if", "as", "since", "until", "about",
    "against", "between", "into", "through", "over", "under", "among", "amid", "across", "via", "within",
    "upon", "despite", "although", "though", "because", "once", "unlike", "like", "per", "this", "that",
    "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
    "your", "there", "here", "then", "also", "so", "yet", "all", "some", "many", "most", "each", "every",
    "both", "either", "neither", "what", "which", "who", "whom", "whose", "why", "how", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall",
    "should", "must", "do", "does", "did", "not", "no", "according", "de", "del", "da", "la", "le", "du",
    "von", "van", "der", "al", "bin", "y",
    "и", "в", "во", "на", "по", "с", "со", "к", "ко", "о", "об", "от", "до", "из", "за", "для", "при", "без",
    "но", "а", "или", "что", "как", "это", "этот", "эта", "он", "она", "они", "мы", "я", "вы", "его", "её", "их",
}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "general", "colonel", "senator", "governor",
                 "chairman", "secretary", "prince", "king", "queen", "judge", "ambassador", "mayor", "sheikh",
                 "head", "chief", "deputy", "spokesman", "spokeswoman", "commander", "director", "officer"}


@dataclass
class Suggestion:
    name: str
    line: int
    folder: str | None  # organizations, people, or None when the text does not say
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", unidecode(self.name).lower()).strip("-")
        return slug[:80].rstrip("-") or "unnamed"


def _runs(tokens: list[Token], covered: set[int], text: str) -> list[tuple[int, int]]:
    runs, i = [], 0
    while i < len(tokens):
        token = tokens[i]
        if i in covered or not is_cased_script(token.text) or not capitalized(token.text) \
                or token.text.lower() in _SKIP or token.text.isdigit():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j not in covered:
            gap = text[tokens[j - 1].end:tokens[j].start]
            initial = len(tokens[j - 1].text) == 1 and gap in (".", ". ")  # "D.C.", "J. R. R. Tolkien"
            if (gap not in (" ", "-") and not initial) or tokens[j].text.isdigit():
                break
            if capitalized(tokens[j].text) and tokens[j].text.lower() not in _SKIP:
                j += 1
            elif tokens[j].text.lower() in _CONNECTORS and j + 1 < len(tokens) and capitalized(tokens[j + 1].text) \
                    and text[tokens[j].end:tokens[j + 1].start] == " " and j + 1 not in covered:
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def suggest(text: str, tokens: list[Token], linking: Linking, skip_lines: set[int],
            skip_span: tuple[int, int] = (0, 0)) -> list[Suggestion]:
    """`skip_lines` (title, date line) and `skip_span` (the dateline's words) name no entity."""
    found: dict[str, Suggestion] = {}
    for start, end in _runs(tokens, linking.covered, text):
        title = ""
        while end - start > 1 and tokens[start].text.lower() in PERSON_TITLES | FUNCTION_WORDS:
            # "President Quux Nonesuch": the title says what the name is, it is not part of it
            word = tokens[start].text.lower()
            title = title or (word if word in PERSON_TITLES else "")
            start += 1
            if word in PERSON_TITLES and end - start > 2 and tokens[start].text.lower() in _CONNECTORS:
                start += 2  # "Secretary of State Quux Nonesuch": the title has its own object
        while end - start > 1 and tokens[end - 1].text.lower() in FUNCTION_WORDS:
            end -= 1
        if tokens[start].text.lower() in FUNCTION_WORDS or not tokens[start].text[:1].isupper() \
                or not tokens[end - 1].text[:1].isupper() and is_cased_script(tokens[end - 1].text):
            continue  # a name starts and ends with a capitalised word: "Secretary of State" is a title
        first, last = tokens[start], tokens[end - 1]
        if text[last.end:last.end + 1] == "." and len(last.text) == 1:
            last_end = last.end + 1  # keep the full stop of a final initial: "Washington D.C."
        else:
            last_end = last.end
        line = line_of(text, first.start)
        if line in skip_lines or skip_span[0] <= first.start < skip_span[1]:
            continue
        name = text[first.start:last_end]
        single = end - start == 1
        if last.text.lower() in PERSON_TITLES:
            continue  # "Police Colonel General", "Foreign Minister": a title, not a name
        if single and (not is_acronym(name) or len(name) < 2):
            continue  # one capitalised word is as often a sentence's first word as a name
        words = {t.key for t in tokens[start:end]}
        if any(words <= {t.key for t in tokenize(s.name)} for s in found.values()):
            continue  # "Trump" after "Donald Trump", "FIRST Global" after the longer name: the same one
        head = last.text.lower()
        folder, kind = None, None
        if head in ORG_HEADS and not single:
            folder, kind = "organizations", ORG_HEADS[head]
        elif title and not single:
            folder = "people"
        defined = re.match(r"\s*\(\s*([^\W\d_][\w.&-]{0,9})\s*[,)]", text[last.end:])
        aliases = [defined.group(1)] if defined and is_acronym(defined.group(1)) and not single else []
        key = name.casefold()
        if key in found:
            continue
        if single and any(name in s.aliases for s in found.values()):
            continue
        found[key] = Suggestion(name, line, folder, kind, aliases)
    return list(found.values())
