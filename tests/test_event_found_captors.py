"""Places and things taken by armed forces, and victims counted after the verb (issue 12, event found at the verb).

Sentences are our own, written for these tests, several shapes per family:

* an armed subject (troops, forces, rebels, militants, the Taliban...) that captures or seizes
  a name the small model's NER mistypes ("captured Manbij": PRODUCT) or blocks, neighbourhoods and
  other ground named in the plural; goods and animals so taken are looting, not ground
  ("militiamen seized cattle", ACLED's looting/property destruction);
* a past participle "killed" after a counted noun ("the 18 civilians killed in Aleppo on Monday"),
  which states the killing as "51 people arrested" states an arrest.

Sport, election, camera and figurative captures and seizures stay without an event
(``tests/test_non_unrest_news.py``).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-01")


@pytest.mark.parametrize("text, trigger", [
    ("Rebel forces captured Manbij on Friday after a week of shelling.", "captured"),
    ("Government troops captured several building blocks in the eastern district overnight.", "captured"),
    ("Rebels captured the Wadi Deif base and several neighbourhoods nearby.", "captured"),
    ("The army seized several blocks of the old city.", "seized"),
    ("The Taliban seized Kunduz on Monday.", "seized"),
])
def test_an_armed_subject_that_captures_or_seizes_a_thing_takes_it(coder, text, trigger):
    kinds = [(e.event_type, e.mode) for e in _events(coder, text) if e.trigger.text == trigger]
    assert kinds == [("COERCE", "seize")]


@pytest.mark.parametrize("text", [
    "Pro-government militiamen seized cattle belonging to the villagers.",
    "Soldiers seized the harvest and two trucks.",
])
def test_goods_and_animals_armed_men_seize_are_no_ground_taken(coder, text):
    assert [e for e in _events(coder, text) if (e.event_type, e.mode) == ("COERCE", "seize")
            and e.sub_event_type is not None and "territory" in e.sub_event_type] == []


@pytest.mark.parametrize("text, place", [
    ("Most of the 18 civilians killed in Aleppo on Monday were children.", "Aleppo"),
    ("The 12 soldiers killed in the ambush near Gao were buried on Friday.", "Gao"),
    ("Two of the nine policemen killed in Gao on Sunday were officers.", "Gao"),
])
def test_a_counted_noun_with_killed_after_it_states_the_killing(coder, text, place):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == "killed"]
    assert ev.event_type == "ASSAULT"
    assert ev.location is not None and ev.location.name == place


@pytest.mark.parametrize("text", [
    "Those killed in the attack were buried on Friday.",
    "The people killed were mostly farmers.",
])
def test_killed_after_an_uncounted_noun_stays_no_new_event(coder, text):
    assert [e for e in _events(coder, text) if e.trigger.text == "killed"] == []
