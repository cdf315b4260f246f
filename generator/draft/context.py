"""Choosing between entities that share a name, or a name that is also a place or
an ordinary word, from the rest of the text and from the corpus.

Evidence for a candidate: it was already named unambiguously in the text; things
structurally tied to it were named (an organization's members, parent, children and
staff; a person's organizations, or an event's organizers and participants); the
corpus's own articles often mention it with what this text names (telling which namesake,
not that a weak form names its one entity at all), or name it far more often than its
namesakes (the team's own records say which one its news is about); its registered name
names a country the text names (the Supreme Court "of the United States"); a person held a
registered position on the article's date; words next to the name say what kind
of thing it is ("club", "Mr", "in"). Against a candidate: in a text that names
countries, ties only to others (homes.py: the Constitutional Court "of Korea" in a
text about Germany), which leaves it out. The best candidate wins only when it has
evidence and beats the next one, or is the one namesake left (of unknown home, only
in a text naming one country); otherwise no reference is written, since a wrong
reference costs the reader more than a missing one.
"""

from __future__ import annotations

from ..dates import PartialDate
from .gazetteer import QUALIFIED_NAME, Target

KIND_CUES = {
    "organization": {"club", "fc", "party", "ministry", "company", "group", "organization", "organisation",
                     "agency", "council", "committee", "union", "service", "front", "movement", "bank",
                     "corporation", "inc", "ltd", "association", "team", "university", "center", "centre",
                     "spokesman", "spokeswoman", "members", "member"},
    "person": {"mr", "mrs", "ms", "dr", "president", "minister", "general", "colonel", "said", "says", "told",
               "added", "sir", "senator", "chairman", "chief", "head", "secretary", "director", "prime",
               "spokesman", "spokeswoman", "his", "her"},
    "event": {"meeting", "summit", "exercise", "exercises", "attack", "operation", "conference", "talks",
              "election", "forum", "drills"},
    "country": {"in", "to", "from", "across", "into", "of"},
}
PLACE_WORDS = KIND_CUES["country"]


def _entities_of(found: set[Target]) -> set[object]:
    return {t.entity for t in found if t.entity is not None}


def _related(target: Target, found: set[Target], co_mentions: bool = True) -> float:
    entity = target.entity
    if entity is None:
        return 0
    found_entities = _entities_of(found)
    ties: list[object] = []
    # A seat or a citizenship is shared with a whole country's institutions and people: the
    # country named says little of which one a name means. An organization's seat counts
    # among namesakes only (homes.py, through `homes`); a person's country half a point, to
    # tell namesakes apart, never enough alone to support a lone surname.
    country = 0.0
    if target.kind == "organization":
        ties.extend(entity.members)
        ties.extend(x for x in (entity.parent,) if x is not None)
        ties.extend(entity.children)
        ties.extend(p.person for p in entity.staff)
    elif target.kind == "person":
        ties.extend(p.organization for p in entity.positions if p.organization is not None)
        country = 0.5 if entity.country is not None and entity.country in found_entities else 0.0
    elif target.kind == "event":
        ties.extend(entity.organizers)
        ties.extend(i.entity for i in entity.participants)
        if entity.country is not None:
            ties.append(entity.country)
    elif target.kind == "country":
        ties.extend(entity.memberships)
        ties.extend(entity.nationals)
    hits = sum(1 for tie in ties if tie in found_entities)
    together = sum(1 for other in found_entities if _telling_co_mention(entity, other)) if co_mentions else 0
    return 2 * min(hits, 3) + min(together, 2) + country


# A co-mention is evidence only when the team's articles name the pair together at least this often, and
# in at least this share of the other's articles: one article that named both proves nothing, and a
# country or bloc its articles name everywhere is named alongside every namesake.
CO_MENTION_ARTICLES = 2
CO_MENTION_SHARE = 0.1


def named_together(entity: object, other: object) -> bool:
    """The team's articles name `entity` alongside `other` often enough to tell something: in at
    least CO_MENTION_ARTICLES articles and CO_MENTION_SHARE of `other`'s (apposition.py reads it)."""
    return _telling_co_mention(entity, other)


def _telling_co_mention(entity: object, other: object) -> bool:
    together = entity.co_mentions.get(other, 0)
    return together >= CO_MENTION_ARTICLES and together >= CO_MENTION_SHARE * other.article_count


def _dates_fit(target: Target, published: PartialDate | None) -> int:
    if target.kind != "person" or published is None or target.entity is None:
        return 0
    # A position without dates says nothing of the article's date.
    positions = [p for p in target.entity.positions if p.since or p.until]
    if not positions:
        return 0
    for position in positions:
        since = position.since or PartialDate(1)
        until = position.until or PartialDate(9999)
        if since <= published <= until or (position.until and position.until.precision != "day"
                                            and position.until.year == published.year):
            return 1
    return -1


def ties_named(target: Target, found: set[Target], published: PartialDate | None) -> float:
    """What the text names of a person's or an organization's registered ties, and whether a
    dated position fits the article's date: the evidence that tells namesakes apart whatever
    the words beside the name (english_surnames.py: which of several bearers a surname is)."""
    return _related(target, found) + _dates_fit(target, published)


def _cues(target: Target, before: list[str], after: list[str]) -> int:
    cues = KIND_CUES.get(target.kind, set())
    score = 1 if cues.intersection(before[-3:]) or cues.intersection(after[:2]) else 0
    if target.kind != "country" and before[-1:] and before[-1] in PLACE_WORDS and not score:
        score -= 1
    return score


def score(target: Target, found: set[Target], published: PartialDate | None,
          before: list[str], after: list[str], homes: dict[Target, set[Target]] | None = None,
          co_mentions: bool = True) -> float:
    """Evidence for `target` at one mention; `before`/`after` are the lower-case words around it;
    `homes`, the countries each candidate's registered name names."""
    total = 5 if target in found else 0
    total += _related(target, found, co_mentions)
    # "the Supreme Court" in a text that names the United States: the court whose name says so.
    total += 1 if homes and homes.get(target, set()) & found else 0
    total += _dates_fit(target, published)
    total += _cues(target, before, after)
    return total


def _told_apart(best: Target, others: list[Target], found: set[Target], published: PartialDate | None,
                homes: dict[Target, set[Target]] | None) -> bool:
    """Whether the text supports `best` with evidence its namesakes lack, for a weak form ("Jordan" in
    "Wayne Jordan, a spokesman"): named in full, its ties, its dates, or a country it is tied to. A
    word beside the name ("spokesman", "in") says only what kind of thing is meant, not which."""
    def own(target: Target) -> float:
        home = bool(homes and homes.get(target, set()) & found)
        return (5 if target in found else 0) + _related(target, found) + home + _dates_fit(target, published)
    return own(best) > max(own(t) for t in others)


def _namesakes_at_home(candidates: list[Target], named: set[Target],
                       homes: dict[Target, set[Target]] | None) -> tuple[list[Target], str]:
    """The candidates left when those tied to countries the text never names (`named`) are left out
    (the Constitutional Court "of Korea" in a text that names only Germany), and which were.
    Only where the text names a country: one that names none says nothing."""
    if not homes or not named:
        return candidates, ""
    # Namesakes of one and the same home (a club and its women's team, two clubs of one city) are
    # not told apart by country, and the text's other countries do not make them foreign: a
    # proper name keeps its meaning abroad; only names that several countries' bodies share are
    # another country's.
    if len({frozenset(homes.get(t) or ()) for t in candidates}) == 1:
        return candidates, ""
    elsewhere = [t for t in candidates if homes.get(t) and not homes[t] & named]
    kept = [t for t in candidates if t not in elsewhere]
    return kept, ", ".join(f"{t.id}: {', '.join(sorted(c.name for c in homes[t]))}" for t in elsewhere)


# How choose() says the one namesake left was taken (bodies.another_countrys_than_the_story reads it).
ONLY_NAMESAKE_LEFT = "the only one of its namesakes not another country's"


def _common_noun_name(target: Target) -> bool:
    """A registered name in the Latin script with a lower-case word of four letters or more after its
    first ("Foreign minister", "Supreme court"): the name of a kind of body, not of one body; short
    lower-case words ("of", "the", "für") are a proper name's own."""
    words = QUALIFIED_NAME.sub(r"\1", target.name).split()
    return all(w.isascii() or not w.isalpha() for w in words) \
        and any(w.isalpha() and w.islower() and len(w) >= 4 for w in words[1:])


# An organization the team's articles name in at least this many articles, and this many times as
# often as each of its namesakes, is the one its news means: evidence worth a structural tie.
PRIOR_ARTICLES = 3
PRIOR_RATIO = 4
PRIOR_EVIDENCE = 2


def most_named(candidates: list[Target]) -> tuple[Target | None, int, int]:
    """Of two or more candidates, the one the team's articles name in PRIOR_ARTICLES articles or more
    and PRIOR_RATIO times as often as each other, with its count and the next one's; None when no
    articles set it that far apart. Organizations' namesakes and a surname's bearers share this bar."""
    if len(candidates) < 2:
        return None, 0, 0
    counts = sorted(((getattr(t.entity, "article_count", 0), t) for t in candidates),
                    key=lambda pair: (-pair[0], pair[1].id))
    (top, favourite), runner_up = counts[0], counts[1][0]
    if top >= PRIOR_ARTICLES and top >= PRIOR_RATIO * runner_up:
        return favourite, top, runner_up
    return None, top, runner_up


def corpus_favourite(candidates: list[Target]) -> tuple[Target | None, str]:
    """The organization the corpus's articles name far more often than each of its namesakes, and how
    often. Not people: people who share a name are namesakes only the text can decide (a rough registry's
    lone given names, measured: NEREL rough people precision 0.914 -> 0.862 with them), and not an
    organization against a place or a person."""
    if len(candidates) < 2 or {t.kind for t in candidates} != {"organization"}:
        return None, ""
    favourite, top, runner_up = most_named(candidates)
    if favourite is not None:
        return favourite, f"the team's articles name {favourite.id} {top} times, the others at most {runner_up}"
    return None, ""


def choose(candidates: list[Target], found: set[Target], published: PartialDate | None,
           before: list[str], after: list[str], need_evidence: bool, threshold: int = 1,
           prefer: Target | None = None,
           homes: dict[Target, set[Target]] | None = None,
           countries: set[Target] | None = None) -> tuple[Target | None, str]:
    """The candidate the evidence favours, or None and why not.

    `prefer` wins a tie (see linker.py: a registered entity named like a country). `countries`: more
    countries the text names than those found, though a name of theirs is still undecided (a
    country's name that is also its national team's: either reading names the country)."""
    named = {t for t in found if t.kind == "country"} | (countries or set())
    candidates, left_out = _namesakes_at_home(candidates, named, homes)
    if not candidates:
        return None, f"each is another country's than the text names: {left_out}"
    # The one namesake of unknown home left: in a text about one country, likely that
    # country's; in a text naming several, any of theirs, registered or not.
    unknown_home = bool(left_out) and len(candidates) == 1 and not (homes or {}).get(candidates[0]) \
        and len(named) > 1
    need_evidence = need_evidence or unknown_home
    # The prior says which namesake a name means, not that it names one at all: a city's name
    # that is also a club's, a lone given name, stay for the text to decide.
    favourite, prior = corpus_favourite(candidates) if not need_evidence else (None, "")
    # The corpus's co-mentions say which namesake a name means, not that a weak form names the one
    # entity registered under it at all ("European" in "European carmakers" is not the Union's).
    lone_weak = need_evidence and len(candidates) == 1
    scored = sorted(((score(t, found, published, before, after, homes, co_mentions=not lone_weak)
                      + (0.5 if t == prefer else 0)
                      + (PRIOR_EVIDENCE if t == favourite else 0), t)
                     for t in candidates), key=lambda pair: (-pair[0], pair[1].kind, pair[1].id))
    best_score, best = scored[0]
    if len(scored) == 1:
        if left_out and _common_noun_name(best) and best not in found:
            # Every other namesake is one country's body and this one's name is a common noun's
            # ("Foreign minister"): it is what the words mean in any country, so the text's own
            # country's body may be the one meant, unregistered.
            return None, f"{ONLY_NAMESAKE_LEFT} ({left_out}), but " \
                         f"'{best.name}' names a kind of body, not this country's"
        if not need_evidence or best_score >= threshold:
            # The one namesake the text's countries leave: as if it were the only one registered.
            return best, f"{ONLY_NAMESAKE_LEFT} ({left_out})" if left_out else ""
        if unknown_home:
            return None, f"{ONLY_NAMESAKE_LEFT} ({left_out}), but of unknown " \
                         "home in a text naming several countries"
        return None, "nothing else in the text supports it"
    runner_up = scored[1][0]
    others = [t for _, t in scored[1:]]
    # Where another rule prefers the best (the team a city's name means on a sports page), the words
    # beside it only agree; where none does, they must not decide alone, but for a country, whose
    # name as written is its own ("officials of South Africa", not a team's alias).
    if need_evidence and best != prefer and best.kind != "country" and best_score > runner_up \
            and not _told_apart(best, others, found, published, homes):
        return None, "could be " + " or ".join(f"{t.kind} {t.id}" for _, t in scored) + "; only a word beside " \
            "it sets them apart, which says what kind of thing it is, not which"
    if best_score > runner_up and (best_score >= threshold if need_evidence else best_score > 0):
        if best == prefer and best != favourite and best_score - 0.5 <= runner_up:
            # Only the linker's preference sets it ahead (the team a city's name means on a results
            # page, the one registered under the name as written): say so, not that the text did.
            return best, f"preferred over {', '.join(t.id for t in others)} as the one the name means " \
                         "first here; nothing else in the text tells them apart"
        return best, f"chosen over {', '.join(t.id for _, t in scored[1:])} from the rest of the text" \
            + (f" and the corpus ({prior})" if best == favourite else "")
    return None, "could be " + " or ".join(f"{t.kind} {t.id}" for _, t in scored) + "; the text does not say which"
