"""Which clause's day an act takes, and a bracketed dateline's day (issue 16, dates24).

* "made no more raids on Tuesday after arresting 25 miners on Monday": the
  arresting is dated by its own clause's Monday, not by the main verb's
  Tuesday (``date_scope._own_later_date``, which had looked only at conjoined
  verbs; TimeML: an event is anchored by the timex of its own clause). A
  date in a relative clause inside that clause ("which had been run by
  his rival since 2019") is not its own.
* "did not fire on the crowd on Friday, but they beat and arrested dozens":
  a group pronoun that takes up the first verb's doers is no subject of a
  clause of its own, so the acts share the first clause's day, as they
  share its place (``date_scope._own_clause_between``; ``places.scene``). A
  named subject still opens a clause of its own.
* "(Nairobi, March 4, 2025) – Soldiers torched ... between February 10 and
  February 12, the group said today": the parser leaves the opening bracket
  of a press-release dateline under a headline as a sentence of its own, so
  the release's date was read as in the sentence and beat the sentence's
  own stretch, and the next sentence inherited it. A date after a bracket
  left open just before its sentence is in brackets (``quote_dates._in_parentheses``).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday

TEXTS = {
    "raids": "Troops made no more raids on Tuesday after arresting 25 miners on Monday.",
    "curfew": "Police lifted the curfew in Kano on Tuesday after beating dozens of traders on Monday.",
    "but_they": "Soldiers did not shoot at the marchers in Bamako on Friday, but they beat and detained dozens.",
    "but_them": "The police did not open fire in Lahore on Monday, but they arrested 40 workers.",
    # a later date inside a relative clause of the adverbial clause is not that clause's own
    "relative": "On 4 March the governor dissolved the council, whereas at the same time he imposed a curfew on "
                "the city, which had been run by his rival since 2019.",
    # rev24d: a group pronoun after a lapse, or after a verb of speech or intent, opens a clause of its own
    "lapse": "Troops were sent to Sokoto on Friday, but they later beat dozens of traders.",
    "then": "Soldiers ringed the camp on Sunday, then they shot 4 herders near Mopti.",
    "intent": "The junta pledged on Monday to spare civilians, but they shelled the town of Menaka.",
    "speech": "The governor said on Monday that the march was banned, but they beat 30 students in Lome.",
    "release": "Rights Group Says Army Razed Hamlets\n\n(Nairobi, March 4, 2025) \u2013 Soldiers torched dozens of "
               "huts in two hamlets in Darfur between February 10 and February 12, Amnesty International said "
               "today. Gunmen also killed four herders near the hamlets, witnesses said.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key,trigger,day,words", [
    ("raids", "arresting", "2025-04-07", "Monday"),
    ("curfew", "beating", "2025-04-07", "Monday"),
    ("but_they", "beat", "2025-04-04", "Friday"),
    ("but_they", "detained", "2025-04-04", "Friday"),
    ("but_them", "arrested", "2025-04-07", "Monday"),
    ("relative", "curfew", "2025-03-04", "4 March"),
])
def test_an_act_takes_its_own_clauses_day(coded, key, trigger, day, words):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")
    assert d.span.text == words


def test_a_bracketed_dateline_does_not_date_the_sentence(coded):
    d = _date(coded, "release", "torched")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2025-02-10", "2025-02-12", "range")
    assert d.span.text == "between February 10 and February 12"
    nxt = _date(coded, "release", "killed")
    assert nxt.value != "2025-03-04" and "March 4" not in (nxt.reason or "")


@pytest.mark.parametrize("key,trigger", [
    ("lapse", "beat"), ("then", "shot"), ("intent", "shelled"), ("speech", "beat"),
])
def test_a_group_pronoun_after_a_lapse_or_a_telling_keeps_its_own_clause(coded, key, trigger):
    """Not the first clause's day: a lapse the text does not count, or the day of a telling or promise (rev24d)."""
    d = _date(coded, key, trigger)
    assert d.value is None and d.earliest is None and d.time_precision == "range"
    assert d.latest in (PUB, "2025-04-07")
