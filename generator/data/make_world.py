"""Regenerate world.json, the outlines behind the home page's coverage map.

Not part of the build: run once by hand when the outlines should change.
Input is `countries-110m.json` from the npm package world-atlas 2.0.2 (ISC
licence, Natural Earth data, public domain):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m generator.data.make_world package/countries-110m.json

Output: one SVG path per ISO alpha-2 code, in an equirectangular projection
(2 units per degree, latitudes 84N to 58S; Antarctica left out), with
relative, integer coordinates so the whole map stays near 40 KB.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

SCALE = 2
NORTH, SOUTH = 84, -58
OUT = Path(__file__).with_name("world.json")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list) -> list[tuple[int, int]]:
    points: list[tuple[int, int]] = []
    shift = 0.0
    last = None
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        for lon, lat in arc:
            # A ring that crosses the antimeridian (Russia, Fiji) continues past the
            # map's edge, where the viewBox clips it, instead of striping the map.
            if last is not None and abs(lon + shift - last) > 180:
                shift += 360 if last > lon + shift else -360
            last = lon + shift
            point = (round((last + 180) * SCALE), round((NORTH - lat) * SCALE))
            if not points or points[-1] != point:
                points.append(point)
    return points


def path(polygons: list, arcs: list) -> str:
    out = []
    for polygon in polygons:
        for indexes in polygon:
            points = ring(indexes, arcs)
            if len(points) < 3:
                continue
            (x0, y0), rest = points[0], points[1:]
            steps = []
            px, py = x0, y0
            for x, y in rest:
                steps.append(f"{x - px} {y - py}")
                px, py = x, y
            out.append(f"M{x0} {y0}l" + " ".join(steps) + "z")
    return "".join(out).replace(" -", "-")


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text())
    arcs = decode_arcs(topology)
    countries: dict[str, str] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        country = pycountry.countries.get(numeric=numeric) if numeric else None
        if country is None or country.alpha_2 == "AQ":
            continue  # unrecognised territories and Antarctica are not drawn
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        d = path(polygons, arcs)
        if d:
            countries[country.alpha_2.lower()] = d
    data = {
        "source": "world-atlas 2.0.2 countries-110m (Natural Earth, public domain)",
        "width": 360 * SCALE,
        "height": (NORTH - SOUTH) * SCALE,
        "countries": dict(sorted(countries.items())),
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{len(countries)} countries, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
