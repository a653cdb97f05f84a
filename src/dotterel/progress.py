"""Progress on a terminal for the CLI.

A corpus run and its summary line, an evaluation's record count, and the one-time build of the place index.

On a terminal, a rich live line shows documents coded, documents per second,
event mentions found and errors (``dotterel run``), or the records scored of
one gold set (``dotterel evaluate``); when the stream is not a terminal
(piped, redirected, CI) nothing is drawn. The run's summary line is always given.

The first run on a machine builds the place index (:meth:`Gazetteer.load`);
:func:`load_place_index` says so on standard error before it starts and when
it ends, terminal or not, so that a silent minute is never taken for a hang.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any, TextIO

from dotterel.runner import RunProgress, RunSummary

if TYPE_CHECKING:
    from dotterel.places import Gazetteer

__all__ = ["CountDisplay", "RunDisplay", "load_place_index"]

BUILD_TIME_NOTE = "about 15 s on an idle laptop, up to 1.5 min on a busy one"
"""How long the first build of the place index takes (measured: 12-15 s idle, 86 s on a busy laptop, issue 13)."""


def load_place_index(stream: TextIO, *, cache_dir: str | os.PathLike[str] | None = None) -> "Gazetteer":
    """Load the place index, telling ``stream`` when it has to be built first.

    Parameters
    ----------
    stream : TextIO
        Where to write (standard error). When the index is in the cache
        nothing is written; when it must be built, one line before the build
        (what, where, how long it takes) and one after it (the time taken).
        On a terminal a spinner with the elapsed time runs meanwhile.
    cache_dir : str | os.PathLike | None, keyword-only
        As :meth:`dotterel.places.Gazetteer.load`.

    Returns
    -------
    Gazetteer

    Raises
    ------
    OSError
        As :meth:`Gazetteer.load` (the cache directory cannot be written).
    """
    from dotterel.places import Gazetteer
    from dotterel.places.index_build import index_path

    path = index_path(cache_dir)
    if path.exists():
        return Gazetteer.load(cache_dir=cache_dir)
    stream.write(f"dotterel: first run: building the place index from GeoNames data in {path.parent} "
                 f"(once; {BUILD_TIME_NOTE})...\n")
    stream.flush()
    started = time.monotonic()
    with _Spinner(stream, "building the place index"):
        gazetteer = Gazetteer.load(cache_dir=cache_dir)
    size = path.stat().st_size / 1e6 if path.exists() else 0.0
    stream.write(f"dotterel: place index built in {time.monotonic() - started:.1f} s ({size:.0f} MB); "
                 "later runs load it in about a second\n")
    stream.flush()
    return gazetteer


class _LiveLine:
    """A transient rich progress line on ``stream``, drawn only when it is a terminal (base of the displays)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._progress = None

    def _is_terminal(self) -> bool:
        isatty = getattr(self._stream, "isatty", None)
        return isatty is not None and bool(isatty())

    def _start(self, *columns: Any) -> Any:
        from rich.console import Console
        from rich.progress import Progress

        self._progress = Progress(*columns, console=Console(file=self._stream), transient=True)
        self._progress.start()
        return self._progress

    def __exit__(self, *exc_info: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


class _Spinner(_LiveLine):
    """A spinner with elapsed time while a one-time build runs (terminal only)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        super().__init__(stream)
        self._label = label

    def __enter__(self) -> _Spinner:
        if self._is_terminal():
            from rich.progress import SpinnerColumn, TimeElapsedColumn

            progress = self._start(SpinnerColumn(), "{task.description}", TimeElapsedColumn())
            progress.add_task(self._label, total=None)
        return self


class CountDisplay(_LiveLine):
    """A live count of the records scored from one gold set (``dotterel evaluate``).

    Parameters
    ----------
    stream : TextIO
        Where to draw (standard error); nothing is drawn unless it is a
        terminal (``stream.isatty()``).
    label : str
        Shown before the count, e.g. ``"timeml TimeBank"``.

    Examples
    --------
    >>> import io
    >>> with CountDisplay(io.StringIO(), "gold") as display:   # not a terminal: silent
    ...     display.tick()
    """

    def __init__(self, stream: TextIO, label: str) -> None:
        super().__init__(stream)
        self._label = label
        self._task = None

    def __enter__(self) -> CountDisplay:
        if self._is_terminal():
            from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TimeElapsedColumn

            progress = self._start(SpinnerColumn(), "[progress.description]{task.description}", BarColumn(),
                                   MofNCompleteColumn(), TimeElapsedColumn())
            self._task = progress.add_task(self._label, total=None)
        return self

    def tick(self) -> None:
        """Count one more record (no-op when not on a terminal)."""
        if self._progress is not None:
            self._progress.advance(self._task)


class RunDisplay(_LiveLine):
    """A live progress display for :func:`dotterel.runner.run_corpus`.

    Parameters
    ----------
    stream : TextIO
        Where to draw (standard error); nothing is drawn unless it is a
        terminal (``stream.isatty()``).

    Examples
    --------
    >>> import io
    >>> with RunDisplay(io.StringIO()) as display:   # not a terminal: silent
    ...     display.update(RunProgress(documents=3, mentions=5, seconds=1.5))
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._task = None

    def __enter__(self) -> RunDisplay:
        if self._is_terminal():
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = self._start(
                SpinnerColumn(),
                TextColumn("{task.fields[documents]:,} documents"),
                TextColumn("{task.fields[rate]:.1f} documents/s"),
                TextColumn("{task.fields[mentions]:,} events found"),
                TextColumn("{task.fields[unchanged]:,} unchanged"),
                TextColumn("{task.fields[errors]:,} errors"),
                TimeElapsedColumn(),
            )
            self._task = progress.add_task(
                "run", total=None, documents=0, rate=0.0, mentions=0, unchanged=0, errors=0
            )
        return self

    def update(self, progress: RunProgress) -> None:
        """Show the latest progress (no-op when not on a terminal).

        Parameters
        ----------
        progress : RunProgress
        """
        if self._progress is None:
            return
        rate = progress.documents / progress.seconds if progress.seconds > 0 else 0.0
        self._progress.update(
            self._task,
            documents=progress.documents,
            rate=rate,
            mentions=progress.mentions,
            unchanged=progress.unchanged,
            errors=progress.errors,
        )

    @staticmethod
    def summary_line(summary: RunSummary) -> str:
        """The one line printed at the end of a run.

        Parameters
        ----------
        summary : RunSummary

        Returns
        -------
        str

        Examples
        --------
        >>> RunDisplay.summary_line(RunSummary(run_id="r", documents=10, mentions=25, events=20,
        ...                                    errors=1, seconds=4.0, errors_path="e.jsonl"))
        'dotterel run: 10 documents coded (2.5/s), 0 unchanged, 25 event mentions, 20 events in the store, 1 error (see e.jsonl), 4.0 s'
        """
        rate = summary.documents / summary.seconds if summary.seconds > 0 else 0.0
        errors = f"{summary.errors:,} error{'s' if summary.errors != 1 else ''}"
        if summary.errors:
            errors += f" (see {summary.errors_path})"
        resumed = f", {summary.resumed_shards} shards resumed" if summary.resumed_shards else ""
        return (
            f"dotterel run: {summary.documents:,} documents coded ({rate:.1f}/s), {summary.unchanged:,} unchanged, "
            f"{summary.mentions:,} event mentions, {summary.events:,} events in the store, {errors}, "
            f"{summary.seconds:.1f} s{resumed}"
        )
