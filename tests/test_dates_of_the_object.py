"""A date inside the object's phrase is that noun's, not the event's (issue 16: the date of the event, not of another).

"Police arrested the organisers of the 12 June protest" was dated 12 June,
"Thousands marched on the anniversary of the 2011 uprising" 2011: the date
stands before a noun deep in the object's phrase (after "of") and names it.
"Soldiers attacked the camp set up in 2019" and "raided the offices of a
newspaper founded in 1998": the date is in a participle clause on a noun.
Such an event keeps its own date when the sentence gives one, else the
publication bound with a reason naming the date it did not take. A date that
frames the event ("during the 2020 election", "In 2014 protesters stormed")
still dates it, and an event noun takes its own date ("the 12 June protest").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2026-06-17"  # a Wednesday
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _dates(coder, text):
    return {e.trigger.text: e.date for e in coder.code(text, published=PUB)}


@pytest.mark.parametrize("text,trigger,words,noun", [
    ("Police arrested the organisers of the 12 June protest.", "arrested", "12 June", "the noun 'protest'"),
    ("Thousands marched on the anniversary of the 2011 uprising.", "marched", "2011", "the noun 'uprising'"),
    ("Soldiers attacked the camp set up in 2019.", "attacked", "2019", "the clause 'set' on 'camp'"),
    ("Police raided the offices of a newspaper founded in 1998.", "raided", "1998",
     "the clause 'founded' on 'newspaper'"),
])
def test_the_objects_date_is_not_the_events(coder, text, trigger, words, noun):
    date = _dates(coder, text)[trigger]
    assert (date.value, date.source, date.latest) == (None, "publication", PUB)
    assert date.reason.startswith(f"'{words}' dates {noun}, not this event")


@pytest.mark.parametrize("text,trigger,value", [
    ("Police arrested the organisers of the 12 June protest on Tuesday.", "arrested", "2026-06-16"),
    ("Thousands protested in Almaty during the 2019 presidential election.", "protested", "2019"),
    ("In 2014 protesters stormed the presidential palace in Kyiv.", "stormed", "2014"),
    ("Soldiers attacked the camp in 2019.", "attacked", "2019"),
    ("Police dispersed the 12 June protest in Minsk.", "protest", "2026-06-12"),  # the event noun's own date
])
def test_a_date_that_is_the_events_still_dates_it(coder, text, trigger, value):
    assert _dates(coder, text)[trigger].value == value


# reviewer rev12f: the participle clause has a phrase of its own, and the model hangs the year on the main verb
@pytest.mark.parametrize("text,trigger,words,noun", [
    ("Soldiers attacked a camp set up near Goma in 2019.", "attacked", "2019", "the clause 'set' on 'camp'"),
    ("Rebels attacked a base built near the border in 2015.", "attacked", "2015", "the clause 'built' on 'base'"),
    ("Police raided a school opened in Kano in May.", "raided", "May", "the clause 'opened' on 'school'"),
])
def test_a_year_after_a_participle_clause_with_its_own_phrase_is_the_clauses(coder, text, trigger, words, noun):
    date = _dates(coder, text)[trigger]
    assert (date.value, date.source, date.latest) == (None, "publication", PUB)
    assert date.reason.startswith(f"'{words}' dates {noun}, not this event")


@pytest.mark.parametrize("text,trigger,value", [
    ("Soldiers attacked a camp set up near Goma on Tuesday.", "attacked", "2026-06-16"),  # a day stays the event's
    ("Soldiers attacked the camp near Goma in 2019.", "attacked", "2019"),  # no participle clause
    ("Police arrested a man suspected of theft in Kano in May.", "arrested", "2026-05"),  # a label, no act
    # "aged" labels the object's age and tells no act: the day closing the sentence is the event's
    ("Police detained protesters aged 18-25 in Minsk on Tuesday.", "detained", "2026-06-16"),
    ("Armed men abducted 20 pupils aged 10-14 in Kaduna on Monday.", "abducted", "2026-06-15"),
])
def test_a_day_or_a_label_after_the_object_still_dates_the_event(coder, text, trigger, value):
    assert _dates(coder, text)[trigger].value == value
