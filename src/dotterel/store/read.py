"""Reading an event store: documents, mentions, linked events, errors and shards.

:class:`StoreReader` holds every query of :class:`dotterel.store.EventStore`.
It never writes: the linked ``events`` table is rebuilt by the writer
(:meth:`dotterel.store.write.StoreWriter.refresh_events`), and before a query
of ``events`` the reader calls :meth:`StoreReader._before_reading_events`, a
hook that does nothing here and that the writer overrides to re-link stale
events first. A store opened read-only is never stale (opening checks it).

Every query of linked events takes one
:class:`~dotterel.records.filters.EventFilter`; the SQL is
:func:`dotterel.store.query.filter_sql`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from dotterel.errors import StoreError
from dotterel.records import Document, Event
from dotterel.records.run import EventSummary, RecordedError
from dotterel.store.connection import StoreConnection

if TYPE_CHECKING:  # pragma: no cover
    from dotterel.dedup import LinkedEvent, MentionRef
    from dotterel.records.filters import EventFilter

__all__ = ["StoreReader"]

_DOCUMENT_COLUMNS = "doc_id, text, published, source, title, url, path"


def _document_from_row(row: tuple[Any, ...]) -> Document:
    """A :class:`Document` from the :data:`_DOCUMENT_COLUMNS` of one ``documents`` row."""
    doc_id, text, published, source, title, url, path = row
    return Document(doc_id=doc_id, text=text, published=published.isoformat() if published is not None else None,
                    source=source, title=title, url=url, path=path)


class StoreReader(StoreConnection):
    """The queries of an :class:`~dotterel.store.EventStore` (see there for opening and examples)."""

    def _before_reading_events(self) -> None:
        """Run before each query of ``events``/``event_mentions``: a reader writes nothing, so nothing here.

        :class:`~dotterel.store.write.StoreWriter` overrides it to re-link
        the events first when mentions changed since they were linked.
        """

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
        where: EventFilter | None = None,
        /,
        *,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> Iterator[LinkedEvent]:
        """De-duplicated events, filtered and paged, streamed from the ``events`` table.

        The filter is one :class:`~dotterel.records.filters.EventFilter`,
        given whole or as its fields by keyword (``country="KAZ"`` is
        ``EventFilter(country="KAZ")``); its fields combine with AND and
        the SQL is :func:`dotterel.store.query.filter_sql`.

        Parameters
        ----------
        where : EventFilter | None, optional, positional-only
            What to keep; ``None`` (and no keywords) keeps every event.
        limit : int | None, optional
            At most this many events (``None``: all); must be >= 0.
        offset : int, optional
            Skip this many events first (>= 0), for paging.
        **filters
            The fields of :class:`~dotterel.records.filters.EventFilter`
            (``country``, ``event_type``, ``since``, ``until``, ``actor``,
            ``certainty``, ``claimant``), instead of ``where``.

        Yields
        ------
        LinkedEvent
            Ordered by earliest date (undated last), then ``event_id``, so
            pages are stable.

        Raises
        ------
        StoreError
            When the store is closed, a filter value is invalid (a bound not
            ``YYYY-MM-DD``, an unknown certainty, country or event type; the
            message is :class:`EventFilter`'s), or a stored record no longer
            validates.
        TypeError
            When ``where`` and keywords are both given, or a keyword is not a filter.
        ValueError
            When ``limit`` or ``offset`` is negative.

        Examples
        --------
        >>> for ev in store.linked_events(country="KAZ", event_type="PROTEST", since="2022-01-01"):
        ...     print(ev.event_id)  # doctest: +SKIP
        """
        from dotterel.store.linked import linked_event_from_json

        flt = self._event_filter(where, filters)
        for event_id, record in self._select_events("event_id, record", flt, limit=limit, offset=offset):
            yield linked_event_from_json(event_id, record, path=self.path)

    def event_summaries(
        self,
        where: EventFilter | None = None,
        /,
        *,
        limit: int | None = None,
        offset: int = 0,
        **filters: Any,
    ) -> Iterator[EventSummary]:
        """The flat columns of the ``events`` table, filtered and paged as :meth:`linked_events`.

        Parameters
        ----------
        where, limit, offset, **filters
            As :meth:`linked_events`.

        Yields
        ------
        EventSummary
            In the order of :meth:`linked_events`.

        Raises
        ------
        StoreError, TypeError, ValueError
            As :meth:`linked_events`.
        """
        flt = self._event_filter(where, filters)
        columns = ", ".join(f"events.{name}" for name in EventSummary.model_fields)
        for row in self._select_events(columns, flt, limit=limit, offset=offset):
            yield EventSummary(**dict(zip(EventSummary.model_fields, row)))

    def count_linked_events(self, where: EventFilter | None = None, /, **filters: Any) -> int:
        """Return the number of de-duplicated events, all or those a filter keeps.

        Parameters
        ----------
        where, **filters
            As :meth:`linked_events`; none given counts every row of ``events``.

        Returns
        -------
        int
            The total a page of :meth:`linked_events` with the same filter
            is part of.

        Raises
        ------
        StoreError, TypeError
            As :meth:`linked_events`.
        """
        from dotterel.store.query import filter_sql

        where_sql, params = filter_sql(self._event_filter(where, filters))
        self._before_reading_events()
        sql = "SELECT count(*) FROM events" + (f" WHERE {where_sql}" if where_sql else "")
        row = self._connection().execute(sql, params).fetchone()
        return int(row[0]) if row else 0

    def _event_filter(self, where: EventFilter | None, filters: dict[str, Any]) -> EventFilter:
        """The one filter of a query, from ``where`` or from its fields given as keywords."""
        from dotterel.records.filters import EventFilter, filter_problems

        if where is not None:
            if filters:
                raise TypeError("give an EventFilter or filter keywords, not both")
            return where
        unknown = sorted(set(filters) - set(EventFilter.filter_names()))
        if unknown:
            raise TypeError(f"unknown filter {', '.join(unknown)}; the filters are {', '.join(EventFilter.filter_names())}")
        try:
            return EventFilter(**filters)
        except ValidationError as exc:
            problems = "; ".join(f"{field} {message}".strip() for field, message in filter_problems(exc))
            raise StoreError(f"{self.path}: {problems}", path=self.path) from None

    def _select_events(
        self, columns: str, flt: EventFilter, *, limit: int | None, offset: int
    ) -> Iterator[tuple[Any, ...]]:
        from dotterel.store.query import filter_sql

        if limit is not None and limit < 0:
            raise ValueError(f"limit must be >= 0, not {limit}")
        if offset < 0:
            raise ValueError(f"offset must be >= 0, not {offset}")
        where, params = filter_sql(flt)
        self._before_reading_events()
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

    def linked_event(self, event_id: str) -> LinkedEvent | None:
        """Return one de-duplicated event by its id, or by the id of one of its mentions.

        One id space: every id dotterel prints finds its event here. A
        linked event's id (:mod:`dotterel.dedup`) gives that event; a
        mention's id (the ``event_id`` of an :class:`~dotterel.records.Event`,
        what ``dotterel code`` prints) gives the linked event the mention
        belongs to. Both are ``"ev:"`` + 16 hex digits of different hashes;
        a linked event's own id is tried first.

        Parameters
        ----------
        event_id : str
            A linked event's id or a mention's id.

        Returns
        -------
        LinkedEvent | None
            ``None`` when neither a linked event nor a mention has that id.

        Raises
        ------
        StoreError
            When the store is closed or the stored record no longer validates.

        Examples
        --------
        >>> mention = store.events()[0]  # doctest: +SKIP
        >>> mention.event_id in {ref.mention_id for ref in store.linked_event(mention.event_id).mentions}  # doctest: +SKIP
        True
        """
        from dotterel.store.linked import linked_event_from_json

        self._before_reading_events()
        con = self._connection()
        row = con.execute("SELECT event_id, record FROM events WHERE event_id = ?", [event_id]).fetchone()
        if row is None:
            row = con.execute(
                "SELECT e.event_id, e.record FROM event_mentions em JOIN events e ON e.event_id = em.event_id "
                "WHERE em.mention_id = ?",
                [event_id],
            ).fetchone()
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
        self._before_reading_events()
        rows = self._connection().execute(
            "SELECT mention_id, event_id FROM event_mentions WHERE doc_id = ? ORDER BY mention_id", [doc_id]
        ).fetchall()
        return dict(rows)

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
