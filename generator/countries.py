"""ISO 3166-1 countries from pycountry, under the names newsrooms use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .names import normalize

# pycountry's `common_name` covers Iran, Syria, Moldova...; these are the
# countries whose everyday English name it lacks.
COMMON_NAMES = {
    "RU": "Russia",
    "PS": "Palestine",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "VA": "Vatican City",
    "BN": "Brunei",
    "FK": "Falkland Islands",
    "CV": "Cape Verde",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
    "SH": "Saint Helena",
    "MF": "Saint Martin",
    "SX": "Sint Maarten",
    "KR": "South Korea",
    "KP": "North Korea",
}

# Former or informal names still common in news copy.
EXTRA_ALIASES = {
    "TR": ["Turkey"],
    "CZ": ["Czech Republic"],
    "SZ": ["Swaziland"],
    "CI": ["Ivory Coast"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "GB": ["UK", "Britain", "Great Britain"],
    "US": ["USA", "United States of America"],
    "CD": ["Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "TL": ["East Timor"],
    "CV": ["Cabo Verde"],
    "NL": ["Holland"],
    "AE": ["UAE"],
}


@dataclass(frozen=True)
class IsoCountry:
    alpha_2: str
    alpha_3: str
    name: str  # the common name shown on pages
    iso_name: str
    official_name: str | None

    def names(self) -> list[str]:
        out = [self.name, self.iso_name, self.alpha_2, self.alpha_3]
        if self.official_name:
            out.append(self.official_name)
        out.extend(EXTRA_ALIASES.get(self.alpha_2, []))
        return out


@lru_cache(maxsize=1)
def all_countries() -> dict[str, IsoCountry]:
    out = {}
    for c in pycountry.countries:
        name = COMMON_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = IsoCountry(
            c.alpha_2, c.alpha_3, name, c.name, getattr(c, "official_name", None)
        )
    return out


@lru_cache(maxsize=1)
def names_index() -> dict[str, set[str]]:
    """Normalized name, alias or code -> alpha-2 codes."""
    index: dict[str, set[str]] = {}
    for code, country in all_countries().items():
        for name in country.names():
            index.setdefault(normalize(name), set()).add(code)
    return index


@lru_cache(maxsize=1)
def languages() -> frozenset[str]:
    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))
