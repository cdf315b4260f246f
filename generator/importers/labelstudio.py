"""Label Studio's JSON export: a list of tasks, each with its text and annotations.

A task's `data` holds the text (under `text`, or its only string); its first annotation
that was not cancelled (`annotations`, or `completions` in exports before Label Studio
1.0; predictions are not annotations) holds `result` items. A `labels` item is a region
({start, end, text, labels}); a `textarea` or `choices` item with the same `id` (a
per-region control) carries the region's link. The JSON-MIN export (one flat object per
task, regions in a list of {start, end, text, labels}) is read too.

Label Studio counts offsets in UTF-16 units (it is JavaScript); every region's text is
checked against the task's text, and offsets are converted when only UTF-16 matches.
"""

from __future__ import annotations

import json
from pathlib import Path

from .document import Document, FormatError, Mention
from .offsets import Utf16, locate

SUFFIXES = (".json",)


def read(path: Path) -> list[Document | FormatError]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [FormatError(path, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    try:
        tasks = json.loads(text)
    except json.JSONDecodeError as exc:
        return [FormatError(path, exc.lineno, f"not JSON: {exc.msg}", exc.colno)]
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list) or not tasks:
        return [FormatError(path, 1, "expected a Label Studio export: a list of tasks")]
    out: list[Document | FormatError] = []
    lines = _task_lines(text, len(tasks))
    for index, task in enumerate(tasks):
        try:
            out.append(_task(path, lines[index], index, task))
        except FormatError as error:
            out.append(error)
    return out


def _task_lines(text: str, count: int) -> list[int]:
    """The line each top-level task starts on (for messages), found by bracket depth."""
    lines, depth, line, in_string, escaped = [], 0, 1, False, False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            escaped = not escaped and ch == "\\"
            if ch == '"' and not escaped:
                in_string = False
            continue
        if ch == '"':
            in_string, escaped = True, False
        elif ch in "[{":
            depth += 1
            if depth == 2 and ch == "{":
                lines.append(line)
        elif ch in "]}":
            depth -= 1
    return lines + [1] * (count - len(lines))


def _task(path: Path, line: int, index: int, task: object) -> Document:
    if not isinstance(task, dict):
        raise FormatError(path, line, f"task {index + 1} is not a JSON object")
    data = task.get("data") if isinstance(task.get("data"), dict) else task
    text = data.get("text")
    if not isinstance(text, str):
        strings = [v for k, v in data.items() if isinstance(v, str) and k not in ("id", "annotator", "created_at", "updated_at")]
        text = max(strings, key=len) if strings else None
    if not isinstance(text, str):
        raise FormatError(path, line, f"task {index + 1} has no text (data.text)")
    regions = _regions(path, line, task)
    utf16 = Utf16(text)
    mentions = []
    for start, end, expected, label, link in regions:
        place = locate(text, start, end, expected, utf16)
        if place is None:
            raise FormatError(path, line, f"task {index + 1}: region {start}-{end} does not hold '{(expected or '')[:40]}'")
        mentions.append(Mention(label, text[place[0]:place[1]], link, None, line))
    ident = task.get("id", index + 1)
    first = next((part for part in text.splitlines() if part.strip()), "")
    return Document(path, text, first, mentions, name=f"{path.stem}-{ident}", line=line)


def _regions(path: Path, line: int, task: dict) -> list[tuple[int, int, str | None, str, str | None]]:
    annotations = task.get("annotations", task.get("completions"))  # "completions" before Label Studio 1.0
    if isinstance(annotations, list):
        chosen = next((a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")), None)
        results = chosen.get("result", []) if chosen else []
    elif isinstance(task.get("label"), list):  # JSON-MIN
        results = [{"type": "labels", "value": item} for item in task["label"]]
    else:
        raise FormatError(path, line, "a task needs 'annotations' (JSON export) or 'label' (JSON-MIN export)")
    if not isinstance(results, list):
        raise FormatError(path, line, "an annotation's 'result' must be a list")
    links: dict[str, str] = {}
    for item in results:
        if isinstance(item, dict) and item.get("type") in ("textarea", "choices") and isinstance(item.get("value"), dict):
            values = item["value"].get("text") or item["value"].get("choices") or []
            values = [values] if isinstance(values, str) else values
            if values and isinstance(values[0], str) and values[0].strip() and item.get("id") is not None:
                links[str(item["id"])] = values[0].strip()
    out = []
    for item in results:
        if not isinstance(item, dict) or item.get("type") not in ("labels", "hypertextlabels"):
            continue
        value = item.get("value")
        if not isinstance(value, dict):
            raise FormatError(path, line, "a region needs a 'value' object")
        start, end = value.get("start"), value.get("end")
        labels = value.get("labels") or value.get("hypertextlabels") or []
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (start, end)) or not labels:
            raise FormatError(path, line, f"a region needs integer 'start' and 'end' and 'labels', found {json.dumps(value)[:80]}")
        expected = value.get("text") if isinstance(value.get("text"), str) else None
        link = links.get(str(item.get("id"))) if item.get("id") is not None else None
        for label in labels:
            out.append((start, end, expected, str(label), link))
    return out
