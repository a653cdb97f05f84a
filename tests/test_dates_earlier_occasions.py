"""A stretch from an occasion an earlier sentence of the paragraph dates (dates26).

"The massacre took place on 12 June. In the days following the massacre,
soldiers arrested dozens of men": the stretch is counted from the one massacre
the paragraph told and dated (the anaphoric "the", Quirk et al. 1985, 5.28;
TimeML: a timex anchored on an event), a range of days after it (ACLED
codebook 2023: a span of days is time precision 2), or the day a counted
stretch gives ("Two days after the election"). It was undated: "the text does
not date the occasion". The day is never taken from another occasion (an
election when the earlier sentence dates an attack), from two occasions the
noun may be, from an undated mention, or from another paragraph.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-06-20"

TEXTS = {
    "verb": "Soldiers massacred 40 villagers in Geneina on 12 June. "
            "In the days following the massacre, soldiers arrested dozens of men.",
    "noun_subject": "The massacre took place on 12 June. "
                    "In the days following the massacre, soldiers arrested dozens of men in Geneina.",
    "counted_election": "The election was held on 9 June. "
                        "Two days after the election, police arrested 12 opposition members in Harare.",
    "counted_attack": "Gunmen attacked a market in Maiduguri on 12 June. "
                      "Two days after the attack, soldiers arrested 30 men in the town.",
    "other_occasion": "Gunmen attacked a market in Maiduguri on 12 June. "
                      "Two days after the election, soldiers arrested 30 men in the town.",
    "two_massacres": "Soldiers massacred 40 villagers in Geneina on 12 June. A second massacre followed in Misterei. "
                     "In the days following the massacre, soldiers arrested dozens of men.",
    "undated_mention": "Soldiers massacred 40 villagers in Geneina. "
                       "In the days following the massacre, soldiers arrested dozens of men.",
    "indefinite": "Gunmen attacked a market in Maiduguri on 12 June. "
                  "Two days after an attack, soldiers arrested 30 men in the town.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key, value, earliest, latest, precision", [
    ("verb", None, "2024-06-13", "2024-06-20", "range"),
    ("noun_subject", None, "2024-06-13", "2024-06-20", "range"),
    ("counted_election", "2024-06-11", "2024-06-11", "2024-06-11", "day"),
    ("counted_attack", "2024-06-14", "2024-06-14", "2024-06-14", "day"),
])
def test_stretch_from_the_occasion_dated_earlier(coded, key, value, earliest, latest, precision):
    date = _date(coded, key, "arrested")
    assert (date.value, date.earliest, date.latest, date.time_precision) == (value, earliest, latest, precision)
    assert date.source == "context"
    assert "an earlier sentence of the paragraph dates" in date.reason


@pytest.mark.parametrize("key", ["other_occasion", "two_massacres", "undated_mention", "indefinite"])
def test_no_day_from_another_or_an_unsure_occasion(coded, key):
    date = _date(coded, key, "arrested")
    assert (date.value, date.earliest, date.latest, date.source) == (None, None, "2024-06-20", "publication")
