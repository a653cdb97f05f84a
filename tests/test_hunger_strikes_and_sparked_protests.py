"""Two protest shapes a new user found missed (issue 12): a hunger strike begun, protests sparked.

* "began a hunger strike", "went on hunger strike", "launched a hunger strike": PLOVER PROTEST, mode
  ``hunger`` (data/plover.json; CAMEO 142 "Conduct hunger strike"). Only "stage" was a trigger; "went on
  hunger strike" was a labour strike.
* "..., sparking protests in several cities", "triggered demonstrations": the protest noun as object of
  a verb of causing is the protest; the subject is its cause, never its actor. A protest "from
  investors" or a "formal protest from Beijing" is words, not a demonstration (list verbal_protests;
  any "from" phrase, not_preps "*"); a "rally" sparked is a market's as often as a crowd's, so it is left out, and a
  "demonstration of the new software" is a showing (list not_taken_part_in). The cause is no force used on the protest: "the killing of a student triggered
  demonstrations" is no "Excessive force against protesters" (profile acled_cause_phrases; ACLED
  codebook 2023).

Sentences are our own.
"""

from __future__ import annotations

import pytest


def _coded(coder, text):
    return coder.code(text, published="2024-05-01")


@pytest.mark.parametrize("text", [
    "Jailed activist Alaa Abd El-Fattah began a hunger strike in Cairo on Tuesday.",
    "Dozens of detainees at the prison in Ankara went on hunger strike on Monday.",
    "Three prisoners launched a hunger strike to protest their detention.",
])
def test_a_hunger_strike_begun_is_a_hunger_protest(coder, text):
    assert ("PROTEST", "hunger") in [(e.event_type, e.mode) for e in _coded(coder, text)]


@pytest.mark.parametrize("text", [
    "The prisoners ended their hunger strike on Friday.",
    "Fasting during Ramadan begins on Monday.",
    "Dockworkers went on strike at the port of Antwerp on Monday.",
])
def test_no_hunger_strike_without_one_begun(coder, text):
    assert ("PROTEST", "hunger") not in [(e.event_type, e.mode) for e in _coded(coder, text)]


@pytest.mark.parametrize("text", [
    "The government raised fuel prices on Monday, sparking protests in several cities.",
    "The verdict provoked street protests in Dhaka on Friday.",
    "The killing of the student triggered demonstrations across Kenya on Tuesday.",
])
def test_protests_sparked_are_protests_with_no_actor_from_the_cause(coder, text):
    [protest] = [e for e in _coded(coder, text) if e.event_type == "PROTEST"]
    assert protest.mode == "demo" and protest.actor is None
    assert protest.sub_event_type == "Peaceful protest"


def test_the_cause_is_no_force_used_on_the_protest(coder):
    evs = _coded(coder, "The killing of the student triggered demonstrations across Kenya on Tuesday.")
    assert "Excessive force against protesters" not in [e.sub_event_type for e in evs]
    evs = _coded(coder, "Police shot dead two protesters in Nairobi, sparking protests in several cities.")
    [shot] = [e for e in evs if e.event_type == "ASSAULT"]
    assert shot.sub_event_type == "Excessive force against protesters"  # its victims were protesters


@pytest.mark.parametrize("text", [
    "The new fee sparked protests from investors and shareholders.",
    "The visit prompted a formal protest from Beijing.",
    "The decision sparked a debate in parliament.",
    "The match sparked celebrations in Buenos Aires.",
    "The rate cut sparked a rally in bank shares.",
    "The earnings report triggered a rally on Wall Street.",
    "The launch prompted a demonstration of the new software in Berlin.",
])
def test_words_of_protest_are_no_demonstration(coder, text):
    assert [e for e in _coded(coder, text) if e.event_type == "PROTEST"] == []
