"""Reference resolution and cross-links."""

from pathlib import Path

from generator.pipeline import read_model
from tests.conftest import SAMPLE, problems_of

ARTICLE = "title: t\nsource: wire\npublished: 2020-01-15\nsummary: s\n"


def test_unresolved_reference_suggests_the_id(corpus):
    root = corpus({"articles/a1.yml": ARTICLE + "organizations: [alpha-blok]\n"})
    assert problems_of(root) == [
        "articles/a1.yml:5:17: error: organizations: no organization 'alpha-blok'; did you mean 'alpha-bloc'?"
    ]


def test_reference_by_alias_ignores_case_and_accents(corpus):
    root = corpus({
        "organizations/o.yml": "alpha-bloc:\n  name: Alpha Bloc\n  aliases: [Bloc Élan]\n",
        "articles/a1.yml": ARTICLE + "organizations: [bloc elan]\n",
    })
    model = read_model(root)
    assert [m.entity.id for m in model.articles[0].mentions] == ["alpha-bloc"]


def test_ambiguous_name_is_an_error(corpus):
    root = corpus({
        "people/p.yml": "pat-one:\n  name: Pat Doe\npat-two:\n  name: Pat Doe\n",
        "articles/a1.yml": ARTICLE + "people: [Pat Doe]\n",
    })
    assert problems_of(root) == [
        "articles/a1.yml:5:10: error: people: 'Pat Doe' matches more than one person ('pat-one', 'pat-two'); use the id"
    ]


def test_wrong_kind_is_named(corpus):
    root = corpus({"articles/a1.yml": ARTICLE + "organizations: [wire]\n"})
    assert problems_of(root) == ["articles/a1.yml:5:17: error: organizations: no organization 'wire' ('wire' is a source)"]


def test_countries_by_code_name_common_name_and_alias(corpus):
    root = corpus({
        "countries.yml": "RU:\n  aliases: [Россия]\n",
        "articles/a1.yml": ARTICLE + "countries: [RU]\n",
        "articles/a2.yml": ARTICLE + "countries: [Russian Federation, Syria]\n",
        "articles/a3.yml": ARTICLE + "countries: [россия, IRN]\n",
    })
    model = read_model(root)
    names = {c.id: c.name for c in model.entities["country"]}
    assert names == {"ru": "Russia", "sy": "Syria", "ir": "Iran"}
    russia = next(c for c in model.entities["country"] if c.id == "ru")
    assert russia.article_count == 3


def test_unknown_country_suggests(corpus):
    root = corpus({"articles/a1.yml": ARTICLE + "countries: [Tajikstan]\n"})
    assert problems_of(root) == ["articles/a1.yml:5:13: error: countries: no country 'Tajikstan'; did you mean 'Tajikistan'?"]


def test_listed_twice(corpus):
    root = corpus({"articles/a1.yml": ARTICLE + "organizations: [alpha-bloc, AB]\n"})
    assert problems_of(root) == ["articles/a1.yml:5:29: error: organizations: 'alpha-bloc' is listed twice (first at line 5)"]


def test_parent_cycle(corpus):
    root = corpus({"organizations/o.yml": "alpha-bloc:\n  name: AB\na:\n  name: A\n  parent: b\nb:\n  name: B\n  parent: a\n"})
    assert problems_of(root) == [
        "organizations/o.yml:4:3: error: parent: organization 'a' is its own ancestor",
    ]


def test_event_end_before_start(corpus):
    root = corpus({"events/e.yml": "e:\n  name: E\n  kind: summit\n  start: 2020-05\n  end: 2020-04\n"})
    assert problems_of(root) == ["events/e.yml:2:3: error: end: 2020-04 is before start 2020-05"]


def test_broken_record_does_not_cascade_into_reference_errors(corpus):
    root = corpus({
        "organizations/o.yml": "alpha-bloc:\n  kind: intergovernmental\n",  # no name
    })
    assert problems_of(root) == ["organizations/o.yml:2:3: error: missing required field 'name'"]


def test_sample_mentions_roles_and_co_mentions():
    model = read_model(SAMPLE)
    (article,) = model.articles
    by_id = {(m.entity.kind, m.entity.id): m for m in article.mentions}
    assert by_id[("country", "tj")].role == "host"
    assert by_id[("organization", "cis-anti-terrorism-center")].role == "organizer"
    novikov = next(p for p in model.entities["person"] if p.id == "andrei-novikov")
    assert len(novikov.quotes_by) == 2
    related = {e.id: n for e, n in novikov.related}
    assert related["islamic-state"] == 1 and "andrei-novikov" not in related
    event = model.entities["event"][0]
    assert [o.id for o in event.organizers] == ["cis-anti-terrorism-center"]
    assert {i.entity.id for i in event.participants if i.entity.kind == "country"} == {
        "tj", "az", "am", "by", "kz", "kg", "ru", "uz"
    }


def test_co_mention_counts_add_up(corpus):
    root = corpus({
        "articles/a2.yml": ARTICLE.replace("2020-01-15", "2020-02-01") + "organizations: [alpha-bloc]\ncountries: [France, Spain]\n",
    })
    model = read_model(root)
    bloc = next(o for o in model.entities["organization"] if o.id == "alpha-bloc")
    assert [(e.id, n) for e, n in bloc.related] == [("fr", 2), ("es", 1)]
    assert [m.article.id for m in bloc.mentions] == ["a2", "a1"]  # newest first
    assert str(bloc.first_mention) == "2020-01-15" and str(bloc.last_mention) == "2020-02-01"


def test_quote_speaker_counts_as_mentioned(corpus):
    root = corpus({
        "people/p.yml": "pat:\n  name: Pat Doe\n",
        "articles/a1.yml": ARTICLE + "quotes:\n  - speaker: Pat Doe\n    text: Synthetic words.\n",
    })
    model = read_model(root)
    (pat,) = model.entities["person"]
    assert pat.article_count == 1 and pat.mentions[0].role == "quoted"


def test_sample_content_is_valid():
    assert problems_of(Path(SAMPLE)) == []
