"""Russian writes the name of a company, a channel, a paper or a brand in quotation marks
(авиакомпания «Россия», телеканал "Россия", газета «Известия») and a state's name without
them. So a country's name that is also a registered organization's own name ("Россия", an
airline) names that organization alone where it is quoted. Outside quotes the name is left to
mean both, the state and the organization as the state acting (NEREL marks "Франция" acting
as an organization): reading it as the state alone was measured and not kept (see
bench/DRAFT_QUALITY.md, the ninth and tenth rounds)."""

from __future__ import annotations

_OPENING = "«„\"“"
_CLOSING = "»\"”“"


def written_in_quotes(text: str, start: int, end: int) -> bool:
    """The words text[start:end] are a quoted name: an opening mark right before them and a
    closing one right after ("«Россия»", "\"России\"")."""
    return start > 0 and text[start - 1] in _OPENING and end < len(text) and text[end] in _CLOSING


def country_or_its_namesake(text: str, start: int, end: int, russian: bool, country, organization) -> tuple:
    """What a country's name that is also an organization's own name references: in a Russian
    text the organization alone when quoted; otherwise both."""
    if russian and written_in_quotes(text, start, end):
        return (organization,)
    return country, organization
