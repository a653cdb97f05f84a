"""Where the session-13 attacker rules must not fire (review of actors13): own losses, other incidents, bystanders.

Sentences written for this file, several per kind:

- an agentless passive after an attack: not when its victims are the attackers
  themselves told as a part ("Three of the gunmen were shot dead"), not the
  state's police after its soldiers' attack (one side's losses), not when the
  sentence opens another frame ("Meanwhile,", "Earlier,") or names another
  incident ("in a separate incident"); still when none of these holds;
- shots as a subject: the armed side of the clause fired them only when the
  clause says it shot or what it is ("trained snipers"), not an armed side that
  only stood by ("Police blocked the road as bullets hit the crowd");
- men described by a disguise ("masked men", "hooded men") are an armed group
  only as doers: as what is done to they are no one (a recipient of police
  fire is no armed side, so no Armed clash);
- a country that a copula classes as a party ("Uganda was the first to send
  troops") sets no scene.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger", [
    ("Bandits raided a market in Katsina on Monday. Four of the bandits were shot dead.", "shot"),
    ("Militants stormed a hotel in Mogadishu. Two of the attackers were killed.", "killed"),
    ("Troops opened fire on a crowd in Mandalay. A police officer was stabbed to death.", "stabbed"),
    ("Police opened fire on a convoy in Kismayo. Two soldiers were shot dead.", "shot"),
    ("Gunmen attacked a mosque in Zamfara. In a separate incident, five farmers were killed.", "killed"),
    ("Gunmen attacked a mosque in Zamfara. Meanwhile, five farmers were shot dead.", "shot"),
    ("Gunmen attacked a mosque in Zamfara. Earlier, five farmers were shot dead.", "shot"),
    ("Gunmen attacked a mosque in Zamfara. Five farmers were killed in another attack.", "killed"),
])
def test_no_preceding_attacker_for_own_losses_or_another_incident(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


@pytest.mark.parametrize("text, trigger, antecedent", [
    ("Bandits raided a market in Katsina on Monday. Four traders were shot dead.", "shot", "Bandits"),
    ("Troops stormed an insurgent camp in Borno. Dozens of insurgents were killed.", "killed", "Troops"),
])
def test_the_preceding_attacker_still_fires_on_its_victims(coder, text, trigger, antecedent):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.how == "implied" and a.antecedent is not None and a.antecedent.text == antecedent, a


@pytest.mark.parametrize("text", [
    "Police blocked the road in Almaty as bullets hit the crowd.",
    "Soldiers guarded the square in Almaty while shots hit protesters.",
    "Troops sealed off the airport in Almaty as bullets hit a bus.",
])
def test_shots_take_no_armed_side_that_only_stood_by(coder, text):
    ev = next(e for e in coder.code(text, published="2024-03-01") if e.trigger.text in ("hit", "struck"))
    assert ev.actor is None, ev.actor


@pytest.mark.parametrize("text, trigger", [
    ("Police detained the masked men in Minsk on Friday.", "detained"),
    ("The hooded men were arrested by police in Caracas on Sunday.", "arrested"),
    ("Riot police beat the masked men in Minsk on Friday.", "beat"),
])
def test_masked_men_done_to_are_no_armed_group(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.recipient is None or ev.recipient.sector != "UAF", ev.recipient
    assert ev.sub_event_type != "Armed clash"


def test_masked_men_who_act_are_still_an_armed_group(coder):
    a = coded_event(coder, "Masked men abducted a journalist in Minsk on Friday.", "abducted").actor
    assert a is not None and (a.sector, a.inter) == ("UAF", 3), a


@pytest.mark.parametrize("text", [
    "Kenyan protesters marched in Nairobi.\n\nUganda was the first to send troops. Police arrested 20 protesters.",
    "Kenyan protesters marched in Nairobi.\n\nUganda is a close partner. Police arrested 20 protesters.",
])
def test_a_country_classed_as_a_party_sets_no_scene(coder, text):
    a = coded_event(coder, text, "arrested").actor
    assert a is not None and a.country == "KEN", a


@pytest.mark.parametrize("text, trigger", [
    # another weapon: the attack of the sentence before fired; a stabbing is another hand (IndiaPoliceEvents dev
    # showed the kind: a police firing on a mob and a stabbing the night before in the same district)
    ("Police fired at a mob in Limbayat on Monday. One person was stabbed in the crowd.", "stabbed"),
    ("Troops opened fire on the crowd. A woman was hacked to death nearby.", "hacked"),
    # another day, in text without capitals (the recogniser reads no date there; the dates stage does)
    ("police fired at a mob in limbayat on monday morning. one person was stabbed in limbayat on sunday night.",
     "stabbed"),
])
def test_no_preceding_attacker_with_another_weapon_or_day(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None
