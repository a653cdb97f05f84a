"""Four kinds of event a careful coder finds, on sentences written for the test (issue 12, session 13).

* An act a recording shows ("footage showing soldiers beating protesters"): the participle on the depicted
  doer states the act (``events.clauses.depicted_doer``, profile ``recording_verbs``, ``evidence_nouns``); a
  monitor that verified, geolocated or authenticated the recording is the claimant (``documenting_verbs``).
* Hostage taking: PLOVER manual (2021), ASSAULT mode abduct, "abducts, kidnaps, hijacks or takes hostages"
  (ACLED: Violence against civilians / Abduction/forced disappearance); ``lang/en/triggers.json`` lists
  ``hostage_takers``, ``hostage_words``.
* An internet or telephone shutdown by a state body: PLOVER manual (2021), COERCE mode censor, "censors or
  blocks publications or information", as for outlets (CAMEO 1721, the existing rule); lists
  ``communication_links``, ``communication_access`` and ``censors``.
* A headline and the body sentence that restates it are one record (``events.merge.fold_headline``).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _assaults(coder, text):
    return [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]


# -- acts a recording shows ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,trigger,mode,actor,recipient,claimant", [
    ("Amnesty International verified footage showing soldiers beating protesters in Yangon on Monday.",
     "beating", "beat", "soldiers", "protesters", "Amnesty International"),
    ("Human Rights Watch authenticated videos showing police shooting at demonstrators in Lagos.",
     "shooting", "firearms", "police", "demonstrators", "Human Rights Watch"),
    ("The BBC geolocated video of troops firing on demonstrators in Khartoum.",
     "firing", "firearms", "troops", "demonstrators", "BBC"),
    ("Photos show police beating protesters in Tbilisi on Friday.", "beating", "beat", "police", "protesters", None),
])
def test_an_act_a_recording_shows_is_coded(coder, text, trigger, mode, actor, recipient, claimant):
    [event] = _assaults(coder, text)
    assert (event.trigger.text, event.mode) == (trigger, mode)
    assert event.actor is not None and event.actor.span.text == actor
    assert event.recipient is not None and event.recipient.span.text == recipient
    if claimant is None:
        assert (event.attribution.claimant, event.attribution.certainty) == ("author", "asserted")
    else:
        assert event.attribution.certainty == "reported"
        assert event.attribution.claimant_span is not None and event.attribution.claimant_span.text.endswith(claimant)


def test_a_monitors_footage_gives_place_and_date(coder):
    [event] = _assaults(coder, "Amnesty International verified footage showing soldiers beating protesters "
                               "in Yangon on Monday.")
    assert event.location is not None and event.location.name == "Yangon"
    assert event.date is not None and event.date.value == "2024-04-29"


@pytest.mark.parametrize("text", [
    "Footage showing the aftermath of the attack circulated online.",
    "Videos of protests circulated online on Tuesday.",
    "The video showed a man carrying a flag through the square.",
    "The photo shows children playing football near the camp.",
    "Images of soldiers guarding the border were shared online.",
    "The movie follows soldiers who massacre a village.",
])
def test_a_recording_without_an_act_codes_no_assault(coder, text):
    assert _assaults(coder, text) == []


# -- hostage taking ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,trigger,actor,count", [
    ("Gunmen took 12 passengers hostage on the Kaduna highway on Sunday.", "took", "Gunmen", 12),
    ("Rebels seized 15 aid workers as hostages near Goma on Friday.", "seized", "Rebels", 15),
    ("Armed men took hostages at a school in Beslan.", "took", "Armed men", None),
    ("Militants held 30 villagers hostage for three days.", "held", "Militants", None),
    ("Twelve passengers were taken hostage on the Kaduna highway on Sunday.", "taken", None, 12),
])
def test_hostage_taking_is_an_abduction(coder, text, trigger, actor, count):
    [event] = _assaults(coder, text)
    assert (event.trigger.text, event.mode, event.sub_event_type) == (trigger, "abduct", "Abduction/forced disappearance")
    if actor is not None:
        assert event.actor is not None and event.actor.span.text == actor
    if count is not None:
        assert [(c.kind, c.best) for c in event.counts] == [("abducted", count)]


@pytest.mark.parametrize("text", [
    "The debt crisis held the economy hostage.",
    "The opposition has taken the budget hostage.",
    "Fans held their breath as the match went to penalties.",
])
def test_a_figurative_hostage_is_no_abduction(coder, text):
    assert _assaults(coder, text) == []


# -- internet and telephone shutdowns ------------------------------------------------------------------------

@pytest.mark.parametrize("text,trigger,actor", [
    ("Authorities cut internet access in Tigray on Tuesday.", "cut", "Authorities"),
    ("The junta cut mobile internet and phone lines in Sagaing on Wednesday.", "cut", "junta"),
    ("Authorities suspended mobile data services in Kashmir.", "suspended", "Authorities"),
    ("Officials imposed an internet blackout in Manipur on Thursday.", "blackout", "Officials"),
    ("The junta imposed a communications blackout on Rakhine State.", "blackout", "junta"),
    ("The government shut down mobile networks in the region on Friday.", "shut", "government"),
])
def test_a_state_shutting_down_communications_is_censorship(coder, text, trigger, actor):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.mode, e.cameo, e.trigger.text) for e in events] == [("COERCE", "censor", "1721", trigger)]
    assert events[0].actor is not None and events[0].actor.span.text.endswith(actor)


@pytest.mark.parametrize("text", [
    "A power cut hit the capital on Tuesday.",
    "The government cut spending on Monday.",
    "The storm cut internet access in the region on Tuesday.",
    "The storm cut the internet in the region on Tuesday.",
    "The company shut down its data network for maintenance.",
    "Officials cut the bus service to the airport.",
    "The government suspended the rail service between the cities.",
    "The ministry restricted access to the border area.",
    "Officials restricted the movement of lorries near the border.",
    "The government cut fuel subsidies on Monday.",
])
def test_other_cuts_are_no_censorship(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.mode == "censor"] == []


def test_cutting_ties_stays_a_sanction(coder):
    events = coder.code("The country cut ties with Iran on Monday.", published=PUBLISHED)
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "withdraw")]


# -- a headline and its body sentence ------------------------------------------------------------------------

def test_a_headline_folds_into_the_body_record_that_restates_it(coder):
    text = ("Soldiers kill five villagers in central Mali\n\n"
            "Soldiers killed five villagers in the Mopti region of central Mali on Sunday, residents said.\n")
    [event] = coder.code(text, published=PUBLISHED)
    assert event.trigger.text == "killed"
    assert [t.text for t in event.restatements] == ["kill"]
    assert [(c.kind, c.best) for c in event.counts] == [("killed", 5)]
    assert event.attribution.certainty == "reported" and event.date.value == "2024-04-28"


def test_a_headline_with_a_shorter_place_folds_too(coder):
    text = ("Gunmen abduct 20 students in Kaduna\n\n"
            "Gunmen abducted 20 students from a school in Kaduna State on Monday, police said.\n")
    [event] = coder.code(text, published=PUBLISHED)
    assert (event.trigger.text, [t.text for t in event.restatements]) == ("abducted", ["abduct"])
    assert [(c.kind, c.best) for c in event.counts] == [("abducted", 20)]


@pytest.mark.parametrize("text", [
    # another place in the body: two events
    "Soldiers kill five villagers in Mali\n\nSoldiers killed five villagers in Burkina Faso on Sunday.\n",
    # a first line with a full stop is a body sentence, not a headline
    "Soldiers killed five villagers in Mopti on Saturday.\n\nSoldiers killed five villagers in Mopti on Sunday.\n",
    # another kind of act in the body
    "Police arrest protesters in Nairobi\n\nPolice fired tear gas at protesters in Nairobi on Tuesday.\n",
])
def test_a_headline_keeps_its_record_when_the_body_tells_another_event(coder, text):
    assert len(coder.code(text, published=PUBLISHED)) >= 2


def test_a_raid_that_kills_stays_one_attack(coder):
    # must still work: one ASSAULT, ACLED Attack, militants on civilians, with the toll
    [event] = coder.code("Militants stormed a village near Djibo on Monday, killing 20 civilians.", published=PUBLISHED)
    assert (event.event_type, event.sub_event_type, event.trigger.text) == ("ASSAULT", "Attack", "killing")
    assert (event.actor.span.text, event.recipient.span.text) == ("Militants", "civilians")
    assert event.location.name == "Djibo" and event.date.value == "2024-04-29"
    assert [(c.kind, c.best) for c in event.counts] == [("killed", 20)]


def test_a_blackout_beside_a_protest_is_no_intervention(coder):
    # ACLED: an intervention is physical; censorship in the protest's sentence leaves it peaceful
    events = coder.code("As protests grew in Tehran on Monday, the authorities imposed an internet blackout.",
                        published=PUBLISHED)
    assert sorted((e.event_type, e.mode, e.sub_event_type) for e in events) == [
        ("COERCE", "censor", None), ("PROTEST", "demo", "Peaceful protest")]
