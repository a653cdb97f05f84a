"""Two coordinated days date an event as a range (issue 16, a new user's report).

"Protesters marched on Tuesday and Wednesday" was dated the Tuesday alone: the
parser makes "Wednesday" a ``conj`` of "Tuesday", two DATE entities, and the
first one won. The event runs over both days (or falls on one of them), so
its date is the range from the first to the second
(``events.dating._coordinated_days``). A pair that does not resolve to two
days a week apart at most keeps the first day, as before. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"  # a Friday


@pytest.mark.parametrize(("text", "trigger", "earliest", "latest"), [
    ("Protesters marched through Nairobi on Tuesday and Wednesday.", "marched", "2024-03-12", "2024-03-13"),
    ("Police clashed with students in Dhaka on Monday and Tuesday, witnesses said.", "clashed",
     "2024-03-11", "2024-03-12"),
    ("Gunmen killed four villagers on Saturday and Sunday in attacks near Maiduguri.", "killed",
     "2024-03-09", "2024-03-10"),
    ("Security forces detained 40 people in Kano on Thursday or Friday.", "detained", "2024-03-14", "2024-03-15"),
])
def test_two_coordinated_days_are_a_range(coder, text, trigger, earliest, latest):
    event = next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger)
    date = event.date
    assert (date.value, date.earliest, date.latest, date.time_precision) == (None, earliest, latest, "range")
    assert date.source == "text" and "coordinated" in date.reason


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Protesters marched through Nairobi on Tuesday.", "marched", "2024-03-12"),
    # published on a Tuesday: "Wednesday" is the week before, so the pair is no forward range
    ("Protesters marched through Nairobi on Tuesday and Wednesday.", "marched", None),
])
def test_one_day_or_a_pair_out_of_order_keeps_its_day(coder, text, trigger, value):
    published = PUB if value else "2024-03-12"
    event = next(e for e in coder.code(text, published=published) if e.trigger.text == trigger)
    assert event.date.time_precision == "day"
    assert event.date.value == (value or "2024-03-12")
