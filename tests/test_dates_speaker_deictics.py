""""Yesterday" in reported words is the speaker's day before, not the publication's (issue 16).

A new user found "yesterday" inside a quoted blog dated from publication. A
deictic date in the content of a reporting verb is told from the speaker's
now (TimeML: indexical timexes are anchored on their speaker's time): with a
day for the statement ("told Reuters on Sunday", "said on Tuesday", "wrote on
Monday") it is moved to that day; with none, a spoken report is taken as told
on the report's day (wire practice, as before), while written words ("wrote",
"posted", "tweeted") give no day (``events.date_context.speaker_day``).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"  # a Friday


def _date(coder, text, trigger):
    return next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger).date


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ('"Soldiers burned our houses yesterday," a villager told Reuters on Sunday.', "burned", "2024-03-09"),
    ("Police said on Tuesday that gunmen had killed four people yesterday.", "killed", "2024-03-11"),
    ("The governor wrote on Telegram on Monday that drones hit a fuel depot yesterday.", "hit", "2024-03-10"),
])
def test_yesterday_is_the_day_before_the_statement(coder, text, trigger, value):
    date = _date(coder, text, trigger)
    assert (date.value, date.time_precision, date.source) == (value, "day", "text")
    assert "day of the statement" in date.reason


@pytest.mark.parametrize(("text", "trigger"), [
    ("In a post on Telegram, the governor wrote that drones hit a fuel depot yesterday.", "hit"),
    ("The activist tweeted that police had beaten students in Dhaka yesterday.", "beaten"),
])
def test_undated_written_words_give_no_day(coder, text, trigger):
    date = _date(coder, text, trigger)
    assert date.value is None and date.latest == PUB and date.time_precision != "day"
    assert "'yesterday'" in date.reason


@pytest.mark.parametrize(("text", "trigger"), [
    ("Protesters blocked the main road yesterday, police said.", "blocked"),
    ("Police arrested 20 protesters yesterday.", "arrested"),
])
def test_a_spoken_or_authors_yesterday_is_before_publication(coder, text, trigger):
    assert _date(coder, text, trigger).value == "2024-03-14"
