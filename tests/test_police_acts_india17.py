"""Police acts told without a doer of their own in reports of communal violence (issue 12, police17).

Sentences written for this file, lower-cased as the Indian wire copy often is, several per kind:

- a definite act noun refers back to the act just told ("police opened fire on a mob. two persons
  were injured in the firing"): one event, the noun a restatement of it with its toll; not when no doer is named, another
  side acted in between, the sentence opens another report ("meanwhile,"), the act is too far back,
  or the noun is indefinite ("in firing");
- a force word the small model makes a conjunct of a list of acts ("rioting and subsequent police
  firing", "arson, looting and police firing"): the force does the act it modifies.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, doer", [
    ("the police opened fire on a stone-pelting mob at the market in surat. two persons were injured in the "
     "firing, officials said.", "opened", "police"),
    ("policemen fired ten rounds at a mob in the walled city of baroda. one youth was hurt in the firing.",
     "fired", "policemen"),
    ("soldiers fired at a crowd in godhra on monday. three men were wounded in the firing.", "fired", "soldiers"),
])
def test_the_firing_is_the_firing_just_told(coder, text, trigger, doer):
    events = [e for e in coder.code(text, published="2002-03-05") if e.event_type == "ASSAULT"]
    assert [e.trigger.text for e in events] == [trigger], events  # one event, not a second with no doer
    ev = events[0]
    assert ev.actor is not None and ev.actor.span.text == doer, ev.actor
    assert "firing" in [r.text for r in ev.restatements], ev.restatements
    assert any(c.kind == "injured" for c in ev.counts), ev.counts  # the toll the noun's sentence tells


@pytest.mark.parametrize("text", [
    # an act of another side in between ("a crowd that set a bus on fire")
    "soldiers fired at a crowd that set a bus on fire in godhra. three men were wounded in the firing.",
    # no doer named for the firing told before
    "unidentified men fired at a house in the old city of surat. two persons were injured in the firing.",
    # another side fired in between: either may have hurt them
    "the police fired at a mob in surat. rioters fired back at the police. two persons were injured in the firing.",
    # another report
    "the police fired at a mob in surat on monday. meanwhile, a man was hurt in the firing at the station.",
    # too far back to be the act just told
    "the police fired at a mob in surat on monday. the shops stayed shut. the market was empty. traders were "
    "afraid. two persons were injured in the firing.",
    # not definite: any firing
    "the police fired at a mob in surat on monday. two persons were injured in a firing near the station.",
])
def test_no_doer_for_a_firing_that_does_not_refer_back_to_one_side(coder, text):
    ev = coded_event(coder, text, "firing", published="2002-03-05")
    assert ev.actor is None, ev.actor


def test_an_act_of_the_same_force_in_between_keeps_the_antecedent(coder):
    text = ("the police resorted to firing to disperse a mob in baroda on thursday. one person was injured in "
            "the firing, the police said.")
    events = [e for e in coder.code(text, published="2002-03-05") if e.trigger.text == "firing"]
    assert len(events) == 1 and events[0].actor.sector == "COP", events
    assert "firing" in [r.text for r in events[0].restatements], events[0].restatements


@pytest.mark.parametrize("text", [
    "rioting and subsequent police firing in the old city of bharuch left two dead on tuesday.",
    "arson, looting and police firing continued in the walled city of ahmedabad on friday.",
    "stone pelting and police firing were reported from the town of godhra on monday.",
])
def test_a_force_word_read_as_a_conjunct_does_the_act_it_modifies(coder, text):
    ev = coded_event(coder, text, "firing", published="2002-03-05")
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.span.text.endswith("police"), ev.actor


@pytest.mark.parametrize("text", [
    "the superintendent of police arrested two men in godhra on monday.",
    "the deputy superintendent of police detained five youths in baroda on sunday.",
    "the commissioner of police arrested twelve rioters in surat on friday.",
    "the assistant commissioner of police detained three men in rajkot on monday.",
    "The Inspector General of Police arrested two men in Godhra on Monday.",
    # Indian rank abbreviations and longer ranks
    "the dcp arrested two men in the walled city of ahmedabad on monday.",
    "the dsp detained five youths in godhra on sunday.",
    "the igp ordered the arrest of the accused in rajkot on friday.",
    "the additional director general of police arrested four persons in lucknow on monday.",
    # the rank's force with a jurisdiction of its own after it
    "The Inspector General of Police of Punjab arrested five men in Amritsar on Monday.",
    "the inspector general of police of bihar detained four youths in patna on sunday.",
])
def test_a_police_rank_is_the_police(coder, text):
    ev = next(e for e in coder.code(text, published="2002-03-05") if e.event_type == "COERCE")
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor


@pytest.mark.parametrize("text, sector", [
    # "general" alone is an army rank; "of the army" has a determiner and is read as before
    ("The general of the army condemned the attack on Monday.", "MIL"),
    # an office "of" something that is no force keeps the sector it had
    ("The minister of state condemned the attack on Monday.", "GOV"),
])
def test_other_of_phrases_keep_their_reading(coder, text, sector):
    ev = next(e for e in coder.code(text, published="2024-03-01") if e.event_type == "ACCUSE")
    assert ev.actor is not None and ev.actor.sector == sector, ev.actor


@pytest.mark.parametrize("text", [
    # "sp" is as often the Samajwadi Party in Indian news: not read as a police rank
    "the sp detained five youths in lucknow on sunday.",
])
def test_an_abbreviation_another_body_shares_is_not_read_as_a_rank(coder, text):
    ev = next(e for e in coder.code(text, published="2002-03-05") if e.event_type == "COERCE")
    assert ev.actor is None or ev.actor.sector != "COP" or ev.actor.how == "implied", ev.actor


def test_the_actor_span_holds_the_whole_rank(coder):
    ev = next(e for e in coder.code("the superintendent of police arrested two men in godhra on monday.",
                                    published="2002-03-05") if e.event_type == "COERCE")
    assert ev.actor is not None and ev.actor.span.text == "superintendent of police", ev.actor


@pytest.mark.parametrize("text", [
    # another day: the firing of Tuesday is not Monday's
    "police opened fire on a mob in surat on monday. on tuesday, two people were killed in the firing in baroda.",
    "the police fired on a crowd in surat on monday. the firing on tuesday in baroda left two dead.",
    # another place named with the firing
    "police opened fire on a crowd in surat. two persons were injured in the firing in rajkot, about 200 km away.",
    # the other side fired too (an exchange): either side's bullets
    "maoists fired at a police patrol in dantewada. the police returned fire. two villagers were killed in the "
    "firing.",
    "the police opened fire on a mob in surat. the bsf also opened fire on smugglers at the border. two were "
    "killed in the firing.",
    # the victims are the doer's own side: another side's firing hit them
    "police opened fire on rioters in meerut. two policemen were injured in the firing.",
    "soldiers fired at militants in the village of pulwama. three soldiers were killed in the firing.",
])
def test_the_firing_of_another_day_place_or_side_is_not_folded(coder, text):
    events = [e for e in coder.code(text, published="2002-03-05") if e.event_type == "ASSAULT"]
    firing = [e for e in events if e.trigger.text == "firing"]
    assert len(firing) == 1, events  # its own record, not a restatement of the act told before
    assert firing[0].actor is None, firing[0].actor
    assert not any("firing" in [r.text for r in e.restatements] for e in events), events


@pytest.mark.parametrize("text", [
    # the other side's act is of another weapon: the firing is still the one told
    "rioters hurled stones at the police in surat. the police opened fire. two persons were killed in the firing.",
    # the same force fires twice: one side's firing
    "police fired in the air near the mosque in surat. when the mob advanced, police fired at it. one youth was "
    "hurt in the firing.",
])
def test_the_firing_of_one_side_is_still_folded(coder, text):
    told = [e for e in coder.code(text, published="2002-03-05")
            if e.event_type == "ASSAULT" and ("firing" in [r.text for r in e.restatements] or e.trigger.text == "firing")]
    assert len(told) == 1 and told[0].trigger.text != "firing", told  # the noun is a restatement, no record of its own
    assert told[0].actor is not None and told[0].actor.sector == "COP", told[0].actor
