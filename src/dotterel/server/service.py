"""What the server does, apart from HTTP: code a text, query the dataset, export a selection.

The JSON API (:mod:`dotterel.server.api`) and the HTML pages
(:mod:`dotterel.server.views`) both call these functions, so a page and the
API never disagree. Each function takes the application's
:class:`~dotterel.server.state.ServerState` and typed pydantic models, and
returns typed models; none knows about HTTP. Failures are exceptions of
:mod:`dotterel.errors`, which :mod:`dotterel.server.app` maps to status codes:

* :class:`~dotterel.errors.InputError`: a bad request value (HTTP 422);
* :class:`~dotterel.errors.TooLargeError`: a text over the size limit (413);
* :class:`~dotterel.errors.NotFoundError`: an unknown event or document (404);
* :class:`~dotterel.errors.NotAllowedError`: storing asked of a server that
  has no store or does not allow writes (409);
* :class:`~dotterel.errors.StoreError`: no dataset open (503) or the store
  failed (500).

Example
-------
>>> result = code_text(state, CodeRequest(text="Police detained 27 people in Tbilisi on Tuesday.",
...                                       published="2024-05-01"))       # doctest: +SKIP
>>> [(e.event_type, e.location.name) for e in result.events]              # doctest: +SKIP
[('COERCE', 'Tbilisi')]
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dotterel import __version__
from dotterel.dedup import LinkedEvent, MentionRef
from dotterel.errors import InputError, NotAllowedError, NotFoundError, TooLargeError
from dotterel.export import ExportReport
from dotterel.export.base import served_formats
from dotterel.export.left_out import LeftOutSummary
from dotterel.records import Abstention, Certainty, ClaimantType, CountKind, Document, Event, Place, Span
from dotterel.records.filters import EventFilter

if TYPE_CHECKING:  # pragma: no cover
    from dotterel.server.state import ServerState

__all__ = [
    "CodeRequest",
    "CodeResult",
    "code_text",
    "EventQuery",
    "EventPage",
    "page_limit",
    "query_events",
    "FieldSpan",
    "MentionView",
    "EventDetail",
    "event_detail",
    "DocumentDetail",
    "document_detail",
    "ExportFormat",
    "ExportDownload",
    "export_selection",
    "export_left_out",
    "SERVER_RUN_INFO",
]

SERVER_RUN_INFO: dict[str, str] = {"command": "serve", "dotterel_version": __version__}
"""Provenance of documents stored through the server: one ``runs`` row per dotterel version."""

ExportFormat = Literal[tuple(served_formats())]  # type: ignore[valid-type]
"""Download formats of a selection, from the exporter registry (:func:`dotterel.export.base.served_formats`):
ACLED-style CSV, PLOVER JSON (an array), dotterel JSON Lines."""


# ---------------------------------------------------------------- coding
class CodeRequest(BaseModel):
    r"""A text to code, with its metadata (the body of ``POST /api/v1/code``).

    Attributes
    ----------
    text : str
        The article text, at most ``ServerSettings.max_text_chars`` code
        points; all offsets in the result point into it.
    published : str | None
        Publication date ``YYYY-MM-DD``, the anchor for relative dates
        ("on Tuesday"); without it such dates stay unresolved.
    source : str | None
        The outlet ("Reuters").
    title, url : str | None
        Headline and address (kept as metadata; the server never fetches the URL).
    doc_id : str | None
        The document id; default a content hash of the text
        (``"sha256:"`` + 16 hex digits), so coding the same text again gives
        the same ids.
    store : bool
        Also add the document and its events to the open dataset (replacing
        an earlier version of the same ``doc_id`` and text, so repeating a
        request never duplicates anything; a ``doc_id`` already stored with
        a different text is refused, never overwritten).
    debug : bool
        Also return the abstentions: candidates the coder did not code, with
        the reason.

    Raises
    ------
    pydantic.ValidationError
        When a text field holds a lone UTF-16 surrogate (JSON ``"\\ud800"``),
        which is not Unicode text and cannot be stored.
    """

    model_config = ConfigDict(extra="forbid")

    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    doc_id: str | None = None
    store: bool = False
    debug: bool = False

    @field_validator("text", "published", "source", "title", "url", "doc_id")
    @classmethod
    def _valid_unicode(cls, value: str | None) -> str | None:
        # JSON can carry "\ud800", a lone UTF-16 surrogate: a str Python holds but cannot encode as
        # UTF-8, so hashing, storing or answering it would fail later as a server error.
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(
                    f"has a lone UTF-16 surrogate (\\u{ord(value[exc.start]):04x}) at character {exc.start}; "
                    "send valid Unicode text"
                ) from None
        return value


class CodeResult(BaseModel):
    """The coded document (the response of ``POST /api/v1/code``).

    Attributes
    ----------
    document : Document
        The document as coded (``doc_id`` filled in).
    events : list[Event]
        Every event mention, in text order, with its evidence spans.
    abstentions : list[Abstention]
        Candidates not coded, with the reason (only when ``debug`` was asked).
    places : list[Place]
        Every place the text names, resolved or not, in text order.
    stored : bool
        Whether the document and its events were written to the dataset.
    """

    document: Document
    events: list[Event]
    abstentions: list[Abstention] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    stored: bool = False


def code_text(state: ServerState, req: CodeRequest) -> CodeResult:
    """Code one text with the server's coder, and store it when asked.

    Parameters
    ----------
    state : ServerState
    req : CodeRequest

    Returns
    -------
    CodeResult

    Raises
    ------
    TooLargeError
        When the text is longer than ``state.settings.max_text_chars`` code points.
    InputError
        When the text is empty or only whitespace, ``published`` is not a
        valid ``YYYY-MM-DD`` date, or ``doc_id`` is empty.
    NotAllowedError
        When ``req.store`` is set but no dataset is open, the server does
        not allow writes (``ServerSettings.allow_store``), or the dataset
        already holds ``doc_id`` with a different text; nothing is coded or
        stored.
    StoreError
        When writing to the dataset fails (nothing of this document is stored then).
    """
    from dotterel.ingest import make_document

    limit = state.settings.max_text_chars
    if len(req.text) > limit:
        raise TooLargeError(
            f"text has {len(req.text):,} characters, over this server's limit of {limit:,}",
            hint="send a shorter text or split the article",
        )
    if not req.text.strip():
        raise InputError("text is empty or only whitespace", hint="send the article text in `text`")
    document = make_document(req.text, doc_id=req.doc_id, published=req.published, source=req.source,
                             title=req.title, url=req.url)
    if req.store:
        if not state.has_store:
            raise NotAllowedError("cannot store: no dataset is open; start the server with `dotterel serve --db FILE`"
                                  " or send store=false")
        if not state.settings.allow_store:
            raise NotAllowedError("cannot store: this server is read-only; send store=false")
        with state.store() as store:
            _refuse_replacing_another_text(store, document)
    with state.coding() as coder:
        # The coder is held alone here (state.coding's lock), so switching its debug flag for one call is safe.
        before = coder.debug
        coder.debug = req.debug
        try:
            coded = next(iter(coder.code_documents([document])))
        finally:
            coder.debug = before
    if coded.skipped is not None:
        raise coded.skipped_error()
    stored = False
    if req.store:
        with state.store() as store:
            # Checked again under the lock: another request may have stored this doc_id meanwhile.
            _refuse_replacing_another_text(store, document)
            store.write_document(coded.document, coded.events, run_info=SERVER_RUN_INFO)
        stored = True
    return CodeResult(document=coded.document, events=coded.events, abstentions=coded.abstentions,
                      places=coded.places, stored=stored)


def _refuse_replacing_another_text(store, document: Document) -> None:
    """Raise NotAllowedError when ``document.doc_id`` is stored with a different text.

    Storing replaces a document by id, so a client-given ``doc_id`` that
    names a corpus document would otherwise silently swap its text and
    events for the posted ones. The same text again (a repeated request, a
    new publication date or outlet) still replaces it.
    """
    stored = store.document(document.doc_id)
    if stored is not None and stored.text != document.text:
        raise NotAllowedError(
            f"cannot store: document {document.doc_id!r} is already in the dataset with a different text; "
            "leave doc_id out (the content hash is used) or choose another one"
        )


# ---------------------------------------------------------------- querying
class EventQuery(EventFilter):
    """Which linked events to list, and which page (the query of ``GET /api/v1/events``).

    The filters are those of :class:`~dotterel.records.filters.EventFilter`
    (checked and made canonical the same way); this adds the page.

    Attributes
    ----------
    limit : int
        Page size, 1 to ``ServerSettings.page_size_max`` (default 50).
    offset : int
        Events to skip, 0 to 2**63 - 1 (default 0; past the end gives an
        empty page).

    Raises
    ------
    pydantic.ValidationError
        As :class:`~dotterel.records.filters.EventFilter`, or for a limit or
        offset out of range.
    """

    # Unknown query parameters are ignored, as before the filters had one model.
    model_config = ConfigDict(frozen=True, extra="ignore")

    limit: int = Field(default=50, ge=1)
    # DuckDB's OFFSET is a BIGINT: a larger number was a server error, not a 422.
    offset: int = Field(default=0, ge=0, le=2**63 - 1)

    def filters(self) -> dict[str, str | None]:
        """The filters alone (no paging), by name.

        Returns
        -------
        dict[str, str | None]
            Every field of :class:`~dotterel.records.filters.EventFilter`.
        """
        return {name: getattr(self, name) for name in EventFilter.filter_names()}

    def event_filter(self) -> EventFilter:
        """Return the filters alone (no paging), as the store's queries take them.

        Returns
        -------
        EventFilter
        """
        # Already checked when this query was built: no second validation (which would load the ontology again).
        return EventFilter.model_construct(**self.filters())


class EventPage(BaseModel):
    """One page of linked events (the response of ``GET /api/v1/events``).

    Attributes
    ----------
    total : int
        Events matching the filters, over all pages.
    limit, offset : int
        The page asked for; the next page starts at ``offset + limit`` when
        that is below ``total``.
    items : list[LinkedEvent]
        At most ``limit`` events, ordered by earliest date (undated last),
        then ``event_id``.
    """

    total: int = Field(ge=0)
    limit: int = Field(ge=1)
    offset: int = Field(ge=0)
    items: list[LinkedEvent]


def page_limit(state: ServerState, q: EventQuery) -> int:
    """The page size to use for a query: its ``limit``, checked against the server's maximum.

    Parameters
    ----------
    state : ServerState
    q : EventQuery

    Returns
    -------
    int
        ``q.limit`` when the client gave one; the default 50, lowered to
        ``ServerSettings.page_size_max`` when that is smaller, when it did not.

    Raises
    ------
    InputError
        When the client's ``limit`` is over ``ServerSettings.page_size_max``.
    """
    most = state.settings.page_size_max
    if "limit" not in q.model_fields_set:
        return min(q.limit, most)
    if q.limit > most:
        raise InputError(f"limit {q.limit} is over this server's page size of {most}",
                         hint="ask for a smaller page and use offset for the next ones")
    return q.limit


def query_events(state: ServerState, q: EventQuery) -> EventPage:
    """One page of the dataset's linked events that match a query, with their total.

    Parameters
    ----------
    state : ServerState
    q : EventQuery

    Returns
    -------
    EventPage

    Raises
    ------
    InputError
        When ``q.limit`` is over ``state.settings.page_size_max`` (see :func:`page_limit`).
    StoreError
        When no dataset is open, or the store fails.
    """
    limit = page_limit(state, q)
    with state.store() as store:
        total = store.count_linked_events(q.event_filter())
        items = list(store.linked_events(q.event_filter(), limit=limit, offset=q.offset))
    return EventPage(total=total, limit=limit, offset=q.offset, items=items)


# ---------------------------------------------------------------- one event
FieldName = Literal["trigger", "actor", "recipient", "location", "date", "count", "claimant"]


class FieldSpan(BaseModel):
    """One piece of evidence of a mention, named by the field it supports.

    Attributes
    ----------
    field : {"trigger", "actor", "recipient", "location", "date", "count", "claimant"}
    start, end : int
        0-based, end-exclusive code-point offsets into the document text.
    text : str
        ``document.text[start:end]``.
    """

    model_config = ConfigDict(frozen=True)

    field: FieldName
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


def field_spans(event: Event) -> list[FieldSpan]:
    """The evidence spans of one event mention, by field, in text order.

    Parameters
    ----------
    event : Event

    Returns
    -------
    list[FieldSpan]
        The trigger and its restatements, actor, recipient, location, date,
        each count and the claimant, where the record has a span for them;
        ordered by ``start``, then ``end``, then field name.
    """
    found: list[tuple[FieldName, Span | None]] = [("trigger", event.trigger)]
    found += [("trigger", span) for span in event.restatements]
    found += [("actor", event.actor.span if event.actor else None),
              ("recipient", event.recipient.span if event.recipient else None),
              ("location", event.location.span if event.location else None),
              ("date", event.date.span if event.date else None),
              ("claimant", event.attribution.claimant_span)]
    found += [("count", count.span) for count in event.counts]
    spans = {FieldSpan(field=name, start=s.start, end=s.end, text=s.text) for name, s in found if s is not None}
    return sorted(spans, key=lambda s: (s.start, s.end, s.field))


class MentionView(BaseModel):
    """One report of a linked event, with the sentence it was read from.

    Attributes
    ----------
    mention : MentionRef
        The coded mention (the full :class:`~dotterel.records.Event`) and
        its document's ``doc_id``, ``published``, ``source``, ``url``, ``title``.
    sentence : str
        The sentence, sliced from the stored document text.
    sentence_start, sentence_end : int
        Its code-point offsets in the document text; subtract
        ``sentence_start`` from a span's offsets to place it in ``sentence``.
    document_title : str | None
    source : str | None
        The outlet.
    published : str | None
        ``YYYY-MM-DD``.
    claimant : str
        On whose word the mention rests (``"author"``: the outlet's own voice).
    claimant_type : ClaimantType
    certainty : Certainty
        ``asserted``, ``reported``, ``alleged``, ``denied``, ...
    spans : list[FieldSpan]
        The mention's evidence, by field, in document offsets (see :func:`field_spans`).
    """

    mention: MentionRef
    sentence: str
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)
    document_title: str | None = None
    source: str | None = None
    published: str | None = None
    claimant: str
    claimant_type: ClaimantType
    certainty: Certainty
    spans: list[FieldSpan]


class EventDetail(BaseModel):
    """A linked event with every mention (the response of ``GET /api/v1/events/{event_id}``).

    Attributes
    ----------
    event : LinkedEvent
        The record; ``event.counts`` keeps every reported figure side by
        side, ``event.conservative`` the figure kept per kind.
    mentions : list[MentionView]
        Every mention, in the event's mention order.
    conflicting_counts : list[CountKind]
        Count kinds whose reports give different figures (e.g. 287 and 280
        abducted), sorted.
    """

    event: LinkedEvent
    mentions: list[MentionView]
    conflicting_counts: list[CountKind] = Field(default_factory=list)


def _mention_view(ref: MentionRef, document: Document | None) -> MentionView:
    span = ref.event.sentence
    # The stored text is the source of truth; the span's own text is the same slice when the
    # document is there (spans are code-point offsets into it).
    sentence = document.text[span.start:span.end] if document is not None else span.text
    att = ref.event.attribution
    return MentionView(mention=ref, sentence=sentence, sentence_start=span.start, sentence_end=span.end,
                       document_title=ref.title, source=ref.source, published=ref.published,
                       claimant=att.claimant, claimant_type=att.claimant_type, certainty=att.certainty,
                       spans=field_spans(ref.event))


def event_detail(state: ServerState, event_id: str) -> EventDetail:
    """One linked event of the dataset with its mentions and their sentences.

    Parameters
    ----------
    state : ServerState
    event_id : str
        A linked event's id, or the id of one of its mentions (``"ev:"`` +
        16 hex digits; see :meth:`dotterel.store.EventStore.linked_event`).

    Returns
    -------
    EventDetail

    Raises
    ------
    NotFoundError
        When the dataset has no linked event and no mention with that id.
    StoreError
        When no dataset is open, or the store fails.
    """
    with state.store() as store:
        event = store.linked_event(event_id)
        if event is None:
            raise NotFoundError(f"no event {event_id!r} in this dataset; its events are listed at /events (GET /api/v1/events)")
        documents = {doc_id: store.document(doc_id) for doc_id in dict.fromkeys(m.doc_id for m in event.mentions)}
    figures: dict[str, set[int]] = {}
    for report in event.counts:
        if report.figure is not None and report.subgroup is None:
            figures.setdefault(report.kind, set()).add(report.figure)
    conflicting = sorted(kind for kind, values in figures.items() if len(values) > 1)
    return EventDetail(event=event, mentions=[_mention_view(m, documents[m.doc_id]) for m in event.mentions],
                       conflicting_counts=conflicting)


# ---------------------------------------------------------------- one document
class DocumentDetail(BaseModel):
    """A stored document with its event mentions (the response of ``GET /api/v1/documents/{doc_id}``).

    Attributes
    ----------
    document : Document
    events : list[Event]
        Its event mentions, in the order they were coded.
    linked_event_ids : dict[str, str]
        Each mention's ``event_id`` -> the linked event it belongs to (for
        ``GET /api/v1/events/{event_id}``).
    """

    document: Document
    events: list[Event]
    linked_event_ids: dict[str, str] = Field(default_factory=dict)


def document_detail(state: ServerState, doc_id: str) -> DocumentDetail:
    """One stored document with its event mentions and the linked events they belong to.

    Parameters
    ----------
    state : ServerState
    doc_id : str

    Returns
    -------
    DocumentDetail

    Raises
    ------
    NotFoundError
        When the dataset has no document with that id.
    StoreError
        When no dataset is open, or the store fails.
    """
    with state.store() as store:
        document = store.document(doc_id)
        if document is None:
            raise NotFoundError(f"no document {doc_id!r} in this dataset; its events, with links to their documents, are listed at /events")
        events = store.events(doc_id=doc_id)
        linked = store.linked_event_ids(doc_id)
    return DocumentDetail(document=document, events=events, linked_event_ids=linked)


# ---------------------------------------------------------------- export
class ExportDownload(NamedTuple):
    """An export of a selection, ready to send.

    Attributes
    ----------
    media_type : str
        E.g. ``"text/csv; charset=utf-8"``.
    filename : str
        Suggested file name, e.g. ``"dotterel-events.acled.csv"``.
    content : bytes
        The whole file, UTF-8.
    report : ExportReport
        Events read, rows written, and the events the format could not
        express, counted by reason (``report.unmapped``).
    """

    media_type: str
    filename: str
    content: bytes
    report: ExportReport


def _served_exporter(fmt: str):
    """The exporter the server offers as ``fmt``; InputError for a name it does not offer."""
    served = served_formats()
    if fmt not in served:
        raise InputError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(served)}")
    return served[fmt]


def export_selection(state: ServerState, q: EventQuery, fmt: ExportFormat) -> ExportDownload:
    """Export every linked event that matches the filters of ``q``, in one format.

    The whole selection is exported: ``q.limit`` and ``q.offset`` are
    ignored. The file is built in memory (the number of events skipped must
    be known before the response starts, to go in a header). Rows come from
    the exporters the registry serves (:func:`dotterel.export.base.served_formats`), which validate each one:

    * ``acled``: ACLED-style CSV (the columns of :mod:`dotterel.export.acled`);
    * ``plover``: a JSON array of PLOVER records (exporter ``plover-json``;
      ``write_export(..., "plover", ...)`` writes the same records as JSON Lines);
    * ``jsonl``: dotterel's own :class:`~dotterel.dedup.LinkedEvent` JSON, one per line.

    An event a format cannot express is skipped, never given a default, and
    counted in the returned report.

    Parameters
    ----------
    state : ServerState
    q : EventQuery
    fmt : {"acled", "plover", "jsonl"}

    Returns
    -------
    ExportDownload

    Raises
    ------
    InputError
        For another format name.
    StoreError
        When no dataset is open, or the store fails.
    dotterel.export.ExportError
        When a row fails its format's schema (a bug; the message names the event).
    """
    exporter = _served_exporter(fmt)
    buffer = io.StringIO()
    with state.store() as store:
        report = exporter.write(store.linked_events(q.event_filter()), buffer)
    return ExportDownload(media_type=exporter.media_type, filename=f"dotterel-events{exporter.suffix}",
                          content=buffer.getvalue().encode("utf-8"), report=report)


def export_left_out(state: ServerState, q: EventQuery, fmt: ExportFormat) -> LeftOutSummary:
    """What an export of the selection holds, and why each other event is left out.

    Runs the same exporter as :func:`export_selection` over the same events
    (``q.limit`` and ``q.offset`` ignored) without keeping the file; the
    reasons are the format converters' own (an event a format cannot express
    is left out, never given a default).

    Parameters
    ----------
    state, q, fmt
        As :func:`export_selection`.

    Returns
    -------
    LeftOutSummary
        ``total``, ``held`` and the left-out events grouped by reason, with their ids.

    Raises
    ------
    InputError, StoreError
        As :func:`export_selection`.
    """
    from dotterel.export.left_out import left_out_summary, preview_export

    exporter = _served_exporter(fmt)
    with state.store() as store:
        report = preview_export(store.linked_events(q.event_filter()), exporter.name)
    return left_out_summary(report).model_copy(update={"format": fmt})
