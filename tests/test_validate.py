"""Field-level checks: each message names the field and the place."""

from tests.conftest import problems_of


def test_minimal_corpus_is_valid(corpus):
    assert problems_of(corpus()) == []


def test_unknown_field_suggests_the_close_one(corpus):
    root = corpus({"articles/a1.yml": "title: t\nsource: wire\npublished: 2020-01-15\nsumary: s\nsummary: s\n"})
    assert problems_of(root) == ["articles/a1.yml:4:1: error: unknown field 'sumary'; did you mean 'summary'?"]


def test_missing_required_fields_are_all_reported(corpus):
    root = corpus({"articles/a1.yml": "title: t\n"})
    assert problems_of(root) == [
        "articles/a1.yml:1:1: error: missing required field 'published'",
        "articles/a1.yml:1:1: error: missing required field 'source'",
        "articles/a1.yml:1:1: error: missing required field 'summary'",
    ]


def test_impossible_date(corpus):
    root = corpus({"articles/a1.yml": "title: t\nsource: wire\npublished: 2017-02-30\nsummary: s\n"})
    assert problems_of(root) == [
        "articles/a1.yml:3:12: error: published: '2017-02-30' is not a date: February 2017 has 28 days"
    ]


def test_partial_dates_where_the_contract_allows_them(corpus):
    root = corpus({"events/e.yml": "e1:\n  name: E\n  kind: meeting\n  start: 2017-13\n"})
    assert problems_of(root) == ["events/e.yml:4:10: error: start: '2017-13' is not a date: there is no month 13"]


def test_only_http_urls(corpus):
    root = corpus({"articles/a1.yml": "title: t\nsource: wire\npublished: 2020-01-01\nsummary: s\nurl: javascript:alert(1)\n"})
    assert problems_of(root) == ["articles/a1.yml:5:6: error: url: 'javascript:alert(1)' is not an http or https URL"]


def test_bad_registry_id_suggests_a_slug(corpus):
    root = corpus({"organizations/o.yml": "Alpha Bloc:\n  name: Alpha Bloc\n"})
    lines = problems_of(root)
    assert "organizations/o.yml:1:1: error: bad organization id 'Alpha Bloc': ids use a-z, 0-9 and '-', and start with a letter or digit (e.g. 'alpha-bloc')" in lines


def test_duplicate_ids_across_files(corpus):
    root = corpus({"organizations/p.yml": "alpha-bloc:\n  name: Another\n"})
    assert problems_of(root) == [
        "organizations/p.yml:1:1: error: duplicate organization id 'alpha-bloc' (first defined at organizations/o.yml:1:1)"
    ]


def test_choice_suggests(corpus):
    root = corpus({"events/e.yml": "e1:\n  name: E\n  kind: meting\n  start: 2017\n"})
    (line,) = problems_of(root)
    assert line.startswith("events/e.yml:3:9: error: kind: 'meting' is not one of: meeting, summit,")
    assert line.endswith("; did you mean 'meeting'?")


def test_article_file_name_must_make_a_valid_id(corpus):
    root = corpus({"articles/a1.yml": None, "articles/My Article.yml": "title: t\nsource: wire\npublished: 2020-01-01\nsummary: s\n"})
    assert problems_of(root) == [
        "articles/My Article.yml:1:1: error: file name 'My Article' is not a valid article id: ids use a-z, 0-9 and '-', "
        "and start with a letter or digit; rename the file (e.g. 'my-article.yml') or set 'id:'"
    ]


def test_reserved_id(corpus):
    root = corpus({"organizations/p.yml": "index:\n  name: Index\n"})
    assert problems_of(root) == ["organizations/p.yml:1:1: error: bad organization id 'index': 'index' is reserved for the index page"]


def test_top_level_list_or_scalar(corpus):
    root = corpus({"articles/a1.yml": "- a\n- b\n", "organizations/o.yml": "just text\n"})
    assert problems_of(root) == [
        "articles/a1.yml:1:1: error: an article file must be a mapping of fields, found a list",
        "organizations/o.yml:1:1: error: a file in organizations/ must map ids to records, found the text 'just text'",
    ]


def test_overlong_text_is_refused(corpus):
    long = "x" * 20_001
    root = corpus({"articles/a1.yml": f"title: t\nsource: wire\npublished: 2020-01-01\nsummary: {long}\n"})
    assert problems_of(root) == ["articles/a1.yml:4:10: error: summary: is 20,001 characters long; the limit is 20,000"]


def test_nested_fields_are_checked_with_their_path(corpus):
    root = corpus({
        "people/p.yml": "pat:\n  name: Pat\n  positions:\n    - title: Chair\n      sine: 2019\n",
    })
    assert problems_of(root) == ["people/p.yml:5:7: error: unknown field 'sine'; did you mean 'since'?"]


def test_wikidata_url_gets_a_hint(corpus):
    root = corpus({"organizations/o.yml": "alpha-bloc:\n  name: Alpha Bloc\n  wikidata: https://www.wikidata.org/wiki/Q42\n"})
    assert problems_of(root) == [
        "organizations/o.yml:3:13: error: wikidata: 'https://www.wikidata.org/wiki/Q42' is not a Wikidata item id (Q and digits); write just 'Q42'"
    ]
