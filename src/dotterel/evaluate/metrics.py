"""Typed score counters and the result of one evaluation run.

Every counter is a pydantic model, so a result crosses module boundaries (and
is written as JSON) without bare dicts. Definitions (standard ones):

* precision = tp / (tp + fp), recall = tp / (tp + fn), F1 = their harmonic
  mean; each is ``None`` when its denominator is 0 (nothing to measure), never
  a made-up 0 or 1.
* micro F1 adds the tp, fp and fn of every class first; macro F1 is the
  unweighted mean of the per-class F1 of the classes that have an F1.
* accuracy = correct / total, ``None`` when total is 0.
"""

from __future__ import annotations

import heapq
import statistics
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

__all__ = [
    "PRF",
    "Accuracy",
    "ClassTable",
    "Miss",
    "Distances",
    "EvaluationResult",
    "MissList",
]


def _ratio(num: float, den: float) -> float | None:
    return None if den == 0 else num / den


class PRF(BaseModel):
    """True positives, false positives and false negatives, with P/R/F1.

    Attributes
    ----------
    tp, fp, fn : int
        Counts (>= 0).

    Examples
    --------
    >>> s = PRF(tp=3, fp=1, fn=2)
    >>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 3)
    (0.75, 0.6, 0.667)
    """

    model_config = ConfigDict(extra="forbid")

    tp: int = Field(default=0, ge=0)
    fp: int = Field(default=0, ge=0)
    fn: int = Field(default=0, ge=0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """Tp / (tp + fp), in [0, 1]; ``None`` when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        """Tp / (tp + fn), in [0, 1]; ``None`` when there is no gold item."""
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall, 2tp / (2tp + fp + fn); ``None`` when all counts are 0."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts in place (each >= 0)."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def compare(self, gold: Any, predicted: Any) -> bool:
        """Score one slot: gold value against predicted value (``None`` = no value).

        Equal values are a tp; a predicted value where gold has none is a fp; a
        gold value with no prediction is a fn; two different values are a fp
        and a fn. Returns True when the slot is right (equal, or both ``None``).
        """
        if gold is None and predicted is None:
            return True
        if gold is not None and predicted is not None and gold == predicted:
            self.tp += 1
            return True
        if predicted is not None:
            self.fp += 1
        if gold is not None:
            self.fn += 1
        return False

    def merge(self, other: "PRF") -> None:
        """Add another counter's counts in place."""
        self.add(tp=other.tp, fp=other.fp, fn=other.fn)


class Accuracy(BaseModel):
    """Correct out of total.

    Attributes
    ----------
    correct : float
        Right items (a partial match adds its credit in [0, 1]); ``<= total``.
    total : int
    """

    model_config = ConfigDict(extra="forbid")

    correct: float = Field(default=0, ge=0)
    total: int = Field(default=0, ge=0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        """Correct / total in [0, 1]; ``None`` when total is 0."""
        return _ratio(self.correct, self.total)

    def add(self, right: bool | float) -> None:
        """Count one item: right (True or 1.0), wrong (False or 0.0) or partly right (a credit in [0, 1])."""
        self.total += 1
        self.correct += float(right)


class ClassTable(BaseModel):
    """P/R/F1 per class (e.g. per PLOVER event type), with micro and macro F1.

    Attributes
    ----------
    classes : dict[str, PRF]
        One counter per class name, created on first use.
    """

    model_config = ConfigDict(extra="forbid")

    classes: dict[str, PRF] = Field(default_factory=dict)

    def get(self, name: str) -> PRF:
        """The counter of class ``name`` (created empty when new)."""
        if name not in self.classes:
            self.classes[name] = PRF()
        return self.classes[name]

    def add(self, name: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        """Add counts to class ``name``."""
        self.get(name).add(tp=tp, fp=fp, fn=fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def micro(self) -> PRF:
        """All classes' counts added together."""
        total = PRF()
        for prf in self.classes.values():
            total.merge(prf)
        return total

    @computed_field  # type: ignore[prop-decorator]
    @property
    def macro_precision(self) -> float | None:
        """Unweighted mean of the per-class precision (classes with none left out); ``None`` when none has one."""
        values = [p.precision for p in self.classes.values() if p.precision is not None]
        return statistics.fmean(values) if values else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def macro_recall(self) -> float | None:
        """Unweighted mean of the per-class recall (classes with none left out); ``None`` when none has one."""
        values = [p.recall for p in self.classes.values() if p.recall is not None]
        return statistics.fmean(values) if values else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def macro_f1(self) -> float | None:
        """Unweighted mean of the per-class F1 (classes with no F1 left out); ``None`` when none has one."""
        values = [p.f1 for p in self.classes.values() if p.f1 is not None]
        return statistics.fmean(values) if values else None


class Miss(BaseModel):
    """One error worth reading: what the gold says, what we said, and why it counts as wrong.

    Attributes
    ----------
    record : str
        Gold record id (file and line or the gold id).
    text : str
        The gold text (shortened to 300 code points).
    expected, predicted : str
        Short renderings of the gold and predicted values.
    why : str
        The error kind (also counted in ``EvaluationResult.errors``).
    severity : float
        Larger is worse (km for place errors, 1.0 otherwise); the list keeps
        the largest.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    record: str
    text: str
    expected: str
    predicted: str
    why: str
    severity: float = 1.0


class MissList:
    """Keeps the ``limit`` most severe misses seen (ties: the earliest), in constant memory.

    Parameters
    ----------
    limit : int
        How many to keep (>= 0).
    """

    def __init__(self, limit: int = 25) -> None:
        self.limit = limit
        self._heap: list[tuple[float, int, Miss]] = []
        self._n = 0

    def add(self, miss: Miss) -> None:
        """Offer one miss; kept when it is among the ``limit`` most severe so far."""
        self._n += 1
        # negative counter: among equal severities the earliest wins
        item = (miss.severity, -self._n, miss)
        if len(self._heap) < self.limit:
            heapq.heappush(self._heap, item)
        elif self.limit and item > self._heap[0]:
            heapq.heapreplace(self._heap, item)

    def sorted(self) -> list[Miss]:
        """The kept misses, most severe first."""
        return [m for _s, _n, m in sorted(self._heap, reverse=True)]


class Distances(BaseModel):
    """Distance errors in km (haversine on the WGS84 mean radius, 6371.0088 km).

    Attributes
    ----------
    km : list[float]
        One error per scored toponym, in km.
    threshold_km : float
        The "accurate" threshold (161 km = 100 miles, the usual geoparsing
        accuracy@161 of Gritta et al. 2018).
    missing : int
        Scored toponyms whose prediction had no coordinates (counted as not
        within the threshold).
    """

    model_config = ConfigDict(extra="forbid")

    km: list[float] = Field(default_factory=list, exclude=True)
    threshold_km: float = 161.0
    missing: int = 0

    def add(self, km: float | None) -> None:
        """Add one error in km, or ``None`` for a prediction without coordinates."""
        if km is None:
            self.missing += 1
        else:
            self.km.append(km)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def n(self) -> int:
        """Scored toponyms (with and without predicted coordinates)."""
        return len(self.km) + self.missing

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy_at_threshold(self) -> float | None:
        """Share of scored toponyms within ``threshold_km``; ``None`` when none was scored."""
        return _ratio(sum(1 for k in self.km if k <= self.threshold_km), self.n)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def mean_km(self) -> float | None:
        """Mean error in km over toponyms with predicted coordinates."""
        return statistics.fmean(self.km) if self.km else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def median_km(self) -> float | None:
        """Median error in km over toponyms with predicted coordinates."""
        return statistics.median(self.km) if self.km else None


class EvaluationResult(BaseModel):
    """Everything measured on one gold set.

    Attributes
    ----------
    format : str
        Gold format name (``plover-gsr``, ``geo-xml``, ...).
    gold : list[str]
        The gold files or folders read.
    records : int
        Gold records scored.
    bad_records : int
        Records that could not be read (each also listed in ``bad``).
    bad : list[str]
        ``file:line: reason`` of the first bad records (at most 20).
    skipped : dict[str, int]
        Records or annotations left out of scoring on purpose, by reason.
    headline : dict[str, float | None]
        The main scores of this format (what the README table shows).
    headline_pr : dict[str, tuple[float | None, float | None]]
        For each F1 of ``headline``, the (precision, recall) it comes from
        (macro precision and recall for a macro F1), so no F1 is reported
        without both halves.
    scores : dict[str, PRF]
        P/R/F1 per field (``event``, ``actor.country``, ``toponym``, ...).
    accuracies : dict[str, Accuracy]
        Accuracies per field (``geonameid``, ``no_event``, ...).
    tables : dict[str, ClassTable]
        Per-class tables (``event_type``, ``sub_event_type``, ``KILL``...).
    distances : Distances | None
        Place errors in km (geo formats only).
    errors : dict[str, int]
        How often each error kind occurred.
    misses : list[Miss]
        The worst misses, most severe first.
    notes : list[str]
        What was not scored and why.
    """

    model_config = ConfigDict(extra="forbid")

    format: str
    gold: list[str] = Field(default_factory=list)
    records: int = 0
    bad_records: int = 0
    bad: list[str] = Field(default_factory=list)
    skipped: dict[str, int] = Field(default_factory=dict)
    headline: dict[str, float | None] = Field(default_factory=dict)
    headline_pr: dict[str, tuple[float | None, float | None]] = Field(default_factory=dict)
    scores: dict[str, PRF] = Field(default_factory=dict)
    accuracies: dict[str, Accuracy] = Field(default_factory=dict)
    tables: dict[str, ClassTable] = Field(default_factory=dict)
    distances: Distances | None = None
    errors: dict[str, int] = Field(default_factory=dict)
    misses: list[Miss] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
