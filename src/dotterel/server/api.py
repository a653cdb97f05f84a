"""The JSON API, mounted under ``/api/v1`` (to be completed: issue 6)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from dotterel import __version__

router = APIRouter(tags=["api"])


@router.get("/health")
def health(request: Request) -> dict:
    """Liveness and what is loaded."""
    state = request.app.state.dotterel
    return {"status": "ok", "version": __version__, "store": state.has_store}
