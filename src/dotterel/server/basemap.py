"""An offline SVG map: country borders shipped in the package, event locations as markers.

The borders are Natural Earth 1:110m Admin 0 countries (public domain) as
packaged by ``world-atlas@2.0.2`` (ISC), converted by
``scripts/build_basemap.py`` into ``dotterel/data/basemap/countries-110m.json``
(format documented there). No tile server, no network: the map is drawn
inline as SVG in an equirectangular projection, ``x = longitude``,
``y = -latitude`` (WGS84 degrees), so one SVG user unit is one degree.

Places without coordinates are never drawn at a default point: the map
counts them and says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib.resources import files

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Basemap", "Country", "MapMarker", "MapView", "country_rings", "render_map"]

_RESOURCE = ("data", "basemap", "countries-110m.json")


class Country(BaseModel):
    """One country outline ready to draw.

    Attributes
    ----------
    iso3 : str
        ISO 3166-1 alpha-3 code, or ``"-99"`` where Natural Earth has none
        (Kosovo, N. Cyprus, Somaliland).
    name : str
        Natural Earth short name.
    path : str
        SVG path data in projected units (degrees; ``y = -latitude``),
        relative commands, one closed subpath per ring (even-odd holes).
    bbox : tuple[float, float, float, float]
        ``(min_x, min_y, max_x, max_y)`` in the same projected units.
    """

    model_config = ConfigDict(frozen=True)

    iso3: str
    name: str
    path: str
    bbox: tuple[float, float, float, float]


class Basemap:
    """The shipped country outlines, decoded once per application.

    Parameters
    ----------
    countries : Sequence[Country]
    source, licence, version : str
        Provenance header of the data file.

    Use :meth:`load` to read the packaged file; the server keeps one
    instance per application (``app.state``), not a module global.
    """

    def __init__(self, countries: Sequence[Country], *, source: str, licence: str, version: str) -> None:
        self.countries = tuple(countries)
        self.source = source
        self.licence = licence
        self.version = version

    @classmethod
    def load(cls) -> Basemap:
        """Read ``dotterel/data/basemap/countries-110m.json`` from the package.

        Returns
        -------
        Basemap

        Raises
        ------
        FileNotFoundError
            When the package was installed without its data files.
        """
        resource = files("dotterel").joinpath(*_RESOURCE)
        data = json.loads(resource.read_text(encoding="utf-8"))
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: dict) -> Basemap:
        """Decode the compact format of ``scripts/build_basemap.py``.

        Parameters
        ----------
        data : dict
            ``{"source", "licence", "version", "precision", "countries": [{"iso3", "name",
            "rings": [[x0, y0, dx1, dy1, ...], ...]}]}`` with integer coordinates in units of
            ``precision`` degrees, the first pair absolute and later pairs deltas.

        Returns
        -------
        Basemap
        """
        precision = float(data["precision"])
        decimals = max(0, len(f"{precision:f}".rstrip("0").split(".")[1]) if "." in f"{precision:f}" else 0)
        countries = []
        for entry in data["countries"]:
            parts: list[str] = []
            xs: list[int] = []
            ys: list[int] = []
            for ring in entry["rings"]:
                x, y = ring[0], ring[1]
                xs.append(x)
                ys.append(y)
                # Projected y is -latitude, so deltas in y change sign.
                parts.append(f"M{_num(x * precision, decimals)} {_num(-y * precision, decimals)}")
                steps = []
                for i in range(2, len(ring), 2):
                    dx, dy = ring[i], ring[i + 1]
                    x += dx
                    y += dy
                    xs.append(x)
                    ys.append(y)
                    steps.append(f"{_num(dx * precision, decimals)} {_num(-dy * precision, decimals)}")
                parts.append("l" + " ".join(steps) + "z")
            bbox = (
                round(min(xs) * precision, decimals),
                round(-max(ys) * precision, decimals),
                round(max(xs) * precision, decimals),
                round(-min(ys) * precision, decimals),
            )
            countries.append(Country(iso3=entry["iso3"], name=entry["name"], path="".join(parts), bbox=bbox))
        return cls(countries, source=data["source"], licence=data["licence"], version=data["version"])


def _num(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    if text in ("-0", "", "-"):
        return "0"
    # "0.5" -> ".5", "-0.5" -> "-.5": valid SVG numbers, a third shorter for small deltas.
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


class MapMarker(BaseModel):
    """One event location to draw.

    Attributes
    ----------
    latitude, longitude : float | None
        WGS84 degrees; ``None`` for an unresolved place (counted, not drawn).
    name : str
        Place name for the tooltip.
    country : str | None
        ISO 3166-1 alpha-3.
    geonameid : int | None
    geo_precision : str | None
        ``point``, ``city``, ``region``, ``country``... (a country- or
        region-level place is drawn as a ring, not a dot).
    event_ids : list[str]
        The events at this place.
    href : str | None
        Link for the marker (``/events/ID``), built by the caller from an id
        the server made; ``None`` for no link.
    """

    model_config = ConfigDict(frozen=True)

    latitude: float | None = None
    longitude: float | None = None
    name: str
    country: str | None = None
    geonameid: int | None = None
    geo_precision: str | None = None
    event_ids: list[str] = Field(default_factory=list)
    href: str | None = None


class MapView(BaseModel):
    """What the map template draws.

    Attributes
    ----------
    view_box : tuple[float, float, float, float]
        SVG ``viewBox`` ``(x, y, width, height)`` in degrees (``y = -latitude``).
    countries : list[Country]
        Outlines that intersect the view.
    markers : list[MapMarker]
        Markers with coordinates, in input order.
    radius : float
        Marker radius in view units (scaled to the view so markers keep a
        readable size).
    unplaced : int
        Events whose place has no coordinates (not drawn).
    """

    model_config = ConfigDict(frozen=True)

    view_box: tuple[float, float, float, float]
    countries: list[Country]
    markers: list[MapMarker]
    radius: float
    unplaced: int

    @property
    def view_box_attr(self) -> str:
        """The ``viewBox`` attribute value."""
        return " ".join(_num(v, 3) for v in self.view_box)

    @property
    def n_events(self) -> int:
        """Events drawn (a marker per event; events at one place overlap)."""
        return sum(max(1, len(m.event_ids)) for m in self.markers)

    @property
    def n_places(self) -> int:
        """Distinct points drawn (markers at the same coordinates count once)."""
        return len({(m.latitude, m.longitude) for m in self.markers})

    @property
    def highlighted(self) -> set[str]:
        """ISO alpha-3 codes of countries that hold a marker."""
        return {m.country for m in self.markers if m.country}


WORLD = (-180.0, -90.0, 360.0, 180.0)
"""The whole-world view box (x, y, width, height) in degrees."""


def render_map(
    basemap: Basemap,
    markers: Iterable[MapMarker],
    *,
    margin_deg: float = 4.0,
    min_span_deg: float = 12.0,
    unplaced_extra: int = 0,
) -> MapView:
    """Fit a map view to the markers.

    Parameters
    ----------
    basemap : Basemap
    markers : Iterable[MapMarker]
        Markers without coordinates are counted in ``unplaced`` (one per
        event id, or one when it has none) and not drawn.
    margin_deg : float, keyword-only
        Margin around the markers, in degrees (default 4).
    min_span_deg : float, keyword-only
        Smallest width/height of the view, in degrees (default 12), so a
        single marker shows its surroundings.
    unplaced_extra : int, keyword-only
        Events with no place at all, added to ``unplaced``.

    Returns
    -------
    MapView
        The view box is the markers' bounding box plus the margin, widened
        to ``min_span_deg`` and to a 2:1 aspect ratio, clipped to the world;
        the whole world when no marker has coordinates.
    """
    placed: list[MapMarker] = []
    unplaced = unplaced_extra
    for marker in markers:
        if marker.latitude is None or marker.longitude is None:
            unplaced += max(1, len(marker.event_ids))
        else:
            placed.append(marker)
    if placed:
        xs = [m.longitude for m in placed]
        ys = [-m.latitude for m in placed]
        min_x, max_x = min(xs) - margin_deg, max(xs) + margin_deg
        min_y, max_y = min(ys) - margin_deg, max(ys) + margin_deg
        width = max(max_x - min_x, min_span_deg, (max_y - min_y) * 2)
        height = max(max_y - min_y, min_span_deg / 2, width / 2)
        width = max(width, height * 2)
        cx, cy = (min_x + max_x) / 2, (min_y + max_y) / 2
        width, height = min(width, 360.0), min(height, 180.0)
        x = min(max(cx - width / 2, -180.0), 180.0 - width)
        y = min(max(cy - height / 2, -90.0), 90.0 - height)
        view = (x, y, width, height)
    else:
        view = WORLD
    x, y, width, height = view
    countries = [
        c
        for c in basemap.countries
        if c.bbox[2] >= x and c.bbox[0] <= x + width and c.bbox[3] >= y and c.bbox[1] <= y + height
    ]
    return MapView(
        view_box=view,
        countries=countries,
        markers=placed,
        radius=round(max(width / 120.0, 0.08), 4),
        unplaced=unplaced,
    )


def country_rings() -> list[dict]:
    """The shipped country outlines as latitude/longitude rings, for the dataset page's Leaflet map.

    Returns
    -------
    list[dict]
        ``[{"iso3": "KAZ", "name": "Kazakhstan", "rings": [[[lat, lon], ...], ...]}, ...]``, WGS84
        degrees rounded to the data's precision (0.01 degree). A country's rings are drawn as one
        path with the even-odd rule (Leaflet's default), which keeps holes (Lesotho in South Africa).

    Raises
    ------
    FileNotFoundError
        When the package was installed without its data files.
    """
    data = json.loads(files("dotterel").joinpath(*_RESOURCE).read_text(encoding="utf-8"))
    precision = float(data["precision"])
    out = []
    for entry in data["countries"]:
        rings = []
        for ring in entry["rings"]:
            x, y = ring[0], ring[1]
            points = [[round(y * precision, 2), round(x * precision, 2)]]
            for i in range(2, len(ring), 2):
                x += ring[i]
                y += ring[i + 1]
                points.append([round(y * precision, 2), round(x * precision, 2)])
            rings.append(points)
        out.append({"iso3": entry["iso3"], "name": entry["name"], "rings": rings})
    return out

