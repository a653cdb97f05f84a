"""Records of a coding run that cross modules: recorded errors, coded batches, event summaries.

:class:`RecordedError` is what the ingest readers, the runner and the store
keep about an input that could not be used; :class:`CodedBatchItem` is one
document with its mentions as a shard holds it (runner -> store);
:class:`EventSummary` is the flat row of one linked event (store -> CLI,
server). They are re-exported by :mod:`dotterel.store`, where they lived
before.
"""

from __future__ import annotations

import datetime
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from dotterel.errors import printable
from dotterel.records import Document, Event

__all__ = ["RecordedError", "CodedBatchItem", "EventSummary", "error_id"]


def error_id(stage: str, path: str | None, line: int | None, doc_id: str | None, reason: str) -> str:
    """Stable id of a recorded error, so the same error found again is stored once.

    Parameters
    ----------
    stage : str
        ``"ingest"`` or ``"code"``.
    path, line, doc_id, reason
        Where and what.

    Returns
    -------
    str
        ``"err:"`` + 16 hex digits of SHA-256.

    Examples
    --------
    >>> error_id("ingest", "a.jsonl", 3, None, "not valid JSON")[:4]
    'err:'
    """
    key = "\x1f".join(str(part) if part is not None else "" for part in (stage, path, line, doc_id, reason))
    return "err:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class RecordedError(BaseModel):
    """An input or document that could not be used, as kept in the ``errors`` table.

    Attributes
    ----------
    stage : {"ingest", "code"}
        ``ingest``: the record could not be read (bad JSON, no text, bad
        date, not UTF-8...); ``code``: the document was read but coding it
        failed.
    path : str | None
        The input file (``"<stdin>"`` for standard input).
    line : int | None
        1-based line in ``path`` where the record starts, when known.
    doc_id : str | None
        The document, when it was read far enough to have an id.
    reason : str
        What went wrong.
    hint : str | None
        What to do about it.

    Examples
    --------
    >>> RecordedError(stage="ingest", path="a.jsonl", line=3, reason="not valid JSON").error_id[:4]
    'err:'
    """

    model_config = ConfigDict(frozen=True)

    stage: Literal["ingest", "code"]
    path: str | None = None
    line: int | None = None
    doc_id: str | None = None
    reason: str
    hint: str | None = None

    @field_validator("path", "doc_id", "reason", "hint", mode="after")
    @classmethod
    def _serialisable(cls, value: str | None) -> str | None:
        # Whatever bytes a message quotes, it is written to the errors file and table: lone
        # surrogates (bytes that were not UTF-8) are escaped, or the whole run would fail there.
        return None if value is None else printable(value)

    @property
    def error_id(self) -> str:
        """Stable id (``"err:"`` + 16 hex digits): the same error found again is stored once."""
        return error_id(self.stage, self.path, self.line, self.doc_id, self.reason)

    @classmethod
    def from_input_error(cls, exc: Exception, *, stage: Literal["ingest", "code"] = "ingest",
                         doc_id: str | None = None) -> RecordedError:
        """Build from an :class:`~dotterel.errors.InputError` (or any exception, by its message).

        Parameters
        ----------
        exc : Exception
            An ``InputError`` gives ``path``, ``line``, ``reason`` and
            ``hint``; another exception gives its type and message as reason.
        stage : {"ingest", "code"}, optional
        doc_id : str | None, optional

        Returns
        -------
        RecordedError
        """
        from dotterel.errors import InputError

        if isinstance(exc, InputError):
            return cls(stage=stage, path=exc.path, line=exc.line, doc_id=doc_id, reason=exc.reason, hint=exc.hint)
        return cls(stage=stage, doc_id=doc_id, reason=f"{type(exc).__name__}: {exc}")


class EventSummary(BaseModel):
    """The flat columns of one row of the ``events`` table (a de-duplicated event).

    Attributes
    ----------
    event_id : str
    event_type : str
        PLOVER event type.
    mode : str | None
        PLOVER mode of the linked event.
    date_earliest, date_latest : datetime.date | None
        The linked event's ``earliest``/``latest``: the date range that fits
        all its mentions (full days only).
    country : str | None
        ISO 3166-1 alpha-3 of the linked event's location.
    location_name : str | None
    geonameid : int | None
        GeoNames id of that location.
    n_mentions, n_documents, n_sources : int
        Mentions linked, documents they come from, distinct outlets.
    """

    model_config = ConfigDict(frozen=True)

    event_id: str
    event_type: str
    mode: str | None = None
    date_earliest: datetime.date | None = None
    date_latest: datetime.date | None = None
    country: str | None = None
    location_name: str | None = None
    geonameid: int | None = None
    n_mentions: int
    n_documents: int
    n_sources: int


class CodedBatchItem(BaseModel):
    """One document with all its event mentions, as a shard holds it.

    Attributes
    ----------
    document : Document
    events : list[Event]
        Every event mention of the document, in text order.
    """

    model_config = ConfigDict(frozen=True)

    document: Document
    events: list[Event]
