"""Readable table rendering of coded events (for the terminal), with rich.

Each table is followed by a legend of the codes it shows (sector codes, ``IGO``,
date notations; :func:`dotterel.wording.legend_lines`), and each event's claimant
and certainty read as a sentence (:func:`dotterel.wording.on_whose_word`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dotterel.wording import (
    date_notation,
    date_sort_key,
    kept_count,
    legend_lines,
    on_whose_word,
    range_notation,
    vague_figure,
)

__all__ = ["document_title", "render_left_out", "render_linked_events", "render_table"]


def _actor(a) -> str:
    if a is None:
        return ""
    parts = [a.name]
    codes = " ".join(dict.fromkeys(x for x in (a.country, a.sector) if x))
    if codes:
        parts.append(f"[{codes}]")
    return " ".join(parts)


def _legend(actors, dates, counts=()) -> list[str]:
    actors = [a for a in actors if a is not None]
    lines = legend_lines(
        sectors=[a.sector for a in actors if a.sector],
        igo=any(a.country == "IGO" for a in actors),
        dates=dates,
        counts=counts,
    )
    return [escape(line) for line in lines]


def document_title(document) -> str:
    """What a coded document is called above its table: its title, else its file name, else its id.

    Parameters
    ----------
    document : Document

    Returns
    -------
    str
        ``document.title``; the last part of ``document.path`` (the file it
        was read from; standard input has none); else ``document.doc_id``.
    """
    if document.title:
        return document.title
    if document.path and document.path != "-":
        return document.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return document.doc_id


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
        vague = vague_figure(c)
        if (c.low, c.best, c.high, c.estimate) == (None, None, None, None):  # "murdered its own students": no number
            v, vague = "no figure" + (f" ({c.vague})" if c.vague else ""), None
        elif vague is not None and c.estimate is not None:  # "thousands → 1,000 (ACLED)": words and figure
            v = vague
        elif c.best is not None:
            v = f"~{c.best}" if c.approximate else str(c.best)
        else:
            lo = "" if c.low is None else str(c.low)
            hi = "" if c.high is None else str(c.high)
            v = f"{lo}-{hi}" if hi else f">={lo}"
        if vague is not None and c.estimate is None:  # ">=24 (dozens, no CCC figure)"
            v += f" ({vague})"
        label = c.kind + (f"[{c.subgroup}]" if c.subgroup else "")
        if c.aggregate:  # a running total or a sum over a country or period: context, not this event's figure
            v += f" (sum: {c.aggregate})"
        out.append(f"{label} {v}" + (f" ({c.claimant})" if c.claimant else ""))
    return "; ".join(out)


def _n_events(n: int) -> str:
    """"1 event", "8 events": a table's count of events in English."""
    return f"{n:,} event" if n == 1 else f"{n:,} events"


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
        table = Table(title=escape(f"{document_title(coded.document)}: {_n_events(len(coded.events))}"), show_lines=False)
        for col in ("type (mode)", "CAMEO", "actor", "recipient", "where", "when", "counts", "on whose word", "trigger"):
            table.add_column(col, overflow="fold")
        for ev in coded.events:
            cells = [
                f"{ev.event_type}" + (f" ({ev.mode})" if ev.mode else ""),
                ev.cameo,
                _actor(ev.actor),
                _actor(ev.recipient),
                _place(ev.location),
                date_notation(ev.date),
                _counts(ev.counts),
                on_whose_word(ev.attribution),
                f"{ev.trigger.text} @{ev.trigger.start}",
            ]
            # article text is data, not rich markup ("killed[security_forces]" must show)
            table.add_row(*(escape(c) for c in cells))
        console.print(table)
        legend = _legend([a for ev in coded.events for a in (ev.actor, ev.recipient)],
                         [date_notation(ev.date) for ev in coded.events], [_counts(ev.counts) for ev in coded.events])
        for line in legend:
            console.print(line, soft_wrap=True)
        if debug and coded.abstentions:
            ab = Table(title="not coded (debug)")
            ab.add_column("trigger")
            ab.add_column("reason")
            for a in coded.abstentions:
                ab.add_row(escape(f"{a.trigger.text} @{a.trigger.start}"), escape(a.reason))
            console.print(ab)
    return buf.getvalue()


def render_linked_events(events: Sequence, *, title: str = "", width: int | None = None) -> str:
    """Render de-duplicated events (``dotterel events``) as a text table with its legend.

    Parameters
    ----------
    events : sequence of dotterel.dedup.LinkedEvent
        Shown sorted by their earliest possible day
        (:func:`dotterel.wording.date_sort_key`): events known only to be
        before a day (no date in the text) after the dated ones, undated last.
    title : str
        Shown above the table with the number of events.
    width : int | None
        Console width (None: 200 columns).

    Returns
    -------
    str
        The rendered text. The "when" column keeps each date's precision
        (``2024-04 (month)``, ``2024-04-30/2024-05-01``, ``<=2024-05-01``),
        never a day the text does not give.
    """
    buf = io.StringIO()
    console = Console(file=buf, width=width or 200, force_terminal=False, color_system=None)
    events = sorted(events, key=lambda e: date_sort_key(e.earliest, e.latest))
    table = Table(title=escape(f"{title}: {_n_events(len(events))}" if title else _n_events(len(events))))
    for col in ("event", "type (mode)", "when", "where", "actor", "counts", "on whose word", "mentions", "documents",
                "sources"):
        table.add_column(col, overflow="fold")
    dates, counts = [], []
    for ev in events:
        when = _linked_when(ev)
        dates.append(when)
        counts.append("; ".join(kept_count(ev, c) for c in ev.conservative))
        where = ", ".join(x for x in (ev.location.name if ev.location else None,
                                      ev.location.country if ev.location else None) if x)
        words = "; ".join(dict.fromkeys(on_whose_word(m.event.attribution) for m in ev.mentions))
        cells = [ev.event_id, ev.event_type + (f" ({ev.mode})" if ev.mode else ""), when, where, _actor(ev.actor),
                 counts[-1], words, str(len(ev.mentions)), str(len({m.event.doc_id for m in ev.mentions})), str(len(ev.sources))]
        table.add_row(*(escape(c) for c in cells))
    console.print(table)
    legend = _legend([a for ev in events for a in (ev.actor, ev.recipient)], dates, counts)
    for line in legend:
        console.print(line, soft_wrap=True)
    return buf.getvalue()


def _linked_when(ev) -> str:
    """A linked event's date: its best date with its precision when it fits all mentions, else the common range."""
    if ev.date is not None and ev.date.value and ev.dates_consistent:
        return date_notation(ev.date)
    return range_notation(ev.earliest, ev.latest)


def render_left_out(summary, *, width: int | None = None) -> str:
    """Render why an export left events out (``dotterel export``) as a text table.

    Parameters
    ----------
    summary : dotterel.export.left_out.LeftOutSummary
    width : int | None
        Console width (None: 100 columns).

    Returns
    -------
    str
        A title ("acled: 41 of 52 events written; 11 left out"), then, when
        events were left out, one row per reason with its count and its
        cases ("ACCUSE/disapprove 3, AGREE/- 2"), most first.
    """
    buf = io.StringIO()
    console = Console(file=buf, width=width or 100, force_terminal=False, color_system=None)
    left = summary.total - summary.held
    title = f"{summary.format}: {summary.held:,} of {summary.total:,} events written"
    if not left:
        console.print(escape(title + "; none left out"), soft_wrap=True)
        return buf.getvalue()
    table = Table(title=escape(f"{title}; {left:,} left out, by reason"), title_justify="left")
    table.add_column("events", justify="right")
    table.add_column("left out because", overflow="fold")
    table.add_column("cases (type/mode: events)", overflow="fold")
    for r in summary.left_out:
        table.add_row(f"{r.events:,}", escape(r.reason), escape(", ".join(f"{c.case} {c.events:,}" for c in r.cases)))
    console.print(table)
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())
