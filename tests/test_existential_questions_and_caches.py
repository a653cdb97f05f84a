"""Review of seed19 (rev19s, second pass): kinds where its existential and theft rules still misfired.

- An existential "there" + be with its verb before "there" asks or supposes: "Were there any arrests?",
  "Have there been clashes with police?", "Were there to be clashes, ..." state no act (Quirk et al. 1985,
  11.5 and 15.36); "not only were there arrests" still states them; "nor were there arrests" denies them
  (Quirk et al. 1985, 13.18).
- "There were reports of clashes with police": the clash is what the reports claim, for the act noun's own
  rule as for the existential one (one alleged event, not a second asserted one).
- A cache is stolen weapons only when it is a cache of weapons: "stole caches of food" is no COERCE 1711.
- Peacekeepers taking control of a town, a checkpoint or a crossing protect it (AID, CAMEO 074), as of a site:
  1cd5b83 limited the AID rule to sites and left these to the occupation rule (COERCE seize 192, territory
  taken from another side), which now never has peacekeepers as its subject.
- Police named only as standing by ("the special police simply stood by", "police looked on") are no doer:
  an agentless arrest later is not given to them (the seed's "foreigners among those arrested" now has
  the police by office, KAZ COP, not the "special police" who stood by).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2022-02-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text", [
    "Were there any arrests in Almaty on Monday?",
    "Have there been arrests in Tbilisi since the vote?",
    "Was there looting in Almaty?",
    "Were there clashes with police in Minsk?",
    "Were there to be clashes with police, the army would step in.",
    '"Were there arrests?" the reporter asked the minister in Nairobi.',
])
def test_an_existential_question_or_inverted_condition_states_no_act(coder, text):
    assert _coded(coder, text).events == []


def test_not_only_inversion_still_states_the_arrests(coder):
    events = _coded(coder, "Not only were there arrests in Almaty, there was also looting.").events
    assert [(e.event_type, e.mode, e.attribution.certainty) for e in events if e.event_type == "COERCE"] == [
        ("COERCE", "arrest", "asserted")]


@pytest.mark.parametrize("text,country", [("There were reports of clashes with police in Karachi.", "PAK"),
                                          ("There were reports of clashes with police in Dhaka on Sunday.", "BGD")])
def test_reports_of_clashes_with_police_are_one_alleged_clash(coder, text, country):
    [ev] = _coded(coder, text).events
    assert (ev.event_type, ev.attribution.certainty, ev.recipient.country) == ("ASSAULT", "alleged", country)


@pytest.mark.parametrize("text", ["Militants stole caches of food from the village.",
                                  "Thieves stole a cache of documents from the ministry in Kabul."])
def test_a_cache_of_other_things_is_no_weapons_theft(coder, text):
    assert not [e for e in _coded(coder, text).events if e.cameo == "1711"]


def test_a_cache_of_weapons_is_still_weapons_theft(coder):
    [ev] = _coded(coder, "Militants stole a cache of weapons from the army base.").events
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "seize", "1711")


@pytest.mark.parametrize("text,country", [("There were reportedly clashes with police in Dakar.", "SEN"),
                                          ("There were allegedly clashes with police in Lima.", "PER")])
def test_a_hedged_existential_clash_is_one_alleged_clash(coder, text, country):
    [ev] = _coded(coder, text).events
    assert (ev.event_type, ev.attribution.certainty, ev.recipient.country) == ("ASSAULT", "alleged", country)


def test_a_hedge_the_parser_hangs_on_the_existential_attribute_alleges_the_act(coder):
    [ev] = _coded(coder, "There were allegedly arrests in Dakar on Friday.").events
    assert (ev.event_type, ev.mode, ev.attribution.certainty) == ("COERCE", "arrest", "alleged")


def test_a_modal_existential_clash_with_police_is_no_act(coder):
    text = "There could have been clashes with police in Nairobi if the march had gone ahead."
    assert _coded(coder, text).events == []


@pytest.mark.parametrize("text", ["Peacekeepers took control of the border crossing near Goma.",
                                  "UN peacekeepers took control of the town after the rebels withdrew.",
                                  "Russian peacekeepers took control of the checkpoint on the road to Stepanakert."])
def test_peacekeepers_taking_control_of_a_town_or_crossing_protect_it(coder, text):
    events = _coded(coder, text).events
    assert [(e.event_type, e.cameo) for e in events if e.trigger.text == "took"] == [("AID", "074")]


def test_rebels_taking_control_of_a_town_still_seize_it(coder):
    [ev] = _coded(coder, "Rebels took control of the town of Bunia on Sunday.").events
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "seize", "192")


@pytest.mark.parametrize("text", ["There was no protest in Minsk, nor were there arrests.",
                                  "Police made no arrests, nor was there any looting in Kano.",
                                  "Nor were there clashes with police in Dhaka on Friday."])
def test_an_existential_opened_by_nor_is_negated(coder, text):
    assert _coded(coder, text).events == []


@pytest.mark.parametrize("text", [
    "The special police simply stood by as buildings burned in Almaty. There were several foreigners among those arrested.",
    "Riot police looked on as the crowd grew in Minsk. Several journalists were among those arrested.",
    "As shops were looted, police stood by. Dozens of youths were later arrested in Nairobi.",
])
def test_police_said_to_stand_by_are_not_named_as_the_arresters(coder, text):
    [ev] = [e for e in _coded(coder, text).events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert ev.actor is None or (ev.actor.antecedent is None and ev.actor.sector == "COP")


def test_police_that_act_are_still_the_arresters(coder):
    text = "Riot police moved in as the crowd grew in Minsk. Several journalists were among those arrested."
    [ev] = [e for e in _coded(coder, text).events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert ev.actor.antecedent.text == "Riot police"
