"""The HTTP face of dotterel: a FastAPI application with a JSON API and an HTML viewer.

``dotterel serve`` runs :func:`create_app` under uvicorn. The application
loads one :class:`~dotterel.coder.Coder` (the spaCy model, gazetteer and
knowledge base) and, when given, opens one DuckDB event store; both live in a
:class:`ServerState` held on ``app.state.dotterel``, never in module globals.

Modules
-------
state
    :class:`ServerSettings` (limits, paths) and :class:`ServerState` (the
    coder and the store, with the locks that make them safe to share between
    request threads).
app
    :func:`create_app`: routers, error handlers, request-size limit, assets.
api
    The JSON API under ``/api/v1`` (OpenAPI at ``/api/v1/openapi.json``).
views
    The server-rendered HTML pages (Jinja2 templates, local static assets).
"""

from __future__ import annotations

from .app import API_PREFIX, create_app
from .state import ServerSettings, ServerState

__all__ = ["API_PREFIX", "ServerSettings", "ServerState", "create_app"]
