"""Generated event mentions in the mix real corpora give, for the linking scale and equivalence tests.

Used by ``tests/test_dedup_scale.py`` and ``benchmarks/dedup_scale.py``. The
mix follows what issue 15 measured on real coder output: 55% of mentions have
no place, 20% only a month or year date, and the rest is spread over several
event types, countries, places (cities, a few points inside a city, regions,
whole countries) and actors (with and without Wikidata QIDs, sectors, countries
as actors, unknown actors). "True" events are reported by 1-6 outlets, each
report as vague or as precise as news reports are; a few documents report two
events. The universe (countries, cities, actors, one year) is fixed, so a
larger corpus is a denser one: the hardest case for blocking.
"""

from __future__ import annotations

import random
from functools import lru_cache

from dotterel.dedup import MentionRef
from dotterel.ontology import Ontology
from dotterel.records import Actor, Attribution, Count, Event, EventDate, Place, Span

COUNTRIES = ("KAZ", "NGA", "IND", "PAK", "KEN", "COL", "FRA", "IRN", "MMR", "SDN", "BRA", "UKR")
KINDS = (("PROTEST", "demo"), ("PROTEST", "riot"), ("ASSAULT", "abduct"), ("COERCE", "arrest"),
         ("ASSAULT", None), ("FIGHT", None), ("PROTEST", None))
_SENTENCE = Span(start=0, end=17, text="They struck here.")
_TRIGGER = Span(start=5, end=11, text="struck")


@lru_cache(maxsize=1)
def _world() -> tuple:
    cities, points, regions, nations, actors = {}, {}, {}, {}, {}
    for k, cc in enumerate(COUNTRIES):
        nations[cc] = Place(span=None, name=cc, geonameid=9000 + k, latitude=float(k), longitude=float(k),
                            country=cc, geo_precision="country", score=0.9)
        regions[cc] = [Place(span=None, name=f"{cc} region {r}", geonameid=8000 + 10 * k + r, country=cc,
                             admin1=f"{cc} region {r}", admin1_code=f"{cc}.{r}", geo_precision="region", score=0.8)
                       for r in range(5)]
        cities[cc] = [Place(span=None, name=f"{cc} city {i}", geonameid=100000 + 100 * k + i,
                            latitude=-40.0 + 7.0 * k + 0.4 * i, longitude=-60.0 + 11.0 * k + 0.3 * i, country=cc,
                            admin1=f"{cc} region {i % 5}", admin1_code=f"{cc}.{i % 5}", geo_precision="city",
                            score=0.9) for i in range(15)]
        # A square or a district a few km from its city (rule 3: a point within 10 km).
        points[cc] = [Place(span=None, name=f"{c.name} square", geonameid=200000 + c.geonameid, country=cc,
                            latitude=c.latitude + 0.03, longitude=c.longitude + 0.02, admin1=c.admin1,
                            admin1_code=c.admin1_code, geo_precision="point", score=0.7) for c in cities[cc]]
        people = [
            Actor(span=None, name=f"{cc} government", country=cc, sector="GOV", kind="organisation",
                  wikidata=f"Q{1000 + k}", reason="kb"),
            Actor(span=None, name=f"{cc} police", country=cc, sector="COP", kind="organisation", reason="kb"),
            Actor(span=None, name=f"{cc} army", country=cc, sector="MIL", kind="organisation",
                  wikidata=f"Q{2000 + k}", reason="kb"),
            Actor(span=None, name="protesters", country=cc, sector="CVL", kind="group", reason="role noun"),
            Actor(span=None, name="students", country=cc, sector="EDU", kind="group", reason="role noun"),
            Actor(span=None, name="journalists", country=None, sector="MED", kind="group", reason="role noun"),
            Actor(span=None, name=cc, country=cc, sector=None, kind="country", wikidata=f"Q{3000 + k}",
                  reason="kb"),
        ]
        people += [Actor(span=None, name=f"{cc} armed group {g}", country=cc, sector="REB", kind="group",
                         wikidata=f"Q{4000 + 40 * k + g}", reason="kb") for g in range(12)]
        people += [Actor(span=None, name=f"{cc} leader {g}", country=cc, sector="OPP", kind="person",
                         wikidata=f"Q{6000 + 40 * k + g}", reason="kb") for g in range(12)]
        actors[cc] = people
    return cities, points, regions, nations, actors


def _date(rng: random.Random, day: int, published: int) -> EventDate | None:
    iso = f"2023-{1 + day // 30 % 12:02d}-{1 + day % 30 % 28:02d}"
    roll = rng.random()
    if roll < 0.17:  # month only
        return EventDate(value=iso[:7], time_precision="month", reason="generated")
    if roll < 0.20:  # year only
        return EventDate(value="2023", time_precision="year", reason="generated")
    if roll < 0.35:  # undated: on or before publication
        pub = f"2023-{1 + published // 30 % 12:02d}-{1 + published % 30 % 28:02d}"
        return EventDate(value=None, latest=pub, time_precision="range", source="publication", reason="generated")
    if roll < 0.37:
        return None
    return EventDate(value=iso, earliest=iso, latest=iso, time_precision="day", reason="generated")


def realistic_mix(n_mentions: int, *, seed: int = 7) -> list[MentionRef]:
    """``n_mentions`` mentions of generated events in the real mix (see the module docstring).

    Deterministic for a given ``n_mentions`` and ``seed``; mention ids are
    ``doc<N>#<k>``.
    """
    rng = random.Random(seed)
    onto = Ontology.load()
    cities, points, regions, nations, actors = _world()
    refs: list[MentionRef] = []
    doc = 0
    while len(refs) < n_mentions:
        etype, mode = rng.choice(KINDS)
        cc = rng.choice(COUNTRIES[:4] if rng.random() < 0.5 else COUNTRIES)  # a few countries dominate
        city = rng.choice(cities[cc])
        pool = actors[cc]
        actor = rng.choices(pool, weights=[1 / (i + 1) for i in range(len(pool))])[0]  # Zipf
        recipient = rng.choice(pool) if rng.random() < 0.4 else None
        day = rng.randrange(360)
        for k in range(rng.randint(1, 6)):
            roll = rng.random()
            place = (None if roll < 0.55 else nations[cc] if roll < 0.65 else
                     regions[cc][int(city.admin1_code.rsplit(".", 1)[1])] if roll < 0.70 else
                     points[cc][cities[cc].index(city)] if roll < 0.74 else city)
            mode_k = mode if rng.random() < 0.85 else None
            published = day + rng.randrange(3)
            two = k == 0 and rng.random() < 0.1 and bool(refs)
            doc_id = refs[-1].doc_id if two else f"doc{doc}"
            n = int(refs[-1].event.event_id.rsplit("#", 1)[1]) + 1 if two else 0
            doc += not two
            acled = onto.acled_for(etype, mode_k)
            ev = Event(event_id=f"{doc_id}#{n}", doc_id=doc_id, event_type=etype, mode=mode_k,
                       quad_class=onto.quad_class(etype), cameo=onto.cameo_for(etype, mode_k),
                       sub_event_type=acled[1] if acled else None, trigger=_TRIGGER, sentence=_SENTENCE,
                       actor=actor if rng.random() < 0.8 else None,
                       recipient=recipient if rng.random() < 0.8 else None, location=place,
                       date=_date(rng, day, published),
                       counts=[Count(kind="killed", best=rng.randint(0, 9), span=Span(start=0, end=4, text="They"))],
                       attribution=Attribution(certainty="reported" if rng.random() < 0.9 else "alleged"),
                       version="generated")
            pub = refs[-1].published if two else f"2023-{1 + published // 30 % 12:02d}-{1 + published % 30 % 28:02d}"
            refs.append(MentionRef(event=ev, doc_id=doc_id, published=pub, source=f"Outlet {rng.randrange(40)}"))
            if len(refs) == n_mentions:
                break
    return refs
