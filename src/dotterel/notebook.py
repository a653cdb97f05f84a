"""dotterel in Jupyter: highlighted evidence for coded documents and events, and a store as DataFrames.

- :func:`open` (also ``dotterel.open``) opens a store read-only and returns a
  :class:`Dataset`: its events, filtered as ``dotterel events`` filters them,
  as a list that renders in a notebook (:class:`EventList`), an Arrow table,
  a pandas or a polars DataFrame (the flat columns of ``dotterel export
  --format csv``, :data:`dotterel.export.tabular.FLAT_COLUMNS`).
- A :class:`~dotterel.coder.CodedDocument` shows in a notebook as its text
  with each event's evidence highlighted, as displaCy shows entities
  (its ``_repr_html_`` calls :func:`document_html`); :func:`render` wraps an
  event or a list of events the same way, and ``%load_ext dotterel.notebook``
  makes IPython render every event and linked event so.

The HTML is built by the same code as the web viewer
(:func:`dotterel.server.highlight.highlight`: every piece of text escaped)
and styled by one ``<style>`` block scoped to ``.dotterel-nb``.

Example
-------
>>> import dotterel                                   # doctest: +SKIP
>>> data = dotterel.open("events.duckdb")             # doctest: +SKIP
>>> data.to_pandas(country="KAZ", event_type="PROTEST")[["event_id", "date", "location_name"]]  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import escape

from dotterel.wording import date_notation, on_whose_word, range_notation

__all__ = ["Dataset", "EventList", "Rendered", "load_ipython_extension", "open", "render"]

_STYLE = """<style>
.dotterel-nb { font: 14px/1.6 system-ui, sans-serif; max-width: 60rem; }
.dotterel-nb .dn-text { white-space: pre-wrap; border-left: 3px solid #ddd; padding: .2rem .8rem; }
.dotterel-nb mark.hl { padding: 0 .15em; border-radius: .2em; }
.dotterel-nb mark.hl-trigger { background: #ffd27a; font-weight: 600; }
.dotterel-nb mark.hl-actor { background: #c6e2ff; }
.dotterel-nb mark.hl-recipient { background: #d9ccff; }
.dotterel-nb mark.hl-location { background: #c8f0c8; }
.dotterel-nb mark.hl-date { background: #f7d4e6; }
.dotterel-nb mark.hl-count { background: #ffe0c2; }
.dotterel-nb mark.hl-claimant { background: #e4e4e4; text-decoration: underline dotted; }
.dotterel-nb mark.hl::after { content: attr(data-field); font-size: .65em; font-weight: 600; text-transform: uppercase;
  margin-left: .3em; color: #555; vertical-align: middle; }
.dotterel-nb table { border-collapse: collapse; margin-top: .5rem; }
.dotterel-nb td, .dotterel-nb th { border-bottom: 1px solid #eee; padding: .15rem .5rem; text-align: left; vertical-align: top; }
.dotterel-nb .dn-meta { color: #666; font-size: .85em; }
</style>"""
"""Scoped CSS (a notebook has no CSP; the web viewer keeps its own stylesheet)."""


def _highlighted_text(text: str, events: Sequence) -> str:
    from dotterel.server.highlight import event_spans, highlight

    spans = [span for event in events for span in event_spans(event)]
    return str(highlight(text, spans))


def _event_rows(events: Sequence) -> str:
    rows = []
    for event in events:
        mentions = getattr(event, "mentions", None)
        if mentions is not None:  # a linked event: its best fields, its mentions' words
            words = "; ".join(dict.fromkeys(on_whose_word(m.event.attribution) for m in mentions))
            when = date_notation(event.date) if event.date is not None and event.date.value else range_notation(
                event.earliest, event.latest)
            evidence = "; ".join(dict.fromkeys(f"“{m.event.trigger.text}” ({m.source or m.doc_id})" for m in mentions))
        else:
            words = on_whose_word(event.attribution)
            when = date_notation(event.date)
            evidence = f"“{event.trigger.text}” @{event.trigger.start}"
        place = event.location.name + (f", {event.location.country}" if event.location.country else "") \
            if event.location is not None else ""
        actor = event.actor.name if event.actor is not None else ""
        recipient = event.recipient.name if event.recipient is not None else ""
        cells = [f"{event.event_type}" + (f" ({event.mode})" if event.mode else ""), actor, recipient, place, when,
                 words, evidence]
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("type (mode)", "actor", "recipient", "where", "when", "on whose word",
                                              "evidence"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def document_html(coded: Any) -> str:
    """HTML of a coded document: the text with every event's evidence highlighted, then the events.

    Parameters
    ----------
    coded : CodedDocument
        From :meth:`dotterel.coder.Coder.code_documents`.

    Returns
    -------
    str
        A ``<div class="dotterel-nb">`` with its scoped style; the text is
        escaped, each evidence span in a ``<mark class="hl hl-FIELD">``
        (``trigger``, ``actor``, ``recipient``, ``location``, ``date``,
        ``count``, ``claimant``).
    """
    from dotterel.render import document_title

    doc = coded.document
    title = document_title(doc)
    meta = ", ".join(x for x in (doc.source, f"published {doc.published}" if doc.published else None) if x)
    return (f'{_STYLE}<div class="dotterel-nb"><strong>{escape(title)}</strong>: {len(coded.events)} '
            f'event{"s" if len(coded.events) != 1 else ""} <span class="dn-meta">{escape(meta)}</span>'
            f'<div class="dn-text">{_highlighted_text(doc.text, coded.events)}</div>'
            f"{_event_rows(coded.events)}</div>")


def events_html(events: Sequence) -> str:
    """HTML of a list of events (mentions or linked events): one row each, with its evidence sentence highlighted.

    Parameters
    ----------
    events : Sequence[Event | LinkedEvent]

    Returns
    -------
    str
    """
    from dotterel.server.highlight import event_spans, highlight

    parts = []
    for event in events:
        mention = event.mentions[0].event if getattr(event, "mentions", None) else event
        sentence = mention.sentence
        html = highlight(sentence.text, event_spans(mention), offset=sentence.start)
        parts.append(f"<li>{html}</li>")
    return (f'{_STYLE}<div class="dotterel-nb">{len(events)} event{"s" if len(events) != 1 else ""}'
            f"{_event_rows(events)}<ol class=\"dn-sentences\">{''.join(parts)}</ol></div>")


class Rendered:
    """An object a notebook displays as HTML (``_repr_html_``); ``str()`` gives the same HTML.

    Parameters
    ----------
    html : str
    """

    def __init__(self, html: str) -> None:
        self.html = html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


class EventList(list):
    """A list of events that renders as a highlighted table in a notebook (otherwise a plain ``list``)."""

    def _repr_html_(self) -> str:
        return events_html(self)


def render(obj: Any) -> Rendered:
    """Wrap a coded document, an event or events for display in a notebook.

    Parameters
    ----------
    obj : CodedDocument | Event | LinkedEvent | Iterable of events

    Returns
    -------
    Rendered

    Raises
    ------
    TypeError
        For anything else.
    """
    if hasattr(obj, "document") and hasattr(obj, "events"):
        return Rendered(document_html(obj))
    if hasattr(obj, "event_type"):
        return Rendered(events_html([obj]))
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        return Rendered(events_html(list(obj)))
    raise TypeError(f"cannot render a {type(obj).__name__}; give a CodedDocument, an event or a list of events")


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext dotterel.notebook``: render events and linked events (and CodedDocuments) as highlighted HTML.

    Parameters
    ----------
    ipython : IPython.core.interactiveshell.InteractiveShell
    """
    from dotterel.coder import CodedDocument
    from dotterel.dedup import LinkedEvent
    from dotterel.records import Event

    formatter = ipython.display_formatter.formatters["text/html"]
    formatter.for_type(CodedDocument, document_html)
    formatter.for_type(Event, lambda e: events_html([e]))
    formatter.for_type(LinkedEvent, lambda e: events_html([e]))


class Dataset:
    """A dotterel store opened for reading (see :func:`open`). Close it, or use it in a ``with`` block.

    Every method takes the filters of ``dotterel events`` (keyword-only):
    ``country`` (ISO 3166-1 alpha-3 of the location), ``event_type`` (PLOVER),
    ``since`` and ``until`` (ISO 8601 days, inclusive, on the event's date
    range), ``actor`` (name, country or Wikidata QID of actor or recipient),
    ``certainty`` and ``claimant``; see
    :meth:`dotterel.store.EventStore.linked_events`.
    """

    def __init__(self, store: Any) -> None:
        self._store = store

    def __enter__(self) -> Dataset:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store file (other processes can then write it)."""
        self._store.close()

    def events(self, **filters: Any) -> EventList:
        """The linked events that match, in the store's order (earliest date first, undated last).

        Returns
        -------
        EventList[LinkedEvent]

        Raises
        ------
        ValueError
            A malformed filter (e.g. ``since="last week"``).
        """
        return EventList(self._store.linked_events(**filters))

    def to_arrow(self, **filters: Any):
        """The matching events as a ``pyarrow.Table`` of the flat export columns, plus ``record`` (full JSON).

        Returns
        -------
        pyarrow.Table
            Columns :data:`dotterel.export.tabular.FLAT_COLUMNS` and ``record``,
            typed as the Parquet export (:func:`dotterel.export.tabular.parquet_schema`):
            dates ISO 8601 strings, coordinates WGS84 degrees, counts the
            conservative figures (people).
        """
        import pyarrow as pa

        from dotterel.export.tabular import flat_row, parquet_schema

        rows = [{**flat_row(e).model_dump(), "record": e.model_dump_json()} for e in self._store.linked_events(**filters)]
        return pa.Table.from_pylist(rows, schema=parquet_schema())

    def to_pandas(self, **filters: Any):
        """The matching events as a pandas DataFrame (as :meth:`to_arrow`; needs ``pip install 'dotterel[notebook]'``).

        Returns
        -------
        pandas.DataFrame
        """
        return self.to_arrow(**filters).to_pandas()

    def to_polars(self, **filters: Any):
        """The matching events as a polars DataFrame (as :meth:`to_arrow`; needs ``pip install 'dotterel[notebook]'``).

        Returns
        -------
        polars.DataFrame
        """
        import polars as pl

        return pl.from_arrow(self.to_arrow(**filters))


def open(db: str | os.PathLike[str]) -> Dataset:  # noqa: A001  (dotterel.open, as the issue names it)
    """Open a dotterel store to read its events in Python.

    Parameters
    ----------
    db : str | os.PathLike
        A DuckDB file made by ``dotterel run`` or ``dotterel code --db``.

    Returns
    -------
    Dataset

    Raises
    ------
    dotterel.errors.StoreError
        The file is missing, not a store, or held by a writer (the message
        says what to do: ``dotterel serve --read-only``, or stop the writer).

    Examples
    --------
    >>> with dotterel.open("events.duckdb") as data:           # doctest: +SKIP
    ...     frame = data.to_polars(since="2022-01-01", until="2022-01-31")
    """
    from dotterel.store import open_for_reading

    return Dataset(open_for_reading(os.fspath(db)))
