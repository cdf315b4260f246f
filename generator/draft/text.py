"""Tokens and match keys, the same for registry names and article text.

A token is a run of letters and digits; a character of a script written without
spaces (Chinese, Japanese, Thai...) is a token by itself, so word boundaries hold in
every script. Keys ignore case and accents; Cyrillic is transliterated (Unidecode)
so that Андрей Новиков and Andrei Novikov meet, and the y/i spellings of
transliterated names (Andrey, Andrei; Dmitriy, Dmitri) share one key.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from .lookalikes import one_script

# Scripts without spaces between words: each character is a word for matching.
_UNSPACED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
)
TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W_{_UNSPACED}]+(?:[\u0300-\u036f\u0483-\u0489][^\W_{_UNSPACED}]*)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HYPHENS = "-\u2010\u2011\u2012\u2013"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # character offsets in the source string
    end: int
    key: str
    hyphen_after: bool  # joined to the next token by a hyphen ("Co-operation")


@lru_cache(maxsize=262144)
def token_key(word: str) -> str:
    # A word typed in two scripts ("СNN" with a Cyrillic С) keys as the one script it reads in.
    decomposed = unicodedata.normalize("NFKD", one_script(word))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    if _CYRILLIC.search(plain):
        plain = unidecode(plain).lower().replace("'", "")
    # Transliteration spellings: Andrey/Andrei, Dmitriy/Dmitri, Yuriy/Yuri.
    if plain.isascii():
        plain = plain.replace("y", "i").replace("ii", "i")
        # British and American spellings of the words organizations are named with.
        for british, american in _SPELLINGS:
            if plain.endswith(british):
                plain = plain[: -len(british)] + american
                break
        # Doubled letters come and go in transliteration: Гиннесс/Гиннес, Mohammed/Mohamed.
        plain = _DOUBLED.sub(r"\1", plain)
        if word.islower() and plain in _SON_OF:
            plain = "bin"  # бин, бен, ибн, ben: one Arabic particle ("son of"), spelled as heard
    return plain


_DOUBLED = re.compile(r"([a-z])\1+")
_SON_OF = {"bin", "ben", "ibn"}


_SPELLINGS = (("isation", "ization"), ("isations", "izations"), ("centre", "center"), ("centres", "centers"),
              ("defence", "defense"), ("programme", "program"), ("programmes", "programs"))


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in TOKEN.finditer(text):
        start, end = match.span()
        tokens.append(Token(match.group(), start, end, token_key(match.group()), False))
    for i in range(len(tokens) - 1):
        gap = text[tokens[i].end:tokens[i + 1].start]
        if len(gap) == 1 and gap in _HYPHENS:
            t = tokens[i]
            tokens[i] = Token(t.text, t.start, t.end, t.key, True)
    return tokens


def span_keys(tokens: list[Token]) -> set[str]:
    """The keys a run of tokens matches under: words apart, and hyphenated words
    also written together (Co-operation = Cooperation)."""
    apart = " ".join(t.key for t in tokens)
    keys = {apart}
    if any(t.hyphen_after for t in tokens[:-1]):
        joined = tokens[0].key
        for prev, t in zip(tokens, tokens[1:]):
            joined += ("" if prev.hyphen_after else " ") + t.key
        keys.add(joined)
    return keys


def name_keys(name: str) -> set[str]:
    tokens = tokenize(name)
    return span_keys(tokens) if tokens else set()


def name_words(name: str) -> list[str]:
    """The match keys of a name's words, as the gazetteer keys them: the one way to key a name's
    words for comparing them with a registry's (placealiases.py, teamnames.py, sportspages.py)."""
    return [t.key for t in tokenize(name)]


def name_key(name: str) -> str:
    """A name's words apart, keyed: the key a gazetteer's forms and place keys are under."""
    return " ".join(name_words(name))


def is_cased_script(word: str) -> bool:
    return word.lower() != word.upper()


def is_acronym(form: str) -> bool:
    """Short all-capital names (IS, UN, CIS, ОДКБ) are matched only in capitals."""
    letters = [ch for ch in form if ch.isalpha()]
    return 0 < len(letters) <= 6 and all(ch.isupper() for ch in letters) and len(tokenize(form)) == 1


def capitalized(word: str) -> bool:
    # The same test as `not is_cased_script(word) or ...`, its cheap parts first: asked of every token.
    return word[:1].isupper() or word[:1].isdigit() or word.lower() == word.upper()


def line_of(text: str, offset: int) -> int:
    """The 1-based line of `offset`: a search in the text's line breaks, found once per text
    (counting them for every mention made a long text quadratic)."""
    return bisect.bisect_left(_line_breaks(text), offset) + 1


def line_start(text: str, offset: int) -> int:
    """Where the line of `offset` begins, from the same search."""
    before = bisect.bisect_left(_line_breaks(text), offset)
    return _line_breaks(text)[before - 1] + 1 if before else 0


@lru_cache(maxsize=4)
def _line_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)]


# Latin and Cyrillic spell one sound differently: Forbes/Форбс, Facebook/Фейсбук.
_SOUNDS = (("sch", "sh"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("ce", "se"), ("ci", "si"), ("cy", "si"),
           ("ch", "\x00"), ("c", "k"), ("\x00", "ch"), ("w", "v"), ("x", "ks"), ("q", "k"), ("th", "t"),
           ("dzh", "j"), ("jh", "j"), ("gh", "g"), ("rh", "r"), ("dh", "d"), ("bh", "b"))
_VOWELS = re.compile(r"[aeiouy]")


_ASCII_LETTER = re.compile(r"[A-Za-z]")  # an ASCII character's isalpha()
_CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04ff]+")


def script_of(text: str) -> str:
    """'latin', 'cyrillic' or '' (mixed, or another script): names cross only between these two.
    Asked of every token several times over, so the common cases are answered whole-string."""
    if text.isascii():
        return "latin" if _ASCII_LETTER.search(text) else ""
    letters = "".join([ch for ch in text if ch.isalpha()])
    if not letters:
        return ""
    if letters.isascii():
        return "latin"
    return "cyrillic" if _CYRILLIC_LETTERS.fullmatch(letters) else ""


@lru_cache(maxsize=65536)
def sound_key(name: str) -> str:
    """The consonants of a name as heard (doubled ones kept), the same whether it is written in Latin or
    Cyrillic letters: Forbes and Форбс are 'frbs'. Too loose within one script; the
    linker uses it only across scripts, for names of four consonants or more (Meduza,
    Milan, Coach are too short: they were heard in Мейдзи, Мелани, Куча)."""
    words = []
    for word in re.findall(r"[^\W\d_]+", name):
        plain = unidecode(word).lower().replace("'", "")
        for written, heard in _SOUNDS:
            plain = plain.replace(written, heard)
        # A word that starts with a vowel keeps it as a mark: Africa is not FARC.
        words.append(("a" if _VOWELS.match(plain) else "") + _VOWELS.sub("", plain))  # Princess is not Принс
    key = " ".join(w for w in words if w)
    return key if len(key.replace(" ", "")) >= 4 else ""


def same_sound_word(a: str, b: str) -> bool:
    """Two spellings of one word of a name as heard, doubled consonants aside ("Gadhafi",
    "Gaddafi"; "Qaddafi" is another first sound): five letters or more, three consonants."""
    if len(a) < 5 or len(b) < 5:
        return False
    keys = [re.sub(r"(\w)\1+", r"\1", sound_key(f"{w} {w}").split(" ")[0]) for w in (a, b)]
    return len(keys[0]) >= 3 and keys[0] == keys[1]


_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
# A German umlaut spelt out: a consonant (not q), then ae, oe or ue, then not an l that ends
# the word (Manuel, Michael, Joel are no umlauts).
_SPELT_OUT = re.compile(r"(?<=[b-df-hj-npr-tv-zß])([aou])e(?!l\b)", re.IGNORECASE)


def umlaut_spellings(name: str) -> list[str]:
    """The other German spelling of a name: an umlaut written out (Steinbrück, Steinbrueck)
    or, for a name of two words or more, an ae, oe or ue after a consonant written as the
    umlaut, which matches as its bare vowel (Schoenberg, Schönberg and Schonberg). A
    one-word name is not read back: "Poe" is not "Po"."""
    if any(ch in _UMLAUTS for ch in name):
        return ["".join(_UMLAUTS.get(ch, ch) for ch in name)]
    if len(name.split()) < 2 or not name.isascii():
        return []
    back = _SPELT_OUT.sub(lambda m: unicodedata.normalize("NFC", m.group(1) + "\u0308"), name)
    return [back] if back != name else []
