"""Rows of the ``events`` and ``event_mentions`` tables from :class:`dotterel.dedup.LinkedEvent` records."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from dotterel.errors import StoreError
from dotterel.store.rows import iso_day

if TYPE_CHECKING:  # pragma: no cover
    from dotterel.dedup import LinkedEvent

__all__ = ["linked_event_row", "event_mention_rows", "linked_event_from_json"]


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
        record)``. Dates: the earliest ``earliest`` and the latest
        ``latest`` over the mentions' dates (full days only); place: the
        location most mentions give (ties: the smallest ``geonameid``, then
        name).
    """
    mentions = [ref.event for ref in event.mentions]
    earliest = [d for d in (iso_day(m.date.earliest) for m in mentions if m.date) if d is not None]
    latest = [d for d in (iso_day(m.date.latest) for m in mentions if m.date) if d is not None]
    places = Counter(
        (m.location.geonameid, m.location.name, m.location.country) for m in mentions if m.location is not None
    )
    best = min(places.items(), key=lambda kv: (-kv[1], kv[0][0] is None, kv[0][0] or 0, kv[0][1]))[0] if places else None
    modes = sorted({m.mode for m in mentions if m.mode})
    return (
        event.event_id,
        event.event_type,
        modes[0] if len(modes) == 1 else None,
        min(earliest) if earliest else None,
        max(latest) if latest else None,
        best[2] if best else None,
        best[0] if best else None,
        best[1] if best else None,
        len(event.mentions),
        len({ref.doc_id for ref in event.mentions}),
        len({ref.source for ref in event.mentions if ref.source}),
        event.model_dump_json(),
    )


def event_mention_rows(event: LinkedEvent) -> list[tuple[str, str, str]]:
    """Rows of ``event_mentions``: ``(event_id, mention_id, doc_id)`` for each mention.

    Parameters
    ----------
    event : LinkedEvent

    Returns
    -------
    list[tuple[str, str, str]]
    """
    return [(event.event_id, ref.event.event_id, ref.doc_id) for ref in event.mentions]


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
