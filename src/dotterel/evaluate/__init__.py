"""Evaluation against public gold data: gold-format loaders, matching rules, metrics and reports.

``dotterel evaluate GOLD...`` is the command; :func:`evaluate_gold` the
function under it. The scoring rules are in :mod:`dotterel.evaluate.matching`
and ``docs/evaluation.md``.
"""

from __future__ import annotations

from .base import BadRecord, GoldFormat, GoldFormatError, GoldRecord, Scorer, SkippedRecord
from .metrics import PRF, Accuracy, ClassTable, EvaluationResult, Miss
from .runner import evaluate_gold, resolve_format, score_records

__all__ = [
    "evaluate_gold",
    "resolve_format",
    "score_records",
    "EvaluationResult",
    "PRF",
    "Accuracy",
    "ClassTable",
    "Miss",
    "GoldFormat",
    "GoldFormatError",
    "GoldRecord",
    "BadRecord",
    "SkippedRecord",
    "Scorer",
]
