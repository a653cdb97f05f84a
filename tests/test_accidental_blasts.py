"""A blast or fire of an accidental source is no attack (ACLED codebook 2023: accidents are not coded).

Issue 12 review: "A gas explosion killed five people" and "killed in a gas explosion" were coded ASSAULT
(ACLED Attack). A harm verb whose cause (subject, "in"/"by" noun, or the subject of a blast verb in its
"when"/"after" clause) is a blast or fire named with an accidental source and no weapon is abstained with
the reason (events.vetoes.accidental_blast; profile ``accident_blast_nouns``, ``accident_blast_sources``,
``accident_blast_weapons``, ``accident_blast_verbs``). Bombs, IEDs, suicide blasts, gas attacks and arson
stay attacks. Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text", [
    "A gas explosion killed five people at a factory in Dhaka.",
    "A transformer explosion killed two workers at a plant in Lahore.",
    "Three workers were killed in a gas explosion in Dhaka.",
    "Two miners were killed in a methane explosion in Quetta.",
    "Four people died when a gas cylinder exploded in a house in Multan.",
    "Six people were killed after a boiler burst at a textile mill in Surat.",
])
def test_an_accidental_blast_is_abstained_with_its_reason(coder, text):
    coded = _coded(coder, text)
    assert [e.event_type for e in coded.events if e.event_type == "ASSAULT"] == []
    assert any("ASSAULT: an accident" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text", [
    "A gas cylinder blast killed three people in a restaurant in Karachi on Monday.",
    "A fire broke out at the market in Kano, killing two traders.",
    "An electrical short circuit sparked a blaze that killed four people in a hospital in Baghdad.",
])
def test_other_accident_shapes_give_no_attack(coder, text):
    assert [e for e in _coded(coder, text).events if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "sub"), [
    ("A car bomb explosion killed nine people in Mogadishu.", "Remote explosive/landmine/IED"),
    ("An IED blast killed two soldiers near Kandahar.", "Remote explosive/landmine/IED"),
    ("A suicide blast killed 12 people at a mosque in Peshawar.", "Suicide bomb"),
    ("Three people died when a bomb exploded in a market in Maiduguri.", "Remote explosive/landmine/IED"),
    ("A pipeline bomb blast killed three workers in Balochistan.", "Remote explosive/landmine/IED"),
    ("Arsonists set fire to a church in Jos on Sunday.", "Looting/property destruction"),
    ("A gas attack killed 40 people in Douma.", "Attack"),
])
def test_weapons_stay_attacks(coder, text, sub):
    assert [e.sub_event_type for e in _coded(coder, text).events if e.event_type == "ASSAULT"] == [sub]


@pytest.mark.parametrize("text", [
    "A fuel tanker packed with explosives blew up at a checkpoint near Tikrit, killing eight policemen.",
    "A gas tanker rigged with explosives exploded outside a police station in Baqubah, killing five.",
    "A truck laden with chlorine gas exploded near a market in Fallujah, killing six people.",
])
def test_a_loaded_vehicle_is_a_bomb_not_an_accident(coder, text):
    coded = _coded(coder, text)
    assert [e for e in coded.events if e.event_type == "ASSAULT"]
    assert not any("an accident" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize(("text", "trigger"), [
    # review rev20e: force or a doer in the clauses on the blast makes it an attack's blast, not an accident
    ("A fuel tanker exploded after being hit by a rocket in Aden, killing nine.", "hit"),
    ("A gas tanker exploded after militants fired on it near Kirkuk, killing four.", "killing"),
    ("Two people were killed when a gas pipeline exploded after a drone attack in Belgorod.", "killed"),
    ("Six people died in a factory fire started by rioters in Karachi.", "died"),
    ("Three people were killed when a tanker exploded after soldiers opened fire on it in Abuja.", "killed"),
    ("Four people were killed by a gas explosion triggered by shelling in Kherson.", "killed"),
    # force on the harm verb itself, or a blame naming force or an armed party in the sentence
    ("Three people were killed in a gas station explosion after a grenade was thrown in Imphal.", "killed"),
    ("Residents said a gas explosion killed five people in Homs, but activists blamed a regime airstrike.", "killed"),
    ("Three policemen were killed when a gas cylinder exploded at a checkpoint in Peshawar, police said, blaming "
     "militants.", "killed"),
    # a noun of violence in the blast's clause is no blast's result
    ("Two protesters were killed when a generator caught fire during clashes with police in Dhaka.", "clashes"),
])
def test_a_blast_caused_by_force_stays_an_attack(coder, text, trigger):
    coded = _coded(coder, text)
    assert [e.event_type for e in coded.events if e.trigger.text == trigger] == ["ASSAULT"]
    assert not [a for a in coded.abstentions if "an accident" in a.reason]


@pytest.mark.parametrize("text", [
    # the harm verb's own clause is the result, not the cause; a short circuit or a gas leak is no doer
    "A transformer blew up in Lagos, killing two people.",
    "Four miners were killed when methane ignited in a coal mine in Zonguldak.",
    "A gas explosion killed five people in a restaurant in Lahore; officials blamed faulty wiring.",
    "A transformer blast killed two linemen in Kano, officials said, ruling out sabotage.",
])
def test_an_accident_with_a_result_clause_stays_abstained(coder, text):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]
    assert any("an accident" in a.reason for a in coded.abstentions)
