"""Rendered pages of the fixture corpus must match tests/golden byte for byte.

After a deliberate template change: `make golden`, then review `git diff tests/golden`.
"""

from __future__ import annotations

import pytest

from tests.golden import GOLDEN, rendered_pages

PAGES = rendered_pages()


def test_the_same_pages_exist():
    expected = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md"))
    assert sorted(PAGES) == expected


@pytest.mark.parametrize("rel", sorted(PAGES))
def test_page_matches_golden(rel):
    golden = (GOLDEN / rel).read_text(encoding="utf-8")
    assert PAGES[rel] == golden, f"{rel} differs from its golden file; run `make golden` if the change is deliberate"


def test_rendering_is_deterministic():
    assert rendered_pages() == PAGES
