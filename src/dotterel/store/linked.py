"""Rows of the ``events`` and ``event_mentions`` tables from :class:`dotterel.dedup.LinkedEvent` records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from dotterel.errors import StoreError
from dotterel.store.rows import iso_day

if TYPE_CHECKING:  # pragma: no cover
    from dotterel.dedup import LinkedEvent
    from dotterel.records.run import EventSummary

__all__ = ["EVENT_COLUMNS", "linked_event_row", "event_mention_rows", "linked_event_from_json", "event_summary"]

EVENT_COLUMNS = (
    "event_id", "event_type", "mode", "date_earliest", "date_latest", "country", "geonameid", "location_name",
    "n_mentions", "n_documents", "n_sources", "record",
)  # fmt: skip
"""Columns of the ``events`` table, in the order of :func:`linked_event_row`."""


def linked_event_row(event: LinkedEvent) -> tuple[Any, ...]:
    """Flatten one linked event into the ``events`` columns.

    Parameters
    ----------
    event : LinkedEvent

    Returns
    -------
    tuple
        ``(event_id, event_type, mode, date_earliest, date_latest, country,
        geonameid, location_name, n_mentions, n_documents, n_sources,
        record)``: the linked event's own ``earliest``/``latest`` (the range
        that fits all mentions) and ``location``; ``n_sources`` counts its
        distinct outlets.
    """
    location = event.location
    return (
        event.event_id,
        event.event_type,
        event.mode,
        iso_day(event.earliest),
        iso_day(event.latest),
        location.country if location else None,
        location.geonameid if location else None,
        location.name if location else None,
        len(event.mentions),
        len({ref.doc_id for ref in event.mentions}),
        len(event.sources),
        event.model_dump_json(),
    )


def event_summary(event: LinkedEvent) -> EventSummary:
    """The flat columns of one linked event, as a row of ``events`` gives them.

    Parameters
    ----------
    event : LinkedEvent

    Returns
    -------
    EventSummary
    """
    from dotterel.records.run import EventSummary

    row = dict(zip(EVENT_COLUMNS, linked_event_row(event)))
    return EventSummary(**{name: row[name] for name in EventSummary.model_fields})


def event_mention_rows(event: LinkedEvent) -> list[tuple[str, str, str]]:
    """Rows of ``event_mentions``: ``(event_id, mention_id, doc_id)`` for each mention.

    Parameters
    ----------
    event : LinkedEvent

    Returns
    -------
    list[tuple[str, str, str]]
    """
    return [(event.event_id, ref.mention_id, ref.doc_id) for ref in event.mentions]


def linked_event_from_json(event_id: str, record: str, *, path: str) -> LinkedEvent:
    """Rebuild a stored linked event from its ``record`` JSON.

    Parameters
    ----------
    event_id : str
    record : str
    path : str
        The store, named in the error.

    Returns
    -------
    LinkedEvent

    Raises
    ------
    StoreError
        When the record no longer validates against this dotterel's model.
    """
    from dotterel.dedup import LinkedEvent

    try:
        return LinkedEvent.model_validate_json(record)
    except ValidationError as exc:
        raise StoreError(
            f"{path}: stored event {event_id} does not match this dotterel's LinkedEvent model "
            f"({exc.error_count()} errors); re-run the corpus with this dotterel",
            path=path,
        ) from exc
