"""The new relative, stranded-verb, mine and slaughter rules on other kinds of news (review of issue 12).

Sentences are our own, written for these tests, several shapes per family: each was coded as an event by
the rules of ``tests/test_event_found_relatives.py`` before this review and states none.

* a place or person "captured" in a reduced relative by an electoral side, an artist, a camera, a
  satellite, a novel or a postcard (``recording_media`` and ``electoral_sides`` in ``lang/en/triggers.json``;
  a captor named as one person in ``events.agents.scened_participle``);
* a stranded "protested" whose noun is a thing contested, not a crowd (``events.detect._names_people``),
  and a shell "detonated in a controlled explosion";
* a mine, a bomb or mines "hit" or "struck" by a quake, floods, power cuts, prices or a film: only a
  vehicle or a person sets off a mine (ACLED codebook, Remote explosive/landmine/IED; ``vehicles``,
  ``mine_setters``), and a "mine of anecdotes" is a source, not a device (``not_member_phrases``);
* a rout, an election, a debate, a review or livestock "slaughtered", "butchered" or "mowed down": no
  pronoun, bare number, nationality or "opponents" as victims, and no contest setting (``victims``,
  ``contest_settings``); people "mowed down" by a vehicle or its driver is a road accident (``vehicles``).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-01")


@pytest.mark.parametrize("text", [
    "Pennsylvania, captured by the Democrats in 2020, is a swing state again.",
    "The district, captured by Labour in 1997, voted Conservative this time.",
    "The migrant mother captured by Dorothea Lange in California in 1936 became famous.",
    "The young man captured in Paris by the artist Degas wears a top hat.",
    "An officer captured on bodycam in Minneapolis last year was fired.",
    "The area captured by the Sentinel satellite in March shows the flooding.",
    "The city, captured beautifully in the novel in 1920, is unrecognisable today.",
    "The farm, captured on a postcard in 1910, still stands.",
])
def test_a_place_or_person_captured_by_a_party_an_artist_or_a_lens_is_no_capture(coder, text):
    assert [(e.event_type, e.mode) for e in _events(coder, text) if e.trigger.text == "captured"] == []


@pytest.mark.parametrize("text, verb", [
    ("Election result protested in court in Nairobi", "protested"),
    ("The referendum result protested in court in Caracas last week", "protested"),
    ("An unexploded shell detonated in a controlled explosion near Ypres on Tuesday, police said.", "detonated"),
])
def test_a_thing_contested_or_a_controlled_detonation_is_no_event(coder, text, verb):
    assert [e.event_type for e in _events(coder, text) if e.trigger.text == verb] == []


@pytest.mark.parametrize("text", [
    "An earthquake struck the mine in northern Chile on Monday.",
    "Floods hit mines across Queensland in January.",
    "Power cuts hit mines across Zambia on Tuesday.",
    "Falling prices struck the mines of the Copperbelt.",
    "The film hit a bomb at the box office.",
    "She hit a mine of anecdotes in her memoir.",
    "Our reporter stepped on a mine of controversy in Lagos.",
    "The farmer ran over a bomb of a pothole in Iowa.",
])
def test_a_mine_hit_by_no_vehicle_or_person_is_no_explosion(coder, text):
    assert [e for e in _events(coder, text) if e.mode == "explosives"] == []


def test_a_vehicle_named_by_a_pronoun_still_sets_off_a_mine(coder):
    text = "The truck was destroyed when it hit a landmine near Kandahar."
    assert [(e.event_type, e.mode) for e in _events(coder, text) if e.trigger.text == "hit"] == [("ASSAULT", "explosives")]


@pytest.mark.parametrize("text", [
    "The All Blacks butchered the French in Paris on Saturday.",
    "The Democrats were slaughtered in the midterms.",
    "The Tories were butchered at the polls in 1997.",
    "He slaughtered her in the debate on Tuesday.",
    "Nadal slaughtered him in straight sets at Roland Garros.",
    "Farmers raise pigs and slaughter them in winter.",
    "The cattle arrived on Monday and they were slaughtered at the abattoir.",
    "She mowed down her opponents at Wimbledon.",
    "The critics butchered her in the reviews.",
    "The students were slaughtered in the exam.",
    "Some 40,000 were slaughtered to contain the bird flu outbreak in Hanoi last week.",
    "A child was mowed down by a speeding car in Lagos on Monday.",
    "A speeding truck mowed down five people at a bus stop in Patna.",
])
def test_a_rout_a_vote_a_review_or_livestock_slaughtered_is_no_killing(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "ASSAULT"] == []
