"""Nothing from another site: the Host allow-list, the Origin check and the code form's token.

A dotterel server usually listens on this machine only, but a page on any
website the user opens can still send it requests: a form posted across
sites (cross-site request forgery, OWASP "CSRF Prevention Cheat Sheet"),
or, through DNS rebinding, requests under a name of its own that resolves
to 127.0.0.1. Three checks stop both:

- **Host allow-list.** A request whose ``Host`` is not a name this server
  serves is refused (HTTP 400), as Django's ``ALLOWED_HOSTS`` does: by
  default the loopback names (``localhost``, ``127.0.0.1``, ``::1``), plus
  any name given with ``dotterel serve --allowed-host``. A rebinding page
  sends its own name as ``Host`` and so reaches nothing.
- **Origin check.** A state-changing request (any method but GET, HEAD,
  OPTIONS) that a browser marks as cross-site (``Sec-Fetch-Site:
  cross-site``), or whose ``Origin`` (else ``Referer``) is not this
  server's own origin, is refused (HTTP 403). ``Origin: null`` (a sandboxed
  frame, a ``data:`` page) is refused too. A request with neither header is
  not from a browser page (curl, scripts) and passes.
- **Form token.** The code form carries a token drawn at random when the
  application is made (:class:`FormToken`); a post without it is refused
  (HTTP 403). Another site cannot read the form, so it cannot know the
  token.

The pages are served with ``Referrer-Policy: same-origin`` so that a
browser sends the page's real ``Origin`` with its own form posts (with
``no-referrer`` it sends ``Origin: null``) and still gives no address to
other sites.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.responses import JSONResponse, PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dotterel.errors import CrossSiteError

__all__ = [
    "LOOPBACK_HOSTS",
    "FORM_TOKEN_FIELD",
    "FormToken",
    "RequestGuard",
    "allowed_host_names",
    "host_name",
    "refuse",
]

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
"""The names a server answers to when no ``--allowed-host`` is given."""

FORM_TOKEN_FIELD = "form_token"
"""The name of the code form's hidden token field."""

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def host_name(host: str) -> str:
    """The name part of a ``Host`` header or URL netloc, lower-case, without port or IPv6 brackets.

    Parameters
    ----------
    host : str
        E.g. ``"LocalHost:8000"``, ``"[::1]:8000"``, ``"127.0.0.1"``.

    Returns
    -------
    str
        E.g. ``"localhost"``, ``"::1"``, ``"127.0.0.1"``; ``""`` for an
        empty or malformed value.

    Examples
    --------
    >>> host_name("LocalHost:8000"), host_name("[::1]:8000"), host_name("::1")
    ('localhost', '::1', '::1')
    """
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") > 1:  # a bare IPv6 address, no port
        return host
    return host.rsplit(":", 1)[0] if ":" in host else host


def allowed_host_names(extra: Iterable[str] = ()) -> frozenset[str]:
    """The loopback names and the ``--allowed-host`` names, normalised.

    Parameters
    ----------
    extra : iterable of str
        Host names or addresses (a port, if given, is ignored).

    Returns
    -------
    frozenset[str]

    Raises
    ------
    ValueError
        For an empty name.
    """
    names = set(LOOPBACK_HOSTS)
    for value in extra:
        name = host_name(value)
        if not name:
            raise ValueError("an allowed host must not be empty")
        try:
            name = str(ipaddress.ip_address(name))
        except ValueError:
            pass
        names.add(name)
    return frozenset(names)


class FormToken:
    """The code form's anti-forgery token: random per application, compared in constant time.

    Drawn with :func:`secrets.token_urlsafe` (32 bytes) when the
    application is made, never at import.

    Attributes
    ----------
    value : str
        The token to put in the form's hidden ``form_token`` field.
    """

    def __init__(self) -> None:
        self.value = secrets.token_urlsafe(32)

    def check(self, sent: str | None) -> None:
        """Refuse a form post without this token.

        Parameters
        ----------
        sent : str | None
            The ``form_token`` field as posted.

        Raises
        ------
        CrossSiteError
            When the field is missing or different.
        """
        if not sent or not hmac.compare_digest(sent.encode("utf-8", "replace"), self.value.encode("ascii")):
            raise CrossSiteError(
                "the form's token is missing or out of date (a post from another page or an old one); "
                "open the code page again and submit the form from it"
            )


async def refuse(scope: Scope, send: Send, status: int, message: str, *, as_json: bool) -> None:
    """Answer a request before the application sees it: JSON ``{"detail": ...}`` or plain text.

    Parameters
    ----------
    scope : Scope
    send : Send
    status : int
        HTTP status.
    message : str
        One line saying what is refused and what to do.
    as_json : bool
        JSON for API paths, plain text for pages.
    """
    if as_json:
        response = JSONResponse({"detail": message}, status_code=status)
    else:
        response = PlainTextResponse(message, status_code=status)

    async def no_body() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    await response(scope, no_body, send)


class RequestGuard:
    """ASGI middleware: the Host allow-list and the Origin check (see the module notes).

    Parameters
    ----------
    app : ASGI application
    allowed_hosts : frozenset[str]
        From :func:`allowed_host_names`.
    api_prefix : str
        Paths under it get JSON refusals, the others plain text.
    """

    def __init__(self, app: ASGIApp, *, allowed_hosts: frozenset[str], api_prefix: str) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts
        self.api_prefix = api_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse a request from a foreign host or another site, else pass it on (ASGI)."""
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope.get("headers", [])}
        as_json = scope.get("path", "").startswith(self.api_prefix)
        host = headers.get("host", "")
        name = host_name(host)
        if name not in self.allowed_hosts:
            shown = name or "(none)"
            await refuse(
                scope, send, 400,
                f"this server does not answer to the host name {shown!r}; open it as http://127.0.0.1:PORT/, "
                f"or start it with `dotterel serve --allowed-host {shown}` if that name is really its own",
                as_json=as_json,
            )  # fmt: skip
            return
        if scope.get("method", "GET") not in _SAFE_METHODS:
            problem = _cross_site(headers, host)
            if problem is not None:
                await refuse(
                    scope, send, 403,
                    f"refused a {scope.get('method')} from another site ({problem}); "
                    "use this server's own pages, or send the request without a browser (e.g. curl)",
                    as_json=as_json,
                )  # fmt: skip
                return
        await self.app(scope, receive, send)


def _cross_site(headers: dict[str, str], host: str) -> str | None:
    """Why a state-changing request looks cross-site, or None when it is from this server's pages."""
    if headers.get("sec-fetch-site", "").lower() == "cross-site":
        return "the browser marked it cross-site"
    origin = headers.get("origin")
    if origin is not None:
        if origin.strip().lower() == "null":
            return "Origin: null"
        if urlsplit(origin.strip()).netloc.lower() != host.strip().lower():
            return f"Origin {origin.strip()!r} is not this server"
        return None
    referer = headers.get("referer")
    if referer is not None and urlsplit(referer.strip()).netloc.lower() != host.strip().lower():
        return "its Referer is another site"
    return None
