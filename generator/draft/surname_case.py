"""Which of a lone surname's registered bearers a Russian phrase means, by the case its place demands.

One written form can be different bearers' surnames in different cases: "Медведева" is a man's
(Медведев) genitive and a woman's (Медведева) nominative; "Клинтон" a woman's every case and a man's
nominative only. Russian word order often decides the case:

- right after an inanimate common noun, with nothing but a space between, a surname is that noun's
  genitive attribute ("Правительство Медведева", "администрацию Клинтон"): only a bearer whose
  genitive the form is can be meant. Not after an animate noun (a title, "министр Медведева", agrees
  with the surname in case), nor after a noun read first in the accusative or instrumental (a time
  word, "Летом Медведева выиграла", may open the clause whose subject the surname is), nor when the
  noun is itself governed by a preposition, a number, another noun or an adjective ("министр спорта
  Медведева": the surname may belong to the title before), nor when a verb follows the surname that
  a person could be the subject of (only a neuter or plural verb agreeing with the noun is the noun's:
  "Правительство Медведева внесло"; "Новость Медведева прокомментировала" may be hers);
- right after a preposition that governs one case ("у Медведева": genitive; "к Медведевой": dative).

Where only one bearer's form in that case is the written one, the text means that one; else this
says nothing (surnames.py goes on as before: gender, the team's articles, or a doubt).
"""

from __future__ import annotations

from .gazetteer import Target
from .morph import analyzer, inflections
from .text import Token

# Prepositions that govern one case only (a closed class of the language, not names).
_ONE_CASE = {"у": "gent", "без": "gent", "для": "gent", "из": "gent", "от": "gent", "после": "gent",
             "против": "gent", "среди": "gent", "около": "gent", "к": "datv", "ко": "datv", "над": "ablt",
             "при": "loct"}
_NOT_HEAD_CASES = {"accs", "ablt"}
_BEFORE_HEAD = {"PREP", "NUMR", "NOUN", "ADJF", "PRTF", "ADJS"}


def _spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start] == " "


def _first(word: str):
    parses = analyzer().parse(word)
    return parses[0] if parses else None


def _after_noun(text: str, tokens: list[Token], i: int) -> bool:
    """The surname at `i` stands where only a genitive attribute of the noun before it can."""
    noun = tokens[i - 1]
    readings = analyzer().parse(noun.text)
    head = readings[0] if readings else None
    if head is None or head.tag.POS != "NOUN" or "inan" not in head.tag or head.tag.case in _NOT_HEAD_CASES \
            or {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & head.tag.grammemes \
            or any(p.tag.POS == "NOUN" and "anim" in p.tag for p in readings):
        return False
    if i >= 2 and text[tokens[i - 2].end:noun.start].strip() == "" and (
            tokens[i - 2].text.isdigit() or (before := _first(tokens[i - 2].text)) is not None
            and before.tag.POS in _BEFORE_HEAD):
        return False  # "в субботу", "министр спорта", "5 июня": the noun is no clause's own head
    if i + 1 < len(tokens) and _spaced(text, tokens[i], tokens[i + 1]):
        after = analyzer().parse(tokens[i + 1].text)
        verbs = [p for p in after if p.tag.POS in {"VERB", "PRTS"}]
        if verbs and not any(p.tag.gender == head.tag.gender == "neut" and p.tag.number == head.tag.number == "sing"
                             or p.tag.number == head.tag.number == "plur" for p in verbs):
            return False  # "Летом Медведева выиграла", "Новость Медведева прокомментировала": may be hers
    return True


def demanded_case(text: str, tokens: list[Token], i: int) -> tuple[str, str]:
    """The case the place of the word at `i` demands, and the word that demands it; ('', '') if none."""
    if i == 0 or not _spaced(text, tokens[i - 1], tokens[i]):
        return "", ""
    before = tokens[i - 1].text
    if (case := _ONE_CASE.get(before.lower())) is not None:
        return case, before
    if before.isalpha() and _after_noun(text, tokens, i):
        return "gent", before
    return "", ""


def _surname_forms(person: Target, case: str) -> set[str]:
    spellings = (person.name, *(getattr(person.entity, "aliases", None) or ()))
    return {form.split()[-1].lower().replace("ё", "е") for s in spellings for form in inflections(s, (case,))}


def the_one_in_case(text: str, tokens: list[Token], i: int, bearers: set[Target]) -> tuple[Target | None, str]:
    """The one bearer whose surname in the case its place demands is the written word, and why;
    (None, '') when the place demands no case or not exactly one bearer fits."""
    if len(tokens[i].text) < 2:
        return None, ""  # "для В", "Дом В": a letter (a plan's, a building's) is no surname
    case, cue = demanded_case(text, tokens, i)
    if not case:
        return None, ""
    word = tokens[i].text.lower().replace("ё", "е")
    fits = [p for p in sorted(bearers, key=lambda p: p.id) if word in _surname_forms(p, case)]
    if len(fits) != 1:
        return None, ""
    names = {"gent": "genitive", "datv": "dative", "ablt": "instrumental", "loct": "prepositional"}
    return fits[0], f"of {len(bearers)} registered bearers of that surname the only one whose {names[case]} it is, " \
                    f"as '{cue}' before it demands"
