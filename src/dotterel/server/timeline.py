"""Events per day, stacked by PLOVER event type, as an inline SVG bar chart.

Only events dated to a day are drawn as bars (``time_precision == "day"``,
whether the day was stated in the clause or inherited from context). An
event known only to a week or a month is drawn as a **band** under the axis
over every day of that week or month (one band per period and type, with its
count), never as a bar on one of its days. An event known only to a year, or
only as a range ("between Monday and Thursday", "before the publication
date"), is not drawn: it is counted under "not drawn" by its precision, and
the page says so. An event with no date at all is counted as undated.
Putting imprecise events on their earliest day would invent a precision the
text does not give.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from dotterel.records import EventDate

__all__ = ["plover_type_order", "TimelineBand", "TimelineBar", "TimelineTick", "TimelineView", "event_day", "render_timeline",
           "timeline_counts"]



def plover_type_order() -> tuple[str, ...]:
    """The 16 PLOVER event types in the order bars are stacked, bottom up.

    From ``profile.timeline_order`` of each type in ``data/plover.json``, the one home of the per-type facts.
    """
    from dotterel.ontology import Ontology

    return Ontology.load().types_in_timeline_order()

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class _Dated(Protocol):
    event_type: str
    date: EventDate | None


def event_day(event: _Dated) -> str | None:
    """The ISO day of an event dated to a day, else ``None``.

    Parameters
    ----------
    event : Event | LinkedEvent
        Anything with ``event_type`` and ``date`` (:class:`~dotterel.records.EventDate`).

    Returns
    -------
    str | None
        ``YYYY-MM-DD`` when ``date.time_precision == "day"`` and the value is
        a valid day; ``None`` otherwise (never a day guessed from a month,
        a year or a range).
    """
    date = event.date
    if date is None or date.time_precision != "day" or not date.value:
        return None
    try:
        return _dt.date.fromisoformat(date.value).isoformat()
    except ValueError:
        return None


def timeline_counts(events: Iterable[_Dated]) -> dict[str, dict[str, int]]:
    """Count day-dated events per day and PLOVER event type.

    Parameters
    ----------
    events : Iterable[Event | LinkedEvent]

    Returns
    -------
    dict[str, dict[str, int]]
        ``{"YYYY-MM-DD": {"PROTEST": 2, ...}}``, days in ascending order. Events
        without a day-precise date are left out (see :func:`render_timeline`
        for how they are reported).

    Examples
    --------
    >>> timeline_counts([])
    {}
    """
    counts: dict[str, Counter] = defaultdict(Counter)
    for event in events:
        day = event_day(event)
        if day is not None:
            counts[day][event.event_type] += 1
    return {day: dict(sorted(counts[day].items())) for day in sorted(counts)}


class _Rect(BaseModel):
    """The events of one type drawn as one rectangle (SVG user units)."""

    model_config = ConfigDict(frozen=True)

    event_type: str
    count: int
    x: float
    y: float
    width: float
    height: float


class TimelineBar(_Rect):
    """One stacked segment: the events of one type on one day.

    Attributes
    ----------
    date : str
        ``YYYY-MM-DD``.
    event_type : str
    count : int
    x, y, width, height : float
        Rectangle in SVG user units.
    """

    date: str


class TimelineBand(_Rect):
    """The events of one type dated only to one week or month: a band over all its days.

    Attributes
    ----------
    value : str
        The date as the events carry it (``2022-01``; a week's ``YYYY-Www``).
    precision : {"week", "month"}
    start, end : str
        First and last day of the period (``YYYY-MM-DD``, inclusive).
    event_type : str
    count : int
    x, y, width, height : float
        Rectangle in SVG user units: from the start of its first day to the
        end of its last, in a lane under the axis.
    """

    value: str
    precision: str
    start: str
    end: str


_BANDED = ("week", "month")
"""Precisions drawn as a band over their days (a year's band would flatten a chart of days)."""

_LANE = 12.0
"""Height of one lane of bands under the axis, in SVG user units (a band is 8 high)."""


def _band_period(event: _Dated) -> tuple[str, str, str] | None:
    """``(value, start, end)`` of an event dated only to a week or month with both bounds, else None."""
    date = event.date
    if date is None or date.time_precision not in _BANDED or not (date.value and date.earliest and date.latest):
        return None
    try:
        start, end = _dt.date.fromisoformat(date.earliest), _dt.date.fromisoformat(date.latest)
    except ValueError:
        return None
    return (date.value, start.isoformat(), end.isoformat()) if start <= end else None


class TimelineTick(BaseModel):
    """A month tick on the time axis.

    Attributes
    ----------
    month : str
        ``YYYY-MM``.
    label : str
        ``"Jan 2022"``, or ``""`` when thinned out on long axes.
    x : float
    """

    model_config = ConfigDict(frozen=True)

    month: str
    label: str
    x: float


class TimelineView(BaseModel):
    """What the timeline template draws.

    Attributes
    ----------
    width, height : float
        SVG viewBox size.
    plot_left, plot_right, plot_top, plot_bottom : float
        The plot area.
    bars : list[TimelineBar]
    bands : list[TimelineBand]
        Events dated only to a week or month, in lanes under the axis.
    ticks : list[TimelineTick]
    types : list[str]
        Event types present, in stacking order (for the legend).
    max_count : int
        The largest day total (the top of the y axis).
    first, last : str | None
        First and last day drawn.
    imprecise : dict[str, int]
        Events not drawn although dated, by ``time_precision`` (``year``,
        ``range``; a week or month without both bounds).
    banded : dict[str, int]
        Events drawn as bands, by ``time_precision`` (``week``, ``month``).
    undated : int
        Events with no date at all.
    """

    model_config = ConfigDict(frozen=True)

    width: float = 800.0
    height: float = 200.0
    plot_left: float = 36.0
    plot_right: float = 792.0
    plot_top: float = 10.0
    plot_bottom: float = 170.0
    bars: list[TimelineBar] = Field(default_factory=list)
    bands: list[TimelineBand] = Field(default_factory=list)
    ticks: list[TimelineTick] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    max_count: int = 0
    first: str | None = None
    last: str | None = None
    imprecise: dict[str, int] = Field(default_factory=dict)
    banded: dict[str, int] = Field(default_factory=dict)
    undated: int = 0

    @property
    def not_drawn(self) -> int:
        """Events not on the chart (imprecise or undated)."""
        return sum(self.imprecise.values()) + self.undated


def type_order_key(order: Sequence[str]) -> Callable[[str], tuple[int, str]]:
    """A sort key putting event types in ``order`` (unknown types last, by name)."""
    rank = {t: i for i, t in enumerate(order)}
    return lambda event_type: (rank.get(event_type, len(rank)), event_type)


def render_timeline(events: Iterable[_Dated], *, width: float = 800.0, height: float = 200.0,
                    type_order: Sequence[str] | None = None) -> TimelineView:
    """Lay out a stacked bar chart of events per day.

    Parameters
    ----------
    events : Iterable[Event | LinkedEvent]
    width, height : float, keyword-only
        SVG viewBox size in user units (default 800 x 200).
    type_order : sequence of str, keyword-only
        Stacking order of the types, bottom up (default :func:`plover_type_order`).

    Returns
    -------
    TimelineView
        One bar per (day, type) with events, stacked in ``type_order``; one tick per calendar month touched by the axis (at the
        month's first day, or at the axis start for the first month), labels
        thinned to Januaries when the axis spans more than 24 months; on an
        axis of more than 24 years, ticks only on the Januaries of every 1,
        2, 5, 10, 20, 50... years (the first step giving at most 24); the
        imprecise and undated tallies.
    """
    order_key = type_order_key(type_order if type_order is not None else plover_type_order())
    events = list(events)
    counts = timeline_counts(events)
    imprecise: Counter = Counter()
    banded: Counter = Counter()
    periods: Counter = Counter()
    undated = 0
    for event in events:
        if event_day(event) is not None:
            continue
        period = _band_period(event)
        if period is not None:
            periods[(*period, event.date.time_precision, event.event_type)] += 1
            banded[event.date.time_precision] += 1
        elif event.date is None:
            undated += 1
        else:
            imprecise[event.date.time_precision] += 1
    left, right, top, bottom = 36.0, width - 8.0, 10.0, height - 30.0
    if not counts and not periods:
        return TimelineView(
            width=width, height=height, plot_left=left, plot_right=right, plot_top=top, plot_bottom=bottom,
            imprecise=dict(sorted(imprecise.items())), undated=undated,
        )  # fmt: skip
    days = [_dt.date.fromisoformat(d) for d in counts]
    days += [_dt.date.fromisoformat(p[1]) for p in periods] + [_dt.date.fromisoformat(p[2]) for p in periods]
    first, last = min(days), max(days)
    n_days = (last - first).days + 1
    slot = (right - left) / n_days
    # A few days on a wide axis would make slabs; 40 units keeps a bar a bar.
    bar_width = min(slot * 0.8 if slot > 3 else slot, 40.0)
    max_count = max((sum(per_type.values()) for per_type in counts.values()), default=0)
    unit = (bottom - top) / max_count if max_count else 0.0
    bars: list[TimelineBar] = []
    types: set[str] = set()
    for day_text, per_type in counts.items():
        day = _dt.date.fromisoformat(day_text)
        x = left + (day - first).days * slot + (slot - bar_width) / 2
        y = bottom
        for event_type in sorted(per_type, key=order_key):
            n = per_type[event_type]
            types.add(event_type)
            y -= n * unit
            bars.append(
                TimelineBar(
                    date=day_text, event_type=event_type, count=n,
                    x=round(x, 2), y=round(y, 2), width=round(bar_width, 2), height=round(n * unit, 2),
                )  # fmt: skip
            )
    bands, lanes = _lay_bands(periods, first, left, slot, bottom + 26.0, order_key)
    types.update(b.event_type for b in bands)
    ticks = _month_ticks(first, last, left, slot)
    return TimelineView(
        width=width, height=height + lanes * _LANE + (4.0 if lanes else 0.0), plot_left=left, plot_right=right,
        plot_top=top, plot_bottom=bottom, bars=bars, bands=bands, ticks=ticks, types=sorted(types, key=order_key),
        max_count=max_count, first=first.isoformat(), last=last.isoformat(),
        imprecise=dict(sorted(imprecise.items())), banded=dict(sorted(banded.items())), undated=undated,
    )  # fmt: skip


def _lay_bands(periods: Counter, first: _dt.date, left: float, slot: float, lane_top: float,
               order_key: Callable[[str], tuple[int, str]]) -> tuple[list[TimelineBand], int]:
    """Bands over their days, each in the first lane under the axis where it overlaps no other; and the lanes used."""
    lane_ends: list[_dt.date] = []
    bands = []
    for (value, start, end, precision, event_type), n in sorted(
            periods.items(), key=lambda kv: (kv[0][1], kv[0][2], order_key(kv[0][4]))):
        lo, hi = _dt.date.fromisoformat(start), _dt.date.fromisoformat(end)
        lane = next((i for i, e in enumerate(lane_ends) if e < lo), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(hi)
        else:
            lane_ends[lane] = hi
        bands.append(TimelineBand(
            value=value, precision=precision, start=start, end=end, event_type=event_type, count=n,
            x=round(left + (lo - first).days * slot, 2), y=round(lane_top + lane * _LANE, 2),
            width=round(((hi - lo).days + 1) * slot, 2), height=8.0,
        ))
    return bands, len(lane_ends)


_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
"""Years between ticks on an axis longer than 24 years: the first step giving at most 24 ticks."""


def _month_ticks(first: _dt.date, last: _dt.date, left: float, slot: float) -> list[TimelineTick]:
    if (last.year - first.year) * 12 + last.month - first.month + 1 > 24 * 12:
        # A tick per month would be thousands of SVG elements (one mistyped year, "9999", in a dataset
        # of 2022 gave 96,000): only Januaries every few years, at most 24 of them.
        years = last.year - first.year + 1
        step = next((k for k in _YEAR_STEPS if years / k <= 24), _YEAR_STEPS[-1])
        year = -(-first.year // step) * step
        if _dt.date(year, 1, 1) < first:
            year += step
        return [
            TimelineTick(month=f"{y:04d}-01", label=f"Jan {y}", x=round(left + (_dt.date(y, 1, 1) - first).days * slot, 2))
            for y in range(year, last.year + 1, step)
        ]
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    thin = len(months) > 24
    ticks = []
    for year, month in months:
        start = max(_dt.date(year, month, 1), first)
        label = f"{_MONTHS[month - 1]} {year}"
        if thin and month != 1 and (year, month) != months[0]:
            label = ""
        ticks.append(TimelineTick(month=f"{year:04d}-{month:02d}", label=label, x=round(left + (start - first).days * slot, 2)))
    return ticks
