"""A town told by its bare name as the subject of "fell into the hands of <armed>" (issue 12, session 25).

Sentences are our own, written for these tests. The kind follows the ACLED codebook (2023), Battles: "Non-state
actor overtakes territory" and "Government regains territory"; PLOVER (2021) SEIZE of ground is our lexicon's
COERCE seize (CAMEO 192). The fall rule took a ground noun ("The city fell into the hands of ...") or a name the
NER typed a place; a bare name the small model types otherwise is ground by the same ``@TOWN`` evidence as the
object of "captured"/"seized": a town of 50 000 or more or a region, no person reading, fewer than three towns
of that name.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text, trigger):
    return [e for e in coder.code(text, published="2024-03-10") if e.trigger.text == trigger]


@pytest.mark.parametrize("text, actor", [
    ("Kunduz fell into the hands of Taliban fighters on Sunday.", "Taliban"),
    ("Kismayo fell into the hands of al-Shabaab fighters on Monday, elders said.", "al-Shabaab"),
    ("Mopti fell into the hands of jihadist militants overnight.", None),
])
def test_a_town_by_its_bare_name_fallen_into_armed_hands_is_ground(coder, text, actor):
    evs = _events(coder, text, "fell")
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    assert evs[0].recipient is None
    if actor is not None:
        assert evs[0].actor is not None and evs[0].actor.name == actor


@pytest.mark.parametrize("text", [
    "Jackson fell into the hands of the rebels on Monday.",  # a name many towns bear
    "Lincoln fell into the hands of armed gangs on Friday.",
    "Hassan fell into the hands of the militants on Monday.",  # a one-word surname of the knowledge base
    "The warehouse fell into the hands of looters as the guards fled.",
    "The file fell into the hands of journalists.",
    "The decision fell into the hands of the court.",
    "Mopti did not fall into the hands of the militants.",
    "The rebels fear Mopti may fall into the hands of the army.",
])
def test_no_town_or_no_fall_stays_uncoded(coder, text):
    assert [(e.event_type, e.mode) for e in _events(coder, text, "fell") + _events(coder, text, "fall")] == []


@pytest.mark.parametrize("text, name", [
    ("Myanmar fell into the hands of the military in 2021.", "Myanmar"),
    ("Afghanistan fell into the hands of Taliban fighters in 2021.", "Afghanistan"),
    ("Sudan fell into the hands of the army in 2021, diplomats said.", "Sudan"),
    # a country the gazetteer names but the knowledge base does not ("Kosovo") or declares shared ("Congo")
    ("Congo fell into the hands of the rebels, a minister claimed.", "Congo"),
    ("Kosovo fell into the hands of the insurgents.", "Kosovo"),
])
def test_a_country_in_a_forces_hands_is_no_territory_taken_and_abstains(coder, text, name):
    """A whole country taken (by its own army: a seizure of power) is no Battles territory event: abstain."""
    coded = next(coder.code_documents([make_document(text, published="2024-03-10")]))
    assert [e for e in coded.events if e.trigger.text == "fell"] == []
    assert any(f"'{name}' is a country" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text", [
    "Crimea fell into the hands of Russian forces in 2014.",  # a region, no country: ground taken
    "Russian troops seized Crimea in 2014.",  # the country veto reaches no object of a capture
])
def test_a_region_no_country_stays_ground_taken(coder, text):
    evs = [e for e in coder.code(text, published="2024-03-10") if e.trigger.text in ("fell", "seized")]
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    assert evs[0].location is not None and evs[0].location.country == "UKR"


@pytest.mark.parametrize("text, country", [
    ("The city fell into the hands of Russian troops on Tuesday.", "RUS"),  # the hands' owner is read by lemma
    ("The base fell into the hands of Ethiopian troops overnight, a commander said.", "ETH"),
    ("Kunduz fell into the hands of government troops on Tuesday.", None),
])
def test_ground_fallen_into_the_hands_of_troops_is_taken(coder, text, country):
    """Whose hands are matched by lemma, and spaCy's lemma of "troops" is "troop" (as the other armed lists hold)."""
    evs = _events(coder, text, "fell")
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    assert evs[0].actor is not None and evs[0].actor.sector == "MIL"
    if country is not None:
        assert evs[0].actor.country == country


def test_no_ground_in_the_hands_of_troops_stays_uncoded(coder):
    assert _events(coder, "The leaflets fell into the hands of the troops.", "fell") == []
