"""dotterel: turn news and opinion text about political unrest into sourced PLOVER events.

Public API
----------
code(text, *, published=None, doc_id=None, source=None) -> list[Event]
    Code one text (loads a :class:`Coder` for the call; reuse a Coder for more).
Coder
    Loads the spaCy model, gazetteer, knowledge base and ontology once.
Event, Actor, Place, EventDate, Count, Attribution, Span, Document
    The typed records (pydantic v2), see :mod:`dotterel.records`.
open(db) -> Dataset
    A store's events as a list, an Arrow table, a pandas or polars DataFrame,
    with the filters of ``dotterel events`` (:mod:`dotterel.notebook`).

Importing the package loads nothing heavy; the model is loaded when a
:class:`Coder` is made.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .records import Abstention, Actor, Attribution, Count, Document, Event, EventDate, Place, Span

__all__ = [
    "__version__",
    "code",
    "open",
    "Coder",
    "Abstention",
    "Actor",
    "Attribution",
    "Count",
    "Document",
    "Event",
    "EventDate",
    "Place",
    "Span",
]


def code(text: str, *, published=None, doc_id: str | None = None, source: str | None = None):
    """Code one text into events.

    Builds a :class:`Coder` for this one call, which takes a few seconds;
    to code many texts, make one ``Coder()`` and call ``coder.code`` on each.

    Parameters
    ----------
    text : str
        The article text.
    published : str | datetime.date | None
        Publication date, ISO 8601 ``YYYY-MM-DD``.
    doc_id, source : str | None

    Returns
    -------
    list[Event]

    Raises
    ------
    dotterel.errors.InputError
        Empty text or a malformed publication date.
    dotterel.errors.ModelNotInstalledError
        The spaCy model package is not installed.
    """
    from .coder import Coder

    return Coder().code(text, published=published, doc_id=doc_id, source=source)


def __getattr__(name: str):
    if name == "Coder":
        from .coder import Coder

        return Coder
    if name == "open":
        from .notebook import open as open_store

        return open_store
    raise AttributeError(name)
