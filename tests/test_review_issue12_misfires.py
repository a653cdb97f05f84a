"""Misfires of the issue-12 rules on other kinds of news, found in review with sentences of our own.

* Sport and economic shapes: a sport or family "protest from" someone, a "protest of innocence", a
  protest "on social media" and a "march of the index" are no demonstration (a protest *from* someone is
  an objection voiced: ``not_preps`` ``"*"`` on the spark/trigger/ignite/provoke/prompt rules; lists
  ``verbal_protests``, ``figurative_marches``, ``online_media``); "joined the march of progress" neither
  (PLOVER manual 2021, PROTEST: a demonstration, not a complaint or a trend).
* "responded with two rounds of rate cuts/talks" is no crowd control: "rounds" left the CAMEO 175
  respond/retaliate/hit-back rules (CAMEO 175 "Use tactics of violent repression").
* The sport vetoes of "shoot" took real shootings: "shot several rounds into the crowd", "a round of live
  ammunition", "the defenders of the fort shot at": "round(s)" left ``ball_shots``, "defender(s)" left
  ``sport_shooters`` (PLOVER ASSAULT, mode firearms); a round with a figure in its phrase ("a final round of
  66") is a golf score (``not_object_modifiers`` ``@NUMBER``).
* A ransom demand is no political REQUEST in any shape: "demanded $2 million in ransom", "a ransom payment"
  (the ransom in the object's phrase, not only as the object; PLOVER REQUEST, CAMEO 10).
* "Shoppers stormed the stores", "investors stormed into gold": a rush of customers or investors takes no
  place (storm rule ``not_subjects``: lists ``businesses``, ``market_crowds``; CAMEO 171 / ACLED: control
  taken by force).
* A denial's abstention names the word ("denied that ..." had no cue), as the README's "Denials" promises.

Sentences are our own.
"""

from __future__ import annotations

import pytest


def _types(coder, text):
    return sorted((e.event_type, e.mode) for e in coder.code(text, published="2024-05-01"))


@pytest.mark.parametrize("text", [
    "The referee's decision sparked protests from the Liverpool players.",
    "The penalty call prompted furious protests from the visiting team.",
    "The late goal triggered protests from the home bench.",
    "His arrest prompted protests of innocence from his family.",
    "The new school policy sparked protests from parents on social media.",
    "The rate cut triggered a march of the index to record highs.",
    "Millions of workers joined the march of progress in the 19th century.",
])
def test_objections_and_figurative_marches_are_no_protest(coder, text):
    assert [t for t in _types(coder, text) if t[0] == "PROTEST"] == []


@pytest.mark.parametrize("text", [
    "Raised fuel prices sparked protests across Nigeria on Tuesday.",
    "The fuel price hike sparked food price protests in Lagos.",
    "The arrest of the opposition leader triggered demonstrations in Dhaka.",
])
def test_protests_sparked_in_a_place_stay(coder, text):
    assert ("PROTEST", "demo") in _types(coder, text)


@pytest.mark.parametrize("text", [
    "The central bank responded with two rounds of rate cuts.",
    "The government responded with fresh rounds of talks with the unions.",
    "The union retaliated with rounds of strikes in the ports.",
])
def test_rounds_of_talks_or_cuts_are_no_crowd_control(coder, text):
    assert [t for t in _types(coder, text) if t[0] == "ASSAULT"] == []


def test_water_cannon_in_response_stays_crowd_control(coder):
    assert ("ASSAULT", "crowd-control") in _types(
        coder, "Riot police responded with rubber bullets as protesters threw stones.")


@pytest.mark.parametrize("text", [
    "Soldiers shot several rounds into the crowd in Yangon on Sunday.",
    "Police shot a round of live ammunition at the protesters.",
    "The defenders shot at the attacking militants from the walls of the fort.",
])
def test_rounds_and_defenders_are_real_shootings(coder, text):
    assert ("ASSAULT", "firearms") in _types(coder, text)


@pytest.mark.parametrize("text", [
    "Woods shot a final round of 66 to win the Masters.",
    "McIlroy shot a round of 68 on Thursday.",
])
def test_a_round_with_a_score_is_golf(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen shot a 25-year-old man in Kano on Monday.",
    "Troops shot one of the 20 hostages in the village of Kaya.",
    "Soldiers shot 300 rounds into the crowd in Yangon.",
])
def test_figures_in_a_shooting_keep_it(coder, text):
    assert ("ASSAULT", "firearms") in _types(coder, text)


@pytest.mark.parametrize("text", [
    "Kidnappers demanded $2 million in ransom for the students.",
    "The gang demanded a ransom payment of 5 million naira.",
    "The abductors requested a ransom payment from the family.",
])
def test_a_ransom_in_the_object_phrase_is_no_request(coder, text):
    assert [t for t in _types(coder, text) if t[0] == "REQUEST"] == []


def test_a_political_demand_of_kidnappers_stays_a_request(coder):
    assert ("REQUEST", "change") in _types(coder, "Kidnappers demanded the release of 20 comrades held by the army.")


def test_a_denial_names_its_word(coder):
    from dotterel.ingest import make_document

    [coded] = coder.code_documents([make_document("The army denied that soldiers had burned the village.",
                                                  published="2024-05-01")])
    assert coded.events == []
    assert any("denied (by" in a.reason and "('denied')" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text", [
    "Shoppers stormed the stores as the Black Friday sale began.",
    "Investors stormed into gold as markets tumbled.",
    "Buyers stormed the showroom when the new model went on sale.",
])
def test_a_rush_of_customers_is_no_storming(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize("text", [
    "Protesters stormed the parliament building in Colombo on Saturday.",
    "Supporters of the former president stormed the Capitol on January 6.",
])
def test_a_crowd_storming_a_building_stays_a_seizure(coder, text):
    assert ("COERCE", "seize") in _types(coder, text)
