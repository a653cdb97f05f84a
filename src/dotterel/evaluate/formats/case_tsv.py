"""``case-tsv``: CASE 2021 task 2 fine-grained event classification (ACLED sub-event types).

Source: emerging-welfare/case-2021-shared-task (Haneczok et al., CASE 2021).
Tab-separated text with a header line ``id<TAB>EventSnippet<TAB>SubType``, one
snippet (1-3 sentences) and one label per line, no quoting. Labels are the
task's names for ACLED sub-event types (``PEACE_PROTEST``, ``ARREST``, ...,
listed in ``event_types_note.txt``) mapped to ACLED's own names through
``Ontology.acled_sub_event_for_label``; the task's labels outside ACLED
(ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) have no
ACLED sub-event type, and the right answer for them is to give none.

Prediction: the ``sub_event_type`` of the first coded event (in text order)
that has one; no prediction when no event has one (we never fall back to
ACLED "Other"). Scored: per-class P/R/F1 of ACLED sub-event types (a wrong
label is a false negative of the gold class and a false positive of the
predicted one), micro and macro F1, and accuracy over all snippets (for a
non-ACLED label, giving no type is right).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import InputError
from ...ingest import make_document
from ...ontology import Ontology
from ..base import BadRecord, GoldFormat, GoldFormatError, GoldRecord, Scorer
from ._io import open_text

if TYPE_CHECKING:  # pragma: no cover
    from ...coder import CodedDocument

__all__ = ["FORMAT", "NON_ACLED_LABELS", "sniff", "load", "CaseGold", "CaseScorer"]

NON_ACLED_LABELS = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})
"""CASE 2021 task 2 labels outside the ACLED taxonomy (``event_types_note.txt``, subtasks 2 and 3)."""


class CaseGold(GoldRecord):
    """One labelled snippet.

    Attributes
    ----------
    label : str
        The task's label (``PEACE_PROTEST``).
    sub_event_type : str | None
        ACLED name of the label (``Peaceful protest``); ``None`` for labels outside ACLED.
    """

    label: str
    sub_event_type: str | None


def sniff(path: Path, head: str) -> bool:
    """A first line whose tab-separated fields include ``EventSnippet`` and ``SubType``."""
    first = head.splitlines()[0] if head else ""
    fields = [f.strip() for f in first.split("\t")]
    return "EventSnippet" in fields and "SubType" in fields


def load(path: Path, *, ontology: Ontology | None = None) -> Iterator[CaseGold | BadRecord]:
    """Stream the snippets of a CASE 2021 task 2 TSV file.

    Raises
    ------
    GoldFormatError
        When the header lacks ``EventSnippet`` or ``SubType``.
    """
    ontology = ontology or Ontology.load()
    with open_text(path) as fh:
        header = [f.strip() for f in fh.readline().rstrip("\r\n").split("\t")]
        if "EventSnippet" not in header or "SubType" not in header:
            raise GoldFormatError(f"header {header!r} lacks EventSnippet and SubType", path=str(path), line=1,
                                  hint="the first line must be id<TAB>EventSnippet<TAB>SubType")
        i_text, i_label = header.index("EventSnippet"), header.index("SubType")
        i_id = header.index("id") if "id" in header else None
        for n, line in enumerate(fh, 2):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != len(header):
                yield BadRecord(path=str(path), line=n, reason=f"{len(fields)} fields, expected {len(header)}")
                continue
            label = fields[i_label].strip().upper()
            if label not in NON_ACLED_LABELS and ontology.acled_sub_event_for_label(label) is None:
                yield BadRecord(path=str(path), line=n, reason=f"unknown label {label!r}")
                continue
            rid = fields[i_id].strip() if i_id is not None and fields[i_id].strip() else f"{path.name}:{n}"
            try:
                document = make_document(fields[i_text], doc_id=rid)
            except InputError as exc:
                yield BadRecord(path=str(path), line=n, reason=exc.reason)
                continue
            yield CaseGold(record_id=rid, document=document, label=label,
                           sub_event_type=ontology.acled_sub_event_for_label(label))


class CaseScorer(Scorer):
    """Single-label ACLED sub-event type classification of each snippet (rules in the module docstring)."""

    def score(self, gold: CaseGold, coded: "CodedDocument") -> None:
        """Score the first predicted ACLED sub-event type against the gold label."""
        self.result.records += 1
        pred = next((e.sub_event_type for e in coded.events if e.sub_event_type), None)
        table = self.table("sub_event_type")
        want = gold.sub_event_type
        self.acc("label").add(pred == want)
        if want is not None and pred == want:
            table.add(want, tp=1)
            return
        if want is not None:
            table.add(want, fn=1)
        if pred is not None:
            table.add(pred, fp=1)
        why = ("no ACLED type given" if pred is None else
               "ACLED type where the label has none" if want is None else "wrong ACLED type")
        self.error(why, record=gold.record_id, text=gold.document.text,
                   expected=f"{gold.label} ({want or 'not ACLED'})", predicted=pred or "none")

    def headline(self) -> dict[str, float | None]:
        """Macro and micro F1 over ACLED classes, and accuracy over all snippets."""
        table = self.table("sub_event_type")
        return {"macro F1": self.f1("macro F1", table, macro=True), "micro F1": self.f1("micro F1", table),
                "accuracy": self.acc("label").accuracy}


FORMAT = GoldFormat(
    name="case-tsv",
    description="CASE 2021 task 2 TSV (id, EventSnippet, SubType: ACLED sub-event types)",
    sniff=sniff,
    load=load,
    scorer=CaseScorer,
)
"""The ``case-tsv`` format entry."""
