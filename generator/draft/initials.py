"""Registered acronyms the text uses for another body than the registered one, read before
the acronym is taken (misreadings.py asks; organizations only). A registry made from one set of
pages holds the initials its pages gave one body; other pages give the same letters to others:

- a city right after the initials ("CSKA Sofia" beside a registered "CSKA" of FC CSKA Zorbton,
  "AEK Larnaca") names that city's body of those initials, when no registered name of the
  acronym's body holds the city (the longer name, were it registered, would have matched whole);
- one letter beside another ("W L PCT", a table's column headings; "A B C D", a list) is one of
  a run of letters, not a body registered by that letter. Tried and not kept: one letter
  anywhere, one alone in brackets as a label ("( C )"), and one before a full stop and a name as
  a person's initial ("E.Zorbova"): held-out DWIE and SlavicNER lost right ones each time.
  (linker.defined_acronyms does not take one letter in brackets as the text's own acronym.)"""

from __future__ import annotations


from .gazetteer import Form
from .lexicon import is_city
from .text import Token, name_words


def initials_read_otherwise(text: str, tokens: list[Token], start: int, end: int, forms: list[Form]) -> str:
    """Why the registered acronym at tokens [start, end) names no registered body here, or ''."""
    if end - start != 1 or not forms or not all(f.acronym for f in forms):
        return ""
    letters = [ch for ch in tokens[start].text if ch.isalpha()]
    if len(letters) == 1 and _among_letters(text, tokens, start):
        return "one of a run of letters, not a body's acronym"
    city = _city_after(text, tokens, end)
    if city and not any(_names_hold(f, city) for f in forms):
        return f"'{tokens[start].text} {city}': that city's body of the same initials, not the registered one"
    return ""


def _among_letters(text: str, tokens: list[Token], i: int) -> bool:
    """One letter beside another one, a space or a comma between ("W L PCT", a table's column
    headings; "A B C D", a list): letters of a run, not a name."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper():
            a, b = sorted((i, j))
            if text[tokens[a].end:tokens[b].start] in (" ", ", ", ","):
                return True
    return False


def _city_after(text: str, tokens: list[Token], end: int) -> str:
    """A city's name (15,000 people or more) of one or two capitalised words right after the
    initials, after one space: "CSKA Sofia", "AEK Larnaca"."""
    if end >= len(tokens) or text[tokens[end - 1].end:tokens[end].start] != " ":
        return ""
    for stop in (end + 2, end + 1):
        span = tokens[end:stop]
        if stop > len(tokens) or not all(t.text[:1].isupper() and not t.text.isupper() for t in span) \
                or any(text[a.end:b.start] != " " for a, b in zip(span, span[1:])):
            continue
        written = text[span[0].start:span[-1].end]
        if is_city(written, 15_000):
            return written
    return ""


def _names_hold(form: Form, city: str) -> bool:
    """A registered name of the acronym's body holds the city ("PSV Eindhoven" for "PSV")."""
    entity = form.target.entity
    wanted = name_words(city)
    for name in (form.target.name, *(getattr(entity, "aliases", ()) or ())):
        words = name_words(name)
        if any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)):
            return True
    return False
