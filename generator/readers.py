"""Field readers: how one field of a record is read, checked and reported.

The schema holds a `Reader` per field (`schema.spec(readers.text(NAME_MAX), ...)`);
`read_record` reads any record type by asking each of its fields' readers. A
reader takes the parsed YAML value and its location, reports what is wrong with
it, and returns the typed value, or `INVALID`. Knows nothing of any particular
record type, so schema.py (the contract) sits above it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, fields
from typing import Any, Callable
from urllib.parse import urlsplit

from .countries import languages
from .dates import PartialDate, parse_full_date, parse_partial_date
from .problems import Loc, Problems, suggestion
from .yaml_nodes import LList, LMap

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
ID_MAX = 80
# Page addresses that the generator itself uses inside each kind's folder.
RESERVED_IDS = frozenset({"index"})
NAME_MAX = 300
URL_MAX = 2000

_ID = re.compile(ID_PATTERN)
_TAG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]{0,11}$")
INVALID = object()  # what a reader returns for a value it reported as unusable


@dataclass(frozen=True)
class Ref:
    """A reference as written: an id, a name or an alias, with an optional role."""

    text: str
    loc: Loc
    role: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Reader:
    """One field's reader, as the schema holds it."""

    read: Callable[..., Any]  # (value, loc, problems, name) -> typed value or INVALID
    many: bool = False  # reads a list: the field defaults to []
    refs: bool = False  # reads a list of references (see resolve.check_references)

    def __call__(self, value: Any, loc: Loc, problems: Problems, name: str) -> Any:
        return self.read(value, loc, problems, name)


@functools.cache  # dataclasses.fields() is slow, and validate asks once per record (53,000 times at 10,000 articles)
def record_fields(cls: type) -> tuple:
    return tuple(f for f in fields(cls) if not f.metadata.get("internal"))


# --- the readers a schema can hold ------------------------------------------------------------


def text(max_len: int, multiline: bool = False) -> Reader:
    return Reader(functools.partial(read_text, max_len=max_len, multiline=multiline))


def ident() -> Reader:
    return Reader(read_id)


def date() -> Reader:
    """A full date, YYYY-MM-DD."""
    return Reader(functools.partial(_read_date, parse=parse_full_date))


def partial_date() -> Reader:
    """YYYY, YYYY-MM or YYYY-MM-DD."""
    return Reader(functools.partial(_read_date, parse=parse_partial_date))


def url() -> Reader:
    return Reader(read_url)


def language() -> Reader:
    return Reader(read_language)


def choice(choices: tuple | list) -> Reader:
    return Reader(functools.partial(read_choice, choices=choices))


def wikidata() -> Reader:
    return Reader(read_wikidata)


def ref(mapping_cls: type) -> Reader:
    """A reference: an id or name, or a mapping read as `mapping_cls` (id, role, note)."""
    return Reader(functools.partial(_read_ref, mapping_cls=mapping_cls))


def list_of(item: Reader, refs: bool = False) -> Reader:
    """A list of what `item` reads; a single item needs no brackets."""
    return Reader(functools.partial(_read_list, item=item), many=True, refs=refs)


def names() -> Reader:
    return list_of(text(NAME_MAX))


def tags() -> Reader:
    return list_of(Reader(read_tag))


def nested(cls: type) -> Reader:
    """A mapping read as the record type `cls`."""
    return Reader(functools.partial(_read_nested, cls=cls))


# --- reading ----------------------------------------------------------------------------------


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
            problems.add(key_loc, f"unknown field '{clip(key)}'{suggestion(key, known)}")
            continue
        if value is None:
            continue  # an empty field is a missing one; required ones are reported below
        parsed = spec.metadata["read"].read(value, data.value_locs[key], problems, f"{where}{key}")
        if parsed is INVALID:
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


def read_text(value: Any, loc: Loc, problems: Problems, name: str, max_len: int, multiline: bool = False) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected text, found {describe(value)}")
        return INVALID
    text = value.strip()
    if not text:
        problems.add(loc, f"{name}: is empty")
        return INVALID
    if len(text) > max_len:
        problems.add(loc, f"{name}: is {len(text):,} characters long; the limit is {max_len:,}")
        return INVALID
    if not multiline:
        text = " ".join(text.split())
    return text


def read_id(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected an id, found {describe(value)}")
        return INVALID
    message = check_id(value)
    if message:
        better = slug(value)
        hint = f" (e.g. '{better}')" if better and better != value and not check_id(better) else ""
        problems.add(loc, f"{name}: bad id '{clip(value)}': {message}{hint}")
        return INVALID
    return value


def _read_date(value: Any, loc: Loc, problems: Problems, name: str, parse: Callable[[str], PartialDate | str]) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected a date, found {describe(value)}")
        return INVALID
    parsed = parse(value)
    if isinstance(parsed, str):
        problems.add(loc, f"{name}: {parsed}")
        return INVALID
    return parsed


def read_url(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if not isinstance(value, str):
        problems.add(loc, f"{name}: expected a URL, found {describe(value)}")
        return INVALID
    url = value.strip()
    if len(url) > URL_MAX:
        problems.add(loc, f"{name}: URL is longer than {URL_MAX} characters")
        return INVALID
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        problems.add(loc, f"{name}: '{clip(url)}' is not an http or https URL")
        return INVALID
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in url):
        problems.add(loc, f"{name}: URL contains spaces or control characters; percent-encode them")
        return INVALID
    return url


def read_language(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if not isinstance(value, str) or value.strip().lower() not in languages():
        shown = clip(value) if isinstance(value, str) else describe(value)
        problems.add(loc, f"{name}: '{shown}' is not an ISO 639-1 language code (e.g. en, ru, fr)")
        return INVALID
    return value.strip().lower()


def read_choice(value: Any, loc: Loc, problems: Problems, name: str, choices: tuple) -> Any:
    if not isinstance(value, str) or value.strip() not in choices:
        shown = clip(value) if isinstance(value, str) else describe(value)
        hint = suggestion(value, choices) if isinstance(value, str) else ""
        problems.add(loc, f"{name}: '{shown}' is not one of: {', '.join(choices)}{hint}")
        return INVALID
    return value.strip()


def read_wikidata(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if isinstance(value, str) and _WIKIDATA.match(value.strip()):
        return value.strip()
    shown = clip(value) if isinstance(value, str) else describe(value)
    found = re.search(r"Q[1-9][0-9]*", value) if isinstance(value, str) else None
    hint = f"; write just '{found.group(0)}'" if found else ""
    problems.add(loc, f"{name}: '{shown}' is not a Wikidata item id (Q and digits){hint}")
    return INVALID


def _read_ref(value: Any, loc: Loc, problems: Problems, name: str, mapping_cls: type) -> Any:
    if isinstance(value, str):
        text = " ".join(value.split())
        if not text:
            problems.add(loc, f"{name}: reference is empty")
            return INVALID
        if len(text) > NAME_MAX:
            problems.add(loc, f"{name}: reference is longer than {NAME_MAX} characters")
            return INVALID
        return Ref(text, loc)
    if isinstance(value, LMap):
        mapping = read_record(mapping_cls, value, loc, problems, where=f"{name}.")
        if mapping is None:
            return INVALID
        return Ref(mapping.id, loc, mapping.role, mapping.note)
    problems.add(loc, f"{name}: expected an id or name, or {{id: ..., role: ...}}, found {describe(value)}")
    return INVALID


def _read_list(value: Any, loc: Loc, problems: Problems, name: str, item: Reader) -> Any:
    if isinstance(value, LList):
        items, locs = list(value), value.item_locs
    elif isinstance(value, str):
        items, locs = [value], [loc]  # a single item needs no list
    else:
        problems.add(loc, f"{name}: expected a list, found {describe(value)}")
        return INVALID
    out = []
    for index, (element, element_loc) in enumerate(zip(items, locs)):
        parsed = item.read(element, element_loc, problems, f"{name}[{index + 1}]")
        if parsed is not INVALID:
            out.append(parsed)
    return out


def read_tag(value: Any, loc: Loc, problems: Problems, name: str) -> Any:
    if isinstance(value, str) and _TAG.match(value) and len(value) <= 60:
        return value
    shown = clip(value) if isinstance(value, str) else describe(value)
    better = slug(value)[:60] if isinstance(value, str) else ""
    hint = f" (e.g. '{better}')" if better and better != value else ""
    problems.add(loc, f"{name}: tag '{shown}' must be lowercase words joined by '-'{hint}")
    return INVALID


def _read_nested(value: Any, loc: Loc, problems: Problems, name: str, cls: type) -> Any:
    record = read_record(cls, value, loc, problems, where=f"{name}.")
    return INVALID if record is None else record


def describe(value: object) -> str:
    if isinstance(value, LMap):
        return "a mapping"
    if isinstance(value, LList):
        return "a list"
    if value is None:
        return "nothing"
    return f"the text '{clip(str(value))}'"


def clip(text: str, limit: int = 40) -> str:
    """`text` cut short enough to quote in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slug(text: str) -> str:
    """An id made from `text`, or '' when letters would be lost (a Cyrillic 'а' in 'аlpha'
    would otherwise suggest 'lpha')."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if any(not ch.isascii() and ch.isalnum() for ch in plain):
        return ""
    ascii_text = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[: ID_MAX]


def check_id(ident: str) -> str | None:
    """None when `ident` is a valid id, else what is wrong with it."""
    if len(ident) > ID_MAX:
        return f"ids are at most {ID_MAX} characters, this one has {len(ident)}"
    if not _ID.match(ident):
        foreign = next((ch for ch in ident if not ch.isascii()), None)
        # A look-alike (Cyrillic 'а' for 'a') is invisible in the message unless named.
        named = f" ('{foreign}' is U+{ord(foreign):04X} {unicodedata.name(foreign, '')})" if foreign else ""
        return f"ids use a-z, 0-9 and '-', and start with a letter or digit{named}"
    if ident in RESERVED_IDS:
        return f"'{ident}' is reserved for the index page"
    return None
