"""Tests for dotterel.counts (number phrases and counts of people).

Sentences follow the seed article and the team fault cases
(shared/cases/cases.jsonl); they are inlined so the tests run without ../shared.
"""

from __future__ import annotations

import pytest

from dotterel.counts import Quantity, extract_counts, parse_quantity
from dotterel.lang import LanguageProfile
from dotterel.records import Span

EN = LanguageProfile.load("en")

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp(coder):
    """The session coder's spaCy pipeline (the one counts are read from when coding): no second model load."""
    return coder.nlp


def counts_of(nlp, text):
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        out.extend(extract_counts(sent, to_span=lambda s, e: Span(start=s, end=e, text=doc.text[s:e]), lang=EN))
    for c in out:
        assert text[c.span.start : c.span.end] == c.span.text
    return out


def summary(counts):
    return [(c.kind, c.low, c.best, c.high, c.approximate, c.subgroup, c.span.text) for c in counts]


# --- parse_quantity ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("about 225", Quantity(best=225, approximate=True)),
        ("19", Quantity(best=19)),
        ("2,030", Quantity(best=2030)),
        ("twenty-three", Quantity(best=23)),
        ("twenty - three", Quantity(best=23)),  # as spaCy tokens join
        ("nine", Quantity(best=9)),
        ("a few hundred", Quantity(low=200, high=900, approximate=True)),
        ("hundreds", Quantity(low=200, approximate=True, unit=100)),
        ("dozens", Quantity(low=24, approximate=True, unit=12)),
        ("several thousand", Quantity(low=3000, high=9000, approximate=True)),
        ("thousands", Quantity(low=2000, approximate=True, unit=1000)),
        ("up to 20,000", Quantity(high=20000, approximate=True)),
        ("more than 100", Quantity(low=100, approximate=True)),  # the figure as written (ACLED)
        ("at least 30", Quantity(low=30, approximate=True)),
        ("between 10 and 20", Quantity(low=10, high=20, approximate=True)),
        ("10-20", Quantity(low=10, high=20, approximate=True)),
        ("a thousand", Quantity(best=1000)),
        ("millions", Quantity(low=2_000_000, approximate=True, unit=1_000_000)),
        ("tens of thousands", Quantity(low=20_000, approximate=True, unit=10_000)),
        ("1.5 million", Quantity(best=1_500_000)),
        ("nearly 100", Quantity(best=100, high=100, approximate=True)),
        ("fewer than 50", Quantity(high=50, approximate=True)),
        ("some 300", Quantity(best=300, approximate=True)),
        ("just 162", Quantity(best=162)),
    ],
)
def test_parse_quantity(text, expected):
    assert parse_quantity(text, lang=EN) == expected


@pytest.mark.parametrize("text", ["first", "50%", "$500", "half", "people", "", "1.5"])
def test_parse_quantity_rejects(text):
    assert parse_quantity(text, lang=EN) is None


# --- extract_counts ---------------------------------------------------------


def test_toll_with_subgroup_not_added(nlp):
    text = "Violent clashes claimed the lives of about 225 people, including 19 police or army personnel."
    got = summary(counts_of(nlp, text))
    assert got == [
        ("killed", None, 225, None, True, None, "about 225"),
        ("killed", None, 19, None, False, "security_forces", "19"),
    ]
    assert all(c[2] != 244 for c in got)


def test_of_them_subgroup(nlp):
    text = "The violent clashes left about 225 people dead, 19 of them police officers or soldiers."
    assert summary(counts_of(nlp, text)) == [
        ("killed", None, 225, None, True, None, "about 225"),
        ("killed", None, 19, None, False, "security_forces", "19"),
    ]


def test_demonstrators_not_distance(nlp):
    text = ("On 1 January this year a few hundred people demonstrated in the city of Zhanaozen, "
            "which lies a thousand miles southwest of Nur Sultan")
    assert summary(counts_of(nlp, text)) == [("participants", 200, None, 900, True, None, "a few hundred")]


def test_strong_force(nlp):
    assert summary(counts_of(nlp, "the 2,030-strong CSTO force left Kazakhstan.")) == [
        ("troops", None, 2030, None, False, None, "2,030")
    ]


def test_vague_counts(nlp):
    text = ("Dozens of people were detained and hundreds injured when security forces broke up "
            "a student march in Dhaka on Friday.")
    assert summary(counts_of(nlp, text)) == [
        ("arrested", 24, None, None, True, None, "Dozens"),
        ("injured", 200, None, None, True, None, "hundreds"),
    ]


def test_spelled_out_died(nlp):
    assert summary(counts_of(nlp, "Hospital officials said twenty-three people had died.")) == [
        ("killed", None, 23, None, False, None, "twenty-three")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police detained 27 people overnight", ("arrested", 27, None)),
        ("Gunmen abducted 40 pupils from a boarding school", ("abducted", 40, None)),
        ("adding that 14 officers were injured", ("injured", 14, "security_forces")),
        ("Three of the policemen killed were beheaded", ("killed", 3, "security_forces")),
        ("about 20,000 terrorists were involved in the violence", ("participants", 20000, None)),
        ("Thousands rallied in Colombo on Sunday against power cuts and tax rises.", ("participants", None, None)),
    ],
)
def test_single_counts(nlp, text, expected):
    got = counts_of(nlp, text)
    assert len(got) == 1
    c = got[0]
    assert (c.kind, c.best, c.subgroup) == expected


def test_armed_group_size_is_participants_and_approximate(nlp):
    (c,) = counts_of(nlp, "about 20,000 terrorists were involved in the violence")
    assert c.approximate is True and c.span.text == "about 20,000"


def test_two_arrest_counts_and_no_dates(nlp):
    text = "Police detained 12 activists who defied the ban on 03/06/2020 and nine more on 15/06/2020."
    assert summary(counts_of(nlp, text)) == [
        ("arrested", None, 12, None, False, None, "12"),
        ("arrested", None, 9, None, False, None, "nine"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "with just 162 individuals owning 50% of the country's wealth",
        "average monthly salaries of about $500",
        "Kazakhstan's parliament meets in a building that was completed in 2004.",
        "A 25-year-old protester was shot in the leg, aged 25.",
        "The march lasted 3 hours and covered 12 kilometres.",
        "Opposition groups held 3 rallies in the capital.",
    ],
)
def test_no_counts(nlp, text):
    assert counts_of(nlp, text) == []


def test_crowd_of_and_bounds(nlp):
    got = summary(counts_of(nlp, "Police did not open fire on the crowd of several thousand protesters in Tbilisi."))
    assert got == [("participants", 3000, None, 9000, True, None, "several thousand")]
    got = summary(counts_of(nlp, "At least 30 people were killed and more than 100 wounded."))
    assert got == [
        ("killed", 30, None, None, True, None, "At least 30"),
        ("injured", 100, None, None, True, None, "more than 100"),
    ]


def test_agent_is_not_counted_as_arrested(nlp):
    got = summary(counts_of(nlp, "500 police officers arrested 30 protesters"))
    assert got == [("arrested", None, 30, None, False, None, "30")]


def test_offsets_in_longer_text(nlp):
    text = "Intro sentence here. Gunmen abducted 40 pupils from a boarding school."
    (c,) = counts_of(nlp, text)
    assert (c.span.start, c.span.end, c.span.text) == (37, 39, "40")


# --- robustness -------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import examples  # noqa: E402


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(min_value=1, max_value=10**9))
def test_parse_quantity_digits_round_trip(n):
    assert parse_quantity(str(n), lang=EN) == Quantity(best=n)
    assert parse_quantity(f"{n:,}", lang=EN) == Quantity(best=n)


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=30))
def test_parse_quantity_never_raises(text):
    q = parse_quantity(text, lang=EN)
    assert q is None or isinstance(q, Quantity)


def test_quantifier_read_as_preposition(nlp):
    text = "During the unrest, 227 people were killed and over 9,900 were arrested, according to officials."
    got = {c.kind: c for c in counts_of(nlp, text)}
    assert got["killed"].best == 227
    assert got["arrested"].low == 9900 and got["arrested"].best is None


def test_more_with_its_own_verb(nlp):
    text = "Hundreds of unarmed civilians were injured, hundreds more were arrested."
    assert [(c.kind, c.low) for c in counts_of(nlp, text)] == [("injured", 200), ("arrested", 200)]


def test_labels_are_not_counts(nlp):
    assert [(c.kind, c.best) for c in counts_of(nlp, "Casualties (side 1): 238 killed")] == [("killed", 238)]
    assert counts_of(nlp, "Protesters gathered at gate 3 of Article 19 headquarters.") == []


# --- number forms an analyst meets (issue 16, item 4) ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1 500 000", Quantity(best=1_500_000)),
        ("1.500.000", Quantity(best=1_500_000)),
        ("1,500,000", Quantity(best=1_500_000)),
        ("2.400", Quantity(best=2400)),  # one dot and three digits: a separator, not a decimal
        ("two dozen", Quantity(best=24, approximate=True)),
        ("more than two dozen", Quantity(low=24, approximate=True)),
        ("a total of 31", Quantity(best=31)),
    ],
)
def test_parse_quantity_separators_and_scales(text, expected):
    assert parse_quantity(text, lang=EN) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Monday night a total of 42 people had been injured in the unrest.", ("injured", None, 42, None)),
        ("The riot left more than two dozen people injured.", ("injured", 24, None, None)),
        ("Gunmen shot dead four villagers near the market.", ("killed", None, 4, None)),
        ("Two farmers were beaten to death by a mob.", ("killed", None, 2, None)),
        ("Between 15 and 40 people were arrested after the match.", ("arrested", 15, None, 40)),
        ("Police rounded up 1704 people on the second night.", ("arrested", None, 1704, None)),
        ("Some 2 300 people marched to the ministry.", ("participants", None, 2300, None)),
    ],
)
def test_every_number_form_is_a_count(nlp, text, expected):
    (c,) = counts_of(nlp, text)
    assert (c.kind, c.low, c.best, c.high) == expected


def test_a_year_stays_a_year(nlp):
    assert counts_of(nlp, "In 1989 students occupied the square.") == []
    assert counts_of(nlp, "The 2019 protesters were pardoned.") == []


@pytest.mark.parametrize(
    "convention, dozens, hundreds, thousands",
    [("acled", 12, 100, 1000), ("countlove", 20, 100, None), ("ccc", None, 200, 2000)],
)
def test_vague_quantities_keep_the_words_and_name_the_convention(nlp, convention, dozens, hundreds, thousands):
    doc = nlp("Dozens of people were detained, hundreds were injured and thousands of people marched.")
    found = [c for s in doc.sents for c in extract_counts(
        s, to_span=lambda a, b: Span(start=a, end=b, text=doc.text[a:b]), lang=EN, convention=convention)]
    got = {c.kind: (c.vague, c.convention, c.estimate, c.low, c.best) for c in found}
    assert got["arrested"] == ("Dozens", convention, dozens, 24, None)  # literal bounds do not move
    assert got["injured"] == ("hundreds", convention, hundreds, 200, None)
    assert got["participants"] == ("thousands", convention, thousands, 2000, None)


def test_an_exact_figure_has_no_convention(nlp):
    (c,) = counts_of(nlp, "Police detained 57 people.")
    assert (c.vague, c.convention, c.estimate) == (None, None, None)


def test_a_nationwide_or_period_figure_is_marked_aggregate(nlp):
    (c,) = counts_of(nlp, "Security forces killed 80 people across the country during the unrest.")
    assert c.aggregate == "across the country"
    (c,) = counts_of(nlp, "Security forces killed 8 people in the market on Tuesday.")
    assert c.aggregate is None
