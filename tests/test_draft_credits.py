"""Credits and bylines are not references (generator/draft/credits.py): the agencies and
writers credited at an article's end or on a line of their own, on a synthetic registry
(every name is made up)."""

from __future__ import annotations

from datetime import date

import pytest

from generator.draft.credits import credit_spans
from generator.draft.gazetteer import build_gazetteer
from generator.draft.linker import link
from generator.draft.run import draft_files
from generator.draft.text import tokenize
from generator.pipeline import read_model

from .conftest import write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zorbland-press:
          name: Zorbland Press Agency
          aliases: [ZPA]
          kind: media
        examplia-wire:
          name: Examplia Wire
          aliases: [EXW]
          kind: media
        examplia-united:
          name: Examplia United
          kind: other
    """,
    "people/p.yml": """
        zorb-quux:
          name: Zorb Quux
        vella-nonesuch:
          name: Vella Nonesuch
    """,
}
BODY = "Examplia United met in Zorbville on Monday. The talks ended without a deal."


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("credits") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def _linked(gazetteer, text: str):
    linking = link(text, tokenize(text), gazetteer)
    return {m.target.id for m in linking.mentions}, linking


def _credited(linking) -> set[str]:
    return {d.words for d in linking.doubts if d.reason.startswith("credited in the byline")}


@pytest.mark.parametrize("credit", [
    "tj/ipj (ZPA, Examplia Wire)",  # DW: editors' initials, then the agencies
    "tj/ipj (Examplia Wire, afp, ZPA)",
    "tkw/ZPA/EXW Editor: Vella Nonesuch",  # the agencies among the initials
    "ZPA, Examplia Wire (hch/bea)",  # the agencies first
    "Author: Zorb Quux (ZPA, Examplia Wire) Editor: Vella Nonesuch",
])
def test_agencies_credited_at_the_end_are_not_referenced(gazetteer, credit):
    found, linking = _linked(gazetteer, f"Talks in Zorbville\n{BODY} {credit}\n")
    assert found == {"examplia-united"}
    named = {"ZPA", "Examplia Wire", "EXW", "Zorb Quux", "Vella Nonesuch"}
    assert _credited(linking) == {n for n in named if n in credit}
    assert {d.reason for d in linking.doubts if d.words in named} == {
        f"credited in the byline ({credit}), not a subject of the article"}


def test_a_name_the_body_also_uses_is_still_referenced(gazetteer):
    text = f"Talks in Zorbville\nThe Zorbland Press Agency reported that {BODY} ab/cd (ZPA, Examplia Wire)"
    found, linking = _linked(gazetteer, text)
    assert found == {"zorbland-press", "examplia-united"}
    assert [m.words for m in linking.mentions if m.target.id == "zorbland-press"] == ["Zorbland Press Agency"]
    assert _credited(linking) == {"Examplia Wire"}


@pytest.mark.parametrize("text", [
    f"Talks in Zorbville\n{BODY} (Reporting by Zorb Quux in Zorbville; Editing by Vella Nonesuch)",
    f"Talks in Zorbville\nBy Zorb Quux and Vella Nonesuch, Examplia Wire\n{BODY}",
    f"Talks in Zorbville\n{BODY}\nAdditional reporting by Zorb Quux; editing by Vella Nonesuch\n",
    f"Talks in Zorbville\n{BODY} This interview was conducted by Zorb Quux, and was edited for clarity.",
    f"Talks in Zorbville\n{BODY}\n© 2026 Examplia Wire. All rights reserved.",
    f"Talks in Zorbville\n{BODY} — Examplia Wire",
    f"Talks in Zorbville\n{BODY} (Examplia Wire)\n\n",
])
def test_reporters_bylines_and_trailing_credits_are_not_referenced(gazetteer, text):
    found, linking = _linked(gazetteer, text)
    assert found == {"examplia-united"}
    assert _credited(linking)


@pytest.mark.parametrize("text, expected", [
    # An agency in a sentence is a reference, wherever the sentence stands.
    (f"Talks\n{BODY} Examplia Wire reported that Zorb Quux left.", {"examplia-wire", "zorb-quux"}),
    # Not after a finished sentence: the brackets belong to the sentence.
    (f"Talks\nExamplia United met the Zorbland Press Agency (ZPA)", {"zorbland-press"}),
    # A dash or brackets end a paragraph that is not the last: no credit reads so there.
    (f"Talks\n{BODY} — Examplia Wire\nExamplia United left.", {"examplia-wire"}),
    # "By" opening a sentence, "(c)" opening a list's item, "Author:" over a sentence.
    (f"Talks\nBy Monday the Examplia Wire had closed\n{BODY}", {"examplia-wire"}),
    (f"Talks\n(c) Examplia Wire filed a complaint.\n{BODY}", {"examplia-wire"}),
    (f"Talks\n{BODY} Author: the Examplia Wire says it was not consulted.", {"examplia-wire"}),
    # Words joined by a slash are no editors' initials.
    (f"Talks\n{BODY} Readers may write to his/her (Examplia Wire)", {"examplia-wire"}),
    # A picture's credit is a caption's part, which annotators mark: not read as a credit.
    (f"Talks\n{BODY}\nImage: Examplia Wire.", {"examplia-wire"}),
])
def test_names_outside_credits_are_still_referenced(gazetteer, text, expected):
    found, linking = _linked(gazetteer, text)
    assert expected <= found
    assert not _credited(linking)


def test_credit_spans_are_the_credits_as_written():
    text = ("Headline\nBy Zorb Quux | Examplia Wire\nThe body. It ends here. jar/jm (ZPA)\n"
            "Read more: Zorbland votes amp/jm (dpa, EXW)\nThe end, said Mr. Quux. Author: Vella Nonesuch\n")
    assert [c.words for c in credit_spans(text)] == [
        "By Zorb Quux | Examplia Wire", "jar/jm (ZPA)", "amp/jm (dpa, EXW)", "Author: Vella Nonesuch"]
    assert all(text[c.start:c.end] == c.words for c in credit_spans(text))
    assert credit_spans("By car\nBy bus\nThe ferry leaves at noon. See Zorbville/Examplia.\n") == []


def test_draft_comments_credits_and_suggests_no_credited_writer(tmp_path):
    content = write_corpus(tmp_path / "c", REGISTRY)
    article = tmp_path / "in" / "credited.txt"
    article.parent.mkdir()
    article.write_text(f"Talks in Zorbville\n{BODY} Author: Quill Zembla (ZPA) Editor: Mora Tandem\n", encoding="utf-8")
    draft_files(read_model(content), [article], tmp_path / "out", today=date(2026, 11, 29))
    draft = (tmp_path / "out" / "credited.yml").read_text(encoding="utf-8")
    assert "zorbland-press" not in draft
    assert "# 'ZPA' line 2: credited in the byline (Author: Quill Zembla (ZPA) Editor: Mora Tandem)" in draft
    # The credit's writers are no new names for the registry either.
    assert "'Quill Zembla' line" not in draft and "'Mora Tandem' line" not in draft
