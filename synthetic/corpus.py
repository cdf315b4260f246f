"""The synthetic corpus: a seeded generator of content folders in the record contract's format.

Every name is visibly synthetic ("Synthetic Organization 17", "Example Person 3");
only the countries are real ISO codes, because the contract resolves countries
against ISO 3166. The shape imitates a real annotated-news corpus: a few entities
are mentioned very often and most rarely (Zipf-like weights), each article has
3 to 15 references, some have quotes, dates span several years, and events have
organizers and participants.

`make bench` measures it at 1,000 to 100,000 articles; the tests use it wherever
they need more than a hand-written fixture (`write_corpus(folder, 200, seed=1)`),
with a few options that add what a test looks for (an edition marker in every
article, a recent burst, extra tag names). The same arguments always give the same
files, byte for byte; the options only add to what the defaults write, so the bench
corpora do not change when a test gains an option.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Bump when the output of this module changes, so cached bench corpora are rebuilt.
CORPUS_VERSION = "1"

COUNTRIES = (
    "AF AM AZ BE BY CN DE EG ES FR GB GE IN IQ IR IT JP KG KZ LY MD ML NE NG PK PL RU SA SD SO SY TJ TM TR UA US "
    "UZ YE AE AT BR CA CH CZ DK FI GR HU IL JO KR LB LT LV MA MN NL NO QA RO RS SE SK TN VN"
).split()
EVENT_KINDS = ("meeting", "summit", "exercise", "attack", "operation", "statement", "agreement", "election", "incident", "other")
ORG_KINDS = ("intergovernmental", "government-agency", "security-service", "military", "armed-group", "ngo", "media", "other")
ROLES = ("subject", "participant", "mentioned", "host", "organizer", None, None, None)
FIRST_YEAR = 2015
YEARS = 10
WORDS = (
    "synthetic council example meeting border security talks ministers delegation agreement statement exercise "
    "region cooperation report forces patrol summit monitoring observers envoy corridor ceasefire sanctions "
    "negotiations framework"
).split()


@dataclass(frozen=True)
class Shape:
    """How many registry entries a corpus of `articles` articles has."""

    articles: int
    registry: tuple[int, int, int] | None = None  # organizations, people, events, instead of the usual shares

    @property
    def organizations(self) -> int:
        return self.registry[0] if self.registry else max(8, self.articles // 20)

    @property
    def people(self) -> int:
        return self.registry[1] if self.registry else max(8, self.articles // 10)

    @property
    def events(self) -> int:
        return self.registry[2] if self.registry else max(4, self.articles // 25)

    @property
    def sources(self) -> int:
        return max(3, self.articles // 1000)

    @property
    def tags(self) -> int:
        return max(5, min(400, self.articles // 50))


def _zipf(count: int, exponent: float = 1.1) -> list[float]:
    """Cumulative weights: rank r gets 1 / r**exponent."""
    return list(itertools.accumulate(1.0 / (rank**exponent) for rank in range(1, count + 1)))


def _yaml(value: str) -> str:
    # JSON strings are valid YAML double-quoted scalars: safe for any text.
    return json.dumps(value, ensure_ascii=False)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _date(rng: random.Random) -> dt.date:
    return dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(days=rng.randrange(YEARS * 365))


class _Picker:
    """Draws ids with Zipf-like popularity; the first ids are the famous ones."""

    def __init__(self, rng: random.Random, ids: list[str]):
        self.rng = rng
        self.ids = ids
        self.cum = _zipf(len(ids))

    def some(self, count: int) -> list[str]:
        chosen = self.rng.choices(self.ids, cum_weights=self.cum, k=count)
        return sorted(set(chosen), key=chosen.index)


def write_corpus(
    root: Path, articles: int, seed: int = 0, *, edition: str = "", burst: int = 0, tags: Sequence[str] = (),
    grades: bool = False, registry: tuple[int, int, int] | None = None,
) -> Path:
    """Write a synthetic content folder with `articles` articles under `root`.

    edition: words added to every article's title and summary ("first edition"), so two
      corpora of the same shape give pages that tell them apart.
    burst: that many more articles in the 30 days up to the newest one, each mentioning
      synthetic-org-1, so the home page's trends have an entity that is surely rising.
    tags: tag names put first (most used) in the tag vocabulary, e.g. "index".
    grades: every Admiralty grade and kind of ownership: at least six wires graded A to F
      (state, public, two owned by one made-up media group, party, unknown), articles
      graded 1 to 6 or not at all, and quotes graded on their own. Articles are spread
      over the wires in turn; the random stream, and so everything else, is unchanged.
    registry: how many organizations, people and events (by default, shares of `articles`);
      more than the articles mention leaves many never mentioned, as in a team's registry.
    """
    shape = Shape(articles, registry)
    rng = random.Random(f"{seed}:{articles}")
    org_ids = [f"synthetic-org-{i}" for i in range(1, shape.organizations + 1)]
    person_ids = [f"example-person-{i}" for i in range(1, shape.people + 1)]
    event_ids = [f"synthetic-event-{i}" for i in range(1, shape.events + 1)]
    source_ids = [f"synthetic-wire-{i}" for i in range(1, shape.sources + 1)]
    tags = [*tags, *(f"synthetic-tag-{i}" for i in range(1, shape.tags + 1))]
    marker = f" ({edition})" if edition else ""
    orgs, people, events, sources, countries = (
        _Picker(rng, org_ids), _Picker(rng, person_ids), _Picker(rng, event_ids), _Picker(rng, source_ids), _Picker(rng, list(COUNTRIES)),
    )
    tag_picker = _Picker(rng, tags)

    files: dict[str, str] = {}
    def source(i: int, ident: str) -> list[str]:
        kind, country = rng.choice(("news-agency", "newspaper", "broadcaster")), rng.choice(COUNTRIES)
        return [
            f"  name: {_yaml(f'Synthetic Wire {i}')}",
            f"  kind: {kind}",
            f"  country: {country}",
            f"  url: https://wire-{i}.example.org",
            f"  description: {_yaml(_sentence(rng, 12))}",
            *(_graded_source(i, country) if grades else []),
        ]

    files.update(_registry("sources", source_ids, source))
    graded_ids = source_ids
    if grades:  # more wires, outside the random stream, and the media group that owns two
        extra = range(len(source_ids) + 1, GRADED_WIRES + 1)
        graded_ids = [*source_ids, *(f"synthetic-wire-{i}" for i in extra)]
        files["sources/graded-wires.yml"] = "".join(
            f"synthetic-wire-{i}:\n  name: {_yaml(f'Synthetic Wire {i}')}\n  kind: newspaper\n  country: {COUNTRIES[i]}\n"
            + "".join(line + "\n" for line in _graded_source(i, COUNTRIES[i]))
            for i in extra
        )
        files["organizations/media-groups.yml"] = (
            f"{MEDIA_GROUP}:\n  name: Example Media Group\n  kind: other\n"
            "  description: A made-up company that owns two of the synthetic wires.\n"
        )
    files.update(_registry("organizations", org_ids, lambda i, ident: [
        f"  name: {_yaml(f'Synthetic Organization {i}')}",
        *([f"  aliases: [{_yaml(f'SO{i}')}, {_yaml(f'Синтетическая организация {i}')}]"] if i % 3 == 1 else []),
        f"  kind: {rng.choice(ORG_KINDS)}",
        f"  country: {rng.choice(COUNTRIES)}",
        *([f"  members: [{', '.join(countries.some(rng.randint(2, 8)))}]"] if i % 4 == 1 else []),
        *([f"  parent: synthetic-org-{rng.randint(1, i - 1)}"] if i > 10 and i % 7 == 0 else []),
        f"  description: {_yaml(_sentence(rng, 25))}",
    ]))
    files.update(_registry("people", person_ids, lambda i, ident: [
        f"  name: {_yaml(f'Example Person {i}')}",
        f"  country: {rng.choice(COUNTRIES)}",
        "  positions:",
        f"    - title: {_yaml('Synthetic Envoy')}",
        f"      organization: {orgs.some(1)[0]}",
        f"      since: {FIRST_YEAR + rng.randrange(YEARS)}",
    ]))

    def event(i: int, ident: str) -> list[str]:
        start = _date(rng)
        return [
            f"  name: {_yaml(f'Synthetic Event {i}')}",
            f"  kind: {rng.choice(EVENT_KINDS)}",
            f"  start: {start.isoformat()}",
            f"  location: {_yaml(f'Example City {rng.randint(1, 200)}')}",
            f"  country: {rng.choice(COUNTRIES)}",
            f"  organizers: [{', '.join(orgs.some(rng.randint(1, 2)))}]",
            "  participants:",
            f"    countries: [{', '.join(countries.some(rng.randint(1, 6)))}]",
            f"    organizations: [{', '.join(orgs.some(rng.randint(1, 4)))}]",
            f"    people: [{', '.join(people.some(rng.randint(1, 4)))}]",
            f"  description: {_yaml(_sentence(rng, 20))}",
        ]

    files.update(_registry("events", event_ids, event))

    newest = dt.date(FIRST_YEAR, 1, 1)
    for n in range(1, articles + 1):
        published = _date(rng)
        ident = f"{published.isoformat()}-synthetic-article-{n}"
        total = rng.randint(3, 15)
        split = sorted(rng.randint(0, total) for _ in range(3))
        counts = (min(split[0], 3), split[1] - split[0], split[2] - split[1], total - split[2])
        mentioned_people = people.some(counts[3])
        title = _yaml(f"Synthetic headline {n}: " + _sentence(rng, 6) + marker)
        source_id = sources.some(1)[0]  # drawn either way: the random stream stays the same
        if grades:
            source_id = graded_ids[n % len(graded_ids)]
        lines = [
            f"title: {title}",
            f"source: {source_id}",
            f"published: {published.isoformat()}",
            f"url: https://news.example.org/{n}",
            f"summary: {_yaml(' '.join(_sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(2, 5))) + marker)}",
        ]
        for field, picker, count in (("events", events, counts[0]), ("organizations", orgs, counts[1]), ("countries", countries, counts[2])):
            chosen = picker.some(count)
            if chosen:
                lines.append(f"{field}:")
                for ident_ref in chosen:
                    role = rng.choice(ROLES)
                    lines.append(f"  - {{id: {ident_ref}, role: {role}}}" if role else f"  - {ident_ref}")
        if mentioned_people:
            lines.append(f"people: [{', '.join(mentioned_people)}]")
        if mentioned_people and rng.random() < 0.4:
            lines.append("quotes:")
            for speaker in mentioned_people[: rng.randint(1, 2)]:
                lines.append(f"  - speaker: {speaker}")
                lines.append(f"    text: {_yaml(_sentence(rng, rng.randint(10, 30)))}")
                lines.append(f"    context: {_yaml('Synthetic press conference')}")
                if grades and n % 2 == 0:
                    lines.append(f"    credibility: {(n // 2) % 6 + 1}")
        lines.append(f"tags: [{', '.join(tag_picker.some(rng.randint(1, 4)))}]")
        if grades and n % 7:  # 1 to 6, and every seventh article ungraded
            lines.append(f"credibility: {n % 7}")
        files[f"articles/{published.year}/{ident}.yml"] = "\n".join(lines) + "\n"
        newest = max(newest, published)

    write_files(root, files)
    for extra in range(1, burst + 1):
        # Its own random stream: the articles above stay the same with or without a burst.
        published = newest - dt.timedelta(days=random.Random(f"burst:{seed}:{extra}").randrange(30))
        new_article(root, articles + extra, published, seed, organizations=[org_ids[0]], marker=marker)
    return root


GRADED_WIRES = 6
MEDIA_GROUP = "example-media-group"
_OWNERSHIP = ("state", "public", "private", "private", "party", "unknown")


def _graded_source(i: int, country: str) -> list[str]:
    """A wire's grade and owner: wire 1 graded A and state-owned, wire 2 B and public..."""
    ownership = _OWNERSHIP[(i - 1) % 6]
    owner = country if ownership == "state" else MEDIA_GROUP if ownership == "private" else None
    letter = "ABCDEF"[(i - 1) % 6]
    return [
        f"  reliability: {letter}",
        f"  reliability_note: {_yaml(f'A made-up grade {letter} for a made-up wire.')}",
        f"  ownership: {ownership}",
        *([f"  owner: {owner}"] if owner else []),
    ]


def write_files(root: Path, files: dict[str, str]) -> Path:
    """Write relative path -> text under `root` (UTF-8, as written, no newline translation)."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


def _registry(kind: str, ids: list[str], body) -> dict[str, str]:  # noqa: ANN001 - a small local callback
    """A registry kind split into files of 500 entries, as a user with a big registry would."""
    out = {}
    for start in range(0, len(ids), 500):
        lines = []
        for i, ident in enumerate(ids[start : start + 500], start=start + 1):
            lines.append(f"{ident}:")
            lines.extend(body(i, ident))
        out[f"{kind}/{kind}-{start // 500 + 1:03}.yml"] = "\n".join(lines) + "\n"
    return out


def new_article(
    root: Path, number: int, published: dt.date, seed: int = 0, *,
    organizations: Sequence[str] = ("synthetic-org-1", "synthetic-org-5"), marker: str = "",
) -> Path:
    """Add one more synthetic article (for incremental-build measurements and tests)."""
    rng = random.Random(f"new:{seed}:{number}")
    ident = f"{published.isoformat()}-synthetic-article-{number}"
    path = root / "articles" / str(published.year) / f"{ident}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "\n".join([
            f"title: {_yaml(f'Synthetic headline {number}: ' + _sentence(rng, 6) + marker)}",
            "source: synthetic-wire-1",
            f"published: {published.isoformat()}",
            f"summary: {_yaml(_sentence(rng, 14) + marker)}",
            f"organizations: [{', '.join(organizations)}]",
            "countries: [TJ]",
            "people: [example-person-2]",
            "tags: [synthetic-tag-1]",
        ]) + "\n",
        encoding="utf-8",
    )
    return path
