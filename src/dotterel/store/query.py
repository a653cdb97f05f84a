"""Filters over the linked ``events`` table, as SQL.

:class:`EventFilter` holds what a caller may filter linked events by (the
``dotterel events`` options, the server's ``GET /api/v1/events`` query);
:func:`filter_sql` turns it into a ``WHERE`` clause with ``?`` parameters
over the ``events`` table. Filters on what the *mentions* of an event say
(actor, certainty, claimant) are ``EXISTS`` sub-queries through
``event_mentions`` into ``actors`` and ``mentions``, so an event is kept when
at least one of its mentions matches, and it is counted once.
"""

from __future__ import annotations

import datetime
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict

from dotterel.errors import StoreError
from dotterel.records import Certainty
from dotterel.store.rows import iso_day

__all__ = ["EventFilter", "filter_sql", "CERTAINTIES"]

CERTAINTIES: tuple[str, ...] = get_args(Certainty)
"""Every attribution certainty a mention can have (:data:`dotterel.records.Certainty`)."""


class EventFilter(BaseModel):
    """What to keep of the linked events; every field is optional and they combine with AND.

    Attributes
    ----------
    country : str | None
        ISO 3166-1 alpha-3 code of the event's location (``"KAZ"``),
        compared case-insensitively.
    event_type : str | None
        PLOVER event type (``"PROTEST"``), compared case-insensitively.
    since, until : str | datetime.date | None
        ISO dates ``YYYY-MM-DD``, inclusive: an event is kept when its date
        range ``[date_earliest, date_latest]`` overlaps ``[since, until]``;
        an event known on one side only ("on or before 10 January", often
        the publication date) is taken at its known day. Events with no
        date at all are left out when either bound is given.
    actor : str | None
        Kept when any mention's actor or recipient has this text inside its
        canonical name, or this ISO alpha-3 ``country``, or this Wikidata QID;
        all case-insensitive (``"police"``, ``"KAZ"``, ``"Q191"``).
    certainty : str | None
        Kept when any mention has this attribution certainty (one of
        :data:`CERTAINTIES`, e.g. ``"alleged"``).
    claimant : str | None
        Kept when any mention's claimant has this text inside it,
        case-insensitive (``"author"`` for the outlet's own voice,
        ``"Tokayev"``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    country: str | None = None
    event_type: str | None = None
    since: str | datetime.date | None = None
    until: str | datetime.date | None = None
    actor: str | None = None
    certainty: str | None = None
    claimant: str | None = None


def _like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_sql(flt: EventFilter, *, path: str) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (without the keyword) and its parameters for one filter.

    Parameters
    ----------
    flt : EventFilter
    path : str
        The store, named in error messages.

    Returns
    -------
    tuple[str, list]
        ``("", [])`` when nothing is filtered; otherwise conditions over the
        ``events`` table joined with ``AND``, and their ``?`` parameters in
        order.

    Raises
    ------
    StoreError
        When ``since``/``until`` is not ``YYYY-MM-DD`` or ``certainty`` is
        not one of :data:`CERTAINTIES`.

    Examples
    --------
    >>> filter_sql(EventFilter(country="kaz"), path=":memory:")
    ('events.country = ?', ['KAZ'])
    """
    where: list[str] = []
    params: list[Any] = []
    if flt.country:
        where.append("events.country = ?")
        params.append(flt.country.strip().upper())
    if flt.event_type:
        where.append("events.event_type = ?")
        params.append(flt.event_type.strip().upper())
    for bound, column, other, op in ((flt.since, "date_latest", "date_earliest", ">="),
                                     (flt.until, "date_earliest", "date_latest", "<=")):
        if bound is None:
            continue
        day = bound if isinstance(bound, datetime.date) else iso_day(str(bound).strip())
        if day is None:
            raise StoreError(f"{path}: date {bound!r} is not YYYY-MM-DD; give e.g. 2022-01-05", path=path)
        # An event known only "on or before" (or "on or after") a day is taken at that day: dropping it
        # from every `until` lost the many events bounded by their publication date, and an open end would
        # put a 2024 report's undated event under any `until`, however early. Neither bound: left out.
        where.append(f"coalesce(events.{column}, events.{other}) {op} ?")
        params.append(day)
    if flt.actor:
        needle = flt.actor.strip()
        where.append(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN actors a ON a.mention_id = em.mention_id "
            "WHERE em.event_id = events.event_id AND (a.name ILIKE ? ESCAPE '\\' "
            "OR upper(a.country) = upper(?) OR upper(a.wikidata) = upper(?)))"
        )
        params.extend([_like_pattern(needle), needle, needle])
    if flt.certainty:
        certainty = flt.certainty.strip().lower()
        if certainty not in CERTAINTIES:
            raise StoreError(
                f"{path}: certainty {flt.certainty!r} is not one of {', '.join(CERTAINTIES)}", path=path
            )
        where.append(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN mentions m ON m.event_id = em.mention_id "
            "WHERE em.event_id = events.event_id AND m.certainty = ?)"
        )
        params.append(certainty)
    if flt.claimant:
        where.append(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN mentions m ON m.event_id = em.mention_id "
            "WHERE em.event_id = events.event_id AND m.claimant ILIKE ? ESCAPE '\\')"
        )
        params.append(_like_pattern(flt.claimant.strip()))
    return " AND ".join(where), params
