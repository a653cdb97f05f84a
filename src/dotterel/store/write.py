"""Writing an event store: documents with their mentions, batches, errors, runs, shards, linked events.

:class:`StoreWriter` holds every write of :class:`dotterel.store.EventStore`.
Writes are atomic: a document (or a whole shard of documents) is written in
one transaction that replaces the document's mentions, so re-coding a
document never duplicates them, and a failure half-way leaves what was
stored before untouched. The ``events`` table is rebuilt from all mentions
by :meth:`StoreWriter.refresh_events` (deterministic: the same mentions give
the same events, whatever order they were loaded in).

Migrations
----------
Opening a file with an older ``schema_version`` applies the statements of
:data:`dotterel.store.schema.MIGRATIONS` in order, in one transaction, then
links the mentions into events (:meth:`StoreWriter._migrate`).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from dotterel.collector import collector_paused
from dotterel.errors import StoreError
from dotterel.records import Document, Event
from dotterel.records.run import CodedBatchItem, RecordedError
from dotterel.store.connection import installed_version
from dotterel.store.linked import EVENT_COLUMNS
from dotterel.store.read import StoreReader
from dotterel.store.rows import actor_rows, iso_day, mention_row, place_rows
from dotterel.store.schema import MENTION_COLUMNS, MIGRATIONS, SCHEMA_VERSION

__all__ = ["StoreWriter"]

_INSERT_EVENT_SQL = (
    f"INSERT INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES ({', '.join('?' for _ in MENTION_COLUMNS)})"
)
_DOCUMENT_COLUMNS = ("doc_id", "text", "published", "source", "title", "url", "path", "sha256", "added_at", "updated_at")
_ACTOR_COLUMNS = ("mention_id", "doc_id", "role", "name", "country", "sector", "kind", "actor_role", "wikidata")
_PLACE_COLUMNS = ("mention_id", "doc_id", "seq", "is_location", "name", "geonameid", "latitude", "longitude",
                  "country", "admin1", "feature_code", "geo_precision")
_ON_DOCUMENT_CONFLICT = """
    ON CONFLICT (doc_id) DO UPDATE SET
        text = excluded.text, published = excluded.published, source = excluded.source,
        title = excluded.title, url = excluded.url, path = excluded.path,
        sha256 = excluded.sha256, updated_at = excluded.updated_at
"""


@contextlib.contextmanager
def _as_relation(con, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Iterator[str]:
    """Let SQL read ``rows`` (tuples in the order of ``columns``) as the view ``name``, an Arrow table.

    A column of only ``None`` is Arrow's null type, which DuckDB casts to
    any column type on insert.
    """
    import pyarrow as pa

    arrays = [pa.array(list(col)) for col in zip(*rows)] if rows else [pa.array([], pa.string()) for _ in columns]
    con.register(name, pa.table(arrays, names=list(columns)))
    try:
        yield name
    finally:
        con.unregister(name)


def _bulk_insert(con, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, suffix: str = "") -> None:
    """Insert ``rows`` with one ``INSERT ... SELECT`` from an Arrow table; ``suffix`` is e.g. an ``ON CONFLICT``."""
    if rows:
        names = ", ".join(columns)
        with _as_relation(con, f"_dotterel_new_{table}", columns, rows) as view:
            con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view} {suffix}")


class StoreWriter(StoreReader):
    """The writes of an :class:`~dotterel.store.EventStore` (see there for opening and examples)."""

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
            self._write_prepared([prepared])
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
            self._write_prepared(prepared)
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

    def mark_killed_runs(self, *, resumed_by: str) -> list[str]:
        """Mark the unfinished rows of corpus runs that were killed, and return their ids.

        DuckDB lets one process write a store at a time, so a ``dotterel
        run`` row without ``finished_at`` found by the process that now
        holds the store is that of a run that died (``kill -9``, a crash, a
        full disk). Its ``finished_at`` becomes now and its ``summary``
        ``{"status": "killed", "resumed_by": resumed_by}``; the shards it
        left are loaded by the new run. Rows of ``dotterel code`` are not
        touched.

        Parameters
        ----------
        resumed_by : str
            The id of the run that found them (it is not marked itself).

        Returns
        -------
        list[str]
            The ids of the runs marked, oldest first.

        Raises
        ------
        StoreError
            When the write fails.
        """
        con = self._connection()
        killed = [
            row[0]
            for row in con.execute(
                "SELECT run_id FROM runs WHERE finished_at IS NULL AND run_id <> ? "
                "AND json_extract_string(settings, '$.command') = 'run' ORDER BY started_at, run_id",
                [resumed_by],
            ).fetchall()
        ]
        if killed:
            now = datetime.datetime.now(datetime.timezone.utc)
            text = json.dumps({"resumed_by": resumed_by, "status": "killed"}, sort_keys=True)
            self._transaction(
                lambda: con.executemany(
                    "UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ?", [[now, text, k] for k in killed]
                )
            )
        return killed

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

    def _write_prepared(self, prepared: Sequence[tuple]) -> None:
        """Write documents with their rows in bulk: upsert, delete their old rows, insert the new ones.

        One statement per table for the whole batch, each reading an Arrow
        table (a corpus run's shard used to cost one upsert, three deletes
        and three inserts per document). A ``doc_id`` given twice keeps its
        later item, as two writes in that order would.
        """
        last = {one[0][0]: one for one in prepared}
        prepared = list(last.values())
        con = self._connection()
        if last:
            with _as_relation(con, "_dotterel_written", ("doc_id",), [(doc_id,) for doc_id in last]) as view:
                # A corpus run writes new documents: only stored ones (always written with their mentions)
                # have rows to delete, and each DELETE reads its whole table, so it runs only for them.
                stored = f"SELECT count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM {view})"
                if con.execute(stored).fetchall()[0][0]:
                    for table in ("mentions", "actors", "places"):
                        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM {view})")
        _bulk_insert(con, "documents", _DOCUMENT_COLUMNS, [one[0] for one in prepared], suffix=_ON_DOCUMENT_CONFLICT)
        _bulk_insert(con, "actors", _ACTOR_COLUMNS, [row for one in prepared for row in one[2]])
        _bulk_insert(con, "places", _PLACE_COLUMNS, [row for one in prepared for row in one[3]])
        self._insert_events([row for one in prepared for row in one[1]])

    def _insert_events(self, rows: list[tuple[Any, ...]]) -> None:
        # A separate method so tests can make the last step of a write fail.
        _bulk_insert(self._connection(), "mentions", MENTION_COLUMNS, rows)

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
        version = run_info.get("dotterel_version") or (events[0].version if events else installed_version())
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
        with collector_paused():  # reading, linking and writing every event makes no reference cycles
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
        _bulk_insert(con, "events", EVENT_COLUMNS, rows)
        _bulk_insert(con, "event_mentions", ("event_id", "mention_id", "doc_id"),
                     [row for event in linked for row in event_mention_rows(event)])
        con.execute(
            "INSERT INTO meta VALUES ('events_stale', '0') ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )
        return len(rows)

    def _before_reading_events(self) -> None:
        """Re-link the events first when mentions changed since they were linked (:meth:`refresh_events`)."""
        if self.events_stale():
            self.refresh_events()

    # -- migrations --------------------------------------------------------

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
        _bulk_insert(con, "actors", _ACTOR_COLUMNS, actors)
        _bulk_insert(con, "places", _PLACE_COLUMNS, places)
