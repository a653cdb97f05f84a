"""The date idioms of one language profile, compiled once per profile for :mod:`dotterel.dates`.

The words themselves live in ``lang/<code>/profile.json`` (month and weekday
names, durations, "overnight", "the next day", ...); this module only turns
them into the patterns :class:`dotterel.dates.DateResolver` and
:mod:`dotterel.date_text` match phrases with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile


def _alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


@dataclass(frozen=True)
class _DateWords:
    """The date idioms of one language profile (``lang/<code>/profile.json``), compiled once per profile."""

    month_names: dict[str, int]
    small_numbers: dict[str, int]
    relative_months: dict[str, int]
    year_phrases: dict[str, int]
    weekday: str  # alternation of the weekday names
    month: str  # alternation of the month names, with an optional full stop
    homographs: re.Pattern
    refuse_prefix: re.Pattern
    duration: re.Pattern
    frequency: re.Pattern
    time_only: re.Pattern
    leading_noise: re.Pattern
    trailing_part_of_day: re.Pattern
    anchor_day: dict[int, re.Pattern]
    n_days_later: re.Pattern
    vague_later: re.Pattern
    overnight: re.Pattern
    weekend: re.Pattern
    decade: re.Pattern
    year_range: re.Pattern
    rel_month: re.Pattern
    past_n: re.Pattern
    anchor_preposition: re.Pattern
    unit_days: dict[str, int]
    after_words: frozenset[str]
    not_a_point: re.Pattern
    rewrites: tuple[tuple[re.Pattern, str], ...]
    trailing_preposition: re.Pattern
    day_words: str  # alternation of "today", "yesterday", "tomorrow"
    ranges: tuple[re.Pattern, ...]  # a stretch named by its two ends
    part_of: re.Pattern  # a part of a month or a year (dotterel.date_parts)

    @classmethod
    def build(cls, lang: LanguageProfile) -> _DateWords:
        month = _alternation(sorted(lang.month_names, key=len, reverse=True)) + r"\.?"
        return cls(
            month_names=dict(lang.month_names),
            small_numbers=dict(lang.small_numbers),
            relative_months=dict(lang.relative_month_words),
            year_phrases=dict(lang.year_phrases),
            weekday=_alternation(lang.weekdays),
            month=month,
            homographs=re.compile(rf"\b{_alternation(sorted(lang.date_homographs))}\b"),
            refuse_prefix=re.compile(rf"^{_alternation(lang.date_refuse_prefixes)}\b"),
            duration=re.compile(lang.date_duration_re),
            frequency=re.compile(rf"^{_alternation(sorted(lang.date_frequency_words))}$"),
            time_only=re.compile(lang.date_time_only_re),
            leading_noise=re.compile(lang.date_leading_noise_re),
            trailing_part_of_day=re.compile(lang.date_trailing_part_of_day_re),
            anchor_day={off: re.compile(p) for off, p in lang.date_anchor_day_re.items()},
            n_days_later=re.compile(lang.date_n_days_later_re),
            vague_later=re.compile(lang.date_vague_later_re),
            overnight=re.compile(lang.date_overnight_re),
            weekend=re.compile(lang.date_weekend_re),
            decade=re.compile(lang.date_decade_re),
            year_range=re.compile(lang.date_year_range_re),
            rel_month=re.compile(rf"^({'|'.join(re.escape(w) for w in lang.relative_month_words)})\s+({month})$"),
            past_n=re.compile(lang.date_past_n_re),
            anchor_preposition=re.compile(lang.date_anchor_prepositions_re),
            unit_days=dict(lang.date_unit_days),
            after_words=lang.date_after_words,
            not_a_point=re.compile(lang.date_not_a_point_re),
            rewrites=tuple((re.compile(p), r) for p, r in lang.date_rewrites),
            trailing_preposition=re.compile(lang.date_trailing_prepositions_re),
            day_words=_alternation(lang.relative_day_words),
            ranges=tuple(re.compile(p, re.IGNORECASE) for p in lang.date_range_re),
            part_of=re.compile(lang.date_part_of_re, re.IGNORECASE),
        )
