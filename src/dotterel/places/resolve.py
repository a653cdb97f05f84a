"""Former home of toponym resolution, now :mod:`dotterel.places.toponyms`.

Kept for one release so that ``from dotterel.places.resolve import ...``
keeps working; import from :mod:`dotterel.places.toponyms` instead.
"""

from dotterel.places.toponyms import (  # noqa: F401  (re-exports)
    BIG_CITY,
    DEMONYM_REASON,
    MACRO_REGION_REASON,
    PROMINENT_CITY,
    TERRITORIES,
    _clean,
    candidate_to_place,
    country_alpha3,
    rank,
    resolve,
    with_territories,
)

__all__ = [
    "resolve",
    "rank",
    "candidate_to_place",
    "country_alpha3",
    "with_territories",
    "TERRITORIES",
    "BIG_CITY",
    "PROMINENT_CITY",
    "DEMONYM_REASON",
    "MACRO_REGION_REASON",
]
