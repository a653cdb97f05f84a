"""``petrarch-xml``: PETRARCH / TABARI validation records (sentences with expected CAMEO codings).

Source: openeventdata/petrarch2 ``PETR.UnitTest.records.xml`` (MIT). A
``<Sentence date="YYYYMMDD" id=...>`` holds zero or more ``<EventCoding
sourcecode=... targetcode=... eventcode=...>`` and a ``<Text>``.
``noevents="True"`` means no event may be coded (the sentence is scored as a
true negative when we code nothing, each coded event is a false positive);
``error="..."`` means the coder should reject the input, which is outside
what we score (counted as skipped). Files of this format are not always
well-formed XML (self-closed ``<Sentence .../>`` openings, both quote styles),
so the reader uses regular expressions over the text with comments removed,
one sentence at a time.

Scored: whether an event of the right PLOVER type is coded (the gold CAMEO
code is read through our crosswalk, ``Ontology.plover_for_cameo``; codes with
no PLOVER reading, such as statements (01) or test codes outside 01-20, are
skipped and counted), the CAMEO root code (first two digits) of matched
events, and the "no event" records. The actors of the unit tests are
fictional (Arnor, Gondor, defined in ``PETR.Validate.actors.txt``), so actors
are not scored.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from ...errors import InputError
from ...ingest import make_document
from ...ontology import Ontology, OntologyError
from ..base import BadRecord, GoldFormat, SkippedRecord
from ..events import EventGold, EventScorer, GoldEvent
from ._io import open_text

__all__ = ["FORMAT", "sniff", "load", "iter_sentence_blocks", "parse_block"]

_ATTR = re.compile(r"([\w-]+)\s*=\s*([\"'])(.*?)\2", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_OPEN = re.compile(r"<Sentence\b([^>]*)>", re.S)


def sniff(path: Path, head: str) -> bool:
    """A file with ``<Sentence`` records and ``<EventCoding`` (or a ``<Validation>`` root)."""
    return "<Validation" in head or ("<Sentence" in head and "<EventCoding" in head)


def _strip_comments(lines) -> Iterator[tuple[int, str]]:
    in_comment = False
    for n, line in enumerate(lines, 1):
        out = []
        i = 0
        while i < len(line):
            if in_comment:
                end = line.find("-->", i)
                if end < 0:
                    i = len(line)
                else:
                    in_comment = False
                    i = end + 3
            else:
                start = line.find("<!--", i)
                if start < 0:
                    out.append(line[i:])
                    i = len(line)
                else:
                    out.append(line[i:start])
                    in_comment = True
                    i = start + 4
        yield n, "".join(out)


def iter_sentence_blocks(path: Path) -> Iterator[tuple[int, str]]:
    """Yield ``(first line, block text)`` for each ``<Sentence>...</Sentence>``, comments removed."""
    with open_text(path) as fh:
        block: list[str] | None = None
        first = 0
        for n, line in _strip_comments(fh):
            if block is None:
                k = line.find("<Sentence ")
                if k < 0:
                    k = line.find("<Sentence>")
                if k < 0:
                    continue
                block, first, line = [], n, line[k:]
            end = line.find("</Sentence>")
            if end >= 0:
                block.append(line[:end])
                yield first, "".join(block)
                block = None
            else:
                block.append(line)


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(3)) for m in _ATTR.finditer(text)}


def parse_block(block: str, *, ontology: Ontology, path: str = "<gold>", line: int | None = None
                ) -> EventGold | BadRecord | SkippedRecord:
    """Turn one ``<Sentence>`` block into an :class:`EventGold` (a :class:`SkippedRecord` for an input-error test).

    Parameters
    ----------
    block : str
        From ``<Sentence ...>`` up to (not including) ``</Sentence>``, comments removed.
    ontology : Ontology
    path : str
    line : int | None
        The block's first line, for ids and errors.
    """
    opening = _OPEN.search(block)
    attrs = _attrs(opening.group(1)) if opening else {}
    rid = attrs.get("id") or f"{path}:{line}"
    text_m = _TEXT.search(block)
    if text_m is None or not text_m.group(1).strip():
        return BadRecord(path=path, line=line, reason=f"sentence {rid} has no <Text>")
    # the records wrap sentences at ~80 columns: one sentence, one line
    text = " ".join(html.unescape(text_m.group(1)).split())
    events: list[GoldEvent] = []
    no_event = False
    for m in _CODING.finditer(block):
        a = _attrs(m.group(1))
        if a.get("error"):
            return SkippedRecord(reason="input-error test (the coder should reject the input)")
        if a.get("noevents", "").lower() == "true":
            no_event = True
            continue
        code = a.get("eventcode", "").strip()
        if not code:
            return BadRecord(path=path, line=line, reason=f"sentence {rid}: <EventCoding> without eventcode")
        try:
            plover = ontology.plover_for_cameo(code)
        except OntologyError:
            plover = None
        events.append(GoldEvent(label=f"CAMEO {code} {a.get('sourcecode', '')}->{a.get('targetcode', '')}",
                                event_type=plover[0] if plover else None, cameo=code, scored=["cameo_root"]))
    date = attrs.get("date", "")
    published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None
    try:
        document = make_document(text, doc_id=rid, published=published)
    except InputError as exc:
        return BadRecord(path=path, line=line, reason=f"sentence {rid}: {exc.reason}")
    return EventGold(record_id=rid, document=document, events=events, no_event=no_event and not events)


def load(path: Path, *, ontology: Ontology | None = None) -> Iterator[EventGold | BadRecord | SkippedRecord]:
    """Stream the sentences of a PETRARCH validation file as :class:`EventGold` records.

    Raises
    ------
    GoldFormatError
        When the file is missing or not UTF-8.
    """
    ontology = ontology or Ontology.load()
    for line, block in iter_sentence_blocks(path):
        yield parse_block(block, ontology=ontology, path=str(path), line=line)



FORMAT = GoldFormat(
    name="petrarch-xml",
    description="PETRARCH validation records (CAMEO codings per sentence)",
    sniff=sniff,
    load=load,
    scorer=EventScorer,
)
"""The ``petrarch-xml`` format entry."""
