"""The FastAPI application factory.

:func:`create_app` wires the JSON API (:mod:`dotterel.server.api`), the HTML
viewer (:mod:`dotterel.server.views`), the static assets (served from the
package, never from a CDN: users work offline), the request-size limit and
the error handlers that turn every failure into a short message without a
stack trace.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dotterel import __version__
from dotterel.errors import (BusyError, CrossSiteError, DotterelError, InputError, NotAllowedError, NotFoundError,
                             StoreError, TooLargeError)

from .guard import RequestGuard, allowed_host_names, refuse
from .problems import flatten, validation_problems
from .state import NoDatasetError, ServerSettings, ServerState

__all__ = ["create_app", "API_PREFIX", "DOCS_ASSETS", "ERROR_STATUS", "validation_problems"]

API_PREFIX = "/api/v1"
"""Where the JSON API lives; its OpenAPI document is ``{API_PREFIX}/openapi.json``."""

DOCS_ASSETS = f"{API_PREFIX}/docs-assets"
"""Where the Swagger UI page's script, stylesheet and icon are served from (local files)."""


class BodySizeLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with HTTP 413.

    A declared ``Content-Length`` over the limit is refused before the body
    is read; a body without a length (chunked) is read here as it arrives,
    refused as soon as it passes the limit, and otherwise handed to the
    application whole, so a client cannot make the server buffer more than
    ``max_bytes``.

    Parameters
    ----------
    app : ASGI application
    max_bytes : int
        Largest accepted body, in bytes.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _too_large(scope, send, "the Content-Length header is not a number")
                    return
                if declared > self.max_bytes:
                    await _too_large(scope, send, self._message())
                    return
        if declared is not None:  # the HTTP server delivers no more than the declared length
            await self.app(scope, receive, send)
            return
        # No length (chunked): read the body here, up to the limit, then hand it to the app. Refusing
        # it half-way inside the app does not work: FastAPI turns any error while it reads a body
        # into "400 There was an error parsing the body".
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.max_bytes:
                await _too_large(scope, send, self._message())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body over {self.max_bytes} bytes; send a shorter text or split it"


async def _too_large(scope: Scope, send: Send, message: str) -> None:
    await refuse(scope, send, 413, message, as_json=scope.get("path", "").startswith(API_PREFIX))


def create_app(settings: ServerSettings | None = None, *, coder=None, load_coder: bool = True) -> FastAPI:
    """Build the dotterel web application.

    Parameters
    ----------
    settings : ServerSettings | None
        Paths and limits (default: no store, default limits).
    coder : dotterel.coder.Coder | None, keyword-only
        An already loaded coder to share (tests pass the session's coder).
    load_coder : bool, keyword-only
        Load the coder at start-up (default) rather than on the first
        coding request.

    Returns
    -------
    fastapi.FastAPI
        With ``app.state.dotterel`` a :class:`ServerState`. The JSON API is
        under ``/api/v1`` (OpenAPI document ``/api/v1/openapi.json``,
        interactive docs ``/api/v1/docs``), the HTML pages at ``/``, static
        assets under ``/static``.

    Raises
    ------
    dotterel.errors.StoreError
        When ``settings.db`` is missing or cannot be opened.
    """
    settings = settings or ServerSettings()
    state = ServerState(settings, coder=coder)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if load_coder:
            state.coder()
        try:
            yield
        finally:
            state.close()

    # FastAPIOffline serves the Swagger UI page from assets inside the
    # fastapi-offline wheel: FastAPI's own docs page loads them from a CDN,
    # which is blank offline and in secure rooms.
    app = FastAPIOffline(
        title="dotterel",
        version=__version__,
        summary="Sourced PLOVER events from news text: who did what to whom, where, when, at what toll, on whose word.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        static_url=DOCS_ASSETS,
        lifespan=lifespan,
    )
    app.state.dotterel = state

    from . import api, views

    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=str(files("dotterel.server") / "static")), name="static")
    _install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    # Added last, so it runs first: a request from another site or under a foreign Host name is
    # refused before its body is read.
    app.add_middleware(
        RequestGuard, allowed_hosts=allowed_host_names(settings.allowed_hosts), api_prefix=API_PREFIX
    )
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def _install_error_handlers(app: FastAPI) -> None:
    """Every error becomes a short message: JSON ``{"detail": ...}`` under the API, text elsewhere."""

    def respond(request: Request, status: int, detail) -> JSONResponse | PlainTextResponse:
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=status)
        from . import views

        return views.error_page(request, status, detail if isinstance(detail, str) else flatten(detail))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return respond(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return respond(request, 422, validation_problems(exc.errors()))

    async def dotterel_error(request: Request, exc: DotterelError):
        # The most specific class in ERROR_STATUS decides (a TooLargeError is an InputError).
        status = next(code for cls, code in ERROR_STATUS.items() if isinstance(exc, cls))
        return respond(request, status, str(exc))

    for error_class in ERROR_STATUS:
        app.add_exception_handler(error_class, dotterel_error)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        # Never a stack trace to the client; the server log keeps it.
        import logging

        logging.getLogger("dotterel.server").exception("unhandled error on %s", request.url.path)
        return respond(request, 500, "internal error; the server log has the details")


ERROR_STATUS = {
    TooLargeError: 413,
    InputError: 422,
    NotFoundError: 404,
    CrossSiteError: 403,
    NotAllowedError: 409,
    NoDatasetError: 503,
    BusyError: 503,
    StoreError: 500,
    DotterelError: 500,
}
"""HTTP status of each dotterel error, most specific class first."""
