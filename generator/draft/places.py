"""Countries under every name a news text uses: ISO names, common names, the
content's `countries.yml` aliases, demonyms (Tajik, Russian), and Russian names
(from CLDR via Babel, and pycountry's Russian ISO names, inflected by morph.py). Capitals are kept apart: a capital is
not a reference to its country, but a dateline or "in the Tajik capital" tells
where a story happens."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..countries import EXTRA_ALIASES, all_countries

# Spellings news copy uses that the libraries lack (countryinfo has Tadzhik, Kirghiz,
# Kazakhstani, Argentinean, Surinamer; the short forms are what agencies write today).
EXTRA_DEMONYMS = {
    "TJ": ["Tajik"], "KG": ["Kyrgyz"], "KZ": ["Kazakh"], "UZ": ["Uzbek"], "TM": ["Turkmen"],
    "PS": ["Palestinian"], "BY": ["Belarussian"], "AR": ["Argentine"], "SR": ["Surinamese"],
    "GB": ["British"],  # countryinfo gives the UK "Welsh"
    "SA": ["Saudi"],  # countryinfo has only "Saudi Arabian"; news writes "Saudi officials", "the Saudi king"
}
NEWS_ABBREVIATIONS = {"US": ["US", "U.S."], "GB": ["UK", "U.K."]}
# The Russian initials news writes for a state, each naming one state only ("РК" is Korea's,
# Kazakhstan's and Karelia's, "РБ" Belarus's and Bashkortostan's: left out). A table because no
# installed library has them: CLDR has "США" as ru `US alt="short"`, but Babel drops alt forms,
# and pycountry's Russian ISO names are the long ones. Found only in capitals, as written
# (case_rules.py), so "цар" or "юар" in a word never reads as a state.
RUSSIAN_ABBREVIATIONS = {
    "US": ["США"], "RU": ["РФ"], "DE": ["ФРГ"], "CN": ["КНР"], "KP": ["КНДР"], "AE": ["ОАЭ"],
    "ZA": ["ЮАР"], "CD": ["ДРК"], "CF": ["ЦАР"], "VN": ["СРВ"],
}

# The Russian for the short names countries.py gives in English (EXTRA_ALIASES "Britain", "Holland";
# COMMON_NAMES "South Korea", "North Korea"), which neither CLDR's Russian names in Babel (ru has
# "Великобритания", "Нидерланды", "Республика Корея", "КНДР"; "Британия" is CLDR's name of GB in
# Bashkir, Kyrgyz, Tajik, not Russian) nor pycountry's Russian ISO names hold. Declined by morph.py
# as every Russian name is ("Британии", "Голландией", "Южной Кореи"). Also the short names Russian
# usage keeps beside the ones CLDR gives ("Беларусь", "Молдова"): "Белоруссия" and "Молдавия" are
# the names of Russian dictionaries and most Russian news.
RUSSIAN_ALIASES = {"GB": ["Британия"], "NL": ["Голландия"], "KR": ["Южная Корея"], "KP": ["Северная Корея"],
                   "BY": ["Белоруссия"], "MD": ["Молдавия"]}


@dataclass(frozen=True)
class CountryNames:
    code: str  # ISO alpha-2
    name: str  # the common name pages show
    names: tuple[tuple[str, str], ...]  # (spelling, where it comes from)
    capital: str | None


@lru_cache(maxsize=1)
def _countryinfo() -> dict[str, tuple[str | None, str | None, int]]:
    """alpha-2 code -> (demonym, capital, population; 0 when unknown)."""
    from countryinfo import all_countries as info_countries

    out = {}
    for info in info_countries():
        try:
            code = info.iso()["alpha2"]
            out[code] = (info.demonym() or None, info.capital() or None, _population(info))
        except Exception:  # one malformed entry must not cost every country its demonym
            continue
    return out


def _population(info) -> int:
    try:
        return int(info.population() or 0)
    except Exception:
        return 0


@lru_cache(maxsize=1)
def _russian_names() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("ru").territories)


@lru_cache(maxsize=1)
def _russian_iso_names() -> dict[str, tuple[str, ...]]:
    """The Russian translations of the ISO 3166 names and official names pycountry ships
    (Российская Федерация, Государство Катар): the names Russian officialese and the
    registered names of state bodies use."""
    import gettext

    import pycountry

    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    out = {}
    for country in pycountry.countries:
        english = [n for n in (country.name, getattr(country, "official_name", None)) if n]
        russian = tuple(t.replace("\u0301", "") for t in map(translation.gettext, english) if t not in english)
        if russian:
            out[country.alpha_2] = russian
    return out


def _demonym_owners(info: dict[str, tuple[str | None, str | None, int]]) -> dict[str, str]:
    """Demonym -> the one country it names. countryinfo gives "French" to France and its
    overseas territories, "Chinese" to China, Hong Kong and Macao, "Indian" to India and the
    British Indian Ocean Territory: a demonym shared by several countries goes to the one whose
    name shares its first four letters, else to one that has fifty times the people of each
    other ("French" is France's; "Congolese" stays both Congos', so neither's), or to none."""
    shared: dict[str, list[str]] = {}
    for code, (demonym, _, _) in info.items():
        if demonym:
            shared.setdefault(demonym, []).append(code)
    countries = all_countries()
    owners = {}
    for demonym, codes in shared.items():
        if len(codes) == 1:
            owners[demonym] = codes[0]
            continue
        fitting = [c for c in codes if c in countries and any(
            word[:4].lower() == demonym[:4].lower() for name in countries[c].names() for word in name.split())]
        if len(fitting) != 1:
            by_people = sorted(codes, key=lambda c: info[c][2], reverse=True)
            first, second = (info[c][2] for c in by_people[:2])
            fitting = [by_people[0]] if by_people[0] in countries and first >= 50 * max(second, 1) else []
        if len(fitting) == 1:
            owners[demonym] = fitting[0]
    return owners


def country_names(overrides: dict[str, list[str]]) -> list[CountryNames]:
    """`overrides`: alpha-2 code -> aliases from the content's countries.yml."""
    info = _countryinfo()
    demonyms = _demonym_owners(info)
    russian = _russian_names()
    out = []
    for code, country in sorted(all_countries().items()):
        names: dict[str, str] = {}
        for spelling, origin in (
            (country.name, "common name"), (country.iso_name, "ISO name"),
            (country.official_name, "official name"),
            *((alias, "alias") for alias in EXTRA_ALIASES.get(code, [])),
            *((short, "abbreviation") for short in NEWS_ABBREVIATIONS.get(code, [])),
            *((short, "Russian abbreviation") for short in RUSSIAN_ABBREVIATIONS.get(code, [])),
            *((alias, "Russian alias") for alias in RUSSIAN_ALIASES.get(code, [])),
            *((alias, "countries.yml alias") for alias in overrides.get(code, [])),
            (next((d for d, owner in demonyms.items() if owner == code), None), "demonym"),
            *((demonym, "demonym") for demonym in EXTRA_DEMONYMS.get(code, [])),
            (russian.get(code), "Russian name"),
            *((iso, "Russian ISO name") for iso in _russian_iso_names().get(code, ())),
        ):
            if spelling and spelling not in names:
                names[spelling] = origin
        out.append(CountryNames(code, country.name, tuple(names.items()), info.get(code, (None, None, 0))[1]))
    return out
