"""A day at the end of a sentence dates the acts the model hung it away from.

"Angry residents blocked roads and smashed the windows of a bank in Tripoli on Wednesday": the two verbs share
their subject and the closing day, which the small model hangs on the second. "Residents looted a warehouse
storing food aid in Jos on Saturday": it hangs the event's trailing adjuncts on the present participle that
describes the object. Both left the first act dated only "on or before publication". A past participle on
the object ("the camp set up in 2019") and a day of the first verb's own still keep their readings.
Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

PUBLISHED = "2024-10-05"  # a Saturday


def _date(coder, text, trigger):
    ev = next(e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger)
    return ev.date.value


@pytest.mark.parametrize("text, trigger, day", [
    ("Angry residents blocked roads and smashed the windows of a bank in Tripoli on Wednesday.", "blocked",
     "2024-10-02"),
    ("Protesters burned tyres and threw stones at police in Dakar on Friday.", "burned", "2024-10-04"),
    ("The president declared a state of emergency and imposed a curfew in Guayaquil on Friday.", "state",
     "2024-10-04"),
    ("Residents looted a warehouse storing food aid in Jos on Saturday.", "looted", "2024-10-05"),
    ("Security forces opened fire on protesters demanding jobs outside the governorate building in Nasiriyah "
     "on Thursday.", "opened", "2024-10-03"),
    ("Gunmen ambushed a bus carrying pilgrims near Jos on Tuesday.", "ambushed", "2024-10-01"),
])
def test_the_closing_day_is_the_acts(coder, text, trigger, day):
    assert _date(coder, text, trigger) == day


@pytest.mark.parametrize("text, trigger, not_day", [
    ("Protesters blocked roads on Tuesday and smashed windows in Tripoli on Wednesday.", "blocked", "2024-10-02"),
    ("Soldiers attacked the camp set up in 2019.", "attacked", "2019"),
])
def test_a_day_of_its_own_or_of_an_earlier_act_stays(coder, text, trigger, not_day):
    assert _date(coder, text, trigger) != not_day


@pytest.mark.parametrize("text, trigger", [
    # a verb that ends or follows the first act (sequel_verbs)
    ("Gunmen abducted 20 students and freed them in Kaduna on Sunday.", "abducted"),
    ("Rebels captured the town and withdrew from it on Wednesday.", "captured"),
    # a word of sequence (sequence_words)
    ("Soldiers detained the reporter and later beat him in Gao on Friday.", "detained"),
    ("Police arrested the activist and released him after two weeks in detention in Harare on Monday.", "arrested"),
    # a span of time between the acts
    ("Police arrested the activist, held him for three months and questioned him in Harare on Monday.", "arrested"),
])
def test_a_later_act_does_not_lend_its_day_to_the_first(coder, text, trigger):
    # the first act came before the closing day, on a day the sentence does not give
    assert _date(coder, text, trigger) is None
