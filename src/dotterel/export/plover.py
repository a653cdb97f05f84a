"""PLOVER JSON records, one per line (JSON Lines), validated against a JSON Schema.

The PLOVER manual (Open Event Data Alliance, draft 0.8, 2021, chapter "JSON
Data Fields") names the fields and suggests newline-delimited JSON. Each
linked event becomes one record:

* ``id`` (the linked event id), ``date`` = ``earliest`` and ``enddate`` =
  ``latest`` when they differ (``YYYY-MM-DD``); an event with no start date
  (only bounded by publication) is skipped;
* ``source`` / ``recipient``: lists of actor objects (``code`` = ISO alpha-3 or
  IGO, ``sector``, ``actor_text`` = the words in the text, ``identifier_id`` =
  Wikidata QID, ``identifier_text`` = canonical name, ``office``); ``source``
  is an empty list when the actor is not identified (the manual requires the
  field, not a guess);
* ``event`` (``[event_type]``), ``mode`` (``[]`` or ``[mode]``), ``context``,
  ``quad_code`` (1-4), ``event_loc`` (GeoNames fields: ``geonameid``,
  ``name``, ``latitude``, ``longitude``, ``feature_code``, ``country_code``
  alpha-2, ``cc3`` alpha-3, ``admin1_code``; the manual's spaces become
  underscores), ``event_text`` (the triggers of all mentions);
* size fields ``dead``, ``injured``, ``arrested`` and the extensions ``size``
  (participants), ``abducted``, ``troops``: the conservative figures;
* ``cite_info`` (``coder``, ``codebook``), ``coder``;
* extensions ``cameo`` and ``mentions``: every mention with its document,
  ``text_info`` (``start``/``end``: 0-based, end-exclusive code-point offsets
  of the trigger), ``cite_info`` (``url``, ``title``, ``publication`` = outlet,
  ``date`` = published), ``certainty`` and ``claimant``.

The schema ships as ``dotterel/schema/plover.schema.json`` (JSON Schema draft
2020-12); every record is validated with :mod:`jsonschema` before it is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

from dotterel.dedup import LinkedEvent
from dotterel.export._common import ExportError, ExportReport, Unmappable, country_of, stream_export
from dotterel.export.base import WriterExporter
from dotterel.ontology import Ontology
from dotterel.records import Actor, Place

if TYPE_CHECKING:
    import jsonschema

__all__ = ["register_exporters", "plover_schema", "plover_record", "write_plover", "CODEBOOK"]

CODEBOOK = "PLOVER manual draft 0.8 (2021)"
"""The codebook the records follow (``cite_info.codebook``)."""


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = plover_schema()
    # Imported here: the exporter registry imports this module to learn its formats' names.
    import jsonschema

    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def plover_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of dotterel's PLOVER records as a dict.

    Read from the packaged ``dotterel/schema/plover.schema.json``.
    """
    text = resources.files("dotterel").joinpath("schema", "plover.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _actor(a: Actor) -> dict[str, Any]:
    out: dict[str, Any] = {"actor_text": a.span.text if a.span is not None else a.name}
    if a.country:
        out["code"] = a.country.upper()
    if a.sector:
        out["sector"] = a.sector
    if a.wikidata:
        out["identifier_id"] = a.wikidata
    out["identifier_text"] = a.name
    if a.role:
        out["office"] = a.role
    return out


def _place(p: Place) -> dict[str, Any]:
    out: dict[str, Any] = {"name": p.name, "geo_precision": p.geo_precision}
    for key, value in (("geonameid", p.geonameid), ("latitude", p.latitude), ("longitude", p.longitude),
                       ("feature_code", p.feature_code), ("admin1_code", p.admin1_code), ("admin1", p.admin1)):
        if value is not None:
            out[key] = value
    rec = country_of(p.country)
    if rec is not None:
        out["country_code"], out["cc3"] = rec.alpha_2, rec.alpha_3
    return out


def plover_record(ev: LinkedEvent, *, ontology: Ontology, coder: str) -> dict[str, Any]:
    """Map one linked event to a PLOVER record (a JSON-ready dict, not yet validated).

    Parameters
    ----------
    ev : LinkedEvent
    ontology : Ontology
        Gives the quad code.
    coder : str
        Written in ``coder`` and ``cite_info.coder``, e.g. ``"dotterel 0.1.0"``.

    Returns
    -------
    dict

    Raises
    ------
    Unmappable
        When the event has no start date.
    """
    if ev.earliest is None:
        raise Unmappable("no start date (only bounded by publication)")
    rec: dict[str, Any] = {"id": ev.event_id, "date": ev.earliest}
    if ev.latest is not None and ev.latest != ev.earliest:
        rec["enddate"] = ev.latest
    rec["source"] = [_actor(ev.actor)] if ev.actor is not None else []
    if ev.recipient is not None:
        rec["recipient"] = [_actor(ev.recipient)]
    rec["event"] = [ev.event_type]
    rec["mode"] = [ev.mode] if ev.mode else []
    rec["context"] = list(ev.context)
    rec["quad_code"] = ontology.quad_code(ev.event_type)
    rec["cameo"] = ev.cameo
    if ev.location is not None:
        rec["event_loc"] = _place(ev.location)
    rec["event_text"] = list(dict.fromkeys(m.event.trigger.text for m in ev.mentions))
    for field, kind in (("dead", "killed"), ("injured", "injured"), ("arrested", "arrested"),
                        ("size", "participants"), ("abducted", "abducted"), ("troops", "troops")):
        value = ev.conservative_value(kind)
        if value is not None:
            rec[field] = value
    rec["cite_info"] = {"coder": coder, "codebook": CODEBOOK}
    rec["coder"] = coder
    mentions = []
    for m in ev.mentions:
        cite = {k: v for k, v in (("url", m.url), ("title", m.title), ("publication", m.source),
                                  ("date", m.published)) if v is not None}
        mentions.append({
            "id": m.mention_id, "doc_id": m.doc_id, "event_text": m.event.trigger.text,
            "text_info": {"start": m.event.trigger.start, "end": m.event.trigger.end}, "cite_info": cite,
            "certainty": m.event.attribution.certainty, "claimant": m.event.attribution.claimant,
        })
    rec["mentions"] = mentions
    return rec


def write_plover(events: Iterable[LinkedEvent], out: str | IO[str], *, ontology: Ontology | None = None,
                 coder: str | None = None) -> ExportReport:
    """Write linked events as PLOVER JSON Lines, validating every record against :func:`plover_schema`.

    Parameters
    ----------
    events : Iterable[LinkedEvent]
        Streamed; one line per event.
    out : str | os.PathLike | IO[str]
        File path, or an open text stream (left open).
    ontology : Ontology, optional
        Loaded once if not given.
    coder : str, optional
        Coder identification; ``"dotterel <installed version>"`` by default.

    Returns
    -------
    ExportReport

    Raises
    ------
    ExportError
        When the output cannot be opened or a record fails the schema.
    """
    onto = ontology or Ontology.load()
    if coder is None:
        from dotterel import __version__

        coder = f"dotterel {__version__}"
    import jsonschema

    validator = _validator()

    def convert(ev: LinkedEvent) -> str:
        rec = plover_record(ev, ontology=onto, coder=coder)
        error = jsonschema.exceptions.best_match(validator.iter_errors(rec))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "<record>"
            raise ExportError(f"event {ev.event_id}: PLOVER record invalid at {where}: {error.message}")
        return json.dumps(rec, ensure_ascii=False)

    return stream_export("plover", events, out, start=lambda fh: lambda line: fh.write(line + "\n"), convert=convert)


def register_exporters() -> tuple[WriterExporter, ...]:
    """The exporter of this module: ``plover``, PLOVER JSON Lines (see :mod:`dotterel.export.base`)."""
    return (WriterExporter("plover", "application/x-ndjson", ".plover.jsonl", write_plover, options=("ontology",)),)
