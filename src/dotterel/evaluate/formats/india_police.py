"""``india-police``: IndiaPoliceEvents, yes/no police actions per sentence and per document.

Source: slanglab/IndiaPoliceEvents (Halterman, Keith, Sarwar and O'Connor,
Findings of ACL 2021): Times of India articles of March 2002 (Gujarat).
JSON Lines in three files side by side: ``docs.jsonl`` (``doc_id``,
``doc_text``, ``doc_labels``), ``sents.jsonl`` (``doc_id``, ``sent_id``,
``sent_text``, ``sent_labels``; in the order of ``docs.jsonl``) and, when
present, ``metadata.jsonl`` (``doc_id``, ``date``: the publication date).
Any of the three files, or their folder, can be given. Labels are the
adjudicated answers to yes/no questions: KILL, ARREST, FORCE (kill or other
force), FAIL (failed to act) and ANY_ACTION.

The text is lower-cased and has mojibake (``â€™`` for ``'``). Each
whitespace-separated piece of ``doc_text`` that is not ASCII is repaired with
``ftfy.fix_text``; repairing piece by piece keeps an exact map between the
raw and the repaired offsets, so each gold sentence (found in the raw
``doc_text`` in order) keeps its place in the repaired text we code.

Predictions (from the coded events; an event belongs to the sentence that
holds the start of its trigger), with *police* meaning an actor whose sector
is ``COP`` (PLOVER: police, investigative and protective forces):

* KILL: an ASSAULT by police with a ``killed`` count above 0 or with no
  figure (victims in the plural: people died, no number given), or of mode
  ``execute``, ``assassinate`` or ``massacre``;
* FORCE: any ASSAULT by police;
* ARREST: a COERCE of mode ``arrest`` by police;
* ANY_ACTION: any event by police;
* FAIL is not scored: dotterel codes actions, not failures to act.

Scored: P/R/F1 of each label per sentence and per document. A diagnostic
table per level scores KILL, ARREST and FORCE again without the police
condition, to tell missed events from missed police actors.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ...errors import InputError
from ...ingest import make_document
from ...records import Event
from ..base import BadRecord, GoldFormat, GoldFormatError, GoldRecord, Scorer
from ._io import iter_jsonl

if TYPE_CHECKING:  # pragma: no cover
    from ...coder import CodedDocument

__all__ = ["FORMAT", "LABELS", "sniff", "load", "repair", "IndiaSentence", "IndiaPoliceGold", "IndiaPoliceScorer",
           "predicts"]

LABELS = ("KILL", "ARREST", "FORCE", "ANY_ACTION")
"""The IndiaPoliceEvents labels dotterel is scored on (FAIL is not)."""

_KILL_MODES = frozenset({"execute", "assassinate", "massacre"})


class IndiaSentence(BaseModel):
    """One gold sentence located in the repaired document text.

    Attributes
    ----------
    sent_id : int
    start, end : int
        Code-point offsets into the repaired text (end exclusive).
    labels : list[str]
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    sent_id: int
    start: int
    end: int
    labels: list[str] = Field(default_factory=list)


class IndiaPoliceGold(GoldRecord):
    """One article with its document and sentence labels.

    Attributes
    ----------
    labels : list[str]
        Document labels.
    sentences : list[IndiaSentence]
    unplaced : int
        Gold sentences that could not be found in ``doc_text`` (not scored).
    """

    labels: list[str] = Field(default_factory=list)
    sentences: list[IndiaSentence] = Field(default_factory=list)
    unplaced: int = 0


class _OffsetMap:
    """Raw-to-repaired offsets, piece by piece (pieces are runs of whitespace or of non-whitespace)."""

    def __init__(self, raw_starts: list[int], fixed_starts: list[int], fixed_lens: list[int]) -> None:
        self.raw_starts, self.fixed_starts, self.fixed_lens = raw_starts, fixed_starts, fixed_lens

    def to_fixed(self, raw: int) -> int:
        k = bisect.bisect_right(self.raw_starts, raw) - 1
        if k < 0:
            return 0
        return self.fixed_starts[k] + min(raw - self.raw_starts[k], self.fixed_lens[k])


def repair(raw: str) -> tuple[str, _OffsetMap]:
    """Repair mojibake piece by piece with ``ftfy.fix_text``; return the text and the raw-to-repaired offset map.

    Parameters
    ----------
    raw : str

    Returns
    -------
    tuple[str, _OffsetMap]
        The repaired text; ``map.to_fixed(i)`` is the repaired offset of raw
        offset ``i`` (an offset inside a repaired piece maps inside it,
        clamped to its end).
    """
    import re

    import ftfy

    out: list[str] = []
    raw_starts, fixed_starts, fixed_lens = [], [], []
    pos = 0
    for m in re.finditer(r"\s+|\S+", raw):
        piece = m.group()
        if not piece.isascii() and not piece.isspace():
            piece = ftfy.fix_text(piece, normalization="NFC")
        raw_starts.append(m.start())
        fixed_starts.append(pos)
        fixed_lens.append(len(piece))
        out.append(piece)
        pos += len(piece)
    return "".join(out), _OffsetMap(raw_starts, fixed_starts, fixed_lens)


def sniff(path: Path, head: str) -> bool:
    """JSON Lines with ``doc_text`` + ``doc_labels`` or ``sent_text`` + ``sent_labels``, or their folder."""
    if path.is_dir():
        return (path / "docs.jsonl").is_file() and (path / "sents.jsonl").is_file()
    first = head.lstrip().split("\n", 1)[0]
    return ('"doc_text"' in first and '"doc_labels"' in first) or ('"sent_text"' in first and '"sent_labels"' in first)


def _files(path: Path) -> tuple[Path, Path, Path | None]:
    folder = path if path.is_dir() else path.parent
    docs, sents, meta = folder / "docs.jsonl", folder / "sents.jsonl", folder / "metadata.jsonl"
    for f in (docs, sents):
        if not f.is_file():
            raise GoldFormatError(f"IndiaPoliceEvents needs {f.name} beside {path.name}", path=str(path),
                                  hint="give the folder that holds docs.jsonl and sents.jsonl")
    return docs, sents, meta if meta.is_file() else None


def _sentence_groups(path: Path) -> Iterator[tuple[object, list[tuple[int, dict]]]]:
    group: list[tuple[int, dict]] = []
    key = object()
    for n, obj in iter_jsonl(path):
        if isinstance(obj, BadRecord):
            continue
        if group and obj.get("doc_id") != key:
            yield key, group
            group = []
        key = obj.get("doc_id")
        group.append((n, obj))
    if group:
        yield key, group


def _dates(meta: Path | None) -> Iterator[tuple[object, str | None]]:
    if meta is None:
        return
    for _n, obj in iter_jsonl(meta):
        if not isinstance(obj, BadRecord):
            yield obj.get("doc_id"), obj.get("date")


def load(path: Path) -> Iterator[IndiaPoliceGold | BadRecord]:
    """Stream IndiaPoliceEvents documents with their sentence labels (files read side by side, in order).

    Raises
    ------
    GoldFormatError
        When docs.jsonl or sents.jsonl is missing, or the sentences are not in
        the order of the documents.
    """
    docs, sents, meta = _files(path)
    groups = _sentence_groups(sents)
    dates = _dates(meta)
    pending_dates: dict = {}
    for n, obj in iter_jsonl(docs):
        if isinstance(obj, BadRecord):
            yield obj
            continue
        doc_id = obj.get("doc_id")
        group = next(groups, None)
        if group is None or group[0] != doc_id:
            raise GoldFormatError(f"sentences of doc_id {doc_id!r} are not next in {sents.name}", path=str(docs),
                                  line=n, hint="sents.jsonl must list the sentences in the order of docs.jsonl")
        while doc_id not in pending_dates:
            item = next(dates, None)
            if item is None:
                break
            pending_dates[item[0]] = item[1]
        published = pending_dates.pop(doc_id, None)
        raw = obj.get("doc_text")
        if not isinstance(raw, str) or not raw.strip():
            yield BadRecord(path=str(docs), line=n, reason="no doc_text")
            continue
        text, omap = repair(raw)
        sentences, unplaced, cursor = [], 0, 0
        for _sn, s in group[1]:
            st = (s.get("sent_text") or "").strip()
            k = raw.find(st, cursor) if st else -1
            if k < 0:
                unplaced += 1
                continue
            cursor = k + len(st)
            sentences.append(IndiaSentence(sent_id=int(s.get("sent_id", -1)), start=omap.to_fixed(k),
                                           end=omap.to_fixed(cursor), labels=list(s.get("sent_labels") or [])))
        try:
            if published:
                published = _dt.date.fromisoformat(str(published)[:10]).isoformat()
            document = make_document(text, doc_id=f"india:{doc_id}", published=published or None)
        except (InputError, ValueError) as exc:
            yield BadRecord(path=str(docs), line=n, reason=getattr(exc, "reason", str(exc)))
            continue
        yield IndiaPoliceGold(record_id=f"india:{doc_id}", document=document,
                              labels=list(obj.get("doc_labels") or []), sentences=sentences, unplaced=unplaced)


def predicts(event: Event, label: str, canonical_sector=lambda s: s, *, police: bool = True) -> bool:
    """Whether one coded event says yes to an IndiaPoliceEvents question (rules in the module docstring).

    Parameters
    ----------
    event : Event
    label : str
        KILL, ARREST, FORCE or ANY_ACTION.
    canonical_sector : callable
        Maps a sector code to its current code (``Ontology.canonical_sector``).
    police : bool
        Require a police (``COP``) actor, as the questions do. ``False`` drops
        that condition (a diagnostic: it separates missed events from missed
        police actors); ANY_ACTION then never holds.
    """
    actor = event.actor
    is_police = actor is not None and actor.sector is not None and (
        canonical_sector(actor.sector) or actor.sector) == "COP"
    if not is_police and (police or label == "ANY_ACTION"):
        return False
    if label == "ANY_ACTION":
        return True
    if label == "ARREST":
        return event.event_type == "COERCE" and event.mode == "arrest"
    if event.event_type != "ASSAULT":
        return False
    if label == "FORCE":
        return True
    if label == "KILL":
        return event.mode in _KILL_MODES or any(
            c.kind == "killed" and (max(x or 0 for x in (c.low, c.best, c.high)) > 0
                                    or (c.vague is not None and (c.low, c.best, c.high) == (None, None, None)))
            for c in event.counts)
    raise ValueError(f"unknown IndiaPoliceEvents label {label!r}; use one of {', '.join(LABELS)}")


class IndiaPoliceScorer(Scorer):
    """Per-sentence and per-document police-action detection (rules in the module docstring)."""

    def __init__(self, ontology, *, format_name: str, max_misses: int = 25) -> None:
        super().__init__(ontology, format_name=format_name, max_misses=max_misses)
        self.result.notes.append("FAIL (police failed to act) is not scored: dotterel codes actions, "
                                 "not failures to act.")

    def score(self, gold: IndiaPoliceGold, coded: "CodedDocument") -> None:
        """Score one article, its sentences and the document as a whole."""
        self.result.records += 1
        if gold.unplaced:
            self.skip("gold sentence not found in doc_text", gold.unplaced)
        canon = self.ontology.canonical_sector
        starts = [s.start for s in gold.sentences]
        by_sentence: dict[int, list[Event]] = {}
        for e in coded.events:
            k = bisect.bisect_right(starts, e.trigger.start) - 1
            if k >= 0 and e.trigger.start < gold.sentences[k].end:
                by_sentence.setdefault(k, []).append(e)
        text = gold.document.text
        levels = (("sentence", [(s, by_sentence.get(k, [])) for k, s in enumerate(gold.sentences)]),
                  ("document", [(None, coded.events)]))
        for label in LABELS:
            for level, items in levels:
                for sent, events in items:
                    want = label in (sent.labels if sent is not None else gold.labels)
                    if label != "ANY_ACTION":
                        anyone = any(predicts(e, label, canon, police=False) for e in events)
                        self.table(f"{level}, any actor (diagnostic)").add(
                            label, tp=int(want and anyone), fp=int(anyone and not want), fn=int(want and not anyone))
                    got = [e for e in events if predicts(e, label, canon)]
                    self.table(level).add(label, tp=int(want and bool(got)), fp=int(bool(got) and not want),
                                          fn=int(want and not got))
                    if want == bool(got) or level == "document":
                        continue
                    span_text = text[sent.start:sent.end]
                    self.error(f"{label}: {'missed' if want else 'false alarm'}", record=f"{gold.record_id}#{sent.sent_id}",
                               text=span_text, expected="yes" if want else "no",
                               predicted=", ".join(f"{e.event_type}({e.mode or '-'}) by {e.actor.name}" for e in got)
                               or "no police event")

    def headline(self) -> dict[str, float | None]:
        """F1 of each label per sentence and per document, and ARREST F1 per sentence without the police condition."""
        out: dict[str, float | None] = {}
        for level in ("sentence", "document"):
            table = self.table(level)
            for label in LABELS:
                out[f"{label} F1 ({level})"] = self.f1(f"{label} F1 ({level})", table.get(label))
        out["ARREST F1 (sentence, any actor)"] = self.f1("ARREST F1 (sentence, any actor)",
                                                        self.table("sentence, any actor (diagnostic)").get("ARREST"))
        return out


FORMAT = GoldFormat(
    name="india-police",
    description="IndiaPoliceEvents docs.jsonl + sents.jsonl (police KILL/ARREST/FORCE/ANY_ACTION)",
    sniff=sniff,
    load=load,
    scorer=IndiaPoliceScorer,
)
"""The ``india-police`` format entry."""
