"""Filters over the linked ``events`` table, as SQL.

:class:`~dotterel.records.filters.EventFilter` (re-exported here, where it
lived before) holds what a caller may filter linked events by, checked and
canonical; :func:`filter_sql` turns it into a ``WHERE`` clause with ``?``
parameters over the ``events`` table. Filters on what the *mentions* of an
event say (actor, certainty, claimant) are ``EXISTS`` sub-queries through
``event_mentions`` into ``actors`` and ``mentions``, so an event is kept when
at least one of its mentions matches, and it is counted once.
"""

from __future__ import annotations

import datetime
from typing import Any

from dotterel.records.filters import CERTAINTIES, EventFilter

__all__ = ["EventFilter", "filter_sql", "CERTAINTIES"]


def _like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_sql(flt: EventFilter) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (without the keyword) and its parameters for one filter.

    Parameters
    ----------
    flt : EventFilter
        Checked and canonical (upper-case alpha-3 country and PLOVER type,
        ``YYYY-MM-DD`` bounds, a known lower-case certainty), as building
        the model makes it.

    Returns
    -------
    tuple[str, list]
        ``("", [])`` when nothing is filtered; otherwise conditions over the
        ``events`` table joined with ``AND``, and their ``?`` parameters in
        order.

    Examples
    --------
    >>> filter_sql(EventFilter(country="kaz"))
    ('events.country = ?', ['KAZ'])
    """
    where: list[str] = []
    params: list[Any] = []
    if flt.country:
        where.append("events.country = ?")
        params.append(flt.country)
    if flt.geonameid is not None:
        where.append("events.geonameid = ?")
        params.append(flt.geonameid)
    if flt.event_type:
        where.append("events.event_type = ?")
        params.append(flt.event_type)
    for bound, column, other, op in ((flt.since, "date_latest", "date_earliest", ">="),
                                     (flt.until, "date_earliest", "date_latest", "<=")):
        if bound is None:
            continue
        day = datetime.date.fromisoformat(bound)
        # An event known only "on or before" (or "on or after") a day is taken at that day: dropping it
        # from every `until` lost the many events bounded by their publication date, and an open end would
        # put a 2024 report's undated event under any `until`, however early. Neither bound: left out.
        where.append(f"coalesce(events.{column}, events.{other}) {op} ?")
        params.append(day)
    if flt.actor:
        where.append(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN actors a ON a.mention_id = em.mention_id "
            "WHERE em.event_id = events.event_id AND (a.name ILIKE ? ESCAPE '\\' "
            "OR upper(a.country) = upper(?) OR upper(a.wikidata) = upper(?)))"
        )
        params.extend([_like_pattern(flt.actor), flt.actor, flt.actor])
    if flt.certainty:
        where.append(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN mentions m ON m.event_id = em.mention_id "
            "WHERE em.event_id = events.event_id AND m.certainty = ?)"
        )
        params.append(flt.certainty)
    if flt.claimant:
        where.append(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN mentions m ON m.event_id = em.mention_id "
            "WHERE em.event_id = events.event_id AND m.claimant ILIKE ? ESCAPE '\\')"
        )
        params.append(_like_pattern(flt.claimant))
    return " AND ".join(where), params
