"""The checkers used on built sites catch what they are meant to catch."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.htmlcheck import broken_links, parse_html, unsafe


@pytest.mark.parametrize("html", [
    "<p>x<script>alert(1)</script></p>",
    '<img src="https://evil.example/p.png">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" java\tscript:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>',
    '<p onclick="x()">x</p>',
    '<svg onload="x()"></svg>',
    '<a href="https://evil.example/">x</a>',
    '<iframe src="/x"></iframe>',
    '<script src="https://cdn.example/x.js"></script>',
    '<meta http-equiv="refresh" content="0;url=https://x.example">',
    '<form action="https://x.example"></form>',
    '<p id="evil-id">x</p>',
    "<style>body{}</style>",
])
def test_unsafe_finds_markup_that_could_run_or_load(html):
    assert unsafe(parse_html(html), "t") != []


def test_unsafe_accepts_escaped_text_and_our_own_markup():
    html = (
        '<meta name="description" content="&lt;script&gt;alert(1)">'
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="../x/" title="evil.example">x</a></p>'
        '<script src="../assets/javascripts/bundle.js"></script><script>var x = 1;</script>'
        '<form class="md-search__form" name="search"></form>'
    )
    doc = parse_html(html)
    assert unsafe(doc, "t") == []
    assert doc.text == "<script>alert(1)</script> x"


def test_broken_links_and_anchors_are_found(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">x</h2><a href="../">home</a><a href="#here">ok</a>')
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="a/#gone">bad anchor</a>'
        '<a href="b/">missing</a><a href="../../outside/">escapes</a><a href="https://other.example/">external</a>'
        '<a href="/a/">absolute</a><link href="style.css" rel="stylesheet">'
    )
    problems = broken_links(tmp_path, "http://h.invalid/briefings/")
    assert len(problems) == 5, problems
    assert [p.split(" -> ")[0].split(": ", 1)[1] for p in problems] == [
        "<a href='a/#gone'>", "<a href='b/'>", "<a href='../../outside/'>", "<a href='/a/'>", "<link href='style.css'>",
    ]
