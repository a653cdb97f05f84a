"""The JSON API, mounted under ``/api/v1`` (OpenAPI document at ``/api/v1/openapi.json``).

Each endpoint is a thin layer over :mod:`dotterel.server.service`: it reads
the request into a typed model, calls the service and returns its typed
result, so the OpenAPI document describes every request and response in
full. Errors are raised as :mod:`dotterel.errors` exceptions and turned into
``{"detail": ...}`` by the handlers of :mod:`dotterel.server.app`: 404 an
unknown id, 409 storing on a server that cannot, 413 a body or text over the
limit, 422 a bad value (``detail`` is a message, or a list of
``{"loc", "msg"}`` for request fields that fail validation), 503 no dataset
open, 500 anything else (never a stack trace).

No endpoint reads a file: texts come in the request body, and the dataset
is the one the server was started with (``dotterel serve --db FILE``).

Endpoints
---------
``POST /code``
    Code a text (:class:`~dotterel.server.service.CodeRequest` ->
    :class:`~dotterel.server.service.CodeResult`), optionally storing it.
``GET /events``
    One page of linked events matching filters
    (:class:`~dotterel.server.service.EventQuery` ->
    :class:`~dotterel.server.service.EventPage`).
``GET /events/{event_id}``
    One linked event with every mention and its sentence
    (:class:`~dotterel.server.service.EventDetail`).
``GET /documents/{doc_id}``
    One stored document with its events
    (:class:`~dotterel.server.service.DocumentDetail`).
``GET /export``
    The selection as a file: ACLED CSV, PLOVER JSON or JSON Lines.
``GET /export/left-out``
    What an export of the selection holds and why each other event is left out.
``GET /health``
    Liveness, version, whether a dataset is open, the limits.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from dotterel import __version__
from dotterel.records.filters import EventFilter

from . import service
from .service import (
    CodeRequest,
    CodeResult,
    DocumentDetail,
    EventDetail,
    EventPage,
    EventQuery,
    ExportFormat,
    LeftOutSummary,
)

__all__ = ["router", "Problem", "ErrorMessage", "Limits", "Health", "ExportQuery"]

router = APIRouter(tags=["api"])


class Problem(BaseModel):
    """One request field that failed validation.

    Attributes
    ----------
    loc : list[str]
        Where: ``["query", "since"]``, ``["body", "text"]``.
    msg : str
        What is wrong.
    """

    loc: list[str]
    msg: str


class ErrorMessage(BaseModel):
    """The body of every error response.

    Attributes
    ----------
    detail : str | list[Problem]
        One line saying what went wrong and what to do, or, for request
        fields that fail validation (422), one :class:`Problem` per field.
    """

    detail: str | list[Problem]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    meaning = {
        404: "No event or document with that id.",
        403: "A state-changing request from another site's page (its Origin or Referer is not this server).",
        409: "Storing asked of a server without a dataset or a read-only one, or under a doc_id the dataset "
             "holds with a different text.",
        413: "Request body or text over the server's limit.",
        422: "A value is missing or invalid (empty text, bad date, unknown certainty, page too large...).",
        503: "No dataset is open (the server was started without --db), or, for coding, the server has as much "
             "text to code as it admits at once (retry in a few seconds).",
    }
    return {status: {"model": ErrorMessage, "description": meaning[status]} for status in statuses}


class Limits(BaseModel):
    """The limits this server enforces.

    Attributes
    ----------
    max_body_bytes : int
        Largest request body, in bytes (HTTP 413 over it).
    max_text_chars : int
        Longest text to code, in Unicode code points (HTTP 413 over it).
    page_size_max : int
        Largest ``limit`` of ``GET /events``.
    allow_store : bool
        Whether ``POST /code`` may store (needs a dataset too).
    """

    max_body_bytes: int
    max_text_chars: int
    page_size_max: int
    allow_store: bool


class Health(BaseModel):
    """What ``GET /health`` says.

    Attributes
    ----------
    status : str
        ``"ok"``.
    version : str
        The dotterel version serving.
    store : bool
        Whether a dataset is open (the dataset endpoints need one).
    limits : Limits
    """

    status: str = "ok"
    version: str
    store: bool
    limits: Limits


class ExportQuery(EventQuery):
    """The query of ``GET /export``: a format and the filters of :class:`~dotterel.server.service.EventQuery`.

    Attributes
    ----------
    format : {"acled", "plover", "jsonl"}
        ``acled``: ACLED-style CSV; ``plover``: a JSON array of PLOVER
        records; ``jsonl``: dotterel's linked-event JSON, one per line.

    Notes
    -----
    Every event that matches the filters is exported; ``limit`` and
    ``offset`` are accepted (a dataset page's links carry them) and ignored.
    """

    format: ExportFormat = Field(examples=["acled"])


def _state(request: Request):
    return request.app.state.dotterel


@router.post(
    "/code",
    response_model=CodeResult,
    summary="Code a text into events",
    description=(
        "Codes the posted text with its publication date (the anchor for relative dates) and outlet, and "
        "returns the events with every evidence span (0-based, end-exclusive code-point offsets into `text`), "
        "the places the text names, and, with `debug`, the candidates not coded and why. With `store: true` "
        "the document and its events are added to the open dataset; storing the same text (same `doc_id`, "
        "by default a content hash) again replaces it, so nothing is duplicated; a `doc_id` already stored with a "
        "different text is refused with 409, never overwritten."
    ),
    responses=_errors(403, 409, 413, 422, 503),
)
async def code(request: Request, body: CodeRequest) -> CodeResult:
    """Code one text (see :func:`dotterel.server.service.code_text`)."""
    state = _state(request)
    return await state.run_coding(service.code_text, state, body, chars=len(body.text))


@router.get(
    "/events",
    response_model=EventPage,
    summary="List linked events, filtered and paged",
    description=(
        "De-duplicated events of the dataset, ordered by earliest date (undated last) then id. The filters "
        f"({', '.join(f'`{name}`' for name in EventFilter.filter_names())}) combine with AND; each parameter "
        "says what it keeps. `total` counts all matches; the next page starts at `offset + limit`."
    ),
    responses=_errors(422, 503),
)
def list_events(request: Request, q: Annotated[EventQuery, Query()]) -> EventPage:
    """One page of events (see :func:`dotterel.server.service.query_events`)."""
    return service.query_events(_state(request), q)


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    summary="One linked event with all its mentions",
    description=(
        "The linked event's record (asked for by its own id or by the id of any of its mentions), and each "
        "mention with the sentence it was read from (sliced from the stored "
        "document), its evidence spans by field, its outlet, claimant and certainty. Reports that give different "
        "figures are listed side by side in `event.counts`; `conflicting_counts` names the kinds that disagree."
    ),
    responses=_errors(404, 503),
)
def get_event(
    request: Request,
    event_id: Annotated[str, Path(description="A linked event's id, or the id of one of its mentions (as "
                                  "`dotterel code` and `POST /code` print it): `ev:` + 16 hex digits.")],
) -> EventDetail:
    """One event (see :func:`dotterel.server.service.event_detail`)."""
    return service.event_detail(_state(request), event_id)


@router.get(
    "/documents/{doc_id:path}",
    response_model=DocumentDetail,
    summary="One stored document with its events",
    description=(
        "The document's text and metadata, its event mentions (spans point into `document.text`) and, for each "
        "mention, the linked event it belongs to."
    ),
    responses=_errors(404, 503),
)
def get_document(
    request: Request, doc_id: Annotated[str, Path(description="The document id (may contain `/` and `:`).")]
) -> DocumentDetail:
    """One document (see :func:`dotterel.server.service.document_detail`)."""
    return service.document_detail(_state(request), doc_id)


@router.get(
    "/export",
    response_class=Response,
    summary="Download the selection: ACLED CSV, PLOVER JSON or JSON Lines",
    description=(
        "Every linked event that matches the filters (as `GET /events`; `limit`/`offset` are ignored), as a file "
        "download (`Content-Disposition: attachment`). Each row is validated against its format; an event the "
        "format cannot express is skipped, never given a default. Headers: `X-Dotterel-Exported` (rows written), "
        "`X-Dotterel-Skipped` (events skipped) and `X-Dotterel-Skipped-Reasons` (JSON object: reason -> count)."
    ),
    responses={
        200: {
            "description": "The file.",
            "content": {"text/csv": {}, "application/json": {}, "application/x-ndjson": {}},
        },
        **_errors(422, 503),
    },
)
def export(request: Request, q: Annotated[ExportQuery, Query()]) -> Response:
    """The selection as a file (see :func:`dotterel.server.service.export_selection`)."""
    download = service.export_selection(_state(request), q, q.format)
    report = download.report
    headers = {
        "Content-Disposition": f'attachment; filename="{download.filename}"',
        "X-Dotterel-Exported": str(report.rows_written),
        "X-Dotterel-Skipped": str(len(report.skipped)),
        "X-Dotterel-Skipped-Reasons": json.dumps(report.unmapped, ensure_ascii=True, sort_keys=True),
    }
    return Response(content=download.content, media_type=download.media_type, headers=headers)


@router.get(
    "/export/left-out",
    response_model=LeftOutSummary,
    summary="What an export of the selection holds, and why the other events are left out",
    description=(
        "Runs the export of `GET /export` over the same selection without sending the file: `total` events "
        "selected, `held` rows the file holds, and `left_out`, the other events grouped by the format's reason "
        "(most first; `cases` split a reason such as \"no ACLED sub-event type\" by event type and mode; "
        "`event_ids` lists the events). The reasons are the exporters' own: an event a format cannot express is "
        "left out, never given a default."
    ),
    responses=_errors(422, 503),
)
def export_left_out(request: Request, q: Annotated[ExportQuery, Query()]) -> LeftOutSummary:
    """Why events are left out of an export (see :func:`dotterel.server.service.export_left_out`)."""
    return service.export_left_out(_state(request), q, q.format)


@router.get(
    "/health",
    response_model=Health,
    summary="Liveness, version, dataset and limits",
    description="Always 200 while the server runs; `store` says whether the dataset endpoints can answer.",
)
async def health(request: Request) -> Health:
    """Liveness, the version, whether a dataset is open, and the limits."""
    state = _state(request)
    settings = state.settings
    return Health(
        version=__version__,
        store=state.has_store,
        limits=Limits(max_body_bytes=settings.max_body_bytes, max_text_chars=settings.max_text_chars,
                      page_size_max=settings.page_size_max, allow_store=settings.allow_store),
    )
