"""Which acts are events, on sentences written for the test: clashes with protesters, asked-for reversals.

- A two-sided clash with protesters is the protest turned violent: one PROTEST riot, not an ASSAULT beside it
  (ACLED codebook, Violent demonstration; PLOVER manual, PROTEST riot).
- "said the order should be withdrawn": the speaker's REQUEST for a policy change (CAMEO 1042); "withdrew the
  bill": CONCEDE (CAMEO 0832). A thing pronoun object is read as the noun it stands for in its sentence.
- A vehicle packed with explosives driven into a target is a suicide bombing (ACLED codebook, Suicide bomb).
- A date phrase with the same preposition does not hide an attack's target ("an attack on Israel on Saturday"),
  and a protest noun the tokenizer splits ("sit-in") is still the object of "staged" / "held".
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text):
    return coder.code(text, published=PUBLISHED)


@pytest.mark.parametrize("text,protesters,other", [
    ("Security forces clashed with stone-throwing protesters in Arequipa on Thursday, the interior ministry said.",
     "protesters", "forces"),
    ("Protesters clashed with police in Nairobi on Tuesday.", "Protesters", "police"),
    ("Hundreds of demonstrators fought with riot police outside the parliament in Tbilisi on Friday.",
     "demonstrators", "police"),
])
def test_a_clash_with_protesters_is_one_riot(coder, text, protesters, other):
    events = _events(coder, text)
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "riot")]
    [riot] = events
    assert riot.actor is not None and riot.actor.span.text.endswith(protesters)
    assert riot.recipient is not None and riot.recipient.span.text.endswith(other)
    assert riot.cameo.startswith("145") and riot.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text,protesters", [
    ("Protesters clashed with counter-protesters in Portland on Saturday.", "Protesters"),
    ("Anti-war demonstrators fought with counter-demonstrators outside the embassy in Berlin on Sunday.",
     "demonstrators"),
])
def test_counter_protesters_are_the_other_side_not_protesters(coder, text, protesters):
    # the split word ("counter", "-", "protesters") is read whole, at its last part; its parts are not sides
    from dotterel.events.implied import clashes_as_riots
    from dotterel.records.coded import EventCandidate

    doc = coder.nlp(text)
    clash = next(t for t in doc if t.pos_ == "VERB")
    subj = next(t for t in clash.children if t.dep_ == "nsubj")
    cand = EventCandidate(sentence=0, trigger=clash.i, head=clash.i, actor=subj.i, event_type="ASSAULT",
                          detector="test")
    [riot] = clashes_as_riots([cand], doc, lang=coder.lang)
    assert (riot.event_type, riot.mode, doc[riot.actor].text) == ("PROTEST", "riot", protesters)
    [other] = riot.recipients
    assert doc[other - 2:other + 1].text.startswith("counter-")


def test_force_beside_the_clash_stays_its_own_act(coder):
    events = _events(coder, "Security forces clashed with protesters and fired tear gas in Nairobi on Tuesday.")
    assert sorted((e.event_type, e.mode) for e in events) == [("ASSAULT", "crowd-control"), ("PROTEST", "riot")]


@pytest.mark.parametrize("text,sub", [
    ("Soldiers clashed with militants near the border on Monday.", "Armed clash"),
    ("Police fired tear gas at protesters in Dhaka on Monday.", None),
])
def test_clashes_of_armed_sides_and_one_sided_force_stay_assaults(coder, text, sub):
    events = _events(coder, text)
    assert events[0].event_type == "ASSAULT"
    if sub is not None:
        assert events[0].sub_event_type == sub


@pytest.mark.parametrize("text,actor", [
    ("US Secretary of State Antony Blinken condemned the order, said it should be withdrawn and questioned the "
     "response.", "Blinken"),
    ("The opposition rejected the new decree and said it must be withdrawn immediately.", "opposition"),
    ("Rights groups said the ban should be withdrawn.", "groups"),
])
def test_a_reversal_asked_for_is_a_request_for_change(coder, text, actor):
    [req] = [e for e in _events(coder, text) if e.event_type == "REQUEST"]
    assert req.mode == "change" and req.cameo.startswith("104")
    assert req.actor is not None and req.actor.span.text.endswith(actor)


def test_a_reversal_made_is_a_concession(coder):
    [ev] = _events(coder, "The government withdrew the controversial tax bill on Tuesday after weeks of protests.")
    assert (ev.event_type, ev.cameo) == ("CONCEDE", "0832")


@pytest.mark.parametrize("text", [
    "The company withdrew it from sale.",
    "The minister said the plan should be revised.",
    "The government withdrew its ambassador's invitation to the gala.",
])
def test_no_reversal_of_a_policy_no_event(coder, text):
    assert not [e for e in _events(coder, text) if e.event_type in ("CONCEDE", "REQUEST")]


def test_a_thing_pronoun_stands_for_the_object_before_it(coder):
    from dotterel.events.objects import sentence_antecedent

    doc = coder.nlp("Blinken condemned the order, said it should be withdrawn and questioned the response.")
    [it] = [t for t in doc if t.lower_ == "it"]
    assert sentence_antecedent(it).text == "order"
    doc = coder.nlp("It should be withdrawn.")
    assert sentence_antecedent(doc[0]) is None


@pytest.mark.parametrize("text", [
    "A militant drove a truck packed with explosives into the army base at Dolow before blowing it up.",
    "The attacker drove a car laden with explosives into the checkpoint, killing four soldiers.",
])
def test_a_vehicle_packed_with_explosives_driven_into_a_target_is_a_suicide_bomb(coder, text):
    subs = [e.sub_event_type for e in _events(coder, text) if e.sub_event_type]
    assert subs and subs[0] == "Suicide bomb"


@pytest.mark.parametrize("text,actor,recipient", [
    ("Hamas launched an attack on Israel on Saturday.", "Hamas", "Israel"),
    ("The Taliban launched an attack on a police post in Kunduz on Saturday.", "Taliban", None),
    ("Al-Shabaab launched an attack against an army base on Friday night.", None, None),
])
def test_a_date_phrase_does_not_hide_the_target_of_an_attack(coder, text, actor, recipient):
    # "on Saturday" hangs on the verb, "on Israel" on the attack: both are the verb's "on" phrases
    [ev] = [e for e in _events(coder, text) if e.event_type == "ASSAULT"]
    assert ev.trigger.text == "launched"
    if actor is not None:
        assert ev.actor is not None and ev.actor.span.text.endswith(actor)
    if recipient is not None:
        assert ev.recipient is not None and ev.recipient.span.text.endswith(recipient)


@pytest.mark.parametrize("text", [
    "Students staged a sit-in at the university on Monday.",
    "Workers held a sit-in outside the factory gates on Monday.",
])
def test_a_hyphenated_protest_noun_split_by_the_tokenizer_is_still_the_object(coder, text):
    events = _events(coder, text)
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "demo")]
    assert events[0].date is not None and events[0].date.value == "2024-04-29"
