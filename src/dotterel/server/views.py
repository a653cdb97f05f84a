"""Server-rendered HTML pages (to be completed: issue 6)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """An HTML error page with the message escaped."""
    from markupsafe import escape

    return HTMLResponse(f"<!doctype html><title>Error {status}</title><p>{escape(message)}</p>", status_code=status)
