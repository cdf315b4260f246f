"""A clearly synthetic corpus that shows every briefing feature: `python -m tests.showcase DIR [ARTICLES]`.

The bundled sample holds one article, too little to show a timeline, a trend or a
map. This writes a deterministic corpus of made-up records ("Synthetic ...",
"Example ...") with years of history, a recent burst for some entities, people
who change positions, quotes, tags and countries across the world. No record
describes a real article; the countries are real ISO codes only so the map has
somewhere to put them.

It shows every grade: six wires graded A to F with every kind of ownership (two of
them owned by one made-up media group, so not independent of each other), articles
graded 1 to 6 or not at all, and quotes with grades of their own.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import yaml

COUNTRIES = "FR DE BE NL PL UA RU TJ KZ UZ KG AM AZ GE TR SY IQ IR EG NG KE ZA BR AR MX US CA IN CN JP AU ID".split()
TAGS = ["terrorism", "border-security", "cyber", "elections", "sanctions", "exercise", "index"]  # "index" on purpose
ORG_KINDS = ["intergovernmental", "government-agency", "security-service", "military", "armed-group", "ngo"]
EVENT_KINDS = ["meeting", "summit", "exercise", "attack", "operation", "agreement", "election"]
NEWEST = dt.date(2024, 6, 30)


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def make_showcase(root: Path, articles: int = 400, seed: int = 7) -> Path:
    rng = random.Random(seed)
    sources = {
        f"synthetic-wire-{i}": {"name": f"Synthetic Wire {i}", "kind": "news-agency", "country": rng.choice(COUNTRIES), "language": "en"}
        for i in range(1, 7)
    }
    owners = [("state", None), ("public", None), ("private", "example-media-group"), ("private", "example-media-group"), ("party", None), ("unknown", None)]
    for (ident, source), letter, (ownership, owner) in zip(sources.items(), "ABCDEF", owners):
        source.update({"reliability": letter, "reliability_note": f"A made-up grade {letter} for a made-up wire.", "ownership": ownership})
        source["owner"] = owner or (source["country"] if ownership == "state" else None)
        if source["owner"] is None:
            del source["owner"]
    orgs: dict[str, dict] = {
        "synthetic-council": {
            "name": "Synthetic Council", "aliases": ["SC"], "kind": "intergovernmental", "country": "BE",
            "founded": "1999-03", "members": ["FR", "DE", "BE", "NL", "PL"],
            "description": "A made-up council that shows what a busy organization's briefing looks like.",
        },
        "synthetic-council-secretariat": {"name": "Synthetic Council Secretariat", "kind": "government-agency", "parent": "synthetic-council"},
        "example-media-group": {"name": "Example Media Group", "kind": "company", "description": "Owns two of the synthetic wires."},
    }
    for i in range(1, 29):
        orgs[f"example-organization-{i}"] = {
            "name": f"Example Organization {i}", "kind": rng.choice(ORG_KINDS), "country": rng.choice(COUNTRIES),
            "members": sorted(rng.sample(COUNTRIES, rng.randint(0, 4))),
        }
    org_ids = sorted(orgs)
    people = {}
    for i in range(1, 41):
        first = rng.choice(org_ids)
        second = rng.choice(org_ids)
        people[f"synthetic-person-{i}"] = {
            "name": f"Synthetic Person {i}", "country": rng.choice(COUNTRIES),
            "positions": [
                {"title": "Director", "organization": first, "since": "2015", "until": "2019-06"},
                {"title": "Secretary-General" if second == "synthetic-council" else "Adviser", "organization": second, "since": "2019-07"},
            ],
        }
    events = {"example-summit-series": {"name": "Example Summit Series", "kind": "summit", "start": "2015"}}
    for i in range(1, 51):
        year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
        start = [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"][i % 3]  # every precision
        events[f"example-event-{i}"] = {
            "name": f"Example Event {i}", "kind": rng.choice(EVENT_KINDS), "start": start, "country": rng.choice(COUNTRIES),
            "organizers": sorted(rng.sample(org_ids, 1)),
            "participants": {"countries": sorted(rng.sample(COUNTRIES, 3)), "people": sorted(rng.sample(sorted(people), 2))},
            **({"parent": "example-summit-series"} if i % 10 == 0 else {}),
        }
    _dump(root / "sources" / "sources.yml", sources)
    _dump(root / "organizations" / "organizations.yml", orgs)
    _dump(root / "people" / "people.yml", people)
    _dump(root / "events" / "events.yml", events)
    first_day = dt.date(2015, 1, 1).toordinal()
    span = NEWEST.toordinal() - first_day
    busy = ["synthetic-council", "example-organization-1"]  # a burst in the last 30 days makes them rise
    for i in range(articles):
        day = NEWEST if i == 0 else dt.date.fromordinal(first_day + int(span * rng.random() ** 0.6))
        recent = NEWEST.toordinal() - day.toordinal() < 30
        org_refs = sorted(set(rng.sample(org_ids, rng.randint(1, 3)) + (busy if recent else [])))
        speaker = rng.choice(sorted(people))
        record = {
            "title": f"Synthetic report {i + 1}: example developments",
            "source": rng.choice(sorted(sources)),
            "published": day.isoformat(),
            "summary": f"A synthetic summary of made-up report {i + 1}, written to exercise the briefing pages.",
            "events": sorted(rng.sample(sorted(events), rng.randint(0, 2))),
            "organizations": [{"id": org_refs[0], "role": "organizer"}, *org_refs[1:]],
            "countries": sorted(rng.sample(COUNTRIES, rng.randint(1, 3))),
            "people": [speaker],
            "quotes": [{"speaker": speaker, "text": f"A synthetic statement number {i + 1}."}] if i % 3 == 0 else [],
            "tags": sorted(rng.sample(TAGS, rng.randint(0, 2))),
        }
        if i % 7 < 6:  # 1 to 6, and every seventh article ungraded
            record["credibility"] = i % 7 + 1
        if record["quotes"] and i % 2 == 0:  # some quotes graded apart from their article
            record["quotes"][0]["credibility"] = str((i // 6) % 6 + 1)
        _dump(root / "articles" / str(day.year) / f"synthetic-{i + 1:05d}.yml", record)
    return root


if __name__ == "__main__":
    make_showcase(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 400)
