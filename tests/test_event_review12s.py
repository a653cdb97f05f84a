"""Review of the restatement merge and the judicial execution (spurious12), by kind (our own sentences).

* "the attack took place", "repelled the assault" tell an earlier assault again only when the document's
  earlier assaults have one actor: with two attacks by different hands the referent is a guess, and the
  restatement joins neither (``events.assemble._restated_act``); the noun must name a violent act (profile
  ``claimed_act_nouns``), so "repelled the rebels" tells nothing again.
* A judicial execution (PLOVER ASSAULT ``execute``) is a state's: an execution by an armed group, a
  militia or a gang, whatever its "court" or "charges", is a killing (ACLED Violence against civilians,
  Attack; ``events.policy.execution_by_no_state``, triggers.json ``extrajudicial_killers``).
* Guards on the branch's other rules: "<N years> after the coup" does not make the sentence's own act
  history; "more than a year of fighting" does not drop a fight that erupted on a day.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"

_RESTATING = {"repelled", "took", "happened"}


@pytest.mark.parametrize("text", [
    "Gunmen killed four villagers in Gao on Monday. In a separate incident, soldiers shot dead two herders near "
    "Mopti. The army said it had repelled the assault on its base.",
    "Jihadists attacked an army post in Djibo on Sunday. On Tuesday, bandits abducted 20 travellers near Kaya. "
    "The attack took place on a busy road.",
    "Police said gunmen shot dead a trader in Kano on Friday. Separately, bandits abducted six farmers in "
    "Zamfara on Saturday. The attack happened at night.",
])
def test_a_restatement_after_two_attacks_by_different_hands_joins_neither(coder, text):
    events = coder.code(text, published=PUBLISHED)
    assert not [r.text for e in events for r in e.restatements if r.text in _RESTATING]


def test_a_defeated_force_is_no_act_told_again(coder):
    events = coder.code("Militants killed five soldiers in an ambush on Monday. On Thursday, the army repelled "
                        "the rebels near the border.", published=PUBLISHED)
    assert not [r.text for e in events for r in e.restatements if r.text == "repelled"]


def test_one_attacker_still_takes_its_restatement(coder):
    events = coder.code("Militants attacked a police post near Beni on Sunday. Militants also killed two farmers "
                        "nearby. The attack took place at dawn.", published=PUBLISHED)
    assert any(r.text == "took" for e in events for r in e.restatements)


@pytest.mark.parametrize("text", [
    "Al-Shabaab publicly executed a man convicted of spying by its court.",
    "Two men were executed by militants on charges of blasphemy.",
    "Islamic State militants executed two men on charges of spying for the government.",
    "Soldiers executed three prisoners convicted of desertion, witnesses said.",
])
def test_an_execution_by_armed_men_is_no_judicial_execution(coder, text):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert events and all(e.mode != "execute" for e in events)


@pytest.mark.parametrize("text", [
    "Saudi Arabia executed seven men on drug charges.",
    "Iran hanged a man convicted of spying for Israel on Monday.",
])
def test_a_state_execution_stays_judicial(coder, text):
    assert [e.mode for e in coder.code(text, published=PUBLISHED)] == ["execute"]


def test_a_death_sentence_is_no_execution(coder):
    events = coder.code("A court sentenced the activist to death on Monday.", published=PUBLISHED)
    assert all(e.event_type != "ASSAULT" for e in events)


@pytest.mark.parametrize("text", [
    "Two years after the coup, soldiers killed 12 protesters on Monday.",
    "A year after the attack on the church, gunmen killed three worshippers on Sunday.",
])
def test_years_after_an_earlier_act_leaves_the_new_one_news(coder, text):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [e.attribution.certainty for e in events] == ["asserted"]


@pytest.mark.parametrize("text", [
    "The ceasefire ended more than a year of fighting. Fighting erupted on Monday in the north.",
    "After more than a year of fighting, fighting erupted again on Monday in Khartoum.",
])
def test_a_fight_on_a_day_after_a_period_of_fighting_stays(coder, text):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert len(events) == 1 and events[0].date.value == "2025-03-10"
