"""PLOVER records as one JSON array (the server's ``plover`` download).

The records are those of :mod:`dotterel.export.plover`, each validated
against the PLOVER JSON Schema; where that module writes one per line (JSON
Lines, for streams and corpora), this one joins them into a single JSON
document, which a browser or a spreadsheet tool opens as is. The whole file
is built in memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO

from dotterel.dedup import LinkedEvent
from dotterel.export._common import ExportReport, open_text
from dotterel.export.base import WriterExporter
from dotterel.export.plover import write_plover
from dotterel.ontology import Ontology

__all__ = ["register_exporters", "write_plover_json"]


def write_plover_json(
    events: Iterable[LinkedEvent], out: str | IO[str], *, ontology: Ontology | None = None
) -> ExportReport:
    r"""Write linked events as a JSON array of PLOVER records.

    Parameters
    ----------
    events : Iterable[LinkedEvent]
        Read once, in order.
    out : str | os.PathLike | IO[str]
        File path, or an open text stream (left open).
    ontology : Ontology, optional
        Loaded once if not given.

    Returns
    -------
    ExportReport
        ``format`` ``"plover-json"``; rows, skipped events and reasons as
        :func:`dotterel.export.plover.write_plover` counts them.

    Raises
    ------
    ExportError
        When the output cannot be opened or a record fails the schema.

    Examples
    --------
    >>> out = io.StringIO()
    >>> write_plover_json([], out).rows_written, out.getvalue()
    (0, '[]\\n')
    """
    buffer = io.StringIO()
    report = write_plover(events, buffer, ontology=ontology)
    # Each line is one validated JSON record: joined, they make a JSON array.
    lines = [line for line in buffer.getvalue().splitlines() if line]
    with open_text(out) as fh:
        fh.write("[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n")
    return report.model_copy(update={"format": "plover-json"})


def register_exporters() -> tuple[WriterExporter, ...]:
    """The exporter of this module: ``plover-json``, served as ``plover`` (see :mod:`dotterel.export.base`)."""
    return (WriterExporter("plover-json", "application/json", ".plover.json", write_plover_json,
                           options=("ontology",), cli=False, served_as="plover"),)
