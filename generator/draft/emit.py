"""The draft as YAML a person can review in a minute: every value carries a
comment with the words and line that produced it; doubts and names missing from
the registry come last as comments, and the missing names also go, as registry
entries to paste, into `<stem>.new.yml`.

Strings are written as JSON strings, which are YAML double-quoted scalars: any
text from the article stays data (quotes, colons, `#`, `<script>` and all)."""

from __future__ import annotations

import json
import re

import yaml

from .compose import Draft, Reference

_PLAIN = re.compile(r"^[a-z0-9][a-z0-9-]*$|^[A-Z]{2}$")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_TEXT = "tag:yaml.org,2002:str"
FOLDERS = {"event": "events", "organization": "organizations", "country": "countries", "person": "people"}


def scalar(value: str) -> str:
    return json.dumps(_UNSAFE.sub(" ", value), ensure_ascii=False)


def _id(value: str) -> str:
    """Ids as they are typed by hand; anything else quoted, and so is an id that a YAML 1.1 tool
    would read as no string: Briefings reads every scalar as text, but an analyst's own scripts may
    use PyYAML's safe_load, which reads Norway's "NO" as false, "2024" as a number and
    "2024-05-31" as a date."""
    if _PLAIN.match(value) and yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False)) == _TEXT:
        return value
    return scalar(value)


def comment(text: str, limit: int = 300) -> str:
    flat = " ".join(_UNSAFE.sub(" ", text).split())
    return "# " + (flat if len(flat) <= limit else flat[:limit - 1] + "…")


def _mentions_note(ref: Reference) -> str:
    parts, seen = [], set()
    for mention in ref.mentions:
        item = (mention.words, mention.line)
        if item in seen:
            continue
        seen.add(item)
        parts.append(f"'{mention.words}' line {mention.line}")
    shown = parts[:4] + ([f"{len(parts) - 4} more"] if len(parts) > 4 else [])
    how = ref.mentions[0].how
    return f"{ref.target.name}: " + ", ".join(shown) + f" ({how})"


def article_yaml(draft: Draft) -> str:
    document = draft.document
    out = [
        comment(f"Draft of {document.path.name}, made by `python -m generator draft`. Each comment says which "
                "words on which line of that file produced the value beside it."),
        comment("Review it, replace the summary with your own, then move the file into articles/ "
                "(see the README, 'Drafting a record')."),
    ]
    out.extend(comment(f"REVIEW {item}") for item in draft.review)
    for name in ("id", "title", "source", "published", "url", "language", "dateline", "summary"):
        item = draft.fields.get(name)
        if item is None:
            continue
        value = item.value if name == "published" else _id(item.value) if name in ("id", "source", "language") else scalar(item.value)
        out.append(f"{name}: {value}  {comment(item.why)}")
    for kind, folder in FOLDERS.items():
        refs = draft.references.get(kind, [])
        if not refs:
            continue
        out.append(f"{folder}:")
        for ref in refs:
            out.append(f"  - id: {_id(ref.target.id)}"
                       f"  {comment(_mentions_note(ref))}")
            if ref.role:
                out.append(f"    role: {ref.role[0]}  {comment(ref.role[1])}")
    if draft.quotes:
        out.append("quotes:")
        for quote in draft.quotes:
            out.append(f"  - speaker: {_id(quote.speaker.id)}  {comment(quote.attribution)}")
            out.append(f"    text: {scalar(quote.text)}  {comment(f'quoted on line {quote.line}')}")
    if draft.doubts:
        out.append("")
        out.append(comment("Not referenced, because unsure (add by hand if the text means it):"))
        for doubt in draft.doubts:
            out.append(comment(f"  '{doubt.words}' line {doubt.line}: {doubt.reason}"))
    if draft.suggestions:
        out.append("")
        out.append(comment(f"Names not in the registry (entries to paste are in {document.path.stem}.new.yml):"))
        for suggestion in draft.suggestions:
            out.append(comment(f"  '{suggestion.name}' line {suggestion.line}"
                               + (f" ({suggestion.folder})" if suggestion.folder else "")))
    return "\n".join(out) + "\n"


def suggestions_yaml(draft: Draft) -> str:
    out = [comment(f"Registry entries for names in {draft.document.path.name} that the registry lacks."),
           comment("Paste each into the folder named above it, after checking the name and choosing its id.")]
    ids: set[str] = set()
    for suggestion in draft.suggestions:
        ident, n = suggestion.id, 2
        while ident in ids:
            ident, n = f"{suggestion.id}-{n}", n + 1
        ids.add(ident)
        out.append("")
        out.append(comment(f"into {suggestion.folder}/" if suggestion.folder
                           else "into organizations/, people/ or events/: the text does not say which"))
        out.append(f"{ident}:  {comment(f'line {suggestion.line}')}")
        out.append(f"  name: {scalar(suggestion.name)}")
        if suggestion.aliases:
            out.append(f"  aliases: [{', '.join(scalar(a) for a in suggestion.aliases)}]  "
                       f"{comment('defined in the text in brackets after the name')}")
        if suggestion.kind and suggestion.kind != "other":
            out.append(f"  kind: {suggestion.kind}  {comment(f'from the word {suggestion.name.split()[-1]!r}')}")
    return "\n".join(out) + "\n"
