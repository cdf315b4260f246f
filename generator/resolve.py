"""Stage 3, first half: which entity each reference in a record means.

References name an entity by id, by name or by alias (countries also by ISO
code or any name pycountry knows). A reference that fits no entity, or more
than one, is reported with a suggestion when one is close.
"""

from __future__ import annotations

from typing import Iterable

from . import schema
from .countries import all_countries, names_index
from .entities import Country, Entity
from .kinds import COUNTRY, ENTITY_KINDS, ORGANIZATION, PERSON, REGISTRY_KINDS
from .names import normalize
from .problems import Problems, suggestion
from .schema import Records, Ref

HINT_BUDGET = 200


class Resolver:
    """Finds the entity a reference means, or reports why it cannot."""

    def __init__(self, records: Records, problems: Problems):
        self.problems = problems
        self.records = records
        self.by_id: dict[str, dict[str, Entity]] = {kind: {} for kind in ENTITY_KINDS}
        self.by_name: dict[str, dict[str, set[str]]] = {kind: {} for kind in ENTITY_KINDS}
        # Countries come from ISO 3166, not from records, so none is ever broken.
        self.broken = {kind: records.broken.get(kind, set()) for kind in REGISTRY_KINDS}
        self.broken[COUNTRY] = set()
        self.country_overrides = records.countries
        self.hints_given = 0
        self._codes: dict[str, frozenset[str]] = {}  # a country as written -> the codes it names

    def add(self, entity: Entity, names: Iterable[str]) -> None:
        self.by_id[entity.kind][entity.id] = entity
        for name in names:
            self.by_name[entity.kind].setdefault(normalize(name), set()).add(entity.id)

    def country(self, code: str) -> Country:
        ident = code.lower()
        existing = self.by_id[COUNTRY].get(ident)
        if existing is not None:
            return existing  # type: ignore[return-value]
        iso = all_countries()[code]
        override = self.country_overrides.get(code)
        entity = Country(
            kind=COUNTRY,
            id=ident,
            name=(override.name if override and override.name else iso.name),
            aliases=[n for n in _unique([*(override.aliases if override else []), *iso.names()]) if n not in (iso.name, iso.alpha_2, iso.alpha_3)],
            description=override.description if override else None,
            wikidata=override.wikidata if override else None,
            loc=override.loc if override else None,
            alpha_2=iso.alpha_2,
            alpha_3=iso.alpha_3,
            iso_name=iso.iso_name,
        )
        self.by_id[COUNTRY][ident] = entity
        return entity

    def _country_codes(self, text: str) -> frozenset[str]:
        # The same few hundred ways of writing a country recur in every article: 400,000
        # references at 100,000 articles, each normalized and checked against the overrides.
        codes = self._codes.get(text)
        if codes is None:
            codes = self._codes[text] = frozenset(self._codes_of(text))
        return codes

    def _codes_of(self, text: str) -> set[str]:
        key = normalize(text)
        codes = set(names_index().get(key, set()))
        for code, override in self.country_overrides.items():
            names = [*(override.aliases or []), *([override.name] if override.name else [])]
            if any(normalize(n) == key for n in names):
                codes.add(code)
        return codes

    def resolve(self, ref: Ref, kind: str, what: str) -> Entity | None:
        if kind == COUNTRY:
            codes = self._country_codes(ref.text)
            if len(codes) == 1:
                return self.country(next(iter(codes)))
            if len(codes) > 1:
                self.problems.add(ref.loc, f"{what}: '{ref.text}' matches several countries: {', '.join(sorted(codes))}; use the ISO code")
                return None
            pool = [c.name for c in all_countries().values()]
            self.problems.add(ref.loc, f"{what}: no country '{ref.text}'{suggestion(ref.text, pool)}")
            return None
        found = self.by_id[kind].get(ref.text)
        if found is not None:
            return found
        if ref.text in self.broken[kind]:
            return None  # its own record is already reported as broken
        matches = self.by_name[kind].get(normalize(ref.text), set())
        if len(matches) == 1:
            return self.by_id[kind][next(iter(matches))]
        if len(matches) > 1:
            ids = ", ".join(f"'{m}'" for m in sorted(matches))
            self.problems.add(ref.loc, f"{what}: '{ref.text}' matches more than one {kind} ({ids}); use the id")
            return None
        self.problems.add(ref.loc, f"{what}: no {kind} '{ref.text}'{self._hint(ref.text, kind)}")
        return None

    def _hint(self, text: str, kind: str) -> str:
        # Fuzzy matching costs O(entities) per miss; a folder pointed at the wrong
        # registry can miss thousands of times, so suggestions stop after a while.
        self.hints_given += 1
        if self.hints_given > HINT_BUDGET:
            return ""
        close = suggestion(text, self.by_id[kind])
        if close:
            return close
        names = {name: ids for name, ids in self.by_name[kind].items()}
        close = suggestion(normalize(text), names)
        if close:
            target = close.split("'")[1]
            ids = sorted(names[target])
            if len(ids) == 1:
                return f"; did you mean '{ids[0]}'?"
        for other in ENTITY_KINDS:
            if other != kind and other != COUNTRY and (
                text in self.by_id[other] or normalize(text) in self.by_name[other]
            ):
                return f" ('{text}' is a {other})"
        return ""


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = normalize(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out



def resolve_list(refs: list[Ref], kind: str, what: str, resolver: Resolver) -> list[tuple[Entity, Ref]]:
    """Resolved references, reporting any entity listed twice."""
    out: list[tuple[Entity, Ref]] = []
    seen: dict[int, Ref] = {}
    for ref in refs:
        entity = resolver.resolve(ref, kind, what)
        if entity is None:
            continue
        if id(entity) in seen:
            first = seen[id(entity)]
            resolver.problems.add(ref.loc, f"{what}: '{entity.id}' is listed twice (first at line {first.loc.line})")
            continue
        seen[id(entity)] = ref
        out.append((entity, ref))
    return out



def resolve_speaker(ref: Ref, what: str, resolver: Resolver) -> Entity | None:
    """A person, or else an organization; a name that fits both is ambiguous."""
    key = normalize(ref.text)
    as_person = ref.text in resolver.by_id[PERSON] or key in resolver.by_name[PERSON]
    as_org = ref.text in resolver.by_id[ORGANIZATION] or key in resolver.by_name[ORGANIZATION]
    if as_org and not as_person:
        return resolver.resolve(ref, ORGANIZATION, what)
    if as_person and as_org:
        resolver.problems.add(ref.loc, f"{what}: '{ref.text}' is both a person and an organization; use the person's id")
        return None
    return resolver.resolve(ref, PERSON, what)


def resolve_owner(ref: Ref, what: str, resolver: Resolver) -> Entity | None:
    """A source's owner: an organization when the reference names one, otherwise a country."""
    if ref.text in resolver.by_id[ORGANIZATION] or normalize(ref.text) in resolver.by_name[ORGANIZATION]:
        return resolver.resolve(ref, ORGANIZATION, what)
    return resolver.resolve(ref, COUNTRY, what)


def check_references(record: object, resolver: Resolver, where: str = "") -> None:
    """Resolve, for their error messages only, the references of a record that is not rendered."""
    for spec in schema.record_fields(type(record)):
        value = getattr(record, spec.name)
        target = spec.metadata.get("target")
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            label = f"{where}{spec.name}" + (f"[{index + 1}]" if isinstance(value, list) and not spec.metadata["read"].refs else "")
            if isinstance(item, Ref) and target:
                if target == schema.SPEAKER:
                    resolve_speaker(item, label, resolver)
                elif target == schema.OWNER:
                    resolve_owner(item, label, resolver)
                else:
                    resolver.resolve(item, target, label)
            elif item is not None and hasattr(item, "__dataclass_fields__"):
                check_references(item, resolver, f"{label}.")

