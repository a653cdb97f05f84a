"""The pieces every gold format shares: gold records, bad records, the scorer base class, the format registry entry.

A gold format module (``evaluate/formats/*.py``) provides a :class:`GoldFormat`:
a ``sniff`` function that recognises a file of the format from its first
bytes, a streaming ``load`` that yields :class:`GoldRecord` subclasses (or
:class:`BadRecord` for a record that cannot be read, so one bad record never
stops a run), and a :class:`Scorer` subclass that compares one gold record
with the :class:`~dotterel.coder.CodedDocument` the coder made of its text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..errors import GoldFormatError  # noqa: F401  (defined with the whole tree)
from ..records import Document
from .metrics import PRF, Accuracy, ClassTable, EvaluationResult, Miss, MissList

if TYPE_CHECKING:  # pragma: no cover
    from ..coder import CodedDocument
    from ..ontology import Ontology

__all__ = ["GoldFormatError", "GoldRecord", "BadRecord", "SkippedRecord", "Scorer", "GoldFormat", "shorten", "mark_span"]


class GoldRecord(BaseModel):
    """One unit of gold data: a text to code and what it should give.

    Attributes
    ----------
    record_id : str
        Gold id, or ``file:line`` when the gold has none.
    document : Document
        The text to code, with its publication date when the gold gives one.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    record_id: str
    document: Document


class BadRecord(BaseModel):
    """A gold record that could not be read (counted, listed, and skipped).

    Attributes
    ----------
    path : str
    line : int | None
        1-based line (or the record's first line) in ``path``.
    reason : str
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    line: int | None = None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


class SkippedRecord(BaseModel):
    """A gold record that is read fine but is outside what dotterel is scored on (counted by reason).

    Attributes
    ----------
    reason : str
        E.g. ``"input-error test"``; the key under which it is counted in
        ``EvaluationResult.skipped``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: str


def shorten(text: str, limit: int = 300) -> str:
    """``text`` with runs of whitespace folded, cut to ``limit`` code points with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def mark_span(text: str, start: int, end: int, width: int = 110) -> str:
    """Up to ``width`` code points either side of ``text[start:end]``, the span itself marked ``[[...]]``."""
    a, b = max(0, start - width), min(len(text), end + width)
    return f"{text[a:start]}[[{text[start:end]}]]{text[end:b]}"


class Scorer:
    """Base class of the per-format scorers: counters, error kinds, worst misses.

    Parameters
    ----------
    ontology : Ontology
        PLOVER ontology and crosswalks (``data/plover.json``).
    format_name : str
        Name of the gold format, copied into the result.
    max_misses : int
        How many worst misses to keep.
    """

    def __init__(self, ontology: "Ontology", *, format_name: str, max_misses: int = 25) -> None:
        self.ontology = ontology
        self.result = EvaluationResult(format=format_name)
        self._misses = MissList(max_misses)

    # -- counters ----------------------------------------------------------
    def prf(self, name: str) -> PRF:
        """The P/R/F1 counter of field ``name`` (created when new)."""
        return self.result.scores.setdefault(name, PRF())

    def acc(self, name: str) -> Accuracy:
        """The accuracy counter ``name`` (created when new)."""
        return self.result.accuracies.setdefault(name, Accuracy())

    def table(self, name: str) -> ClassTable:
        """The per-class table ``name`` (created when new)."""
        return self.result.tables.setdefault(name, ClassTable())

    def f1(self, key: str, counts: PRF | ClassTable, *, macro: bool = False) -> float | None:
        """A headline F1, recording the precision and recall it comes from under ``key``.

        Parameters
        ----------
        key : str
            The headline's name (``"event F1"``).
        counts : PRF | ClassTable
            The counter; for a table, its micro counts, or with ``macro`` its
            macro precision, recall and F1.
        macro : bool, keyword-only

        Returns
        -------
        float | None
            The F1.
        """
        if isinstance(counts, ClassTable):
            if macro:
                self.result.headline_pr[key] = (counts.macro_precision, counts.macro_recall)
                return counts.macro_f1
            counts = counts.micro
        self.result.headline_pr[key] = (counts.precision, counts.recall)
        return counts.f1

    def skip(self, reason: str, n: int = 1) -> None:
        """Count ``n`` gold items left out of scoring for ``reason``."""
        self.result.skipped[reason] = self.result.skipped.get(reason, 0) + n

    def error(self, why: str, *, record: str, text: str, expected: str, predicted: str,
              severity: float = 1.0) -> None:
        """Count one error of kind ``why`` and offer it to the worst-miss list."""
        self.result.errors[why] = self.result.errors.get(why, 0) + 1
        self._misses.add(Miss(record=record, text=shorten(text), expected=expected, predicted=predicted,
                              why=why, severity=severity))

    def bad(self, record: BadRecord) -> None:
        """Count a gold record that could not be read."""
        self.result.bad_records += 1
        if len(self.result.bad) < 20:
            self.result.bad.append(str(record))

    # -- to implement ------------------------------------------------------
    def score(self, gold: GoldRecord, coded: "CodedDocument") -> None:
        """Compare one gold record with what the coder made of its text (subclasses implement it)."""
        raise NotImplementedError

    def headline(self) -> dict[str, float | None]:
        """The main scores of this format, for the README table (subclasses implement it)."""
        raise NotImplementedError

    def finish(self) -> EvaluationResult:
        """The result so far, with the worst misses and the headline filled in."""
        self.result.misses = self._misses.sorted()
        self.result.headline = self.headline()
        return self.result


@dataclass(frozen=True)
class GoldFormat:
    """A gold format: its name, how to recognise it, how to read it and how to score it.

    Attributes
    ----------
    name : str
        ``plover-gsr``, ``petrarch-xml``, ...
    description : str
        One line for ``--help`` and the docs.
    sniff : callable (Path, str) -> bool
        Whether a file whose first 16 KB of text are given is of this format.
    load : callable (Path) -> Iterator[GoldRecord | BadRecord | SkippedRecord]
        Streaming reader; raises :class:`GoldFormatError` for a broken file.
    scorer : type[Scorer]
        Scorer class (constructed with the ontology).
    """

    name: str
    description: str
    sniff: Callable[[Path, str], bool]
    load: Callable[[Path], Iterator["GoldRecord | BadRecord | SkippedRecord"]]
    scorer: type[Scorer]
