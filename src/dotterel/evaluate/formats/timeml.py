"""``timeml``: TimeML documents (TimeBank, TempEval-3): normalised TIMEX3 values against the creation time.

Source: TimeBank 1.2 as released for TempEval-3 (``TBAQ-cleaned``). One
document per ``.tml`` file: ``<DCT><TIMEX3 functionInDocument="CREATION_TIME"
value="YYYY-MM-DD">`` (the publication date we code against) and ``<TEXT>``
with inline ``<TIMEX3 tid type value>`` among ``<EVENT>``/``<SIGNAL>`` tags.
The text is the content of ``<TEXT>`` with the tags removed (entities
decoded); TIMEX3 offsets are code points into it. A folder is read file by
file (``*.tml``, sorted).

Compared with ``CodedDocument.dates`` (every date expression the coder
resolved). Only DATE and TIME expressions are scored; DURATION and SET are
outside what dotterel resolves (counted as skipped, and a predicted date that
overlaps one is neither right nor wrong). Scored:

* ``timex``: recognition P/R/F1, spans matched one-to-one by overlap;
* on matched expressions whose gold value is a calendar date (``YYYY``,
  ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-MM-DDThh:mm`` read as its day,
  ``YYYY-Www``): ``value`` (exact: our ``value``, or for a week our
  ``earliest`` day's ISO week) and ``precision`` (day, week, month, year
  against our ``time_precision``). A gold month or year with ``mod`` START,
  MID or END is a part of that period ("late September" is ``1989-09``,
  ``END``): our whole period is right, as before, and so is our ``range``
  lying inside it (:mod:`dotterel.date_parts`); a range inside one month (one
  year) has that precision. Gold values such as ``PRESENT_REF``,
  quarters, seasons or decades are not compared (counted as skipped).
"""

from __future__ import annotations

import datetime as _dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from ...errors import InputError
from ...ingest import make_document
from ...records import EventDate
from ..base import BadRecord, GoldFormat, GoldFormatError, GoldRecord, Scorer, mark_span
from ..matching import match_spans, overlaps

if TYPE_CHECKING:  # pragma: no cover
    from ...coder import CodedDocument

__all__ = ["FORMAT", "sniff", "load", "parse_document", "Timex", "TimeMLGold", "TimeMLScorer",
           "gold_precision", "predicted_value"]

SCORED_TYPES = ("DATE", "TIME")
"""TIMEX3 types dotterel resolves; DURATION and SET are not scored."""


class Timex(BaseModel):
    """One gold TIMEX3 in the text.

    Attributes
    ----------
    tid : str
    type : str
        DATE, TIME, DURATION or SET.
    value : str
        The TimeML normalised value.
    mod : str
        The TIMEX3 ``mod`` ("START", "MID", "END", ...), empty when none.
    start, end : int
        Code-point offsets into the text (end exclusive).
    text : str
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    tid: str
    type: str
    value: str
    start: int
    end: int
    text: str
    mod: str = ""


class TimeMLGold(GoldRecord):
    """One TimeML document.

    Attributes
    ----------
    timexes : list[Timex]
        In text order (DCT excluded).
    """

    timexes: list[Timex] = Field(default_factory=list)


_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(T.*)?$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def gold_precision(value: str) -> tuple[str, str] | None:
    """The comparable value and precision of a TimeML value, or ``None`` when it is not a calendar date.

    >>> gold_precision("1998-02-27T20:00")
    ('1998-02-27', 'day')
    >>> gold_precision("1989-W43")
    ('1989-W43', 'week')
    >>> gold_precision("PRESENT_REF") is None
    True
    """
    v = value.strip()
    m = _DAY.match(v)
    if m:
        return m.group(1), "day"
    if _MONTH.match(v):
        return v, "month"
    if _YEAR.match(v):
        return v, "year"
    if _WEEK.match(v):
        return v, "week"
    return None


def predicted_value(date: EventDate) -> str | None:
    """Our date in TimeML's notation: ``value``, or ``YYYY-Www`` of ``earliest`` for a week."""
    if date.time_precision == "week" and date.earliest:
        y, w, _ = _dt.date.fromisoformat(date.earliest).isocalendar()
        return f"{y}-W{w:02d}"
    return date.value


_PARTS = ("START", "MID", "END")


def _period_bounds(value: str, precision: str) -> tuple[str, str]:
    """The first and last day of a gold month (``YYYY-MM``) or year (``YYYY``), ISO strings."""
    if precision == "year":
        return f"{value}-01-01", f"{value}-12-31"
    year, month = int(value[:4]), int(value[5:7])
    last = _dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)
    return f"{value}-01", last.isoformat()


def _part_inside(date: EventDate, mod: str, gold: tuple[str, str]) -> tuple[bool, bool]:
    """For a gold month or year whose ``mod`` names a part of it: (our range is that part, our range is inside one such period).

    The part must be the one the ``mod`` names (TimeML's TIMEX3 ``mod``,
    ISO-TimeML): START a range from the period's first day, END one to its
    last day, MID one touching neither end, each short of the whole period;
    "early September" read as 21-30 September is a wrong value. The second is
    the precision check: a part of a month read in the wrong month is a wrong
    value, but its precision (a part of one month) is right.
    """
    if mod not in _PARTS or gold[1] not in ("month", "year") or date.time_precision != "range" \
            or not date.earliest or not date.latest:
        return False, False
    width = 7 if gold[1] == "month" else 4
    first, last = _period_bounds(*gold)
    inside = first <= date.earliest <= date.latest <= last and (date.earliest, date.latest) != (first, last)
    named = {"START": date.earliest == first, "END": date.latest == last,
             "MID": date.earliest != first and date.latest != last}[mod]
    return inside and named, date.earliest[:width] == date.latest[:width]


def sniff(path: Path, head: str) -> bool:
    """A ``<TimeML`` root, or TIMEX3 markup with a DCT."""
    return "<TimeML" in head or ("<TIMEX3" in head and "<DCT>" in head)


def _flatten(el: ET.Element, parts: list[str], timexes: list[tuple[ET.Element, int, int]], pos: int) -> int:
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        start = pos
        pos = _flatten(child, parts, timexes, pos)
        if child.tag == "TIMEX3":
            timexes.append((child, start, pos))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def parse_document(path: Path) -> TimeMLGold | BadRecord:
    """Read one ``.tml`` file into a :class:`TimeMLGold` (a :class:`BadRecord` when it cannot be read)."""
    try:
        root = ET.parse(str(path)).getroot()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        return BadRecord(path=str(path), line=line, reason=f"not well-formed XML ({exc})")
    except (OSError, UnicodeDecodeError) as exc:
        return BadRecord(path=str(path), reason=str(exc))
    text_el = root.find(".//TEXT")
    if text_el is None:
        return BadRecord(path=str(path), reason="no <TEXT> element")
    dct = None
    for t in root.iter("TIMEX3"):
        if t.attrib.get("functionInDocument") == "CREATION_TIME":
            dct = (t.attrib.get("value") or "")[:10]
            break
    try:
        published = _dt.date.fromisoformat(dct).isoformat() if dct else None
    except ValueError:
        published = None
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    _flatten(text_el, parts, found, 0)
    # the text element's own tail is not part of the text
    text = "".join(parts)
    timexes = [Timex(tid=el.attrib.get("tid", ""), type=el.attrib.get("type", "").upper(),
                     value=el.attrib.get("value", ""), start=s, end=e, text=text[s:e],
                     mod=el.attrib.get("mod", ""))
               for el, s, e in sorted(found, key=lambda x: x[1])]
    docid = (root.findtext("DOCID") or path.stem).strip()
    try:
        document = make_document(text, doc_id=docid, published=published)
    except InputError as exc:
        return BadRecord(path=str(path), reason=exc.reason)
    return TimeMLGold(record_id=docid, document=document, timexes=timexes)


def load(path: Path) -> Iterator[TimeMLGold | BadRecord]:
    """Read one ``.tml`` file, or every ``*.tml`` file of a folder (sorted), one document at a time.

    Raises
    ------
    GoldFormatError
        When the path does not exist or a folder holds no ``.tml`` file.
    """
    if path.is_dir():
        files = sorted(path.glob("*.tml"))
        if not files:
            raise GoldFormatError("folder holds no .tml file", path=str(path))
    elif path.is_file():
        files = [path]
    else:
        raise GoldFormatError("no such file or folder", path=str(path), hint="check the path")
    for f in files:
        yield parse_document(f)


class TimeMLScorer(Scorer):
    """Date recognition and normalisation (rules in the module docstring)."""

    def score(self, gold: TimeMLGold, coded: "CodedDocument") -> None:
        """Score the resolved dates of one document."""
        self.result.records += 1
        scored = [t for t in gold.timexes if t.type in SCORED_TYPES]
        other = [t for t in gold.timexes if t.type not in SCORED_TYPES]
        self.skip("TIMEX3 DURATION/SET (not resolved by dotterel)", len(other))
        preds = [d for d in coded.dates if d.span is not None]
        pairs = match_spans([(t.start, t.end) for t in scored], [(d.span.start, d.span.end) for d in preds])
        matched_p = {j for _, j in pairs}
        fp = sum(1 for j, d in enumerate(preds) if j not in matched_p and not any(
            overlaps((d.span.start, d.span.end), (t.start, t.end)) for t in other))
        self.prf("timex").add(tp=len(pairs), fn=len(scored) - len(pairs), fp=fp)
        found = dict(pairs)
        text, rid = gold.document.text, gold.record_id
        for i, t in enumerate(scored):
            if i not in found:
                self.error("date expression not resolved", record=rid, text=mark_span(text, t.start, t.end),
                           expected=f"{t.text!r} = {t.value}", predicted="none")
                continue
            g = gold_precision(t.value)
            if g is None:
                self.skip("gold value not a calendar date (PRESENT_REF, quarter, season, decade...)")
                continue
            d = preds[found[i]]
            value = predicted_value(d)
            part, part_precision = _part_inside(d, t.mod, g)
            right = value == g[0] or part
            self.acc("value").add(right)
            self.acc("precision").add(d.time_precision == g[1] or part_precision)
            if not right:
                why = "wrong precision" if d.time_precision != g[1] else "wrong value"
                self.error(why, record=rid, text=mark_span(text, t.start, t.end),
                           expected=f"{t.text!r} = {t.value} ({g[1]})",
                           predicted=f"{d.span.text!r} = {value or f'{d.earliest}/{d.latest}'} "
                                     f"({d.time_precision})")

    def headline(self) -> dict[str, float | None]:
        """Recognition F1, exact value and precision accuracy."""
        return {"timex F1": self.f1("timex F1", self.prf("timex")), "value accuracy": self.acc("value").accuracy,
                "precision accuracy": self.acc("precision").accuracy}


FORMAT = GoldFormat(
    name="timeml",
    description="TimeML .tml files or a folder of them (TIMEX3 values vs the DCT)",
    sniff=sniff,
    load=load,
    scorer=TimeMLScorer,
)
"""The ``timeml`` format entry."""
