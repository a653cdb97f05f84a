"""Flatten records into rows of the store's tables (see ``docs/store.md``).

The ``record`` JSON column of ``mentions`` and ``events`` is the source of
truth; the other columns are flat copies for SQL. A date that is not a valid
``YYYY-MM-DD`` day is left ``NULL`` in a ``DATE`` column (it stays in
``record``).
"""

from __future__ import annotations

import datetime
from typing import Any

from dotterel.records import Event
from dotterel.records.run import error_id  # noqa: F401  (re-exported: it moved with RecordedError)

__all__ = ["iso_day", "mention_row", "actor_rows", "place_rows", "error_id"]


def iso_day(value: str | None) -> datetime.date | None:
    """Parse ``YYYY-MM-DD`` for a DATE column.

    Parameters
    ----------
    value : str | None

    Returns
    -------
    datetime.date | None
        ``None`` when absent or not a full day (``YYYY-MM``, ``YYYY``).

    Examples
    --------
    >>> iso_day("2022-01-05"), iso_day("2022-01")
    (datetime.date(2022, 1, 5), None)
    """
    if value is None or len(value) != 10:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def mention_row(event: Event, seq: int, run_id: str | None) -> tuple[Any, ...]:
    """Flatten one event mention into the ``mentions`` columns.

    Parameters
    ----------
    event : Event
        One event as coded in one document.
    seq : int
        Its 0-based position among its document's events.
    run_id : str | None
        The run that stored it.

    Returns
    -------
    tuple
        In the order of :data:`dotterel.store.schema.MENTION_COLUMNS`.
    """
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
        iso_day(date.earliest) if date else None,
        iso_day(date.latest) if date else None,
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
        event.detector,
        event.confidence,
    )


def actor_rows(event: Event) -> list[tuple[Any, ...]]:
    """Rows of ``actors`` for one mention: its actor and its recipient, when present.

    Parameters
    ----------
    event : Event

    Returns
    -------
    list[tuple]
        ``(mention_id, doc_id, role, name, country, sector, kind, actor_role,
        wikidata)`` with ``role`` ``"actor"`` or ``"recipient"``.
    """
    rows = []
    for role, actor in (("actor", event.actor), ("recipient", event.recipient)):
        if actor is not None:
            rows.append(
                (event.event_id, event.doc_id, role, actor.name, actor.country, actor.sector, actor.kind,
                 actor.role, actor.wikidata)
            )  # fmt: skip
    return rows


def place_rows(event: Event) -> list[tuple[Any, ...]]:
    """Rows of ``places`` for one mention: its location, then every place of its sentence.

    Parameters
    ----------
    event : Event

    Returns
    -------
    list[tuple]
        ``(mention_id, doc_id, seq, is_location, name, geonameid, latitude,
        longitude, country, admin1, feature_code, geo_precision)``;
        ``seq`` 0 is the event's location when it has one (``is_location``
        true), then ``Event.places`` in order.
    """
    rows = []
    located = [(True, event.location)] if event.location is not None else []
    for seq, (is_location, place) in enumerate([*located, *((False, p) for p in event.places)]):
        rows.append(
            (event.event_id, event.doc_id, seq, is_location, place.name, place.geonameid, place.latitude,
             place.longitude, place.country, place.admin1, place.feature_code,
             place.geo_precision)
        )  # fmt: skip
    return rows
