"""Server-rendered HTML pages: code an article, browse the dataset, follow an event to its words.

Pages
-----
``GET /``
    The code-an-article form (paste a text or upload a ``.txt``/``.html``
    file; publication date, outlet).
``POST /code``
    The coded article: the text with every event's trigger, actor,
    recipient, place, date, counts and claimant highlighted, the event list,
    each event's record and exact spans, this article's map and timeline.
``GET /events``
    The dataset: filters, a paginated table, a timeline, a map and download
    links for the selection (needs ``--db``).
``GET /events/{event_id}``
    One linked event: the record, every mention with its sentence
    highlighted, sources and claimants side by side, the counts together.
``GET /documents/{doc_id}``
    One stored document, highlighted as on the result page.

Every page is rendered by Jinja2 with autoescaping on; the only markup built
in Python is the highlighted text of :mod:`~dotterel.server.highlight`,
the map of :mod:`~dotterel.server.basemap` and the timeline of
:mod:`~dotterel.server.timeline` laid out in templates, each piece of text
escaped. Every HTML response carries :data:`CONTENT_SECURITY_POLICY`: no
inline script or style, assets only from ``/static``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from markupsafe import escape
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from dotterel import __version__
from dotterel.dedup import LinkedEvent
from dotterel.errors import InputError
from dotterel.export.base import served_formats
from dotterel.records import Document, Event
from dotterel.records.filters import EventFilter, filter_face

from dotterel.wording import kept_count, on_whose_word, vague_figure

from .basemap import Basemap, MapMarker, MapView, country_rings, render_map
from .guard import FORM_TOKEN_FIELD
from .highlight import FIELDS, HighlightSpan, date_label, event_spans, highlight
from .problems import flatten, validation_problems
from .timeline import TimelineView, render_timeline

__all__ = ["CONTENT_SECURITY_POLICY", "SECURITY_HEADERS", "router", "error_page", "Viewer"]

router = APIRouter(include_in_schema=False)

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)
"""The Content-Security-Policy of every HTML page: no inline script or style, nothing from elsewhere."""

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" with the page's own
    # form posts, which the Origin check (dotterel.server.guard) must refuse; other sites still get nothing.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
"""Headers added to every HTML response."""

ATTRIBUTED = frozenset({"reported", "alleged", "denied"})
"""Certainties drawn as attributed (someone else's claim): hatched, dashed underline."""
HEDGED = frozenset({"negated", "hypothetical", "future", "historical", "opinion"})
"""Certainties drawn as hedged: dotted outline, faded."""

CHART_EVENT_LIMIT = 2000
"""Most events of a dataset selection put on its map and timeline (the table pages through all)."""

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class Viewer:
    """The template environment and the basemap of one application.

    Made on first use and kept on ``app.state.viewer`` (one per
    application, never a module global).
    """

    def __init__(self) -> None:
        from jinja2 import Environment, PackageLoader, StrictUndefined

        self.env = Environment(
            loader=PackageLoader("dotterel.server", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(
            version=__version__,
            fields=FIELDS,
            certainty_group=certainty_group,
            url_id=url_id,
            date_label=date_label,
            on_whose_word=on_whose_word,
            vague_figure=vague_figure,
            kept_count=kept_count,
        )
        self._basemap: Basemap | None = None
        self._rings: bytes | None = None
        self._sentencizer = None
        self._lock = threading.Lock()

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence bounds of ``text`` (code-point offsets, end-exclusive) by spaCy's rule-based ``sentencizer``.

        A blank English pipeline (no model: punctuation rules only), made once per viewer; the
        abstentions carry no sentence of their own.
        """
        with self._lock:
            if self._sentencizer is None:
                import spacy

                nlp = spacy.blank("en")
                nlp.add_pipe("sentencizer")
                self._sentencizer = nlp
            nlp = self._sentencizer
        return [(sent.start_char, sent.end_char) for sent in nlp(text).sents]

    @property
    def rings_json(self) -> bytes:
        """The country outlines of :func:`~dotterel.server.basemap.country_rings` as JSON (encoded once)."""
        import json

        with self._lock:
            if self._rings is None:
                self._rings = json.dumps(country_rings(), separators=(",", ":")).encode("utf-8")
            return self._rings

    @property
    def basemap(self) -> Basemap:
        """The shipped country outlines (decoded once)."""
        with self._lock:
            if self._basemap is None:
                self._basemap = Basemap.load()
            return self._basemap


def _viewer(request: Request) -> Viewer:
    viewer = getattr(request.app.state, "viewer", None)
    if viewer is None:
        # Two first requests racing here make two equal viewers; the second simply replaces the first.
        viewer = Viewer()
        request.app.state.viewer = viewer
    return viewer


def render(request: Request, template: str, *, status_code: int = 200, **context) -> HTMLResponse:
    """Render a template into an HTML response with the security headers.

    Parameters
    ----------
    request : Request
    template : str
        File name under ``server/templates/``.
    status_code : int, keyword-only
    **context
        Template variables (``request`` and ``has_store`` are added).

    Returns
    -------
    HTMLResponse
    """
    viewer = _viewer(request)
    state = request.app.state.dotterel
    html = viewer.env.get_template(template).render(request=request, has_store=state.has_store, **context)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """An HTML error page with the message escaped.

    Parameters
    ----------
    request : Request
    status : int
        HTTP status.
    message : str
        What went wrong (untrusted: escaped by the template).

    Returns
    -------
    HTMLResponse
    """
    try:
        if status == 503 and not request.app.state.dotterel.has_store:
            # The service raised "no dataset is open": say how to open one.
            return render(request, "nostore.html", status_code=status, message=message)
        return render(request, "error.html", status_code=status, status=status, message=message)
    except Exception:  # the error page itself must never fail
        return HTMLResponse(
            f"<!doctype html><title>Error {status}</title><p>{escape(message)}</p>",
            status_code=status,
            headers=SECURITY_HEADERS,
        )


def certainty_group(certainty: str) -> str:
    """``"asserted"``, ``"attributed"`` or ``"hedged"``: how a certainty is drawn.

    Parameters
    ----------
    certainty : str
        An :data:`~dotterel.records.Certainty` value.

    Returns
    -------
    str
    """
    if certainty in ATTRIBUTED:
        return "attributed"
    if certainty in HEDGED:
        return "hedged"
    return "asserted"


def url_id(value: str) -> str:
    """Quote an id for a URL path segment (every reserved character escaped).

    Parameters
    ----------
    value : str

    Returns
    -------
    str
        E.g. ``"sha256:ab/c d"`` -> ``"sha256:ab%2Fc%20d"`` (``:`` is allowed in a path segment).
    """
    return quote(value, safe=":")


# -- view models ----------------------------------------------------------------------


class EventView(BaseModel):
    """One event mention as the article pages show it.

    Attributes
    ----------
    event : Event
    spans : list[tuple[HighlightSpan, str]]
        Each highlight span with the exact words it covers.
    record_json : str
        The record as indented JSON (escaped by the template).
    """

    model_config = ConfigDict(frozen=True)

    event: Event
    spans: list[tuple[HighlightSpan, str]]
    record_json: str


class ArticleView(BaseModel):
    """A coded document ready to render (result page and document page).

    Attributes
    ----------
    document : Document
    article_html : str
        The highlighted text (safe markup from :func:`~dotterel.server.highlight.highlight`).
    events : list[EventView]
    map : MapView
    timeline : TimelineView
    stored : bool
        Whether the document is in the open store.
    links : dict[str, str]
        Mention id -> its linked event page (``/events/ID``), when known.
    """

    model_config = ConfigDict(frozen=True)

    document: Document
    article_html: str
    events: list[EventView]
    map: MapView
    timeline: TimelineView
    stored: bool = False
    links: dict[str, str] = Field(default_factory=dict)


def article_view(
    viewer: Viewer,
    document: Document,
    events: Sequence[Event],
    *,
    stored: bool = False,
    linked_event_ids: Mapping[str, str] | None = None,
) -> ArticleView:
    """Highlight a document's text and lay out its events, map and timeline.

    Parameters
    ----------
    viewer : Viewer
    document : Document
    events : Sequence[Event]
        The document's event mentions.
    stored : bool, keyword-only
    linked_event_ids : Mapping[str, str] | None, keyword-only
        Mention id -> linked event id in the store; each mention then links
        to its event page (and so does its map marker).

    Returns
    -------
    ArticleView
    """
    text = document.text
    views = []
    all_spans: list[HighlightSpan] = []
    for event in events:
        spans = event_spans(event)
        all_spans.extend(spans)
        views.append(
            EventView(
                event=event,
                spans=[(s, text[s.start : s.end]) for s in spans],
                record_json=event.model_dump_json(indent=2),
            )
        )
    links = {
        mention_id: f"/events/{url_id(linked_id)}" for mention_id, linked_id in (linked_event_ids or {}).items()
    }
    markers, no_place = _event_markers(events, links=links)
    return ArticleView(
        document=document,
        article_html=str(highlight(text, all_spans)),
        events=views,
        map=render_map(viewer.basemap, markers, unplaced_extra=no_place),
        timeline=render_timeline(events),
        stored=stored,
        links=links,
    )


def _event_markers(events: Iterable, *, links: Mapping[str, str]) -> tuple[list[MapMarker], int]:
    """One marker per event with a location (linked where ``links`` has its id); the number with none."""
    markers = []
    no_place = 0
    for event in events:
        place = event.location
        if place is None:
            no_place += 1
            continue
        markers.append(
            MapMarker(
                latitude=place.latitude,
                longitude=place.longitude,
                name=place.name,
                country=place.country,
                geonameid=place.geonameid,
                geo_precision=place.geo_precision,
                event_ids=[event.event_id],
                href=links.get(event.event_id),
            )
        )
    return markers, no_place


# -- code an article ----------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    """The code-an-article form."""
    state = request.app.state.dotterel
    return render(
        request,
        "index.html",
        max_chars=state.settings.max_text_chars,
        max_bytes=state.settings.max_body_bytes,
        can_store=state.has_store and state.settings.allow_store,
        form_token=state.form_token.value,
    )


class ArticleInput(BaseModel):
    """What the code form sent, after reading any uploaded file.

    Attributes
    ----------
    text : str
    published, source, title : str | None
    store : bool
        Add the coded document to the open store.
    debug : bool
        Also return the candidates that were not coded, with the reason.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    store: bool = False
    debug: bool = False


def _field(form, name: str) -> str | None:
    value = form.get(name)
    if value is None or isinstance(value, UploadFile):
        return None
    value = value.strip()
    return value or None


def _browser_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


async def read_code_form(request: Request) -> ArticleInput:
    """Read the code form: pasted text or an uploaded file's bytes (never a path).

    Parameters
    ----------
    request : Request
        ``multipart/form-data`` or ``application/x-www-form-urlencoded``
        with fields ``text``, ``published``, ``source``, ``title``,
        ``store``, ``debug`` and an optional ``file`` (a file sent in the
        ``text`` field, as ``curl -F text=@article.txt`` does, is taken as
        the upload).

    Returns
    -------
    ArticleInput

    Raises
    ------
    InputError
        No text and no file, both given, a file that is empty, binary, not
        UTF-8 or (``.html``) has no main text.
    """
    state = request.app.state.dotterel
    limit = state.settings.max_body_bytes
    async with request.form(max_files=1, max_fields=20, max_part_size=limit) as form:
        text = form.get("text")
        if isinstance(text, UploadFile) and not isinstance(form.get("file"), UploadFile):
            # `curl -F text=@article.txt`: a file sent in the text field is taken as the upload.
            upload_in_text_field = text
            text = ""
        else:
            upload_in_text_field = None
        # Browsers submit a <textarea> with every line break as CRLF (HTML
        # "textarea wrapping transformation"); undo it so the pasted article
        # gets the same text, document id and offsets as its file through the
        # API or the CLI. An uploaded file's bytes are kept as they are.
        text = _browser_newlines(text) if isinstance(text, str) else ""
        upload = upload_in_text_field or form.get("file")
        published = _field(form, "published")
        source = _field(form, "source")
        title = _field(form, "title")
        # Before anything else of the form is used: a post from another site's page is refused.
        state.form_token.check(_field(form, FORM_TOKEN_FIELD))
        store = _field(form, "store") is not None
        debug = _field(form, "debug") is not None
        data = b""
        name = ""
        if isinstance(upload, UploadFile) and (upload.filename or upload.size):
            name = (upload.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
            data = await upload.read(limit + 1)
    if data and text.strip():
        raise InputError("both a pasted text and a file were given", hint="give one of them")
    if name and not data:
        raise InputError("the uploaded file is empty (0 bytes)", path=name, hint="choose the file that holds the article")
    if data:
        from dotterel.ingest import decode_text

        decoded = decode_text(data, path=name, max_bytes=limit)
        if name.lower().endswith(_HTML_SUFFIXES):
            from dotterel.ingest.html import extract_html

            page = await run_in_threadpool(extract_html, decoded, path=name)
            decoded = page.text
            published = published or page.published
            title = title or page.title
        text = decoded
        title = title or name  # a text from a file is called by the file's name, as in `dotterel code`
    if not text.strip():
        raise InputError("no text to code", hint="paste an article into the box or choose a .txt or .html file")
    return ArticleInput(text=text, published=published, source=source, title=title, store=store, debug=debug)


@router.post("/code", response_class=HTMLResponse)
async def code_page(request: Request) -> HTMLResponse:
    """Code the posted article and show it highlighted with its events."""
    article = await read_code_form(request)
    state = request.app.state.dotterel
    result = await state.run_coding(_code_article, state, article, chars=len(article.text))
    # Highlighting and rendering a long article takes a while: in a worker thread, so the event loop
    # (every other request, health included) is not held meanwhile.
    return await run_in_threadpool(_result_page, request, result)


def _result_page(request: Request, result) -> HTMLResponse:
    view = article_view(_viewer(request), result.document, result.events, stored=result.stored)
    # The same JSON as POST /api/v1/code returns, shown escaped and saved by the page's script.
    from .abstentions import abstention_views

    abstentions = abstention_views(_viewer(request), result.document.text, result.abstentions)
    return render(
        request, "result.html", article=view, abstentions=abstentions, result_json=result.model_dump_json(indent=2)
    )


def _code_article(state, article: ArticleInput):
    from .service import CodeRequest, code_text

    # ArticleInput's fields are a subset of CodeRequest's, with the same names and meanings.
    return code_text(state, CodeRequest(**article.model_dump()))


# -- dataset --------------------------------------------------------------------------


class FilterInput(BaseModel):
    """One control of the dataset page's filter form, derived from a field of :class:`EventFilter`.

    Attributes
    ----------
    name : str
        The filter (the query parameter).
    label : str
        The field's ``title``.
    hint : str | None
        A short note after the label (:class:`~dotterel.records.filters.FilterFace`).
    help : str | None
        The field's ``description``, shown as the control's tooltip.
    input : {"text", "date", "select"}
    placeholder : str | None
        The field's ``examples``, joined.
    maxlength : int | None
        The field's ``max_length``.
    choices : list[str]
        For a ``select``: :meth:`EventFilter.choices`, after an empty "any".
    value : str
        The filter's current value ("" when not given).
    """

    model_config = ConfigDict(frozen=True)

    name: str
    label: str
    hint: str | None = None
    help: str | None = None
    input: str = "text"
    placeholder: str | None = None
    maxlength: int | None = None
    choices: list[str] = []
    value: str = ""


def filter_inputs(q: EventFilter) -> list[FilterInput]:
    """The filter form's controls, one per field of :class:`EventFilter`, holding the values of ``q``.

    Parameters
    ----------
    q : EventFilter
        The filters in force (an :class:`~dotterel.server.service.EventQuery`).

    Returns
    -------
    list[FilterInput]
        In :meth:`EventFilter.filter_names` order.
    """
    inputs = []
    for name in EventFilter.filter_names():
        field = EventFilter.model_fields[name]
        face = filter_face(name)
        maxlength = next((m.max_length for m in field.metadata if getattr(m, "max_length", None)), None)
        value = getattr(q, name)
        inputs.append(FilterInput(
            name=name, label=field.title or name, hint=face.hint, help=field.description, input=face.input,
            placeholder=", ".join(map(str, field.examples)) if field.examples and face.input == "text" else None,
            maxlength=maxlength, choices=list(EventFilter.choices(name) or ()) if face.input == "select" else [],
            value="" if value is None else str(value),
        ))  # fmt: skip
    return inputs


def _query_from(request: Request):
    """The EventQuery of a page's query string (empty fields = not given)."""
    from .service import EventQuery

    keys = (*EventFilter.filter_names(), "limit", "offset")
    params = {key: request.query_params[key] for key in keys if key in request.query_params}
    params = {key: value.strip() for key, value in params.items() if value.strip()}
    try:
        return EventQuery(**params)
    except ValidationError as exc:
        problems = flatten(validation_problems(exc.errors()))
        raise InputError(f"invalid filter ({problems})", hint="correct the filter and try again") from None


def _chart_events(state, q) -> tuple[list, bool]:
    """Up to :data:`CHART_EVENT_LIMIT` events of the selection, and whether that is all of them."""
    from .service import query_events

    step = min(state.settings.page_size_max, CHART_EVENT_LIMIT)
    events: list = []
    offset = 0
    while len(events) < CHART_EVENT_LIMIT:
        page = query_events(state, q.model_copy(update={"limit": step, "offset": offset}))
        events.extend(page.items)
        offset += step
        if offset >= page.total or not page.items:
            return events, True
    return events[:CHART_EVENT_LIMIT], False


class DatasetRow(BaseModel):
    """One linked event as a row of the dataset table.

    Attributes
    ----------
    event : LinkedEvent
    certainties : list[str]
        The distinct attribution certainties of its mentions.
    claimants : list[str]
        The distinct claimants of its mentions.
    words : list[tuple[str, str]]
        ``(certainty, sentence)``: each distinct "on whose word" of its mentions
        (:func:`dotterel.wording.on_whose_word`).
    """

    model_config = ConfigDict(frozen=True)

    event: LinkedEvent
    certainties: list[str]
    claimants: list[str]
    words: list[tuple[str, str]] = Field(default_factory=list)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """The dataset: filters, one page of the events table, the selection's timeline and map."""
    from .service import query_events

    state = request.app.state.dotterel
    q = _query_from(request)
    page = query_events(state, q)
    chart_events, complete = _chart_events(state, q)
    filters = q.event_filter().given()
    rows = [
        DatasetRow(
            event=event,
            certainties=list(dict.fromkeys(m.event.attribution.certainty for m in event.mentions)),
            claimants=list(dict.fromkeys(m.event.attribution.claimant for m in event.mentions)),
            words=list(dict.fromkeys((m.event.attribution.certainty, on_whose_word(m.event.attribution))
                                     for m in event.mentions)),
        )
        for event in page.items
    ]

    def page_href(offset: int) -> str:
        return "/events?" + urlencode({**filters, "limit": page.limit, "offset": max(offset, 0)})

    # Past the end (an old link after the dataset shrank, a hand-made offset), "previous" leads to the last page.
    last_start = (page.total - 1) // page.limit * page.limit if page.total else 0

    from .overview import breakdowns, dataset_timeline, download_notes, map_places

    served = served_formats()
    places, unplaced = map_places(chart_events, filters=filters)
    # In an attribute (escaped by the template), not a <script> block: the page keeps no inline script at all.
    map_json = json.dumps({"places": [p.model_dump() for p in places], "unplaced": unplaced,
                           "event_hrefs": {e.event_id: f"/events/{url_id(e.event_id)}" for e in chart_events}},
                          separators=(",", ":"), ensure_ascii=False)
    return render(
        request,
        "events.html",
        overview=dataset_timeline(chart_events),
        map_json=map_json,
        places=places,
        unplaced=unplaced,
        breakdowns=breakdowns(chart_events, filters=filters),
        notes=download_notes(chart_events, {fmt: exporter.name for fmt, exporter in served.items()}),
        q=q,
        filter_inputs=filter_inputs(q),
        page=page,
        rows=rows,
        prev_href=page_href(min(page.offset - page.limit, last_start)) if page.offset > 0 else None,
        next_href=page_href(page.offset + page.limit) if page.offset + page.limit < page.total else None,
        downloads={fmt: "/api/v1/export?" + urlencode({"format": fmt, **filters}) for fmt in served},
        left_out_urls={fmt: "/api/v1/export/left-out?" + urlencode({"format": fmt, **filters}) for fmt in served},
        charted=len(chart_events),
        charts_complete=complete,
        # Only sizes this server accepts (a larger one would be a 422), and the page's own.
        page_sizes=sorted({n for n in (25, 50, 100, 200) if n <= state.settings.page_size_max} | {page.limit}),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    """One linked event: the record, every mention's sentence highlighted, sources, claimants and counts."""
    from .service import event_detail

    state = request.app.state.dotterel
    detail = event_detail(state, event_id)
    event = detail.event
    mentions = [
        (mv, str(highlight(mv.sentence, event_spans(mv.mention.event), offset=mv.sentence_start)))
        for mv in detail.mentions
    ]
    markers, no_place = _event_markers([event], links={})
    kept = {(c.kind, c.mention_id) for c in event.conservative}
    return render(
        request,
        "event.html",
        detail=detail,
        event=event,
        mentions=mentions,
        kept=kept,
        map=render_map(_viewer(request).basemap, markers, unplaced_extra=no_place),
    )


@router.get("/basemap.json")
def basemap_json(request: Request) -> Response:
    """The shipped Natural Earth country outlines as latitude/longitude rings (the dataset map's base layer)."""
    return Response(_viewer(request).rings_json, media_type="application/json",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/types.css")
def types_css() -> Response:
    """The event types' colours as CSS (``.et-PROTEST`` fills and backgrounds).

    From each type's ``profile.colour`` in ``data/plover.json``: the colours have one home, not a stylesheet.
    """
    from dotterel.ontology import Ontology

    from .typestyles import type_stylesheet

    return Response(type_stylesheet(Ontology.load()), media_type="text/css",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    """One stored document, highlighted as on the result page, each mention linked to its event."""
    from .service import document_detail

    state = request.app.state.dotterel
    detail = document_detail(state, doc_id)
    view = article_view(
        _viewer(request), detail.document, detail.events, stored=True, linked_event_ids=detail.linked_event_ids
    )
    from .abstentions import abstention_views, document_abstentions

    abstentions = abstention_views(_viewer(request), detail.document.text, document_abstentions(state, detail.document))
    return render(request, "document.html", article=view, abstentions=abstentions)
