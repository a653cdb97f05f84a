"""Builders of predicted records for the evaluation tests, so scorers can be tested without the model."""

from __future__ import annotations

from dotterel.coder import CodedDocument
from dotterel.records import Actor, Count, Document, Event, EventDate, Place, Span


def span(text: str, words: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start=start, end=start + len(words), text=words)


def actor(country: str | None, sector: str | None = None, name: str = "someone") -> Actor:
    return Actor(span=None, name=name, country=country, sector=sector)


def event(doc: Document, trigger: str, event_type: str, *, mode: str | None = None, actor_: Actor | None = None,
          recipient: Actor | None = None, location: Place | None = None, counts=(), cameo: str = "000",
          date: EventDate | None = None, context=(), claimant: str = "author", sub_event_type: str | None = None
          ) -> Event:
    trig = span(doc.text, trigger)
    return Event(event_id=f"ev:{doc.doc_id}:{trig.start}", doc_id=doc.doc_id, event_type=event_type, mode=mode,
                 context=list(context), quad_class="material conflict", cameo=cameo, sub_event_type=sub_event_type,
                 trigger=trig, sentence=Span(start=0, end=len(doc.text), text=doc.text), actor=actor_,
                 recipient=recipient, location=location, counts=list(counts), date=date,
                 attribution={"claimant": claimant, "claimant_type": "author" if claimant == "author" else "official"},
                 version="test")


def place(text: str | None, words: str | None, *, name: str | None = None, geonameid: int | None = None,
          lat: float | None = None, lon: float | None = None, country: str | None = None) -> Place:
    sp = span(text, words) if text is not None and words is not None else None
    return Place(span=sp, name=name or words or "?", geonameid=geonameid, latitude=lat, longitude=lon,
                 country=country, geo_precision="city" if geonameid else "unresolved")


def count(doc: Document, words: str, kind: str, best: int | None = None, low: int | None = None,
          subgroup: str | None = None) -> Count:
    return Count(kind=kind, best=best, low=low, span=span(doc.text, words), subgroup=subgroup)


def stub_coder(predict):
    """A ``code`` callable for :func:`score_records`: ``predict(document) -> dict`` of CodedDocument fields."""

    def code(documents):
        for doc in documents:
            yield CodedDocument(document=doc, **predict(doc))

    return code
