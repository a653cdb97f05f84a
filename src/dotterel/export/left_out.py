"""Why an export left events out: the reasons grouped, counted and written per event.

The reasons themselves have one home, the format converters
(:mod:`~dotterel.export.acled`, :mod:`~dotterel.export.cameo`,
:mod:`~dotterel.export.plover`), which raise
:class:`~dotterel.errors.Unmappable` with a short reason for an event their
format cannot express (it is left out, never given a default). The writers
collect them in :class:`~dotterel.export.ExportReport`. This module only reads
that report: :func:`preview_export` runs an export without keeping the file,
:func:`left_out_summary` groups the reasons for people (the CLI's table, the
API's ``GET /export/left-out``, the dataset page), and :func:`write_left_out`
writes one line per left-out event (``dotterel export --left-out FILE``).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping
from typing import IO

from pydantic import BaseModel, ConfigDict, Field

from dotterel.export._common import ExportError, ExportReport, open_text

__all__ = ["LeftOutCase", "LeftOutReason", "LeftOutSummary", "group_reasons", "left_out_summary",
           "preview_export", "write_left_out"]


class LeftOutCase(BaseModel):
    """One case of a grouped reason ("ACCUSE/disapprove" of "no ACLED sub-event type").

    Attributes
    ----------
    case : str
    events : int
    """

    model_config = ConfigDict(frozen=True)
    case: str
    events: int = Field(ge=1)


class LeftOutReason(BaseModel):
    """One reason an export left events out, with how many and which.

    Attributes
    ----------
    reason : str
        The words before " for " of the converters' reasons ("no ACLED
        sub-event type"), or the whole reason when it names no case ("no actor").
    events : int
        Events left out for it.
    cases : list[LeftOutCase]
        The cases after " for ", most first; empty when the reason names none.
    event_ids : list[str]
        The events left out for it, in export order.
    """

    model_config = ConfigDict(frozen=True)
    reason: str
    events: int = Field(ge=1)
    cases: list[LeftOutCase] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list)


class LeftOutSummary(BaseModel):
    """What an export holds of a selection, and why the rest is left out.

    Attributes
    ----------
    format : str
        The exporter's name (``acled``, ``cameo``, ``plover``, ``plover-json``...).
    total : int
        Events in the selection.
    held : int
        Events the file holds (rows written).
    left_out : list[LeftOutReason]
        Most events first, then by reason; their ``events`` add up to ``total - held``.
    """

    model_config = ConfigDict(frozen=True)
    format: str
    total: int = Field(ge=0)
    held: int = Field(ge=0)
    left_out: list[LeftOutReason] = Field(default_factory=list)


def group_reasons(unmapped: Mapping[str, int]) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """Group an export's reasons on the words before " for ".

    Parameters
    ----------
    unmapped : Mapping[str, int]
        Reason -> events (:attr:`dotterel.export.ExportReport.unmapped`).

    Returns
    -------
    list[tuple[str, int, list[tuple[str, int]]]]
        ``(reason, events, [(case, events), ...])``, most events first, then
        by reason; cases likewise; no cases for a reason that names none.

    Examples
    --------
    >>> group_reasons({"no ACLED sub-event type for AGREE/-": 2, "no actor": 1,
    ...                "no ACLED sub-event type for ACCUSE/disapprove": 3})
    [('no ACLED sub-event type', 5, [('ACCUSE/disapprove', 3), ('AGREE/-', 2)]), ('no actor', 1, [])]
    """
    groups: dict[str, list[tuple[str, int]]] = {}
    for reason, n in unmapped.items():
        head, sep, case = reason.partition(" for ")
        groups.setdefault(head if sep else reason, []).append((case, n) if sep else ("", n))
    out = []
    for head, cases in groups.items():
        details = sorted(((c, n) for c, n in cases if c), key=lambda cn: (-cn[1], cn[0]))
        out.append((head, sum(n for _, n in cases), details))
    return sorted(out, key=lambda g: (-g[1], g[0]))


def left_out_summary(report: ExportReport) -> LeftOutSummary:
    """Group the events an export left out by reason, with their ids.

    Parameters
    ----------
    report : ExportReport

    Returns
    -------
    LeftOutSummary

    Examples
    --------
    >>> from dotterel.export import SkippedEvent
    >>> r = ExportReport.build("cameo", 3, 1, [SkippedEvent(event_id="ev:1", reason="date not known to the day")] * 2)
    >>> s = left_out_summary(r)
    >>> (s.held, s.total, s.left_out[0].reason, s.left_out[0].events)
    (1, 3, 'date not known to the day', 2)
    """
    ids: dict[str, list[str]] = {}
    for skipped in report.skipped:
        head, sep, _case = skipped.reason.partition(" for ")
        ids.setdefault(head if sep else skipped.reason, []).append(skipped.event_id)
    reasons = [
        LeftOutReason(reason=head, events=n, cases=[LeftOutCase(case=c, events=k) for c, k in cases],
                      event_ids=ids.get(head, []))
        for head, n, cases in group_reasons(report.unmapped)
    ]
    return LeftOutSummary(format=report.format, total=report.events_read, held=report.rows_written, left_out=reasons)


def preview_export(events: Iterable, fmt: str, *, ontology=None) -> ExportReport:
    """Run an export into memory and return its report (what the file would hold, and what it leaves out).

    Parameters
    ----------
    events : Iterable[LinkedEvent]
    fmt : str
        An exporter name (:data:`~dotterel.export.base.EXPORTERS`).
    ontology : Ontology, optional

    Returns
    -------
    ExportReport
        The same report :func:`~dotterel.export.write_export` gives for the
        same events (the ``timestamp`` column is fixed at 0; it decides nothing).

    Raises
    ------
    ExportError
        As :func:`~dotterel.export.write_export`.
    """
    from dotterel.export import EXPORTERS, write_export

    exporter = EXPORTERS.get(fmt)
    sink: IO = io.BytesIO() if exporter is not None and exporter.binary else io.StringIO()
    return write_export(events, fmt, sink, ontology=ontology, timestamp=0)


def write_left_out(report: ExportReport, out: str | os.PathLike[str] | IO[str], *, jsonl: bool | None = None) -> int:
    """Write one line per event an export left out: its id, the format and the reason.

    Parameters
    ----------
    report : ExportReport
    out : str | os.PathLike | IO[str]
        A path ending in ``.jsonl`` or ``.json`` gets JSON Lines
        (``{"event_id", "format", "reason"}``); any other path, or a stream,
        CSV with the header ``event_id,format,reason``.
    jsonl : bool | None, keyword-only
        JSON Lines (True) or CSV (False) whatever the name says; None: from
        the name, as above.

    Returns
    -------
    int
        Lines written (events left out).

    Raises
    ------
    ExportError
        When the file cannot be written.
    """
    as_json = jsonl if jsonl is not None else (
        isinstance(out, (str, os.PathLike)) and os.fspath(out).lower().endswith((".jsonl", ".json")))
    with open_text(out) as fh:
        try:
            if as_json:
                for s in report.skipped:
                    fh.write(json.dumps({"event_id": s.event_id, "format": report.format, "reason": s.reason},
                                        ensure_ascii=False) + "\n")
            else:
                writer = csv.writer(fh)
                writer.writerow(["event_id", "format", "reason"])
                writer.writerows([s.event_id, report.format, s.reason] for s in report.skipped)
        except OSError as exc:
            raise ExportError(f"cannot write the left-out events ({exc.strerror}); check the path") from exc
    return len(report.skipped)
