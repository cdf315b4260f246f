"""Credits and bylines: who supplied or wrote the article, not what it is about.

A wire agency credited at the end ("... the last sentence. tj/ipj (AFP, Reuters)",
"Author: Jane Doe (dpa, Reuters) Editor: John Roe"), a Reuters credit "(Reporting by
Jane Doe; Editing by John Roe)", a line "By Jane Doe, Associated Press", "Additional
reporting by Jane Doe" or "© 2024 Examplia Press", a trailing "— AP": an analyst does not want every
article to reference the agencies it drew on, and annotators do not mark them. Names
found only inside such a span are left out, with a comment; a name the body also
uses is still referenced ("Reuters reported that ..." is a reference).

Only the forms news sites use for credits are read, and only where they stand: at the
end of a paragraph after a finished sentence, or as a line of their own, and only
when they hold names ("By Monday the talks had ended" is a sentence). The
contract's `source` is the outlet that published the article, which a credit does
not name (DW credits AFP and Reuters), so nothing else is set from it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# A credited name: a few words, an agency's letters ("AFP", "dpa", "Getty Images").
_WORD = r"[^\W\d_][\w&'’-]*(?:\.[\w&'’-]+)*\.?"
_ITEM = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_LIST = rf"{_ITEM}(?:\s*[,;/]\s*{_ITEM}|\s+and\s+{_ITEM}){{0,6}}"
# Editors' initials joined by slashes, DW's signature, agencies sometimes among them
# ("tj/ipj", "tkw/AFP/AP/dpa"): at least one piece is a short lower-case run.
_PIECE, _LOW = r"[A-Za-z]{1,8}", r"[a-z]{1,4}(?![A-Za-z])"
_SLASHED = rf"(?:(?:{_PIECE}/)+{_LOW}(?:/{_PIECE})*|{_LOW}(?:/{_PIECE})+)"
_EDITOR = r"Editors?:\s*[^\W\d_][^\n]{0,80}"
# Not a picture's credit ("Image: Jane Doe."): GUM's annotators mark the names in them,
# and DWIE's texts have none (measured: GUM organizations 0.837 / 0.973 -> 0.833 / 0.946).
_LABEL = (r"(?:Authors?|Editors?|Reporters?|Text)\s*:"
          r"|(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Cc]ompiling|"
          r"[Ww]ritten|[Rr]eported|[Ee]dited|[Tt]ranslat(?:ed|ion))\s+by\b")
_LABELLED = rf"(?:{_LABEL})\s*[^\W\d_][^\n]{{0,160}}"
# "(c)" opens a list's third item too: a copyright notice has its year.
_COPYRIGHT = r"(?:©|(?:Copyright\s*)?\([Cc]\)\s*(?:19|20)\d\d|Copyright\s*(?:©|(?:19|20)\d\d))"
_INTERVIEW = r"(?:This|The)\s+interview\s+was\s+(?:conducted|carried\s+out|recorded)\s+by\s+[A-Z][^\n]{0,120}"

# At the end of a paragraph: (pattern, whether a finished sentence must come before it,
# whether it holds only names, what the line's end must hold for the pattern to be tried).
_TAILS = [(re.compile(rf"(?<!\S)(?:{p})\s*$"), after_sentence, names, re.compile(needle))
          for p, after_sentence, names, needle in (
    (rf"{_SLASHED}\s*\(\s*{_LIST}\s*\)(?:\s+{_EDITOR})?", False, True, "/"),  # "tj/ipj (AFP, Reuters)"
    (rf"{_SLASHED}(?:\s+{_EDITOR})?", True, True, "/"),  # "tkw/AFP/AP/dpa Editor: Jane Doe"
    (rf"{_LIST}\s*\(\s*{_SLASHED}\s*\)(?:\s+{_EDITOR})?", True, True, "/"),  # "AFP, dpa (hch/bea)"
    (_LABELLED, True, True, _LABEL),  # "Author: Jane Doe (dpa) Editor: John Roe"
    (_INTERVIEW, True, False, "interview"),  # "This interview was conducted by Jane Doe, and was edited ..."
    # The outlet sending its reader to its own pages: "Подробнее о переговорах читайте в “Ъ”."
    (r"[Пп]одробнее[^.!?\n]{0,120}\s[Чч]итайте[^.!?\n]{0,80}[.!]?", True, False, "итайте"),
)]
# At the end of the text's last line only: bare agency names, which anything could end with.
_LAST_TAILS = [(re.compile(rf"(?<!\S)(?:{p})\s*$"), True, True, re.compile(needle)) for p, needle in (
    (rf"(?:—|–|--|-)\s*{_LIST}", r"\s(?:—|–|-)"),  # "... the minister said. — AP"
    (rf"\(\s*{_LIST}\s*\)", r"\)\s*$"),  # "... the minister said. (AFP)"
)]
# Anywhere: a bracketed credit no sentence would write.
_BRACKETED = re.compile(rf"\((?:{_LABEL})\s*[^()\n]{{1,300}}\)")
# A whole line.
_LINES = [re.compile(rf"\s*(?:{p})\s*") for p in (
    r"By\s+[^\W\d_][^\n]{0,100}",  # "By Jane Doe, Associated Press"
    _LABELLED,  # "Author: Jane Doe", "Additional reporting by Jane Doe in Zorbville"
    _COPYRIGHT + r"[^\n]{0,200}",  # "© 2024 Examplia Press. All rights reserved."
    rf"{_SLASHED}(?:\s*\(\s*{_LIST}\s*\))?(?:\s+{_EDITOR})?",
)]
# A publisher's notice about its own material below the story: copying rights, a reproduction ban
# ("Перепечатка материалов допускается только со ссылкой", "All rights reserved"). It names the
# outlet that published the text, not a subject of it. Not a wire's disclaimer ("Reuters has not
# verified these stories and does not vouch for their accuracy"): AIDA's annotators mark Reuters in
# it (measured: 13 right lost on AIDA dev stories).
_NOTICE = re.compile(
    r"[Вв]се права (?:защищены|на материалы)|[Пп]ерепечатка материалов"
    r"|(?:[Ии]спользовани\w* материалов|[Кк]опирование (?:информации|материалов))[^\n]{0,200}?"
    r"(?:разреш|допуска|запрещ|ссылк)"
    r"|(?:воспроизвед|републикаци)\w*[^\n]{0,200}?(?:разрешени|запрещ|воспрещ|ссылк|ограничени)"
    r"|\b[Aa]ll rights reserved|\b(?:[Rr]eproduc|[Rr]edistribut|[Rr]epublish)\w*[^\n]{0,120}?(?:permission|prohibited)")
_LONGEST_NOTICE = 800  # a notice is a paragraph of its own, not a story's
_SENTENCE_END = ".!?\"”’»)]"
_UNFINISHED = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|No|vs)|\b[A-Z])\.$")
_TAIL_REACH = 400  # characters from a line's end where a credit may begin
# Words a credit of names may hold besides names and initials.
_CREDIT_WORDS = {"and", "in", "of", "the", "de", "da", "van", "von", "der", "al", "by", "for", "from", "at", "with",
                 "additional", "reporting", "writing", "editing", "research", "compiled", "compiling", "written",
                 "reported", "edited", "translated", "translation", "all", "rights", "reserved"}
# Words a slash joins in English ("and/or", "his/her", "w/o"): no editors' initials.
_SLASHED_WORDS = {"and", "or", "he", "she", "his", "her", "him", "hers", "on", "off", "in", "out", "up", "down", "yes",
                  "no", "w", "o", "s", "c", "a", "to", "from", "per", "either", "if", "when", "we", "us", "you", "they"}


@dataclass(frozen=True)
class Credit:
    start: int  # character offsets in the text, end exclusive
    end: int
    words: str  # the credit as written


def _names_only(words: str) -> bool:
    """A credit names people and outlets: every word is capitalised, is a word credits
    are written with ("Reporting by ... in"), or is a run of initials or an agency in lower
    case in brackets or joined by a slash ("/dfm", "(dpa, Reuters)"); "By Monday the talks
    ended" is a sentence."""
    tokens = list(re.finditer(r"[^\W\d_][\w'’-]*", words))
    if not tokens or len(tokens) > 30:
        return False
    if any(set(run.lower().split("/")) <= _SLASHED_WORDS for run in re.findall(r"[^\W\d_]+(?:/[^\W\d_]+)+", words)):
        return False  # "and/or", "his/her": English, not editors' initials
    return all(t.group()[:1].isupper() or t.group().lower() in _CREDIT_WORDS or _initials(words, t) for t in tokens)


def _initials(words: str, token: re.Match) -> bool:
    word = token.group()
    if len(word) > 4 or not word.isalpha() or not word.islower():
        return False
    bracketed = words.count("(", 0, token.start()) > words.count(")", 0, token.start())
    return bracketed or words[token.start() - 1:token.start()] == "/" or words[token.end():token.end() + 1] == "/"


def _a_heading(line: str) -> bool:
    """'By car', 'By Anonymous': a by-line names someone in two words or more."""
    words = line.split()
    return words[0] == "By" and sum(w[:1].isupper() for w in words[1:]) < 2


def _after_a_sentence(text: str, start: int, line_start: int) -> bool:
    """The credit begins a line, or follows a finished sentence ("... said. tj/ipj")."""
    before = text[line_start:start].rstrip()
    if not before:
        return True
    if len(before) == start - line_start:
        return False  # nothing between the word before and the credit: one word
    return before[-1] in _SENTENCE_END and not _UNFINISHED.search(before)


def _tail(text: str, line_start: int, line_end: int, patterns) -> Credit | None:
    """The credit ending the line, begun at the earliest word its pattern accepts."""
    line = text[line_start:line_end]
    reach = max(0, len(line) - _TAIL_REACH)
    for pattern, after_sentence, names, needle in patterns:
        at = reach
        if not needle.search(line, at):
            continue  # a quick no: the patterns are slow to fail on a long line of capitalised words
        while match := pattern.search(line, at):
            start = line_start + match.start()
            words = match.group(0).strip()
            if (not after_sentence or _after_a_sentence(text, start, line_start)) \
                    and (not names or _names_only(words)):
                return Credit(start, start + len(words), words)
            at = match.start() + 1
    return None


def _whole_line(line_start: int, line: str, words: str) -> Credit:
    lead = len(line) - len(line.lstrip())
    return Credit(line_start + lead, line_start + len(line.rstrip()), words)


def credit_spans(text: str) -> list[Credit]:
    """Every credit or byline span of the text, in order."""
    credits: list[Credit] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    last = max((i for i, (s, e) in enumerate(lines) if text[s:e].strip()), default=-1)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if any(p.fullmatch(line) for p in _LINES) and (re.match(rf"\s*{_COPYRIGHT}", line) or _names_only(line)) \
                and not _a_heading(line):
            credits.append(_whole_line(start, line, line.strip()))
            continue
        if len(line) <= _LONGEST_NOTICE and _NOTICE.search(line):
            # The doubt quotes the credit: a notice's opening says which paragraph it was.
            credits.append(_whole_line(start, line, line.strip()[:60]))
            continue
        tail = _tail(text, start, end, _TAILS + (_LAST_TAILS if i == last else []))
        if tail is not None:
            credits.append(tail)
            end = tail.start
        for match in _BRACKETED.finditer(text, start, end):
            if _names_only(match.group(0)):
                credits.append(Credit(match.start(), match.end(), match.group(0)))
    return sorted(credits, key=lambda c: c.start)


def leave_out_credited(linker) -> None:
    """Leave out the names found only inside credits, each with a comment; the credits'
    words are no new names to suggest either. `linker` is linker.py's: its text, tokens,
    linking and doubt()."""
    credits = credit_spans(linker.text)
    if not credits:
        return
    starts = [c.start for c in credits]
    token_starts = [t.start for t in linker.tokens]

    def credit_of(start: int, end: int) -> Credit | None:
        at = bisect_right(starts, start) - 1
        return credits[at] if at >= 0 and end <= credits[at].end else None

    mentions = linker.linking.mentions
    in_body = {m.target for m in mentions if not credit_of(m.start, m.end)}
    for mention in [m for m in mentions if credit_of(m.start, m.end)]:
        mentions.remove(mention)
        if mention.target not in in_body:
            credit = credit_of(mention.start, mention.end)
            linker.doubt(bisect_left(token_starts, mention.start), bisect_left(token_starts, mention.end),
                         f"credited in the byline ({credit.words}), not a subject of the article")
    for credit in credits:
        linker.linking.covered.update(range(bisect_left(token_starts, credit.start),
                                            bisect_left(token_starts, credit.end)))
