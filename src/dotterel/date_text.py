"""Cleaning a date phrase before it is read: spaces and brackets, phrases that are no point in time, noise words.

Split from :mod:`dotterel.dates` (module size), which imports these helpers; the word lists and patterns are the
language profile's, compiled in ``date_words._DateWords``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dotterel.date_words import _DateWords

__all__: list[str] = []


def _normalise(phrase: str) -> str:
    s = re.sub(r"\s+", " ", phrase).strip()
    return s.strip(" ,;:()[]\"'“”‘’").rstrip(".")


def _refuse(original: str, low: str, w: _DateWords) -> bool:
    """True for phrases that are not a point in time an event can have."""
    # Modal "may" and the noun "march" are lower-case; the months are not.
    if w.homographs.search(original) and not re.search(r"\d", original):
        return True
    low = low.lower()
    if w.refuse_prefix.match(low) or w.frequency.match(low) or w.duration.match(low):
        return True
    if w.not_a_point.search(low):
        return True
    return False


def _strip_noise(low: str, w: _DateWords) -> str:
    for pattern, replacement in w.rewrites:
        low = pattern.sub(replacement, low)
    low = w.time_only.sub(" ", low)
    low = re.sub(r"\s+", " ", low).strip(" ,")
    prev = None
    while prev != low:
        prev = low
        low = w.leading_noise.sub("", low).strip(" ,")
        low = w.trailing_part_of_day.sub("", low).strip(" ,")
        low = w.trailing_preposition.sub("", low)
    return low
