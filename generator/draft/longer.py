"""Capitalised words around a registered name that make it part of a longer,
unregistered one ("United States National Security Council", "New People Party",
"Playboy Germany" in Russian text): another entity, not the registered one."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..dates import MONTHS
from .context import KIND_CUES
from .headlines import TitleCaseLines
from .text import Token, is_cased_script, script_of, token_key, tokenize

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A company's legal form, after its name and perhaps "Group" (a registered name ends before it).
_LEGAL_FORM_AFTER = re.compile(r",?\s+(?:Group\s+)?(?:Inc|Ltd|LLC|plc|PLC|Plc|GmbH|AG|SA|SE|NV|BV|S\.\s?A|N\.\s?V|B\.\s?V"
                               r"|Co|Corp)\b\.?")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»]?\s*$")
# Capitalised words that may come before an organization's name without being part of it.
_NOT_NAME_WORDS = {m.lower() for m in MONTHS} | {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                "saturday", "sunday"} | KIND_CUES["person"]


def words_of_its_own_name(longer: str, tokens: list[Token], start: int, end: int, forms) -> bool:
    """A longer name around one organization's registered alias whose other words are all words of
    that organization's own registered name ("International Red Cross" around "Red Cross", an alias of
    the International Committee of the Red Cross; "United States Supreme Court" around "Supreme Court"
    of the Supreme Court of the United States): the body named by more of its own name, not another.
    "Korean Red Cross" has a word the registered name lacks and stays another body."""
    targets = {f.target for f in forms}
    if len(targets) != 1:
        return False
    target = next(iter(targets))
    if target.kind != "organization":
        return False
    own = {token_key(t.text) for t in tokenize(target.name)}
    written = {t.key for t in tokens[start:end]}
    extra = [t for t in tokenize(longer) if token_key(t.text) not in written]
    return bool(extra) and all(t.text[:1].isupper() and token_key(t.text) in own for t in extra)


def sentence_initial(tokens: list[Token], i: int, text: str) -> bool:
    return i == 0 or bool(_SENTENCE_END.search(text[max(0, tokens[i - 1].end - 3):tokens[i].start])) \
        or "\n" in text[tokens[i - 1].end:tokens[i].start]


class NameRuns:
    def __init__(self, text: str, tokens: list[Token], place_keys: set[str], russian: bool):
        self.text, self.tokens, self.place_keys, self.russian = text, tokens, place_keys, russian
        self.title_case_line = TitleCaseLines(text)  # offset -> on a headline's line: each line read once
        self._spelled_in_sentences: dict[str, bool] = {}  # run -> also written on a line that is no headline
        self._guillemets: tuple[list[int], list[int]] | None = None  # offsets of « and », found once

    def _name_word(self, i: int) -> bool:
        token = self.tokens[i]
        return is_cased_script(token.text) and token.text[:1].isupper() and token.key not in self.place_keys \
            and token.text.lower() not in _NOT_NAME_WORDS

    def longer_name(self, start: int, end: int, organizations: bool) -> str:
        """The longer unregistered name a registered organization's name of two or more words
        ends ("National Security Council" in "United States National Security Council"):
        another entity. Only where every word of a name is capitalised (English); in Russian
        a capitalised word before a name is another name in a genitive chain ("Совета
        Федерации Федерального Собрания"). A capitalised "The" before it is the name's own
        article ("The Financial Times"), which a paper's title often keeps. A following
        capitalised word alone is left alone: it is as often a product or a person ("Google
        Chrome", "Microsoft Билл Гейтс"); a one-word name between two is inside a longer name
        ("New People Party"), and so is one after a name word inside a sentence ("the Islamic
        Emirates")."""
        foreign = self._foreign_run(start, end)
        if foreign:
            return foreign
        if not organizations:
            return ""
        if end - start == 1:
            return self._between_names(start)
        if start == 0:
            return ""
        before, first = self.tokens[start - 1], self.tokens[start]
        run = self.text[before.start:self.tokens[end - 1].end]
        if _CYRILLIC.search(before.text) or self.text[before.end:first.start] != " " \
                or not self._name_word(start - 1) or before.text == "The":
            return ""
        if self.title_case_line(first.start):  # a headline capitalises every word: a sentence must say
            return run if self._in_a_sentence(run) else ""
        return "" if sentence_initial(self.tokens, start - 1, self.text) else run

    def first_words(self, spans: list[tuple[int, int, list]]) -> dict[tuple[int, int], str]:
        """Of registered organizations' (start, end, forms): (start, end) of a one-word alias, not
        initials, right before a name of two words or more that longer_name reads as part of the
        longer name they make together ("English Premier League", the registry holding "English" as a
        team's alias) -> that longer name: the word is its first word, not a name of its own there, as
        the name after it is not one either. A body's own name or initials before another name
        ("Zorbco Premier League", "ZBC World Service") are left to the rules as before."""
        aliases = {(start, end) for start, end, forms in spans
                   if end - start == 1 and not self.tokens[start].text.isupper()
                   and all(f.origin.startswith("alias") for f in forms)}
        out: dict[tuple[int, int], str] = {}
        for start, end, _ in spans:
            if end - start < 2 or (start - 1, start) not in aliases:
                continue
            longer = self.longer_name(start, end, True)
            if longer and self.text.startswith(longer, self.tokens[start - 1].start):
                out[(start - 1, start)] = longer
        return out

    def _in_a_sentence(self, run: str) -> bool:
        """`run`, read on a headline's line, where capitals say nothing, is written the same
        elsewhere in the text on a line that is no headline, where they do: the sentence read it
        as a longer name ("New People Party's Michael Tien" in a sentence, "New People Party's
        Regina Ip" under a photograph), and the headline or caption keeps that reading."""
        if run not in self._spelled_in_sentences:
            found = False
            for hit in re.finditer(rf"(?<!\w){re.escape(run)}(?!\w)", self.text):
                before = self.text[max(0, hit.start() - 3):hit.start()]
                # inside the sentence: its first word's capital says nothing either
                if not self.title_case_line(hit.start()) and before.strip() \
                        and "\n" not in before and not _SENTENCE_END.search(before):
                    found = True
                    break
            self._spelled_in_sentences[run] = found
        return self._spelled_in_sentences[run]

    def _between_names(self, i: int) -> str:
        """A one-word English name with capitalised name words on both sides ("New People
        Party"), or after a name word and its "of" ("Union of European Turkish Democrats":
        _after_of_a_name), is inside a longer name."""
        # "New People's Party": a possessive inside the longer name
        following = i + 2 if self.text[self.tokens[i].end:self.tokens[i].end + 3] in ("'s ", "’s ") else i + 1
        if i == 0 or following >= len(self.tokens) or script_of(self.tokens[i].text) != "latin":
            return ""
        before, word, after = self.tokens[i - 1], self.tokens[i], self.tokens[following]
        of_name = self._after_of_a_name(i, following)
        if of_name:
            return of_name
        if self.text[before.end:word.start] != " " or not self._name_word(i - 1) \
                or script_of(before.text) != "latin":
            return ""
        headline = self.title_case_line(word.start)
        if self.text[self.tokens[following - 1].end:after.start] == " " and self._name_word(following) \
                and script_of(after.text) == "latin" \
                and (not headline or self._in_a_sentence(self.text[before.start:after.end])):
            return self.text[before.start:after.end]
        if headline:
            return ""
        # A name word before it alone, itself inside a sentence, makes a longer name too
        # ("the Islamic Emirates (...)"): a capital there is no sentence's first. Not initials
        # ("FC Zorbwerke", "VfL Zorbwerke"), which are often a club's or company's kind.
        if before.text != "The" and not sentence_initial(self.tokens, i - 1, self.text) \
                and sum(ch.isupper() for ch in before.text) < 2:
            return self.text[before.start:word.end]
        return ""

    def _after_of_a_name(self, i: int, following: int) -> str:
        """"Union of European Turkish Democrats": a one-word name after a name word and its "of",
        with a name word after it, is a word of that longer name (not the European Union's alias).
        A title before "of" is a person's ("President of Zorbco Jan Quort"), not a name's."""
        if i < 2 or self.tokens[i - 1].text not in ("of", "for") or self.title_case_line(self.tokens[i].start):
            return ""
        head, after = self.tokens[i - 2], self.tokens[following]
        spaced = all(self.text[self.tokens[j - 1].end:self.tokens[j].start] == " " for j in (i - 1, i, following))
        # A place's word after it is the longer name's too ("... of European Turkish Democrats").
        capitalised = after.text[:1].isupper() and after.text.lower() not in _NOT_NAME_WORDS
        if spaced and self._name_word(i - 2) and capitalised \
                and not sentence_initial(self.tokens, i - 2, self.text) \
                and all(script_of(t.text) == "latin" for t in (head, after)):
            return self.text[head.start:after.end]
        return ""

    def opening(self, i: int) -> str:
        """A one-word English name with a capitalised name word right after it ("European
        Research Group"): the first word of a longer name."""
        return self._before_a_name_word(i, i + 1)

    def continued(self, start: int, end: int) -> str:
        """A name followed, after one space, by a capitalised name word ("Southern California",
        "CBS This Morning"): the first words of a longer name, read for the shorter names
        an organization's registered name implies (without its legal form, bracketed
        qualifier or "The"), which are weaker than the name. Not in a title-case headline;
        a next sentence's first word is behind a full stop, not a space; a word in capitals
        after it is a title or another name ("Zorbco CEO", "Zorbco NFL coverage")."""
        if end < len(self.tokens) and self.tokens[end].text.isupper():
            return ""
        return self._before_a_name_word(start, end)

    def _before_a_name_word(self, start: int, end: int) -> str:
        """English tokens start..end followed, after one space, by a capitalised name word, not in a
        title-case headline: the run up to that word, or ''."""
        if end >= len(self.tokens) or script_of(self.tokens[end - 1].text) != "latin" \
                or self.text[self.tokens[end - 1].end:self.tokens[end].start] != " " or not self._name_word(end) \
                or script_of(self.tokens[end].text) != "latin" or self.title_case_line(self.tokens[start].start):
            return ""
        return self.text[self.tokens[start].start:self.tokens[end].end]

    def _foreign_run(self, start: int, end: int) -> str:
        """A Latin-script name in Cyrillic text with another capitalised Latin word right
        before or after it ("Playboy Germany", "альбом Time Axis") is part of a longer
        foreign name: the Russian around it is not written in Latin letters. Not a legal form
        after it ("Engie SA", "Allseas Group S.A."): that is the registered company's full name."""
        first, last = self.tokens[start], self.tokens[end - 1]
        if not self.russian or script_of(self.text[first.start:last.end]) != "latin":
            return ""
        title = self._quoted_title(first.start, last.end)
        if title:
            return title
        found = (start, end)
        while start > 0 and self._latin_name_word(start - 1, start):
            start -= 1
        while end < len(self.tokens) and self._latin_name_word(end, end - 1):
            end += 1
        legal_form = _LEGAL_FORM_AFTER.match(self.text, last.end)
        if (start, end) == found or (start == found[0] and legal_form and legal_form.end() >= self.tokens[end - 1].end):
            return ""  # "Engie SA", "Allseas Group S.A.": the registered company with its legal form
        before = self.tokens[start - 1] if start > 0 else None
        after = self.tokens[end] if end < len(self.tokens) else None
        russian_before = before is not None and _CYRILLIC.search(before.text) \
            and not self.text[before.end:self.tokens[start].start].strip()
        russian_after = after is not None and _CYRILLIC.search(after.text) \
            and not self.text[self.tokens[end - 1].end:after.start].strip()
        if not (russian_before or russian_after):
            return ""  # an English sentence quoted in a Russian text ("The SS met")
        return self.text[self.tokens[start].start:self.tokens[end - 1].end]

    def _quoted_title(self, begin: int, finish: int) -> str:
        """The Latin words in guillemets around a Latin name in Russian text, when they are more
        than the name («It’s My Life», «Life’s What You Make It»): Russian quotes a song's, film's or
        book's foreign title so, and a name inside it is a word of the title. Not the name with its
        article or legal form alone («The Zorbs», «Zorbco SA»: the registered body, quoted)."""
        opening, closing = self._quotes_around(begin, finish)
        if opening < 0 or closing < 0:
            return ""
        title = self.text[opening + 1:closing].strip()
        if _CYRILLIC.search(title) or not re.search(r"[A-Za-z]", title):
            return ""
        before = self.text[opening + 1:begin].strip()
        legal_form = _LEGAL_FORM_AFTER.match(self.text, finish)
        after = self.text[legal_form.end() if legal_form else finish:closing].strip(" .,")
        if before in ("", "The") and not after:
            return ""
        return title

    def _quotes_around(self, begin: int, finish: int) -> tuple[int, int]:
        """The « and » that enclose characters [begin, finish) with no other guillemet between,
        or (-1, -1). The offsets are found once per text: searching the text for each Latin name
        made a long text quadratic."""
        if self._guillemets is None:
            self._guillemets = ([m.start() for m in re.finditer("«", self.text)],
                                [m.start() for m in re.finditer("»", self.text)])
        openings, closings = self._guillemets
        before, after = bisect_left(openings, begin), bisect_left(closings, finish)
        if not before or after == len(closings):
            return -1, -1
        opening, closing = openings[before - 1], closings[after]
        if bisect_left(closings, begin) != bisect_left(closings, opening) \
                or bisect_left(openings, closing) != bisect_left(openings, finish):
            return -1, -1  # a » closes the quote before the name, or a « opens another after it
        return opening, closing

    def _latin_name_word(self, i: int, neighbour: int) -> bool:
        token, other = self.tokens[i], self.tokens[neighbour]
        gap = self.text[min(token.end, other.end):max(token.start, other.start)]
        return gap == " " and script_of(token.text) == "latin" and token.text[:1].isupper()


def joined_in_a_compound(tokens: list[Token], start: int, end: int, outer_start: int, outer_end: int) -> bool:
    """Whether tokens [start, end), a registered name inside a longer one spanning characters
    [outer_start, outer_end), are joined to the rest of it by a hyphen ("РБК-Украина", "Tokyo-Mitsubishi
    Bank") or followed in it by a number ("Норд Стрим 2 АГ", "Phillips 66 Ltd"): the longer name is then
    another entity's (a regional edition, a merged bank, a second project's company), whose name only
    borrows this one's; "Палата представителей Конгресса США" still names the Congress it belongs to.
    Only inside a longer name the registry holds: an unregistered hyphened pair is as often two parties
    ("the EU-US summit", "саммит ЕС-Украина", "Pfizer-BioNTech"), each mentioned."""
    if start > 0 and tokens[start - 1].hyphen_after and tokens[start - 1].start >= outer_start:
        return True
    if end < len(tokens) and tokens[end].end <= outer_end:
        return tokens[end - 1].hyphen_after or tokens[end].text.isdigit()
    return False


def described(tokens: list[Token], start: int, end: int) -> bool:
    """A Russian name of two words or more written as a description, its first word alone
    capitalised ("Европейский суд", "Союз писателей"): Russian spelling capitalises only the first
    word of a body's name, so such words opening another registered body's longer name
    ("Европейского суда по правам человека", "Союза писателей СССР") are that name's first words,
    not a mention of the shorter body, unlike a coined name there ("Газпром" in "Газпром нефть")."""
    words = tokens[start:end]
    return end - start >= 2 and script_of(" ".join(t.text for t in words)) == "cyrillic" \
        and words[0].text[:1].isupper() and all(t.text.islower() for t in words[1:])


# "... Party of Rwanda", "... Council of the Zorbic Republic": the body's own place or owner after its name.
_OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")


class NamedInFull:
    """A registered name of two words or more inside a longer, unregistered full name, a name word
    before it and "of" and a name after it ("Green Party" in "the Democratic Green Party of
    Rwanda"): a story names a body in full once and then by the head of its name ("Rwanda's Green
    Party"), which is still that body, not the registered one of the same words. Not a name word
    before it alone: that is as often a description ("Bundesliga Champions Bayern Munich"), and
    the registered name after it is the registered body. Only the end of the longer name: its
    beginning is no short form ("New York" of "the New York Stock Exchange" is the city)."""

    def __init__(self) -> None:
        self.heads: dict[str, tuple[int, str]] = {}  # the registered words' keys -> (where named, longer)

    def note(self, tokens: list[Token], start: int, end: int, longer: str, text: str) -> None:
        written = text[tokens[start].start:tokens[end - 1].end]
        if end - start >= 2 and longer.endswith(written) and _OF_A_NAME.match(text, tokens[end - 1].end):
            self.heads.setdefault(" ".join(t.key for t in tokens[start:end]), (start, longer))

    def longer_of(self, tokens: list[Token], start: int, end: int) -> str:
        """The longer name these words shortened, named before them in the text, or ''."""
        where, longer = self.heads.get(" ".join(t.key for t in tokens[start:end]), (len(tokens), ""))
        return longer if where < start else ""
