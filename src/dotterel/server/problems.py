"""The shape of a validation problem, shared by the JSON API and the HTML pages.

A 422 answer of the API carries ``{"detail": [{"loc": [...], "msg": ...}]}``
(:func:`validation_problems`); a page shows the same problems as one line
(:func:`flatten`). Both faces import this module, so neither imports the
other (``server/app.py`` builds the app from ``api`` and ``views``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["validation_problems", "flatten"]


def validation_problems(errors: Iterable[Mapping[str, Any]]) -> list[dict[str, object]]:
    """Pydantic validation errors as ``[{"loc": [...], "msg": ...}]``, the shape of every 422.

    Parameters
    ----------
    errors : iterable of mapping
        ``ValidationError.errors()`` (or FastAPI's ``RequestValidationError.errors()``).

    Returns
    -------
    list of dict
        ``loc`` as strings; ``msg`` without the ``"Value error, "`` that
        pydantic puts before a validator's own message (the message says enough).

    Examples
    --------
    >>> validation_problems([{"loc": ("query", "limit"), "msg": "Value error, limit must be positive"}])
    [{'loc': ['query', 'limit'], 'msg': 'limit must be positive'}]
    """
    return [
        {"loc": [str(part) for part in err.get("loc", ())],
         "msg": str(err.get("msg", "invalid")).removeprefix("Value error, ")}
        for err in errors
    ]


def flatten(problems: object) -> str:
    """Problems as one line for a page: ``"query.limit: limit must be positive; ..."``.

    Parameters
    ----------
    problems : list of dict or object
        The output of :func:`validation_problems` (entries that are not
        dicts are left out), or any other ``detail``, shown with ``str``.

    Returns
    -------
    str

    Examples
    --------
    >>> flatten([{"loc": ["query", "limit"], "msg": "limit must be positive"}, {"loc": ["q"], "msg": "empty"}])
    'query.limit: limit must be positive; q: empty'
    """
    if isinstance(problems, list):
        return "; ".join(f"{'.'.join(p.get('loc', []))}: {p.get('msg', '')}" for p in problems if isinstance(p, dict))
    return str(problems)
