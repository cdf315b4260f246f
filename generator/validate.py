"""Stage 2: check the shape of every record and read it into the typed schema.

References stay as written here (`Ref`); the model stage resolves them, once
every registry is known. A record that cannot be read is left out, but its id
is remembered so that references to it do not pile up as false errors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from . import schema
from .countries import all_countries, languages, names_index
from .dates import PartialDate, parse_full_date, parse_partial_date
from .load import FAILED, LList, LMap, LoadedContent, SourceFile, parse_bytes
from .parallel import map_ordered
from .names import normalize
from .problems import Loc, Problem, Problems, suggestion
from .record_cache import RecordCache
from .schema import Records, Ref, record_fields

_ID = re.compile(schema.ID_PATTERN)
_TAG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]{0,11}$")
_INVALID = object()
URL_MAX = 2000


def validate(content: LoadedContent, problems: Problems, cache: RecordCache | None = None) -> Records:
    records = Records()
    first_seen: dict[tuple[str, str], Loc] = {}
    articles = [f for f in content.files if f.kind == "articles" and not f.cached]
    # Most of the work is one article file at a time: done on every core, in file order.
    readings = dict(zip(map(id, articles), map_ordered(read_article, articles)))
    for source_file in content.files:
        if source_file.kind == "articles":
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
        elif source_file.kind == "countries":
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
    if reading.ident is None or not _claim("article", reading.ident, reading.loc, first_seen, problems):
        return False
    if reading.record is None:
        records.broken.setdefault("articles", set()).add(reading.ident)
        return False
    records.articles[reading.ident] = reading.record
    return True


def describe(value: object) -> str:
    if isinstance(value, LMap):
        return "a mapping"
    if isinstance(value, LList):
        return "a list"
    if value is None:
        return "nothing"
    return f"the text '{_clip(str(value))}'"


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    problems.add(loc, f"file name '{_clip(stem)}' is not a valid article id: {message}{hint}")
    return None


def slug(text: str) -> str:
    """An id made from `text`, or '' when letters would be lost (a Cyrillic 'а' in 'аlpha'
    would otherwise suggest 'lpha')."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if any(not ch.isascii() and ch.isalnum() for ch in plain):
        return ""
    ascii_text = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[: schema.ID_MAX]


def check_id(ident: str) -> str | None:
    """None when `ident` is a valid id, else what is wrong with it."""
    if len(ident) > schema.ID_MAX:
        return f"ids are at most {schema.ID_MAX} characters, this one has {len(ident)}"
    if not _ID.match(ident):
        foreign = next((ch for ch in ident if not ch.isascii()), None)
        # A look-alike (Cyrillic 'а' for 'a') is invisible in the message unless named.
        named = f" ('{foreign}' is U+{ord(foreign):04X} {unicodedata.name(foreign, '')})" if foreign else ""
        return f"ids use a-z, 0-9 and '-', and start with a letter or digit{named}"
    if ident in schema.RESERVED_IDS:
        return f"'{ident}' is reserved for the index page"
    return None


def _read_registry(source_file: SourceFile, records: Records, first_seen: dict, problems: Problems) -> None:
    kind = source_file.kind
    data = source_file.data
    if data is None:
        return  # an empty registry file holds no entities; nothing is lost
    if not isinstance(data, LMap):
        problems.add(source_file.loc, f"a file in {kind}/ must map ids to records, found {describe(data)}")
        return
    cls = schema.REGISTRY_RECORDS[kind]
    singular = _SINGULAR[kind]
    target: dict = getattr(records, kind)
    for ident, value in data.items():
        key_loc = data.key_locs[ident]
        message = check_id(ident)
        if message is not None:
            better = slug(ident)
            hint = f" (e.g. '{better}')" if better and better != ident and not check_id(better) else ""
            problems.add(key_loc, f"bad {singular} id '{_clip(ident)}': {message}{hint}")
            continue
        if not _claim(singular, ident, key_loc, first_seen, problems):
            continue
        if not isinstance(value, LMap):
            problems.add(data.value_locs[ident], f"{singular} '{ident}' must be a mapping of fields, found {describe(value)}")
            records.broken.setdefault(kind, set()).add(ident)
            continue
        record = read_record(cls, value, key_loc, problems, incomplete=records.incomplete)
        if record is None:
            records.broken.setdefault(kind, set()).add(ident)
            continue
        record.id = ident
        target[ident] = record


_SINGULAR = {"events": "event", "organizations": "organization", "people": "person", "sources": "source"}


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
            problems.add(key_loc, f"'{_clip(key)}' is not an ISO 3166-1 alpha-2 country code{hint}")
            continue
        if not _claim("country", code, key_loc, first_seen, problems):
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


# --- reading fields -------------------------------------------------------------------------


def read_record(cls: type, data: Any, loc: Loc, problems: Problems, where: str = "", incomplete: list | None = None) -> Any:
    """An instance of `cls` read from `data`, or None when a required field is unusable
    (then the usable part goes to `incomplete`, when given)."""
    if not isinstance(data, LMap):
        problems.add(loc, f"{where}expected a mapping of fields, found {describe(data)}")
        return None
    known = {f.name: f for f in record_fields(cls)}
    values: dict[str, Any] = {}
    unusable = False
    for key, value in data.items():
        key_loc = data.key_locs[key]
        spec = known.get(key)
        if spec is None:
            problems.add(key_loc, f"unknown field '{_clip(key)}'{suggestion(key, known)}")
            continue
        if value is None:
            continue  # an empty field is a missing one; required ones are reported below
        reader = FIELD_READERS[spec.metadata["parse"]]
        parsed = reader(value, data.value_locs[key], problems, f"{where}{key}", **spec.metadata["options"])
        if parsed is _INVALID:
            unusable = unusable or spec.metadata["required"]
            continue
        values[key] = parsed
    for name, spec in known.items():
        if spec.metadata["required"] and name not in values and name not in data:
            problems.add(data.loc, f"missing required field '{where}{name}'")
            unusable = True
        elif spec.metadata["required"] and name not in values and data.get(name) is None and name in data:
            problems.add(data.key_locs[name], f"{where}{name}: required field is empty")
            unusable = True
    if unusable:
        if incomplete is not None:
            partial = cls(**values)
            partial.loc = data.loc
            incomplete.append(partial)
        return None
    instance = cls(**values)
    if hasattr(instance, "loc"):
        instance.loc = data.loc
    return instance


Reader = Callable[..., Any]


def read_text(value: Any, loc: Loc, problems: Problems, name: str, max_len: int, multiline: bool = False) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected text, found {describe(value)}")
        return _INVALID
    text = value.strip()
    if not text:
        problems.add(loc, f"{name}: is empty")
        return _INVALID
    if len(text) > max_len:
        problems.add(loc, f"{name}: is {len(text):,} characters long; the limit is {max_len:,}")
        return _INVALID
    if not multiline:
        text = " ".join(text.split())
    return text


def read_id(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected an id, found {describe(value)}")
        return _INVALID
    message = check_id(value)
    if message:
        better = slug(value)
        hint = f" (e.g. '{better}')" if better and better != value and not check_id(better) else ""
        problems.add(loc, f"{name}: bad id '{_clip(value)}': {message}{hint}")
        return _INVALID
    return value


def _read_date_with(parse: Callable[[str], PartialDate | str]) -> Reader:
    def read(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
        if not isinstance(value, str):
            problems.add(loc, f"{name}: expected a date, found {describe(value)}")
            return _INVALID
        parsed = parse(value)
        if isinstance(parsed, str):
            problems.add(loc, f"{name}: {parsed}")
            return _INVALID
        return parsed

    return read


def read_url(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected a URL, found {describe(value)}")
        return _INVALID
    url = value.strip()
    if len(url) > URL_MAX:
        problems.add(loc, f"{name}: URL is longer than {URL_MAX} characters")
        return _INVALID
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        problems.add(loc, f"{name}: '{_clip(url)}' is not an http or https URL")
        return _INVALID
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in url):
        problems.add(loc, f"{name}: URL contains spaces or control characters; percent-encode them")
        return _INVALID
    return url


def read_language(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if not isinstance(value, str) or value.strip().lower() not in languages():
        shown = _clip(value) if isinstance(value, str) else describe(value)
        problems.add(loc, f"{name}: '{shown}' is not an ISO 639-1 language code (e.g. en, ru, fr)")
        return _INVALID
    return value.strip().lower()


def read_choice(value: Any, loc: Loc, problems: Problems, name: str, choices: tuple) -> Any:
    if not isinstance(value, str) or value.strip() not in choices:
        shown = _clip(value) if isinstance(value, str) else describe(value)
        hint = suggestion(value, choices) if isinstance(value, str) else ""
        problems.add(loc, f"{name}: '{shown}' is not one of: {', '.join(choices)}{hint}")
        return _INVALID
    return value.strip()


def read_wikidata(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if isinstance(value, str) and _WIKIDATA.match(value.strip()):
        return value.strip()
    shown = _clip(value) if isinstance(value, str) else describe(value)
    found = re.search(r"Q[1-9][0-9]*", value) if isinstance(value, str) else None
    hint = f"; write just '{found.group(0)}'" if found else ""
    problems.add(loc, f"{name}: '{shown}' is not a Wikidata item id (Q and digits){hint}")
    return _INVALID


def read_ref(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if isinstance(value, str):
        text = " ".join(value.split())
        if not text:
            problems.add(loc, f"{name}: reference is empty")
            return _INVALID
        if len(text) > schema.NAME_MAX:
            problems.add(loc, f"{name}: reference is longer than {schema.NAME_MAX} characters")
            return _INVALID
        return Ref(text, loc)
    if isinstance(value, LMap):
        mapping = read_record(schema.RefMapping, value, loc, problems, where=f"{name}.")
        if mapping is None:
            return _INVALID
        return Ref(mapping.id, loc, mapping.role, mapping.note)
    problems.add(loc, f"{name}: expected an id or name, or {{id: ..., role: ...}}, found {describe(value)}")
    return _INVALID


def _list_of(read_item: Reader) -> Reader:
    def read(value: Any, loc: Loc, problems: Problems, name: str, **options: Any) -> Any:
        if isinstance(value, LList):
            items, locs = list(value), value.item_locs
        elif isinstance(value, str):
            items, locs = [value], [loc]  # a single item needs no list
        else:
            problems.add(loc, f"{name}: expected a list, found {describe(value)}")
            return _INVALID
        out = []
        for index, (item, item_loc) in enumerate(zip(items, locs)):
            parsed = read_item(item, item_loc, problems, f"{name}[{index + 1}]", **options)
            if parsed is not _INVALID:
                out.append(parsed)
        return out

    return read


def read_tag(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if isinstance(value, str) and _TAG.match(value) and len(value) <= 60:
        return value
    shown = _clip(value) if isinstance(value, str) else describe(value)
    better = slug(value)[:60] if isinstance(value, str) else ""
    hint = f" (e.g. '{better}')" if better and better != value else ""
    problems.add(loc, f"{name}: tag '{shown}' must be lowercase words joined by '-'{hint}")
    return _INVALID


def _read_refs(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    return _list_of(read_ref)(value, loc, problems, name)


def _nested(cls: type) -> Reader:
    def read(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
        record = read_record(cls, value, loc, problems, where=f"{name}.")
        return _INVALID if record is None else record

    return read


def _read_names(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    return _list_of(read_text)(value, loc, problems, name, max_len=schema.NAME_MAX)


FIELD_READERS: dict[str, Reader] = {
    "text": read_text,
    "id": read_id,
    "date": _read_date_with(parse_full_date),
    "partial_date": _read_date_with(parse_partial_date),
    "url": read_url,
    "language": read_language,
    "choice": read_choice,
    "wikidata": read_wikidata,
    "ref": read_ref,
    "refs": _read_refs,
    "names": _read_names,
    "tags": _list_of(read_tag),
    "quotes": _list_of(_nested(schema.Quote)),
    "positions": _list_of(_nested(schema.Position)),
    "participants": _nested(schema.Participants),
}
