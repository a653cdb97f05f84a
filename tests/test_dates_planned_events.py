"""A weekday after a planned event that is called for, proposed or offered is that event's, read forward (issue 16).

"The union called for a strike on Thursday": Thursday is the strike's day, which
lies ahead; it is neither the call's date nor the last Thursday before
publication (issue 16 item 2: weekday direction by what governs the date;
``events.date_context.date_direction``). The call itself, a past act, is left
bound by publication. A date before the object ("called on Thursday for a
strike") or after an object that is no event set for a day ("called for calm on
Thursday") stays the call's own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-06"  # a Wednesday
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    from dotterel.ingest import make_document

    return next(iter(coder.code_documents([make_document(text, published=PUB)])))


@pytest.mark.parametrize("text,day,ahead", [
    ("The union called for a strike on Thursday.", "Thursday", "2024-03-07"),
    ("The union called a national strike for Friday.", "Friday", "2024-03-08"),
    ("Teachers called for a general strike on Monday against the new tax law.", "Monday", "2024-03-11"),
    ("The government proposed talks on Tuesday with the rebels.", "Tuesday", "2024-03-12"),
    ("The opposition announced a rally on Saturday in the capital.", "Saturday", "2024-03-09"),
])
def test_the_day_of_a_planned_event_is_ahead(coder, text, day, ahead):
    coded = _coded(coder, text)
    assert [d.value for d in coded.dates if d.span.text == day] == [ahead]
    for ev in coded.events:  # the call, proposal or announcement is not dated to the planned event's day
        assert ev.date.value is None and ev.date.latest == PUB, (ev.event_type, ev.date)


@pytest.mark.parametrize("text,trigger,day", [
    ("The union called on Thursday for a strike.", "called", "2024-02-29"),
    ("The UN called for calm on Thursday.", "called", "2024-02-29"),
    ("Protesters marched on Tuesday and called for the minister to resign.", "called", "2024-03-05"),
    ("Police arrested 40 strike leaders on Monday.", "arrested", "2024-03-04"),
    ("The two sides agreed a truce on Sunday.", "agreed", "2024-03-03"),
    ("Rebels threatened a strike on Monday.", "threatened", "2024-03-04"),
    # 'set' plans a day only for a planned event: fire is an act done that day
    ("Protesters set fire to a car on Sunday in Nairobi.", "set", "2024-03-03"),
    ("Youths set fire to tyres in Lagos on Monday.", "set", "2024-03-04"),
    # a ceasefire begins and lasts, and an urging sets no day: the weekday is the call's, the urging's
    ("The UN called for a ceasefire on Sunday after shelling killed 20 civilians in Gaza.", "called", "2024-03-03"),
    ("The president urged a ceasefire on Sunday as fighting raged in Khartoum.", "urged", "2024-03-03"),
    ("Opposition leaders urged a boycott on Friday in Harare.", "urged", "2024-03-01"),
])
def test_a_weekday_of_the_act_itself_stays_behind(coder, text, trigger, day):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    assert ev.date.value == day


@pytest.mark.parametrize("text,call,other,day", [
    # the call's own weekday is the strike's (ahead); the next clause's weekday is the arrests', not the call's
    ("The union called for a strike on Friday; on Saturday police arrested its leaders.", "called", "arrested",
     "2024-03-02"),
    ("Teachers called a march for Friday, and on Saturday police detained 30 of them in Lusaka.", "called",
     "detained", "2024-03-02"),
])
def test_a_call_takes_no_weekday_of_another_clause(coder, text, call, other, day):
    events = _coded(coder, text).events
    [ev] = [e for e in events if e.trigger.text == call]
    assert ev.date.value is None
    assert [e.date.value for e in events if e.trigger.text == other] == [day]
