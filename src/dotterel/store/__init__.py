"""The embedded DuckDB event store: documents, mentions, de-duplicated events and runs in one file.

DuckDB runs in-process (no server). One file holds the documents that were
coded, every event *mention* found in them (one report of an event in one
document: an :class:`~dotterel.records.Event` record), the de-duplicated
*events* that link the mentions of one real-world event across documents
(:mod:`dotterel.dedup`), flat tables of actors and places, the runs that made
them, the inputs that could not be used (``errors``) and the shard files a
corpus run loaded (``shards``). ``docs/store.md`` documents every table and
column of schema version 2; :mod:`dotterel.store.schema` holds the SQL.

Writes are atomic: a document (or a whole shard of documents) is written in
one transaction that replaces the document's mentions, so re-coding a
document never duplicates them, and a failure half-way leaves what was
stored before untouched. The ``events`` table is rebuilt from all mentions
by :meth:`EventStore.refresh_events` (deterministic: the same mentions give
the same events, whatever order they were loaded in).

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

import datetime
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from dotterel.errors import StoreError
from dotterel.records import Document, Event
from dotterel.store.rows import actor_rows, error_id, iso_day, mention_row, place_rows
from dotterel.store.schema import MENTION_COLUMNS, MIGRATIONS, SCHEMA_SQL, SCHEMA_VERSION

if TYPE_CHECKING:  # pragma: no cover
    import duckdb

    from dotterel.dedup import LinkedEvent, MentionRef
    from dotterel.store.query import EventFilter

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

_INSERT_EVENT_SQL = (
    f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES ({', '.join('?' for _ in MENTION_COLUMNS)})"
)
_INSERT_ACTOR_SQL = "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_PLACE_SQL = "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_UPSERT_DOCUMENT_SQL = """
    INSERT INTO documents (doc_id, text, published, source, title, url, path, sha256, added_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (doc_id) DO UPDATE SET
        text = excluded.text, published = excluded.published, source = excluded.source,
        title = excluded.title, url = excluded.url, path = excluded.path,
        sha256 = excluded.sha256, updated_at = excluded.updated_at
"""
_WRITE_ONCE_HINT = (
    "open it once for writing with nothing else holding it (e.g. `dotterel events --db FILE`), then try again"
)
_UPGRADE_HINT = "upgrade dotterel (pip install -U dotterel)"
_DOCUMENT_COLUMNS = "doc_id, text, published, source, title, url, path"


def _document_from_row(row: tuple[Any, ...]) -> Document:
    """A :class:`Document` from the :data:`_DOCUMENT_COLUMNS` of one ``documents`` row."""
    doc_id, text, published, source, title, url, path = row
    return Document(doc_id=doc_id, text=text, published=published.isoformat() if published is not None else None,
                    source=source, title=title, url=url, path=path)


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dotterel")
    except PackageNotFoundError:  # running from a source tree
        return "unknown"


class RecordedError(BaseModel):
    """An input or document that could not be used, as kept in the ``errors`` table.

    Attributes
    ----------
    stage : {"ingest", "code"}
        ``ingest``: the record could not be read (bad JSON, no text, bad
        date, not UTF-8...); ``code``: the document was read but coding it
        failed.
    path : str | None
        The input file (``"<stdin>"`` for standard input).
    line : int | None
        1-based line in ``path`` where the record starts, when known.
    doc_id : str | None
        The document, when it was read far enough to have an id.
    reason : str
        What went wrong.
    hint : str | None
        What to do about it.

    Examples
    --------
    >>> RecordedError(stage="ingest", path="a.jsonl", line=3, reason="not valid JSON").error_id[:4]
    'err:'
    """

    model_config = ConfigDict(frozen=True)

    stage: Literal["ingest", "code"]
    path: str | None = None
    line: int | None = None
    doc_id: str | None = None
    reason: str
    hint: str | None = None

    @property
    def error_id(self) -> str:
        """Stable id (``"err:"`` + 16 hex digits): the same error found again is stored once."""
        return error_id(self.stage, self.path, self.line, self.doc_id, self.reason)

    @classmethod
    def from_input_error(cls, exc: Exception, *, stage: Literal["ingest", "code"] = "ingest",
                         doc_id: str | None = None) -> RecordedError:
        """Build from an :class:`~dotterel.errors.InputError` (or any exception, by its message).

        Parameters
        ----------
        exc : Exception
            An ``InputError`` gives ``path``, ``line``, ``reason`` and
            ``hint``; another exception gives its type and message as reason.
        stage : {"ingest", "code"}, optional
        doc_id : str | None, optional

        Returns
        -------
        RecordedError
        """
        from dotterel.errors import InputError

        if isinstance(exc, InputError):
            return cls(stage=stage, path=exc.path, line=exc.line, doc_id=doc_id, reason=exc.reason, hint=exc.hint)
        return cls(stage=stage, doc_id=doc_id, reason=f"{type(exc).__name__}: {exc}")


class NeedsWritingError(StoreError):
    """A store opened with ``read_only=True`` needs a write first (a migration or re-linking its events).

    Callers that can wait for the file may open it once for writing instead
    (as ``dotterel events`` and ``dotterel export`` do); the message says how.
    """


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


class EventSummary(BaseModel):
    """The flat columns of one row of the ``events`` table (a de-duplicated event).

    Attributes
    ----------
    event_id : str
    event_type : str
        PLOVER event type.
    mode : str | None
        PLOVER mode of the linked event.
    date_earliest, date_latest : datetime.date | None
        The linked event's ``earliest``/``latest``: the date range that fits
        all its mentions (full days only).
    country : str | None
        ISO 3166-1 alpha-3 of the linked event's location.
    location_name : str | None
    geonameid : int | None
        GeoNames id of that location.
    n_mentions, n_documents, n_sources : int
        Mentions linked, documents they come from, distinct outlets.
    """

    model_config = ConfigDict(frozen=True)

    event_id: str
    event_type: str
    mode: str | None = None
    date_earliest: datetime.date | None = None
    date_latest: datetime.date | None = None
    country: str | None = None
    location_name: str | None = None
    geonameid: int | None = None
    n_mentions: int
    n_documents: int
    n_sources: int


class CodedBatchItem(BaseModel):
    """One document with all its event mentions, as a shard holds it.

    Attributes
    ----------
    document : Document
    events : list[Event]
        Every event mention of the document, in text order.
    """

    model_config = ConfigDict(frozen=True)

    document: Document
    events: list[Event]


class EventStore:
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

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        import duckdb

        self._duckdb = duckdb
        self.path = os.fspath(path)
        self.read_only = read_only
        self._con: duckdb.DuckDBPyConnection | None = None
        if read_only and not os.path.isfile(self.path):
            raise StoreError(f"{self.path}: no such store; make one with `dotterel run INPUT --db FILE`", path=self.path)
        if self.path != ":memory:":
            if os.path.isdir(self.path):
                raise StoreError(f"{self.path}: is a directory; give a database file name", path=self.path)
            parent = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(parent):
                raise StoreError(
                    f"{self.path}: directory {parent} does not exist; create it first", path=self.path
                )
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(self._explain_open_error(exc), path=self.path) from exc
        try:
            self._prepare_schema()
        except BaseException:
            self.close()
            raise

    # -- opening -----------------------------------------------------------

    def _explain_open_error(self, exc: Exception) -> str:
        text = str(exc)
        if "not a valid DuckDB database" in text:
            return f"{self.path}: not a DuckDB database file; give a new file name or a store made by dotterel"
        if "lock" in text.lower():
            return (
                f"{self.path}: the store is open in another process (DuckDB allows one writer at a time); "
                "if that is `dotterel serve`, restart it with --read-only so other commands can read the store, "
                "otherwise wait for the writer to finish or stop it, or use another file"
            )
        if "version" in text.lower():
            return f"{self.path}: written by a newer DuckDB than this one ({text}); {_UPGRADE_HINT}"
        return f"{self.path}: cannot open the DuckDB store ({text})"

    def _prepare_schema(self) -> None:
        con = self._connection()
        tables = {
            row[0]
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_catalog = current_database() AND table_schema = 'main'"
            ).fetchall()
        }
        if not tables and not self.read_only:
            self._transaction(self._create_schema)
            return
        if "meta" not in tables:
            raise StoreError(
                f"{self.path}: a DuckDB database but not a dotterel store (no meta table); "
                "give a new file name",
                path=self.path,
            )
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        try:
            version = int(row[0]) if row else None
        except ValueError:
            version = None
        if version is None:
            raise StoreError(
                f"{self.path}: the meta table has no valid schema_version; this is not a usable dotterel store",
                path=self.path,
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store has schema version {version}, newer than this dotterel reads "
                f"(up to {SCHEMA_VERSION}); {_UPGRADE_HINT}",
                path=self.path,
            )
        if version < SCHEMA_VERSION:
            if self.read_only:
                raise NeedsWritingError(
                    f"{self.path}: store has schema version {version} and needs migrating to {SCHEMA_VERSION}, "
                    f"which read-only opening cannot do; {_WRITE_ONCE_HINT}",
                    path=self.path,
                )
            self._transaction(lambda: self._migrate(version))
        if self.read_only and self.events_stale():
            raise NeedsWritingError(
                f"{self.path}: the store's linked events are out of date (mentions changed since they were "
                f"linked), which read-only opening cannot fix; {_WRITE_ONCE_HINT}",
                path=self.path,
            )

    def _create_schema(self) -> None:
        con = self._connection()
        for statement in SCHEMA_SQL:
            con.execute(statement)
        con.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("schema_version", str(SCHEMA_VERSION)), ("created_by", _installed_version())],
        )

    def _migrate(self, from_version: int) -> None:
        con = self._connection()
        for version in range(from_version, SCHEMA_VERSION):
            if version not in MIGRATIONS:
                raise StoreError(
                    f"{self.path}: no migration from schema version {version}; "
                    "re-create the store with this dotterel",
                    path=self.path,
                )
            for statement in MIGRATIONS[version]:
                con.execute(statement)
            if version == 1:
                self._fill_actors_and_places()
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        self._rebuild_events()

    def _fill_actors_and_places(self) -> None:
        """Version 1 to 2: flat actors and places from every mention's record."""
        con = self._connection()
        rows = con.execute("SELECT event_id, record FROM mentions ORDER BY doc_id, seq").fetchall()
        actors, places = [], []
        for event_id, record in rows:
            event = self._event_from_json(event_id, record)
            actors.extend(actor_rows(event))
            places.extend(place_rows(event))
        if actors:
            con.executemany(_INSERT_ACTOR_SQL, actors)
        if places:
            con.executemany(_INSERT_PLACE_SQL, places)

    # -- plumbing ----------------------------------------------------------

    def _connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: the store is closed; open a new EventStore", path=self.path)
        return self._con

    def _transaction(self, work) -> None:
        """Run ``work()`` in one transaction; roll back on any exception."""
        con = self._connection()
        con.begin()
        try:
            work()
        except BaseException as exc:
            try:
                con.rollback()
            except self._duckdb.Error:  # the failure may already have ended the transaction
                pass
            if isinstance(exc, self._duckdb.Error):
                raise StoreError(
                    f"{self.path}: write failed and was rolled back, earlier data is kept ({exc})",
                    path=self.path,
                ) from exc
            raise
        con.commit()

    def close(self) -> None:
        """Close the database file (idempotent); later calls raise StoreError."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._con is None else "open"
        return f"EventStore({self.path!r}, {state})"

    # -- writing -----------------------------------------------------------

    # -- writing -----------------------------------------------------------

    def write_document(
        self,
        doc: Document,
        events: Sequence[Event],
        *,
        run_info: Mapping[str, str] | None = None,
    ) -> None:
        """Store a document and replace its event mentions, in one transaction.

        The document row is inserted or updated (``added_at`` is kept,
        ``updated_at`` set), every mention (with its actors and places)
        stored before for ``doc.doc_id`` is deleted, and ``events`` are
        inserted in the order given. Writing the same document again
        therefore replaces its mentions and never duplicates them; an empty
        ``events`` clears them. The linked ``events`` table is marked stale
        (rebuilt by :meth:`refresh_events`). If anything fails, the whole
        transaction is rolled back and what was stored before is kept.

        Parameters
        ----------
        doc : Document
            The document; ``doc.published`` must be ``YYYY-MM-DD`` or ``None``.
        events : Sequence[Event]
            All event mentions of this document; each ``event.doc_id`` must
            equal ``doc.doc_id`` and event ids must be unique.
        run_info : Mapping[str, str] | None, optional
            Provenance of the run. Stored whole as the run's ``settings``
            JSON; the keys ``run_id`` (default: ``"run:"`` + 16 hex digits of
            SHA-256 of the sorted JSON of ``run_info``), ``dotterel_version``
            (default: the events' ``version``, else the installed version) and
            ``started_at`` (ISO 8601; default: now, UTC) fill the ``runs``
            row. A run row is written once; later writes with the same
            ``run_id`` keep the first. Mentions get its ``run_id``; without
            ``run_info`` their ``run_id`` is ``NULL``.

        Raises
        ------
        StoreError
            When the store is closed, an event belongs to another document,
            event ids repeat, ``doc.published`` or ``started_at`` is not a
            valid date, or the database write fails (then rolled back).

        Examples
        --------
        >>> store.write_document(doc, events, run_info={"model": "en_core_web_sm"})  # doctest: +SKIP
        """
        self._connection()
        run = self._run_row(run_info, events) if run_info is not None else None
        run_id = run[0] if run else None
        prepared = self._prepare_item(doc, events, run_id)

        def work() -> None:
            if run is not None:
                self._insert_run(run)
            self._write_prepared(prepared)
            self._set_stale()

        self._transaction(work)

    def write_batch(
        self,
        items: Sequence[CodedBatchItem],
        *,
        run_id: str | None = None,
        shard: str | None = None,
        errors: Iterable[RecordedError] = (),
    ) -> None:
        """Store several documents with their mentions, and their errors, in one transaction.

        This is how a corpus run loads one shard: every document is written
        as by :meth:`write_document`, the errors are added (an error already
        stored, same :attr:`RecordedError.error_id`, is kept once) and, when
        ``shard`` is given, the shard is recorded as loaded, all or nothing.

        Parameters
        ----------
        items : Sequence[CodedBatchItem]
            Documents with all their mentions. When a ``doc_id`` appears
            twice, the later item wins (as two writes in that order would).
        run_id : str | None, optional
            The run (see :meth:`start_run`) that the mentions and errors
            belong to.
        shard : str | None, optional
            Shard file name to record in ``shards``.
        errors : Iterable[RecordedError], optional
            Documents of this batch that could not be coded.

        Raises
        ------
        StoreError
            As :meth:`write_document`; nothing of the batch is stored then.
        """
        self._connection()
        prepared = [self._prepare_item(item.document, item.events, run_id) for item in items]
        errors = list(errors)
        now = datetime.datetime.now(datetime.timezone.utc)

        def work() -> None:
            for one in prepared:
                self._write_prepared(one)
            self._insert_errors(errors, run_id, now)
            if shard is not None:
                self._connection().execute(
                    "INSERT INTO shards VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING",
                    [shard, run_id, len(prepared), sum(len(p[1]) for p in prepared), now],
                )
            if prepared:
                self._set_stale()

        self._transaction(work)

    def record_errors(self, errors: Iterable[RecordedError], *, run_id: str | None = None) -> None:
        """Add errors to the ``errors`` table, in one transaction.

        Parameters
        ----------
        errors : Iterable[RecordedError]
            An error already stored (same :attr:`RecordedError.error_id`) is
            kept once, with its first ``run_id``.
        run_id : str | None, optional

        Raises
        ------
        StoreError
            When the store is closed or the write fails (rolled back).
        """
        errors = list(errors)
        if errors:
            now = datetime.datetime.now(datetime.timezone.utc)
            self._transaction(lambda: self._insert_errors(errors, run_id, now))

    def start_run(self, run_info: Mapping[str, str]) -> str:
        """Record a run in ``runs`` and return its id.

        Parameters
        ----------
        run_info : Mapping[str, str]
            Settings of the run, stored as JSON; ``run_id``, ``started_at``
            and ``dotterel_version`` as in :meth:`write_document`.

        Returns
        -------
        str
            The run id.

        Raises
        ------
        StoreError
            When ``started_at`` is not ISO 8601 or the write fails.
        """
        run = self._run_row(run_info, [])
        self._transaction(lambda: self._insert_run(run))
        return run[0]

    def finish_run(self, run_id: str, summary: Mapping[str, Any]) -> None:
        """Set a run's ``finished_at`` (now, UTC) and its ``summary`` JSON.

        Parameters
        ----------
        run_id : str
        summary : Mapping[str, Any]
            E.g. documents, mentions, events, errors, seconds.

        Raises
        ------
        StoreError
            When the write fails.
        """
        now = datetime.datetime.now(datetime.timezone.utc)
        text = json.dumps(dict(summary), sort_keys=True, default=str)
        self._transaction(
            lambda: self._connection().execute(
                "UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ?", [now, text, run_id]
            )
        )

    def _insert_run(self, run: tuple[str, str, datetime.datetime, str]) -> None:
        self._connection().execute(
            "INSERT INTO runs (run_id, dotterel_version, started_at, settings) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (run_id) DO NOTHING",
            list(run),
        )

    def _insert_errors(self, errors: list[RecordedError], run_id: str | None, now: datetime.datetime) -> None:
        if errors:
            self._connection().executemany(
                "INSERT INTO errors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (error_id) DO NOTHING",
                [[e.error_id, e.path, e.line, e.doc_id, e.stage, e.reason, e.hint, run_id, now] for e in errors],
            )

    def _set_stale(self) -> None:
        self._connection().execute(
            "INSERT INTO meta VALUES ('events_stale', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )

    def _prepare_item(self, doc: Document, events: Sequence[Event], run_id: str | None) -> tuple:
        """Check one document and build its rows before any transaction, so a bad record fails early."""
        published = self._check_document(doc)
        seen: set[str] = set()
        for event in events:
            if event.doc_id != doc.doc_id:
                raise StoreError(
                    f"{self.path}: event {event.event_id} belongs to document {event.doc_id!r}, "
                    f"not {doc.doc_id!r}; write each document with its own events",
                    path=self.path,
                )
            if event.event_id in seen:
                raise StoreError(
                    f"{self.path}: event id {event.event_id} appears twice for document {doc.doc_id!r}; "
                    "this is a bug in the event stage, please report it",
                    path=self.path,
                )
            seen.add(event.event_id)
        now = datetime.datetime.now(datetime.timezone.utc)
        doc_row = (
            doc.doc_id, doc.text, published, doc.source, doc.title, doc.url, doc.path,
            hashlib.sha256(doc.text.encode("utf-8")).hexdigest(), now, now,
        )  # fmt: skip
        mentions = [mention_row(event, seq, run_id) for seq, event in enumerate(events)]
        actors = [row for event in events for row in actor_rows(event)]
        places = [row for event in events for row in place_rows(event)]
        return doc_row, mentions, actors, places

    def _write_prepared(self, prepared: tuple) -> None:
        doc_row, mentions, actors, places = prepared
        con = self._connection()
        con.execute(_UPSERT_DOCUMENT_SQL, list(doc_row))
        for table in ("mentions", "actors", "places"):
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_row[0]])
        if actors:
            con.executemany(_INSERT_ACTOR_SQL, actors)
        if places:
            con.executemany(_INSERT_PLACE_SQL, places)
        self._insert_events(mentions)

    def _insert_events(self, rows: list[tuple[Any, ...]]) -> None:
        # A separate method so tests can make the last step of a write fail.
        if rows:
            self._connection().executemany(_INSERT_EVENT_SQL, rows)

    def _check_document(self, doc: Document) -> datetime.date | None:
        if doc.published is None:
            return None
        day = iso_day(doc.published)
        if day is None:
            raise StoreError(
                f"{self.path}: document {doc.doc_id!r} has published={doc.published!r}, not YYYY-MM-DD; "
                "build documents with dotterel.ingest.make_document, which validates it",
                path=self.path,
            )
        return day

    def _run_row(
        self, run_info: Mapping[str, str], events: Sequence[Event]
    ) -> tuple[str, str, datetime.datetime, str]:
        settings = json.dumps(dict(run_info), sort_keys=True, ensure_ascii=False, default=str)
        run_id = run_info.get("run_id") or "run:" + hashlib.sha256(settings.encode("utf-8")).hexdigest()[:16]
        version = run_info.get("dotterel_version") or (events[0].version if events else _installed_version())
        started_raw = run_info.get("started_at")
        if started_raw:
            try:
                started = datetime.datetime.fromisoformat(str(started_raw))
            except ValueError:
                raise StoreError(
                    f"{self.path}: run_info started_at={started_raw!r} is not an ISO 8601 time",
                    path=self.path,
                ) from None
            if started.tzinfo is None:  # naive times are taken as UTC, never as local time
                started = started.replace(tzinfo=datetime.timezone.utc)
        else:
            started = datetime.datetime.now(datetime.timezone.utc)
        return (str(run_id), str(version), started, settings)

    # -- linked events -----------------------------------------------------

    def events_stale(self) -> bool:
        """Whether mentions changed since the ``events`` table was last built.

        Raises
        ------
        StoreError
            When the store is closed.
        """
        row = self._connection().execute("SELECT value FROM meta WHERE key = 'events_stale'").fetchone()
        return bool(row and row[0] == "1")

    def refresh_events(self) -> int:
        """Rebuild ``events`` and ``event_mentions`` from every stored mention, in one transaction.

        Mentions are linked by :func:`dotterel.dedup.link_mentions`, which is
        deterministic and independent of input order, so the same mentions
        always give the same events (a resumed run and an uninterrupted run
        end with equal tables).

        Returns
        -------
        int
            The number of linked events.

        Raises
        ------
        StoreError
            When the store is closed or the write fails (rolled back; the
            old events are kept and stay marked stale).
        """
        result: list[int] = []
        self._transaction(lambda: result.append(self._rebuild_events()))
        return result[0]

    def _rebuild_events(self) -> int:
        from dotterel.dedup import link_mentions
        from dotterel.store.linked import event_mention_rows, linked_event_row

        linked = link_mentions(self.mention_refs())
        con = self._connection()
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM events")
        rows = [linked_event_row(event) for event in linked]
        if rows:
            con.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            links = [row for event in linked for row in event_mention_rows(event)]
            con.executemany("INSERT INTO event_mentions VALUES (?, ?, ?)", links)
        con.execute(
            "INSERT INTO meta VALUES ('events_stale', '0') ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )
        return len(rows)

    def mention_refs(self) -> Iterator[MentionRef]:
        """Every stored mention with its document's metadata, ordered by ``doc_id`` and position.

        Yields
        ------
        MentionRef
            The :class:`~dotterel.records.Event` and its document's
            ``doc_id``, ``published``, ``source`` (outlet), ``url`` and ``title``.

        Raises
        ------
        StoreError
            When the store is closed or a stored record no longer validates.
        """
        from dotterel.dedup import MentionRef

        # The store's own connection (not a cursor) so that a migration sees its uncommitted tables;
        # fetched whole first so the caller may write while iterating.
        rows = self._connection().execute(
            "SELECT m.event_id, m.record, d.doc_id, d.published, d.source, d.url, d.title "
            "FROM mentions m JOIN documents d ON m.doc_id = d.doc_id ORDER BY m.doc_id, m.seq"
        ).fetchall()
        for event_id, record, doc_id, published, source, url, title in rows:
            yield MentionRef(
                event=self._event_from_json(event_id, record),
                doc_id=doc_id,
                published=published.isoformat() if published is not None else None,
                source=source,
                url=url,
                title=title,
            )

    def linked_events(
        self,
        *,
        country: str | None = None,
        event_type: str | None = None,
        since: str | datetime.date | None = None,
        until: str | datetime.date | None = None,
        actor: str | None = None,
        certainty: str | None = None,
        claimant: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[LinkedEvent]:
        """De-duplicated events, filtered and paged, streamed from the ``events`` table.

        When mentions changed since the table was built (:meth:`events_stale`)
        it is rebuilt first (:meth:`refresh_events`). The filters are those
        of :class:`dotterel.store.query.EventFilter` and combine with AND;
        the SQL is :func:`dotterel.store.query.filter_sql`.

        Parameters
        ----------
        country : str | None, optional
            ISO 3166-1 alpha-3 code of the event's location (``"KAZ"``).
        event_type : str | None, optional
            PLOVER event type (``"PROTEST"``), compared case-insensitively.
        since, until : str | datetime.date | None, optional
            ISO dates ``YYYY-MM-DD``, inclusive: an event is kept when its
            date range ``[date_earliest, date_latest]`` overlaps
            ``[since, until]``; an event known on one side only ("on or
            before 10 January") is taken at its known day.
            Events with no date at all are left out when either bound is given.
        actor : str | None, optional
            Any mention's actor or recipient has this text in its name, or
            this country code, or this Wikidata QID (case-insensitive).
        certainty : str | None, optional
            Any mention has this attribution certainty (``"alleged"``).
        claimant : str | None, optional
            Any mention's claimant has this text in it (case-insensitive).
        limit : int | None, optional
            At most this many events (``None``: all); must be >= 0.
        offset : int, optional
            Skip this many events first (>= 0), for paging.

        Yields
        ------
        LinkedEvent
            Ordered by earliest date (undated last), then ``event_id``, so
            pages are stable.

        Raises
        ------
        StoreError
            When the store is closed, a bound is not ``YYYY-MM-DD``,
            ``certainty`` is unknown, or a stored record no longer validates.
        ValueError
            When ``limit`` or ``offset`` is negative.

        Examples
        --------
        >>> for ev in store.linked_events(country="KAZ", event_type="PROTEST", since="2022-01-01"):
        ...     print(ev.event_id)  # doctest: +SKIP
        """
        from dotterel.store.linked import linked_event_from_json
        from dotterel.store.query import EventFilter

        flt = EventFilter(country=country, event_type=event_type, since=since, until=until, actor=actor,
                          certainty=certainty, claimant=claimant)
        for event_id, record in self._select_events("event_id, record", flt, limit=limit, offset=offset):
            yield linked_event_from_json(event_id, record, path=self.path)

    def event_summaries(
        self,
        *,
        country: str | None = None,
        event_type: str | None = None,
        since: str | datetime.date | None = None,
        until: str | datetime.date | None = None,
        actor: str | None = None,
        certainty: str | None = None,
        claimant: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> Iterator[EventSummary]:
        """The flat columns of the ``events`` table, filtered and paged as :meth:`linked_events`.

        Parameters
        ----------
        country, event_type, since, until, actor, certainty, claimant, limit, offset
            As :meth:`linked_events`.

        Yields
        ------
        EventSummary
            In the order of :meth:`linked_events`.

        Raises
        ------
        StoreError
            As :meth:`linked_events`.
        ValueError
            As :meth:`linked_events`.
        """
        from dotterel.store.query import EventFilter

        flt = EventFilter(country=country, event_type=event_type, since=since, until=until, actor=actor,
                          certainty=certainty, claimant=claimant)
        columns = ", ".join(f"events.{name}" for name in EventSummary.model_fields)
        for row in self._select_events(columns, flt, limit=limit, offset=offset):
            yield EventSummary(**dict(zip(EventSummary.model_fields, row)))

    def _select_events(
        self, columns: str, flt: EventFilter, *, limit: int | None, offset: int
    ) -> Iterator[tuple[Any, ...]]:
        from dotterel.store.query import filter_sql

        if limit is not None and limit < 0:
            raise ValueError(f"limit must be >= 0, not {limit}")
        if offset < 0:
            raise ValueError(f"offset must be >= 0, not {offset}")
        where, params = filter_sql(flt, path=self.path)
        if self.events_stale():
            self.refresh_events()
        sql = f"SELECT {columns} FROM events"
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY events.date_earliest NULLS LAST, events.event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        if offset:
            sql += " OFFSET ?"
            params.append(offset)
        cursor = self._connection().cursor()
        try:
            cursor.execute(sql, params)
            while batch := cursor.fetchmany(500):
                yield from batch
        finally:
            cursor.close()

    def count_linked_events(
        self,
        *,
        country: str | None = None,
        event_type: str | None = None,
        since: str | datetime.date | None = None,
        until: str | datetime.date | None = None,
        actor: str | None = None,
        certainty: str | None = None,
        claimant: str | None = None,
    ) -> int:
        """Return the number of de-duplicated events, all or those a filter keeps.

        Parameters
        ----------
        country, event_type, since, until, actor, certainty, claimant
            As :meth:`linked_events`; none given counts every row of ``events``.

        Returns
        -------
        int
            The total a page of :meth:`linked_events` with the same filters
            is part of.

        Raises
        ------
        StoreError
            When the store is closed, a bound is not ``YYYY-MM-DD`` or
            ``certainty`` is unknown.
        """
        from dotterel.store.query import EventFilter, filter_sql

        flt = EventFilter(country=country, event_type=event_type, since=since, until=until, actor=actor,
                          certainty=certainty, claimant=claimant)
        where, params = filter_sql(flt, path=self.path)
        if self.events_stale():
            self.refresh_events()
        sql = "SELECT count(*) FROM events" + (f" WHERE {where}" if where else "")
        row = self._connection().execute(sql, params).fetchone()
        return int(row[0]) if row else 0

    def linked_event(self, event_id: str) -> LinkedEvent | None:
        """Return one de-duplicated event by its id, or ``None`` when there is none.

        Parameters
        ----------
        event_id : str
            A linked event's id (``"ev:"`` + 16 hex digits).

        Returns
        -------
        LinkedEvent | None

        Raises
        ------
        StoreError
            When the store is closed or the stored record no longer validates.
        """
        from dotterel.store.linked import linked_event_from_json

        if self.events_stale():
            self.refresh_events()
        row = self._connection().execute("SELECT event_id, record FROM events WHERE event_id = ?",
                                          [event_id]).fetchone()
        return linked_event_from_json(row[0], row[1], path=self.path) if row else None

    def linked_event_ids(self, doc_id: str) -> dict[str, str]:
        """Map each mention of a document to the de-duplicated event it belongs to.

        Parameters
        ----------
        doc_id : str

        Returns
        -------
        dict[str, str]
            ``mention_id`` (the mention's ``event_id``) -> linked ``event_id``;
            empty for an unknown document or one without events.

        Raises
        ------
        StoreError
            When the store is closed.
        """
        if self.events_stale():
            self.refresh_events()
        rows = self._connection().execute(
            "SELECT mention_id, event_id FROM event_mentions WHERE doc_id = ? ORDER BY mention_id", [doc_id]
        ).fetchall()
        return dict(rows)

    # -- reading -----------------------------------------------------------

    def _count(self, table: str) -> int:
        row = self._connection().execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def document_hashes(self) -> dict[str, str]:
        """Map every stored ``doc_id`` to the SHA-256 (hex) of its text.

        A corpus run skips an input document whose id and hash are already
        stored, so re-running the same input codes and adds nothing.

        Returns
        -------
        dict[str, str]

        Raises
        ------
        StoreError
            When the store is closed.
        """
        return dict(self._connection().execute("SELECT doc_id, sha256 FROM documents").fetchall())

    def shard_loaded(self, name: str) -> bool:
        """Whether the shard file ``name`` was already loaded (recorded in ``shards``).

        Parameters
        ----------
        name : str
            The shard's file name (no folder).

        Raises
        ------
        StoreError
            When the store is closed.
        """
        row = self._connection().execute("SELECT 1 FROM shards WHERE name = ?", [name]).fetchone()
        return row is not None

    def errors(self) -> list[RecordedError]:
        """Return every recorded error, ordered by path, line and reason.

        Returns
        -------
        list[RecordedError]

        Raises
        ------
        StoreError
            When the store is closed.
        """
        rows = self._connection().execute(
            "SELECT stage, path, line, doc_id, reason, hint FROM errors ORDER BY path NULLS LAST, line, doc_id, reason"
        ).fetchall()
        return [
            RecordedError(stage=stage, path=path, line=line, doc_id=doc_id, reason=reason, hint=hint)
            for stage, path, line, doc_id, reason, hint in rows
        ]

    def documents(self) -> list[Document]:
        """Return every stored document, ordered by ``doc_id``.

        Returns
        -------
        list[Document]
            With ``published`` as ``YYYY-MM-DD`` or ``None``.

        Raises
        ------
        StoreError
            When the store is closed.
        """
        rows = self._connection().execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY doc_id").fetchall()
        return [_document_from_row(row) for row in rows]

    def document(self, doc_id: str) -> Document | None:
        """Return one stored document by its id, or ``None`` when there is none.

        Parameters
        ----------
        doc_id : str

        Returns
        -------
        Document | None
            With ``published`` as ``YYYY-MM-DD`` or ``None``.

        Raises
        ------
        StoreError
            When the store is closed.
        """
        row = self._connection().execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return _document_from_row(row) if row is not None else None

    def _event_from_json(self, event_id: str, record: str) -> Event:
        try:
            return Event.model_validate_json(record)
        except ValidationError as exc:
            raise StoreError(
                f"{self.path}: stored event {event_id} does not match this dotterel's Event model "
                f"({exc.error_count()} errors); re-code its document or use the dotterel that wrote it",
                path=self.path,
            ) from exc

    def events(self, *, doc_id: str | None = None) -> list[Event]:
        """Return stored event mentions (one per event per document), rebuilt from their ``record`` JSON.

        These are the :class:`~dotterel.records.Event` records the coder
        made, one per document that reports an event (the ``mentions``
        table); :meth:`linked_events` gives the de-duplicated events.

        Parameters
        ----------
        doc_id : str | None, optional
            Only this document's mentions; default all.

        Returns
        -------
        list[Event]
            Ordered by ``doc_id``, then in the order they were written.

        Raises
        ------
        StoreError
            When the store is closed or a stored record no longer validates
            against :class:`~dotterel.records.Event`.
        """
        sql = "SELECT event_id, record FROM mentions"
        params: list[Any] = []
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            params.append(doc_id)
        rows = self._connection().execute(sql + " ORDER BY doc_id, seq", params).fetchall()
        return [self._event_from_json(event_id, record) for event_id, record in rows]

    def count_events(self) -> int:
        """Return the number of stored event mentions (rows of ``mentions``).

        Raises
        ------
        StoreError
            When the store is closed.
        """
        return self._count("mentions")
