"""The hostile-but-valid corpus: one case per kind of attack, its text in every text field.

Each case becomes an article plus an organization, a person, an event and a source that
carry the payload in every text field the contract has (title, summary, notes, dateline,
quotes and their context, roles and notes of mentions, names, aliases, descriptions,
positions, locations). Every one of them must build and show the payload as plain text.

The corpus is committed in tests/fixtures/hostile/inert/content so it can be read and
built by hand (`make site CONTENT=tests/fixtures/hostile/inert/content`); regenerate it
after changing PAYLOADS with `.venv/bin/python -m synthetic.hostile`. A test checks
that the two agree.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .corpus import write_files

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "hostile" / "inert" / "content"

# case -> payload. Every payload is at most 300 characters (the limit for names).
# Bidirectional controls (U+202A-U+202E, U+2066-U+2069) are refused, not inert: see
# fixtures/hostile/errors/bidi-controls. The direction marks U+200E and U+200F are allowed.
PAYLOADS: dict[str, str] = {
    "script-tag": '<script>alert("script-tag")</script>',
    "img-onerror": "<img src=x onerror=alert('img-onerror')>",
    "svg-onload": "<svg/onload=alert(1)><circle r=9></svg>",
    "attribute-breakout": "\" onmouseover=\"alert(1)\" x=\" '><script>alert(2)</script>",
    "title-breakout": "</title><script>alert(1)</script><title> </textarea><script>alert(2)</script>",
    "style-and-remote-css": "<style>body{display:none}</style><link rel=stylesheet href=https://evil.example/x.css>",
    "iframe-object": '<iframe src="https://evil.example/"></iframe><object data="https://evil.example/x.swf"></object>',
    "javascript-link": "[click me](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)",
    "markdown-link": '[a phishing link](https://evil.example/login "Log in") and [ref][evil] and [evil]',
    "reference-definition": "Read [this][evil].\n\n[evil]: https://evil.example/ref\n\n[^1]: a footnote",
    "remote-image": "![tracker](https://evil.example/pixel.png) ![x][img] ![](//evil.example/p.gif)",
    "autolink": "<https://evil.example/auto> <mailto:someone@evil.example> https://evil.example/bare www.evil.example",
    "html-comment": "before <!-- hidden text --> after <!-- unclosed",
    "material-markers": "<!-- material/tags --> <!-- md:option --> <!-- more -->",
    "jinja": "{{ config.site_name }} {{ 7*7 }} {% include 'base.html' %} {# comment #} {{ page.meta }}",
    "attribute-list": 'Text { onclick="alert(1)" } and {: .md-button onclick=alert(2) #evil-id }',
    "admonition": '!!! danger "Injected"\n    body of an injected admonition\n\n??? note "Collapsed"\n    more',
    "snippet": '--8<-- "/etc/passwd"\n\n;--8<-- "README.md"\n\n--8<--\nmkdocs.yml\n--8<--',
    "entities": "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#60;b&#62; &#x3C;i&#x3E; &copy; &NotAnEntity;",
    "markdown-syntax": "# Heading *em* **strong** `code` ~~del~~ | a | b | > quote 1. list - item --- ___ \\*",
    "html-block": '<div markdown="1">\n*x*\n</div>\n\n<details open><summary>x</summary>y</details>',
    "extension-syntax": "$$x^2$$ \\(y\\) [^1] *[HTML]: abbr :smile: ==mark== ^^ins^^ ++ctrl+alt++ {~~a~>b~~}",
    "unicode": "ОДКБ \u200fevil\u200e zero\u200bwidth \uff21 \U0001f642 «» عربى 中文 \ufdfd line\u2028sep",
    "long-word": "Synthetic" + "x" * 280,
    "backslashes": "\\<script\\>alert(1)\\</script\\> \\\\[x](javascript:alert(1)) C:\\Windows\\",
    "csv-formula": "=HYPERLINK(\"https://evil.example\",\"click\") +cmd|' /C calc'!A0 @SUM(1) -1",
    "yaml-lookalikes": "null ~ true NO 0x10 1e3 .nan 2017-05-31",
}
# One URL field per record carries characters that must not break out of an href.
WEIRD_URL = "https://wire.example.org/a\"onmouseover=\"alert(1)'<script>*_[x](y)"


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def single_line(text: str) -> str:
    return " ".join(text.split())


def files() -> dict[str, str]:
    out: dict[str, str] = {}
    for n, (case, payload) in enumerate(PAYLOADS.items(), start=1):
        p = quoted(payload)
        role = quoted(single_line(payload)[:80].strip())  # roles are at most 80 characters
        url = quoted(WEIRD_URL if case == "attribute-breakout" else f"https://wire.example.org/{case}")
        out[f"articles/{case}.yml"] = (
            f"title: {p}\n"
            f"source: {case}-source\n"
            f"published: 2020-01-{n:02d}\n"
            f"url: {url}\n"
            f"dateline: {p}\n"
            f"summary: {p}\n"
            f"notes: {p}\n"
            f"countries: [FR]\n"
            f"events: [{case}-event]\n"
            f"organizations:\n  - id: {case}-org\n    role: {role}\n    note: {p}\n"
            f"people: [{case}-person]\n"
            f"quotes:\n  - speaker: {case}-person\n    text: {p}\n    context: {p}\n"
            f"  - speaker: {case}-org\n    text: {p}\n"
            f"tags: [hostile, {case}]\n"
        )
        out[f"organizations/{case}.yml"] = (
            f"{case}-org:\n  name: {p}\n  aliases: [{quoted(single_line(payload) + ' (alias)')}]\n"
            f"  kind: other\n  country: FR\n  url: {url}\n  description: {p}\n"
        )
        out[f"people/{case}.yml"] = (
            f"{case}-person:\n  name: {p}\n  aliases: [{quoted(single_line(payload) + ' (alias)')}]\n"
            f"  country: FR\n  description: {p}\n"
            f"  positions:\n    - title: {p}\n      organization: {case}-org\n      since: 2019\n"
        )
        out[f"events/{case}.yml"] = (
            f"{case}-event:\n  name: {p}\n  aliases: [{quoted(single_line(payload) + ' (alias)')}]\n"
            f"  kind: meeting\n  start: 2020-01\n  location: {p}\n  country: FR\n  description: {p}\n"
            f"  organizers: [{case}-org]\n"
            f"  participants:\n    people:\n      - id: {case}-person\n        role: {role}\n        note: {p}\n"
        )
        out[f"sources/{case}.yml"] = (
            f"{case}-source:\n  name: {p}\n  aliases: [{quoted(single_line(payload) + ' (alias)')}]\n"
            f"  kind: other\n  url: {url}\n  description: {p}\n"
        )
    out["countries.yml"] = (
        f"FR:\n  name: {quoted(PAYLOADS['script-tag'] + ' France')}\n"
        f"  aliases: [{quoted(PAYLOADS['img-onerror'])}]\n  description: {quoted(PAYLOADS['javascript-link'])}\n"
    )
    # A byte order mark, as some Windows editors write, must not matter.
    out["articles/script-tag.yml"] = "\ufeff" + out["articles/script-tag.yml"]
    return out


def write(folder: Path = FOLDER) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    write_files(folder, files())


if __name__ == "__main__":
    write()
    print(f"wrote {len(files())} files to {FOLDER}")
