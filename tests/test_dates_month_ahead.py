"""A month read forward in the month of publication is this one (issue 16: when, read right).

"Opposition parties plan to hold a rally at the end of November" in a report
of 4 November: the month is under way, so read forward it is this November,
from publication to its end, not the next one a year later
(``DateResolver._this_month``; TimeML: an underspecified month is the one the
document's time and tense point to). A month the text places ("November
2026", "next November") and a part of the month already over ("early
November" on 20 November) are left as read.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.dates import DateResolver
from dotterel.ingest import make_document
from dotterel.lang import LanguageProfile

EN = LanguageProfile.load("en")


def _ahead(phrase, published):
    return DateResolver(published, lang=EN).resolve(phrase, prefer="future")


@pytest.mark.parametrize("phrase,published,value,earliest,latest", [
    ("November", dt.date(2025, 11, 4), "2025-11", "2025-11-04", "2025-11-30"),
    ("in November", dt.date(2025, 11, 4), "2025-11", "2025-11-04", "2025-11-30"),
    ("the end of November", dt.date(2025, 11, 4), "2025-11", "2025-11-21", "2025-11-30"),
    ("mid-November", dt.date(2025, 11, 4), "2025-11", "2025-11-11", "2025-11-20"),
    ("late November", dt.date(2025, 11, 20), "2025-11", "2025-11-21", "2025-11-30"),
    ("February", dt.date(2024, 2, 10), "2024-02", "2024-02-10", "2024-02-29"),
])
def test_the_month_of_publication_read_forward_is_this_one(phrase, published, value, earliest, latest):
    got = _ahead(phrase, published)
    assert (got.value, got.earliest, got.latest, got.time_precision) == (value, earliest, latest, "month")
    assert "month of publication" in got.reason


@pytest.mark.parametrize("phrase,published,value", [
    ("November 2026", dt.date(2025, 11, 4), "2026-11"),
    ("next November", dt.date(2025, 11, 4), "2026-11"),
    ("early November", dt.date(2025, 11, 20), "2026-11"),
    ("January", dt.date(2025, 11, 4), "2026-01"),
])
def test_a_month_the_text_places_or_already_over_is_kept(phrase, published, value):
    assert _ahead(phrase, published).value == value


def test_the_past_reading_is_unchanged():
    got = DateResolver(dt.date(2025, 11, 4), lang=EN).resolve("November", prefer="past")
    assert (got.value, got.latest) == ("2025-11", "2025-11-04")


def test_a_planned_rally_this_month_in_the_documents_dates(coder):
    text = "Opposition parties plan to hold a mass rally in Abuja at the end of November."
    [coded] = coder.code_documents([make_document(text, published="2025-11-04", doc_id="abuja")])
    [date] = [d for d in coded.dates if d.span is not None and "November" in d.span.text]
    assert (date.value, date.earliest, date.latest) == ("2025-11", "2025-11-21", "2025-11-30")
