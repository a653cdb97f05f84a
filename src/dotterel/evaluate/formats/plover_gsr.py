"""``plover-gsr``: the PLOVER gold-standard examples (a JSON array of records).

Source: openeventdata/PLOVER ``PLOVER_GSR_examples.json`` (version 0.5b1, CC
BY-SA 4.0). Each record has ``id``, ``text`` (one sentence), ``event`` (a
PLOVER 0.5b1 category: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE mode
disapprove, INVESTIGATE -> ACCUSE mode investigate, FIGHT -> ASSAULT, through
``type_aliases`` of ``data/plover.json``), optional ``mode``, ``context``
(comma-separated), ``source`` / ``target`` (lists of ``{actorText, code,
sector}``; ``""`` for none), ``eventLoc`` (``{"name": ...}``), ``dead``,
``injured``, ``size``. The ``DOCUMENT`` header record is not an event and is
skipped. The ``date`` values are a placeholder (2000-01-01) and are used only
as the publication date.

Scored: event and type, mode (when given), context, actor and recipient
country and sector, location (when given) and the dead / injured / size
counts (when given). A country code that is neither ISO 3166-1 alpha-3 nor
``IGO`` (``ITL`` for Italy in one record) is not scored and is reported among
the skipped items.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from ...errors import InputError
from ...ingest import make_document
from ...ontology import Ontology, OntologyError
from ..base import BadRecord, GoldFormat
from ..events import EventGold, EventScorer, GoldCount, GoldEvent
from ..matching import GoldActor
from ._io import iter_json_array

__all__ = ["FORMAT", "sniff", "load", "parse_record"]


def sniff(path: Path, head: str) -> bool:
    """A JSON array whose records carry ``"event"`` and ``"eventText"`` keys."""
    return head.lstrip().startswith("[") and '"eventText"' in head and '"event"' in head


@functools.cache
def _country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of the packaged knowledge base, and ``IGO``."""
    raw = json.loads(resources.files("dotterel.data").joinpath("actors_countries.json").read_text(encoding="utf-8"))
    return frozenset(c["alpha3"] for c in raw["countries"]) | {"IGO"}


def _actors(value, ontology: Ontology, unknown: list[str] | None = None) -> list[GoldActor]:
    """The gold actors of one side; a country code outside ISO 3166 (and not ``IGO``) goes to ``unknown``, unscored."""
    if not value:
        return []
    out = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, dict):
            continue
        code = (item.get("code") or "").strip().upper() or None
        if code is not None and code not in _country_codes():
            if unknown is not None:
                unknown.append(code)
            code = None
        sector = (item.get("sector") or "").strip().upper() or None
        if sector is not None:
            sector = ontology.canonical_sector(sector) or sector
        out.append(GoldActor(text=item.get("actorText") or "", country=code, sector=sector))
    return out


def _count(value) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value).replace(",", "").strip())
    except ValueError:
        return None


def parse_record(obj: dict, *, ontology: Ontology, path: str = "<gold>", index: int = 0) -> EventGold | BadRecord | None:
    """Turn one GSR record into an :class:`EventGold` (``None`` for the DOCUMENT header).

    Parameters
    ----------
    obj : dict
        The JSON record.
    ontology : Ontology
        For the old-name aliases, mode aliases (``demo-org``) and contexts.
    path : str
        File name, for ids and errors.
    index : int
        0-based position in the array.

    Returns
    -------
    EventGold | BadRecord | None
    """
    label = str(obj.get("event") or "").strip()
    if label.upper() == "DOCUMENT":
        return None
    rid = str(obj.get("id") or f"{path}#{index}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip() or not label:
        return BadRecord(path=path, line=None, reason=f"record {rid}: no text or no event")
    event_type = ontology.canonical_type(label)
    mode = unknown_mode = None
    if event_type is not None:
        try:
            mode = ontology.canonical_mode(label, obj.get("mode") or None)
        except OntologyError:
            # a mode of another PLOVER version ("host", "demo-spon"): score the record on
            # everything else and report the mode, rather than call the whole record unreadable
            unknown_mode = str(obj.get("mode")).strip()
    contexts = []
    for c in str(obj.get("context") or "").split(","):
        if c.strip():
            canon = ontology.canonical_context(c)
            contexts.append(canon or c.strip().lower())
    # an empty mode in the 0.5b1 file means "not annotated" (its modes predate the current ones)
    scored = ["context", "actor", "recipient"] + (["mode"] if mode is not None else [])
    loc = obj.get("eventLoc")
    location = loc.get("name") if isinstance(loc, dict) else (loc if isinstance(loc, str) and loc else None)
    if location:
        scored.append("location")
    counts = []
    for key, kind in (("dead", "killed"), ("injured", "injured"), ("size", "participants")):
        n = _count(obj.get(key))
        if n is not None:
            counts.append(GoldCount(kind=kind, value=n))
    if counts:
        scored.append("counts")
    unknown_countries: list[str] = []
    actors = _actors(obj.get("source"), ontology, unknown_countries)
    recipients = _actors(obj.get("target"), ontology, unknown_countries)
    event = GoldEvent(label=label, event_type=event_type, mode=mode, context=sorted(set(contexts)),
                      actors=actors, recipients=recipients, location=location, counts=counts, scored=scored,
                      unknown_mode=unknown_mode, unknown_countries=unknown_countries)
    date = obj.get("date")
    try:
        document = make_document(text, doc_id=rid, published=date if isinstance(date, str) and date else None)
    except InputError as exc:
        return BadRecord(path=path, reason=f"record {rid}: {exc.reason}")
    return EventGold(record_id=rid, document=document, events=[event])


def load(path: Path, *, ontology: Ontology | None = None) -> Iterator[EventGold | BadRecord]:
    """Stream a PLOVER GSR JSON array, one :class:`EventGold` per sentence (one item in memory at a time).

    Raises
    ------
    GoldFormatError
        When the file is not a JSON array, or an item is not valid JSON.
    """
    ontology = ontology or Ontology.load()
    for i, obj in iter_json_array(path):
        if not isinstance(obj, dict):
            yield BadRecord(path=str(path), reason=f"item {i} is not a JSON object")
            continue
        rec = parse_record(obj, ontology=ontology, path=str(path), index=i)
        if rec is not None:
            yield rec


FORMAT = GoldFormat(
    name="plover-gsr",
    description="PLOVER gold-standard examples (JSON array)",
    sniff=sniff,
    load=load,
    scorer=EventScorer,
)
"""The ``plover-gsr`` format entry."""
