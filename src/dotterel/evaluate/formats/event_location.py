"""``event-location``: which place an event happened at (Prodigy JSON Lines).

Source: ahalterman/event_location (Halterman 2019, MIT), ``labeled_text.jsonl``.
One record per line: ``text``, ``spans`` (one ``VERB`` span: the event's
trigger, and zero or more ``LOCATION`` spans: where *that* event happened),
``tokens``, ``answer`` and Prodigy hashes. Some span offsets are wrong
(empty or shifted), so a span that carries its own ``text`` is placed where
that text occurs in the record's ``text``, nearest the given ``start``; a
span without one is ``text[start:end]`` (``token_start``/``token_end`` are not
always consistent and are not used). A LOCATION span that cannot be placed
is dropped (counted as skipped). Records whose ``answer`` is ``reject`` or ``ignore`` are skipped; a
record without a VERB span is a bad record.

Prediction: the ``location`` of the coded event whose trigger overlaps the
gold VERB span (the first such event), or else of the event that lists a
word overlapping it among its ``restatements`` (one event stated twice:
"launched an offensive, targeting the town"); none when no event is coded
there.
Scored:

* ``event found``: accuracy of coding an event at the gold verb;
* ``location`` (end to end, every record): a predicted location that matches
  a gold LOCATION (overlapping span, or the same name under
  :func:`~dotterel.evaluate.matching.same_place_name`) is a tp; a wrong one a
  fp and a fn; none where the gold has one a fn; one where the gold has none
  a fp; none where the gold has none is right (``no location`` accuracy);
* ``location|found``: the same, only on records where the event was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field

from ...errors import InputError
from ...ingest import make_document
from ...records import Span
from ..base import BadRecord, GoldFormat, GoldRecord, Scorer, SkippedRecord
from ..matching import overlaps, same_place_name
from ._io import iter_jsonl

if TYPE_CHECKING:  # pragma: no cover
    from ...coder import CodedDocument

__all__ = ["FORMAT", "sniff", "load", "parse_record", "EventLocationGold", "EventLocationScorer"]


class EventLocationGold(GoldRecord):
    """One sentence: the event verb and the places where that event happened.

    Attributes
    ----------
    verb : Span
    locations : list[Span]
        Empty when the sentence does not say where the event happened.
    dropped : int
        LOCATION spans that could not be placed in the text.
    """

    verb: Span
    locations: list[Span] = Field(default_factory=list)
    dropped: int = 0


def sniff(path: Path, head: str) -> bool:
    """JSON Lines whose first record has ``text`` and ``spans`` with ``VERB`` / ``LOCATION`` labels."""
    first = head.lstrip().split("\n", 1)[0]
    return first.startswith("{") and '"spans"' in first and '"text"' in first and (
        '"VERB"' in first or '"LOCATION"' in first)


def _span(text: str, s: dict) -> Span | None:
    """The span of a Prodigy span dict: its ``text`` when given (found nearest its ``start``), else the offsets."""
    try:
        start, end = int(s["start"]), int(s["end"])
    except (KeyError, TypeError, ValueError):
        return None
    words = s.get("text")
    if isinstance(words, str) and words and text[start:end] != words:
        hits = [m.start() for m in re.finditer(re.escape(words), text)]
        if not hits:
            return None
        start = min(hits, key=lambda h: abs(h - start))
        end = start + len(words)
    if not 0 <= start < end <= len(text):
        return None
    return Span(start=start, end=end, text=text[start:end])


def parse_record(obj: dict, *, path: str = "<gold>", line: int | None = None
                 ) -> EventLocationGold | BadRecord | SkippedRecord:
    """Turn one Prodigy record into an :class:`EventLocationGold`."""
    if str(obj.get("answer") or "accept").lower() in ("reject", "ignore"):
        return SkippedRecord(reason=f"Prodigy answer {obj.get('answer')!r}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return BadRecord(path=path, line=line, reason="no text")
    verb = None
    locations = []
    dropped = 0
    for s in obj.get("spans") or []:
        label = str(s.get("label", "")).upper() if isinstance(s, dict) else ""
        span = _span(text, s) if label in ("VERB", "LOCATION") else None
        if span is None:
            if label == "VERB":
                return BadRecord(path=path, line=line, reason=f"VERB span {s!r} not found in the text")
            dropped += label == "LOCATION"
            continue
        if label == "VERB" and verb is None:
            verb = span
        elif label == "LOCATION":
            locations.append(span)
    if verb is None:
        return BadRecord(path=path, line=line, reason="no VERB span")
    rid = str(obj.get("_id") or obj.get("_task_hash") or f"{Path(path).name}:{line}")
    try:
        document = make_document(text, doc_id=rid)
    except InputError as exc:
        return BadRecord(path=path, line=line, reason=exc.reason)
    return EventLocationGold(record_id=rid, document=document, verb=verb, locations=locations, dropped=dropped)


def load(path: Path) -> Iterator[EventLocationGold | BadRecord | SkippedRecord]:
    """Stream a Prodigy event-location JSONL file.

    Raises
    ------
    GoldFormatError
        When the file is missing or not UTF-8.
    """
    for n, obj in iter_jsonl(path):
        yield obj if isinstance(obj, BadRecord) else parse_record(obj, path=str(path), line=n)


class EventLocationScorer(Scorer):
    """Scores the place given to the event at the gold verb (rules in the module docstring)."""

    def score(self, gold: EventLocationGold, coded: "CodedDocument") -> None:
        """Score one sentence."""
        self.result.records += 1
        if gold.dropped:
            self.skip("LOCATION span not found in the text", gold.dropped)
        verb = (gold.verb.start, gold.verb.end)
        event = next((e for e in coded.events if overlaps(verb, (e.trigger.start, e.trigger.end))), None) or next(
            (e for e in coded.events if any(overlaps(verb, (r.start, r.end)) for r in e.restatements)), None)
        self.acc("event found").add(event is not None)
        loc = event.location if event is not None else None
        right = loc is not None and any(
            (loc.span is not None and overlaps((g.start, g.end), (loc.span.start, loc.span.end)))
            or same_place_name(g.text, loc.name) for g in gold.locations)
        golds = " | ".join(g.text for g in gold.locations) or "none"
        said = "none" if loc is None else (loc.span.text if loc.span is not None else loc.name)
        names = ["location"] + (["location|found"] if event is not None else [])
        for name in names:
            prf = self.prf(name)
            if not gold.locations:
                if loc is None:
                    self.acc(f"no {name}").add(True)
                else:
                    self.acc(f"no {name}").add(False)
                    prf.add(fp=1)
            elif right:
                prf.add(tp=1)
            elif loc is None:
                prf.add(fn=1)
            else:
                prf.add(fp=1, fn=1)
        if event is None:
            if gold.locations:
                self.error("no event coded at the gold verb", record=gold.record_id, text=gold.document.text,
                           expected=f"'{gold.verb.text}' at {golds}", predicted="no event")
            return
        if not gold.locations and loc is not None:
            why = "location where gold has none"
        elif gold.locations and loc is None:
            why = "no location"
        elif gold.locations and not right:
            why = "wrong location"
        else:
            return
        self.error(why, record=gold.record_id, text=gold.document.text, expected=golds, predicted=said)

    def headline(self) -> dict[str, float | None]:
        """Location F1 end to end, event-found accuracy and location F1 when the event was found."""
        return {"location F1": self.f1("location F1", self.prf("location")),
                "event found": self.acc("event found").accuracy,
                "location F1 (event found)": self.f1("location F1 (event found)", self.prf("location|found"))}


FORMAT = GoldFormat(
    name="event-location",
    description="event-location Prodigy JSONL (VERB span + LOCATION spans)",
    sniff=sniff,
    load=load,
    scorer=EventLocationScorer,
)
"""The ``event-location`` format entry."""
