"""A claim of responsibility gives the attack its actor (issues 12 and 16; ``dotterel.actors.claimed``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _attacks(coder, text):
    return [e for e in coder.code(text, published="2024-05-06") if e.event_type == "ASSAULT"]


def _one(coder, text):
    found = _attacks(coder, text)
    assert len(found) == 1, [(e.trigger.text, e.event_type) for e in found]
    return found[0]


def test_claim_in_the_next_sentence_names_the_bombers(coder):
    ev = _one(coder, "A car bomb killed 12 people at a market in Kabul on Sunday. The Taliban claimed responsibility.")
    assert ev.trigger.text == "killed"
    assert ev.actor.name == "Taliban" and ev.actor.how == "claimed" and ev.actor.span is None
    assert ev.actor.antecedent.text == "Taliban" and ev.actor.sector == "REB"
    assert "claim" in ev.actor.reason
    # the bombing is the author's: only its doer rests on the claim
    assert ev.attribution.claimant == "author" and ev.attribution.certainty == "asserted"


def test_claim_for_an_attack_told_after_it_in_a_relative_clause(coder):
    ev = _one(coder, "Al-Shabaab claimed responsibility for the attack, which killed 9 people in Mogadishu on Friday.")
    assert ev.trigger.text == "killed" and ev.actor.name == "al-Shabaab" and ev.actor.how == "claimed"
    assert ev.actor.country == "SOM"


def test_claimed_bombing_as_object_and_passive_claim_in_the_next_paragraph(coder):
    ev = _one(coder, "A bomb exploded at a bus station in Baghdad on Monday, killing five people. "
                     "Islamic State claimed the bombing in a statement.")
    assert ev.actor.name == "Islamic State" and ev.actor.how == "claimed"
    ev = _one(coder, "A roadside bomb killed four soldiers in Helmand on Monday.\n\n"
                     "The attack was claimed by the Pakistani Taliban.")
    # the knowledge base names the Pakistani Taliban as their own group (TTP), not the Afghan Taliban
    assert ev.actor.name == "Tehrik-i-Taliban Pakistan" and ev.actor.country == "PAK"
    assert ev.actor.antecedent.text.endswith("Taliban")


def test_a_spokesman_claims_for_his_group(coder):
    ev = _one(coder, "A car bomb killed 12 people at a market in Kabul on Sunday. "
                     "Taliban spokesman Zabihullah Mujahid claimed responsibility.")
    assert ev.actor.name == "Taliban" and ev.actor.kind == "organisation" and ev.actor.how == "claimed"
    ev = _one(coder, "A car bomb killed 12 people at a market in Kabul on Sunday. "
                     "A Taliban spokesman claimed responsibility.")
    assert ev.actor.name == "Taliban"


def test_reported_claim_still_names_the_claimant(coder):
    ev = _one(coder, "A blast killed 12 people in Quetta on Sunday. "
                     "Officials said the Baloch Liberation Army claimed responsibility.")
    assert ev.actor.name == "Baloch Liberation Army" and ev.actor.how == "claimed"


def test_claim_owns_the_nearest_attack_only(coder):
    events = coder.code("Militants stormed a police station in Kabul on Monday. A bomb killed 3 people in Herat on "
                        "Tuesday. The Taliban claimed responsibility.", published="2024-05-06")
    stormed = next(e for e in events if e.trigger.text == "stormed")
    killed = next(e for e in events if e.trigger.text == "killed")
    assert stormed.actor.how == "role" and killed.actor.how == "claimed"


@pytest.mark.parametrize("text", [
    "A suicide bomber killed 20 people at a mosque in Peshawar on Friday. No group has claimed responsibility.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. No one has yet claimed responsibility.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. The Taliban did not claim responsibility.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. The Taliban may claim responsibility.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. The Taliban denied responsibility.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. The government blamed the Taliban.",
    "A car bomb killed 12 people in Kabul on Sunday. The Taliban claimed responsibility for a separate attack.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. Nobody claimed the attack.",
    "A car bomb killed 12 people at a market in Kabul on Sunday. It was not immediately clear who was behind the "
    "attack, and no group claimed responsibility.",
])
def test_no_claim_leaves_the_attack_without_actor(coder, text):
    ev = next(e for e in _attacks(coder, text) if e.trigger.text == "killed")
    assert ev.actor is None


def test_named_actor_is_never_overwritten(coder):
    ev = _one(coder, "Soldiers shot dead three protesters in Kabul on Monday. The Taliban claimed responsibility.")
    assert ev.actor.how == "role" and ev.actor.sector == "MIL"
    ev = _one(coder, "Gunmen attacked a hotel in Mogadishu on Friday, killing 9 people. "
                     "Al-Shabaab claimed responsibility for the attack.")
    assert ev.actor.how == "role"


@pytest.mark.parametrize("text", [
    "The company claimed responsibility for the error.",
    "Djokovic claimed the title in Paris on Sunday.",
    "The minister accepted responsibility for the delays.",
])
def test_claims_outside_unrest_give_no_event(coder, text):
    assert coder.code(text, published="2024-05-06") == []


def test_claims_reads_only_claims_of_violent_acts(coder):
    from dotterel.actors.claimed import claims

    nlp, lang = coder.nlp, coder.lang
    found = claims(nlp("The company claimed responsibility for the error. Boko Haram claimed credit for the ambush."), lang)
    assert [(v.text, s.text, a.text if a is not None else None) for v, s, a in found] == [("claimed", "Haram", "ambush")]



def test_acled_notes_say_the_actor_rests_on_its_claim():
    import io

    from factories import KADUNA, STUDENTS, mention

    from dotterel.dedup import link_mentions
    from dotterel.export.acled import write_acled
    from dotterel.records import Actor

    boko = Actor(span=None, name="Boko Haram", country="NGA", sector="REB", kind="organisation", how="claimed")
    out = io.StringIO()
    write_acled(link_mentions([mention("b", mode="explosives", actor=boko, recipient=STUDENTS, location=KADUNA,
                                       date="2024-05-05")]), out, timestamp=0)
    row = out.getvalue().splitlines()[1]
    assert ",Boko Haram," in row and "Boko Haram claimed responsibility." in row


@pytest.mark.parametrize("text", [
    "A bomb exploded at a market in Kabul on Sunday, killing 12. The interior minister admitted responsibility.",
    "A bomb exploded at a market in Kabul on Sunday, killing 12. The police chief accepted responsibility and resigned.",
    "A bomb exploded at a market in Kabul on Sunday, killing 12. The government accepted responsibility for the "
    "attack and promised compensation.",
    "A bomb exploded near the port on Monday, killing three workers. The shipping company admitted responsibility.",
    "A grenade blast killed four people in Srinagar on Sunday. Mayor John Smith accepted responsibility.",
])
def test_accountability_is_no_claim_of_the_attack(coder, text):
    # an official, a council or a company that 'accepts responsibility' answers for the bombing; it did not do it
    ev = next(e for e in _attacks(coder, text) if e.trigger.text in ("exploded", "killed"))
    assert ev.actor is None


@pytest.mark.parametrize("text, sector", [
    ("A car bomb killed 12 people at a market in Kabul on Sunday. The Taliban accepted responsibility.", "REB"),
    ("A drone strike killed 10 villagers in Kaduna on Sunday. The Nigerian army admitted responsibility for the strike.",
     "MIL"),
])
def test_an_armed_group_or_a_force_naming_its_act_admits_it(coder, text, sector):
    ev = _one(coder, text)
    assert ev.actor.how == "claimed" and ev.actor.sector == sector


def test_claiming_an_act_whose_doer_is_named_is_an_allegation(coder):
    # 'Russia claimed a Ukrainian drone attack': Russia says Ukraine attacked; it owns nothing
    events = coder.code("A drone exploded over the Kremlin on Wednesday. Russia claimed a Ukrainian drone attack on "
                        "the Kremlin.", published="2024-05-06")
    assert not any(e.actor is not None and e.actor.how == "claimed" for e in events)
    # a place naming the act ('the Mogadishu bombing') is no doer
    ev = _one(coder, "A bomb killed 9 people at a hotel in Mogadishu on Friday. Al-Shabaab claimed the Mogadishu bombing.")
    assert ev.actor.name == "al-Shabaab" and ev.actor.how == "claimed"


def test_claiming_credit_for_another_forces_act_gives_no_actor(coder):
    # 'the police raid' names its doer: the governor who claims credit for it did not set off the bomb
    ev = _one(coder, "A bomb killed two people in Lagos on Monday. The governor claimed credit for the police raid that "
                     "followed.")
    assert ev.actor is None
