"""How de-duplication time grows with corpus size (run by hand, not by pytest).

    python benchmarks/dedup_scale.py [--sizes 1000,2000,4000,8000,16000] [--seed 7]

Builds a synthetic corpus of event mentions: "true" events (protests,
abductions, arrests in 40 cities of 4 countries over a year), each reported by
1-8 outlets, one report in five at country level and one in four with the date
only bounded by publication. For each size it times

* the baseline: validating the same mentions again (``MentionRef.model_validate``
  on their dumps), a pass that is linear in the number of mentions;
* ``link_mentions`` on the same mentions;

and prints the ratio link/baseline. A ratio that stays flat as the corpus grows
means linking scales linearly; it would grow with N if it compared all pairs.
It also prints how many events were linked against the number of true events.
"""

from __future__ import annotations

import argparse
import random
import time

from dotterel.dedup import MentionRef, link_mentions
from dotterel.ontology import Ontology
from dotterel.records import Actor, Attribution, Count, Event, EventDate, Place, Span

COUNTRIES = ("KAZ", "NGA", "IND", "PAK")
KINDS = (("PROTEST", "demo"), ("ASSAULT", "abduct"), ("COERCE", "arrest"))


def corpus(n_mentions: int, seed: int) -> tuple[list[MentionRef], int]:
    rng = random.Random(seed)
    onto = Ontology.load()
    cities = [Place(span=None, name=f"City{i}", geonameid=1000 + i, latitude=10.0 + i, longitude=20.0 + i,
                    country=COUNTRIES[i % 4], admin1=f"Region{i % 8}", admin1_code=f"R{i % 8}",
                    geo_precision="city", score=0.9) for i in range(40)]
    nations = {c: Place(span=None, name=c, geonameid=9000 + k, country=c, geo_precision="country", score=0.9)
               for k, c in enumerate(COUNTRIES)}
    sentence = Span(start=0, end=17, text="They struck here.")
    refs: list[MentionRef] = []
    true_events = 0
    while len(refs) < n_mentions:
        true_events += 1
        etype, mode = rng.choice(KINDS)
        city = rng.choice(cities)
        day = 1 + rng.randrange(360)
        iso = f"2023-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}"
        actor = Actor(span=None, name=f"group{true_events % 97}", country=city.country, sector="CVL")
        for k in range(rng.randint(1, 8)):
            doc = f"doc{len(refs)}"
            place = nations[city.country] if rng.random() < 0.2 else city
            date = (EventDate(value=None, latest=iso, time_precision="range", source="publication")
                    if rng.random() < 0.25 else EventDate(value=iso, earliest=iso, latest=iso, time_precision="day"))
            acled = onto.acled_for(etype, mode)
            ev = Event(event_id=f"{doc}#0", doc_id=doc, event_type=etype, mode=mode, quad_class=onto.quad_class(etype),
                       cameo=onto.cameo_for(etype, mode), sub_event_type=acled[1] if acled else None,
                       trigger=Span(start=5, end=11, text="struck"), sentence=sentence, actor=actor,
                       location=place, date=date,
                       counts=[Count(kind="killed", best=rng.randint(0, 9), span=Span(start=0, end=4, text="They"))],
                       attribution=Attribution(), version="bench")
            refs.append(MentionRef(event=ev, doc_id=doc, published=iso, source=f"Outlet {k}"))
    return refs[:n_mentions], true_events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,2000,4000,8000,16000")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(f"{'mentions':>9} {'true':>6} {'linked':>7} {'baseline s':>11} {'link s':>8} {'link/baseline':>14}")
    for n in (int(x) for x in args.sizes.split(",")):
        refs, true_events = corpus(n, args.seed)
        dumps = [r.model_dump() for r in refs]
        t0 = time.perf_counter()
        for d in dumps:
            MentionRef.model_validate(d)
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        events = link_mentions(refs)
        link = time.perf_counter() - t0
        print(f"{n:>9} {true_events:>6} {len(events):>7} {base:>11.3f} {link:>8.3f} {link / base:>14.2f}")


if __name__ == "__main__":
    main()
