"""Families of reported speech, accusation, demand, promise and habit (issue 12 item 2), each on several shapes.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-01")


@pytest.mark.parametrize("text,trigger,claimant_word", [
    ("Police arrested 40 protesters in Lagos on Monday, a police spokesman told Reuters.", "arrested", "spokes"),
    ("Police arrested 40 protesters in Lagos on Monday, a witness told AFP.", "arrested", "witness"),
    ("The minister told a crisis meeting that troops had been deployed to the border.", "deployed", "minister"),
    ("Soldiers detained six journalists in Harare, a union leader told the BBC on Tuesday.", "detained", "union"),
])
def test_told_an_outlet_or_audience_reports_the_event(coder, text, trigger, claimant_word):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert ev.attribution.certainty == "reported"
    assert claimant_word in ev.attribution.claimant_span.text.lower()
    assert ev.event_type != "THREATEN"


def test_told_someone_to_act_is_an_order_not_a_report(coder):
    events = _events(coder, "The commander told his men to arrest the protesters.")
    assert not [e for e in events if e.event_type == "COERCE" and e.attribution.certainty in ("asserted", "reported")]


@pytest.mark.parametrize("text,accuser,accused,accused_act", [
    ("Ukraine accused Russia's forces of opening fire on villages near Kharkiv.", "Ukraine", "Russia", "opening"),
    ("The government accused rebels of attacking a convoy near Goma.", "government", "rebel", "attacking"),
    ("Activists accused soldiers of torturing detainees in Tigray.", "Activists", "soldier", "torturing"),
    ("Human rights groups blamed the army for killing civilians in Rakhine.", "rights groups", "army", "killing"),
])
def test_an_accused_act_is_alleged_on_the_accusers_word(coder, text, accuser, accused, accused_act):
    events = _events(coder, text)
    [act] = [e for e in events if e.trigger.text == accused_act]
    assert act.attribution.certainty == "alleged"
    assert accuser.lower() in act.attribution.claimant_span.text.lower()
    # the doer is the accused, never the accuser
    assert act.actor is not None and accused.lower() in act.actor.span.text.lower()


@pytest.mark.parametrize("text", [
    "It calls for the government to free all political prisoners.",
    "The statement calls for the authorities to release the detained journalists.",
])
def test_a_call_for_an_act_does_not_assert_the_act(coder, text):
    assert not [e for e in _events(coder, text)
                if e.event_type == "RETREAT" and e.attribution.certainty in ("asserted", "reported")]


@pytest.mark.parametrize("text,actor", [
    ("Germany will support the mission with 4,000 troops.", "Germany"),
    ("The EU promised to continue aid to Sudan.", "European Union"),
    ("Japan will send emergency aid to the flooded provinces, the foreign ministry said.", "Japan"),
])
def test_a_promise_to_cooperate_is_agree(coder, text, actor):
    agree = [e for e in _events(coder, text) if e.event_type == "AGREE"]
    assert agree and actor.lower() in (agree[0].actor.name.lower() if agree[0].actor else "")
    assert agree[0].attribution.certainty in ("asserted", "reported")


@pytest.mark.parametrize("text", [
    "Fighting regularly flares up between the two countries.",
    "Police often detain activists in the capital.",
    "Clashes sometimes break out along the border.",
])
def test_a_habit_is_not_a_dated_event(coder, text):
    assert _events(coder, text) == []


# -- events named by nouns and verbs the lexicon lacked (issue 12 item 3) -------------------------------------
@pytest.mark.parametrize("text,event_type,trigger", [
    ("On Friday, security forces fired on protesters in Nairobi.", "ASSAULT", "fired"),
    ("Gunmen fired at a bus in Kaduna, wounding four passengers.", "ASSAULT", "fired"),
    ("Police officers exchanged fire with armed bandits near Zaria on Sunday.", "ASSAULT", "exchanged"),
    ("A mob lynched a man accused of theft in Lagos.", "ASSAULT", "lynched"),
    ("The arrests of the two opposition leaders sparked protests in Dakar.", "COERCE", "arrests"),
    ("The killing of three students by police sparked outrage in Dhaka.", "ASSAULT", "killing"),
    ("The rebels have offered to hand over their weapons.", "AGREE", "offered"),
])
def test_verbs_and_nouns_that_state_events(coder, text, event_type, trigger):
    assert (event_type, trigger) in [(e.event_type, e.trigger.text) for e in _events(coder, text)]


def test_a_nominal_event_takes_no_doer_from_the_clause_around_it(coder):
    # the police killed the students; the opposition did not detain anyone
    [killing] = [e for e in _events(coder, "The killing of three students by police sparked outrage in Dhaka.")
                 if e.trigger.text == "killing"]
    assert killing.actor is not None and "police" in killing.actor.span.text
    detained = [e for e in _events(coder, "Rights groups said the detention of journalists in Minsk continued.")
                if e.trigger.text == "detention"]
    assert all(e.actor is None for e in detained)


def test_a_nominal_event_someone_reacts_to_is_the_reactions_topic(coder):
    events = _events(coder, "European diplomats condemned the arrest of journalists in Minsk on Tuesday.")
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_an_act_that_accompanies_the_clauses_own_is_done_by_its_subject(coder):
    text = "Along with the declaration of a state of emergency, Tokayev ordered the closure of borders."
    [decl] = [e for e in _events(coder, text) if e.trigger.text == "declaration"]
    assert decl.actor is not None and decl.actor.span.text == "Tokayev"


# -- more shapes of the same families (our own sentences) ---------------------------------------------------


@pytest.mark.parametrize("text,trigger", [
    ("A spokesman told Reuters that soldiers had killed five rebels near Goma.", "killed"),
    ("The governor told reporters that 20 people were arrested overnight in Kano.", "arrested"),
])
def test_told_with_a_that_clause_reports_and_orders_nothing(coder, text, trigger):
    events = _events(coder, text)
    assert not [e for e in events if e.event_type == "THREATEN"]
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert ev.attribution.certainty == "reported"


def test_an_order_to_shoot_is_still_a_threat(coder):
    events = _events(coder, "The general told troops to shoot protesters on sight.")
    assert [e.event_type for e in events if e.trigger.text == "told"] == ["THREATEN"]


@pytest.mark.parametrize("text,caller,recipient", [
    ("Amnesty International calls for the government to free all political prisoners.", "Amnesty", "government"),
    ("The opposition called for the army to withdraw from the capital.", "opposition", "army"),
])
def test_a_call_for_someone_to_act_is_the_callers_request(coder, text, caller, recipient):
    [req] = [e for e in _events(coder, text) if e.event_type == "REQUEST"]
    assert caller.lower() in req.actor.span.text.lower()
    assert req.recipient is not None and recipient in req.recipient.span.text.lower()


@pytest.mark.parametrize("text,actor,trigger", [
    ("Kenya is ready to contribute 4,000 troops to the mission.", "Kenya", "contribute"),
    ("Germany is willing to send more weapons to Ukraine.", "Germany", "send"),
    ("Canada is prepared to provide humanitarian aid to Haiti.", "Canada", "provide"),
])
def test_ready_or_willing_to_cooperate_is_an_offer(coder, text, actor, trigger):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert ev.event_type == "AGREE"
    assert ev.actor is not None and actor in ev.actor.span.text


def test_ready_to_fight_is_not_yet_an_event(coder):
    text = "The rebels are ready to fight to the last man."
    assert not [e for e in _events(coder, text) if e.event_type == "ASSAULT"]


def test_not_willing_to_send_is_no_offer(coder):
    assert [e for e in _events(coder, "Germany is not willing to send weapons to Ukraine.")
            if e.event_type == "AGREE"] == []


def test_a_passive_accusation_with_no_accuser_rests_on_an_unnamed_source(coder):
    [act] = [e for e in _events(coder, "The rebels were accused of abducting dozens of children.")
             if e.trigger.text == "abducting"]
    assert act.attribution.certainty == "alleged"
    assert act.attribution.claimant == "unnamed source"  # never the accused themselves
    [act] = [e for e in _events(coder, "The rebels were accused by the government of abducting dozens of children.")
             if e.trigger.text == "abducting"]
    assert "government" in act.attribution.claimant_span.text


def test_a_suspected_act_inside_a_report_rests_on_the_suspicion(coder):
    text = "Three men suspected of supplying weapons to bandits were arrested in Zaria, police said."
    [act] = [e for e in _events(coder, text) if e.trigger.text == "supplying"]
    assert act.attribution.certainty == "alleged"
    [arrest] = [e for e in _events(coder, text) if e.trigger.text == "arrested"]
    assert arrest.attribution.certainty == "reported"


def test_not_able_to_act_is_no_act(coder):
    text = "The police, however, have not been able to arrest the named kidnappers."
    assert [e for e in _events(coder, text) if e.event_type == "COERCE"] == []
