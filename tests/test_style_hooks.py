"""generator/style_hooks.py: the CSS a page inlines for its first paint."""

from __future__ import annotations

import hashlib
import json
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


def test_post_build_deletes_the_stylesheets_no_page_links_and_keeps_the_rest(tmp_path):
    folder = tmp_path / style_hooks.STYLESHEET_FOLDER
    folder.mkdir(parents=True)
    linked, stale = "briefings-0123456789abcdef.css", "briefings-fedcba9876543210.css"
    for name in (linked, stale, "main.57a0d79d.min.css", f".{linked}.123.tmp"):
        (folder / name).write_text("x")
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "index.html").write_text(f'<head><link rel="stylesheet" href="../../assets/stylesheets/{linked}"></head><body>{stale}</body>')
    style_hooks.on_post_build({"site_dir": str(tmp_path)})
    assert sorted(path.name for path in folder.iterdir()) == [linked, "main.57a0d79d.min.css"]  # a name in the body is no link


def _declarations(body: str) -> set[str]:
    return {part.strip() for part in body.split(";") if part.strip()}


def test_built_pages_link_a_shared_stylesheet_of_their_rules_and_load_the_rest_after(build_site):
    from tests.conftest import SAMPLE

    site = build_site(SAMPLE)
    folder = site / style_hooks.STYLESHEET_FOLDER
    theme_files = sorted(folder.glob("main.*.min.css")) + sorted(folder.glob("palette.*.min.css"))
    assert len(theme_files) == 2, "the full stylesheets are still published"
    theme = [rule for path in theme_files for rule in parse(path.read_text(encoding="utf-8"))]
    own = (site / "assets" / "briefings.css").read_text(encoding="utf-8").strip()
    needed = frozenset(w for _, selectors, _ in theme if selectors for _, n in selectors for w in n)
    pages = sorted(site.rglob("*.html"))
    linked = set()
    for path in pages:
        html = path.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        assert "<style" not in html and style_hooks.PLACEHOLDER not in html
        # the first stylesheet, render-blocking, outside <noscript>: the page's own
        before_noscript = head.split("<noscript", 1)[0]
        hrefs = re.findall(r'<link rel="stylesheet" href="([^"]+)">', before_noscript)
        assert len(hrefs) == 1, path
        target = (site / "404.html").parent / hrefs[0].lstrip("/") if path.name == "404.html" else (path.parent / hrefs[0]).resolve()
        assert re.fullmatch(r"briefings-[0-9a-f]{16}\.css", target.name) and target.is_file(), hrefs[0]
        css = target.read_text(encoding="utf-8")
        assert hashlib.blake2b(css.encode(), digest_size=8).hexdigest() in target.name  # named by its bytes
        assert css == critical_css(theme, page_words(html) & needed) + own + "\n"
        assert ".md-header{" in css and css.endswith(own + "\n")  # the theme's rules, then ours
        # the full stylesheets come later, then briefings.css again, so ours still wins
        noscript = head.split("<noscript", 1)[1]
        assert noscript.index("main.") < noscript.index("palette.") < noscript.index("assets/briefings.css")
        linked.add(target.name)
    assert len(linked) < len(pages) / 2, "pages of a kind share one file"
    # The record on_post_build keeps instead of reading every page: what each page links.
    record = json.loads((site / style_hooks.RECORD).read_text(encoding="utf-8"))
    heads = {p.relative_to(site).as_posix(): re.search(r"briefings-[0-9a-f]{16}\.css", p.read_text().split("</head>")[0]) for p in pages}
    assert {**record["pages"], **record["templates"]} == {rel: found.group(0) for rel, found in heads.items()}
    assert {p.name for p in folder.glob("briefings-*.css")} == linked, "no file that no page links"
    # Nothing moves when the full stylesheets arrive: every rule of a page's file is one of
    # theirs (same media queries, a subset of its selectors and declarations), in their order.
    index = {}
    for position, (groups, selectors, body) in enumerate(theme):
        index.setdefault((groups, body if selectors is None else None), []).append(position)
    for name in sorted(linked):
        css = (folder / name).read_text(encoding="utf-8")
        rules = parse(css[: css.rindex(own)])
        assert rules
        last = -1
        for groups, selectors, body in rules:
            if selectors is None:
                matches = index[(groups, body)]
            else:
                matches = [
                    i for i in index.get((groups, None), [])
                    if {s for s, _ in selectors} <= {s for s, _ in theme[i][1]} and _declarations(body) <= _declarations(theme[i][2])
                ]
            later = [i for i in matches if i > last]
            assert later, (name, groups, selectors)
            last = later[0]


def test_theme_rules_are_parsed_once_and_again_when_a_stylesheet_changes(tmp_path, monkeypatch):
    """The parse kept between on_config calls (and made before "go", mkdocs_early) follows the files."""
    import time

    folder = tmp_path / "stylesheets"
    folder.mkdir()
    sheet = folder / "main.0123.min.css"
    sheet.write_text(".a{color:red}", encoding="utf-8")
    monkeypatch.setattr(style_hooks, "THEME_STYLESHEETS", folder)
    config = {"theme": {}}  # no palette: main.*.min.css only
    first = style_hooks._theme_rules(config)
    assert first == parse(".a{color:red}")
    assert style_hooks._theme_rules(config) is first  # kept, not parsed again
    time.sleep(0.01)
    sheet.write_text(".a{color:red}.b{color:blue}", encoding="utf-8")
    assert style_hooks._theme_rules(config) == parse(".a{color:red}.b{color:blue}")
