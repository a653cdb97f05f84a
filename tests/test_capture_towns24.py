"""Ground taken, told in shapes the capture rules missed (issue 12, session 24), and what must stay uncoded.

Sentences are our own, written for these tests, several per kind and in several countries. The kinds follow the
ACLED codebook (2023), Battles: "Non-state actor overtakes territory" and "Government regains territory" (an armed
group or a state force takes a town); PLOVER (2021): SEIZE of ground is our lexicon's COERCE seize (CAMEO 192).

* a town's bare name as the object of "captured"/"seized" by an armed captor, which the small model's NER types a
  person ("RSF fighters seized Wad Madani"): ground taken when the gazetteer knows the name as a town of some
  size or a region and no person reading is told (an age, a "who" clause, a person of the knowledge base by that
  full name, a one-word surname); never a person abducted;
* "the fall of X to Y" after a preposition or as an object, whose "to" phrase the parser hangs on the verb;
* "X fell into the hands of <armed>": the town taken, the armed force its taker; never documents, a title or a
  seat in other hands;
* a name "captured by a late goal": a club beaten, no person arrested and no ground taken.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text, trigger):
    return [e for e in coder.code(text, published="2024-05-08") if e.trigger.text == trigger]


def _kinds(coder, text, trigger):
    return [(e.event_type, e.mode) for e in _events(coder, text, trigger)]


@pytest.mark.parametrize("text, trigger", [
    ("KHARTOUM - The paramilitary Rapid Support Forces captured Wad Madani on Monday.", "captured"),
    ("RSF fighters seized Wad Madani on Monday.", "seized"),
    ("Jihadist fighters seized Menaka on Sunday.", "seized"),
    ("Kidal was seized by Tuareg rebels in 2012.", "seized"),
    ("Wad Madani was captured by RSF fighters on Monday.", "captured"),
    ("Government forces captured Kidal, the rebels' stronghold, on Tuesday.", "captured"),
])
def test_a_town_the_ner_types_a_person_taken_by_an_armed_force_is_ground(coder, text, trigger):
    kinds = _kinds(coder, text, trigger)
    assert kinds == [("COERCE", "seize")]
    ev = _events(coder, text, trigger)[0]
    assert ev.cameo == "192" and ev.recipient is None  # no person abducted or arrested


@pytest.mark.parametrize("text, name", [
    ("Soldiers captured Hassan near the border on Friday.", None),
    ("Rebels captured Mohammed Saleh near Idlib on Monday.", "Mohammed Saleh"),
    ("Soldiers captured Jackson, 34, near the border on Friday.", None),
])
def test_a_person_captured_stays_a_person(coder, text, name):
    """A one-word surname, a name the gazetteer does not hold as a town, or a name with an age: a person taken."""
    evs = _events(coder, text, "captured")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "arrest")]
    if name is not None:
        assert evs[0].recipient is not None and evs[0].recipient.name == name


@pytest.mark.parametrize("text, actor, place", [
    ("KHARTOUM - Thousands fled south after the fall of Wad Madani to the Rapid Support Forces on Monday.",
     "Rapid Support Forces", None),
    ("Residents described the fall of Bakhmut to Russian forces in May as a turning point.", "RUS", "Bakhmut"),
    ("Aid agencies warned of hunger after the fall of Goma to M23 rebels last week.", "M23", "Goma"),
])
def test_the_fall_of_a_town_to_a_force_after_a_preposition_or_as_an_object(coder, text, actor, place):
    evs = _events(coder, text, "fall")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "seize")]
    assert evs[0].actor is not None and actor in (evs[0].actor.name, evs[0].actor.country)
    if place is not None:
        assert evs[0].location is not None and evs[0].location.name == place


@pytest.mark.parametrize("text", [
    "Prices rose after the fall of the rupee to a record low on Monday.",
    "Traders fled after the fall of the shilling to a new low on Friday.",
])
def test_a_fall_of_prices_stays_uncoded(coder, text):
    assert _kinds(coder, text, "fall") == []


@pytest.mark.parametrize("text, actor, place", [
    ("The port of Hodeidah fell into the hands of coalition-backed forces on Wednesday.", None, None),
    ("The town of Kidal fell into the hands of Tuareg rebels on Friday.", "rebel", "Kidal"),
    ("The garrison fell into rebel hands after a two-day siege near Bunia.", None, "Bunia"),
])
def test_ground_that_fell_into_the_hands_of_a_force_is_taken(coder, text, actor, place):
    evs = _events(coder, text, "fell")
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    if actor is not None:
        assert evs[0].actor is not None and evs[0].actor.name == actor
    if place is not None:
        assert evs[0].location is not None and evs[0].location.name == place


@pytest.mark.parametrize("text", [
    "The documents fell into the hands of journalists on Monday.",
    "The title fell into the hands of the home side on Saturday.",
    "The seat fell into the hands of the opposition in the election.",
    "The company fell into the hands of creditors in 2019.",
])
def test_other_things_in_other_hands_stay_uncoded(coder, text):
    assert _kinds(coder, text, "fell") == []


@pytest.mark.parametrize("text", [
    "Dynamos were captured by a late goal in Harare on Saturday.",
    "Leeds were captured by a second-half brace in Leeds on Sunday.",
    "Barcelona were captured by a stoppage-time equaliser in Madrid.",
    "Juventus were captured by a late header in Turin on Sunday.",
])
def test_a_club_captured_by_a_goal_is_no_arrest_and_no_ground(coder, text):
    assert _kinds(coder, text, "captured") == []


# Review (rev24c): kinds the @TOWN class and the "fell into the hands of" rule misread at capture24.

@pytest.mark.parametrize("text", [
    "Soldiers captured Jackson near the border on Friday.",
    "Militants captured Jackson on Friday.",
    "Troops captured Aurora on Saturday.",
])
def test_a_name_many_towns_bear_captured_stays_a_person(coder, text):
    """Jackson, Aurora: 20+ populated places each bear the name (GeoNames), given after people; the NER says person."""
    evs = _events(coder, text, "captured")
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "arrest", "173")]


def test_known_town_rules_out_a_name_many_towns_bear(gazetteer, kb):
    from dotterel.places.town_names import known_town

    assert known_town("Wad Madani", gazetteer, kb) and known_town("Menaka", gazetteer, kb)
    assert not known_town("Jackson", gazetteer, kb) and not known_town("Lincoln", gazetteer, kb)


@pytest.mark.parametrize("text", [
    "Troops seized Charas and Ganja from the accused in Mandi.",
    "Soldiers seized Heroin and Ganja near the border on Tuesday.",
])
def test_a_name_listed_with_goods_is_no_town_seized(coder, text):
    """Ganja is a city in Azerbaijan and a drug in Indian English: listed with another drug, it is goods."""
    assert ("COERCE", "seize") not in _kinds(coder, text, "seized")


@pytest.mark.parametrize("text", [
    "The neighbourhood fell into the hands of drug dealers after police withdrew.",
    "The town fell into the hands of looters as soldiers fled.",
    "The market district fell into the hands of a cartel once the army left.",
])
def test_the_armed_word_must_be_whose_hands_not_elsewhere_in_the_clause(coder, text):
    """The force that takes the ground is the one whose hands it falls into, not one that withdrew or fled."""
    assert _kinds(coder, text, "fell") == []


@pytest.mark.parametrize("text", [
    "Analysts likened the fall of Mosul to a military catastrophe.",
    "Commentators linked the fall of the district to security force failures.",
])
def test_a_verbs_own_to_phrase_is_no_taker_of_the_fall(coder, text):
    """A "to" phrase hung on a verb of likening or linking is the verb's; only a taker heading it is the fall's."""
    assert _kinds(coder, text, "fall") == []


def test_a_to_phrase_on_the_verb_headed_by_a_force_still_takes_the_fall(coder):
    evs = _events(coder, "Officials blamed the fall of the town to rebels on poor intelligence.", "fall")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "seize")]
    assert evs[0].actor is not None and evs[0].actor.name == "rebel"


@pytest.mark.parametrize("text", [
    "Troops seized Menaka and Kidal from jihadist fighters on Tuesday.",
    "Troops seized Menaka and the airport from jihadist fighters on Tuesday.",
])
def test_a_town_listed_with_ground_is_still_taken(coder, text):
    """A town listed with another town (whatever its NER type) or a noun of ground is taken with it."""
    assert _kinds(coder, text, "seized") == [("COERCE", "seize")]
