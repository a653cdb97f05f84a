"""Where batches are coded: in this process, in local worker processes, or on a Dask cluster.

Every engine does the same thing with a batch of documents: code it with a
:class:`~dotterel.coder.Coder` that the worker loaded once, and produce one
shard file (:mod:`dotterel.runner.shards`). Engines differ only in where
that happens, so the same input gives the same shards, hence the same
database, on every engine.

- ``local`` with one process codes in the calling process.
- ``local`` with N processes uses a ``spawn`` process pool; each worker
  process builds its coder once, in the pool's initializer, and ends
  itself within :data:`PARENT_CHECK_SECONDS` when the run's process dies
  (even by ``kill -9``), writing no further shard.
- ``dask`` submits batches to a Dask cluster (a ``LocalCluster`` of N
  single-threaded worker processes by default, or a running scheduler); a
  worker plugin builds the coder once per worker. Dask workers return the
  shard's bytes and the calling process writes the file, so workers need no
  file system shared with the caller.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from typing import Any, Protocol

from dotterel.records import Document
from dotterel.runner.shards import shard_bytes, write_shard_file
from dotterel.store import CodedBatchItem, RecordedError

__all__ = ["Engine", "code_batch", "LocalEngine", "PoolEngine", "DaskEngine", "make_engine"]

_PLUGIN_NAME = "dotterel-coder"


def code_batch(coder: Any, documents: Sequence[Document]) -> tuple[list[CodedBatchItem], list[RecordedError]]:
    """Code a batch; a document that makes the coder fail becomes an error, the others are kept.

    Parameters
    ----------
    coder : dotterel.coder.Coder
    documents : Sequence[Document]

    Returns
    -------
    tuple[list[CodedBatchItem], list[RecordedError]]
        Coded documents in input order, and one ``stage="code"`` error per
        document that could not be coded (with its ``doc_id`` and path).
    """
    try:
        return _sorted(coder.code_documents(documents))
    except Exception:  # noqa: BLE001 - find the bad document below, keep the rest
        pass
    items, errors = [], []
    for doc in documents:
        try:
            one_items, one_errors = _sorted(coder.code_documents([doc]))
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
            err = RecordedError.from_input_error(exc, stage="code", doc_id=doc.doc_id)
            file, line = doc.file_and_line()
            errors.append(err if err.path else err.model_copy(update={"path": file, "line": line}))
            continue
        items += one_items
        errors += one_errors
    return items, errors


def _sorted(coded_documents: Any) -> tuple[list[CodedBatchItem], list[RecordedError]]:
    """Coded documents as shard items; one left out uncoded (another language) as a ``stage="code"`` error."""
    items, errors = [], []
    for c in coded_documents:
        error = c.skipped_error()
        if error is None:
            items.append(CodedBatchItem(document=c.document, events=c.events))
        else:
            errors.append(RecordedError.from_input_error(error, stage="code", doc_id=c.document.doc_id))
    return items, errors


def _shard(coder: Any, documents: Sequence[Document]) -> bytes:
    return shard_bytes(*code_batch(coder, documents))


class Engine(Protocol):
    """What the runner needs from an engine.

    ``submit`` starts coding a batch into the shard ``name`` in ``folder``
    and returns a handle; ``wait`` blocks until that shard file exists;
    ``close`` frees the workers.
    """

    def submit(self, documents: Sequence[Document], folder: str, name: str) -> Any:
        """Start coding ``documents`` into the shard file ``folder/name``."""

    def wait(self, handle: Any) -> None:
        """Block until the shard of ``handle`` is written; re-raise a worker failure."""

    def close(self) -> None:
        """Stop the workers (idempotent)."""


class LocalEngine:
    """Code in the calling process (``--engine local --processes 1``).

    Parameters
    ----------
    coder_factory : callable
        Builds the :class:`~dotterel.coder.Coder`, called once, on first use.
    """

    capacity = 1

    def __init__(self, coder_factory: Any) -> None:
        self._factory = coder_factory
        self._coder = None

    def submit(self, documents: Sequence[Document], folder: str, name: str) -> str:
        """Code now and write the shard; returns its path."""
        if self._coder is None:
            self._coder = self._factory()
        return write_shard_file(folder, name, _shard(self._coder, documents))

    def wait(self, handle: Any) -> None:
        """Nothing to wait for: :meth:`submit` already wrote the shard."""

    def close(self) -> None:
        """Drop the coder."""
        self._coder = None


# One coder per worker process of the pool, made by the pool's initializer:
# worker processes are the unit that loads the model once.
_POOL_CODER: list[Any] = []

PARENT_CHECK_SECONDS = 0.5
"""How often a pool worker checks that the process that started it is alive."""


def _parent_gone(parent: int) -> bool:
    # A process whose parent died is re-parented (to init or a subreaper): its parent id changes.
    return os.getppid() != parent


def _exit_when_orphaned(parent: int) -> None:
    """Loop of a worker's watchdog thread: end the worker at once when its parent has died.

    The pool's workers are separate processes; after ``kill -9`` of the run
    nothing tells them, and they went on coding and writing shard files for
    minutes. ``os._exit`` ends the process without cleanup handlers: an
    unfinished shard is only a temporary file, deleted by the next run.
    """
    while not _parent_gone(parent):
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _pool_init(coder_kwargs: dict[str, Any], parent: int) -> None:
    from dotterel.coder import Coder

    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="dotterel-parent-watch", daemon=True).start()
    _POOL_CODER[:] = [Coder(**coder_kwargs)]


def _pool_task(documents: Sequence[Document], folder: str, name: str, parent: int) -> str:
    data = _shard(_POOL_CODER[0], documents)
    if _parent_gone(parent):  # the run died while this batch was coded: write nothing more
        os._exit(1)
    return write_shard_file(folder, name, data)


class PoolEngine:
    """Code in N local worker processes (``--engine local --processes N``).

    Parameters
    ----------
    processes : int
        Worker processes (N >= 2); each loads the coder once.
    coder_kwargs : dict
        Keyword arguments of :class:`~dotterel.coder.Coder`.
    """

    def __init__(self, processes: int, coder_kwargs: dict[str, Any]) -> None:
        self.capacity = processes
        self._parent = os.getpid()
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_pool_init,
            initargs=(dict(coder_kwargs), self._parent),
        )

    def submit(self, documents: Sequence[Document], folder: str, name: str) -> concurrent.futures.Future:
        """Queue the batch on the pool."""
        return self._pool.submit(_pool_task, list(documents), folder, name, self._parent)

    def wait(self, handle: concurrent.futures.Future) -> None:
        """Wait for the worker; a worker's exception is raised here."""
        handle.result()

    def close(self) -> None:
        """Shut the pool down, cancelling batches not started."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _dask_task(documents: Sequence[Document]) -> bytes:
    from distributed import get_worker

    plugin = get_worker().plugins[_PLUGIN_NAME]
    return _shard(plugin.coder, documents)


class DaskEngine:
    """Code on a Dask cluster (``--engine dask``).

    Parameters
    ----------
    scheduler : str | None
        Address of a running scheduler (``tcp://host:8786``); ``None``
        starts a ``LocalCluster`` of ``processes`` single-threaded workers.
    processes : int
        Workers of the local cluster.
    coder_kwargs : dict
        Keyword arguments of :class:`~dotterel.coder.Coder`; every worker
        builds its coder once, through a worker plugin, when it joins.

    Raises
    ------
    ImportError
        When ``dask.distributed`` is not installed (``pip install 'dotterel[dask]'``).
    """

    def __init__(self, scheduler: str | None, processes: int, coder_kwargs: dict[str, Any]) -> None:
        from distributed import Client, LocalCluster, WorkerPlugin

        class CoderPlugin(WorkerPlugin):
            """Loads one dotterel Coder per Dask worker."""

            name = _PLUGIN_NAME

            def __init__(self, kwargs: dict[str, Any]) -> None:
                self.kwargs = kwargs
                self.coder = None

            def setup(self, worker: Any) -> None:
                from dotterel.coder import Coder

                self.coder = Coder(**self.kwargs)

        self._cluster = None
        if scheduler is None:
            self._cluster = LocalCluster(
                n_workers=processes, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        else:
            self._client = Client(scheduler)
        self.capacity = max(1, len(self._client.scheduler_info().get("workers", {})) or processes)
        self._client.register_plugin(CoderPlugin(dict(coder_kwargs)), name=_PLUGIN_NAME)

    def submit(self, documents: Sequence[Document], folder: str, name: str) -> Any:
        """Submit the batch; the handle remembers where its shard goes."""
        future = self._client.submit(_dask_task, list(documents), pure=False)
        return future, folder, name

    def wait(self, handle: Any) -> None:
        """Wait for the worker's shard bytes and write the shard file atomically."""
        future, folder, name = handle
        write_shard_file(folder, name, future.result())

    def close(self) -> None:
        """Close the client and the local cluster, if one was started."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(
    engine: str,
    *,
    processes: int = 1,
    scheduler: str | None = None,
    coder_kwargs: dict[str, Any] | None = None,
    coder: Any = None,
) -> LocalEngine | PoolEngine | DaskEngine:
    """Build the engine named on the command line.

    Parameters
    ----------
    engine : {"local", "dask"}
    processes : int, optional
        Local worker processes, or workers of the Dask ``LocalCluster``.
    scheduler : str | None, optional
        Dask scheduler address (``dask`` only).
    coder_kwargs : dict | None, optional
        Keyword arguments of :class:`~dotterel.coder.Coder`.
    coder : dotterel.coder.Coder | None, optional
        A loaded coder that ``local`` with one process uses instead of
        building one.

    Returns
    -------
    LocalEngine | PoolEngine | DaskEngine

    Raises
    ------
    ValueError
        For an unknown engine or ``processes < 1``.
    ImportError
        For ``dask`` when dask is not installed.
    """
    kwargs = dict(coder_kwargs or {})
    if processes < 1:
        raise ValueError("processes must be at least 1")
    if engine == "local":
        if processes == 1:
            if coder is not None:
                return LocalEngine(lambda: coder)
            from dotterel.coder import Coder

            return LocalEngine(lambda: Coder(**kwargs))
        return PoolEngine(processes, kwargs)
    if engine == "dask":
        return DaskEngine(scheduler, processes, kwargs)
    raise ValueError(f"unknown engine {engine!r}; use local or dask")
