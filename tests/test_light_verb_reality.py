"""A noun event that is the passive subject of a light verb is as real as the verb (issue 12).

Sentences are our own, written for these tests: "a lathi-charge will be made if the mob turns violent" and
"a baton charge would be made only as a last resort" are plans, not acts (the light verb's future, modal and
condition); "a lathi-charge was made on the crowd" stays an act.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-08")


@pytest.mark.parametrize("text,trigger", [
    ("A lathi-charge will be made if the mob turns violent, the officer said.", "lathi-charge"),
    ("A baton charge would be made on the crowd only as a last resort, the commissioner said.", "charge"),
])
def test_a_noun_event_of_a_future_light_verb_is_a_plan(coder, text, trigger):
    assert [e for e in _events(coder, text) if e.trigger.text == trigger] == []


@pytest.mark.parametrize("text,trigger", [
    ("A lathi-charge was made on the crowd in Kannur on Monday.", "lathi-charge"),
    ("A baton charge was made on the students outside the college in Sangli.", "charge"),
])
def test_a_noun_event_of_a_past_light_verb_is_an_act(coder, text, trigger):
    assert len([e for e in _events(coder, text) if e.trigger.text == trigger]) == 1
