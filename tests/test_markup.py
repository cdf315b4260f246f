"""Record text reaches pages as text: checked through Python-Markdown with the site's extensions."""

from __future__ import annotations

import markdown
import pytest

from generator.markup import excerpt, external_link, md_inline, md_paragraphs, safe_url

EXTENSIONS = ["admonition", "tables", "toc", "attr_list", "md_in_html"]

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![img](https://evil.example/p.png)",
    "<!-- material/tags -->",
    "{{ 7*7 }} {% raw %}",
    "text { onclick=alert(1) }",
    "!!! note \"Injected\"",
    "--8<-- 'secret.txt'",
    "**bold** _em_ `code` ~~s~~",
    "| a | b |",
    "# heading",
    "1. list",
    "&amp; &lt;b&gt;",
    "<https://evil.example>",
]


def html_of(md_text: str) -> str:
    return markdown.markdown(md_text, extensions=EXTENSIONS)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_the_same_visible_text(text):
    import html as html_lib

    rendered = html_of(str(md_inline(text)))
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner.replace("&lt;", "")  # no element at all inside the paragraph
    assert html_lib.unescape(inner) == text


def test_paragraphs_keep_breaks_and_collapse_indentation():
    text = "First line\n    indented continuation\n\n\n    Second paragraph"
    assert str(md_paragraphs(text)) == "First line indented continuation\n\nSecond paragraph"


def test_excerpt_cuts_at_a_word():
    assert str(excerpt("word " * 100, limit=20)).endswith("word …")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://x", "//evil.example", "http:///nohost"])
def test_only_http_urls_become_links(url):
    assert safe_url(url) is None
    assert "<a " not in str(external_link(url, "label"))


def test_http_url_is_percent_encoded_for_markdown_and_html():
    link = str(external_link('https://x.example/a(b)"c<d>*e', "go"))
    assert 'href="https://x.example/a%28b%29%22c%3Cd%3E%2Ae"' in link
