"""A negation, a hedge or a denial of the first verb of a list is every verb's (issue 12, "every act of a list").

"were not beaten, detained or tortured" gave the detention and the torture as done, "were allegedly beaten and
detained" the detention as asserted, "rejected claims of torturing prisoners" the torture as asserted
(attribution_lists, attribution_claims). A verb with its own auxiliary, or after "and" under a negation, or
after "but", tells its own act.

Sentences written for these tests (wire, NGO, Indian English; active and passive; several countries).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


def _acts(coded):
    return {(e.event_type, e.trigger.text, e.attribution.certainty) for e in coded.events
            if e.event_type in ("ASSAULT", "COERCE")}


def _assert_none_done_and_abstained(coded, word, reason):
    """No ASSAULT or COERCE coded, and ``word``'s act abstained with a reason containing ``reason``."""
    assert _acts(coded) == set()
    assert any(a.trigger.text == word and reason in a.reason for a in coded.abstentions), \
        [(a.trigger.text, a.reason) for a in coded.abstentions]


@pytest.mark.parametrize("text", [
    "A police spokesman said the bloggers were not beaten, detained or tortured at the station in Grodno.",
    "The militia neither shot nor arrested any farmers near Bunia on Friday, a spokesman said.",
    "Soldiers never beat or detained the students in Valencia on Tuesday, the defence ministry said.",
    "The troops did not kill or injure anyone during the operation in Arish on Saturday, the army said.",
    "The district police said no one was lathi-charged, and the agitators were not detained or assaulted.",
])
def test_a_negated_list_denies_every_verb(coder, text):
    assert _acts(_coded(coder, text)) == set()


def test_and_after_a_negated_verb_tells_its_own_act(coder):
    acts = _acts(_coded(coder, "Police did not open fire on the crowd and detained 12 youths in Srinagar on Friday."))
    assert ("COERCE", "detained", "asserted") in acts


@pytest.mark.parametrize("text, certainty", [
    ("The reporters were allegedly beaten and detained by soldiers in Goma on Monday.", "alleged"),
    ("Police reportedly beat and arrested dozens of tenant farmers in Ludhiana on Wednesday.", "alleged"),
    ("Guards purportedly beat and detained the inmates in Kharkiv, rights monitors said.", "alleged"),
])
def test_a_hedge_on_the_first_verb_hedges_the_list(coder, text, certainty):
    acts = _acts(_coded(coder, text))
    assert {c for _t, _w, c in acts} == {certainty}, acts
    assert {t for t, _w, _c in acts} == {"ASSAULT", "COERCE"}, acts


def test_a_verb_with_its_own_auxiliary_is_not_hedged(coder):
    acts = _acts(_coded(coder, "The strikers were allegedly beaten and were later arrested by police in Kisumu."))
    assert ("ASSAULT", "beaten", "alleged") in acts
    assert ("COERCE", "arrested", "asserted") in acts


@pytest.mark.parametrize("text, n", [
    ("The interior ministry rejected claims of torturing and killing detainees in Massawa last month.", 2),
    ("Police dismissed reports of beating students in Eldoret on Tuesday.", 1),
    ("The junta denied reports of detaining and torturing journalists in Sagaing.", 2),
])
def test_a_denied_claim_of_a_gerund_list_denies_each_act(coder, text, n):
    coded = _coded(coder, text)
    assert _acts(coded) == set()
    denied = [a for a in coded.abstentions if "denied (by" in a.reason and a.reason.startswith(("ASSAULT", "COERCE"))]
    assert len(denied) == n, [a.reason for a in coded.abstentions]


@pytest.mark.parametrize("text, claimant", [
    ("Police should never have arrested or beaten the students in Accra on Monday, the lawyer said.", "lawyer"),
    ("The guards should not have detained or assaulted the reporters in Harare, the union said.", "union"),
])
def test_a_criticised_list_states_every_act(coder, text, claimant):
    # a negated perfect after "should" judges acts that took place (attribution_frames.criticised_past_act): the
    # list's later verb was denied by the list negation, or (before it) read as the speaker's REQUEST
    evs = _coded(coder, text).events
    assert {e.event_type for e in evs} == {"ASSAULT", "COERCE"}, [(e.event_type, e.trigger.text) for e in evs]
    assert all(e.attribution.certainty == "reported" and claimant in e.attribution.claimant for e in evs)


@pytest.mark.parametrize("text, negated", [
    # rev21n: a negative subject is the whole list's ("injured" was coded as done)
    ("No one was killed or injured during the rally in Mombasa on Saturday, police said.", "injured"),
    ("None of the nurses were beaten or detained during the strike in Tbilisi on Monday, the ministry said.",
     "detained"),
    ("Nobody was shot or wounded at the checkpoint near Tulkarm on Sunday, the army said.", "wounded"),
])
def test_a_negative_subject_denies_every_verb_of_its_list(coder, text, negated):
    _assert_none_done_and_abstained(_coded(coder, text), negated, "(a negated list)")


@pytest.mark.parametrize("text, denied, done", [
    # rev21n: a "but" after the disjunction left every verb of the list told as done
    ("Police did not beat or arrest anyone but fired tear gas at the crowd in Quito on Monday.", "arrest", "fired"),
    ("The soldiers did not detain or beat the traders, but shot two of them in Gao on Friday.", "beat", "shot"),
])
def test_a_later_but_leaves_the_disjunction_negated(coder, text, denied, done):
    coded = _coded(coder, text)
    assert denied not in {w for _t, w, _c in _acts(coded)}
    assert (done, "asserted") in {(w, c) for _t, w, c in _acts(coded)}, _acts(coded)


def test_an_and_after_the_disjunction_tells_its_own_act(coder):
    # rev21n: the verb after "and" keeps its own reading once the disjunction before it is negated
    acts = _acts(_coded(coder, "The rebels did not retreat or surrender and killed 12 soldiers near Marawi on Sunday."))
    assert ("ASSAULT", "killed", "asserted") in acts


@pytest.mark.parametrize("text, later", [
    # rev21n: "it is false / not true that" reached only the first verb of the that-clause's list
    ("It is not true that the guards beat or detained the reporters in Gomel, the ministry said.", "detained"),
    ("It is false that soldiers looted and burned the market in Nyala, the army said on Monday.", "burned"),
    ("It is untrue that police lathi-charged and arrested the teachers in Jaipur, the SP said.", "arrested"),
])
def test_a_list_declared_false_denies_every_act(coder, text, later):
    _assert_none_done_and_abstained(_coded(coder, text), later, "denied (by")
