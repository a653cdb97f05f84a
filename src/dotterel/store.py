"""The embedded DuckDB event store: documents, events and runs in one file.

DuckDB runs in-process (no server). One file holds the documents that were
coded, the events found in them and the runs that made them. Writes are
per document and atomic: :meth:`EventStore.write_document` replaces a
document's events in a single transaction, so re-coding a document never
duplicates its events, and a failure half-way leaves what was stored before
untouched.

Schema (version :data:`SCHEMA_VERSION`)
---------------------------------------
``meta``
    ``key VARCHAR PRIMARY KEY, value VARCHAR``. Rows ``schema_version`` (an
    integer as text) and ``created_by`` (the dotterel version that created
    the file).

``documents`` - one row per ``doc_id``
    ``doc_id VARCHAR PRIMARY KEY``, ``text VARCHAR`` (exactly
    ``Document.text``; all offsets point into it), ``published DATE``,
    ``source``, ``title``, ``url``, ``path`` (``VARCHAR``), ``sha256 VARCHAR``
    (full hex SHA-256 of the UTF-8 text, to spot a changed text under the
    same id), ``added_at TIMESTAMPTZ`` (first stored), ``updated_at
    TIMESTAMPTZ`` (last rewritten).

``events`` - one row per event
    ``event_id VARCHAR PRIMARY KEY``, ``doc_id VARCHAR``, ``seq INTEGER``
    (position in the list written, so events read back in the order given),
    ``event_type``, ``mode``, ``quad_class``, ``cameo``, ``sub_event_type``;
    date: ``date_value VARCHAR`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``),
    ``date_earliest DATE``, ``date_latest DATE``, ``time_precision``;
    location: ``location_name``, ``geonameid BIGINT``, ``latitude DOUBLE``,
    ``longitude DOUBLE`` (WGS84 degrees), ``country`` (ISO 3166-1 alpha-3),
    ``geo_precision``; ``actor_name``, ``actor_country``, ``actor_sector``,
    ``recipient_name``, ``recipient_country``, ``recipient_sector``;
    attribution: ``claimant``, ``claimant_type``, ``certainty``; trigger:
    ``trigger_start INTEGER``, ``trigger_end INTEGER`` (0-based, end-exclusive
    code points into ``documents.text``), ``trigger_text``; ``version`` (the
    dotterel version that made the event), ``run_id`` (``NULL`` when written
    without run information), and ``record JSON``: the full event as
    ``Event.model_dump_json()``.

    ``record`` is the source of truth; :meth:`EventStore.events` rebuilds
    :class:`~dotterel.records.Event` objects from it. The other columns are
    flat copies for SQL queries; a date that is not a valid ``YYYY-MM-DD``
    is left ``NULL`` in ``date_earliest``/``date_latest`` (still in
    ``record``). There is no foreign key from ``events.doc_id`` to
    ``documents`` because DuckDB refuses to update a referenced row, which
    the per-document upsert needs; :meth:`EventStore.write_document` keeps
    the two consistent instead.

``runs`` - one row per run
    ``run_id VARCHAR PRIMARY KEY``, ``dotterel_version VARCHAR``,
    ``started_at TIMESTAMPTZ``, ``settings JSON`` (the run information
    mapping given to :meth:`EventStore.write_document`).

Migrations
----------
Opening a file with an older ``schema_version`` applies the migrations in
:data:`MIGRATIONS` in order, in one transaction. A file with a *newer*
version is refused with :class:`~dotterel.errors.StoreError` (upgrade
dotterel), because an old reader could silently misread new columns.

Concurrency
-----------
DuckDB lets one process write a database file at a time; a second process
gets a :class:`~dotterel.errors.StoreError`. One :class:`EventStore` must
not be used from several threads at once.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import types
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from dotterel.errors import StoreError
from dotterel.records import Document, Event

if TYPE_CHECKING:  # pragma: no cover
    import duckdb

__all__ = ["SCHEMA_VERSION", "MIGRATIONS", "EventStore"]

SCHEMA_VERSION = 1
"""The schema version this dotterel writes (stored in ``meta``)."""

MIGRATIONS: Mapping[int, tuple[str, ...]] = types.MappingProxyType({})
"""SQL statements that take a store from version ``v`` to ``v + 1``, by ``v``.

Empty while there is only version 1. A schema change bumps
:data:`SCHEMA_VERSION` and adds its statements here, so old files are
upgraded on open.
"""

_SCHEMA_SQL: tuple[str, ...] = (
    """
    CREATE TABLE meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY,
        text VARCHAR NOT NULL,
        published DATE,
        source VARCHAR,
        title VARCHAR,
        url VARCHAR,
        path VARCHAR,
        sha256 VARCHAR NOT NULL,
        added_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
    )
    """,
    """
    CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY,
        dotterel_version VARCHAR NOT NULL,
        started_at TIMESTAMPTZ NOT NULL,
        settings JSON NOT NULL
    )
    """,
    # No secondary index on doc_id: DuckDB's per-block min/max statistics
    # already make the per-document delete and filter cheap, and ART indexes
    # slow down the delete-then-insert that write_document does.
    """
    CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        quad_class VARCHAR NOT NULL,
        cameo VARCHAR NOT NULL,
        sub_event_type VARCHAR,
        date_value VARCHAR,
        date_earliest DATE,
        date_latest DATE,
        time_precision VARCHAR,
        location_name VARCHAR,
        geonameid BIGINT,
        latitude DOUBLE,
        longitude DOUBLE,
        country VARCHAR,
        geo_precision VARCHAR,
        actor_name VARCHAR,
        actor_country VARCHAR,
        actor_sector VARCHAR,
        recipient_name VARCHAR,
        recipient_country VARCHAR,
        recipient_sector VARCHAR,
        claimant VARCHAR NOT NULL,
        claimant_type VARCHAR NOT NULL,
        certainty VARCHAR NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text VARCHAR NOT NULL,
        version VARCHAR NOT NULL,
        run_id VARCHAR,
        record JSON NOT NULL
    )
    """,
)

_EVENT_COLUMNS = (
    "event_id", "doc_id", "seq", "event_type", "mode", "quad_class", "cameo", "sub_event_type",
    "date_value", "date_earliest", "date_latest", "time_precision",
    "location_name", "geonameid", "latitude", "longitude", "country", "geo_precision",
    "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country", "recipient_sector",
    "claimant", "claimant_type", "certainty", "trigger_start", "trigger_end", "trigger_text",
    "version", "run_id", "record",
)  # fmt: skip
_INSERT_EVENT_SQL = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
)
_UPSERT_DOCUMENT_SQL = """
    INSERT INTO documents (doc_id, text, published, source, title, url, path, sha256, added_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (doc_id) DO UPDATE SET
        text = excluded.text, published = excluded.published, source = excluded.source,
        title = excluded.title, url = excluded.url, path = excluded.path,
        sha256 = excluded.sha256, updated_at = excluded.updated_at
"""
_UPGRADE_HINT = "upgrade dotterel (pip install -U dotterel)"


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dotterel")
    except PackageNotFoundError:  # running from a source tree
        return "unknown"


def _iso_day(value: str | None) -> datetime.date | None:
    """Parse ``YYYY-MM-DD`` for a DATE column; ``None`` when absent or not a day."""
    if value is None or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _event_row(event: Event, seq: int, run_id: str | None) -> tuple[Any, ...]:
    """Flatten one event into the ``events`` columns (order of ``_EVENT_COLUMNS``)."""
    date = event.date
    loc = event.location
    actor = event.actor
    recipient = event.recipient
    att = event.attribution
    return (
        event.event_id,
        event.doc_id,
        seq,
        event.event_type,
        event.mode,
        event.quad_class,
        event.cameo,
        event.sub_event_type,
        date.value if date else None,
        _iso_day(date.earliest) if date else None,
        _iso_day(date.latest) if date else None,
        date.time_precision if date else None,
        loc.name if loc else None,
        loc.geonameid if loc else None,
        loc.latitude if loc else None,
        loc.longitude if loc else None,
        loc.country if loc else None,
        loc.geo_precision if loc else None,
        actor.name if actor else None,
        actor.country if actor else None,
        actor.sector if actor else None,
        recipient.name if recipient else None,
        recipient.country if recipient else None,
        recipient.sector if recipient else None,
        att.claimant,
        att.claimant_type,
        att.certainty,
        event.trigger.start,
        event.trigger.end,
        event.trigger.text,
        event.version,
        run_id,
        event.model_dump_json(),
    )


class EventStore:
    """A DuckDB file holding documents, their events and the runs that made them.

    Parameters
    ----------
    path : str | os.PathLike
        The database file; created (with its tables) when it does not exist.
        ``":memory:"`` gives a store that lives only as long as the object.
        The parent directory must exist (the store creates no directories).

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
        :data:`SCHEMA_VERSION` (upgrade dotterel).

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

    def __init__(self, path: str | os.PathLike[str]) -> None:
        import duckdb

        self._duckdb = duckdb
        self.path = os.fspath(path)
        self._con: duckdb.DuckDBPyConnection | None = None
        if self.path != ":memory:":
            if os.path.isdir(self.path):
                raise StoreError(f"{self.path}: is a directory; give a database file name", path=self.path)
            parent = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(parent):
                raise StoreError(
                    f"{self.path}: directory {parent} does not exist; create it first", path=self.path
                )
        try:
            self._con = duckdb.connect(self.path)
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
                "close that process or use another file"
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
        if not tables:
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
            self._transaction(lambda: self._migrate(version))

    def _create_schema(self) -> None:
        con = self._connection()
        for statement in _SCHEMA_SQL:
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
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])

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

    def write_document(
        self,
        doc: Document,
        events: Sequence[Event],
        *,
        run_info: Mapping[str, str] | None = None,
    ) -> None:
        """Store a document and replace its events, in one transaction.

        The document row is inserted or updated (``added_at`` is kept,
        ``updated_at`` set), every event stored before for ``doc.doc_id`` is
        deleted, and ``events`` are inserted in the order given. Writing the
        same document again therefore replaces its events and never
        duplicates them; an empty ``events`` clears them. If anything fails,
        the whole transaction is rolled back and what was stored before is
        kept.

        Parameters
        ----------
        doc : Document
            The document; ``doc.published`` must be ``YYYY-MM-DD`` or ``None``.
        events : Sequence[Event]
            All events of this document; each ``event.doc_id`` must equal
            ``doc.doc_id`` and event ids must be unique.
        run_info : Mapping[str, str] | None, optional
            Provenance of the run. Stored whole as the run's ``settings``
            JSON; the keys ``run_id`` (default: ``"run:"`` + 16 hex digits of
            SHA-256 of the sorted JSON of ``run_info``), ``dotterel_version``
            (default: the events' ``version``, else the installed version) and
            ``started_at`` (ISO 8601; default: now, UTC) fill the ``runs``
            row. A run row is written once; later writes with the same
            ``run_id`` keep the first. Events get its ``run_id``; without
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
        run = self._run_row(run_info, events) if run_info is not None else None
        run_id = run[0] if run else None
        # Rows are built before the transaction so a bad record fails early.
        rows = [_event_row(event, seq, run_id) for seq, event in enumerate(events)]
        now = datetime.datetime.now(datetime.timezone.utc)
        doc_row = (
            doc.doc_id,
            doc.text,
            published,
            doc.source,
            doc.title,
            doc.url,
            doc.path,
            hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
            now,
            now,
        )

        def work() -> None:
            con = self._connection()
            if run is not None:
                con.execute(
                    "INSERT INTO runs (run_id, dotterel_version, started_at, settings) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (run_id) DO NOTHING",
                    list(run),
                )
            con.execute(_UPSERT_DOCUMENT_SQL, list(doc_row))
            con.execute("DELETE FROM events WHERE doc_id = ?", [doc.doc_id])
            self._insert_events(rows)

        self._transaction(work)

    def _insert_events(self, rows: list[tuple[Any, ...]]) -> None:
        # A separate method so tests can make the last step of a write fail.
        if rows:
            self._connection().executemany(_INSERT_EVENT_SQL, rows)

    def _check_document(self, doc: Document) -> datetime.date | None:
        if doc.published is None:
            return None
        day = _iso_day(doc.published)
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

    # -- reading -----------------------------------------------------------

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
        rows = self._connection().execute(
            "SELECT doc_id, text, published, source, title, url, path FROM documents ORDER BY doc_id"
        ).fetchall()
        return [
            Document(
                doc_id=doc_id,
                text=text,
                published=published.isoformat() if published is not None else None,
                source=source,
                title=title,
                url=url,
                path=path,
            )
            for doc_id, text, published, source, title, url, path in rows
        ]

    def events(self, *, doc_id: str | None = None) -> list[Event]:
        """Return stored events, rebuilt from their ``record`` JSON.

        Parameters
        ----------
        doc_id : str | None, optional
            Only this document's events; default all.

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
        sql = "SELECT event_id, record FROM events"
        params: list[Any] = []
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            params.append(doc_id)
        rows = self._connection().execute(sql + " ORDER BY doc_id, seq", params).fetchall()
        result = []
        for event_id, record in rows:
            try:
                result.append(Event.model_validate_json(record))
            except ValidationError as exc:
                raise StoreError(
                    f"{self.path}: stored event {event_id} does not match this dotterel's Event model "
                    f"({exc.error_count()} errors); re-code its document or use the dotterel that wrote it",
                    path=self.path,
                ) from exc
        return result

    def count_events(self) -> int:
        """Return the number of stored events.

        Raises
        ------
        StoreError
            When the store is closed.
        """
        row = self._connection().execute("SELECT count(*) FROM events").fetchone()
        return int(row[0]) if row else 0
