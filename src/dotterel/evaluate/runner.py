"""Run the coder over a gold set and score it, streaming.

:func:`evaluate_gold` reads one gold file (or folder) with its format's
loader, sends the texts through :meth:`dotterel.coder.Coder.code_documents`
in batches (input order is kept, so each coded document is paired with its
gold record without holding the set in memory) and feeds each pair to the
format's scorer. Records that cannot be read are counted and listed, never
fatal; a file that cannot be read at all raises
:class:`~dotterel.evaluate.base.GoldFormatError`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..ontology import Ontology
from .base import BadRecord, GoldFormat, GoldFormatError, GoldRecord, Scorer, SkippedRecord
from .formats import FORMATS, detect
from .metrics import EvaluationResult

if TYPE_CHECKING:  # pragma: no cover
    from ..coder import CodedDocument, Coder

__all__ = ["resolve_format", "evaluate_gold", "score_records"]


def resolve_format(path: Path, name: str | None = None) -> GoldFormat:
    """The format named ``name``, or the one detected from the file.

    Raises
    ------
    GoldFormatError
        For an unknown name, or a file no format recognises.
    """
    if name is None:
        return detect(path)
    if name not in FORMATS:
        raise GoldFormatError(f"unknown gold format {name!r}", hint=f"use one of {', '.join(FORMATS)}")
    return FORMATS[name]


def score_records(
    items: Iterable[GoldRecord | BadRecord | SkippedRecord],
    code: Callable[[Iterable], Iterator["CodedDocument"]],
    scorer: Scorer,
    *,
    on_record: Callable[[], None] | None = None,
) -> EvaluationResult:
    """Code the gold records' documents with ``code`` and score each against its record.

    Parameters
    ----------
    items : iterable of GoldRecord | BadRecord | SkippedRecord
        As yielded by a loader.
    code : callable
        Takes an iterable of :class:`~dotterel.records.Document` and yields
        one :class:`~dotterel.coder.CodedDocument` per document, in order
        (``Coder.code_documents``; tests pass a stub that returns fixed events).
    scorer : Scorer
    on_record : callable, optional
        Called once per gold record handled (for a progress bar).

    Returns
    -------
    EvaluationResult
    """
    waiting: deque[GoldRecord] = deque()

    def documents():
        for item in items:
            if isinstance(item, BadRecord):
                scorer.bad(item)
                if on_record:
                    on_record()
                continue
            if isinstance(item, SkippedRecord):
                scorer.skip(item.reason)
                if on_record:
                    on_record()
                continue
            waiting.append(item)
            yield item.document

    for coded in code(documents()):
        gold = waiting.popleft()
        scorer.score(gold, coded)
        if on_record:
            on_record()
    return scorer.finish()


def evaluate_gold(
    path: str | Path,
    *,
    coder: "Coder",
    format: str | None = None,
    limit: int | None = None,
    max_misses: int = 25,
    on_record: Callable[[], None] | None = None,
    ontology: Ontology | None = None,
) -> EvaluationResult:
    """Code and score one gold file or folder.

    Parameters
    ----------
    path : str | Path
    coder : Coder
    format : str | None
        A name from :data:`~dotterel.evaluate.formats.FORMATS`; detected when ``None``.
    limit : int | None
        Score only the first ``limit`` records (bad and skipped ones included).
    max_misses : int
        How many worst misses to keep.
    on_record : callable, optional
        Called once per gold record.
    ontology : Ontology, optional
        Default: the coder's.

    Returns
    -------
    EvaluationResult

    Raises
    ------
    GoldFormatError
        When the file is missing, unknown, or broken as a whole.
    """
    path = Path(path)
    fmt = resolve_format(path, format)
    ontology = ontology or coder.ontology
    scorer = fmt.scorer(ontology, format_name=fmt.name, max_misses=max_misses)
    scorer.result.gold.append(str(path))
    items = fmt.load(path)
    if limit is not None:
        items = islice(items, limit)
    try:
        return score_records(items, coder.code_documents, scorer, on_record=on_record)
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path),
                              hint="convert it to UTF-8") from None
