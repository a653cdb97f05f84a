"""A noun event that is its own clause head carries its negation itself (issue 12, "acts the text says did not happen").

"No lathi-charge was made on the agitators" and "No baton charge was ordered on the crowd" were coded as asserted
crowd-control assaults: attribution.attribute read a negative determiner ("no") only on the arguments of the event's
clause head ("No arrests were made": the head is the light verb "made"), while a noun trigger that the rule takes as
its own head carries the "no" itself (Quirk et al. 1985, 10.59). A noun event that is no argument ("no let-up in the
shelling") and a real act beside a denied one stay as they were. A negative subject under "should have" blames an act
that took place ("no lathi-charge should have been ordered", "no protester should have been beaten"), as "should not
have" does (attribution_frames.criticised_past_act): the act stays.

Sentences written for these tests (Indian English, wire; several places).
"""

from __future__ import annotations

import pytest
from test_list_scope import _acts, _assert_none_done_and_abstained, _coded

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, word", [
    ("No lathi-charge was made on the agitators at the collectorate in Gaya on Monday, the SP said.", "lathi-charge"),
    ("No baton charge was ordered on the marchers in Durban on Friday, police said.", "charge"),
    ("The district magistrate said no lathi-charge had been ordered on the students in Ranchi on Tuesday.", "lathi-charge"),
])
def test_a_negated_noun_event_is_no_act(coder, text, word):
    _assert_none_done_and_abstained(_coded(coder, text), word, "negated by")


@pytest.mark.parametrize("text, act", [
    ("Police made a lathi-charge on the agitators at the collectorate in Gaya on Monday.",
     ("ASSAULT", "lathi-charge", "asserted")),
    ("Police fired tear gas at the students in Ranchi on Tuesday, but no arrests were made.",
     ("ASSAULT", "fired", "asserted")),
])
def test_an_act_beside_a_denied_one_stays(coder, text, act):
    assert act in _acts(_coded(coder, text))


@pytest.mark.parametrize("text, act", [
    ("No lathi-charge should have been ordered on the students in Bettiah on Monday, the MLA said.",
     ("ASSAULT", "lathi-charge", "reported")),
    ("No baton charge should have been made on the nurses in Bulawayo on Tuesday, the union said.",
     ("ASSAULT", "charge", "reported")),
    ("No teacher should have been beaten by the police in Mombasa on Tuesday, the lawyer said.",
     ("ASSAULT", "beaten", "reported")),
])
def test_a_blamed_act_under_a_negative_subject_stays(coder, text, act):
    assert act in _acts(_coded(coder, text))
