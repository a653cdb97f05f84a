"""Hand-built event mentions for the de-duplication and export tests.

Each mention is a real :class:`dotterel.records.Event` whose spans slice back
to a real sentence; CAMEO code, quad class and ACLED sub-event type come from
the packaged ontology, as the coder sets them.
"""

from __future__ import annotations

from functools import lru_cache

from dotterel.dedup import MentionRef
from dotterel.ontology import Ontology
from dotterel.records import Actor, Attribution, Count, Event, EventDate, Place, Span

# GeoNames entries (ids, coordinates and admin1 codes as in GeoNames).
def _place(name, geonameid, lat, lon, country, admin1, admin1_code, feature_code, precision) -> Place:
    return Place(span=None, name=name, geonameid=geonameid, latitude=lat, longitude=lon, country=country,
                 admin1=admin1, admin1_code=admin1_code, feature_code=feature_code, geo_precision=precision,
                 score=0.9)


KADUNA = _place("Kaduna", 2335727, 10.52641, 7.43879, "NGA", "Kaduna", "NG.23", "PPLA", "city")
KADUNA_STATE = _place("Kaduna State", 2335722, 10.33333, 7.75, "NGA", "Kaduna", "NG.23", "ADM1", "region")
NIGERIA = _place("Nigeria", 2328926, 10.0, 8.0, "NGA", None, None, "PCLI", "country")
LAGOS = _place("Lagos", 2332459, 6.45407, 3.39467, "NGA", "Lagos", "NG.05", "PPLA", "city")
ALMATY = _place("Almaty", 1526384, 43.25, 76.91667, "KAZ", "Almaty", "KZ.02", "PPLA", "city")
ZHANAOZEN = _place("Zhanaozen", 607610, 43.34116, 52.86192, "KAZ", "Mangystau", "KZ.09", "PPL", "city")
KAZAKHSTAN = _place("Kazakhstan", 1522867, 48.0, 68.0, "KAZ", None, None, "PCLI", "country")

GUNMEN = Actor(span=None, name="gunmen", country="NGA", sector="UAF", kind="group", reason="role noun")
STUDENTS = Actor(span=None, name="students", country="NGA", sector="EDU", kind="group", reason="role noun")
PROTESTERS = Actor(span=None, name="protesters", country="KAZ", sector="CVL", kind="group", reason="role noun")
POLICE_KZ = Actor(span=None, name="Kazakh police", country="KAZ", sector="COP", kind="organisation", reason="kb")


@lru_cache(maxsize=1)
def onto() -> Ontology:
    return Ontology.load()


def day(iso: str, source: str = "text") -> EventDate:
    """A day-precise date stated in the text."""
    return EventDate(value=iso, earliest=iso, latest=iso, time_precision="day", source=source, reason="test")


def pub_bound(published: str) -> EventDate:
    """An undated event: on or before publication."""
    return EventDate(value=None, latest=published, time_precision="range", source="publication", reason="test")


def count(kind: str, best: int | None = None, *, low: int | None = None, high: int | None = None,
          subgroup: str | None = None, claimant: str | None = None) -> Count:
    return Count(kind=kind, low=low, best=best, high=high, subgroup=subgroup, claimant=claimant,
                 span=Span(start=0, end=4, text="They"))


def mention(doc_id: str, n: int = 0, *, event_type: str = "ASSAULT", mode: str | None = "abduct",
            actor: Actor | None = GUNMEN, recipient: Actor | None = STUDENTS, location: Place | None = KADUNA,
            date: EventDate | None | str = "2024-03-04", counts: tuple[Count, ...] = (), certainty: str = "asserted",
            claimant: str = "author", published: str | None = "2024-03-05", source: str | None = "Outlet A",
            url: str | None = None, context: tuple[str, ...] = ()) -> MentionRef:
    """One mention in document ``doc_id`` (``n`` numbers the mention inside it); ``date`` may be an ISO day."""
    sentence = "They struck here."
    o = onto()
    acled = o.acled_for(event_type, mode)
    event = Event(
        event_id=f"{doc_id}#{n}",
        doc_id=doc_id,
        event_type=event_type,
        mode=mode,
        context=list(context),
        quad_class=o.quad_class(event_type),
        cameo=o.cameo_for(event_type, mode),
        sub_event_type=acled[1] if acled else None,
        trigger=Span(start=5, end=11, text="struck"),
        sentence=Span(start=0, end=len(sentence), text=sentence),
        actor=actor,
        recipient=recipient,
        location=location,
        date=day(date) if isinstance(date, str) else date,
        counts=list(counts),
        attribution=Attribution(claimant=claimant, claimant_type="author" if claimant == "author" else "official",
                                certainty=certainty),
        version="test",
    )
    return MentionRef(event=event, doc_id=doc_id, published=published, source=source,
                      url=url if url is not None else f"https://example.org/{doc_id}", title=f"Report {doc_id}")


def coded_event(coder, text: str, trigger: str, published: str = "2024-03-01") -> Event:
    """The first event ``coder`` codes in ``text`` whose trigger is ``trigger`` (the test fails with what it found)."""
    events = coder.code(text, published=published)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


def recipient_key(ev: Event) -> tuple[str | None, str | None] | None:
    """An event's recipient as ``(country, sector)``, or ``None`` when it has none."""
    r = ev.recipient
    return None if r is None else (r.country, r.sector)
