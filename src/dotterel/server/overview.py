"""The dataset at a glance: a binned timeline, map places, breakdowns and download notes for ``/events``.

Pure functions over the linked events of a selection (no store, no request):

- :func:`dataset_timeline`: stacked bars by PLOVER type in bins of a day,
  week, month or year, chosen from the span of the data, with a line of
  fatalities; an event dated more coarsely than the bin (a month on a
  daily chart, a range across bins) is drawn as a segment over the days it
  may fall on, never on a guessed day.
- :func:`map_places`: one entry per GeoNames place with its events and
  fatalities, for the map script (``static/dataset.js``).
- :func:`breakdowns`: counts by type, country and actor, each with the link
  that applies the filter.
- :func:`download_notes`: how many events each export format holds, and why
  the others are left out, grouped by reason.

Fatalities are each event's conservative ``killed`` figure (the lowest
credible whole count; ACLED codebook 2023), 0 when none is given.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field

from dotterel.dedup import LinkedEvent

from .timeline import plover_type_order, type_order_key  # the article timeline's stacking order

__all__ = [
    "Breakdown", "DatasetTimeline", "DownloadNote", "MapPlace", "breakdowns", "choose_bin", "dataset_timeline",
    "download_notes", "map_places",
]  # fmt: skip

BIN_LIMITS: tuple[tuple[str, int], ...] = (("day", 45), ("week", 40 * 7), ("month", 6 * 366))
"""Bin by span of the data: a day up to 45 days, a week up to 40 weeks, a month up to 6 years, else a year
(so that a chart has at most about 45-70 bars: readable at 800 units wide)."""


def fatalities(event: LinkedEvent) -> int:
    """The event's conservative ``killed`` figure, 0 when none (see the module docstring)."""
    return event.conservative_value("killed") or 0


def choose_bin(first: _dt.date, last: _dt.date) -> str:
    """The bin for data from ``first`` to ``last``: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.

    Parameters
    ----------
    first, last : datetime.date

    Returns
    -------
    str
        By :data:`BIN_LIMITS`.

    Examples
    --------
    >>> choose_bin(_dt.date(2022, 1, 1), _dt.date(2022, 1, 31))
    'day'
    >>> choose_bin(_dt.date(2012, 1, 1), _dt.date(2025, 6, 1))
    'year'
    """
    days = (last - first).days + 1
    for name, limit in BIN_LIMITS:
        if days <= limit:
            return name
    return "year"


def _bin_start(day: _dt.date, unit: str) -> _dt.date:
    if unit == "week":
        return day - _dt.timedelta(days=day.weekday())  # ISO weeks start on Monday
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _next_bin(start: _dt.date, unit: str) -> _dt.date:
    if unit == "week":
        return start + _dt.timedelta(days=7)
    if unit == "month":
        return _dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    if unit == "year":
        return _dt.date(start.year + 1, 1, 1)
    return start + _dt.timedelta(days=1)


def _label(start: _dt.date, unit: str) -> str:
    if unit == "month":
        return start.strftime("%b %Y")
    if unit == "year":
        return str(start.year)
    if unit == "week":
        return f"wk {start.isoformat()}"
    return start.isoformat()


def _bounds(event: LinkedEvent) -> tuple[_dt.date, _dt.date] | None:
    if not (event.earliest and event.latest):
        return None
    try:
        return _dt.date.fromisoformat(event.earliest), _dt.date.fromisoformat(event.latest)
    except ValueError:
        return None


class TimelineBin(BaseModel):
    """One bin of the dataset timeline.

    Attributes
    ----------
    start, end : str
        First day and the day after the last (ISO 8601; end-exclusive).
    label : str
    counts : dict[str, int]
        Events per PLOVER type whose whole date range lies in the bin.
    fatalities : int
        Sum of their fatalities.
    x, width : float
        Position in SVG units.
    """

    model_config = ConfigDict(frozen=True)

    start: str
    end: str
    label: str
    counts: dict[str, int]
    fatalities: int
    x: float
    width: float

    @property
    def total(self) -> int:
        """Events in the bin."""
        return sum(self.counts.values())


class TimelineSegment(BaseModel):
    """A drawn rectangle: a stacked bar piece (``kind="bar"``) or a coarse date's range (``kind="range"``).

    Attributes
    ----------
    kind : str
    event_type : str
    count : int
        Events in a bar piece; 1 for a range.
    start, end : str
        The bin, or the range's first and last possible day (``end`` inclusive for a range).
    x, y, width, height : float
    event_id : str | None
        For a range.
    precision : str | None
        For a range: the event's ``time_precision`` (``month``, ``range``, ...).
    """

    model_config = ConfigDict(frozen=True)

    kind: str
    event_type: str
    count: int
    start: str
    end: str
    x: float
    y: float
    width: float
    height: float
    event_id: str | None = None
    precision: str | None = None


class DatasetTimeline(BaseModel):
    """What the dataset page's timeline draws (see :func:`dataset_timeline`).

    Attributes
    ----------
    unit : str | None
        ``day``, ``week``, ``month`` or ``year``; ``None`` with nothing to draw.
    bins : list[TimelineBin]
    segments : list[TimelineSegment]
    fatality_points : list[tuple[float, float, int, str]]
        ``(x, y, fatalities, bin start)`` per bin, for the line.
    max_count, max_fatalities : int
    width, height, plot_left, plot_right, plot_top, plot_bottom, range_top : float
    types : list[str]
        Types drawn, in stacking order.
    first, last : str | None
    ranges : int
        Events drawn as ranges (coarser than the bin).
    before_only : int
        Events with no date in the text, only "on or before" the publication day: not drawn.
    undated : int
    """

    model_config = ConfigDict(frozen=True)

    unit: str | None = None
    bins: list[TimelineBin] = Field(default_factory=list)
    segments: list[TimelineSegment] = Field(default_factory=list)
    fatality_points: list[tuple[float, float, int, str]] = Field(default_factory=list)
    max_count: int = 0
    max_fatalities: int = 0
    width: float = 800.0
    height: float = 220.0
    plot_left: float = 36.0
    plot_right: float = 764.0
    plot_top: float = 10.0
    plot_bottom: float = 160.0
    range_top: float = 186.0
    types: list[str] = Field(default_factory=list)
    first: str | None = None
    last: str | None = None
    ranges: int = 0
    before_only: int = 0
    undated: int = 0


def dataset_timeline(events: Sequence[LinkedEvent], *, width: float = 800.0,
                     type_order: Sequence[str] | None = None) -> DatasetTimeline:
    """Lay out the timeline of a selection.

    Parameters
    ----------
    events : Sequence[LinkedEvent]
    width : float, keyword-only
        SVG viewBox width (user units).
    type_order : sequence of str, keyword-only
        Stacking order of the types, bottom up (default :func:`~dotterel.server.timeline.plover_type_order`).

    Returns
    -------
    DatasetTimeline
        The bin unit is chosen by :func:`choose_bin` from the first and last
        day any event may fall on. An event whose ``earliest``..``latest``
        range lies inside one bin is counted in that bin's stacked bar (and
        its fatalities in the line); one whose range crosses bins is drawn
        as a segment under the axis from its first to its last possible day,
        one lane per overlapping segment. Events with only an upper bound
        (no date in the text) and undated events are counted, not drawn.
    """
    order_key = type_order_key(type_order if type_order is not None else plover_type_order())
    before_only = undated = 0
    dated: list[tuple[LinkedEvent, _dt.date, _dt.date]] = []
    for event in events:
        bounds = _bounds(event)
        if bounds is None:
            if event.latest and not event.earliest:
                before_only += 1
            else:
                undated += 1
            continue
        dated.append((event, *bounds))
    if not dated:
        return DatasetTimeline(width=width, plot_right=width - 36.0, before_only=before_only, undated=undated)
    first = min(d[1] for d in dated)
    last = max(d[2] for d in dated)
    unit = choose_bin(first, last)
    starts = [_bin_start(first, unit)]
    while _next_bin(starts[-1], unit) <= last:
        starts.append(_next_bin(starts[-1], unit))
    index = {start: i for i, start in enumerate(starts)}
    counts: list[Counter] = [Counter() for _ in starts]
    deaths = [0] * len(starts)
    ranged: list[tuple[LinkedEvent, _dt.date, _dt.date]] = []
    for event, lo, hi in dated:
        i = index[_bin_start(lo, unit)]
        if _bin_start(hi, unit) == starts[i]:
            counts[i][event.event_type] += 1
            deaths[i] += fatalities(event)
        else:
            ranged.append((event, lo, hi))
    left, right, top, bottom = 36.0, width - 36.0, 10.0, 160.0
    slot = (right - left) / len(starts)
    bar_width = min(slot * 0.8, 60.0)
    max_count = max((sum(c.values()) for c in counts), default=0)
    max_deaths = max(deaths)
    unit_h = (bottom - top) / max_count if max_count else 0.0
    bins: list[TimelineBin] = []
    segments: list[TimelineSegment] = []
    points: list[tuple[float, float, int, str]] = []
    types: set[str] = set()
    for i, start in enumerate(starts):
        end = _next_bin(start, unit)
        x = left + i * slot
        bins.append(TimelineBin(start=start.isoformat(), end=end.isoformat(), label=_label(start, unit),
                                counts=dict(sorted(counts[i].items(), key=lambda kv: order_key(kv[0]))),
                                fatalities=deaths[i], x=round(x, 2), width=round(slot, 2)))
        y = bottom
        for event_type in sorted(counts[i], key=order_key):
            n = counts[i][event_type]
            types.add(event_type)
            y -= n * unit_h
            segments.append(TimelineSegment(kind="bar", event_type=event_type, count=n, start=start.isoformat(),
                                            end=end.isoformat(), x=round(x + (slot - bar_width) / 2, 2), y=round(y, 2),
                                            width=round(bar_width, 2), height=round(n * unit_h, 2)))
        fy = bottom - (deaths[i] / max_deaths) * (bottom - top) if max_deaths else bottom
        points.append((round(x + slot / 2, 2), round(fy, 2), deaths[i], start.isoformat()))
    span_days = (_next_bin(starts[-1], unit) - starts[0]).days
    lanes: list[_dt.date] = []  # last day taken in each lane
    range_top = bottom + 26.0
    for event, lo, hi in sorted(ranged, key=lambda r: (r[1], r[2], r[0].event_id)):
        lane = next((k for k, taken in enumerate(lanes) if taken < lo), len(lanes))
        if lane == len(lanes):
            lanes.append(hi)
        else:
            lanes[lane] = hi
        x1 = left + (lo - starts[0]).days / span_days * (right - left)
        x2 = left + ((hi - starts[0]).days + 1) / span_days * (right - left)
        types.add(event.event_type)
        segments.append(TimelineSegment(
            kind="range", event_type=event.event_type, count=1, start=lo.isoformat(), end=hi.isoformat(),
            x=round(x1, 2), y=round(range_top + lane * 8.0, 2), width=round(max(x2 - x1, 1.0), 2), height=5.0,
            event_id=event.event_id, precision=event.date.time_precision if event.date else "range"))
    return DatasetTimeline(
        unit=unit, bins=bins, segments=segments, fatality_points=points, max_count=max_count,
        max_fatalities=max_deaths, width=width, height=range_top + len(lanes) * 8.0 + 8.0, plot_left=left,
        plot_right=right, plot_top=top, plot_bottom=bottom, range_top=range_top,
        types=sorted(types, key=order_key), first=first.isoformat(), last=last.isoformat(), ranges=len(ranged),
        before_only=before_only, undated=undated,
    )  # fmt: skip


class MapPlace(BaseModel):
    """One place on the dataset map.

    Attributes
    ----------
    geonameid : int | None
    name : str
    country : str | None
        ISO 3166-1 alpha-3.
    lat, lon : float
        WGS84 degrees.
    events, fatalities : int
    types : dict[str, int]
    event_ids : list[str]
    filter_href : str | None
        The dataset page filtered to the place's country.
    place_href : str | None
        The dataset page filtered to this place (its GeoNames id), where the
        popup's list of events, cut at ten, continues; ``None`` for a place
        without an id.
    """

    model_config = ConfigDict(frozen=True)

    geonameid: int | None
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    fatalities: int
    types: dict[str, int]
    event_ids: list[str]
    filter_href: str | None
    place_href: str | None = None


def _href(filters: Mapping[str, str], **extra: str) -> str:
    return "/events?" + urlencode({**{k: v for k, v in filters.items() if k not in extra}, **extra})


def map_places(events: Sequence[LinkedEvent], *, filters: Mapping[str, str]) -> tuple[list[MapPlace], int]:
    """Group located events by place.

    Parameters
    ----------
    events : Sequence[LinkedEvent]
    filters : Mapping[str, str], keyword-only
        The page's filters (kept in each place's filter link).

    Returns
    -------
    tuple[list[MapPlace], int]
        Places with coordinates, most events first (then by name), and the
        number of events without a located place (never drawn at a default point).
    """
    groups: dict[tuple, list[LinkedEvent]] = {}
    unplaced = 0
    for event in events:
        place = event.location
        if place is None or place.latitude is None or place.longitude is None:
            unplaced += 1
            continue
        key = (place.geonameid, place.name, place.latitude, place.longitude)
        groups.setdefault(key, []).append(event)
    places = []
    for (geonameid, name, lat, lon), group in groups.items():
        country = group[0].location.country
        places.append(MapPlace(
            geonameid=geonameid, name=name, country=country, lat=lat, lon=lon, events=len(group),
            fatalities=sum(fatalities(e) for e in group),
            types=dict(Counter(e.event_type for e in group).most_common()), event_ids=[e.event_id for e in group],
            filter_href=_href(filters, country=country) if country else None,
            place_href=_href(filters, geonameid=str(geonameid)) if geonameid else None))
    places.sort(key=lambda p: (-p.events, p.name))
    return places, unplaced


class Breakdown(BaseModel):
    """Counts of a selection by one field, each value linked to the filtered page.

    Attributes
    ----------
    field : str
        ``event_type``, ``country`` or ``actor``.
    title : str
    rows : list[tuple[str, int, str]]
        ``(value, events, href)``, most events first.
    more : int
        Values left out after the first ``limit``.
    """

    model_config = ConfigDict(frozen=True)

    field: str
    title: str
    rows: list[tuple[str, int, str]]
    more: int = 0


def breakdowns(events: Sequence[LinkedEvent], *, filters: Mapping[str, str], limit: int = 10) -> list[Breakdown]:
    """Counts by PLOVER type, by country of the location and by actor (actor or recipient).

    Parameters
    ----------
    events : Sequence[LinkedEvent]
    filters : Mapping[str, str], keyword-only
        The page's filters; each link adds or replaces one.
    limit : int, keyword-only
        Rows per breakdown.

    Returns
    -------
    list[Breakdown]
        In that order. An event counts once per actor it names (actor and
        recipient); events without a country or actor are not counted there.
    """
    by_type = Counter(e.event_type for e in events)
    by_country = Counter(e.location.country for e in events if e.location is not None and e.location.country)
    by_actor: Counter = Counter()
    for e in events:
        names = {a.name for a in (e.actor, e.recipient) if a is not None and a.name}
        by_actor.update(names)
    out = []
    for field, title, counter in (("event_type", "By type", by_type), ("country", "By country", by_country),
                                  ("actor", "By actor", by_actor)):
        ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        rows = [(value, n, _href(filters, **{field: value})) for value, n in ranked[:limit]]
        out.append(Breakdown(field=field, title=title, rows=rows, more=max(0, len(ranked) - limit)))
    return out


class DownloadNote(BaseModel):
    """What one export format holds of a selection.

    Attributes
    ----------
    format : str
    events : int
        Events the file holds.
    total : int
        Events in the selection (as counted).
    left_out : list[tuple[str, int, list[tuple[str, int]]]]
        ``(reason, events, details)``, most first: the exports' reasons
        grouped on the words before " for " ("no ACLED sub-event type for
        ACCUSE/disapprove" -> "no ACLED sub-event type", details
        ``[("ACCUSE/disapprove", 13), ...]``); ``details`` is empty for a
        reason that names no case.
    """

    model_config = ConfigDict(frozen=True)

    format: str
    events: int
    total: int
    left_out: list[tuple[str, int, list[tuple[str, int]]]]


def download_notes(events: Sequence[LinkedEvent], formats: Mapping[str, str]) -> dict[str, DownloadNote]:
    """Run each export over the selection (into memory) and say what it holds.

    Parameters
    ----------
    events : Sequence[LinkedEvent]
    formats : Mapping[str, str]
        The page's name of each download -> its exporter's registry name
        (:func:`dotterel.export.base.served_formats`: ``{"plover": "plover-json", ...}``).

    Returns
    -------
    dict[str, DownloadNote]
        By the page's name, in the order given; the reasons are the exports'
        own (an event a format cannot express is left out, never given a default).

    Raises
    ------
    ExportError
        As :func:`~dotterel.export.write_export`.
    """
    from dotterel.export.left_out import group_reasons, preview_export
    from dotterel.ontology import Ontology

    ontology = Ontology.load()
    notes = {}
    for fmt, name in formats.items():
        report = preview_export(events, name, ontology=ontology)
        notes[fmt] = DownloadNote(format=fmt, events=report.rows_written, total=report.events_read,
                                  left_out=group_reasons(report.unmapped))
    return notes

