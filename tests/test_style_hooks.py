"""generator/style_hooks.py: the CSS a page inlines for its first paint."""

from __future__ import annotations

import re

from generator import style_hooks
from generator.style_hooks import critical_css, page_words, parse, requirements

THEME = """@charset "UTF-8";:root{--used:1px;--unused:url("data:image/svg+xml;charset=utf-8,<svg>;</svg>");--chained:var(--deep);--deep:red}
.md-a{width:var(--used)}.md-a .md-b,.md-gone{color:var(--chained)}
@media screen and (max-width:30em){.md-a{padding:0}.md-gone{padding:1px}}
@media print{.md-a{display:none}}
.md-typeset kbd{font-weight:700}.md-typeset :is(.md-x,.md-y) p:not(.md-absent){margin:0}
[data-md-color-primary=red]{--used:2px}[data-md-color-primary=indigo]{--deep:blue}
@keyframes spin{0%{opacity:0}to{opacity:1}}"""


def test_requirements_name_classes_elements_and_palette_values_but_not_what_is_negated():
    assert requirements(".md-typeset kbd") == {"md-typeset", "<kbd"}
    assert requirements("[dir=ltr] .md-nav>li:hover") == {"dir", "dir=ltr", "md-nav", "<li"}
    assert requirements(".md-a:not(.md-absent)") == {"md-a"}
    assert requirements("[data-md-color-primary=red]") == {"data-md-color-primary", "data-md-color-primary=red"}
    assert requirements(":root") == frozenset()


def test_a_page_keeps_the_rules_it_can_use_in_order_and_nothing_else():
    html = '<body data-md-color-primary="indigo"><div class="md-a"><p class="md-b">x</p></div><div class="md-typeset"><p>y</p></div></body>'
    css = critical_css(parse(THEME), page_words(html))
    assert ".md-a{width:var(--used)}" in css
    assert ".md-a .md-b{color:var(--chained)}" in css and "md-gone" not in css  # the selector list is cut
    assert "@media screen and (max-width:30em){.md-a{padding:0}}" in css
    assert "display:none" not in css  # print rules wait for the stylesheet
    assert "kbd" not in css  # no <kbd> on the page
    assert ".md-typeset :is(.md-x,.md-y) p:not(.md-absent){margin:0}" in css
    assert "[data-md-color-primary=indigo]" in css and "=red" not in css
    assert "@keyframes spin" in css
    # custom properties: used ones stay, also through another; the unused data URI goes
    assert "--used:1px" in css and "--chained:var(--deep)" in css and "--deep:red" in css
    assert "--unused" not in css
    assert css.index(".md-a{") < css.index("@media screen")  # source order kept


def test_a_page_without_the_classes_keeps_only_what_needs_none():
    css = critical_css(parse(THEME), page_words("<body><p>plain</p></body>"))
    assert "md-a" not in css and "md-typeset" not in css
    assert "--unused" not in css and "--used" not in css  # nothing left uses them


def test_built_pages_inline_their_css_in_head_and_load_the_rest_after(build_site):
    from tests.conftest import SAMPLE

    site = build_site(SAMPLE)
    theme = (site / "assets" / "stylesheets").glob("main.*.min.css")
    assert list(theme), "the full stylesheet is still published"
    for path in [site / "index.html", *sorted(site.glob("organizations/*/index.html"))]:
        html = path.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        assert style_hooks.MARKER not in html
        assert head.count("<style>") == 1 and html.count("<style>") == 1
        assert ".md-header{" in head  # the theme's own rules, not only ours
        # no stylesheet link outside <noscript>: nothing blocks the first paint
        assert not re.search(r"<link rel=\"stylesheet\"(?![^<]*</noscript>)", head.split("<noscript", 1)[0])
