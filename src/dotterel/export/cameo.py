"""CAMEO event rows in the Phoenix (OEDA) tab-separated layout, as GDELT-era tools read them.

Columns, in the Phoenix order (:data:`PHOENIX_COLUMNS`; openeventdata
phoenix_pipeline output, also read by R ``phoxy``/``phoenixNet``): EventID,
Date, Year, Month, Day, SourceActorFull, SourceActorEntity, SourceActorRole,
SourceActorAttribute, TargetActorFull, TargetActorEntity, TargetActorRole,
TargetActorAttribute, EventCode, EventRootCode, QuadClass, GoldsteinScore,
Issues, Lat, Lon, LocationName, StateName, CountryCode, SentenceID, URLs,
NewsSources. A header row is written first; cells never hold tabs or line
breaks (they become spaces).

* ``Date`` is ``YYYYMMDD``; Phoenix rows are day-precise, so an event whose
  ``earliest``..``latest`` range is more than one day is skipped.
* CAMEO actor codes are built from country and sector: ``SourceActorEntity``
  is the ISO 3166-1 alpha-3 code (or ``IGO``), ``SourceActorRole`` the sector
  when it is a CAMEO role code (:data:`CAMEO_ROLES`, CAMEO codebook 1.1b3
  chapter on actor codes), ``SourceActorFull`` the two joined (``KAZCOP``).
  ``SourceActorAttribute`` stays empty. A source actor without a country is
  skipped (CAMEO has no code for it); an unknown target leaves the target
  columns empty.
* ``EventCode`` is the event's CAMEO code, ``EventRootCode`` its first two
  digits, ``QuadClass`` the PLOVER quad code 1-4.
* ``GoldsteinScore`` and ``Issues`` stay empty: dotterel ships no Goldstein
  table and codes no Phoenix issues.
* ``Lat``/``Lon``/``LocationName``/``StateName`` (admin1)/``CountryCode``
  (alpha-3) come from the location; empty when there is none.
* ``SentenceID`` lists the mention ids, ``URLs`` and ``NewsSources`` the
  mentions' URLs and outlets, each joined with ``;``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import IO

from pydantic import BaseModel, ConfigDict, Field

from dotterel.dedup import LinkedEvent
from dotterel.export._common import ExportReport, Unmappable, country_of, row_writer, stream_export
from dotterel.export.base import WriterExporter
from dotterel.ontology import Ontology
from dotterel.records import Actor

__all__ = ["register_exporters", "PHOENIX_COLUMNS", "CAMEO_ROLES", "PhoenixRow", "cameo_actor_code", "phoenix_row", "write_cameo"]

PHOENIX_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
)
"""The Phoenix event columns, in order."""

CAMEO_ROLES: frozenset[str] = frozenset({
    # domestic role codes
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
    # other role codes
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
})
"""CAMEO 1.1b3 role codes a sector may become (PLOVER sectors outside this set get no role)."""


class PhoenixRow(BaseModel):
    """One Phoenix-layout row; ``None`` is written as an empty cell.

    ``EventCode`` is a 3- or 4-digit CAMEO code, ``EventRootCode`` its 2-digit
    cue category, ``QuadClass`` 1-4, actor entities three upper-case letters.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    EventID: str = Field(min_length=1)
    Date: str = Field(pattern=r"^\d{8}$")
    Year: int = Field(ge=1900, le=2100)
    Month: int = Field(ge=1, le=12)
    Day: int = Field(ge=1, le=31)
    SourceActorFull: str = Field(pattern=r"^[A-Z]{3}([A-Z]{3})?$")
    SourceActorEntity: str = Field(pattern=r"^[A-Z]{3}$")
    SourceActorRole: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    SourceActorAttribute: str | None = None
    TargetActorFull: str | None = Field(default=None, pattern=r"^[A-Z]{3}([A-Z]{3})?$")
    TargetActorEntity: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    TargetActorRole: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    TargetActorAttribute: str | None = None
    EventCode: str = Field(pattern=r"^\d{3,4}$")
    EventRootCode: str = Field(pattern=r"^\d{2}$")
    QuadClass: int = Field(ge=1, le=4)
    GoldsteinScore: float | None = None
    Issues: str | None = None
    Lat: float | None = Field(default=None, ge=-90, le=90)
    Lon: float | None = Field(default=None, ge=-180, le=180)
    LocationName: str | None = None
    StateName: str | None = None
    CountryCode: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    SentenceID: str = Field(min_length=1)
    URLs: str | None = None
    NewsSources: str | None = None

    def cells(self) -> list[str]:
        """The row as TSV cells in :data:`PHOENIX_COLUMNS` order (``None`` -> empty, tabs/newlines -> spaces)."""
        values = self.model_dump()
        return ["" if values[c] is None else " ".join(str(values[c]).split()) for c in PHOENIX_COLUMNS]


def cameo_actor_code(actor: Actor | None) -> tuple[str, str | None] | None:
    """CAMEO (entity, role) of an actor: ``("KAZ", "COP")``; ``None`` when it has no country.

    Parameters
    ----------
    actor : Actor | None

    Returns
    -------
    tuple[str, str | None] | None
        Entity is the ISO alpha-3 country code or ``IGO``; role is the sector
        when it is in :data:`CAMEO_ROLES`, else ``None``.
    """
    if actor is None or not actor.country:
        return None
    entity = actor.country.upper()
    if entity != "IGO" and country_of(entity) is None:
        return None
    role = actor.sector if actor.sector in CAMEO_ROLES else None
    return entity, role


def _join(values: Iterable[str | None]) -> str | None:
    out = ";".join(dict.fromkeys(v for v in values if v))
    return out or None


def phoenix_row(ev: LinkedEvent, *, ontology: Ontology) -> PhoenixRow:
    """Map one linked event to a :class:`PhoenixRow`.

    Raises
    ------
    Unmappable
        When the date is not one day, or the source actor has no CAMEO code.
    pydantic.ValidationError
        When a value falls outside the layout (a bug).
    """
    if ev.earliest is None or ev.earliest != ev.latest:
        raise Unmappable("date not known to the day")
    day = _dt.date.fromisoformat(ev.earliest)
    src = cameo_actor_code(ev.actor)
    if src is None:
        raise Unmappable("source actor has no CAMEO code (no actor or no country)")
    tgt = cameo_actor_code(ev.recipient)
    loc = ev.location
    return PhoenixRow(
        EventID=ev.event_id, Date=day.strftime("%Y%m%d"), Year=day.year, Month=day.month, Day=day.day,
        SourceActorFull=src[0] + (src[1] or ""), SourceActorEntity=src[0], SourceActorRole=src[1],
        TargetActorFull=(tgt[0] + (tgt[1] or "")) if tgt else None, TargetActorEntity=tgt[0] if tgt else None,
        TargetActorRole=tgt[1] if tgt else None, EventCode=ev.cameo, EventRootCode=ev.cameo[:2],
        QuadClass=ontology.quad_code(ev.event_type),
        Lat=loc.latitude if loc else None, Lon=loc.longitude if loc else None, LocationName=loc.name if loc else None,
        StateName=loc.admin1 if loc else None, CountryCode=loc.country if loc else None,
        SentenceID=";".join(m.mention_id for m in ev.mentions),
        URLs=_join(m.url for m in ev.mentions), NewsSources=_join(ev.sources),
    )


def write_cameo(
    events: Iterable[LinkedEvent], out: str | IO[str], *, ontology: Ontology | None = None, raw: bool = False
) -> ExportReport:
    """Write linked events as Phoenix-layout CAMEO TSV with a header row.

    Parameters
    ----------
    events : Iterable[LinkedEvent]
        Streamed; each row is validated as a :class:`PhoenixRow` before it is written.
    out : str | os.PathLike | IO[str]
        File path, or an open text stream (left open).
    ontology : Ontology, optional
        Gives the quad codes; loaded once if not given.
    raw : bool, optional
        Write every cell as it is; by default a text cell a spreadsheet
        would run as a formula gets a ``'`` before it (as
        :func:`write_acled`).

    Returns
    -------
    ExportReport

    Raises
    ------
    ExportError
        When the output cannot be opened or a row fails validation.
    """
    onto = ontology or Ontology.load()

    def start(fh):
        # Plain tab-joined lines, as Phoenix files are: cells hold no tabs or line breaks.
        fh.write("\t".join(PHOENIX_COLUMNS) + "\n")
        return row_writer(lambda cells: fh.write("\t".join(cells) + "\n"), raw=raw)

    return stream_export("cameo", events, out, start=start, convert=lambda ev: phoenix_row(ev, ontology=onto).cells())


def register_exporters() -> tuple[WriterExporter, ...]:
    """The exporter of this module: ``cameo``, Phoenix-layout TSV (see :mod:`dotterel.export.base`)."""
    return (WriterExporter("cameo", "text/tab-separated-values; charset=utf-8", ".cameo.tsv", write_cameo,
                           options=("ontology", "raw")),)
