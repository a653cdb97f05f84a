"""Dates of events read in their context (issue 16): counts are not years."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text", [
    "Police detained 1503 people during the protests in Minsk.",
    "Security forces arrested 2019 protesters in Hong Kong.",
    # a count that opens the sentence, with no verb before it
    "1503 people were detained in Minsk.",
    "1712 students were arrested across the country.",
    # a preposition that approximates the count is no preposition of time
    "Over 2000 protesters were arrested in Minsk.",
    "Over 1900 students were detained in Tehran.",
])
def test_a_count_is_not_read_as_a_year(coder, text):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "COERCE"]
    assert ev.date.time_precision != "year" and not (ev.date.value or "").startswith(("15", "20"))
    assert ev.attribution.certainty != "historical"


@pytest.mark.parametrize("text,year", [
    ("In 2014 protesters stormed the presidential palace in Kyiv.", "2014"),
    ("The 2019 protests in Hong Kong drew millions.", "2019"),
    ("In 2019 protesters were arrested in Hong Kong.", "2019"),
    ("In 1989 students were arrested in Beijing.", "1989"),
])
def test_a_year_before_a_noun_stays_a_year(coder, text, year):
    from dotterel.ingest import make_document

    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert [d.value for d in coded.dates] == [year]
    assert all(e.date.value == year for e in coded.events)
    # the year after a preposition is no count of the people it stands before
    assert all(c.best != int(year) for e in coded.events for c in e.counts)


def test_a_count_that_opens_the_sentence_leaves_the_day_to_date_the_event(coder):
    [ev] = coder.code("1503 people were detained in Minsk on Sunday.", published="2024-05-01")
    assert (ev.date.value, ev.date.time_precision, ev.attribution.certainty) == ("2024-04-28", "day", "asserted")
    assert [(c.kind, c.best) for c in ev.counts] == [("arrested", 1503)]


def test_an_approximated_count_is_counted_and_leaves_the_day_to_date_the_event(coder):
    # "Over" modifies the number ("Over 2000"), unlike the "In" of "In 2019 protesters were arrested"
    [ev] = coder.code("Over 2000 protesters were arrested in Minsk on Sunday.", published="2024-05-01")
    assert (ev.date.value, ev.date.time_precision, ev.attribution.certainty) == ("2024-04-28", "day", "asserted")
    assert [(c.kind, c.low, c.approximate) for c in ev.counts] == [("arrested", 2000, True)]


def _coded(coder, text, published):
    from dotterel.ingest import make_document

    return next(iter(coder.code_documents([make_document(text, published=published)])))


def test_dates_of_the_event_not_of_the_report(coder):
    text = ("Border guards detained 14 smugglers near Termez on Monday, the customs service said on Thursday. "
            "Police are detaining dozens of students in Dhaka, a rights group said on Wednesday.")
    coded = _coded(coder, text, "2024-05-03")  # a Friday
    by_trigger = {e.trigger.text: e for e in coded.events}
    assert by_trigger["detained"].date.value == "2024-04-29"
    assert by_trigger["detaining"].date.value == "2024-05-01"  # a present state holds on the day it is told


def test_tense_reads_weekdays_forward_and_numbers_near_places_are_no_days(coder):
    text = ("The opposition offered to hold talks with the government on Thursday. "
            "Forty people have been killed since Saturday - 28 in Tahrir Square.")
    coded = _coded(coder, text, "2024-05-01")  # a Wednesday
    values = {d.span.text: d for d in coded.dates}
    assert values["Thursday"].value == "2024-05-02"
    assert "28" not in values
    killed = [e for e in coded.events if e.trigger.text == "killed"]
    assert all(e.date.latest <= "2024-05-01" for e in killed)


def test_the_articles_timeline_dates_its_undated_events(coder):
    text = ("On 3 March hundreds of miners marched through Karaganda against wage cuts.\n\n"
            "Police later detained the strike leaders. The governor condemned the strike on 9 March.")
    coded = _coded(coder, text, "2023-03-20")
    detained = [e for e in coded.events if e.trigger.text == "detained"]
    assert detained and detained[0].date.value == "2023-03" and detained[0].date.source == "context"


def test_a_clause_with_its_own_subject_keeps_no_date_of_the_other(coder):
    text = "Ankara expelled two diplomats on Tuesday, and Dutch lawmakers passed a motion condemning the raids."
    coded = _coded(coder, text, "2023-09-14")
    passed = [e for e in coded.events if e.trigger.text == "passed"]
    assert passed and passed[0].date.value is None and passed[0].date.latest == "2023-09-14"


def test_vague_dates_are_shown_vague():
    from dotterel.records import EventDate
    from dotterel.server.highlight import date_label
    from dotterel.wording import date_notation

    month = EventDate(value="2022-01", earliest="2022-01-01", latest="2022-01-31", time_precision="month",
                      source="context")
    bound = EventDate(latest="2022-02-01", time_precision="range", source="publication")
    assert date_notation(month) == date_label(month) == "2022-01 (month)"
    year = EventDate(value="2021", earliest="2021-01-01", latest="2021-12-31", time_precision="year", source="text")
    assert date_label(year) == "2021 (year)"
    day = EventDate(value="2022-01-05", earliest="2022-01-05", latest="2022-01-05", time_precision="day")
    assert date_label(day) == "2022-01-05"
    assert date_notation(bound) == "<=2022-02-01" and date_label(bound) == "on or before 2022-02-01"


def test_a_dated_block_quote_is_read_within_the_storys_month(coder):
    # a blog quoted as a block and signed with its date tells of the story's own month: on or after the
    # month's first day and on or before the quote's date, not only "on or before" it
    text = ("Protests broke out in Almaty on 2 March 2023 and spread to Shymkent on 4 March 2023.\n\n"
            "This is how a local blogger described the situation:\n\n"
            "The crowds which attacked police stations and set cars on fire seemed well organised. (9 March 2023)\n\n"
            "The government has not answered.")
    coded = _coded(coder, text, "2023-04-10")
    [attack] = [e for e in coded.events if e.trigger.text == "attacked"]
    d = attack.date
    assert (d.earliest, d.latest, d.time_precision, d.value) == ("2023-03-01", "2023-03-09", "range", None)
    assert d.reason.startswith("on or before the date of the quoted text '9 March 2023', on or after 2023-03-01")


def test_a_quote_bound_meets_the_context_date_on_three_sides():
    from dotterel.events.dating import within_context
    from dotterel.records import EventDate

    bound = EventDate(value=None, latest="2022-01-08", time_precision="range", source="text", reason="quote")
    month = EventDate(value="2022-01", earliest="2022-01-01", latest="2022-01-31", time_precision="month",
                      source="context", reason="story month")
    inside = within_context(bound, month)
    assert (inside.earliest, inside.latest, inside.time_precision, inside.source) == (
        "2022-01-01", "2022-01-08", "range", "text")
    later = bound.model_copy(update={"latest": "2022-02-03"})
    assert within_context(later, month) == month  # the quote is dated after the month: the month alone holds
    earlier = bound.model_copy(update={"latest": "2021-12-20"})
    assert within_context(earlier, month) == earlier  # it tells of earlier events
    published = EventDate(value=None, latest="2022-02-01", time_precision="range", source="publication", reason="pub")
    assert within_context(bound, published) == bound  # no lower end to meet
