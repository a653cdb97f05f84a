"""Ground armed forces take, victims counted before "killed", verbs that state noun events (issue 12).

Sentences are our own, written for these tests, several shapes per family:

* the verb that states an event its subject or object noun names ("clashes erupted", "staged a
  protest"), kept as a restatement of the event coded at the noun;
* an armed subject (troops, forces, rebels, militants, the Taliban...) that captures or seizes
  a name the small model's NER mistypes ("captured Manbij": PRODUCT) or blocks, neighbourhoods and
  other ground named in the plural; goods and animals so taken are looting, not ground
  ("militiamen seized cattle", ACLED's looting/property destruction);
* armed forces, tanks and convoys that enter a named place or ground: a military move short of
  force (PLOVER MOBILIZE: "deployments"), unless the existing rule finds it taken unopposed;
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


@pytest.mark.parametrize("text, trigger, verb", [
    ("Fierce clashes erupted between two clans in the market town on Sunday.", "clashes", "erupted"),
    ("Fighting broke out between the army and rebels in the north.", "Fighting", "broke"),
    ("Students staged a protest outside the ministry on Sunday.", "protest", "staged"),
    ("A number of rallies were held across the country.", "rallies", "held"),
])
def test_the_verb_that_states_a_noun_event_is_kept_as_a_restatement(coder, text, trigger, verb):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert [r.text for r in ev.restatements] == [verb]


def test_a_listed_participle_is_no_restatement_of_the_verb_it_hangs_on(coder):
    events = _events(coder, "2,000 were killed and 14,000 arrested.")
    assert [(e.trigger.text, [r.text for r in e.restatements]) for e in events] == [("killed", []), ("arrested", [])]


@pytest.mark.parametrize("text", [
    "Militants entered Syria on Wednesday from Turkey.",
    "A convoy of army tanks crossed the border and entered the Aleppo Governorate.",
    "Government troops entered several rebel-held neighborhoods on Friday.",
])
def test_armed_forces_entering_a_place_is_a_military_move(coder, text):
    assert [e.event_type for e in _events(coder, text) if e.trigger.text == "entered"] == ["MOBILIZE"]


# -- review rev9e: an act its governor says was not done, not yet done or kept from happening -------------------------
@pytest.mark.parametrize("text", [
    "The army has yet to enter the area.",
    "Government troops have yet to capture Manbij.",
    "The rebels are yet to seize the town.",
    "Troops failed to capture the town after a week of fighting.",
    "The army tried but failed to enter the city.",
    "Rebels were prevented from capturing the town.",
    "Troops were barred from entering the city.",
    "Police prevented protesters from marching to parliament.",
    "The army has yet to enter and capture the town.",
    "Police have yet to arrest anyone over the killing.",
])
def test_an_act_not_yet_done_failed_or_kept_from_happening_is_no_event(coder, text):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type in ("COERCE", "MOBILIZE", "PROTEST")
                and e.trigger.text != "prevented"], [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Police did not prevent protesters from marching to parliament.", "marching"),
    ("The army captured the town, yet rebels attacked again.", "captured"),
    ("Rebels captured the town yet failed to hold it.", "captured"),
    ("Authorities have yet to identify the gunmen who killed five villagers on Sunday.", "killed"),
    ("Officials have yet to explain why police fired on protesters.", "fired"),
    ("The army failed to stop rebels from capturing the town.", "capturing"),
])
def test_yet_and_failure_elsewhere_in_the_sentence_leave_a_done_act_coded(coder, text, trigger):
    assert [e for e in _events(coder, text) if e.trigger.text == trigger]


@pytest.mark.parametrize("text", [
    "Soldiers seized Toyota Land Cruisers from the smugglers.",
    "Troops seized Nokia Lumias and Dell Latitudes at the checkpoint.",
    "Militants seized Hicks near the border.",
])
def test_a_name_in_the_plural_or_a_persons_name_armed_men_seize_is_no_ground(coder, text):
    assert not [e for e in _events(coder, text) if (e.event_type, e.mode) == ("COERCE", "seize")]


def test_a_plural_name_typed_a_place_is_still_ground_taken(coder):
    events = _events(coder, "Israeli troops seized the Golan Heights.")
    assert [(e.event_type, e.mode) for e in events if e.trigger.text == "seized"] == [("COERCE", "seize")]


@pytest.mark.parametrize("text", [
    "A convoy of trucks entered Gaza with aid.",
    "An aid convoy entered Madaya on Monday.",
    "A column of refugees entered the town.",
    "A UN convoy entered the besieged town of Douma.",
])
def test_an_aid_or_refugee_convoy_entering_a_place_is_no_military_move(coder, text):
    assert [e for e in _events(coder, text) if e.trigger.text == "entered"] == []


def test_a_military_convoy_entering_a_town_is_still_a_military_move(coder):
    events = _events(coder, "A military convoy entered the town on Sunday.")
    assert [e.event_type for e in events if e.trigger.text == "entered"] == ["MOBILIZE"]
