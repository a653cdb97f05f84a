"""The mention and the linked event share one base; their JSON keeps its key order."""

from __future__ import annotations

from dotterel.dedup import ConservativeCount, CountReport, LinkedEvent, MentionRef
from dotterel.records import Event, EventCore, Place
from dotterel.records import linked
from dotterel.records.how import PRECISION_RANK

# The key order of each record's JSON before EventCore was shared (the schema's `required` follows it).
EVENT_KEYS = [
    "event_id", "doc_id", "event_type", "mode", "context", "quad_class", "cameo", "sub_event_type",
    "trigger", "sentence", "actor", "recipient", "location", "places", "date", "counts", "attribution",
    "restatements", "detector", "confidence", "version", "config_hash",
]
LINKED_KEYS = [
    "event_id", "event_type", "mode", "context", "quad_class", "cameo", "sub_event_type", "actor",
    "recipient", "location", "date", "earliest", "latest", "dates_consistent", "credible", "mentions",
    "sources", "counts", "conservative",
]


def test_mention_and_linked_event_share_event_core():
    assert issubclass(Event, EventCore) and issubclass(LinkedEvent, EventCore)
    shared = set(EventCore.model_fields)
    # `counts` is the one name both have that is not shared: a mention's Count vs a linked event's CountReport.
    assert shared == set(Event.model_fields) & set(LinkedEvent.model_fields) - {"counts"}
    for name in shared:  # declared once: the same field object reaches both
        assert repr(Event.model_fields[name]) == repr(LinkedEvent.model_fields[name]) == repr(EventCore.model_fields[name])


def test_field_order_is_kept():
    assert list(Event.model_fields) == EVENT_KEYS
    assert list(LinkedEvent.model_fields) == LINKED_KEYS
    assert [k for k in EVENT_KEYS if Event.model_fields[k].is_required()] == Event.model_json_schema()["required"]


def test_linked_records_live_in_records_and_dedup_reexports_them():
    for cls in (LinkedEvent, MentionRef, CountReport, ConservativeCount):
        assert cls.__module__ == "dotterel.records.linked"
        assert getattr(linked, cls.__name__) is cls


def _place(precision: str, geonameid: int | None = 1) -> Place:
    return Place(span=None, name="x", geonameid=geonameid, country="KAZ" if geonameid else None, geo_precision=precision)


def test_one_precision_rank():
    from dotterel.dedup import _place_level
    from dotterel.places.event_location import PRECISION_RANK as locator_rank

    assert locator_rank is PRECISION_RANK
    assert sorted(PRECISION_RANK, key=PRECISION_RANK.__getitem__) == [
        "point", "city", "region", "country", "continent", "unresolved"]
    # Linking treats a point and its city as one level, and an unknown place as the vaguest.
    levels = [_place_level(_place(p)) for p in ("point", "city", "region", "country", "continent")]
    assert levels[0] == levels[1] < levels[2] < levels[3] < levels[4] < _place_level(_place("city", None))
    assert _place_level(None) == _place_level(_place("unresolved", None))
