"""Review of seed19 (rev19s): kinds where its new rules misfired, with sentences written for these tests.

- Peacekeepers provide protection (AID, CAMEO 074) only where they take control of a place or site,
  never of a situation, a ball, a budget or an investigation; "a number of sites" is the sites.
- "Delivered" is aid only for goods that are aid (as "sent"): never goods, fuel or water sold.
- An act named by the noun of "engage in" / "indulge in" / "resort to" is the verb's act: one event with
  the verb where the verb is itself a trigger, and only as real as the verb ("did not indulge in",
  "accused them of indulging in").
- "There were reports of X" states what the reports claim (alleged), denied when a relative clause
  denies it; a conjunct's own "no" and an approximate negator ("hardly any") deny it; a protest
  "planned for Friday" is no act.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2022-02-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text", [
    "Peacekeepers took control of the situation after the riot.",
    "UN peacekeepers took charge of the investigation.",
    "The peacekeeping mission took control of its own budget.",
    "Peacekeepers took control of the ball during a friendly match with locals.",
])
def test_peacekeepers_taking_control_of_no_place_give_no_aid(coder, text):
    assert not [e for e in _coded(coder, text).events if e.event_type == "AID"]


def test_peacekeepers_taking_control_of_a_number_of_sites_give_aid(coder):
    [ev] = _coded(coder, "Peacekeepers took control of a number of strategic sites in Almaty.").events
    assert (ev.event_type, ev.cameo) == ("AID", "074")


@pytest.mark.parametrize("text", ["Amazon delivered goods to customers in Texas.",
                                  "Gazprom delivered fuel to Europe through the pipeline.",
                                  "The utility delivered water to homes in the north."])
def test_goods_sold_and_delivered_are_no_aid(coder, text):
    assert not [e for e in _coded(coder, text).events if e.event_type == "AID"]


@pytest.mark.parametrize("text,recipient", [
    ("Soldiers engaged in a gunfight with militants near the border.", "militant"),
    ("Rebels engaged in a shootout with troops.", "soldier"),
    ("Protesters engaged in clashes with police in the capital.", "police"),
])
def test_engaging_in_a_fight_is_one_assault(coder, text, recipient):
    [ev] = _coded(coder, text).events
    assert ev.event_type == "ASSAULT" and recipient in ev.recipient.name.lower()


@pytest.mark.parametrize("text,trigger", [("Protesters did not indulge in theft of weapons.", "theft"),
                                          ("Police did not resort to a lathi charge.", "charge")])
def test_an_act_the_subject_did_not_engage_in_is_negated(coder, text, trigger):
    coded = _coded(coder, text)
    assert not coded.events
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "negated" in reason


def test_an_act_someone_is_accused_of_engaging_in_is_alleged(coder):
    coded = _coded(coder, "Police accused protesters of indulging in theft of weapons.")
    [ev] = [e for e in coded.events if e.trigger.text == "theft"]
    assert ev.attribution.certainty == "alleged"
    assert "police" in ev.attribution.claimant.lower()


@pytest.mark.parametrize("text,trigger", [("There were reports of looting in the capital on Tuesday.", "looting"),
                                          ("There were unconfirmed reports of clashes in the north.", "clashes")])
def test_reports_of_an_act_are_alleged(coder, text, trigger):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    assert ev.attribution.certainty == "alleged"


def test_reports_of_an_act_denied_in_a_relative_clause_are_denied(coder):
    coded = _coded(coder, "There were reports of looting, which the government denied.")
    assert not coded.events
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == "looting"]
    assert "denied" in reason


@pytest.mark.parametrize("text,trigger", [("There were protests but no arrests.", "arrests"),
                                          ("There were hardly any arrests.", "arrests"),
                                          ("Hardly any arrests were made.", "arrests"),
                                          ("There was scarcely any looting in the town.", "looting")])
def test_a_conjunct_with_no_or_hardly_any_is_negated(coder, text, trigger):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger]
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "negated" in reason


def test_protests_stated_beside_a_denied_arrest_stay(coder):
    [ev] = [e for e in _coded(coder, "There were protests but no arrests.").events]
    assert (ev.event_type, ev.trigger.text) == ("PROTEST", "protests")


@pytest.mark.parametrize("text", ["There is a protest planned for Friday.", "There was a rally scheduled for Sunday."])
def test_an_existential_protest_planned_is_no_act(coder, text):
    assert not _coded(coder, text).events
