"""Review of lead17's headline and naming rules: sentences on which they misfired or fell silent.

* A headline participle read as passive makes its noun the patient, so the words a rule's patient may not
  be (``not_objects``: "attacked the plan", "beat Chelsea") rule the headline out as they rule out the
  written passive's subject: "Reform plan attacked by unions" is criticism, no assault.
* "stormed back into the town" is a return by force; only "stormed back" with no place is a comeback
  ("stormed back to beat Milan").
* A naming verb whose object is a happening the noun does not tell the kind of ("described the blast as a
  suicide attack", "called the explosion a bomb attack") tells what the happening was: the name is the event.
* A "by" phrase of an amount ("struck by the thousands") is no agent, so no mark of the passive.

The sentences were written for these tests.
"""

import pytest


def _events(coder, text):
    return [(e.trigger.text, e.event_type) for e in coder.code(text, published="2024-05-01")]


@pytest.mark.parametrize("text, trigger", [
    ("Reform plan attacked by unions", "attacked"),
    ("Budget proposal attacked by opposition in parliament", "attacked"),
    ("New policy attacked by critics over costs", "attacked"),
])
def test_a_headline_patient_the_rule_rules_out_as_object_is_no_event(coder, text, trigger):
    assert [e for e in _events(coder, text) if e[0] == trigger] == []


@pytest.mark.parametrize("text, trigger", [
    ("Journalist attacked by mob in Lagos", "attacked"),
    ("Minister attacked by protesters outside parliament", "attacked"),
    ("Police station attacked by gunmen in Zamfara", "attacked"),
])
def test_a_headline_patient_the_rule_allows_stays_an_event(coder, text, trigger):
    assert (trigger, "ASSAULT") in _events(coder, text)


@pytest.mark.parametrize("text", [
    "Militants stormed back into the town by night.",
    "Government troops stormed back into Marawi on Sunday.",
    "Rebels stormed back into the city after a week.",
])
def test_storming_back_into_a_place_is_a_seizure(coder, text):
    assert ("stormed", "COERCE") in _events(coder, text)


@pytest.mark.parametrize("text", [
    "Liverpool stormed back to beat Milan 4-3.",
    "City stormed back from two goals down to win 3-2.",
    "The champions stormed back into the lead before half-time.",
])
def test_storming_back_in_a_game_is_no_seizure(coder, text):
    assert [e for e in _events(coder, text) if e[0] == "stormed"] == []


@pytest.mark.parametrize("text, trigger", [
    ("Officials described the blast as a suicide attack on a police station.", "attack"),
    ("The governor described the violence in the village as a massacre of farmers.", "massacre"),
    ("Officials called the explosion a suicide attack on a police station.", "attack"),
    ("The violence in the village was described as a massacre of farmers.", "massacre"),
    ("Witnesses described the incident as a massacre of civilians by soldiers.", "massacre"),
])
def test_a_name_for_a_happening_of_no_kind_is_the_event(coder, text, trigger):
    assert (trigger, "ASSAULT") in _events(coder, text)


@pytest.mark.parametrize("text", [
    "Critics described the new law as an attack on the press.",
    "The opposition described the budget as a massacre of the poor.",
    "Fans called the referee's decision a massacre.",
])
def test_a_name_for_no_happening_stays_no_event(coder, text):
    assert [e for e in _events(coder, text) if e[0] in ("attack", "massacre")] == []


def _sides(coder, text, trigger):
    return [(_party(e.actor), _party(e.recipient)) for e in coder.code(text, published="2024-05-01")
            if e.trigger.text == trigger]


def _party(party):
    return party.name.split()[-1] if party is not None else None


@pytest.mark.parametrize("text, trigger, doer", [
    ("Workers struck by the thousands across the country.", "struck", "worker"),
    ("Farmers marched by the hundreds on the capital.", "marched", "farmer"),
])
def test_a_by_phrase_of_amount_is_no_agent_and_no_mark_of_the_passive(coder, text, trigger, doer):
    assert _sides(coder, text, trigger) == [(doer, None)]


@pytest.mark.parametrize("text, trigger, doer, victim", [
    ("Journalist attacked by dozens of youths in Lagos", "attacked", "youth", "journalist"),
    ("Teacher stabbed to death by student in Nairobi", "stabbed", "student", "teacher"),
])
def test_a_by_phrase_of_people_stays_the_agent(coder, text, trigger, doer, victim):
    assert _sides(coder, text, trigger) == [(doer, victim)]


@pytest.mark.parametrize("text", [
    "Two gunmen shot dead what police said was a local chief.",
    "Three soldiers shot dead what residents believed was a suicide bomber.",
])
def test_a_clause_as_the_object_of_a_result_leaves_the_subject_uncounted(coder, text):
    counts = [(c.kind, c.best) for e in coder.code(text, published="2024-05-01") for c in e.counts]
    assert ("killed", 2) not in counts and ("killed", 3) not in counts
