"""A public-order measure with no doer that a police speaker reports is the police's (issue 12, branch police18).

"curfew was imposed in three areas, police said": the police report the
curfew they impose and enforce, so the agentless curfew takes the speaking
force as actor (``actors.quoted_self.reported_measure_actor``; profile
``police_speaker_measure_modes``). Sentences written
for these tests, in lower case as lower-cased news archives print them, and
in normal case.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _curfew(coder, text):
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.event_type == "COERCE" and e.mode == "curfew"]
    assert found, [(e.event_type, e.mode, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text, name", [
    ("curfew was imposed in the old city on monday, police said.", "police"),
    ("according to the city police commissioner, the curfew was imposed as a precautionary measure on sunday.",
     "police commissioner"),
    ("curfew has been clamped in four areas of the town since sunday, police sources said.", None),
    ("A curfew was imposed in the northern district on Friday night, a police spokesman said.", None),
])
def test_an_agentless_curfew_a_police_speaker_reports_is_the_police_s(coder, text, name):
    ev = _curfew(coder, text)
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor
    assert ev.actor.span is None and ev.actor.how == "implied"
    assert ev.actor.antecedent is not None and ev.actor.antecedent.text in text
    if name is not None:
        assert ev.actor.name == name


@pytest.mark.parametrize("text", [
    "curfew was imposed in the town on tuesday, the district collector said.",  # a district magistrate's order
    "curfew was imposed in the town on tuesday after the clashes.",  # no speaker at all
    "A curfew was imposed in the capital on Sunday, the interior minister said.",
])
def test_a_curfew_reported_by_anyone_else_takes_no_police(coder, text):
    assert _curfew(coder, text).actor is None


@pytest.mark.parametrize("text, sector", [
    ("the district magistrate imposed curfew in the town on tuesday, police said.", "GOV"),
    ("curfew was imposed by the district magistrate on tuesday, police said.", "GOV"),
])
def test_a_curfew_with_a_doer_of_its_own_keeps_that_doer(coder, text, sector):
    assert _curfew(coder, text).actor.sector == sector


def test_a_curfew_only_planned_stays_no_event(coder):
    events = coder.code("curfew will be imposed in the town if the clashes continue, police said.", published=PUBLISHED)
    assert not [e for e in events if e.mode == "curfew"]

