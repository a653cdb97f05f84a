"""The embedded DuckDB event store: documents, mentions, de-duplicated events and runs in one file.

DuckDB runs in-process (no server). One file holds the documents that were
coded, every event *mention* found in them (one report of an event in one
document: an :class:`~dotterel.records.Event` record), the de-duplicated
*events* that link the mentions of one real-world event across documents
(:mod:`dotterel.dedup`), flat tables of actors and places, the runs that made
them, the inputs that could not be used (``errors``) and the shard files a
corpus run loaded (``shards``). ``docs/store.md`` documents every table and
column of schema version 3; :mod:`dotterel.store.schema` holds the SQL.

:class:`EventStore` is put together from three layers, one module each:
:mod:`~dotterel.store.connection` (opening, read-only opening, transactions,
open errors), :mod:`~dotterel.store.read` (every query) and
:mod:`~dotterel.store.write` (documents, batches, errors, runs, shards,
re-linking the events, migrations).

Writes are atomic, one transaction per document or shard, and the linked
``events`` are rebuilt from all mentions by :meth:`EventStore.refresh_events`;
:mod:`~dotterel.store.write` says how.

Migrations
----------
Opening a file with an older ``schema_version`` applies the migrations in
:data:`MIGRATIONS` in order, in one transaction, then links the mentions
into events. A file with a *newer* version is refused with
:class:`~dotterel.errors.StoreError` (upgrade dotterel), because an old
reader could silently misread new columns.

Concurrency
-----------
DuckDB lets one process write a database file at a time; a second process
gets a :class:`~dotterel.errors.StoreError`. Corpus runs therefore code in
worker processes that write shard files, and one process loads them
(:mod:`dotterel.runner`). One :class:`EventStore` must not be used from
several threads at once.
"""

from __future__ import annotations

import os

from dotterel.records.run import CodedBatchItem, EventSummary, RecordedError
from dotterel.store.connection import NeedsWritingError
from dotterel.store.schema import MIGRATIONS, SCHEMA_VERSION
from dotterel.store.write import _INSERT_EVENT_SQL  # noqa: F401  (tests fail a write's last step with it)
from dotterel.store.write import StoreWriter

__all__ = [
    "SCHEMA_VERSION",
    "MIGRATIONS",
    "EventStore",
    "NeedsWritingError",
    "RecordedError",
    "CodedBatchItem",
    "EventSummary",
    "open_for_reading",
]

def open_for_reading(path: str | os.PathLike[str]) -> "EventStore":
    """Open an existing store to read it, read-only when it allows.

    Read-only opening lets other readers (a ``dotterel serve --read-only``,
    another ``dotterel events``) hold the file at the same time. When the
    store first needs a write (a migration, or re-linking after new
    mentions) it is opened for writing instead, which needs the file to
    itself.

    Parameters
    ----------
    path : str | os.PathLike
        An existing store file.

    Returns
    -------
    EventStore

    Raises
    ------
    StoreError
        As :class:`EventStore` (missing file, not a store, locked by a
        writer, newer schema).
    """
    try:
        return EventStore(path, read_only=True)
    except NeedsWritingError:
        return EventStore(path)


class EventStore(StoreWriter):
    """A DuckDB file holding documents, event mentions, linked events and the runs that made them.

    Parameters
    ----------
    path : str | os.PathLike
        The database file; created (with its tables) when it does not exist,
        migrated when it is an older dotterel store. ``":memory:"`` gives a
        store that lives only as long as the object. The parent directory
        must exist (the store creates no directories).
    read_only : bool, keyword-only
        Open an existing store for reading only (DuckDB ``read_only``):
        several processes may then read it at once (a server and
        ``dotterel events``, say), and nothing is ever written, so the
        store must already be at :data:`SCHEMA_VERSION` with its linked
        ``events`` up to date (:meth:`events_stale` false). Default
        ``False``.

    Attributes
    ----------
    path : str
        The database file as given.

    Raises
    ------
    StoreError
        When the parent directory is missing, the path is a directory, the
        file is not a DuckDB database or not a dotterel store, it is locked
        by another process, or its ``schema_version`` is newer than
        :data:`SCHEMA_VERSION` (upgrade dotterel). With ``read_only``, also
        when the file does not exist, needs a migration, or its linked events
        are out of date (open it once for writing, e.g. ``dotterel events
        --db FILE`` with nothing else holding it).

    Notes
    -----
    ``duckdb`` is imported when a store is opened, not when this module is
    imported. Use the store as a context manager, or call :meth:`close`,
    so the file lock is released.

    Examples
    --------
    >>> from dotterel.ingest import make_document
    >>> with EventStore(":memory:") as store:
    ...     store.write_document(make_document("No events here."), [])
    ...     [d.text for d in store.documents()], store.count_events()
    (['No events here.'], 0)
    """
