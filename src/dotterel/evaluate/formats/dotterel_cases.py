"""``dotterel-cases``: the project's fault cases (``../shared/cases/cases.jsonl``), scored field by field.

One case per line: ``id``, ``pub_date``, ``text``, ``expected_events`` and
``expect_no_event`` (see ``cases/README.md``). Each expected event is written
partly in words; the loader reads what is certain and scores only that:

* ``type``: ``"TYPE (mode) [CAMEO code]"``; the type through the PLOVER
  aliases, the mode when it is a mode of the type (``"two-sided clashes"`` is
  not, so it is not scored), the CAMEO code's root when given;
* ``source_actor`` / ``target_actor``: the first ISO 3166 alpha-3 code (or
  ``IGO``) of each ``;``-separated part is the country; the sector only when
  the words right after the code are one of a short list that names one
  sector unambiguously (:data:`SECTOR_WORDS`: "police" -> COP, "government"
  -> GOV, "protesters" -> CVL...); ``null`` means no actor;
* ``location``: the words before any parenthesis, compared by name;
  ``country`` the location's country;
* ``date``: as written (``YYYY-MM-DD``, ``YYYY-MM``, ``a/b``, ``<=D``);
* ``counts``: each kind with ``value`` (our ``best``) or ``min`` (our ``low``);
  ``size`` is our ``participants``, ``killed_security_forces`` is ``killed``
  with subgroup ``security_forces``;
* ``attributed_to``: only whether it is the author or someone else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pycountry

from ...errors import InputError
from ...ingest import make_document
from ...ontology import Ontology, OntologyError
from ..base import BadRecord, GoldFormat
from ..events import EventGold, EventScorer, GoldCount, GoldEvent
from ..matching import GoldActor
from ._io import iter_jsonl

__all__ = ["FORMAT", "SECTOR_WORDS", "sniff", "load", "parse_case", "parse_actor", "parse_type"]

SECTOR_WORDS = {
    "police": "COP",
    "riot police": "COP",
    "military": "MIL",
    "army": "MIL",
    "government": "GOV",
    "local government": "GOV",
    "legislature": "LEG",
    "parliament": "LEG",
    "opposition": "OPP",
    "opposition party": "OPP",
    "opposition activists": "OPP",
    "civilians": "CVL",
    "protesters": "CVL",
}
"""Words after the country code that name one sector without doubt; other words leave the sector unscored."""

_TYPE = re.compile(r"^\s*([A-Za-z]+)\s*(?:\(([^)]*)\))?\s*(?:\[CAMEO\s+(\d{2,4})\])?")
_CODE = re.compile(r"\b([A-Z]{3})\b")
_COUNT_KINDS = {"size": ("participants", None)}


def sniff(path: Path, head: str) -> bool:
    """JSON Lines whose first record has ``expected_events``."""
    first = head.lstrip().split("\n", 1)[0]
    return first.startswith("{") and '"expected_events"' in first


def _is_code(code: str) -> bool:
    return code == "IGO" or pycountry.countries.get(alpha_3=code) is not None


def parse_actor(words: str | None) -> list[GoldActor]:
    """Gold actors from the words of a case (``"GEO police (riot police)"``); empty for ``None``.

    >>> parse_actor("GEO police (riot police)")
    [GoldActor(text='GEO police (riot police)', country='GEO', sector='COP')]
    """
    if not words:
        return []
    out = []
    for part in re.split(r";| / ", words):
        part = part.strip()
        m = next((m for m in _CODE.finditer(part) if _is_code(m.group(1))), None)
        if m is None:
            out.append(GoldActor(text=part))
            continue
        rest = re.sub(r"\(.*", "", part[m.end():]).strip().lower()
        out.append(GoldActor(text=part, country=m.group(1), sector=SECTOR_WORDS.get(rest)))
    return out


def parse_type(words: str, ontology: Ontology) -> tuple[str | None, str | None, bool, str | None]:
    """``(event_type, mode, mode is certain, CAMEO code)`` from ``"ASSAULT (abduct) [CAMEO 181]"``."""
    m = _TYPE.match(words or "")
    if m is None:
        return None, None, False, None
    event_type = ontology.canonical_type(m.group(1))
    mode, certain = None, False
    if event_type is not None:
        try:
            mode = ontology.canonical_mode(event_type, m.group(2))
            certain = True
        except OntologyError:
            mode, certain = None, False
    return event_type, mode, certain, m.group(3)


def _counts(raw: dict) -> list[GoldCount]:
    out = []
    for key, v in (raw or {}).items():
        if not isinstance(v, dict):
            continue
        kind, subgroup = _COUNT_KINDS.get(key, (key, None))
        if "_" in key and key not in _COUNT_KINDS:
            kind, subgroup = key.split("_", 1)
        value, least = v.get("value"), v.get("min")
        if value is None and least is None:
            continue
        out.append(GoldCount(kind=kind, subgroup=subgroup, value=value, min=None if value is not None else least))
    return out


def parse_case(obj: dict, *, ontology: Ontology, path: str = "<gold>", line: int | None = None
               ) -> EventGold | BadRecord:
    """Turn one case into an :class:`EventGold` (rules in the module docstring)."""
    rid = str(obj.get("id") or f"{Path(path).name}:{line}")
    events = []
    for e in obj.get("expected_events") or []:
        event_type, mode, certain, cameo = parse_type(str(e.get("type", "")), ontology)
        scored = ["actor", "recipient", "location", "location.country", "date", "counts", "claimant"]
        if certain:
            scored.append("mode")
        if cameo:
            scored.append("cameo_root")
        loc = e.get("location")
        claimant = str(e.get("attributed_to") or "")
        events.append(GoldEvent(
            label=str(e.get("type", "")), event_type=event_type, mode=mode, cameo=cameo,
            actors=parse_actor(e.get("source_actor")), recipients=parse_actor(e.get("target_actor")),
            location=re.sub(r"\(.*", "", loc).strip() if isinstance(loc, str) else None,
            location_country=e.get("country") or None, date=e.get("date") or None,
            counts=_counts(e.get("counts") or {}),
            claimant_is_author=claimant.lower().startswith("author") if claimant else None, scored=scored))
    try:
        document = make_document(str(obj.get("text") or ""), doc_id=rid, published=obj.get("pub_date") or None)
    except InputError as exc:
        return BadRecord(path=path, line=line, reason=f"case {rid}: {exc.reason}")
    return EventGold(record_id=rid, document=document, events=events,
                     no_event=bool(obj.get("expect_no_event")) and not events)


def load(path: Path, *, ontology: Ontology | None = None) -> Iterator[EventGold | BadRecord]:
    """Stream the cases of a ``cases.jsonl`` file.

    Raises
    ------
    GoldFormatError
        When the file is missing or not UTF-8.
    """
    ontology = ontology or Ontology.load()
    for n, obj in iter_jsonl(path):
        yield obj if isinstance(obj, BadRecord) else parse_case(obj, ontology=ontology, path=str(path), line=n)


FORMAT = GoldFormat(
    name="dotterel-cases",
    description="dotterel fault cases JSONL (expected_events, expect_no_event)",
    sniff=sniff,
    load=load,
    scorer=EventScorer,
)
"""The ``dotterel-cases`` format entry."""
