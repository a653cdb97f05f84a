"""Build the shipped basemap ``src/dotterel/data/basemap/countries-110m.json``.

Source
------
``countries-110m.json`` of the npm package ``world-atlas@2.0.2`` (Mike
Bostock; ISC licence), a TopoJSON conversion of the Natural Earth 1:110m
"Admin 0 - Countries" layer (public domain). Fetch it with::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py /tmp/package/countries-110m.json

The file of world-atlas 2.0.2 has SHA-256
``2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8``; the
output records the hash of the file it was built from.

Output format (our own, compact, read by :mod:`dotterel.server.basemap`)
-------------------------------------------------------------------------
One JSON object::

    {
      "source": "world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m Admin 0 countries)",
      "licence": "Natural Earth: public domain; world-atlas packaging: ISC",
      "version": "2.0.2",
      "source_sha256": "2516c915...",   (SHA-256 of the input file)
      "precision": 0.01,
      "countries": [
        {"iso3": "KAZ", "numeric": "398", "name": "Kazakhstan",
         "rings": [[lon0, lat0, dlon1, dlat1, ...], ...]},
        ...
      ]
    }

Each ring is a flat list of integers in units of ``precision`` degrees
(WGS84): the first pair is absolute (longitude, latitude), every later pair
is the difference from the previous point. Rings are closed implicitly (the
last point is not repeated). Polygon holes are kept as rings of the same
country (the SVG renderer uses the even-odd fill rule). Countries with no
ISO 3166-1 numeric code in Natural Earth (Kosovo, N. Cyprus, Somaliland)
keep ``"iso3": "-99"``, ``"numeric": null`` and their Natural Earth name;
the script reports them on stderr.

Rule: TopoJSON specification 1.0 (quantized, delta-encoded arcs; a negative
arc index ``~i`` means arc ``i`` reversed; consecutive arcs of a ring share
their joining point).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import pycountry

VERSION = "2.0.2"
PRECISION = 0.01
OUT = Path(__file__).resolve().parents[1] / "src" / "dotterel" / "data" / "basemap" / "countries-110m.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc of a quantized TopoJSON topology."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = []
        x = y = 0
        for dx, dy, *_ in arc:
            if transform:
                x += dx
                y += dy
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((dx, dy))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Stitch a ring's arcs into one list of points (the last point not repeated)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def encode_ring(points: list[tuple[float, float]]) -> list[int]:
    """Round to PRECISION degrees, drop repeated points, delta-encode."""
    quantized: list[tuple[int, int]] = []
    for lon, lat in points:
        q = (round(lon / PRECISION), round(lat / PRECISION))
        if not quantized or quantized[-1] != q:
            quantized.append(q)
    if len(quantized) > 1 and quantized[0] == quantized[-1]:
        quantized.pop()
    flat: list[int] = []
    prev = (0, 0)
    for i, (x, y) in enumerate(quantized):
        flat.extend((x, y) if i == 0 else (x - prev[0], y - prev[1]))
        prev = (x, y)
    return flat


def iso3_of(numeric: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for a numeric code, by pycountry (None when unknown)."""
    if not numeric:
        return None
    country = pycountry.countries.get(numeric=numeric.zfill(3))
    return country.alpha_3 if country else None


def build(topology: dict, *, source_sha256: str | None = None) -> tuple[dict, list[str]]:
    """Return the compact basemap and the names of countries without an ISO code."""
    arcs = decode_arcs(topology)
    countries = []
    unmapped = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for ring in polygon:
                encoded = encode_ring(ring_points(ring, arcs))
                if len(encoded) >= 6:  # at least three distinct points
                    rings.append(encoded)
        if not rings:
            continue
        numeric = geometry.get("id")
        name = geometry.get("properties", {}).get("name", "")
        iso3 = iso3_of(numeric)
        if iso3 is None:
            unmapped.append(f"{name} (id {numeric!r})")
        countries.append(
            {"iso3": iso3 or "-99", "numeric": numeric if iso3 else None, "name": name, "rings": rings}
        )
    countries.sort(key=lambda c: (c["iso3"], c["name"]))
    basemap = {
        "source": f"world-atlas {VERSION} countries-110m.json (Natural Earth 1:110m Admin 0 countries)",
        "licence": "Natural Earth: public domain; world-atlas packaging: ISC (Copyright 2013-2019 Michael Bostock)",
        "version": VERSION,
        "source_sha256": source_sha256,
        "precision": PRECISION,
        "countries": countries,
    }
    return basemap, unmapped


def main(argv: list[str] | None = None) -> int:
    """Command line: ``build_basemap.py TOPOJSON [--out PATH]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-110m.json from world-atlas@2.0.2")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    raw = args.topojson.read_bytes()
    basemap, unmapped = build(json.loads(raw.decode("utf-8")), source_sha256=hashlib.sha256(raw).hexdigest())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(basemap, separators=(",", ":")) + "\n", encoding="utf-8")
    for name in unmapped:
        print(f"no ISO 3166-1 code, kept as -99: {name}", file=sys.stderr)
    print(f"{args.out}: {len(basemap['countries'])} countries, {args.out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
