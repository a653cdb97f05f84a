"""Events a new user's paragraphs lost, by kind of sentence (the sentences are our own).

* A time phrase between subject and verb: "Burundian authorities on Friday arrested journalist X". The
  small parser may find no verb at all and make "arrested" an adjective of the object
  (``events.syntax.dated_finite_verb``).
* A gerund clash noun as the subject of a toll verb: "Fighting between X and Y has left 80 dead"; the
  parser tags "Fighting" a verb, so the noun rule of "fighting" with its "between" sides never ran
  (``events.syntax.nominal_gerund``; README: nominal battle words with a "between" phrase are events).
* Triggers: a hartal (the South Asian general strike, PLOVER PROTEST strike), a judicial execution
  (PLOVER ASSAULT mode ``execute``; no CAMEO code and no ACLED sub-event, ``data/plover.json``), and
  "committing to a ceasefire" (CAMEO 0356 "express intent to de-escalate", PLOVER AGREE).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


def _kinds(events):
    return [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Ethiopian authorities on Wednesday detained journalist Amir Aman at his office in Addis Ababa.",
     "detained", "authorities", "Amir Aman"),
    ("Colombian authorities on Friday captured rebel commander Ivan Mordisco.", "captured", "authorities",
     "Ivan Mordisco"),
    ("Kenyan authorities on Friday arrested journalist Marie Ndayizeye at her home in Gitega, her lawyer said, "
     "days after she criticised the government.", "arrested", "authorities", "Marie Ndayizeye"),
])
def test_a_verb_after_a_date_read_as_an_adjective_is_the_verb(coder, text, trigger, actor, recipient):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "COERCE"]
    assert [(e.mode, e.trigger.text) for e in events] == [("arrest", trigger)]
    assert actor in events[0].actor.span.text
    assert events[0].recipient.name == recipient


@pytest.mark.parametrize("text", [
    "Kenyan officials on Friday praised the arrested journalist.",  # a participle with a determiner: an adjective
    "Officials on Friday said arrested journalists would be freed.",  # a verb before it: the sentence has its verb
])
def test_a_participle_adjective_is_no_arrest(coder, text):
    assert ("COERCE", "arrest") not in _kinds(coder.code(text, published=PUBLISHED))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Fighting between the ELN and FARC dissidents in the Catatumbo region has left at least 80 people dead.",
     "National Liberation Army (Colombia)", "FARC"),
    ("Fighting between the army and RSF fighters in El Fasher killed dozens of civilians on Sunday.",
     "SDN army", None),
])
def test_a_gerund_clash_with_its_sides_is_the_event(coder, text, actor, recipient):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.trigger.text) for e in events] == [("ASSAULT", "Fighting")]
    assert events[0].actor.name == actor
    if recipient is not None:
        assert events[0].recipient.name == recipient


@pytest.mark.parametrize("text, word, noun", [
    ("Fighting between the ELN and FARC dissidents has left 80 dead.", "Fighting", True),
    ("Fighting the rebels has cost the army dearly.", "Fighting", False),  # it takes an object: a verb
    ("Police said fighting had resumed.", "fighting", False),  # a verb of its clause, with an auxiliary
])
def test_a_gerund_subject_with_no_verb_argument_is_a_noun(coder, text, word, noun):
    from dotterel.events.syntax import nominal_gerund

    doc = coder.nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert nominal_gerund(tok) is noun


@pytest.mark.parametrize("text, actor", [
    ("The BNP enforced a dawn-to-dusk hartal across Bangladesh on Sunday.", "Bangladesh Nationalist Party"),
    ("Traders enforced a bandh in Guwahati on Monday.", None),
    ("Jamaat activists held a hartal in Chittagong on Tuesday.", None),
])
def test_a_hartal_enforced_or_held_is_a_strike(coder, text, actor):
    events = coder.code(text, published=PUBLISHED)
    assert _kinds(events) == [("PROTEST", "strike")]
    if actor is not None:
        assert events[0].actor.name == actor


def test_a_curfew_enforced_stays_a_curfew(coder):
    assert _kinds(coder.code("The government enforced a curfew in the city.", published=PUBLISHED)) == [
        ("COERCE", "curfew")]


@pytest.mark.parametrize("text", [
    "Iran hanged a man convicted of spying for Israel on Monday.",
    "Singapore hanged a drug trafficker at dawn on Friday.",
    "Saudi Arabia executed seven men on drug charges.",
    "A man convicted of murder was hanged in Tehran on Monday, the judiciary said.",
])
def test_a_judicial_execution_is_assault_execute_with_no_acled_type(coder, text):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.mode == "execute"]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("ASSAULT", None)]


@pytest.mark.parametrize("text, kinds", [
    ("Protesters hanged an effigy of the president from a bridge.", []),
    ("The prisoner hanged himself in his cell.", []),
    ("The government executed its plan to cut spending.", []),
    # an execution with no judicial word is an attack of its own, as before (ACLED: violence against civilians)
    ("Malian soldiers executed dozens of villagers in Moura.", [("ASSAULT", None)]),
])
def test_no_execution_without_a_person_hanged_by_judgement(coder, text, kinds):
    assert _kinds(coder.code(text, published=PUBLISHED)) == kinds


@pytest.mark.parametrize("text", [
    "The two sides signed a declaration of principles in Doha, committing to a permanent ceasefire.",
    "The parties committed to a permanent ceasefire in a signed declaration.",
])
def test_committing_to_a_ceasefire_is_an_agreement(coder, text):
    assert ("AGREE", None) in _kinds(coder.code(text, published=PUBLISHED))


def test_committing_to_an_investment_is_no_agreement(coder):
    assert _kinds(coder.code("The company committed to a new investment in the port.", published=PUBLISHED)) == []
