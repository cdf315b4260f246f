"""generator/lean_hooks.py: where the search section may be cut.

That whole sites are byte-identical with the hook (generator/mkdocs_build.py) and
without it (plain `mkdocs build`) is tested in tests/test_mkdocs_build.py."""

from __future__ import annotations

import pytest

from generator.lean_hooks import first_section_end


def test_first_section_ends_at_a_top_level_second_heading():
    html = '<h1 id="t">T</h1>\n<div class="admonition"><p>box</p></div>\n<h2 id="a">A</h2>\n<p>x</p>'
    assert html[first_section_end(html) :].startswith('<h2 id="a">')
    self_closing = '<h1 id="t">T</h1><p>a<br>b<svg><path d="M0"/></svg></p><h2 id="a">A</h2>'
    assert self_closing[first_section_end(self_closing) :].startswith('<h2 id="a">')


@pytest.mark.parametrize(
    "html",
    [
        '<h1 id="t">T</h1><div><h2 id="a">A</h2></div><p>back in the first section</p>',  # nested: the parser returns
        '<h1 id="t">T</h1><p>only one heading</p>',
        '<h1 id="t">T</h1><h2>no id: no new section</h2>',
        '<h1 id="t">T</h1><script>"<h2 id=x>"</script><h2 id="a">A</h2>',  # raw text the scan cannot read
    ],
)
def test_no_cut_where_it_could_change_the_entries(html):
    assert first_section_end(html) is None
