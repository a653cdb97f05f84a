"""ACLED-style CSV: one row per linked event in the ACLED column layout.

Columns, in this order (:data:`ACLED_COLUMNS`): event_date, year,
time_precision, disorder_type, event_type, sub_event_type, actor1,
assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction,
civilian_targeting, iso, region, country, admin1, admin2, admin3, location,
latitude, longitude, geo_precision, source, source_scale, notes, fatalities,
tags, timestamp.

How each column is filled (ACLED codebook 2023 for the value sets):

* ``event_type``/``sub_event_type``/``disorder_type``: the event's own
  ``sub_event_type``, decided when it was coded by the ACLED codebook's rules
  (stage ``acled.v1``, ``docs/acled.md``), with its event and disorder type
  (:meth:`Ontology.acled_event_type_of`, :meth:`Ontology.acled_disorder_type`).
  An event with none is skipped, never given "Other".
* ``event_date`` (``YYYY-MM-DD``), ``year``, ``time_precision``: from the event's
  ``earliest``..``latest`` range: one day -> 1; up to 7 days -> 2; up to 31
  days -> 3 (the codebook's "week" and "month" precision), dated on the
  middle day of the range as ACLED does. A wider or open range is skipped.
* ``actor1``/``actor2``: actor and recipient names. A protest or riot without a
  named actor is by ACLED convention "Protesters (Country)" / "Rioters
  (Country)"; any other event without an actor is skipped.
* ``inter1``/``inter2``: the actor's and recipient's ``Actor.inter`` as the
  coder set it (``dotterel.events.acled.actor_inter``: 5 for rioters and 6 for
  protesters as actor1 of a PROTEST, otherwise the sector's code from
  ``data/plover.json``, ``inter_from_sector``); empty when neither fixes one. ``interaction``: the two codes joined lowest first ("17"), or
  inter1 followed by 0 for a single actor ("60"); empty when a code is unknown.
* ``civilian_targeting``: "Civilian targeting" for a political-violence
  sub-event whose recipient is civilian (inter2 7), else empty.
* ``iso``: ISO 3166-1 numeric code (pycountry); ``country``: its common name;
  ``region``: empty (ACLED's region table is not shipped). ``admin1``: the
  GeoNames admin1 name; ``admin2``/``admin3`` empty (not resolved).
* ``location``/``latitude``/``longitude``/``geo_precision``: a ``point`` or
  ``city`` place -> 1; a ``region`` -> 3 (coordinates of the region). A place
  the gazetteer lacks (a village kept as written) whose first-level region the
  text gives ("Ngamdu village in Borno State") is coded to that region, as the
  ACLED codebook codes an event it can place only within a province (its
  "Geo-precision" section: 3, the region's coordinates, here GeoNames' ADM1
  entry): ``location`` and ``admin1`` the region, ``geo_precision`` 3, and the
  place's own name in ``notes``; no coordinates are made up for the village. A
  country-level place, an unresolved one with no region, or one without
  coordinates, is skipped.
* ``source``: the outlets joined with "; " (empty when no outlet is known);
  ``source_scale``: empty (unknown).
* ``notes``: a generated summary with every reported figure and its source.
* ``fatalities``: the conservative killed figure (lowest credible); empty
  when no credible report gives one (ACLED writes 0; the absence of a report
  is not a report of zero).
* ``tags``: for protests and riots, ``crowd size=N`` from the conservative
  participants figure, else ``crowd size=no report`` (ACLED's own wording).
* ``timestamp``: Unix time of the export (caller-given for reproducible files).
"""

from __future__ import annotations

import csv
import datetime as _dt
import time
from collections.abc import Callable, Iterable
from typing import IO, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dotterel.dedup import LinkedEvent
from dotterel.events.acled import actor_inter, protest_inter
from dotterel.export._common import ExportReport, Unmappable, country_of, row_writer, stream_export
from dotterel.export.base import WriterExporter
from dotterel.ontology import Ontology
from dotterel.places.gazetteer import Candidate, GazetteerIndex

__all__ = ["register_exporters", "ACLED_COLUMNS", "AcledRow", "acled_row", "write_acled"]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
"""The ACLED columns, in ACLED's order."""

Inter = Literal[1, 2, 3, 4, 5, 6, 7, 8]


class AcledRow(BaseModel):
    """One ACLED-style row; the field order is :data:`ACLED_COLUMNS`.

    ``None`` is written as an empty cell. Value sets: ``time_precision`` and
    ``geo_precision`` 1-3, ``inter1``/``inter2`` 1-8, ``interaction`` two
    digits made of inter codes (second digit 0 for a single actor),
    ``iso`` 1-999, WGS84 coordinates, ``fatalities`` >= 0.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    event_date: _dt.date
    year: int = Field(ge=1900, le=2100)
    time_precision: Literal[1, 2, 3]
    disorder_type: str = Field(min_length=1)
    event_type: str = Field(min_length=1)
    sub_event_type: str = Field(min_length=1)
    actor1: str = Field(min_length=1)
    assoc_actor_1: str | None = None
    inter1: Inter | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: Inter | None = None
    interaction: int | None = None
    civilian_targeting: Literal["Civilian targeting"] | None = None
    iso: int = Field(ge=1, le=999)
    region: str | None = None
    country: str = Field(min_length=1)
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str = Field(min_length=1)
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    geo_precision: Literal[1, 2, 3]
    source: str | None = None
    source_scale: str | None = None
    notes: str
    fatalities: int | None = Field(default=None, ge=0)
    tags: str | None = None
    timestamp: int = Field(ge=0)

    @field_validator("interaction")
    @classmethod
    def _interaction(cls, v: int | None) -> int | None:
        if v is not None and not (v // 10 in range(1, 9) and v % 10 in range(0, 9) and (v % 10 == 0 or v // 10 <= v % 10)):
            raise ValueError(f"interaction {v} is not two ACLED inter codes, lowest first")
        return v

    def cells(self) -> list[str]:
        """The row as CSV cells in :data:`ACLED_COLUMNS` order (``None`` -> empty)."""
        values = self.model_dump()
        return ["" if values[c] is None else str(values[c]) for c in ACLED_COLUMNS]


def _date(ev: LinkedEvent) -> tuple[_dt.date, Literal[1, 2, 3]]:
    if ev.earliest is None or ev.latest is None:
        raise Unmappable("date range open (only bounded by publication) or unknown")
    lo, hi = _dt.date.fromisoformat(ev.earliest), _dt.date.fromisoformat(ev.latest)
    span = (hi - lo).days + 1
    if span > 31:
        raise Unmappable("date known only to more than a month")
    precision = 1 if span == 1 else 2 if span <= 7 else 3
    return lo + _dt.timedelta(days=(span - 1) // 2), precision


def _country(code: str | None):
    rec = country_of(code)
    if rec is None:
        raise Unmappable("no ISO 3166 country for the location")
    return rec


def acled_row(ev: LinkedEvent, *, ontology: Ontology, timestamp: int,
              region_of: Callable[[str], Candidate | None] | None = None) -> AcledRow:
    """Map one linked event to an :class:`AcledRow`.

    Parameters
    ----------
    ev : LinkedEvent
    ontology : Ontology
        Gives the PLOVER -> ACLED crosswalk, disorder types and inter codes.
    timestamp : int
        Unix time written in the ``timestamp`` column.
    region_of : callable, optional
        The gazetteer's first-level region of an admin1 code
        (:meth:`GazetteerIndex.admin1_entry`); with it, a place the gazetteer
        lacks is coded to the region the text gives it. Without it such an
        event is skipped.

    Returns
    -------
    AcledRow

    Raises
    ------
    Unmappable
        When the event has no ACLED sub-event type, no day-to-month date, no
        actor (outside protests and riots), or no town/region location with
        coordinates; the reason says which.
    pydantic.ValidationError
        When a value falls outside its ACLED value set (a bug).
    """
    sub = ev.sub_event_type
    if sub is None:
        # the codebook's rules settled none when the event was coded (docs/acled.md)
        raise Unmappable(f"no ACLED sub-event type for {ev.event_type}/{ev.mode or '-'}")
    acled_type = ontology.acled_event_type_of(sub)
    loc = ev.location
    unplaced = None
    if loc is not None and loc.geonameid is None and loc.admin1_code and region_of is not None:
        region = region_of(loc.admin1_code)
        if region is not None and region.country == loc.country:
            unplaced = loc.name  # "Ngamdu": coded to Borno, its name kept in the notes
            loc = loc.model_copy(update={"name": region.name, "geonameid": region.geonameid, "admin1": region.name,
                                         "latitude": region.latitude, "longitude": region.longitude,
                                         "geo_precision": "region"})
    if loc is None or loc.geonameid is None or loc.geo_precision not in ("point", "city", "region"):
        level = "no" if loc is None or loc.geonameid is None else f"only a {loc.geo_precision}-level"
        raise Unmappable(f"{level} location (ACLED needs a town or region)")
    if loc.latitude is None or loc.longitude is None:
        raise Unmappable("location has no coordinates")
    country = _country(loc.country)
    event_date, time_precision = _date(ev)

    # the inter codes are the coder's (Actor.inter, dotterel.events.acled.actor_inter): one home of the rule
    protest = protest_inter(ev.event_type, sub, ev.mode, ontology)
    assoc1 = None
    if protest is not None:
        # ACLED codebook: the actor of a demonstration is always the generic "Protesters (Country)"
        # or "Rioters (Country)"; a named group that demonstrates is its associated actor.
        actor1 = f"{'Rioters' if protest == 5 else 'Protesters'} ({country_name(country)})"
        inter1 = protest
        assoc1 = ev.actor.name if ev.actor is not None else None
    elif ev.actor is not None:
        actor1 = ev.actor.name
        inter1 = _inter(ev.actor, ev, ontology, doer=True)
    else:
        raise Unmappable("no actor")
    actor2 = ev.recipient.name if ev.recipient is not None else None
    inter2 = _inter(ev.recipient, ev, ontology, doer=False)
    if inter1 is None or (actor2 is not None and inter2 is None):
        interaction = None
    elif actor2 is None:
        interaction = inter1 * 10
    else:
        interaction = min(inter1, inter2) * 10 + max(inter1, inter2)
    disorder = ontology.acled_disorder_type(sub)
    civilian = "Civilian targeting" if "Political violence" in disorder and inter2 == 7 else None
    tags = None
    if acled_type in ("Protests", "Riots"):
        crowd = ev.conservative_value("participants")
        tags = f"crowd size={crowd}" if crowd is not None else "crowd size=no report"
    return AcledRow(
        event_date=event_date, year=event_date.year, time_precision=time_precision, disorder_type=disorder,
        event_type=acled_type, sub_event_type=sub, actor1=actor1, assoc_actor_1=assoc1, inter1=inter1,
        actor2=actor2, inter2=inter2,
        interaction=interaction, civilian_targeting=civilian, iso=int(country.numeric), country=country_name(country),
        admin1=loc.admin1, location=loc.name, latitude=loc.latitude, longitude=loc.longitude,
        geo_precision=1 if loc.geo_precision in ("point", "city") else 3, source="; ".join(ev.sources) or None,
        notes=_notes(ev, unplaced), fatalities=ev.conservative_value("killed"), tags=tags, timestamp=timestamp,
    )


def _inter(actor, ev: LinkedEvent, ontology: Ontology, *, doer: bool) -> int | None:
    """The actor's ``inter`` as coded; records coded before the field existed get it by the same rule."""
    if actor is None:
        return None
    return actor.inter if actor.inter is not None else actor_inter(actor, ev, ontology, doer=doer)


def country_name(rec) -> str:
    """The short English name of a pycountry record ("Iran", not "Iran, Islamic Republic of")."""
    return getattr(rec, "common_name", None) or rec.name


def _figure(c, cue: str | None = None) -> str:
    """One reported figure for the notes: kind, figure, the cue of a sum, source, claimant and certainty."""
    return (f"{c.kind} {c.figure if c.figure is not None else '<=' + str(c.high)} "
            f"({'' if cue is None else repr(cue) + ', '}{c.source or c.doc_id}"
            f"{'' if c.claimant == 'author' else ', per ' + c.claimant}, {c.certainty})")


def _notes(ev: LinkedEvent, unplaced: str | None = None) -> str:
    who = ev.actor.name if ev.actor else "unidentified actor"
    whom = f" against {ev.recipient.name}" if ev.recipient else ""
    where = f" in {ev.location.name}" if ev.location else ""
    parts = [f"{ev.event_type}{'/' + ev.mode if ev.mode else ''}: {who}{whom}{where}."]
    if ev.actor is not None and ev.actor.how == "claimed":
        parts.append(f"{ev.actor.name} claimed responsibility.")  # the actor rests on its claim (actors.claimed)
    # a running total or a sum over a country is context, not a figure competing with the event's own
    # (Count.aggregate; ACLED codebook 2023, Fatalities: the event's own)
    own, sums = [c for c in ev.counts if not c.aggregate], [c for c in ev.counts if c.aggregate]
    if own:
        parts.append(f"Reported: {'; '.join(_figure(c) for c in own)}.")
    if sums:
        parts.append(f"Context, a sum over many incidents: {'; '.join(_figure(c, c.aggregate) for c in sums)}.")
    if unplaced is not None:
        parts.append(f"{unplaced} is not in the gazetteer: coded to its region {ev.location.admin1}.")
    parts.append(f"{len(ev.mentions)} report(s). [dotterel {ev.event_id}]")
    return " ".join(parts)


def write_acled(events: Iterable[LinkedEvent], out: str | IO[str], *, ontology: Ontology | None = None,
                timestamp: int | None = None, raw: bool = False) -> ExportReport:
    """Write linked events as ACLED-style CSV with a header row.

    Parameters
    ----------
    events : Iterable[LinkedEvent]
        Streamed; each row is validated as an :class:`AcledRow` before it is written.
    out : str | os.PathLike | IO[str]
        File path, or an open text stream (left open).
    ontology : Ontology, optional
        Loaded once if not given.
    timestamp : int, optional
        Unix time for the ``timestamp`` column; the current time by default.
    raw : bool, optional
        Write every cell as it is. By default a text cell starting with
        ``= + - @``, tab or CR gets a ``'`` before it, so a spreadsheet does
        not run it as a formula (OWASP "CSV Injection";
        :func:`dotterel.export._common.escape_formula`).

    Returns
    -------
    ExportReport
        Rows written and the events skipped, by reason.

    Raises
    ------
    ExportError
        When the output cannot be opened or a row fails validation.
    """
    onto = ontology or Ontology.load()
    stamp = int(time.time()) if timestamp is None else timestamp

    def start(fh):
        writer = csv.writer(fh, lineterminator="\r\n")  # RFC 4180; with "\n" a lone "\r" in a cell is left unquoted
        writer.writerow(ACLED_COLUMNS)
        return row_writer(writer.writerow, raw=raw)

    regions = _Regions()
    return stream_export("acled", events, out, start=start,
                         convert=lambda ev: acled_row(ev, ontology=onto, timestamp=stamp, region_of=regions).cells())


class _Regions:
    """The gazetteer's first-level regions, loaded at the first event whose place only its region locates."""

    def __init__(self) -> None:
        self._gazetteer: GazetteerIndex | None = None

    def __call__(self, code: str) -> Candidate | None:
        if self._gazetteer is None:
            self._gazetteer = GazetteerIndex.load()
        return self._gazetteer.admin1_entry(code)


def register_exporters() -> tuple[WriterExporter, ...]:
    """The exporter of this module: ``acled``, ACLED-style CSV (see :mod:`dotterel.export.base`)."""
    return (WriterExporter("acled", "text/csv; charset=utf-8", ".acled.csv", write_acled,
                           options=("ontology", "timestamp", "raw"), served_as="acled"),)
