"""Number phrases read into low / best / high bounds (:func:`parse_quantity`).

:func:`parse_quantity`
    reads a number phrase ("about 225", "twenty-three", "a few hundred",
    "between 10 and 20") into low / best / high bounds. Spelled-out numbers
    are read by ``text2num`` (PyPI ``text2num``, module ``text_to_num``);
    vague quantifiers follow the table below.

Conventions for vague and bounded quantities
--------------------------------------------
They follow the team convention stated in the fault cases
(``shared/cases/cases.jsonl``, case ``vague-and-spelled-counts``: "'dozens' ->
min 24, 'hundreds' -> min 200, value null, approximate true") and the
:class:`dotterel.records.Count` contract ("a few hundred" has ``low=200``,
``high=900``-style bounds, ``best=None``): a vague quantity never gets an
invented ``best``.

========================  =======================  ==========================
phrase                    low / best / high        approximate
========================  =======================  ==========================
"19", "twenty-three"      - / 19 / -               False
"a thousand"              - / 1000 / -             False
"about/around/some/       - / N / -                True
roughly/approximately/
an estimated N"
"nearly/almost N"         - / N / N                True
"more than/over N"        N+1 / - / -              True
"at least N"              N / - / -                True
"up to/as many as N"      - / - / N                True
"fewer/less than N"       - / - / N-1              True
"between A and B", "A-B"  A / - / B                True
"a dozen"                 - / 12 / -               True
"dozens"                  24 / - / -               True (two dozen at least)
"scores"                  40 / - / -               True
"hundreds"                200 / - / -              True
"thousands"               2000 / - / -             True
"millions"                2000000 / - / -          True
"tens of thousands"       20000 / - / -            True
"hundreds of thousands"   200000 / - / -           True
"a few N" (N = hundred,   2N / - / 9N              True
thousand, dozen ...)
"several N"               3N / - / 9N              True
========================  =======================  ==========================

The plural vague words ("hundreds", "thousands") leave ``high`` open, as the
cases file does, because usage is loose ("hundreds" is said of 1,500);
"a few"/"several" are bounded by nine of the unit, since ten or more would be
said as "dozens"/"tens of".
"""


from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from text_to_num import text2num

from dotterel.count_totals import since_start_pattern, since_year_pattern

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["Quantity", "parse_quantity"]


@dataclass(frozen=True)
class Quantity:
    """A parsed number phrase.

    Attributes
    ----------
    low, best, high : int | None
        Inclusive lower bound, best estimate and inclusive upper bound, in
        persons (or whatever is counted); ``None`` when the phrase does not
        give it.
    approximate : bool
        True for hedged ("about"), bounded ("more than") and vague
        ("hundreds") phrases.
    unit : int | None
        For a vague plural ("dozens", "hundreds", "tens of thousands"), the
        amount one of it stands for (12, 100, 10,000), which a
        :class:`VagueConvention` turns into a figure; ``None`` otherwise.
    """

    low: int | None = None
    best: int | None = None
    high: int | None = None
    approximate: bool = False
    unit: int | None = None




# --- parse_quantity --------------------------------------------------------


@dataclass(frozen=True)
class _CountWords:
    """The number words and count vocabulary of one language profile, built once per profile.

    The fields are the profile's (``lang/<code>/profile.json``), with the
    prefix tables put in the order they are tried (longest first).
    """

    number_language: str
    scales: dict[str, int]
    vague_plurals: dict[str, int]
    vague_words: frozenset[str]
    approx_prefixes: tuple[str, ...]
    lower_prefixes: list[tuple[str, int]]
    upper_prefixes: list[tuple[str, int]]
    exact_prefixes: tuple[str, ...]
    prefix_words: list[list[str]]
    ordinal: re.Pattern
    unit_nouns: frozenset[str]
    non_person_nouns: frozenset[str]
    security_nouns: frozenset[str]
    quantity_determiners: frozenset[str]
    participant_nouns: frozenset[str]
    troop_nouns: frozenset[str]
    noun_kind: dict[str, str]
    patient_verbs: dict[str, str]
    subject_verbs: dict[str, str]
    of_nouns: dict[str, str]
    life_verbs: frozenset[str]
    label_nouns: frozenset[str]
    quantity_preps: frozenset[str]
    toll_verbs: frozenset[str]
    modifier_kind: dict[str, str]
    troop_forms: frozenset[str]
    partitive_words: frozenset[str]
    age_words: frozenset[str]
    percent_words: frozenset[str]
    hyphen_units: frozenset[str]
    strength_words: frozenset[str]
    approx_suffixes: tuple[str, ...]
    open_suffixes: tuple[str, ...]
    person_nouns: frozenset[str]
    one_person_determiners: frozenset[str]
    aggregate_cues: re.Pattern
    since_start: re.Pattern
    since_year: re.Pattern
    accumulate_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    running_total_nouns: frozenset[str]
    counter_verbs: frozenset[str]
    counter_nouns: dict[str, str]
    counter_preps: frozenset[str]
    counter_content_preps: frozenset[str]
    total_kinds: dict[str, str]
    total_nouns: frozenset[str]
    range_preps: frozenset[str]
    rise_verbs: frozenset[str]
    act_nouns: frozenset[str]
    tally_cues: frozenset[str]
    strike_nouns: frozenset[str]
    scene_preps: frozenset[str]
    definite_articles: frozenset[str]
    result_nouns: dict[str, str]

    @classmethod
    def build(cls, lang: LanguageProfile) -> _CountWords:
        openers = (*lang.approximate_prefixes, *lang.lower_bound_prefixes, *lang.upper_bound_prefixes,
                   *lang.exact_prefixes, *lang.number_phrase_openers)
        return cls(
            number_language=lang.number_parser_language,
            scales=dict(lang.number_scales),
            vague_plurals=dict(lang.vague_plurals),
            vague_words=frozenset(lang.vague_plurals) | lang.vague_singulars,
            approx_prefixes=tuple(sorted(lang.approximate_prefixes, key=len, reverse=True)),
            lower_prefixes=sorted(lang.lower_bound_prefixes.items(), key=lambda kv: -len(kv[0])),
            upper_prefixes=sorted(lang.upper_bound_prefixes.items(), key=lambda kv: -len(kv[0])),
            exact_prefixes=tuple(lang.exact_prefixes),
            # words that may open a number phrase, longest first ("more than 100")
            prefix_words=sorted((p.split() for p in openers), key=len, reverse=True),
            ordinal=re.compile(lang.ordinal_re, re.I),
            unit_nouns=lang.unit_nouns,
            non_person_nouns=lang.non_person_nouns,
            security_nouns=lang.security_nouns,
            quantity_determiners=frozenset(lang.quantity_determiners),
            participant_nouns=lang.participant_nouns,
            troop_nouns=lang.troop_nouns,
            noun_kind=dict(lang.noun_kinds),
            patient_verbs=dict(lang.patient_verbs),
            subject_verbs=dict(lang.subject_verbs),
            of_nouns=dict(lang.of_nouns),
            life_verbs=lang.life_verbs,
            label_nouns=lang.label_nouns,
            quantity_preps=lang.quantity_prepositions,
            toll_verbs=lang.toll_verbs,
            modifier_kind=dict(lang.modifier_kinds),
            troop_forms=lang.troop_forms,
            partitive_words=lang.partitive_words,
            age_words=lang.age_words,
            percent_words=lang.percent_words,
            hyphen_units=lang.hyphen_unit_nouns,
            strength_words=lang.strength_words,
            approx_suffixes=tuple(" " + t for t in lang.approximate_suffixes),
            open_suffixes=tuple(" " + t for t in lang.open_ended_suffixes) + ("+",),
            person_nouns=lang.person_nouns,
            one_person_determiners=frozenset(lang.one_person_determiners),
            aggregate_cues=re.compile(r"\b(" + "|".join(re.escape(c) for c in lang.aggregate_cues) + r")\b", re.I),
            since_start=since_start_pattern(lang),
            since_year=since_year_pattern(lang, month_alone=True),
            accumulate_verbs=lang.accumulate_verbs,
            joining_verbs=lang.joining_verbs,
            running_total_nouns=lang.running_total_nouns,
            counter_verbs=lang.counter_figure_verbs,
            counter_nouns=dict(lang.counter_figure_nouns),
            counter_preps=lang.counter_figure_prepositions,
            counter_content_preps=lang.counter_content_prepositions,
            total_kinds={**lang.of_nouns, **lang.modifier_kinds},
            total_nouns=lang.total_nouns,
            range_preps=lang.count_range_prepositions,
            rise_verbs=lang.total_rise_verbs,
            act_nouns=lang.claimed_act_nouns,
            tally_cues=lang.tally_cues,
            strike_nouns=frozenset(lang.strike_nouns),
            scene_preps=lang.toll_scene_prepositions,
            definite_articles=lang.definite_articles,
            result_nouns=dict(lang.result_nouns),
        )


def _words(lang: LanguageProfile) -> _CountWords:
    return lang.derived("counts", _CountWords.build)

def _core_number(text: str, w: _CountWords) -> Quantity | None:
    """Read a number without hedges: digits, words, vague plurals."""
    s = text.strip()
    if not s:
        return None
    # digits with thousands separators: comma, space (also no-break) or dot ("1,500,000",
    # "1 500 000", "1.500.000"); one dot and three digits without a scale word is a separator
    # too ("1.500 people": a decimal number of people is no count)
    m = re.fullmatch(r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+)", s)
    if m:
        return Quantity(best=int(re.sub(r"\D", "", s)))
    # digits, possibly with a decimal part and a scale word: "2,030", "1.5 million"
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*-?\s*([a-z]+)?", s)
    if m:
        whole = m.group(1).replace(",", "")
        value = float(whole + ("." + m.group(2) if m.group(2) else ""))
        scale = 1
        if m.group(3):
            if m.group(3) not in w.scales:
                return None
            scale = w.scales[m.group(3)]
        if m.group(2) and scale == 1:
            return None  # "1.5" people is not a count
        return Quantity(best=round(value * scale))
    # "hundreds of thousands", "tens of thousands"
    m = re.fullmatch(r"(tens|hundreds|dozens|scores)\s+of\s+(thousands|millions|billions)", s)
    if m:
        unit = w.scales[m.group(2)[:-1]]
        return Quantity(low=w.vague_plurals[m.group(1)] * unit, approximate=True,
                        unit=w.vague_plurals[m.group(1)] // 2 * unit)
    if s in w.vague_plurals:  # the profile's figure is two of the unit ("dozens": 24)
        return Quantity(low=w.vague_plurals[s], approximate=True, unit=w.vague_plurals[s] // 2)
    # "a few hundred", "several thousand", "a handful"
    m = re.fullmatch(r"(a few|few|several|a handful of|a couple of)(?:\s+(dozen|hundred|thousand|million))?", s)
    if m:
        unit = w.scales[m.group(2)] if m.group(2) else 1
        lo = 3 if m.group(1) == "several" else 2
        hi = 2 if m.group(1) == "a couple of" else 9
        return Quantity(low=lo * unit, high=hi * unit, approximate=True)
    if s in ("a dozen", "dozen"):
        return Quantity(best=12, approximate=True)
    words = re.sub(r"^(?:a|an)\s+", "", s)  # "a thousand" -> "thousand"
    words = re.sub(r"\s*-\s*", "-", words)  # "twenty - three" (spaCy tokens) -> "twenty-three"
    try:
        value = text2num(words, w.number_language)
    except ValueError:
        # a number word and a scale the number parser does not read: "two dozen", "three score"
        m = re.fullmatch(r"(.+)\s+([a-z]+)", words)
        if not m or m.group(2) not in w.scales:
            return None
        head = _core_number(m.group(1), w)
        if head is None or head.best is None:
            return None
        return Quantity(best=head.best * w.scales[m.group(2)], approximate=True)
    if value <= 0:
        return None
    return Quantity(best=int(value))


def parse_quantity(text: str, *, lang: LanguageProfile) -> Quantity | None:
    """Read a number phrase into low / best / high bounds.

    Parameters
    ----------
    text : str
        The number words only ("about 225", "a few hundred", "2,030",
        "between 10 and 20", "up to 20,000"); no counted noun.
    lang : LanguageProfile
        The number words, scales, vague plurals and hedges of the language.

    Returns
    -------
    Quantity | None
        ``None`` when the phrase is not a whole-number quantity (ordinals,
        fractions, percentages, free text). Conventions for vague phrases are
        in the module docstring (team convention of the fault cases file).
    """
    return _parse_quantity(text, _words(lang))


def _parse_quantity(text: str, w: _CountWords) -> Quantity | None:
    s = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-").replace("—", "-"))
    s = s.strip(" .,;:()")
    if not s or "%" in s or "$" in s:
        return None
    suffix_approx = False
    for tail in (*w.approx_suffixes, *w.open_suffixes):
        if s.endswith(tail):
            s = s[: -len(tail)].strip()
            suffix_approx = tail
            break
    approx = bool(suffix_approx)

    # Ranges: "between 10 and 20", "10-20", "10 to 20", "two or three".
    m = re.fullmatch(r"(?:between|from)?\s*(.+?)\s*(?:\band\b|\bto\b|-|\bor\b)\s*(.+)", s)
    if m and (s.startswith(("between", "from")) or not re.search(r"[a-z]-[a-z]", s)):
        a, b = _core_number(m.group(1), w), _core_number(m.group(2), w)
        if a and b and a.best is not None and b.best is not None and a.best < b.best:
            return Quantity(low=a.best, high=b.best, approximate=True)

    for prefix, add in w.lower_prefixes:
        if s.startswith(prefix + " "):
            q = _core_number(s[len(prefix) + 1 :], w)
            if q is None:
                return None
            n = q.best if q.best is not None else q.low
            return Quantity(low=n + add if n is not None else None, approximate=True)
    for prefix, sub in w.upper_prefixes:
        if s.startswith(prefix + " "):
            q = _core_number(s[len(prefix) + 1 :], w)
            if q is None or q.best is None:
                return None
            return Quantity(high=q.best - sub, approximate=True)
    for prefix in w.approx_prefixes:
        if s.startswith(prefix + " ") or (prefix == "~" and s.startswith("~")):
            q = _core_number(s[len(prefix) :].strip(), w)
            if q is None:
                return None
            high = q.best if prefix in ("almost", "nearly", "just under") else q.high
            return Quantity(low=q.low, best=q.best, high=high, approximate=True, unit=q.unit)
    for prefix in w.exact_prefixes:
        if s.startswith(prefix + " "):
            s = s[len(prefix) + 1 :]
            break
    q = _core_number(s, w)
    if q is None:
        return None
    if suffix_approx in w.open_suffixes and q.best is not None:
        return Quantity(low=q.best, approximate=True)
    if approx:
        return Quantity(low=q.low, best=q.best, high=q.high, approximate=True, unit=q.unit)
    return q
