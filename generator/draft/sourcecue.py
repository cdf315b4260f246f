"""A name standing where news writing cites its source, read as a state body less its country
while another body is registered under the very letters written.

"Как передает ВВС, телеканалы обещали ...", "..., сообщает ВВС.", "... отсидел два года в
тюрьме. (ВВС)": Russian news cites the outlet or agency it drew on as the subject of a reporting
verb ("как передает X", "..., сообщает X") or as a bracket of its own closing a paragraph. In a
text naming the United States, "ВВС" is also "ВВС США" less its country (homes.BARE), and the
rest of the text, naming the US, favours the air force. A cue of this kind says that a source is
meant, not which candidate is one (a ministry reports too), so it does not choose the other
reading; but the bare body then has against it both the letters, registered as written for
another body, and the place a source stands: draft abstains, with a doubt, rather than give the
source's words to the state body. Without the cue the linker's choice stands ("ВВС нанесли удар"
in a US story is the air force)."""

from __future__ import annotations

import re

from .gazetteer import Form, Target
from .homes import BARE
from .morph import analyzer
from .text import Token

# Verbs whose subject is where a Russian text cites what it reports ("как передает ТАСС"):
# to pass on, to report, to write, to inform. Not "заявлять" or "считать":
# ministers and ministries state and think as often as outlets do: no cue then.
_REPORTING = frozenset({"передавать", "сообщать", "писать", "информировать"})
_CLAUSE_END = re.compile(r"[,—–-]\s*$")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
_PARAGRAPH_END = re.compile(r"\.?[ \t]*(?:\n|$)")


def _reporting_verb(word: str) -> bool:
    """A present or past form of a reporting verb in the third person or the past ("передает",
    "сообщал"), by pymorphy3's first reading."""
    parses = analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "VERB" and parses[0].normal_form in _REPORTING


def source_cue(text: str, tokens: list[Token], start: int, end: int) -> str:
    """Why tokens[start:end] stands where a source is cited, or ''."""
    first, last = tokens[start], tokens[end - 1]
    if start >= 1 and _reporting_verb(tokens[start - 1].text) \
            and text[tokens[start - 1].end:first.start] == " ":
        verb = tokens[start - 1]
        before = text[max(0, verb.start - 40):verb.start]
        said_after = start >= 2 and tokens[start - 2].text.lower() == "как" \
            and text[tokens[start - 2].end:verb.start] == " "
        # "..., сообщает ВВС." closes the sentence it reports: the name ends it.
        closing = bool(_CLAUSE_END.search(before)) and bool(re.match(r"\s*[.!]", text[last.end:last.end + 3]))
        if said_after or closing:
            return f"the subject of '{verb.text}', where a text cites its source"
    if first.start >= 1 and text[first.start - 1] == "(" and text[last.end:last.end + 1] == ")" \
            and _SENTENCE_END.search(text[max(0, first.start - 12):first.start - 1]) \
            and _PARAGRAPH_END.match(text, last.end + 1):
        return "a bracket of its own closing a paragraph, where a text credits its source"
    return ""


def bare_body_at_a_source(forms: list[Form], chosen: Target, text: str, tokens: list[Token],
                          start: int, end: int) -> str:
    """Why the bare state body chosen for a name that stands where a source is cited is left out
    (another body is registered under the letters as written), or ''."""
    if not any(f.target == chosen and f.partial == BARE for f in forms):
        return ""
    written = text[tokens[start].start:tokens[end - 1].end]
    exact = sorted({f.target.id for f in forms if f.target != chosen and f.surface == written
                    and f.partial != BARE and f.origin.startswith(("name", "alias"))})
    if not exact:
        return ""
    cue = source_cue(text, tokens, start, end)
    return f"{chosen.id} ({BARE}) or {', '.join(exact)}, registered as written; {cue}" if cue else ""
