"""Precision on AIDA dev (round 12, daidaprec): initials right after a count in a market report's line of
terms are a unit ("5 BP" is five basis points), not the body registered by those initials. On a synthetic
registry of made-up organizations ("ZBQ", "Zorbland Bank Quelvo")."""

from __future__ import annotations

import pytest

from generator.draft.gazetteer import build_gazetteer
from generator.pipeline import read_model

from .conftest import doubt_reasons, linked_words, write_corpus

REGISTRY = {
    "organizations/o.yml": """
        zbq-energy:
          name: ZBQ
        zorbland-bank:
          name: Zorbland Bank Quelvo
    """,
}


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    root = write_corpus(tmp_path_factory.mktemp("aidaprec12") / "c", REGISTRY)
    return build_gazetteer(read_model(root))


def test_initials_after_a_count_in_a_line_of_terms_are_a_unit(gazetteer):
    terms = "Zorbland Bank Quelvo prices new bond.\nBORROWER ZORBLAND BANK QUELVO\nMGT / UND 7 ZBQ SELL CONC 7 ZBQ PRAECIP =\n"
    found = linked_words(gazetteer, terms)
    assert "ZBQ" not in found
    assert found.get("ZORBLAND BANK QUELVO") == "zorbland-bank"
    assert "a count's unit ('7 ZBQ') in a line of terms" in doubt_reasons(gazetteer, terms)


def test_initials_after_a_count_elsewhere_are_still_the_body(gazetteer):
    headline = "ZORBLAND TO BUY 3 ZBQ PLANTS FROM EXAMPLIA\nZorbland said on Monday it would buy the plants.\n"
    assert linked_words(gazetteer, headline).get("ZBQ") == "zbq-energy"
    prose = "Zorbland energy.\nThe ministry sold 3 ZBQ shares for every 10 it held =\n"
    assert linked_words(gazetteer, prose).get("ZBQ") == "zbq-energy"
