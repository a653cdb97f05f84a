"""Export linked events: PLOVER JSON, ACLED-style CSV, CAMEO/Phoenix TSV, JSON Lines, CSV, Parquet.

One module per format (:mod:`~dotterel.export.plover`,
:mod:`~dotterel.export.acled`, :mod:`~dotterel.export.plover_json`,
:mod:`~dotterel.export.cameo`, :mod:`~dotterel.export.tabular`), each
registering its exporters in :data:`~dotterel.export.base.EXPORTERS`;
:func:`write_export` picks one by name.
Every writer streams its input, validates every row against its format's
schema before writing it, and returns an :class:`ExportReport` with the rows
written and the events it could not map, by reason (an event is skipped,
never given a default value).

Example
-------
>>> from dotterel.export import write_export          # doctest: +SKIP
>>> report = write_export(linked_events, "acled", "events.csv")  # doctest: +SKIP
>>> report.rows_written, report.unmapped              # doctest: +SKIP
(41, {'no ACLED sub-event type for CONSULT/-': 7})
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from dotterel.dedup import LinkedEvent
from dotterel.export._common import ExportError, ExportReport, SkippedEvent
from dotterel.export.base import EXPORTERS, Exporter
from dotterel.ontology import Ontology

__all__ = ["FORMATS", "EXPORTERS", "Exporter", "write_export", "ExportReport", "SkippedEvent", "ExportError"]


def __getattr__(name: str) -> Any:
    # FORMATS reads the registry, which imports the format modules: only when asked for.
    if name == "FORMATS":
        return tuple(EXPORTERS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def write_export(
    events: Iterable[LinkedEvent],
    fmt: str,
    out: str | os.PathLike[str] | IO[Any],
    *,
    ontology: Ontology | None = None,
    timestamp: int | None = None,
    raw: bool = False,
) -> ExportReport:
    """Write linked events in one export format.

    Parameters
    ----------
    events : Iterable[LinkedEvent]
        Streamed once, in order.
    fmt : str
        A name of :data:`~dotterel.export.base.EXPORTERS` (also
        ``dotterel.export.FORMATS``, the same names as a tuple): ``plover``
        (PLOVER JSON Lines), ``acled`` (ACLED-style CSV), ``plover-json`` (a
        JSON array of PLOVER records), ``cameo`` (Phoenix-layout TSV),
        ``jsonl``, ``csv`` or ``parquet`` (dotterel's own fields).
    out : str | os.PathLike | IO
        File path, or an open stream left open after writing: a text stream
        for every format but ``parquet``, which needs a path or binary stream.
    ontology : Ontology, optional
        For ``plover``, ``plover-json``, ``acled`` and ``cameo``; loaded once
        if not given.
    timestamp : int, optional
        ``acled`` only: Unix time for the ``timestamp`` column (the current
        time by default; give one for reproducible files).
    raw : bool, optional
        ``acled``, ``cameo`` and ``csv``: write every cell as it is. By
        default a text cell starting with ``= + - @``, tab or CR gets a
        ``'`` before it, the escape OWASP's "CSV Injection" page gives, so a
        spreadsheet shows it as text instead of running it as a formula
        (numbers such as ``-43.25`` are left alone).

    Returns
    -------
    ExportReport
        ``rows_written``, ``skipped`` events and ``unmapped`` counts by reason.

    Raises
    ------
    ExportError
        For an unknown format, an output that cannot be written, or a row
        that fails its schema.
    """
    name = fmt.strip().lower() if isinstance(fmt, str) else fmt
    exporter = EXPORTERS.get(name)
    if exporter is None:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORTERS)}")
    # raw only when asked: an exporter registered by another package may not take it.
    extra = {"raw": True} if raw else {}
    return exporter.write(events, out, ontology=ontology, timestamp=timestamp, **extra)
