"""Coding in several processes: each worker codes whole documents with a forked copy of the loaded coder.

spaCy's own ``nlp.pipe(n_process=N)`` parses in N workers but sends every
parsed ``Doc`` back to the calling process, which then runs all of
dotterel's stages alone (and, with the two passes, the whole second pass).
So the second process bought little: 0.63x bare spaCy's speed with 2
processes against 0.80x with 1, and 0.53x with the two passes. Here each
worker runs the whole coder on a share of the documents and sends back
only the records, which are small.

Workers are forked (the POSIX ``fork`` start method) after the loaded
objects are frozen out of the cycle collector's sight, so they share the
model, knowledge base and place index with the parent page by page instead
of loading them again (``dotterel run --processes N`` spawns workers that
each load the coder, which suits long runs). Where ``fork`` is not
available (Windows; macOS, where Python defaults to ``spawn``),
:meth:`dotterel.coder.Coder.code_documents` falls back to spaCy's
``n_process``.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from .pipeline.timing import StageTimes
from .records import Document
from .records.coded import CodedDocument

__all__ = ["can_fork", "code_in_processes"]

_coder_of_this_worker: list[Any] = []
"""The worker process's copy of the coder, set once by :func:`_start_worker` (empty in the parent)."""


def can_fork() -> bool:
    """Whether workers can be forked here (Linux and other POSIX systems but macOS).

    Returns
    -------
    bool
    """
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


def code_in_processes(coder: Any, documents: Iterable[Document], n_process: int,
                      chunk_size: int) -> Iterator[CodedDocument]:
    """Code ``documents`` in ``n_process`` forked workers, yielding the results in input order.

    Parameters
    ----------
    coder : dotterel.coder.Coder
        The loaded coder; each worker codes with its own forked copy.
    documents : iterable of Document
        Read lazily: at most ``2 * n_process`` chunks are in flight.
    n_process : int
        Worker processes (2 or more).
    chunk_size : int
        Documents per task.

    Yields
    ------
    CodedDocument

    Raises
    ------
    Exception
        Whatever a worker raised while coding a chunk, re-raised here.

    Notes
    -----
    The workers' stage timers are added to ``coder.stage_times``, so the
    shares per stage cover all the work.
    """
    context = multiprocessing.get_context("fork")
    stream = iter(documents)
    with context.Pool(n_process, initializer=_start_worker, initargs=(coder,)) as pool:
        pending: collections.deque = collections.deque()
        while True:
            while len(pending) < 2 * n_process and (chunk := list(itertools.islice(stream, chunk_size))):
                pending.append(pool.apply_async(_code_chunk, (chunk,)))
            if not pending:
                return
            coded, times = pending.popleft().get()
            coder.stage_times.merge(times)
            yield from coded


def _start_worker(coder: Any) -> None:
    _coder_of_this_worker.append(coder)


def _code_chunk(documents: list[Document]) -> tuple[list[CodedDocument], StageTimes]:
    coder = _coder_of_this_worker[0]
    coder.stage_times = StageTimes()
    return list(coder.code_documents(documents)), coder.stage_times
