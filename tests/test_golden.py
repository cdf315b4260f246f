"""The fixture corpus renders to tests/golden byte for byte: every Markdown page, the site
feed, one entity's feed and the JSON and CSV downloads.

After a deliberate template change: `make golden`, then review `git diff tests/golden`.
"""

from __future__ import annotations

import pytest

from tests import golden


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return golden.rendered()


def test_the_same_files_exist(rendered):
    assert sorted(rendered) == golden.golden_files()


def test_the_other_outputs_are_covered(rendered):
    assert set(golden.OTHER_OUTPUTS) <= set(rendered), "an output named in tests/golden.py is no longer made"


@pytest.mark.parametrize("rel", golden.golden_files())
def test_file_matches_golden(rendered, rel):
    assert rel in rendered, f"{rel} is no longer made; run `make golden` if that is deliberate"
    expected = (golden.GOLDEN / rel).read_bytes()
    assert rendered[rel] == expected, f"{rel} differs from its golden file; run `make golden` if the change is deliberate"


def test_rendering_is_deterministic(rendered):
    assert golden.rendered() == rendered
