"""Reports of evaluation results: Markdown (to read) and JSON (for scripts), from the typed results.

Both are built only from :class:`~dotterel.evaluate.metrics.EvaluationResult`
records; :func:`read_json_report` reads a JSON report back, so the README's
accuracy table (:func:`readme_table`) is generated from a saved run, never
typed by hand.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from .base import GoldFormatError
from .metrics import PRF, Accuracy, ClassTable, Distances, EvaluationResult

__all__ = ["to_json", "to_markdown", "read_json_report", "readme_table", "fmt"]


def fmt(value: float | None, digits: int = 3) -> str:
    """A score for a table: ``0.812``; ``-`` for ``None`` (nothing to measure)."""
    return "-" if value is None else f"{value:.{digits}f}"


def to_json(results: Sequence[EvaluationResult], *, command: str | None = None) -> str:
    """The results as one JSON document: ``{"dotterel_version", "command", "results": [...]}``, indented."""
    doc = {"dotterel_version": __version__, "command": command,
           "results": [r.model_dump(mode="json") for r in results]}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def read_json_report(path: str | Path) -> list[EvaluationResult]:
    """Read the results back from a report written by :func:`to_json`.

    Raises
    ------
    GoldFormatError
        When the file is not such a report.
    """
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        return [EvaluationResult.model_validate(_drop_computed(r)) for r in doc["results"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldFormatError(f"not a dotterel evaluation report ({exc})", path=str(path),
                              hint="write one with `dotterel evaluate ... --report json -o FILE`") from None


_COMPUTED = frozenset(name for model in (PRF, Accuracy, ClassTable, Distances, EvaluationResult)
                      for name in model.model_computed_fields)
"""Keys a JSON report holds that are computed from the counts, dropped when it is read back (the models forbid
extra keys). Taken from the models themselves, so a score added as a computed field can never make the reports
that hold it unreadable (a hand-kept list missed ``macro_precision`` and ``macro_recall``)."""


def _drop_computed(obj):
    if isinstance(obj, dict):
        return {k: _drop_computed(v) for k, v in obj.items() if k not in _COMPUTED}
    if isinstance(obj, list):
        return [_drop_computed(v) for v in obj]
    return obj


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in row) + " |" for row in rows]
    return out


def to_markdown(results: Sequence[EvaluationResult]) -> str:
    """A readable Markdown report: per gold set, the headline, P/R/F1 per field and per class, errors, worst misses."""
    lines = [f"# dotterel {__version__} evaluation", ""]
    for r in results:
        lines += [f"## {r.format}: {', '.join(r.gold)}", ""]
        lines.append(f"{r.records} records scored, {r.bad_records} unreadable"
                     + (", skipped: " + "; ".join(f"{k} {v}" for k, v in sorted(r.skipped.items())) if r.skipped
                        else "") + ".")
        lines.append("")
        lines += _table(["score", "precision", "recall", "value"],
                    [[k, *(fmt(x) for x in r.headline_pr.get(k, (None, None))), fmt(v)]
                     for k, v in r.headline.items()]) + [""]
        if r.scores:
            lines += _table(["field", "tp", "fp", "fn", "precision", "recall", "F1"],
                            [[k, str(s.tp), str(s.fp), str(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1)]
                             for k, s in r.scores.items()]) + [""]
        if r.accuracies:
            lines += _table(["accuracy", "right", "of", "value"],
                            [[k, f"{a.correct:g}", str(a.total), fmt(a.accuracy)] for k, a in r.accuracies.items()])
            lines.append("")
        if r.distances is not None and r.distances.n:
            d = r.distances
            lines += [f"Distance error: {d.n} toponyms, {d.missing} without predicted coordinates; "
                      f"accuracy within {d.threshold_km:g} km {fmt(d.accuracy_at_threshold)}, "
                      f"mean {fmt(d.mean_km, 0)} km, median {fmt(d.median_km, 0)} km.", ""]
        for name, table in r.tables.items():
            lines.append(f"### per class: {name} (micro F1 {fmt(table.micro.f1)}, macro F1 {fmt(table.macro_f1)})")
            lines.append("")
            lines += _table(["class", "tp", "fp", "fn", "precision", "recall", "F1"],
                            [[k, str(s.tp), str(s.fp), str(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1)]
                             for k, s in sorted(table.classes.items())]) + [""]
        if r.errors:
            lines += ["### error kinds", ""]
            lines += _table(["error", "count"], [[k, str(v)] for k, v in
                                                 sorted(r.errors.items(), key=lambda kv: -kv[1])]) + [""]
        if r.misses:
            lines += ["### worst misses", ""]
            lines += _table(["record", "why", "expected", "predicted", "text"],
                            [[m.record, m.why, m.expected, m.predicted, m.text] for m in r.misses]) + [""]
        if r.bad:
            lines += ["### unreadable records", ""] + [f"- {b}" for b in r.bad] + [""]
        for note in r.notes:
            lines += [f"Note: {note}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _headline_cell(r: EvaluationResult, key: str, value: float | None) -> str:
    """``event P/R/F1 0.600/0.500/0.545`` for an F1 with its halves; ``name value`` otherwise."""
    if key in r.headline_pr and "F1" in key:
        p, rec = r.headline_pr[key]
        return f"{key.replace('F1', 'P/R/F1', 1)} {fmt(p)}/{fmt(rec)}/{fmt(value)}"
    return f"{key} {fmt(value, 0) if key.endswith(' km') else fmt(value)}"


def readme_table(results: Sequence[EvaluationResult]) -> str:
    """The README's accuracy table: one row per gold set with its records and headline scores."""
    rows = []
    for r in results:
        names = ", ".join(Path(g).name for g in r.gold)
        scores = "; ".join(_headline_cell(r, k, v) for k, v in r.headline.items())
        rows.append([f"`{r.format}`", names, str(r.records), scores])
    return "\n".join(_table(["format", "gold (development copy)", "records", "main scores"], rows)) + "\n"
