"""What every export writer shares: the report, the skip signal and opening the output.

Writers stream: they take an iterable of :class:`~dotterel.dedup.LinkedEvent`,
validate each row against their format's schema and write it at once, so a
corpus never has to fit in memory. An event a format cannot express is
skipped with a reason (never given a default value) and counted in the
:class:`ExportReport`.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dotterel.errors import ExportError, Unmappable  # noqa: F401  (defined with the whole tree)

__all__ = ["ExportError", "ExportReport", "SkippedEvent", "Unmappable", "open_text", "country_of", "stream_export"]


class SkippedEvent(BaseModel):
    """An event that was not written, and why.

    Attributes
    ----------
    event_id : str
    reason : str
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    event_id: str
    reason: str


class ExportReport(BaseModel):
    """What an export wrote and what it could not map.

    Attributes
    ----------
    format : str
        ``plover``, ``acled``, ``cameo``, ``jsonl``, ``csv`` or ``parquet``.
    events_read : int
        Linked events given to the writer.
    rows_written : int
        Rows (records, lines) written; each passed schema validation.
    skipped : list[SkippedEvent]
        Every event not written, with its reason, in input order.
    unmapped : dict[str, int]
        The same, counted by reason.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    format: str
    events_read: int = Field(ge=0)
    rows_written: int = Field(ge=0)
    skipped: list[SkippedEvent] = Field(default_factory=list)
    unmapped: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def build(cls, fmt: str, events_read: int, rows_written: int, skipped: list[SkippedEvent]) -> "ExportReport":
        """Make a report, counting ``skipped`` by reason."""
        counts = Counter(s.reason for s in skipped)
        return cls(format=fmt, events_read=events_read, rows_written=rows_written, skipped=skipped,
                   unmapped=dict(sorted(counts.items())))


@contextlib.contextmanager
def open_text(out: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    """Yield a text stream for ``out``: a path is opened (UTF-8, ``newline=""``) and closed; a stream is used as is.

    Raises
    ------
    ExportError
        When the path cannot be opened for writing.
    """
    if isinstance(out, (str, os.PathLike)):
        try:
            fh = open(out, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise ExportError(f"{os.fspath(out)}: cannot write the export ({exc.strerror}); check the path") from exc
        with fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "write"):
        yield out
    else:
        raise ExportError(f"cannot write an export to {out!r}; give a file path or a text stream")


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection")."""

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def escape_formula(cell: Any) -> Any:
    """A cell a spreadsheet will not run as a formula: text starting with ``= + - @``, tab or CR gets a ``'`` before it.

    The escape OWASP's "CSV Injection" page recommends: a leading single
    quote makes Excel, LibreOffice and Google Sheets show the cell as text.
    Numbers (``-12.5``, ``+3``) are left as they are, so coordinates and
    counts stay numbers; so is every value that is not a string.

    Parameters
    ----------
    cell : Any

    Returns
    -------
    Any
        ``cell``, or ``"'" + cell``.

    Examples
    --------
    >>> escape_formula("=1+2"), escape_formula("-43.25"), escape_formula("@SUM(A1)"), escape_formula(7)
    ("'=1+2", '-43.25', "'@SUM(A1)", 7)
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_LEADS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def row_writer(write: Callable[[list[Any]], object], *, raw: bool) -> Callable[[Sequence[Any]], object]:
    """Wrap a function that writes a row of cells so every cell goes through :func:`escape_formula` unless ``raw``.

    Parameters
    ----------
    write : callable
        Writes one row, e.g. ``csv.writer(fh).writerow``.
    raw : bool
        Keep cells exactly as they are (``dotterel export --raw``).

    Returns
    -------
    callable
    """
    if raw:
        return write
    return lambda cells: write([escape_formula(c) for c in cells])


def country_of(alpha3: str | None):
    """The pycountry record of an ISO 3166-1 alpha-3 code, or ``None`` (unknown code, ``IGO``)."""
    if not alpha3 or len(alpha3) != 3:
        return None
    return pycountry.countries.get(alpha_3=alpha3.upper())


def stream_export(
    fmt: str,
    events: Iterable[Any],
    out: str | os.PathLike[str] | IO[str],
    *,
    start: Callable[[IO[str]], Callable[[Any], object]],
    convert: Callable[[Any], Any],
) -> ExportReport:
    """Run one text export: open ``out``, write each converted event, count the skipped ones.

    Parameters
    ----------
    fmt : str
        Format name for the report and messages.
    events : Iterable[LinkedEvent]
        Streamed once.
    out : str | os.PathLike | IO[str]
        Path or text stream (see :func:`open_text`).
    start : Callable[[IO[str]], Callable[[row], object]]
        Called once with the open stream; writes any header and returns the
        function that writes one converted row.
    convert : Callable[[LinkedEvent], row]
        Maps and validates one event; raises :class:`Unmappable` to skip it,
        :class:`pydantic.ValidationError` when the row breaks its schema.

    Returns
    -------
    ExportReport

    Raises
    ------
    ExportError
        When the output cannot be opened or a row fails validation (naming the event).
    """
    read = written = 0
    skipped: list[SkippedEvent] = []
    with open_text(out) as fh:
        write = start(fh)
        for ev in events:
            read += 1
            try:
                row = convert(ev)
            except Unmappable as exc:
                skipped.append(SkippedEvent(event_id=ev.event_id, reason=exc.reason))
                continue
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "<row>"
                raise ExportError(f"event {ev.event_id}: {fmt} row invalid at {where}: {first['msg']}") from exc
            write(row)
            written += 1
    return ExportReport.build(fmt, read, written, skipped)
