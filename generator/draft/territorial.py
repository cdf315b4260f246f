"""A territorial body named in full for one place, then by a short form that a registered body
of the same kind for another place bears.

Russian names a state's territorial bodies by their kind and "по" with the territory: "Главное
управление МВД России по городу Москве", "Управление ФСБ по Нижегородской области". Every region
has one, and a story names its own region's in full once ("Главное управление МВД России по
Нижегородской области начало проверку") and then by the short form all of them share ("ГУ МВД",
"ГУВД"). A registered body of that kind for another territory, found only by such a short form,
is then most likely not the one meant: the reference is left out with a doubt (a wrong reference
costs the reader more than a missing one). The English counterpart, a body named in full and then
by the head of its name, is longer.py's NamedInFull."""

from __future__ import annotations

import re

from .gazetteer import Target
from .linking import Doubt, Linking
from .morph import inflections

# The kind of body and its territory: the words before the first " по " and those after it.
_TERRITORY = re.compile(r"^(\w[\w-]*(?: [\w-]+)+?) по (\w.*)$")


def leave_out_another_territorys_body(linking: Linking, text: str) -> None:
    # Grouped once: removing one target's mentions below leaves every other target's as they were.
    by_target = linking.by_target()
    for target in sorted({m.target for m in linking.mentions if m.target.kind == "organization"},
                         key=lambda t: t.id):
        named = _territory_named_instead(target, text)
        if not named:
            continue
        mentions = by_target[target]
        if any(" по " in m.words for m in mentions):
            continue  # the registered body's own full name is written: it is named
        for mention in mentions:
            linking.mentions.remove(mention)
            linking.doubts.append(Doubt(mention.words, mention.line,
                                        f"the text names in full '{named}', of another territory than "
                                        f"'{target.name}': the short form is likely that body's"))


def _territory_named_instead(target: Target, text: str) -> str:
    """The kind of `target` with another territory after "по", as the text writes it ("Главное
    управление МВД России по Нижегородской"), when the registered name is a territorial body's
    and the text writes its kind followed by another territory than its own; '' otherwise."""
    if not re.search(r"[\u0400-\u04ff]", target.name):
        return ""
    parts = _TERRITORY.match(target.name)
    if not parts:
        return ""
    kind, territory = parts.groups()
    own = inflections(territory.split()[-1])  # "Москве", "Москвы", "Москва"
    for form in sorted(inflections(kind)):
        for found in re.finditer(rf"(?<!\w){re.escape(form)} по ((?:[\w.-]+ ){{0,2}}[\w-]+)", text):
            if not own & set(found.group(1).split()):
                return found.group(0)
    return ""
