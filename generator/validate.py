"""Stage 2: check the shape of every record and read it into the typed schema.

This is the driver: which file holds which records, ids and their uniqueness,
articles read on every core; each field is read by the reader the schema holds
for it (readers.py).

References stay as written here (`Ref`); the model stage resolves them, once
every registry is known. A record that cannot be read is left out, but its id
is remembered so that references to it do not pile up as false errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import schema
from .countries import all_countries, names_index
from .kinds import ARTICLE, COUNTRY, FOLDERS
from .load import LoadedContent, SourceFile
from .names import normalize
from .parallel import map_ordered
from .problems import Loc, Problem, Problems
from .readers import check_id, clip, describe, read_record, slug
from .record_cache import RecordCache
from .schema import Records
from .yaml_nodes import FAILED, LMap, parse_bytes


def validate(content: LoadedContent, problems: Problems, cache: RecordCache | None = None) -> Records:
    records = Records()
    first_seen: dict[tuple[str, str], Loc] = {}
    articles = [f for f in content.files if f.kind == ARTICLE and not f.cached]
    # Most of the work is one article file at a time: done on every core, in file order.
    readings = dict(zip(map(id, articles), map_ordered(read_article, articles)))
    for source_file in content.files:
        if source_file.kind == ARTICLE:
            key = (source_file.shown, source_file.digest)
            cached = cache.get(key) if cache is not None and source_file.cached else None
            if cached is not None:
                _adopt_article(ArticleReading(cached.id, cached.loc, cached), records, first_seen, problems)
                records.clean_articles[key] = cached
                continue
            reading = readings[id(source_file)]
            for problem in reading.problems:
                problems.add(problem.loc, problem.message)
            records.incomplete.extend(reading.incomplete)
            if _adopt_article(reading, records, first_seen, problems) and not reading.problems:
                records.clean_articles[key] = reading.record
        elif source_file.kind == COUNTRY:
            _read_countries(source_file, records, first_seen, problems)
        else:
            _read_registry(source_file, records, first_seen, problems)
    return records


@dataclass
class ArticleReading:
    """What one article file says on its own, before it is checked against the others."""

    ident: str | None = None
    loc: Loc | None = None
    record: schema.ArticleRecord | None = None  # None: a required field is unusable
    problems: list[Problem] = field(default_factory=list)
    incomplete: list = field(default_factory=list)


def read_article(source_file: SourceFile) -> ArticleReading:
    """Parse (when load.py left it unparsed) and check one article file, looking at no other file."""
    problems = Problems()
    reading = ArticleReading()
    data = source_file.data
    if source_file.raw is not None:
        data = parse_bytes(source_file.raw, source_file.shown, problems)
        if data is FAILED:
            reading.problems = problems.items()
            return reading
    if data is None:
        problems.add(source_file.loc, "article file is empty")
    elif not isinstance(data, LMap):
        problems.add(source_file.loc, f"an article file must be a mapping of fields, found {describe(data)}")
    else:
        record = read_record(schema.ArticleRecord, data, data.loc, problems, incomplete=reading.incomplete)
        ident = record.id if record and record.id else None
        if ident is None and "id" not in data:
            ident = _id_from_stem(source_file.path, data.loc, problems)
        if ident is not None and record is not None:
            record.id = ident
        reading.ident, reading.loc, reading.record = ident, data.loc, record
    reading.problems = problems.items()
    return reading


def _adopt_article(reading: ArticleReading, records: Records, first_seen: dict, problems: Problems) -> bool:
    """Add the article unless its id is taken (reported); True when it was added."""
    if reading.ident is None or not _claim(ARTICLE, reading.ident, reading.loc, first_seen, problems):
        return False
    if reading.record is None:
        records.broken.setdefault(ARTICLE, set()).add(reading.ident)
        return False
    records.articles[reading.ident] = reading.record
    return True


def _claim(kind: str, ident: str, loc: Loc, first_seen: dict, problems: Problems) -> bool:
    """Register `ident` for `kind`; report and refuse a duplicate."""
    first = first_seen.get((kind, ident))
    if first is not None:
        problems.add(loc, f"duplicate {kind} id '{ident}' (first defined at {first})")
        return False
    first_seen[(kind, ident)] = loc
    return True


def _id_from_stem(path: Path, loc: Loc, problems: Problems) -> str | None:
    stem = path.name.rsplit(".", 1)[0]
    message = check_id(stem)
    if message is None:
        return stem
    better = slug(stem)
    hint = f"; rename the file (e.g. '{better}.yml') or set 'id:'" if better else "; set 'id:'"
    problems.add(loc, f"file name '{clip(stem)}' is not a valid article id: {message}{hint}")
    return None


def _read_registry(source_file: SourceFile, records: Records, first_seen: dict, problems: Problems) -> None:
    kind = source_file.kind  # a registry's kind: event, organization, person or source
    data = source_file.data
    if data is None:
        return  # an empty registry file holds no entities; nothing is lost
    if not isinstance(data, LMap):
        problems.add(source_file.loc, f"a file in {FOLDERS[kind]}/ must map ids to records, found {describe(data)}")
        return
    cls = schema.REGISTRY_RECORDS[kind]
    target = records.registry(kind)
    for ident, value in data.items():
        key_loc = data.key_locs[ident]
        message = check_id(ident)
        if message is not None:
            better = slug(ident)
            hint = f" (e.g. '{better}')" if better and better != ident and not check_id(better) else ""
            problems.add(key_loc, f"bad {kind} id '{clip(ident)}': {message}{hint}")
            continue
        if not _claim(kind, ident, key_loc, first_seen, problems):
            continue
        if not isinstance(value, LMap):
            problems.add(data.value_locs[ident], f"{kind} '{ident}' must be a mapping of fields, found {describe(value)}")
            records.broken.setdefault(kind, set()).add(ident)
            continue
        record = read_record(cls, value, key_loc, problems, incomplete=records.incomplete)
        if record is None:
            records.broken.setdefault(kind, set()).add(ident)
            continue
        record.id = ident
        target[ident] = record


def _read_countries(source_file: SourceFile, records: Records, first_seen: dict, problems: Problems) -> None:
    data = source_file.data
    if data is None:
        return
    if not isinstance(data, LMap):
        problems.add(source_file.loc, f"countries.yml must map ISO alpha-2 codes to entries, found {describe(data)}")
        return
    iso = all_countries()
    for key, value in data.items():
        key_loc = data.key_locs[key]
        code = key.upper()
        if code not in iso:
            matches = names_index().get(normalize(key), set())
            hint = f"; use its alpha-2 code '{sorted(matches)[0]}'" if len(matches) == 1 else ""
            problems.add(key_loc, f"'{clip(key)}' is not an ISO 3166-1 alpha-2 country code{hint}")
            continue
        if not _claim(COUNTRY, code, key_loc, first_seen, problems):
            continue
        if value is None:
            value = LMap(data.value_locs[key])
        if not isinstance(value, LMap):
            problems.add(data.value_locs[key], f"country '{code}' must be a mapping of fields, found {describe(value)}")
            continue
        record = read_record(schema.CountryRecord, value, key_loc, problems)
        if record is not None:
            record.id = code
            records.countries[code] = record


