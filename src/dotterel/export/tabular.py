"""dotterel's own linked-event fields as JSON Lines, CSV or Parquet.

* ``jsonl``: one :class:`~dotterel.dedup.LinkedEvent` per line, exactly
  ``LinkedEvent.model_dump_json()``; ``LinkedEvent.model_validate_json`` reads
  a line back to an equal record.
* ``csv``: one flat row per event (:class:`FlatRow`, columns
  :data:`FLAT_COLUMNS`): the PLOVER fields, best actor/recipient/place/date,
  the date range, the number of mentions, the outlets and mention ids (joined
  with ``;``) and the conservative figure of each count kind (empty when
  none).
* ``parquet``: the same flat columns with Arrow types (:func:`parquet_schema`)
  plus ``record``, the full event as JSON, so nothing is lost; written in row
  groups of ``batch_size`` events with :mod:`pyarrow`.

Every row is validated (the event itself for ``jsonl``, :class:`FlatRow` for
the others) before it is written. These formats express every event, so none
is skipped.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from typing import IO, Any, BinaryIO

from pydantic import BaseModel, ConfigDict, ValidationError

from dotterel.dedup import LinkedEvent
from dotterel.export._common import ExportError, ExportReport, open_text, row_writer
from dotterel.export.base import WriterExporter
from dotterel.records import GeoPrecision, TimePrecision

__all__ = ["register_exporters", "FlatRow", "FLAT_COLUMNS", "parquet_schema", "COUNT_KINDS", "flat_row",
           "write_jsonl", "write_csv", "write_parquet"]

COUNT_KINDS: tuple[str, ...] = ("killed", "injured", "arrested", "participants", "troops", "abducted")
"""Count kinds, in column order."""


class FlatRow(BaseModel):
    """One linked event as flat, typed columns (``None`` -> empty CSV cell / Parquet null).

    ``context``, ``sources`` and ``mention_ids`` are joined with ``;``;
    dates are ISO 8601; coordinates WGS84 degrees; the last six columns are
    the conservative figures (people).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    event_id: str
    event_type: str
    mode: str | None = None
    context: str | None = None
    quad_class: str
    cameo: str
    sub_event_type: str | None = None
    actor_name: str | None = None
    actor_country: str | None = None
    actor_sector: str | None = None
    actor_wikidata: str | None = None
    recipient_name: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None
    recipient_wikidata: str | None = None
    location_name: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: GeoPrecision | None = None
    date: str | None = None
    time_precision: TimePrecision | None = None
    earliest: str | None = None
    latest: str | None = None
    dates_consistent: bool
    credible: bool
    n_mentions: int
    sources: str | None = None
    mention_ids: str
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    participants: int | None = None
    troops: int | None = None
    abducted: int | None = None


FLAT_COLUMNS: tuple[str, ...] = tuple(FlatRow.model_fields)
"""The CSV columns, in order (the Parquet file adds ``record``)."""


def parquet_schema():
    """Return the Arrow schema of the Parquet export: :data:`FLAT_COLUMNS` typed, then ``record`` (JSON text).

    Strings for text and ISO dates, int64 for ids and counts, float64 for
    coordinates, bool for flags; pyarrow is imported on call, not on import.
    """
    import pyarrow as pa

    types = {
        "geonameid": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64(),
        "dates_consistent": pa.bool_(), "credible": pa.bool_(), "n_mentions": pa.int32(),
        **{k: pa.int64() for k in COUNT_KINDS},
    }
    fields = [pa.field(c, types.get(c, pa.string()), nullable=c not in ("event_id", "event_type", "quad_class",
                                                                        "cameo", "mention_ids"))
              for c in FLAT_COLUMNS]
    return pa.schema([*fields, pa.field("record", pa.string(), nullable=False)])


def _join(values: Iterable[str]) -> str | None:
    out = ";".join(values)
    return out or None


def flat_row(ev: LinkedEvent) -> FlatRow:
    """Flatten one linked event to a :class:`FlatRow`.

    Raises
    ------
    pydantic.ValidationError
        Never for a valid :class:`LinkedEvent` (it would be a bug).
    """
    a, r, loc, d = ev.actor, ev.recipient, ev.location, ev.date
    values: dict[str, Any] = dict(
        event_id=ev.event_id, event_type=ev.event_type, mode=ev.mode, context=_join(ev.context),
        quad_class=ev.quad_class, cameo=ev.cameo, sub_event_type=ev.sub_event_type,
        actor_name=a and a.name, actor_country=a and a.country, actor_sector=a and a.sector,
        actor_wikidata=a and a.wikidata, recipient_name=r and r.name, recipient_country=r and r.country,
        recipient_sector=r and r.sector, recipient_wikidata=r and r.wikidata,
        location_name=loc and loc.name, geonameid=loc and loc.geonameid, latitude=loc and loc.latitude,
        longitude=loc and loc.longitude, country=loc and loc.country, admin1=loc and loc.admin1,
        geo_precision=loc and loc.geo_precision, date=d and d.value, time_precision=d and d.time_precision,
        earliest=ev.earliest, latest=ev.latest, dates_consistent=ev.dates_consistent, credible=ev.credible,
        n_mentions=len(ev.mentions), sources=_join(ev.sources), mention_ids=";".join(m.mention_id for m in ev.mentions),
    )
    for kind in COUNT_KINDS:
        values[kind] = ev.conservative_value(kind)
    return FlatRow(**values)


def _checked_flat(ev: LinkedEvent, fmt: str) -> FlatRow:
    try:
        return flat_row(ev)
    except ValidationError as exc:
        raise ExportError(f"event {ev.event_id}: {fmt} row invalid ({exc.errors()[0]['msg']})") from exc


def write_jsonl(events: Iterable[LinkedEvent], out: str | IO[str]) -> ExportReport:
    """Write linked events as JSON Lines (``LinkedEvent.model_dump_json()``, one per line).

    Each line is read back with ``LinkedEvent.model_validate_json`` before it is written.

    Raises
    ------
    ExportError
        When the output cannot be opened or a line does not read back equal.
    """
    read = 0
    with open_text(out) as fh:
        for ev in events:
            read += 1
            line = ev.model_dump_json()
            if LinkedEvent.model_validate_json(line) != ev:
                raise ExportError(f"event {ev.event_id}: JSON line does not read back equal")
            fh.write(line + "\n")
    return ExportReport.build("jsonl", read, read, [])


def write_csv(events: Iterable[LinkedEvent], out: str | IO[str], *, raw: bool = False) -> ExportReport:
    """Write linked events as CSV (header :data:`FLAT_COLUMNS`, one :class:`FlatRow` per event).

    A text cell starting with ``= + - @``, tab or CR is written with a ``'``
    before it, so a spreadsheet does not run it as a formula
    (:func:`dotterel.export._common.escape_formula`); ``raw=True`` writes
    every cell as it is.

    Raises
    ------
    ExportError
        When the output cannot be opened or a row fails validation.
    """
    read = 0
    with open_text(out) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")  # RFC 4180; with "\n" a lone "\r" in a cell is left unquoted
        writer.writerow(FLAT_COLUMNS)
        write = row_writer(writer.writerow, raw=raw)
        for ev in events:
            read += 1
            row = _checked_flat(ev, "csv").model_dump()
            write(["" if row[c] is None else row[c] for c in FLAT_COLUMNS])
    return ExportReport.build("csv", read, read, [])


def write_parquet(events: Iterable[LinkedEvent], out: str | os.PathLike[str] | BinaryIO, *,
                  batch_size: int = 1000) -> ExportReport:
    """Write linked events as Parquet (:func:`parquet_schema`), ``batch_size`` events per row group.

    Parameters
    ----------
    events : Iterable[LinkedEvent]
    out : str | os.PathLike | BinaryIO
        File path, or a binary stream.
    batch_size : int, optional
        Events per row group (>= 1).

    Raises
    ------
    ExportError
        When the output cannot be written or a row fails validation.
    ValueError
        When ``batch_size`` < 1.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, not {batch_size}")
    schema = parquet_schema()
    read = 0
    batch: list[dict[str, Any]] = []
    try:
        with pq.ParquetWriter(out, schema) as writer:
            for ev in events:
                read += 1
                row = _checked_flat(ev, "parquet").model_dump()
                row["record"] = ev.model_dump_json()
                batch.append(row)
                if len(batch) >= batch_size:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    except (OSError, pa.ArrowException) as exc:
        raise ExportError(f"{out}: cannot write the Parquet export ({exc}); check the path") from exc
    return ExportReport.build("parquet", read, read, [])


def register_exporters() -> tuple[WriterExporter, ...]:
    """The exporters of this module: ``jsonl``, ``csv`` and ``parquet`` (see :mod:`dotterel.export.base`)."""
    return (
        WriterExporter("jsonl", "application/x-ndjson", ".jsonl", write_jsonl, served_as="jsonl"),
        WriterExporter("csv", "text/csv; charset=utf-8", ".csv", write_csv, options=("raw",)),
        WriterExporter("parquet", "application/vnd.apache.parquet", ".parquet", write_parquet, binary=True),
    )
