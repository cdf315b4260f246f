"""When a capitalised run written in one script may be a registered name heard in the other
("Форбс" for a registered "Forbes", "Reuters" for "Рейтер"): matches.py finds such names
by the consonants as heard (text.sound_key), which many words share.

A run of one word is no name so heard when
- a capitalised word of the same script follows it after a space: it opens a longer name
  ("Viktor Martin", a man, not the institute "Вектор"; "Штата Огайо", not the firm "Schott");
- it is written in the script of the text around it and is an English dictionary word
  ("Banker" in an English text is no "Бэнкер"); a Latin word in a Russian text is a foreign
  name quoted ("в Twitter" is the registered "Твиттер"), unless
- it is a word of a phrase in the other script, the next word in that script too ("(Victory
  in Europe Day)" in a Russian text is no "Вектор");
- it is a Cyrillic word the dictionary knows only as a common noun's plural ("Штаты" for the
  United States, not the firm "Schott"): a foreign name's loan reads as a singular;
- it is a Cyrillic word the dictionary knows only as a common noun, in a form other than its
  nominative singular, capitalised as the first word of a sentence ("Тактики и стратегии ...",
  not TikTok): the capital is the sentence's, and nothing else says it is a name (a loan
  opening a sentence is mostly its subject: "Твиттер заблокировал ..." stays).
Russian dictionary words are not refused elsewhere in a sentence: the dictionary knows loans that
are names ("Твиттер"), and refusing them lost Twitter on NEREL. Runs of two words or more are left as
they were: their sound is rarely shared."""

from __future__ import annotations

import re

from .lexicon import is_english_word
from .morph import only_a_common_nouns_other_form, only_a_plural_noun
from .text import Token, capitalized, is_cased_script, script_of

_SENTENCE_END = re.compile(r'[.!?…][\s»"”)]*$')
_AROUND = 200  # characters either side: enough to tell the language of the text around a word


def _script_around(text: str, token: Token) -> str:
    """The script most letters near `token` are written in: 'latin' or 'cyrillic'."""
    window = text[max(0, token.start - _AROUND):token.end + _AROUND]
    latin = sum(1 for ch in window if ch.isalpha() and ch.isascii())
    cyrillic = sum(1 for ch in window if "\u0400" <= ch <= "\u04ff")
    return "cyrillic" if cyrillic > latin else "latin"


def _followed_in_its_script(tokens: list[Token], text: str, i: int, capital_only: bool) -> bool:
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return text[tokens[i].end:after.start] == " " and is_cased_script(after.text) \
        and script_of(after.text) == script_of(tokens[i].text) and (capitalized(after.text) or not capital_only)


def heard_in_other_script(tokens: list[Token], text: str, i: int, j: int) -> bool:
    """The run tokens[i:j] may be a registered name of the other script, heard."""
    if j - i > 1:
        return True
    word = tokens[i].text
    if script_of(word) == "cyrillic" and only_a_plural_noun(word):
        return False
    if script_of(word) == "cyrillic" and _first_in_a_sentence(tokens, text, i) and only_a_common_nouns_other_form(word):
        return False
    if script_of(word) == _script_around(text, tokens[i]):
        return not (script_of(word) == "latin" and is_english_word(word)) \
            and not _followed_in_its_script(tokens, text, i, capital_only=True)
    return not _followed_in_its_script(tokens, text, i, capital_only=False)


def _first_in_a_sentence(tokens: list[Token], text: str, i: int) -> bool:
    """The first word of the text, of a line, or after a sentence's end."""
    if i == 0:
        return True
    between = text[tokens[i - 1].end:tokens[i].start]
    return "\n" in between or bool(_SENTENCE_END.search(text[max(0, tokens[i - 1].end - 1):tokens[i].start]))
