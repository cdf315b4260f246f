"""Property-based tests: whatever a content folder holds, the generator answers with a
model or a list of problems, never an exception; and escaped record text always renders
as exactly that text, with no element we did not put there."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator import markup, schema
from generator.pipeline import read_model, render_files
from generator.problems import ContentError
from tests.conftest import PROPERTY_EXAMPLES, ROOT
from tests.htmlcheck import parse_html

SETTINGS = settings(max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- loading and validation -------------------------------------------------------------------

REGISTRY = {
    "sources/s.yml": "wire:\n  name: Synthetic Wire\n",
    "organizations/o.yml": "alpha-bloc:\n  name: Alpha Bloc\n  aliases: [AB]\n",
    "people/p.yml": "dana-example:\n  name: Dana Example\n",
    "events/e.yml": "example-summit:\n  name: Example Summit\n  kind: summit\n  start: 2021\n",
}
ARTICLE_FIELDS = [f.name for f in schema.record_fields(schema.ArticleRecord)]
ORGANIZATION_FIELDS = [f.name for f in schema.record_fields(schema.OrganizationRecord)]

# Scalars that mean something to YAML, to the validator or to a reader of the pages.
tricky_text = st.sampled_from([
    "", " ", "~", "null", "yes", "NO", "0x1f", "1e3", ".inf", "2017-02-30", "2020-01-15", "2020",
    "wire", "alpha-bloc", "AB", "Alpha Bloc", "France", "FR", "Dana Example", "example-summit",
    "https://example.org/x", "javascript:alert(1)", "<script>alert(1)</script>", "[x](y)", "{{ x }}",
    "a" * 400, "ОДКБ", "\u202e", "-", "--- ", "*", "&a", "!!python/object", "index",
])
text = st.one_of(tricky_text, st.text(max_size=40))
values = st.recursive(
    st.one_of(st.none(), text, st.integers(), st.booleans(), st.floats(allow_nan=True)),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(text, st.sampled_from(ARTICLE_FIELDS + ["id", "role", "note", "speaker"])), children, max_size=5),
    ),
    max_leaves=20,
)
article = st.fixed_dictionaries(
    {},
    optional={name: st.one_of(values, tricky_text) for name in ARTICLE_FIELDS},
)
organization_entries = st.dictionaries(
    st.one_of(text, st.sampled_from(["alpha-bloc", "beta", "Bad_Id", "index"])),
    st.one_of(values, st.fixed_dictionaries({}, optional={n: st.one_of(values, tricky_text) for n in ORGANIZATION_FIELDS})),
    max_size=3,
)


def dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def outcome(files: dict[str, str | bytes]) -> list[str] | None:
    """Problems for the content folder, or None when it builds (then it also renders)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for rel, body in {**REGISTRY, **files}.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
        try:
            model = read_model(root)
        except ContentError as exc:
            lines = exc.problems.lines()
            assert lines and all(": error: " in line for line in lines)
            return lines
        render_files(model)  # a valid model must also render
        return None


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_give_a_model_or_problems(data):
    outcome({"articles/a.yml": data})


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_gives_a_model_or_problems(source):
    outcome({"articles/a.yml": source, "organizations/x.yml": source})


@SETTINGS
@given(article, organization_entries)
def test_any_record_shaped_data_gives_a_model_or_problems(fields, organizations):
    outcome({"articles/a.yml": dump(fields), "organizations/x.yml": dump(organizations)})


# Mostly valid values, so that most examples get through to the model and the renderer.
readable = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
nonblank = st.one_of(
    st.text(alphabet=readable, min_size=1, max_size=60).filter(str.strip),
    st.sampled_from(["<script>alert(1)</script>", "[x](javascript:y)", "{{ x }}", "a\n\nb", "ОДКБ"]),
)


def reference(*valid: str) -> st.SearchStrategy:
    # One draw in ~30 is junk or the wrong kind, so that lists of them usually resolve.
    return st.one_of(*[st.sampled_from(valid)] * 28, text, st.sampled_from(["alpha-bloc", "FR", "dana-example"]))


nearly_valid_article = st.fixed_dictionaries(
    {
        "title": nonblank,
        "source": st.sampled_from(["wire", "Synthetic Wire", "wire", "alpha-bloc"]),
        "published": st.sampled_from(["2020-01-15", "2017-05-31", "1999-12-31"]),
        "summary": nonblank,
    },
    optional={
        "notes": nonblank, "dateline": nonblank, "language": st.sampled_from(["en", "ru", "en", "xx"]),
        "url": st.sampled_from(["https://example.org/a(b)", "http://x.example/?q=<b>"]),
        "organizations": st.lists(st.one_of(
            reference("alpha-bloc", "AB", "alpha bloc"),
            st.fixed_dictionaries({"id": reference("alpha-bloc")}, optional={"role": nonblank, "note": nonblank}),
        ), max_size=3),
        "countries": st.lists(reference("FR", "France", "fr", "Tajikistan"), max_size=3),
        "people": st.lists(reference("dana-example", "Dana Example"), max_size=2),
        "events": st.lists(reference("example-summit"), max_size=2),
        "tags": st.lists(st.sampled_from(["terrorism", "a-b", "terrorism", "Bad Tag"]), max_size=3),
        "quotes": st.lists(st.fixed_dictionaries({"speaker": reference("dana-example", "AB"), "text": nonblank}, optional={"context": nonblank}), max_size=2),
    },
)


@SETTINGS
@given(st.lists(nearly_valid_article, min_size=1, max_size=3))
def test_nearly_valid_articles_give_a_model_that_renders_or_problems(articles):
    result = outcome({f"articles/a{i}.yml": dump(a) for i, a in enumerate(articles)})
    event("builds" if result is None else "problems")


VALID_ARTICLE = (
    "title: Synthetic headline\nsource: wire\npublished: 2020-01-15\nsummary: A synthetic summary.\n"
    "organizations: [alpha-bloc]\npeople: [{id: dana-example, role: host}]\nevents: [example-summit]\n"
    "quotes:\n  - speaker: AB\n    text: Synthetic words.\n"
)


@SETTINGS
@given(st.data())
def test_a_valid_article_with_random_edits_gives_a_model_or_problems(data):
    source = VALID_ARTICLE
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(source)))
        cut = data.draw(st.integers(0, 5))
        insert = data.draw(st.one_of(st.sampled_from(list(":-[]{}&*!|>'\"#%@` \n\t,?")), st.text(max_size=5)))
        source = source[:at] + insert + source[at + cut:]
    outcome({"articles/a.yml": source})


def test_the_valid_article_is_valid():
    assert outcome({"articles/a.yml": VALID_ARTICLE}) is None


# --- escaping ---------------------------------------------------------------------------------


def site_extensions() -> list:
    """The Markdown extensions the site uses (from mkdocs.yml), plus attr_list and md_in_html,
    which would give record text the most power if anyone enabled them."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names, configs = [], {}
    for entry in config.get("markdown_extensions", []):
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            configs[name] = options
    for extra in ("attr_list", "md_in_html"):
        if extra not in names:
            names.append(extra)
    return [markdown.Markdown(extensions=names, extension_configs=configs)]


MD = site_extensions()[0]
# What validation lets through: no control characters, surrogates or non-characters.
record_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from(list("\t\n\r \x85\u2028")),
    max_size=80,
)


def render(md_text: str) -> str:
    MD.reset()
    return MD.convert(md_text)


@SETTINGS
@given(st.one_of(record_text, st.lists(st.sampled_from([
    "<", ">", "&", "[", "]", "(", ")", "!", "*", "_", "`", "#", "{", "}", ":", "|", "-", "=", "~",
    "\\", "<!--", "-->", "{{", "{%", "--8<--", "!!!", "javascript:", "http://x.example", "@", " ", "\n",
    "&amp;", "&#60;", "a", "1.", "\t",
]), max_size=30).map("".join)))
def test_md_inline_renders_as_exactly_the_text(value):
    expected = " ".join(value.split())
    rendered = render(str(markup.md_inline(value)))
    if not expected:
        assert rendered == ""
        return
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    doc = parse_html(rendered)
    assert [el.tag for el in doc.elements] == ["p"]
    assert html.unescape(rendered[3:-4]) == expected


@SETTINGS
@given(record_text)
def test_md_paragraphs_render_as_paragraphs_of_the_text(value):
    rendered = render(str(markup.md_paragraphs(value)))
    doc = parse_html(rendered)
    assert {el.tag for el in doc.elements} <= {"p"}
    assert doc.text == " ".join(value.split())


@SETTINGS
@given(record_text, st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=40))
def test_external_link_is_one_link_with_the_label_as_text(label, path):
    url = "https://example.org/" + path
    rendered = render(str(markup.external_link(url, label)))
    doc = parse_html(rendered)
    links = [el for el in doc.elements if el.tag == "a"]
    assert [el.tag for el in doc.elements if el.tag != "p"] == ["a"]
    assert links[0].attrs["href"] == markup.safe_url(url)
    assert doc.text == " ".join(label.split())


@SETTINGS
@given(record_text)
def test_html_text_survives_an_attribute(value):
    doc = parse_html(f'<meta name="description" content="{markup.html_text(value)}">')
    assert [el.tag for el in doc.elements] == ["meta"]
    assert doc.meta("description") == " ".join(value.split())
