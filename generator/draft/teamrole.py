"""A player's or a coach's role right after a name, and its holder's name after it: "Comets coach
Ada Vint", "Zorbton State quarterback Bo Quarx". The role says the name before it is a team's,
on any page: a school, a city or a company does not have a coach or a quarterback; its team does.

teamnames.nicknames_before_a_role reads a nickname there as its one team ("Dolphins receiver Chad
Johnson"); sportspages.team_before_a_role reads, of namesakes registered under one short name, the
one that is a team ("LSU coach Les Miles": the LSU Tigers, not Louisiana State University)."""

from __future__ import annotations

import re

from .sports import PLAYER_ROLES

# A player's or a coach's role in the leagues' sports too ("Zorbton Comets quarterback"), beside
# sports.PLAYER_ROLES ("striker", "coach", "manager").
LEAGUE_ROLES = PLAYER_ROLES | {"quarterback", "receiver", "linebacker", "cornerback", "pitcher", "outfielder",
                               "infielder", "shortstop", "catcher", "reliever", "goaltender", "goalie"}
# Roles a company's or a ship's staff hold too ("Zorbco manager Ada Vint", "Zorbair captain Bo Quarx"):
# they say a team only where the name is a team's alone, not which of a team and a company is meant.
SHARED_ROLES = frozenset({"manager", "captain", "skipper"})
# The role, then the person holding it: "Comets coach Ada Vint", "Comets quarterback Bo Quarx".
ROLE_AND_HOLDER = re.compile(r" ([a-z]+) [A-Z][a-z]")


def role_after(text: str, offset: int) -> str:
    """The league role written right at `offset` (after a name) with its holder's name after it, or ''."""
    role = ROLE_AND_HOLDER.match(text, offset)
    return role.group(1) if role and role.group(1) in LEAGUE_ROLES else ""
