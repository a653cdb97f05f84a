"""Readable table rendering of coded events (for the terminal), with rich."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

__all__ = ["render_table", "render_event_summaries"]


def _actor(a) -> str:
    if a is None:
        return ""
    parts = [a.name]
    codes = " ".join(dict.fromkeys(x for x in (a.country, a.sector) if x))
    if codes:
        parts.append(f"[{codes}]")
    return " ".join(parts)


def _date(d) -> str:
    if d is None:
        return ""
    if d.value:
        return f"{d.value} ({d.time_precision})"
    if d.earliest and d.latest:
        return f"{d.earliest}/{d.latest}"
    if d.latest:
        return f"<={d.latest}"
    return ""


def _place(p) -> str:
    if p is None:
        return ""
    bits = [p.name]
    if p.country:
        bits.append(p.country)
    return ", ".join(bits) + f" ({p.geo_precision})"


def _counts(cs) -> str:
    out = []
    for c in cs:
        if c.best is not None:
            v = f"~{c.best}" if c.approximate else str(c.best)
        else:
            lo = "" if c.low is None else str(c.low)
            hi = "" if c.high is None else str(c.high)
            v = f"{lo}-{hi}" if hi else f">={lo}"
        label = c.kind + (f"[{c.subgroup}]" if c.subgroup else "")
        out.append(f"{label} {v}" + (f" ({c.claimant})" if c.claimant else ""))
    return "; ".join(out)


def render_table(results: Sequence, *, debug: bool = False, width: int | None = None) -> str:
    """Render coded documents as a text table.

    Parameters
    ----------
    results : sequence of CodedDocument
    debug : bool
        Add a second table with the abstentions.
    width : int | None
        Console width (None: the terminal's).

    Returns
    -------
    str
        The rendered text (the caller decides where it goes).
    """
    buf = io.StringIO()
    console = Console(file=buf, width=width or 200, force_terminal=False, color_system=None)
    for coded in results:
        table = Table(title=escape(f"{coded.document.doc_id}: {len(coded.events)} events"), show_lines=False)
        for col in ("type (mode)", "CAMEO", "actor", "recipient", "where", "when", "counts", "on whose word", "trigger"):
            table.add_column(col, overflow="fold")
        for ev in coded.events:
            att = ev.attribution
            word = att.claimant if att.claimant == "author" else f"{att.claimant} ({att.claimant_type})"
            cells = [
                f"{ev.event_type}" + (f" ({ev.mode})" if ev.mode else ""),
                ev.cameo,
                _actor(ev.actor),
                _actor(ev.recipient),
                _place(ev.location),
                _date(ev.date),
                _counts(ev.counts),
                f"{word}; {att.certainty}",
                f"{ev.trigger.text} @{ev.trigger.start}",
            ]
            # article text is data, not rich markup ("killed[security_forces]" must show)
            table.add_row(*(escape(c) for c in cells))
        console.print(table)
        if debug and coded.abstentions:
            ab = Table(title="not coded (debug)")
            ab.add_column("trigger")
            ab.add_column("reason")
            for a in coded.abstentions:
                ab.add_row(escape(f"{a.trigger.text} @{a.trigger.start}"), escape(a.reason))
            console.print(ab)
    return buf.getvalue()


def render_event_summaries(summaries: Sequence, *, title: str = "", width: int | None = None) -> str:
    """Render de-duplicated events (``dotterel events``) as a text table.

    Parameters
    ----------
    summaries : sequence of dotterel.store.EventSummary
    title : str
        Shown above the table with the number of events.
    width : int | None
        Console width (None: 200 columns).

    Returns
    -------
    str
        The rendered text.
    """
    buf = io.StringIO()
    console = Console(file=buf, width=width or 200, force_terminal=False, color_system=None)
    table = Table(title=escape(f"{title}: {len(summaries)} events" if title else f"{len(summaries)} events"))
    for col in ("event", "type (mode)", "when", "where", "mentions", "documents", "sources"):
        table.add_column(col, overflow="fold")
    for ev in summaries:
        if ev.date_earliest and ev.date_latest and ev.date_earliest != ev.date_latest:
            when = f"{ev.date_earliest}/{ev.date_latest}"
        else:
            when = str(ev.date_earliest or ev.date_latest or "")
        where = ", ".join(x for x in (ev.location_name, ev.country) if x)
        cells = [ev.event_id, ev.event_type + (f" ({ev.mode})" if ev.mode else ""), when, where,
                 str(ev.n_mentions), str(ev.n_documents), str(ev.n_sources)]  # fmt: skip
        table.add_row(*(escape(c) for c in cells))
    console.print(table)
    return buf.getvalue()
