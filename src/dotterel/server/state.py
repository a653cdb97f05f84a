"""Settings and shared state of the dotterel server.

One :class:`ServerState` per application holds the loaded
:class:`~dotterel.coder.Coder` and the open
:class:`~dotterel.store.EventStore`. Request handlers run in a thread pool,
so each is guarded by its own lock: spaCy pipelines and DuckDB connections
are not documented as safe for concurrent use from several threads, and on a
2-core machine coding one text at a time loses little throughput.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from dotterel.errors import BusyError, NoDatasetError, StoreError  # re-exported (defined with the whole tree)
from dotterel.pipeline.config import PipelineConfig

from .guard import FormToken

if TYPE_CHECKING:  # pragma: no cover
    from dotterel.coder import Coder
    from dotterel.store import EventStore

__all__ = ["ServerSettings", "ServerState", "NoDatasetError", "BusyError"]

T = TypeVar("T")


class ServerSettings(BaseModel):
    """What the server serves and its limits.

    Attributes
    ----------
    db : str | None
        Path of a DuckDB event store made by ``dotterel run`` (or ``None``
        for no dataset: the coding pages and endpoints still work). The file
        must exist; the server never creates one at a path a client gives.
    max_body_bytes : int
        Largest request body accepted, in bytes (default 2 MiB); larger
        requests get HTTP 413.
    max_text_chars : int
        Longest article text accepted for coding, in Unicode code points
        (default 200,000); longer texts get HTTP 413.
    page_size_max : int
        Largest ``limit`` of one page of events (default 500).
    allow_store : bool
        Whether ``POST /api/v1/code`` may add the coded document to the
        store when the client asks (``store: true``). Default ``True`` when a
        store is open. When ``False`` the store is opened read-only, so
        other readers (``dotterel events``, ``dotterel export``, another
        read-only server) can use the file at the same time.
    pipeline : PipelineConfig
        How the server's coder is built (language, model, stages,
        knowledge base files...), the same configuration ``dotterel code``
        and ``dotterel run`` take.
    max_coding_chars : int
        Characters of text admitted for coding at once, being coded or
        waiting for the coder (default 400,000, two texts of the largest
        default size). A coding request that would pass it gets HTTP 503
        ("busy, retry"); one text is always admitted when nothing else is
        waiting. Why: texts are coded one at a time, but each waiting
        request holds its body and its coding's results, so a burst of long
        texts must not pile up without bound. (The parse of one long text
        is bounded by :data:`dotterel.annotate.PIECE_CHARS`.)
    allowed_hosts : list[str]
        Host names the server answers to besides the loopback names
        (``localhost``, ``127.0.0.1``, ``::1``); a request with another
        ``Host`` gets HTTP 400 (:mod:`dotterel.server.guard`, against DNS
        rebinding). ``dotterel serve --allowed-host``.
    """

    model_config = ConfigDict(frozen=True)

    db: str | None = None
    max_body_bytes: int = Field(default=2 * 1024 * 1024, gt=0)
    max_text_chars: int = Field(default=200_000, gt=0)
    page_size_max: int = Field(default=500, gt=0)
    allow_store: bool = True
    pipeline: PipelineConfig = Field(default_factory=PipelineConfig)
    max_coding_chars: int = Field(default=400_000, gt=0)
    allowed_hosts: list[str] = Field(default_factory=list)


class ServerState:
    """The coder and the store of one application, shared by request threads.

    Parameters
    ----------
    settings : ServerSettings
    coder : Coder | None, optional
        An already loaded coder (tests pass one to avoid loading the model
        twice); by default one is made by :meth:`coder` on first use, and
        :func:`dotterel.server.app.create_app` makes it at start-up so the
        first request is not slow.
    coder_factory : callable, optional
        Makes the coder when ``coder`` is not given (default:
        ``Coder(settings.pipeline)``).

    Raises
    ------
    StoreError
        When ``settings.db`` is given but is not an existing file, or the
        store cannot be opened (locked by another process, not a dotterel
        store, newer schema).
    """

    def __init__(
        self,
        settings: ServerSettings,
        *,
        coder: Coder | None = None,
        coder_factory: Callable[[], Coder] | None = None,
    ) -> None:
        self.settings = settings
        self._coder = coder
        self._coder_factory = coder_factory
        self._coder_lock = threading.Lock()
        self._coding_limiter = None
        self._coding_chars = 0  # admitted, being coded or waiting; changed only in the event loop
        self._store_lock = threading.RLock()
        self._store: EventStore | None = None
        self.form_token = FormToken()
        if settings.db is not None:
            if not os.path.isfile(settings.db):
                raise StoreError(
                    f"{settings.db}: no such store; make one with `dotterel run INPUT --db {settings.db}`",
                    path=settings.db,
                )
            from dotterel.store import EventStore

            self._store = EventStore(settings.db) if settings.allow_store else _open_read_only(settings.db)

    # -- coder -------------------------------------------------------------

    def coder(self) -> Coder:
        """Return the loaded coder, loading it on first use.

        Raises
        ------
        dotterel.errors.ModelNotInstalledError
            When the spaCy model package is missing.
        """
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._make_coder()
            return self._coder

    def _make_coder(self) -> Coder:
        if self._coder_factory is not None:
            return self._coder_factory()
        from dotterel.coder import Coder

        return Coder(self.settings.pipeline)

    async def run_coding(self, func: Callable[..., T], *args: object, chars: int) -> T:
        """Run ``func(*args)`` (a coding call) in a worker thread, one call at a time.

        Requests waiting for the coder wait here, in the event loop, instead
        of each holding one of the thread pool's threads blocked on a lock:
        under a burst of coding requests the pool stays free for the other
        pages and endpoints (health, the dataset), which keep answering.

        Parameters
        ----------
        func : callable
            A blocking function that codes (it takes :meth:`coding` inside).
        *args
            Its arguments.
        chars : int, keyword-only
            Length of the text to code, in code points: it is admitted only
            while the characters admitted stay within
            ``settings.max_coding_chars``.

        Returns
        -------
        Whatever ``func`` returns; its exceptions propagate.

        Raises
        ------
        BusyError
            When admitting the text would pass ``max_coding_chars``.
        """
        import anyio.to_thread

        if self._coding_chars and self._coding_chars + chars > self.settings.max_coding_chars:
            raise BusyError(
                f"the server is busy coding {self._coding_chars:,} characters of text, and admits at most "
                f"{self.settings.max_coding_chars:,} at once; retry in a few seconds"
            )
        if self._coding_limiter is None:
            # Made in the running event loop on first use (anyio primitives belong to a loop).
            self._coding_limiter = anyio.CapacityLimiter(1)
        self._coding_chars += chars
        try:
            return await anyio.to_thread.run_sync(func, *args, limiter=self._coding_limiter)
        finally:
            self._coding_chars -= chars

    @contextmanager
    def coding(self) -> Iterator[Coder]:
        """Hold the coder for one coding call (one thread at a time).

        Yields
        ------
        Coder
        """
        coder = self.coder()
        with self._coder_lock:
            yield coder

    # -- store -------------------------------------------------------------

    @property
    def has_store(self) -> bool:
        """Whether a dataset (event store) is open."""
        return self._store is not None

    @contextmanager
    def store(self) -> Iterator[EventStore]:
        """Hold the open store for one request (one thread at a time).

        Yields
        ------
        EventStore

        Raises
        ------
        NoDatasetError
            When the server was started without ``--db``.
        """
        if self._store is None:
            raise NoDatasetError("no dataset is open; start the server with `dotterel serve --db FILE`")
        with self._store_lock:
            yield self._store

    def close(self) -> None:
        """Close the store (idempotent)."""
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def _open_read_only(path: str) -> EventStore:
    """Open a store read-only; first bring it up to date (migrate, re-link) if it needs a write."""
    from dotterel.store import EventStore, NeedsWritingError

    try:
        return EventStore(path, read_only=True)
    except NeedsWritingError:
        with EventStore(path) as store:  # migrates on opening
            if store.events_stale():
                store.refresh_events()
        return EventStore(path, read_only=True)
