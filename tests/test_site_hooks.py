"""The HTML squeeze in generator/site_hooks.py: smaller pages that render the same."""

from __future__ import annotations

from generator.site_hooks import squeeze


def test_indentation_between_lines_goes():
    assert squeeze("<div>\n    <p>\n      text\n    </p>\n\n  </div>") == "<div>\n<p>\ntext\n</p>\n</div>"


def test_preformatted_text_is_kept():
    html = "<main>\n  <pre><code>  a\n    b\n</code></pre>\n  <TEXTAREA name=x>\n  c\n</TEXTAREA>\n  </main>"
    assert squeeze(html) == "<main>\n<pre><code>  a\n    b\n</code></pre>\n<TEXTAREA name=x>\n  c\n</TEXTAREA>\n</main>"


def test_no_break_space_and_single_spaces_are_text():
    assert squeeze("<p>a\n\u00a0b  c</p>") == "<p>a\n\u00a0b  c</p>"
